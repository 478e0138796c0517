"""The command line for processed mail (investigate, bulk jobs, submissions, PhishGuard reports) against
the fake API on 127.0.0.1: every verb, `--since`, the positional ids, the question before acting on
several messages, dry runs that send nothing, `--wait` to the end of a bulk job, and Ctrl-C or SIGTERM
during `--wait`, which stops the wait and never the job.
"""

from __future__ import annotations

import datetime
import json
import signal
import subprocess
import sys
import time
from typing import Any
from urllib.parse import unquote

import pytest

from cf_email_security.cli import _columns, _spec
from cf_email_security.testing import FakeEmailSecurity, FakeServer
from cli_support import Served, run_on_a_terminal, served
from support.spec import load as spec_document

__all__ = ["served"]  # the fixture, imported for pytest

RESOURCES = ("investigate", "investigate_bulk", "submissions", "phishguard_reports")
EXERCISED: set[tuple[str, str]] = set()  # (resource, method) run by the flows below; checked last
FLOWS_DONE: set[str] = set()
SENDER = "invoices@lookalike.example"  # the sender a "clean up after a block" flow goes after


def ok(result: Any) -> str:
    assert result.returncode == 0, result.stderr
    return str(result.stdout)


def ran(resource: str, method: str) -> None:
    EXERCISED.add((resource, method))


def deliver(fake: FakeEmailSecurity, count: int, sender: str = SENDER, **fields: Any) -> list[str]:
    """`count` new messages from `sender`, delivered to inboxes unless `fields` say otherwise; their ids."""
    fields.setdefault("delivery_status", "delivered")
    return [fake.deliver(sender=sender, subject=f"Invoice {n} overdue", **fields)["id"] for n in range(count)]


def quarantined(fake: FakeEmailSecurity, count: int) -> list[str]:
    return [
        fake.deliver(sender="phish@lookalike.example", disposition="MALICIOUS")["id"] for _ in range(count)
    ]


def message(fake: FakeEmailSecurity, ident: str) -> dict[str, Any]:
    return next(m for m in fake.entries("investigate") if m["id"] == ident)


def sent_query(fake: FakeEmailSecurity, path_end: str) -> dict[str, str]:
    """The query of the last GET whose path ends with `path_end`."""
    request = [r for r in fake.requests if r.method == "GET" and r.path.endswith(path_end)][-1]
    return dict(request.query)


def ago(text: str) -> float:
    """Seconds between a date-time the CLI sent and now."""
    moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return (datetime.datetime.now(datetime.timezone.utc) - moment).total_seconds()


# ----- every resource and verb ------------------------------------------------------------------------


def test_investigate_every_verb(served: Served) -> None:
    first, second, third = deliver(served.fake, 3)
    held = quarantined(served.fake, 2)

    found = served.run("investigate", "list", "--sender", SENDER, "--since", "7d", "-o", "json")
    listed = json.loads(ok(found))
    ran("investigate", "list")
    assert sorted(m["id"] for m in listed) == sorted([first, second, third])
    assert abs(ago(sent_query(served.fake, "/investigate")["start"]) - 7 * 86400) < 120
    table = ok(served.run("investigate", "list", "--sender", SENDER, "-o", "table"))
    header = table.splitlines()[1] if table.startswith("┏") else table.splitlines()[0]
    for column in ("id", "scanned_at", "from", "to", "final_disposition"):
        assert f" {column} " in f" {header} ", header  # the spec's columns for messages, in its order
    assert header.index("scanned_at") < header.index("from") < header.index("final_disposition")

    got = json.loads(ok(served.run("investigate", "get", first, "-o", "json")))
    ran("investigate", "get")
    assert got["id"] == first and got["from"] == SENDER
    detections = json.loads(ok(served.run("investigate", "get-detections", held[0], "-o", "json")))
    ran("investigate", "get_detections")
    assert "findings" in detections and "sender_info" in detections
    shot = ok(served.run("investigate", "get-preview", held[0]))
    ran("investigate", "get_preview")
    assert shot.startswith("iVBOR")  # one text field: the base64 PNG itself, ready for `base64 -d`
    trace = json.loads(ok(served.run("investigate", "get-trace", first, "-o", "json")))
    ran("investigate", "get_trace")
    assert set(trace) >= {"inbound", "outbound"}
    preview = json.loads(ok(served.run("investigate", "preview", "--id", first, "-o", "json")))
    ran("investigate", "preview")
    assert preview["screenshot"]

    raw = served.run("investigate", "get-raw", first)
    ran("investigate", "get_raw")
    as_json = json.loads(ok(served.run("investigate", "get-raw", first, "-o", "json")))
    text = as_json["raw"].replace("\r\n", "\n")  # as a text-mode pipe of a subprocess reads it
    assert ok(raw).replace("\r\n", "\n") == text  # the source itself, not a JSON string
    assert "From: " in raw.stdout and SENDER in raw.stdout and not raw.stdout.startswith("{")

    moved = json.loads(ok(served.run("investigate", "move", first, "--to", "JunkEmail", "-o", "json")))
    ran("investigate", "move")
    assert moved and all(r["success"] and r["destination"] == "JunkEmail" for r in moved)
    assert message(served.fake, first)["delivery_status"] == ["moved"]
    many = served.run("investigate", "move-many", second, third, "--to", "JunkEmail", "--yes", "-o", "json")
    ran("investigate", "move_many")
    assert {r["message_id"] for r in json.loads(ok(many))} == {second, third}
    assert all(message(served.fake, i)["delivery_status"] == ["moved"] for i in (second, third))

    reclassified = served.run("investigate", "reclassify", first, "--expected-disposition", "SPAM")
    ran("investigate", "reclassify")
    assert reclassified.returncode == 0, reclassified.stderr
    assert "deprecated" in reclassified.stderr  # a warning line, not Python's file:line form

    released = json.loads(ok(served.run("investigate", "release", *held, "--yes", "-o", "json")))
    ran("investigate", "release")
    assert [r["id"] for r in released] == held
    assert all(not message(served.fake, i)["is_quarantined"] for i in held)
    FLOWS_DONE.add("investigate")


