"""What the cassettes hold: every operation, no secrets, traffic that both specs accept.

These read the cassette files; they make no request. The scrubbing hooks and matchers that shape the
cassettes are tested here too.
"""

from __future__ import annotations

import fnmatch
import json
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from vcr.request import Request
from vcr.serialize import deserialize
from vcr.serializers import yamlserializer

import contract
import flows
from cf_email_security import EmailSecurity, RateLimitError
from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity, FakeServer, Faults
from contract import CapturingTransport, Exchange, assert_conforms
from scrubbing import PLACEHOLDER_ACCOUNT_ID, RAY_PLACEHOLDER, Scrubber, all_query, json_body, scan_file
from support import spec

CASSETTE_DIR = Path(__file__).parent / "cassettes"
CASSETTES = sorted(CASSETTE_DIR.rglob("*.yaml"))


def interactions(path: Path) -> Iterator[tuple[Request, dict[str, Any]]]:
    """A cassette's requests and responses as vcrpy loads them (bodies as bytes)."""
    requests, responses = deserialize(path.read_text(encoding="utf-8"), yamlserializer)[:2]
    yield from zip(requests, responses, strict=True)


def exchange(request: Request, response: dict[str, Any]) -> Exchange:
    """A recorded interaction for tests/contract.py. Credentials were scrubbed from the cassette, and
    both specs require them, so a stand-in is added for validation only."""
    return Exchange(
        request.method,
        request.uri,
        {**request.headers, "authorization": "Bearer scrubbed"},
        request.body or b"",
        response["status"]["code"],
        {name: values[0] for name, values in response["headers"].items()},
        response["body"]["string"],
    )


def operation_ids() -> dict[tuple[str, re.Pattern[str]], str]:
    """(method, path regex) -> operationId, for all of the spec's operations (the spec the generated
    package ships: the one the client was generated from)."""
    return {
        (
            operation.http,
            re.compile("^/client/v4" + re.sub(r"\{[^}]+\}", "[^/]+", operation.path) + "$"),
        ): operation.operation_id
        for operation in spec.operations()
    }


def test_each_flow_has_exactly_its_cassettes() -> None:
    """A renamed or removed flow must not leave a stale cassette behind, nor a flow lack one."""
    expected = {f"test_flow[{name}-{mode}]" for name in flows.FLOWS for mode in flows.MODES}
    assert {path.stem for path in CASSETTES} == expected
    assert {path.parent.name for path in CASSETTES} == {"test_flows"}


def exact_ids(path: str) -> set[str]:
    """The operations whose template matches `path` with the most literal segments, as a router picks."""
    scored: dict[str, int] = {}
    for operation in spec.operations():
        regex = re.compile("^/client/v4" + re.sub(r"\{[^}]+\}", "[^/]+", operation.path) + "$")
        if regex.match(path):
            scored[operation.operation_id] = sum(1 for part in operation.path.split("/") if "{" not in part)
    best = max(scored.values(), default=0)
    return {op for op, literals in scored.items() if literals == best}


@pytest.mark.parametrize("mode", flows.MODES)
def test_every_operation_is_recorded_through_each_client(mode: str) -> None:
    """Each client's cassettes hold every operation of the spec, and nothing else."""
    known = operation_ids()
    assert len(set(known.values())) == len(known) == len(spec.operations()) > 0
    seen = set()
    for path in CASSETTES:
        if path.stem.endswith(f"-{mode}]"):
            for request, _ in interactions(path):
                matches = [
                    op
                    for (method, regex), op in known.items()
                    if method == request.method and regex.match(request.path)
                ]
                literal = [op for op in matches if op in exact_ids(request.path)]
                matches = literal or matches  # a literal segment beats a parameter (`bulk` vs `{id}`)
                assert len(matches) == 1, f"{request.method} {request.path} is not one operation: {matches}"
                seen.update(matches)
    assert sorted(set(known.values()) - seen) == [], f"operations not recorded through the {mode} client"


@pytest.mark.parametrize("path", CASSETTES, ids=lambda path: path.stem)
def test_cassette_holds_no_secret(path: Path) -> None:
    assert scan_file(path) == []


