"""Every resource's flow through the sync and the async client, replayed from its cassette.

In replay the cassette must exist and be played to the end: a regenerated client that sends a
request the cassette lacks fails at that request, with a first line naming what differs on the wire
(the body's fields, the query's pairs), and one that stops sending a recorded request fails here as
well. Replay runs the flows whose cassettes are there (`flows.recorded()`); recording runs one per
resource of the spec. test_cassette_checks.py fails while a resource of the spec has no cassettes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from vcr.errors import CannotOverwriteExistingCassetteException

import flows

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "name" not in metafunc.fixturenames:
        return
    replay = (metafunc.config.getoption("--record-mode") or "none") == "none"
    names = flows.recorded() if replay else list(flows.FLOWS)
    metafunc.parametrize(
        "name",
        [
            pytest.param(name, marks=[pytest.mark.fake_only] if name in flows.FAKE_ONLY else [], id=name)
            for name in names
        ],
    )


@pytest.mark.parametrize("mode", flows.MODES)
def test_flow(name: str, mode: str, client_options: dict[str, Any], vcr: Any, record_mode: str) -> None:
    if record_mode == "none":
        assert len(vcr) > 0, f"no cassette {vcr._path}: record it with `make record`"
    try:
        flows.run(flows.FLOWS[name], mode, client_options)
    except Exception as error:
        unmatched = next(_chain(error), None)
        if unmatched is None:
            raise
        raise AssertionError(wire_differences(unmatched)) from None  # the first line says what differs
    if record_mode == "none":
        unplayed = len(vcr) - vcr.play_count
        assert vcr.all_played, f"{unplayed} recorded requests of {vcr._path} were not sent"


def _chain(error: BaseException | None) -> Iterator[CannotOverwriteExistingCassetteException]:
    """The cassette's refusal of a request, wherever it is in the chain of causes."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, CannotOverwriteExistingCassetteException):
            yield error
            return
        error = error.__cause__ or error.__context__


def _flatten(value: Any, path: str) -> dict[str, Any]:
    if isinstance(value, dict):
        return {k: v for key, item in value.items() for k, v in _flatten(item, f"{path}.{key}").items()}
    if isinstance(value, list):
        return {k: v for i, item in enumerate(value) for k, v in _flatten(item, f"{path}[{i}]").items()}
    return {path: value}


def _json(body: Any) -> Any:
    if not body:
        return None
    try:
        return json.loads(body)
    except ValueError:
        return body


def wire_differences(error: CannotOverwriteExistingCassetteException) -> str:
    """One line: the request the cassette has no answer for, and how it differs from the closest
    recorded one (each body field and query pair that differs), or why nothing matched."""
    sent = error.failed_request
    where = f"{sent.method} {urlsplit(sent.uri).path}"
    if error.reason != "no_match" or not error.similar_requests:
        return f"{where}: not in the cassette ({error.reason}); record again with `make record`"
    recorded = error.similar_requests[0][0]
    found = []
    if (sent.method, urlsplit(sent.uri).path) != (recorded.method, urlsplit(recorded.uri).path):
        found.append(f"closest recorded is {recorded.method} {urlsplit(recorded.uri).path}")
    pairs = sorted(parse_qsl(urlsplit(sent.uri).query, keep_blank_values=True))
    recorded_pairs = sorted(parse_qsl(urlsplit(recorded.uri).query, keep_blank_values=True))
    found += [f"query sends {pair}" for pair in pairs if pair not in recorded_pairs]
    found += [f"query lacks recorded {pair}" for pair in recorded_pairs if pair not in pairs]
    mine, theirs = _flatten(_json(sent.body), "body"), _flatten(_json(recorded.body), "body")
    for path in sorted(mine.keys() | theirs.keys()):
        new, old = mine.get(path, "<absent>"), theirs.get(path, "<absent>")
        if json.dumps(new) != json.dumps(old):
            found.append(f"{path} is {new!r}, recorded {old!r}")
    return f"{where} differs from its recording: " + "; ".join(found or ["(headers or order)"])