def test_investigate_bulk_every_verb(served: Served) -> None:
    ids = deliver(served.fake, 4)
    created = served.run(
        "investigate", "bulk", "create", "--action", "MOVE", "--to", "JunkEmail", "--sender", SENDER,
        "--since", "1d", "--yes", "--wait", "--interval", "0.02", "-o", "json",
    )  # fmt: skip
    ran("investigate_bulk", "create")
    job = json.loads(ok(created))
    assert job["status"] == "COMPLETED" and job["messages_successful"] == len(ids)  # the moved count
    assert job["search_params"]["sender"] == SENDER and job["action_params"]["destination"] == "JunkEmail"
    assert f"job {job['job_id']} COMPLETED: " in created.stderr
    assert f"messages_successful {len(ids)}" in created.stderr  # said for people too
    assert "PROCESSING" in created.stderr  # a line per change: stderr is no terminal here
    assert all(message(served.fake, i)["delivery_status"] == ["moved"] for i in ids)
    job_id = job["job_id"]

    listed = json.loads(ok(served.run("investigate-bulk", "list", "--status", "COMPLETED", "-o", "json")))
    ran("investigate_bulk", "list")
    assert [j["job_id"] for j in listed] == [job_id]
    assert (
        json.loads(ok(served.run("investigate-bulk", "get", job_id, "-o", "json")))["status"] == "COMPLETED"
    )
    ran("investigate_bulk", "get")
    handled = json.loads(ok(served.run("investigate", "bulk", "list-messages", job_id, "-o", "json")))
    ran("investigate_bulk", "list_messages")
    assert sorted(m["message_id"] for m in handled) == sorted(ids)
    waited = served.run("investigate-bulk", "wait", job_id, "-o", "json")
    ran("investigate_bulk", "wait")
    assert json.loads(ok(waited))["status"] == "COMPLETED"  # an ended job: one poll, at once

    later = deliver(served.fake, 2, sender="later@lookalike.example")
    second = json.loads(
        ok(
            served.run(
                "investigate-bulk", "create", "--action", "MOVE", "--to", "DeletedItems",
                "--sender", "later@lookalike.example", "--yes", "-o", "json",
            )
        )
    )  # fmt: skip
    assert second["status"] == "PENDING" and len(later) == 2  # no --wait: the job as created
    cancelled = json.loads(ok(served.run("investigate-bulk", "cancel", second["job_id"], "-o", "json")))
    ran("investigate_bulk", "cancel")
    assert cancelled["status"] == "CANCELLED"
    deleted = json.loads(ok(served.run("investigate-bulk", "delete", second["job_id"], "-o", "json")))
    ran("investigate_bulk", "delete")
    assert second["job_id"] in json.dumps(deleted)
    assert [j["job_id"] for j in json.loads(ok(served.run("investigate-bulk", "list")))] == [job_id]
    FLOWS_DONE.add("investigate_bulk")


