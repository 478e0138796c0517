"""The client's types catch mistakes before anything runs: mypy --strict on deliberate mistakes.

tests/typing/mistakes.py marks each mistake with `# E: <what>`: mypy must report an error on each
marked line and on no other. The file's unmarked lines are correct uses (enum members and their string
values, TypedDicts, per-call options), so a type that is too strict fails here as surely as one that is
too loose.
"""

from __future__ import annotations

import copy
import os
import re
import subprocess
import sys
from pathlib import Path

from shared_docs import generate_client, load_spec

ROOT = Path(__file__).resolve().parent.parent
MISTAKES = Path("tests", "typing", "mistakes.py")
MARK = re.compile(r"#\s*E:\s*(?P<what>.+)$")
ERROR = re.compile(r"^(?P<path>[^:\n]+):(?P<line>\d+): error: (?P<message>.*)$", re.MULTILINE)


def mypy(*arguments: str, cwd: Path = ROOT, path: Path | None = None) -> dict[tuple[str, int], list[str]]:
    """Run the venv's mypy --strict (with MYPYPATH=path if given); its errors as (path, line) ->
    messages. Fails if mypy itself fails."""
    command = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--show-error-codes"]
    env = {**os.environ, **({"MYPYPATH": str(path)} if path else {})}
    result = subprocess.run([*command, *arguments], cwd=cwd, env=env, capture_output=True, text=True)
    assert result.returncode in (0, 1), f"mypy failed to run:\n{result.stdout}\n{result.stderr}"
    errors: dict[tuple[str, int], list[str]] = {}
    for match in ERROR.finditer(result.stdout):
        key = (Path(match["path"]).as_posix(), int(match["line"]))
        errors.setdefault(key, []).append(match["message"])
    return errors


def marked_lines(path: Path) -> dict[int, str]:
    """Line number -> what the `# E:` comment on it says is wrong."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {number: match["what"] for number, line in enumerate(lines, 1) if (match := MARK.search(line))}


def test_mypy_reports_each_marked_mistake_and_nothing_else() -> None:
    """The project's mypy configuration (pyproject: strict, mypy_path generated/ and overlays/)."""
    marked = marked_lines(ROOT / MISTAKES)
    assert len(marked) >= 20, "the mistakes file lost its marks"
    errors = mypy("--config-file", str(ROOT / "pyproject.toml"), str(MISTAKES))
    reported = {line: messages for (path, line), messages in errors.items() if path == MISTAKES.as_posix()}
    missed = {line: what for line, what in marked.items() if line not in reported}
    unexpected = {line: messages for line, messages in reported.items() if line not in marked}
    assert not missed, f"mypy accepted these mistakes (line: what): {missed}"
    assert not unexpected, f"mypy rejected correct uses (line: errors): {unexpected}"


CREATE_UNKNOWN = """
from cf_email_security_generated import EmailSecurity
from cf_email_security_generated.models.pattern_type import PatternTypeWritable

es = EmailSecurity(api_token="t", account_id="acc")
es.block_senders.create(pattern="x", pattern_type="UNKNOWN", is_regex=False)  # refused: body
es.block_senders.batch(posts=[{"pattern": "x", "pattern_type": "UNKNOWN", "is_regex": False}])  # refused
es.block_senders.update(1, pattern_type="UNKNOWN")  # refused: body
es.block_senders.list(pattern_type="UNKNOWN")  # a filter: old entries carry UNKNOWN
es.block_senders.create(pattern="x", pattern_type="EMAIL", is_regex=False)
writable: PatternTypeWritable = "IP"
"""


def test_response_only_enum_values_are_refused_in_request_bodies_only(tmp_path: Path) -> None:
    """`x-sdk-response-only` on an enum: its values leave the body fields' Literal, not the filters'.

    Upstream says UNKNOWN may appear on existing entries but cannot be sent on create or update; a spec
    that marks it so gets `PatternTypeWritable` (EMAIL, DOMAIN, IP) for body fields.
    """
    spec = copy.deepcopy(load_spec())
    spec["components"]["schemas"]["PatternType"]["x-sdk-response-only"] = ["UNKNOWN"]
    out = generate_client(spec, tmp_path)
    module = (out / "cf_email_security_generated" / "models" / "pattern_type.py").read_text()
    assert 'PatternTypeWritable = Literal["EMAIL", "DOMAIN", "IP"]' in module
    assert 'PatternTypeValue = Literal["EMAIL", "DOMAIN", "IP", "UNKNOWN"]' in module
    (tmp_path / "check.py").write_text(CREATE_UNKNOWN, encoding="utf-8")
    cache = ROOT / ".mypy_cache" / "generated-variants"  # kept apart: another cf_email_security_generated
    errors = mypy("--cache-dir", str(cache), "check.py", cwd=tmp_path, path=out)
    lines = CREATE_UNKNOWN.splitlines()
    expected = {number for number, line in enumerate(lines, 1) if line.endswith(("refused", "refused: body"))}
    reported = {line for (path, line) in errors if path == "check.py"}
    assert reported == expected, errors
