"""A request carries only what the spec lets a request carry, whichever way its body is built (a
single call, `batch`, a batch builder, a plan; sync or async): no value that only a server sends, ids
in their canonical form, and a DeprecationWarning, once, for each deprecated field it sends."""

from __future__ import annotations

import asyncio
import contextlib
import warnings
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from cf_email_security import AsyncEmailSecurity, EmailSecurity, NotFoundError, ValidationError
from cf_email_security.models import PatternType
from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity
from support import IdMaker, spec
from support.batch import desired, new_fake, policy

BASE = f"https://api.cloudflare.com/client/v4/accounts/{FAKE_ACCOUNT_ID}/email-security/settings"


def refused(call: Callable[[], object]) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value


def run(call: Callable[[], Awaitable[object]]) -> Callable[[], object]:
    """An async call as a plain one, for `refused`."""
    return lambda: asyncio.run(call())  # type: ignore[arg-type]


# --- values only a server sends ------------------------------------------------------------------

PATTERN_TYPE = spec.schema("PatternType")
RESPONSE_ONLY: list[str] = list(PATTERN_TYPE["x-sdk-response-only"])
WRITABLE = [value for value in PATTERN_TYPE["enum"] if value not in RESPONSE_ONLY]
SERVER_ONLY = (
    f"{RESPONSE_ONLY[0]} is only sent by the server; a request may carry "
    f"{', '.join(WRITABLE[:-1])} or {WRITABLE[-1]}"
)
ID = IdMaker()()


def put(n: int, **overrides: Any) -> dict[str, Any]:
    """A batch put of allow policy `n`: its id and every field a create carries."""
    return {"id": IdMaker().make(n), **policy(n, **overrides)}


# name -> (the call sending `value` as a pattern type, the field the error names)
SYNC_BODIES: dict[str, tuple[Callable[[EmailSecurity, Any], object], str]] = {
    "create": (lambda es, value: es.allow_policies.create(**policy(1, pattern_type=value)), "pattern_type"),
    "update": (lambda es, value: es.allow_policies.update(ID, pattern_type=value), "pattern_type"),
    "create blocked sender": (
        lambda es, value: es.block_senders.create(**desired("block_senders", 1, pattern_type=value)),
        "pattern_type",
    ),
    "batch post": (
        lambda es, value: es.allow_policies.batch(posts=[policy(1), policy(2, pattern_type=value)]),
        "posts[1].pattern_type",
    ),
    "batch patch": (
        lambda es, value: es.allow_policies.batch(patches=[{"id": ID, "pattern_type": value}]),
        "patches[0].pattern_type",
    ),
    "batch put": (
        lambda es, value: es.allow_policies.batch(puts=[put(1), put(2, pattern_type=value)]),
        "puts[1].pattern_type",
    ),
    "builder post": (
        lambda es, value: es.allow_policies.batch_builder().post(policy(1), policy(2, pattern_type=value)),
        "posts[1].pattern_type",
    ),
    "builder patch": (
        lambda es, value: es.block_senders.batch_builder().patch({"id": ID, "pattern_type": value}),
        "patches[0].pattern_type",
    ),
    "plan": (
        lambda es, value: es.allow_policies.plan([policy(1), policy(2, pattern_type=value)]),
        "desired[1].pattern_type",
    ),
}
ASYNC_BODIES: dict[str, tuple[Callable[[AsyncEmailSecurity, Any], Awaitable[object]], str]] = {
    "create": (
        lambda es, value: es.allow_policies.create(**policy(1, pattern_type=value)),
        "pattern_type",
    ),
    "update": (lambda es, value: es.allow_policies.update(ID, pattern_type=value), "pattern_type"),
    "batch post": (
        lambda es, value: es.allow_policies.batch(posts=[policy(1), policy(2, pattern_type=value)]),
        "posts[1].pattern_type",
    ),
    "plan": (
        lambda es, value: es.allow_policies.plan([policy(1), policy(2, pattern_type=value)]),
        "desired[1].pattern_type",
    ),
}
SERVER_ONLY_VALUES = pytest.mark.parametrize(
    "value", [RESPONSE_ONLY[0], PatternType(RESPONSE_ONLY[0])], ids=["str", "enum"]
)


@SERVER_ONLY_VALUES
@pytest.mark.parametrize("path", sorted(SYNC_BODIES))
def test_a_value_only_a_server_sends_is_refused_before_sending(path: str, value: Any) -> None:
    call, field = SYNC_BODIES[path]
    fake = new_fake()
    with fake.client() as es:
        error = refused(lambda: call(es, value))
    assert (error.field, error.rule) == (field, SERVER_ONLY)
    assert fake.requests == []


@SERVER_ONLY_VALUES
@pytest.mark.parametrize("path", sorted(ASYNC_BODIES))
def test_a_value_only_a_server_sends_is_refused_before_sending_async(path: str, value: Any) -> None:
    call, field = ASYNC_BODIES[path]
    fake = new_fake()

    async def send() -> object:
        async with fake.async_client() as es:
            return await call(es, value)

    error = refused(run(send))
    assert (error.field, error.rule) == (field, SERVER_ONLY)
    assert fake.requests == []


