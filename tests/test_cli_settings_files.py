"""A settings file is read exactly or refused: a resource or key given twice, a second YAML document,
text that is not UTF-8 and nesting too deep for the reader are bad input (exit 2, the reason in one
line, nothing sent); an entry the plan refuses is named by file, resource and index; and a large file
is read one entry at a time, so that memory follows the plan, not the file."""

from __future__ import annotations

import gc
import io
import json
import random
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cf_email_security.cli import _files, _settings, _spec
from cf_email_security.cli._main import main
from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity, FakeServer
from cli_support import blocked
from support import spec

BLOCKED = [blocked("a@example.com"), blocked("b@example.com", comments="two")]


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeEmailSecurity]:
    """A fake account holding two blocked senders, served for the command line run in this process."""
    fake = FakeEmailSecurity(seed={})
    with fake.client() as es:
        es.block_senders.batch(posts=BLOCKED)
    fake.requests.clear()
    for name in ("CLOUDFLARE_API_KEY", "CLOUDFLARE_EMAIL"):
        monkeypatch.delenv(name, raising=False)
    with FakeServer(fake) as server:
        monkeypatch.setenv("CLOUDFLARE_BASE_URL", server.base_url)
        monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "settings-test-token")
        monkeypatch.setenv("CLOUDFLARE_ACCOUNT_ID", FAKE_ACCOUNT_ID)
        monkeypatch.setenv("NO_COLOR", "1")
        yield fake


