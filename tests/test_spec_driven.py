"""Every operation of the spec, called through the public clients (sync and async) against the fake,
with arguments the factory builds from the spec: the result parses, into the model the spec names,
holding exactly what the server sent, typed as the generated models declare.

Nothing here names an operation, a field or a value: a new resource, field, filter or enum value in
the spec is covered by these tests as soon as the client is generated and the fake serves it.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

import pytest

import cf_email_security_generated.models as models
from cf_email_security import EmailSecurity
from cf_email_security.testing import FAKE_ACCOUNT_ID, FAKE_API_TOKEN, FakeEmailSecurity, StepClock
from support import (
    MODES,
    Factory,
    Tap,
    arguments,
    assert_matches_wire,
    assert_typed,
    connector,
    invoke,
    lookup,
    spec,
)
from support.calls import Connect, deprecation_checked
from support.factory import EPOCH, entry_key

OPERATIONS = spec.operations()  # the spec as data: nothing is generated or built at import
EXISTING = 3  # entries made before each call: enough for a batch's delete, patch and put


def clock() -> StepClock:
    """The fake's clock, a day after the factory's times: what the factory builds is recent (inside a
    list's default range, "the last 30 days"), and none of its times is in the future."""
    return StepClock(start=EPOCH + timedelta(days=1))


def create_arguments(operation: spec.Operation, factory: Factory) -> dict[str, Any]:
    """A create's arguments, every optional field given, but an object whose fields are all optional
    (a search's filters) given empty: it selects everything there is, not the nothing that every
    filter at once would."""
    kwargs = arguments(operation, factory).kwargs
    for wire, schema in spec.merged_object(operation.doc, operation.body).get("properties", {}).items():
        node = spec.merged_object(operation.doc, schema)
        if "properties" in node and not node.get("required") and spec.python_name(wire) in kwargs:
            kwargs[spec.python_name(wire)] = {}
    return kwargs


def waited_for(resource: str) -> Mapping[str, Any] | None:
    """How the spec says to wait for an entry of `resource` to end (`x-sdk-wait` on its get), if it does."""
    get = spec.resources_of()[resource].get("get")
    return None if get is None else get.raw.get("x-sdk-wait")


def prepared(operation: spec.Operation) -> tuple[FakeEmailSecurity, list[Any]]:
    """A fake holding EXISTING entries of the operation's resource, and their ids: created through the
    client where the spec has a create, seeded (as the server would send them) where it has not.

    The fake's mailbox holds EXISTING messages, so an entry whose search selects all mail acts on
    EXISTING of them. An entry the spec says to wait for has ended (as `wait` would see it) before the
    call, but for the call that cancels it (x-sdk-wait's `cancel`), which needs it running."""
    factory = Factory()
    resource = operation.resource
    key = entry_key(resource)
    create = spec.resources_of()[resource].get("create")
    if create is not None:
        fake = FakeEmailSecurity(seed={}, clock=clock(), mailbox=EXISTING)
        with fake.client() as es:
            make = getattr(es, resource).create
            made = [make(**create_arguments(create, factory)) for _ in range(EXISTING)]
        wait = waited_for(resource)
        if wait is not None and operation.method != wait.get("cancel"):
            fake.advance_jobs(None)
        return fake, [getattr(entry, spec.python_name(key)) for entry in made]
    entries = [factory.entity(resource, full=True) for _ in range(EXISTING)]
    return FakeEmailSecurity(seed={resource: entries}, clock=clock()), [entry[key] for entry in entries]


def tapped(fake: FakeEmailSecurity, tap: Tap) -> Connect:
    options = {"api_token": FAKE_API_TOKEN, "account_id": FAKE_ACCOUNT_ID}

    def connect(mode: str) -> Any:
        tap.inner = fake.transport() if mode == "sync" else fake.async_transport()
        return connector(tap, **options)(mode)

    return connect


def model_named(schema: Any, operation: spec.Operation) -> type[Any] | None:
    """The generated model of a result schema (of its items, for an array), by the spec's name."""
    node = spec.merged_object(operation.doc, schema)
    name = spec.ref_name(schema) or spec.ref_name(node.get("items"))
    return None if name is None else getattr(models, name)


@functools.cache
def declared_return(operation: spec.Operation) -> str:
    """The return annotation of the client's method, as written."""
    with EmailSecurity(api_token="unused", account_id="unused") as es:
        return str(inspect.signature(lookup(es, operation.id)).return_annotation)


def check(result: Any, tap: Tap, operation: spec.Operation) -> None:
    """The result is the model the spec names, parsed faithfully from the last answer, fully typed; a
    result the spec gives no shape is declared Any and is exactly the JSON sent."""
    status, _ = operation.success
    assert tap.statuses[-1] == status, f"{operation.id}: answered {tap.statuses[-1]}, the spec says {status}"
    model = model_named(operation.result, operation)
    if model is None:
        assert declared_return(operation).startswith("Any"), declared_return(operation)
        assert_matches_wire(result, tap.results(), Any, where=operation.id)
        return
    items = result if isinstance(result, list) else [result]
    assert all(type(item) is model for item in items), f"{operation.id}: {result!r} is not a {model.__name__}"
    assert_matches_wire(result, tap.results(), where=operation.id)
    assert_typed(result)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("operation", OPERATIONS, ids=[operation.id for operation in OPERATIONS])
def test_every_operation_returns_what_the_models_declare(operation: spec.Operation, mode: str) -> None:
    fake, existing = prepared(operation)
    factory = Factory(ids=iter(existing).__next__, start=100)
    tap = Tap(fake.transport())
    target = f"{operation.resource}.{operation.method}"
    if operation.paged:
        per_page = EXISTING - 1  # two pages
        within = existing[: len(operation.path_ids)]  # a list of an entry's own items: the first's
        result = invoke(mode, tapped(fake, tap), target, *within, per_page=per_page)
        assert len(result) == EXISTING, f"{operation.id}: {len(result)} items of {EXISTING}"
        assert tap.statuses == [operation.success[0]] * 2
        check(result, tap, operation)
        tap.bodies.clear()
    call = arguments(operation, factory)
    with deprecation_checked(operation):
        result = invoke(mode, tapped(fake, tap), target, *call.args, **call.kwargs)
    check(result, tap, operation)


def no_content(operation: spec.Operation) -> bool:
    """The spec documents a 204 besides its first 2xx, for an operation on one entry."""
    return "204" in map(str, operation.raw.get("responses", {})) and bool(operation.path_ids)


NO_CONTENT = [operation for operation in OPERATIONS if no_content(operation)]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("operation", NO_CONTENT, ids=[operation.id for operation in NO_CONTENT])
def test_a_204_returns_none(operation: spec.Operation, mode: str) -> None:
    """`get_verification` of an entry that needs no DNS check (the fake's `verify()` played it) answers
    204, and the client returns None, the other half of its declared `Model | None`."""
    fake, existing = prepared(operation)
    fake.verify(operation.resource, existing[0])
    tap = Tap(fake.transport())
    result = invoke(mode, tapped(fake, tap), operation.id, existing[0])
    assert (tap.statuses, result) == ([204], None)


def test_every_operation_of_the_spec_is_called() -> None:
    """The control: the parametrisation above is the spec's operations, each once; a 204 is tried
    wherever the spec documents one."""
    ids = [operation.id for operation in OPERATIONS]
    assert ids and len(ids) == len(set(ids))
    assert [op for op in OPERATIONS if "204" in map(str, op.raw.get("responses", {}))] == NO_CONTENT
    assert {op.operation_id for op in OPERATIONS} == {
        raw["operationId"]
        for item in spec.load()["paths"].values()
        for method, raw in item.items()
        if method in spec.HTTP_METHODS
    }