@SERVER_ONLY_VALUES
def test_a_filter_still_takes_a_value_only_a_server_sends(value: Any) -> None:
    """Old entries may carry it: a list may look for them."""
    fake = new_fake()
    with fake.client() as es:
        assert list(es.allow_policies.list(pattern_type=value)) == []
    assert [request.status for request in fake.requests] == [200]


def test_an_unknown_value_in_a_body_lists_the_values_a_request_may_carry() -> None:
    fake = new_fake()
    with fake.client() as es:
        error = refused(lambda: es.allow_policies.create(**policy(1, pattern_type="PHONE")))
    assert (error.field, error.rule) == ("pattern_type", f"must be one of {', '.join(WRITABLE)}")
    assert fake.requests == []


# --- ids as written ------------------------------------------------------------------------------

CANONICAL = "f174e90a-fafe-4643-bbbc-4a0ed4fc8415"
HEX = CANONICAL.replace("-", "")
FULLWIDTH = str.maketrans("0123456789", "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19")
MALFORMED_IDS = {
    "braces": "{" + HEX + "}",
    "double braces": "{{" + HEX + "}}",
    "braces around the canonical form": "{" + CANONICAL + "}",
    "urn": "urn:" + HEX,
    "urn:uuid": "urn:uuid:" + HEX,
    "urn:uuid and the canonical form": "urn:uuid:" + CANONICAL,
    "hyphens at the end": HEX + "----",
    "misplaced hyphens": HEX[:9] + "-" + HEX[9:13] + "-" + HEX[13:17] + "-" + HEX[17:21] + "-" + HEX[21:],
    "no hyphens": HEX,
    "fullwidth digits": CANONICAL.translate(FULLWIDTH),
    "a trailing newline": CANONICAL + "\n",
    "a letter beyond f": "g" + CANONICAL[1:],
}
BAD_ID = pytest.mark.parametrize("bad", list(MALFORMED_IDS.values()), ids=list(MALFORMED_IDS))
UUID_RULE = "must be a UUID such as f174e90a-fafe-4643-bbbc-4a0ed4fc8415"
# name -> (the call sending `value` as an id, the field the error names)
ID_CALLS: dict[str, tuple[Callable[[EmailSecurity, str], object], str]] = {
    "path": (lambda es, value: es.allow_policies.delete(value), "policy_id"),
    "batch entry": (lambda es, value: es.allow_policies.batch(deletes=[value]), "deletes[0].id"),
    "builder entry": (lambda es, value: es.block_senders.batch_builder().delete(value), "deletes[0].id"),
    "body field": (lambda es, value: es.domains.update(ID, integration_id=value), "integration_id"),
    "filter": (lambda es, value: list(es.domains.list(integration_id=value)), "integration_id"),
}


@BAD_ID
@pytest.mark.parametrize("where", sorted(ID_CALLS))
def test_an_id_not_in_the_canonical_form_is_refused_before_sending(where: str, bad: str) -> None:
    call, field = ID_CALLS[where]
    fake = new_fake()
    with fake.client() as es:
        error = refused(lambda: call(es, bad))
    assert (error.field, error.rule) == (field, UUID_RULE)
    assert fake.requests == []


@pytest.mark.parametrize("where", sorted(ID_CALLS))
@pytest.mark.parametrize("good", [CANONICAL, CANONICAL.upper()], ids=["lower case", "upper case"])
def test_a_canonical_id_in_either_case_is_sent(where: str, good: str) -> None:
    call, _ = ID_CALLS[where]
    fake = new_fake()
    with fake.client() as es, contextlib.suppress(NotFoundError):  # sent, and not found: what is tested
        call(es, good)
    if where != "builder entry":  # a builder sends nothing until applied
        assert len(fake.requests) == 1


@pytest.fixture
def raw() -> Iterator[tuple[httpx.Client, FakeEmailSecurity]]:
    fake = new_fake()
    with httpx.Client(transport=fake.transport(), headers={"Authorization": "Bearer token"}) as client:
        yield client, fake


@BAD_ID
def test_the_fake_answers_a_malformed_path_id_with_400(
    raw: tuple[httpx.Client, FakeEmailSecurity], bad: str
) -> None:
    client, _ = raw
    response = client.get(f"{BASE}/allow_policies/{quote(bad, safe='')}")
    assert response.status_code == 400
    envelope = response.json()
    assert envelope["success"] is False and envelope["result"] is None
    assert "invalid allow_policies id in path" in envelope["errors"][0]["message"]


@BAD_ID
def test_the_fake_answers_a_malformed_body_id_with_400(
    raw: tuple[httpx.Client, FakeEmailSecurity], bad: str
) -> None:
    client, _ = raw
    arrays = {"deletes": [{"id": bad}], "patches": [], "puts": [], "posts": []}
    response = client.post(f"{BASE}/block_senders/batch", json=arrays)
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"] == "invalid request body: deletes[0].id: must be a UUID"