def refused(fake: FakeEmailSecurity, path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """Plan `path`: exit 2, one line on stderr, nothing asked of the API; that line."""
    assert main(["plan", "-f", str(path), "--no-progress", *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("cf-email-security: error: "), err
    assert fake.requests == []
    return err.removeprefix("cf-email-security: error: ").strip()


def planned(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["plan", "-f", str(path), "-o", "json", "--no-progress"]) == 0, capsys.readouterr().err
    document: dict[str, object] = json.loads(capsys.readouterr().out)
    return document


# ----- given twice -------------------------------------------------------------------------------------


def test_a_resource_given_twice_in_one_file_is_refused(
    fake: FakeEmailSecurity, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Once, the last section won: with `prune: true` there, the first section's entries were planned
    for deletion."""
    yaml_file = tmp_path / "settings.yaml"
    yaml_file.write_text(
        "block_senders:\n  entries:\n  - {pattern: a@example.com, pattern_type: EMAIL, is_regex: false}\n"
        "block_senders:\n  prune: true\n  entries: []\n"
    )
    assert refused(
        fake, yaml_file, capsys
    ) == "settings.yaml: 'block_senders' is given twice (line 4)".replace("settings.yaml", str(yaml_file))
    json_file = tmp_path / "settings.json"
    json_file.write_text(
        '{"block_senders": {"entries": []},\n "block_senders": {"prune": true, "entries": []}}'
    )
    assert refused(fake, json_file, capsys) == f"{json_file}: 'block_senders' is given twice (line 2)"
    respelled = tmp_path / "respelled.yaml"  # two spellings of one resource: refused as before
    respelled.write_text("block_senders: []\nblock-senders: {prune: true, entries: []}\n")
    assert "block_senders is given twice" in refused(fake, respelled, capsys)


def test_a_key_given_twice_in_an_entry_or_a_section_is_refused(
    fake: FakeEmailSecurity, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    yaml_file = tmp_path / "settings.yaml"
    yaml_file.write_text(
        "block_senders:\n  entries:\n  - {pattern: a@example.com, pattern_type: EMAIL, is_regex: false}\n"
        "  - pattern: b@example.com\n    pattern_type: EMAIL\n    is_regex: false\n"
        "    pattern: c@example.com\n"
    )
    assert (
        refused(fake, yaml_file, capsys)
        == f"{yaml_file}: block_senders[1]: 'pattern' is given twice (line 7)"
    )
    json_file = tmp_path / "settings.json"
    json_file.write_text(
        '{"block_senders": [\n {"pattern": "a@example.com", "pattern_type": "EMAIL", "is_regex": false},\n'
        ' {"pattern": "b@example.com", "is_regex": false, "is_regex": true}\n]}'
    )
    assert (
        refused(fake, json_file, capsys)
        == f"{json_file}: block_senders[1]: 'is_regex' is given twice (line 3)"
    )
    section = tmp_path / "section.yaml"
    section.write_text("block_senders:\n  prune: false\n  entries: []\n  prune: true\n")
    assert refused(fake, section, capsys) == f"{section}: block_senders: 'prune' is given twice (line 4)"


def test_a_second_yaml_document_is_refused(
    fake: FakeEmailSecurity, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = tmp_path / "settings.yaml"
    settings.write_text("block_senders: {entries: []}\n---\nblock_senders: {prune: true, entries: []}\n")
    assert refused(fake, settings, capsys) == (
        f"{settings}: a second YAML document (---, line 2): give one document"
    )


def test_a_request_body_file_is_read_as_strictly(
    fake: FakeEmailSecurity, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = tmp_path / "body.json"
    body.write_text(
        '{"pattern": "x@example.com", "pattern_type": "EMAIL", "is_regex": false, "pattern": "y"}'
    )
    assert main(["block-senders", "create", "-f", str(body)]) == 2
    assert "'pattern' is given twice" in capsys.readouterr().err
    body = tmp_path / "body.yaml"
    body.write_text("pattern: x@example.com\n---\npattern: y@example.com\n")
    assert main(["block-senders", "create", "-f", str(body)]) == 2
    assert "a second YAML document" in capsys.readouterr().err
    assert fake.requests == []


# ----- encodings and nesting ---------------------------------------------------------------------------


ENTRY_TEXT = (
    "block_senders:\n  entries:\n  - {pattern: café@example.com, pattern_type: EMAIL, is_regex: false}\n"
)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("latin1.yaml", ENTRY_TEXT.encode("latin-1"), "not UTF-8 text (byte 0xe9): save it as UTF-8"),
        ("utf16.yaml", ENTRY_TEXT.encode("utf-16"), "the file is UTF-16 text: save it as UTF-8"),
        ("utf16be.json", '{"block_senders": []}'.encode("utf-16-be"), "not UTF-8 text (UTF-16?)"),
        ("block_senders.csv", "Pattern,Notes\nx@example.com,\n".encode("utf-16"), "UTF-16 text"),
        ("block_senders2.csv", "Pattern,Notes\nx@example.com,caf\xe9\n".encode("latin-1"), "byte 0xe9"),
        ("deep.json", b'{"block_senders": [' + b"[" * 100_000 + b"]" * 100_000 + b"]}", "nested too deeply"),
        ("deep2.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ],
)
def test_text_that_cannot_be_read_exits_2_with_the_reason(
    fake: FakeEmailSecurity,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    data: bytes,
    reason: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    message = refused(fake, path, capsys, *(("--resource", "block-senders") if name.endswith("csv") else ()))
    assert message.startswith(f"{path}: ") and reason in message, message


def test_a_utf8_byte_order_mark_is_fine(
    fake: FakeEmailSecurity, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = tmp_path / "settings.yaml"
    settings.write_bytes(ENTRY_TEXT.encode("utf-8-sig"))
    assert planned(settings, capsys)["block_senders"]["create"][0]["pattern"] == "café@example.com"  # type: ignore[index]
    dashboard = tmp_path / "blocked.csv"
    dashboard.write_bytes("Pattern,Pattern Type,Notes\ncafé@example.com,EMAIL,\n".encode("utf-8-sig"))
    assert planned(dashboard, capsys)["block_senders"]["create"][0]["pattern"] == "café@example.com"  # type: ignore[index]


# ----- entry errors name file, resource and entry -------------------------------------------------------


def test_an_entry_the_plan_refuses_is_named_by_file_resource_and_index(
    fake: FakeEmailSecurity, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entries = [blocked(f"{n}@example.com") for n in range(4)]
    entries[3]["is_regex"] = "yes"
    yaml_file = tmp_path / "settings.yaml"
    _files.dump_yaml({"block_senders": {"prune": False, "entries": entries}}, yaml_file.open("w"))
    assert refused(fake, yaml_file, capsys) == (
        f"{yaml_file}: block_senders[3].is_regex: must be a boolean, not str (line 13)"  # the entry's line
    )
    json_file = tmp_path / "settings.json"
    json_file.write_text(json.dumps({"block_senders": entries}, indent=1))
    assert refused(fake, json_file, capsys).startswith(
        f"{json_file}: block_senders[3].is_regex: must be a boolean, not str (line "
    )
    twice = tmp_path / "twice.json"  # two entries with one natural key: the library names both
    twice.write_text(json.dumps({"block_senders": BLOCKED * 2}))
    assert refused(fake, twice, capsys) == (
        f"{twice}: block_senders[2].pattern_type: repeats pattern+pattern_type of block_senders[0] (line 1)"
    )
    dashboard = tmp_path / "blocked.csv"
    dashboard.write_text(
        "Pattern,Pattern Type,Notes,Regex\na@example.com,EMAIL,,false\n\nb@x.example,EMAIL,,maybe\n"
    )
    assert refused(fake, dashboard, capsys) == (
        f"{dashboard}: block_senders[1].is_regex: not a boolean: 'maybe' (use true or false) (line 4)"
    )
    dashboard.write_text("Pattern,Pattern Type,Notes\na@example.com,NOPE,\n")
    assert refused(fake, dashboard, capsys) == (
        f"{dashboard}: block_senders[0].pattern_type: {spec.one_of('PatternType')} (line 2)"
    )


# ----- streaming ---------------------------------------------------------------------------------------


def test_json_read_in_pieces_is_json(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The settings reader takes JSON a chunk at a time: with chunks of 1 to 7 characters every value
    (numbers cut in two, escapes, nesting) comes out as json.loads reads it, and lines are counted."""
    rng = random.Random(7)

    def value(depth: int = 0) -> object:
        pick = rng.random()
        if depth > 2 or pick < 0.4:
            return rng.choice(
                [0, -12.5, 1e300, 12345678901234567890, 'q"\\\n\u00e9\U0001f600', True, None, ""]
            )
        if pick < 0.7:
            return [value(depth + 1) for _ in range(rng.randint(0, 3))]
        return {f"k{i}": value(depth + 1) for i in range(rng.randint(0, 3))}

    for chunk in (1, 2, 3, 7):
        monkeypatch.setattr(_files._JsonReader, "CHUNK", chunk)
        document: dict[str, Any] = {
            "a": {"prune": True, "entries": [value() for _ in range(5)]},
            "b": [value() for _ in range(5)],
            "c": {"entries": [], "prune": False},
        }
        path = tmp_path / "settings.json"
        path.write_text(json.dumps(document, indent=2, ensure_ascii=chunk % 2 == 0))
        source = _files.Source(str(path))
        outline = _files.outline(source)
        assert outline["a"]["prune"] is True and outline["a"]["entries"].count == 5
        assert [entry for entry, _ in _files.entries(source, "a")] == document["a"]["entries"]
        read = list(_files.entries(source, "b"))
        assert [entry for entry, _ in read] == document["b"]
        lines = path.read_text().splitlines()
        for entry, line in read:
            assert lines[line - 1].strip().startswith(json.dumps(entry, ensure_ascii=chunk % 2 == 0)[:1])


def _write(path: Path, entries: list[dict[str, Any]]) -> None:
    """Entries as a settings file in the format the file name says."""
    if path.suffix == ".yaml":
        rows = (
            f"- {{pattern: {e['pattern']}, pattern_type: EMAIL, is_regex: false, comments: {e['comments']}}}"
            for e in entries
        )
        path.write_text("block_senders:\n" + "\n".join(rows) + "\n")
    elif path.suffix == ".json":
        path.write_text(json.dumps({"block_senders": {"entries": entries}}))
    else:
        rows = "".join(f"{e['pattern']},EMAIL,{e['comments']},false\n" for e in entries)
        path.write_text("Pattern,Pattern Type,Notes,Regex\n" + rows)


@pytest.mark.parametrize("name", ["settings.yaml", "settings.json", "block_senders.csv"])
def test_a_large_file_is_read_one_entry_at_a_time(tmp_path: Path, name: str) -> None:
    """Reading and planning 10,000 entries peaks at a few hundred bytes an entry (the plan's own
    requests and the reading of one entry): the file's text and its entries as a list of mappings
    are never held. Reading them whole took 670 to 900 bytes an entry."""
    count = 10_000
    entries = [blocked(f"sender{n}@spam{n % 97}.example", comments=f"entry {n}") for n in range(count)]
    spec = _spec.load()
    with FakeEmailSecurity(seed={}).client() as es:
        warm = tmp_path / "warm" / name  # the readers' modules imported before measuring
        warm.parent.mkdir()
        _write(warm, entries[:3])
        es.block_senders.plan(_settings.load(spec, [str(warm)], (), False)["block_senders"].entries)
        path = tmp_path / name
        _write(path, entries)
        gc.collect()
        tracemalloc.start()
        try:
            item = _settings.load(spec, [str(path)], (), False)["block_senders"]
            plan = es.block_senders.plan(item.entries)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert len(plan.creates) == count
    assert peak / count < 580, f"{name}: {peak / count:.0f} bytes an entry"


def test_stdin_is_read_once_and_planned(
    fake: FakeEmailSecurity, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Standard input cannot be read twice: it is kept, and read like a file."""
    text = json.dumps({"block_senders": [*BLOCKED, blocked("c@example.com")]})
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert main(["plan", "-f", "-", "-o", "json", "--no-progress"]) == 0
    plan = json.loads(capsys.readouterr().out)["block_senders"]
    assert [entry["pattern"] for entry in plan["create"]] == ["c@example.com"] and plan["unchanged"] == 2