PLANTS = {
    # name: (text the plant replaces, what replaces it, what the scan must report)
    "bearer token header": (
        "    headers:\n      accept:",
        "    headers:\n      Authorization:\n      - Bearer Zx81kQ\n      accept:",
        "request header Authorization",
    ),
    "bearer value in a body": ('"messages":[]', '"messages":["Bearer Zx81kQ"]', "bearer value"),
    "real account id": (
        PLACEHOLDER_ACCOUNT_ID,
        "9f86d081884c7d659a2feaa0c55ad015",
        "32+ hex characters 9f86d0",
    ),
    "api token": (
        '"messages":[]',
        '"messages":[],"note":"Kq7Lr2xWz9Vb4Nc8Md1Pf6Gh3Jt5Ys0Ua2Ei7Ow_3"',
        "token-like Kq7L",
    ),
    "global api key": (
        '"messages":[]',
        '"messages":[],"k":"0f5e8d9c2b7a41e6c3d0b9a8f7e6d5c4b3a29"',
        "32+ hex characters 0f5e8d",
    ),
    "x-auth-key header": (
        "      accept:",
        "      X-Auth-Key:\n      - deadbeef\n      accept:",
        "request header X-Auth-Key",
    ),
    "x-auth-email header": (
        "      accept:",
        "      X-Auth-Email:\n      - ops@example.com\n      accept:",
        "request header X-Auth-Email",
    ),
    "set-cookie header": (
        "      cf-ray:",
        "      Set-Cookie:\n      - __cfruid=0a1b; path=/\n      cf-ray:",
        "response header Set-Cookie",
    ),
    "api key assignment": (
        '"messages":[]',
        '"messages":["api_key=s3cr3tvalue"]',
        "key/value api_key=s3cr3tvalue",
    ),
    "the fake's token": ('"messages":[]', '"messages":["fake-api-token"]', "known token fake-api-token"),
}


@pytest.mark.parametrize("plant", sorted(PLANTS))
def test_secret_scan_fails_on_a_planted_secret(plant: str, tmp_path: Path) -> None:
    original = CASSETTE_DIR / "test_flows" / "test_flow[allow_policies-sync].yaml"
    copy = tmp_path / original.name
    shutil.copyfile(original, copy)
    assert scan_file(copy) == []
    old, new, reported = PLANTS[plant]
    text = copy.read_text(encoding="utf-8")
    assert old in text
    copy.write_text(text.replace(old, new, 1), encoding="utf-8")
    found = scan_file(copy)
    assert any(line.startswith(reported) for line in found), found


def _request_state(request: Request) -> tuple[Any, ...]:
    return (request.method, request.uri, request.body, dict(request.headers))


def test_scrubbing_removes_credentials_and_is_idempotent() -> None:
    """vcrpy runs the hooks again on every loaded interaction: twice must equal once."""
    real_account, token = "9f86d081884c7d659a2feaa0c55ad015", "Kq7Lr2xWz9Vb4Nc8Md1Pf6Gh3Jt5Ys0Ua2Ei7Ow_3"
    scrubber = Scrubber(real_account, (token,))
    request = Request(
        "POST",
        f"http://127.0.0.1:8787/client/v4/accounts/{real_account}/email-security/settings/trusted_domains?page=1",
        f'{{"pattern":"{real_account}.example","note":"{token}"}}'.encode(),
        {
            "Authorization": f"Bearer {token}",
            "X-Auth-Key": "0f5e8d9c2b7a41e6c3d0b9a8f7e6d5c4b3a29",
            "X-Auth-Email": "ops@example.com",
            "Cookie": "__cfruid=0a1b",
            "User-Agent": "cloudflare-email-security/0.1.0 httpx/0.28.1",
            "Content-Type": "application/json",
            "Accept": "application/json",
        },
    )
    response: dict[str, Any] = {
        "status": {"code": 201, "message": "Created"},
        "headers": {
            "Set-Cookie": ["__cfruid=0a1b; path=/"],
            "CF-RAY": ["8f1e2d3c4b5a6978-AMS"],
            "Date": ["Thu, 01 Jan 2026 00:00:00 GMT"],
            "Content-Type": ["application/json"],
            "Retry-After": ["2"],
        },
        "body": {"string": f'{{"account":"{real_account}","token":"{token}"}}'.encode()},
    }
    once = scrubber.request(request)
    assert once.uri == (
        f"https://api.cloudflare.com/client/v4/accounts/{PLACEHOLDER_ACCOUNT_ID}"
        "/email-security/settings/trusted_domains?page=1"
    )
    assert dict(once.headers) == {"content-type": "application/json", "accept": "application/json"}
    assert once.body == f'{{"pattern":"{PLACEHOLDER_ACCOUNT_ID}.example","note":"<scrubbed>"}}'.encode()
    assert _request_state(scrubber.request(once)) == _request_state(once)
    scrubbed = scrubber.response(response)
    assert scrubbed["headers"] == {
        "cf-ray": [RAY_PLACEHOLDER],
        "content-type": ["application/json"],
        "retry-after": ["2"],
    }
    assert (
        scrubbed["body"]["string"]
        == f'{{"account":"{PLACEHOLDER_ACCOUNT_ID}","token":"<scrubbed>"}}'.encode()
    )
    assert scrubber.response(scrubbed) == scrubbed
    assert response["headers"]["Date"], "the recorded response itself is left alone"