@pytest.mark.parametrize("good", [CANONICAL, CANONICAL.upper()], ids=["lower case", "upper case"])
def test_the_fake_takes_a_canonical_id_in_either_case(
    raw: tuple[httpx.Client, FakeEmailSecurity], good: str
) -> None:
    client, _ = raw
    assert client.get(f"{BASE}/allow_policies/{good}").status_code == 404  # well formed, not there
    existing = client.post(f"{BASE}/block_senders", json=desired("block_senders", 1)).json()["result"]["id"]
    same = existing.upper() if good.isupper() else existing
    assert client.get(f"{BASE}/block_senders/{same}").json()["result"]["id"] == existing


# --- deprecated fields ---------------------------------------------------------------------------

IS_RECIPIENT = "is deprecated since 2025-07-01 (end of life 2026-07-01); use is_exempt_recipient instead"
IS_SPOOF = "is deprecated since 2025-07-01 (end of life 2026-07-01); use is_acceptable_sender instead"


@contextmanager
def deprecations() -> Iterator[list[warnings.WarningMessage]]:
    """Every DeprecationWarning raised inside, none merged with another."""
    found: list[warnings.WarningMessage] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield found
    found += [w for w in caught if issubclass(w.category, DeprecationWarning)]


def messages(found: list[warnings.WarningMessage]) -> list[str]:
    return [str(w.message) for w in found]


def test_a_single_call_warns_once_per_deprecated_field() -> None:
    fake = new_fake()
    with fake.client() as es, deprecations() as found:
        created = es.allow_policies.create(**policy(1, is_recipient=True))
        es.allow_policies.update(created.id, is_spoof=True)
    assert messages(found) == [f"is_recipient {IS_RECIPIENT}", f"is_spoof {IS_SPOOF}"]
    assert {w.filename for w in found} == {__file__}, "the warning names the caller's line"


def test_a_single_async_call_warns_once_per_deprecated_field() -> None:
    fake = new_fake()

    async def send() -> None:
        async with fake.async_client() as es:
            await es.allow_policies.create(**policy(1, is_recipient=True))

    with deprecations() as found:
        asyncio.run(send())
    assert messages(found) == [f"is_recipient {IS_RECIPIENT}"]


def test_a_deprecated_field_without_a_replacement_warns_without_one() -> None:
    fake = new_fake()
    entry = desired("impersonation_registry", 1, external_directory_node_id="node-1")
    with fake.client() as es, deprecations() as found:
        es.impersonation_registry.create(**entry)
    assert messages(found) == ["external_directory_node_id is deprecated"]


def test_batch_entries_warn_naming_the_entry() -> None:
    fake = new_fake()
    with fake.client() as es, deprecations() as found:
        created = es.allow_policies.create(**policy(1))
        es.allow_policies.batch(
            posts=[policy(2), policy(3, is_recipient=True, is_spoof=False)],
            patches=[{"id": created.id, "is_spoof": True}],
        )
    assert messages(found) == [
        f"patches[0].is_spoof {IS_SPOOF}",
        f"posts[1].is_recipient {IS_RECIPIENT}",
        f"posts[1].is_spoof {IS_SPOOF}",
    ]
    assert {w.filename for w in found} == {__file__}


def test_async_batch_entries_warn_naming_the_entry() -> None:
    fake = new_fake()

    async def send() -> None:
        async with fake.async_client() as es:
            await es.allow_policies.batch(posts=[policy(1, is_recipient=True)])

    with deprecations() as found:
        asyncio.run(send())
    assert messages(found) == [f"posts[0].is_recipient {IS_RECIPIENT}"]


def test_builder_entries_warn_when_added_and_not_again_when_applied() -> None:
    fake = new_fake()
    with fake.client() as es:
        builder = es.allow_policies.batch_builder()
        with deprecations() as added:
            builder.post(policy(1), policy(2, is_recipient=True))
        with deprecations() as applied:
            es.allow_policies.apply_batch(builder)
    assert messages(added) == [f"posts[1].is_recipient {IS_RECIPIENT}"]
    assert {w.filename for w in added} == {__file__}, "the warning names the caller's line"
    assert messages(applied) == []
    assert len(fake.entries("allow_policies")) == 2


def test_a_plan_warns_when_made_and_not_again_when_applied() -> None:
    fake = new_fake()
    with fake.client() as es:
        with deprecations() as planned:
            plan = es.allow_policies.plan([policy(1, is_recipient=True)])
        with deprecations() as applied:
            plan.apply()
    assert messages(planned) == [f"desired[0].is_recipient {IS_RECIPIENT}"]
    assert messages(applied) == []


def test_bodies_without_a_deprecated_field_warn_of_nothing() -> None:
    fake = new_fake()
    with fake.client() as es, deprecations() as found:
        created = es.allow_policies.create(**policy(1))
        es.allow_policies.update(created.id, is_exempt_recipient=True)
        es.allow_policies.batch(posts=[policy(2)], patches=[{"id": created.id, "comments": "c"}])
        es.allow_policies.apply_batch(es.allow_policies.batch_builder().post(policy(3)))
        es.allow_policies.plan([policy(4)]).apply()
    assert messages(found) == []
