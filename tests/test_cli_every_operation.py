"""Every operation of the spec runs from the command line: `RESOURCE VERB`, its path ids those of
entries the fake holds, its body (through `--file`) one the factory builds from the spec. The fake must
receive the operation's method and path, the command exit 0, and print the operation's result.

One test per operation, each on a fresh fake: no order between them, no state shared. A new operation
of the spec is a new row here with no line to write; the flows in test_cli.py and
test_cli_investigate.py check what a verb does, these that every verb exists and reaches the API.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import pytest

from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity, FakeServer
from cli_support import Served
from support import Factory, arguments, parse_datetime, spec
from support.factory import entry_key
from support.spec import Operation

OPERATIONS = spec.operations()
DATE_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
ENTRIES = 3  # enough distinct entries for a batch's delete, patch and put


class Answering(FakeEmailSecurity):
    """The fake, keeping the body of every answer: what the command must then print."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.answers: list[Any] = []

    def handle(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> Any:
        reply = super().handle(method, target, headers, body)
        self.answers.append(reply.body)
        return reply


def existing_ids(fake: FakeEmailSecurity, resource: str) -> list[Any]:
    """Ids of ENTRIES entries of `resource` the fake holds, made through the client's `create` (with a
    body the factory builds) where it holds fewer: an operation on an entry needs one that exists."""
    create = spec.resources_of().get(resource, {}).get("create")
    key = entry_key(resource)
    held = fake.entries(resource)
    if create is not None and len(held) < ENTRIES:
        with fake.client() as es:
            for n in range(ENTRIES - len(held)):
                getattr(es, resource).create(**arguments(create, Factory(start=100 + n)).kwargs)
        held = fake.entries(resource)
    assert held, f"{resource}: the fake holds no entry and the spec has no create"
    return [entry[key] for entry in held]


def command(op: Operation, ids: list[Any]) -> tuple[list[str], str | None]:
    """The command line of `op` and what it reads on stdin: the entries' ids in the path, the body in
    a file (every id in it one of `ids`, so that a batch or a move names entries that exist)."""
    args = [op.resource.replace("_", "-"), op.method.replace("_", "-")]
    args += [str(ident) for ident in ids[: len(op.path_ids)]]
    body = None
    if op.body is not None:
        body = json.dumps(Factory(ids=itertools.cycle(ids).__next__).body(op.body, full=True))
        args += ["--file", "-"]
    if (op.raw.get("x-cli") or {}).get("confirm"):
        args.append("--yes")  # asking needs a terminal; the tests of the question are elsewhere
    return [*args, "--output", "json"], body


def printed(op: Operation, answers: list[Any], stdout: str) -> tuple[Any, Any]:
    """(what the command printed, what the API answered) as JSON, date-times as datetimes (the
    command writes `+00:00` where the API wrote `Z`): a list's items of every page; the `result` of the
    answer otherwise, null for an answer with no content."""
    shown = json.loads(stdout)
    if op.paged:
        answered = [item for answer in answers for item in answer["result"]]
    else:
        (answer,) = answers
        answered = None if answer is None else answer["result"]
    return instants(unsent_as_null(shown, answered)), instants(answered)


def unsent_as_null(shown: Any, answered: Any) -> Any:
    """`shown` without the nulls it prints for fields the answer left out (a model writes every field
    it knows)."""
    if isinstance(shown, dict) and isinstance(answered, dict):
        return {
            key: unsent_as_null(item, answered.get(key))
            for key, item in shown.items()
            if key in answered or item is not None
        }
    if isinstance(shown, list) and isinstance(answered, list) and len(shown) == len(answered):
        return [unsent_as_null(item, other) for item, other in zip(shown, answered, strict=True)]
    return shown


def instants(value: Any) -> Any:
    """`value` with every RFC 3339 date-time string read as a datetime."""
    if isinstance(value, dict):
        return {key: instants(item) for key, item in value.items()}
    if isinstance(value, list):
        return [instants(item) for item in value]
    if isinstance(value, str) and DATE_TIME.match(value):
        return parse_datetime(value)
    return value


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.id for op in OPERATIONS])
def test_every_operation_runs_from_the_command_line(op: Operation) -> None:
    fake = Answering()
    with FakeServer(fake) as server:
        ids = existing_ids(fake, op.resource) if op.path_ids or op.body is not None else []
        if op.http == "DELETE":
            fake.advance_jobs(None)  # a bulk job is deleted once it has ended
        args, body = command(op, ids)
        fake.requests.clear()
        fake.answers.clear()
        result = Served(fake, server.base_url).run(*args, input=body)
        prefix = urlsplit(server.base_url).path
    assert result.returncode == 0, (args, body, result.stderr)
    path = prefix + op.url_path(FAKE_ACCOUNT_ID, *ids[: len(op.path_ids)])
    assert {(request.method, request.path) for request in fake.requests} == {(op.http, path)}
    assert all(request.status < 300 for request in fake.requests), fake.requests
    shown, answered = printed(op, fake.answers, result.stdout)
    assert shown == answered


def test_every_resource_of_the_spec_is_a_command() -> None:
    """The top-level help names every resource (tag) of the spec as a command."""
    fake = FakeEmailSecurity()
    with FakeServer(fake) as server:
        top = Served(fake, server.base_url).run("--help")
    assert top.returncode == 0, top.stderr
    for tag in spec.load()["tags"]:
        assert tag["name"].replace("_", "-") in top.stdout, tag["name"]