@pytest.mark.parametrize("path", CASSETTES, ids=lambda path: path.stem)
def test_loading_a_cassette_changes_nothing_in_it(path: Path) -> None:
    """What the replay hooks make of each stored interaction is exactly what is stored."""
    scrubber = Scrubber()
    for request, response in interactions(path):
        assert _request_state(scrubber.request(request)) == _request_state(request)
        assert scrubber.response(response) == response


def _request(query: str = "", body: bytes = b"") -> Request:
    return Request("POST", f"https://api.cloudflare.com/x{query}", body, {})


@pytest.mark.parametrize(
    ("matcher", "new", "recorded", "same"),
    [
        # JSON bodies: key order and whitespace do not count, types do.
        (
            json_body,
            _request(body=b'{"a":1,"b":[true,null]}'),
            _request(body=b'{ "b": [true, null], "a": 1 }'),
            True,
        ),
        (
            json_body,
            _request(body=b'{"is_regex":true}'),
            _request(body=b'{"is_regex":1}'),
            False,
        ),  # True == 1
        (json_body, _request(body=b'{"lookback_hops":2}'), _request(body=b'{"lookback_hops":2.0}'), False),
        (json_body, _request(body=b'{"comments":null}'), _request(body=b"{}"), False),  # null clears a field
        (json_body, _request(), _request(), True),
        (json_body, _request(body=b"not json"), _request(body=b"not json"), True),
        # Queries: order does not count; repeats and blank values do.
        (all_query, _request("?page=1&domain=a&domain=b"), _request("?domain=b&page=1&domain=a"), True),
        (all_query, _request("?search="), _request(), False),  # vcrpy's `query` matcher calls these equal
        (all_query, _request("?domain=a"), _request("?domain=a&domain=a"), False),
    ],
)
def test_matchers(
    matcher: Callable[[Request, Request], None], new: Request, recorded: Request, same: bool
) -> None:
    try:
        matcher(new, recorded)
    except AssertionError:
        assert not same, "these requests should match"
    else:
        assert same, "these requests should not match"


@pytest.mark.parametrize("path", CASSETTES, ids=lambda path: path.stem)
def test_cassette_traffic_conforms_to_both_specs(path: Path) -> None:
    checked = assert_conforms(exchange(request, response) for request, response in interactions(path))
    assert checked >= 3


@pytest.mark.block_network
def test_blocked_network_refuses_even_loopback() -> None:
    """The guard replay runs under: a cassette test cannot quietly talk to a local server either."""
    with FakeServer(FakeEmailSecurity()) as server, pytest.raises(RuntimeError, match="Network is disabled"):
        httpx.get(server.base_url + "/accounts/x/email-security/settings/domains")


def rate_limited() -> Exchange:
    """The fake's answer to a request over its rate limit (429): no cassette holds one (the recordings
    make no retries), and the reference has a say about its error code."""
    fake = FakeEmailSecurity(faults=Faults(rate_limit_after=1, retry_after=1))
    transport = CapturingTransport(fake.transport())
    with EmailSecurity(api_token="t", account_id=FAKE_ACCOUNT_ID, transport=transport, max_retries=0) as es:
        entry_id = fake.entries("domains")[0]["id"]
        es.domains.get(entry_id)
        with pytest.raises(RateLimitError):
            es.domains.get(entry_id)
    answer = transport.exchanges[-1]
    assert answer.status == 429
    return answer