def test_get_raw_writes_the_source_byte_for_byte(served: Served) -> None:
    """`get-raw ID > message.eml` holds the .eml as the API gave it, CRLF line ends and all."""
    ident = served.fake.deliver(sender=SENDER)["id"]
    with served.fake.client() as es:
        source = es.investigate.get_raw(ident).raw
    assert "\r\n" in source
    written = subprocess.run(
        [sys.executable, "-m", "cf_email_security", "investigate", "get-raw", ident],
        capture_output=True,
        env=served.env(LANG="C", LC_ALL="C"),
        timeout=60,
    )
    assert written.returncode == 0, written.stderr
    assert written.stdout == source.encode("utf-8")


def test_submissions_and_phishguard_reports_every_verb(served: Served) -> None:
    submissions = json.loads(
        ok(served.run("submissions", "list", "--since", "30d", "--type", "USER", "-o", "json"))
    )
    ran("submissions", "list")
    assert submissions and all(s["type"] == "User" for s in submissions), submissions[:1]
    assert sent_query(served.fake, "/submissions")["type"] == "USER"  # `type`: `type_` in Python
    assert abs(ago(sent_query(served.fake, "/submissions")["start"]) - 30 * 86400) < 120
    reports = json.loads(ok(served.run("phishguard-reports", "list", "--since", "30d", "--until", "0m")))
    ran("phishguard_reports", "list")
    assert reports and all({"id", "title", "disposition"} <= set(r) for r in reports)
    assert abs(ago(sent_query(served.fake, "/phishguard/reports")["end"])) < 120
    FLOWS_DONE.update(("submissions", "phishguard_reports"))


# ----- acting safely -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["investigate", "release", "ID1", "ID2"],
        ["investigate", "move-many", "ID1", "ID2", "--to", "JunkEmail"],
        ["investigate", "bulk", "create", "--action", "RELEASE", "--sender", SENDER],  # always: a search
    ],
    ids=["release", "move-many", "bulk-create"],
)
def test_acting_on_several_messages_refuses_without_a_terminal_and_yes(
    served: Served, command: list[str]
) -> None:
    refused = served.run(*command)
    assert refused.returncode == 2, refused.stderr
    assert "without confirmation" in refused.stderr and "add --yes" in refused.stderr
    assert refused.stderr.count("\n") == 1  # one line
    assert served.writes() == []


def test_acting_on_one_message_does_not_ask(served: Served) -> None:
    [held] = quarantined(served.fake, 1)
    assert json.loads(ok(served.run("investigate", "release", held)))[0]["id"] == held
    assert [(method, path.rsplit("/", 1)[-1]) for method, path in served.writes()] == [("POST", "release")]


@pytest.mark.parametrize("answer", ["yes", "y"])
def test_the_question_on_a_terminal_needs_yes(answer: str, served: Served) -> None:
    """Only `yes` goes on (as apply asks); anything else sends nothing and exits 1."""
    held = quarantined(served.fake, 2)
    code, terminal = _on_a_terminal(["investigate", "release", *held], served.env(), answer)
    assert "will release quarantined email messages (2: " in terminal and "Only 'yes' goes on" in terminal
    if answer == "yes":
        assert code == 0, terminal
        assert all(not message(served.fake, i)["is_quarantined"] for i in held)
    else:
        assert code == 1 and "cancelled, nothing was sent" in terminal
        assert served.writes() == []


def test_dry_runs_send_nothing(served: Served) -> None:
    ident = deliver(served.fake, 1)[0]
    commands = [
        ["investigate", "move", ident, "--to", "JunkEmail"],
        ["investigate", "move-many", ident, "ID2", "--to", "Inbox"],  # no question: nothing is sent
        ["investigate", "release", ident, "ID2"],
        ["investigate", "reclassify", ident, "--expected-disposition", "NONE"],
        ["investigate", "preview", "--id", ident],
        ["investigate-bulk", "create", "--action", "MOVE", "--to", "JunkEmail", "--sender", SENDER, "--wait"],
        ["investigate-bulk", "cancel", "JOB"],
    ]
    lines: list[dict[str, Any]] = []
    for command in commands:
        result = served.run(*command, "--dry-run", "-o", "json")
        assert result.returncode == 0, (command, result.stderr)
        assert "nothing was sent" in result.stderr
        lines.append(json.loads(result.stdout))
    assert served.writes() == []
    bodies = {unquote(str(line["url"]).split("/email-security/")[1]): line["body"] for line in lines}
    assert bodies[f"investigate/{ident}/move"] == {"destination": "JunkEmail"}
    assert bodies["investigate/move"] == {"ids": [ident, "ID2"], "destination": "Inbox"}
    assert bodies["investigate/release"] == {"ids": [ident, "ID2"]}
    assert bodies["investigate/bulk"] == {
        "action": "MOVE",
        "destination": "JunkEmail",
        "search_params": {"sender": SENDER},
    }


def test_missing_ids_and_bad_times_are_bad_input(served: Served) -> None:
    missing = served.run("investigate", "release", "--yes")
    assert missing.returncode == 2 and "missing ID..." in missing.stderr
    no_search = served.run("investigate-bulk", "create", "--action", "MOVE", "--to", "Inbox", "--yes")
    assert no_search.returncode == 2 and "search_params (--query" in no_search.stderr
    bad = served.run("investigate", "list", "--since", "last week")
    assert bad.returncode == 2 and "a time ago: 30m, 12h, 7d, 2w" in bad.stderr
    assert served.writes() == [] and served.fake.requests == []


def test_since_takes_dates_and_times_in_utc(served: Served) -> None:
    ok(served.run("investigate", "list", "--since", "2026-10-01", "--until", "2026-10-02T12:30:00+02:00"))
    query = sent_query(served.fake, "/investigate")
    start = datetime.datetime.fromisoformat(query["start"].replace("Z", "+00:00"))
    end = datetime.datetime.fromisoformat(query["end"].replace("Z", "+00:00"))
    assert start == datetime.datetime(2026, 10, 1, tzinfo=datetime.timezone.utc)  # a date: midnight UTC
    assert end == datetime.datetime(2026, 10, 2, 10, 30, tzinfo=datetime.timezone.utc)


def test_a_cursor_list_is_walked_lazily_one_request_per_page(served: Served) -> None:
    result = served.run("investigate", "list", "--per-page", "10", "--limit", "25", "-o", "jsonl")
    rows = [json.loads(line) for line in ok(result).splitlines()]
    assert len(rows) == 25 and len({r["id"] for r in rows}) == 25
    pages = [r for r in served.fake.requests if r.path.endswith("/investigate")]
    assert len(pages) == 3  # 10 + 10 + 5 of the third: no page more than the rows need
    assert "cursor" not in dict(pages[0].query) and all("cursor" in dict(p.query) for p in pages[1:])
    walked = json.loads(ok(served.run("investigate", "list", "--per-page", "1000")))
    assert len(walked) == len({m["id"] for m in walked}) == len(served.fake.entries("investigate"))