def test_every_contract_exception_explains_something() -> None:
    """contract_exceptions.yaml holds no stale entry: each one is needed by a recorded exchange (or the
    fake's rate-limit answer), and together they leave nothing of those unexplained."""
    theirs = contract.upstream()
    used: set[int] = set()
    corpus = [exchange(request, response) for path in CASSETTES for request, response in interactions(path)]
    for item in [*corpus, rate_limited()]:
        lines, explained = contract.upstream_errors(item, theirs)
        assert not lines, "\n".join(lines)
        used |= explained
    stale = [
        f"[{entry.index}] {entry.operation}" for entry in contract.exceptions() if entry.index not in used
    ]
    assert not stale, f"{contract.EXCEPTIONS_FILE.name} entries nothing needs: {stale}"


def test_the_operations_the_reference_lacks_are_read_from_it() -> None:
    """Those checked against our spec only are the operations the reference does not have, read from
    it: among them, those reference_differences.yaml declares "operation only in spec" (what is read
    where ../shared/ is absent; an operation the spec has just gained needs no entry for this check).
    Operations it has (a path parameter renamed or not) are not among them."""
    contract.upstream()
    names = [f"{operation.http} {operation.path}" for operation in spec.operations()]
    absent = {name for name in names if contract.absent_upstream(name)}
    patterns = contract.declared_only_in_spec()
    declared = {name for name in names if any(fnmatch.fnmatchcase(name, p) for p in patterns)}
    assert declared and declared <= absent, sorted(declared - absent)
    kept = {
        f"{operation.http} {operation.path}" for operation in spec.resources_of()["allow_policies"].values()
    }
    assert kept and not kept & absent
    assert len(absent) == len(names) - len(contract.reference_operations())


def _recorded_batch(resource: str) -> tuple[Request, dict[str, Any]]:
    path = CASSETTE_DIR / "test_flows" / f"test_flow[{resource}-sync].yaml"
    for request, response in interactions(path):
        body = json.loads(request.body or b"{}")
        if request.path.endswith("/batch") and body.get("puts"):
            return request, response
    raise AssertionError(f"no batch with puts in {path.name}")


def test_a_contract_exception_lets_through_only_what_it_names() -> None:
    """The readOnly-id quirk of upstream's batch is explained; a real mistake in the same put is not."""
    theirs = contract.upstream()
    request, response = _recorded_batch("allow_policies")
    assert contract.upstream_errors(exchange(request, response), theirs)[0] == []
    body = json.loads(request.body)
    body["puts"][0]["pattern_type"] = "NOT-A-TYPE"
    broken = Request(request.method, request.uri, json.dumps(body).encode(), request.headers)
    lines, _ = contract.upstream_errors(exchange(broken, response), theirs)
    assert any("NOT-A-TYPE" in line for line in lines), lines
    assert contract.errors(exchange(broken, response), contract.ours()), "our spec refuses it too"


def test_a_public_verification_record_is_not_reported_as_a_secret(tmp_path: Path) -> None:
    """A domain's DNS TXT verification value is published by design (PUBLIC_FIELDS): not reported,
    wherever the cassette repeats it. Hex text that is not such a value still is."""
    original = CASSETTE_DIR / "test_flows" / "test_flow[domains-sync].yaml"
    text = original.read_text(encoding="utf-8")
    found = re.search(r'"txt_record_value":"([^"]+)"', text)
    assert found is not None, "the domains flow reads a pending domain's verification record"
    value = found.group(1)
    assert scan_file(original) == []
    copy = tmp_path / original.name
    copy.write_text(text.replace('"messages":[]', f'"messages":["{value}"]', 1), encoding="utf-8")
    assert scan_file(copy) == [], "still the public value: it is in a txt_record_value too"
    hex_part = re.search(r"[0-9a-f]{32,}", value)
    assert hex_part is not None
    leaked = text.replace('"messages":[]', f'"messages":["{hex_part.group(0)[::-1]}"]', 1)
    copy.write_text(leaked, encoding="utf-8")
    assert any(line.startswith("32+ hex characters") for line in scan_file(copy))