# ----- --wait stops on a signal, the job goes on --------------------------------------------------------


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_during_wait_stops_waiting_and_the_job_goes_on(signum: int) -> None:
    fake = FakeEmailSecurity(job_batch=1)  # a message a poll: the job outlasts the test's patience
    ids = deliver(fake, 20)
    with FakeServer(fake) as server:
        served = Served(fake, server.base_url)
        process = subprocess.Popen(
            [
                sys.executable, "-m", "cf_email_security", "investigate-bulk", "create", "--action", "MOVE",
                "--to", "JunkEmail", "--sender", SENDER, "--yes", "--wait", "--interval", "0.05",
                "-o", "json", "--account-id", "0123456789abcdef0123456789abcdef",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=served.env(),
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while _polls(fake) < 4 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert process.poll() is None, "the wait ended before the signal"
        process.send_signal(signum)
        stdout, stderr = process.communicate(timeout=30)
        [job] = fake.entries("investigate_bulk")
    assert process.returncode == 130, stderr
    job_id = job["job_id"]
    assert "stopped waiting (interrupted)" in stderr and "nothing was cancelled" in stderr
    account = "--account-id 0123456789abcdef0123456789abcdef"
    assert f"cf-email-security investigate-bulk get {job_id} {account}" in stderr
    assert f"cf-email-security investigate-bulk wait {job_id} {account}" in stderr
    assert f"cf-email-security investigate-bulk cancel {job_id} {account}" in stderr
    assert json.loads(stdout)["job_id"] == job_id  # the job as last seen, for scripts
    assert job["status"] == "PROCESSING" and job["messages_pending"] > 0
    assert not any(r.path.endswith("/cancel") for r in fake.requests)
    finished = fake.advance_jobs(None)[0]
    assert finished["status"] == "COMPLETED" and finished["messages_successful"] == len(ids)


def _polls(fake: FakeEmailSecurity) -> int:
    return sum(1 for r in fake.requests if r.method == "GET" and "/investigate/bulk/" in r.path)


def test_wait_timeout_stops_waiting_with_the_commands_to_follow(served: Served) -> None:
    deliver(served.fake, 3)
    job = json.loads(
        ok(
            served.run(
                "investigate-bulk", "create", "--action", "MOVE", "--to", "Inbox", "--sender", SENDER, "-y"
            )
        )
    )
    stopped = served.run(
        "investigate-bulk", "wait", job["job_id"], "--interval", "5", "--wait-timeout", "0.2"
    )
    assert stopped.returncode == 1, stopped.stderr
    assert "--wait-timeout 0.2 s passed" in stopped.stderr and "goes on" in stopped.stderr
    assert f"investigate-bulk cancel {job['job_id']}" in stopped.stderr
    assert json.loads(stopped.stdout)["status"] in ("DISCOVERING", "PROCESSING")


def test_wait_shows_a_bar_on_a_terminal_and_keeps_stdout_clean() -> None:
    fake = FakeEmailSecurity(job_batch=2)
    deliver(fake, 6)
    with FakeServer(fake) as server:
        args = [
            "investigate-bulk", "create", "--action", "MOVE", "--to", "JunkEmail", "--sender", SENDER,
            "--yes", "--wait", "--interval", "0.1", "-o", "json",
        ]  # fmt: skip
        run = run_on_a_terminal(args, Served(fake, server.base_url).env(TERM="xterm-256color"))
        code, terminal, stdout = run[0], run[1].decode(errors="replace"), run[2].decode()
    assert code == 0, terminal
    assert "/6" in terminal and "PROCESSING" not in terminal  # the bar, not the lines for logs
    assert json.loads(stdout)["messages_successful"] == 6


# ----- the command model --------------------------------------------------------------------------------


def test_help_and_completion_know_the_new_commands(served: Served) -> None:
    assert "bulk" in ok(served.run("investigate", "--help"))
    create = ok(served.run("investigate", "bulk", "create", "--help"))
    for option in (
        "--to",
        "--since",
        "--until",
        "--sender",
        "--wait",
        "--wait-timeout",
        "--yes",
        "--dry-run",
    ):
        assert option in create, option
    assert (
        ok(served.run("investigate-bulk", "create", "--help")).split("\n", 2)[2] == create.split("\n", 2)[2]
    )
    assert "[ID ...]" in ok(served.run("investigate", "release", "--help"))
    assert "--wait-timeout" in ok(served.run("investigate-bulk", "wait", "--help"))
    bash = ok(served.run("completion", "bash"))
    assert '"investigate bulk create") path=' in bash and '"investigate-bulk wait") path=' in bash
    assert ok(served.run("completion", "zsh")) and ok(served.run("completion", "fish"))


def test_the_spec_cli_data_names_real_fields() -> None:
    """`x-cli` names fields of its operation (or schema); a typo would silently drop an alias."""
    spec = _spec.load()
    marked = [op for op in spec.operations if op.cli and op.method != "wait"]
    assert {(op.resource, op.method) for op in marked} >= {
        ("investigate", "list"), ("investigate", "move"), ("investigate", "move_many"),
        ("investigate", "release"), ("investigate_bulk", "create"), ("investigate_bulk", "get"),
    }  # fmt: skip
    for op in marked:
        names = {p.name for p in op.options}
        assert set(op.aliases) <= names, op
        assert not set(op.cli.get("aliases", {})) & names, op  # an alias is no field's own name
        if "positional" in op.cli:
            assert op.positional is not None and op.positional.schema.get("type") == "array", op
        rule = op.cli.get("confirm")
        assert rule in (None, "always") or rule in names, op
        counters = op.cli.get("progress", {})
        assert set(counters.values()) <= set((op.result or {}).get("properties", {})), op
    schemas: dict[str, dict[str, Any]] = spec_document()["components"]["schemas"]
    for name, schema in schemas.items():
        assert set(_columns.listed(schema)) <= set(schema.get("properties", {})), name


def test_every_operation_of_processed_mail_was_run() -> None:
    """Runs after the flows: a new operation of these resources needs a line in a flow above."""
    if len(FLOWS_DONE) < len(RESOURCES):
        pytest.skip("checks coverage only when every flow above ran in this session")
    spec = _spec.load()
    assert {(op.resource, op.method) for op in spec.operations if op.resource in RESOURCES} == EXERCISED


def test_every_resource_has_its_flows() -> None:
    """The settings' resources have theirs in test_cli.py (FLOWS of them), these here: none is left out."""
    from test_cli import FLOWS as SETTINGS_FLOWS

    resources = set(_spec.load().resources)
    assert set(RESOURCES) <= resources and len(resources - set(RESOURCES)) == SETTINGS_FLOWS


# ----- a terminal ----------------------------------------------------------------------------------------


def _on_a_terminal(args: list[str], env: dict[str, str], answer: str) -> tuple[int, str]:
    code, terminal, _ = run_on_a_terminal(args, env, answer=answer)
    return code, terminal.decode(errors="replace")
