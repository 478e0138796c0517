"""The recorded flows: one per resource of the spec, written once and run through both clients (the
settings' here, built from the spec; the mail's, which create nothing, by hand in mail_flows.py).

A flow is a coroutine taking a client. `call()` awaits what the async client returns and passes on
what the sync one returns, so the two suites cannot drift apart. Nothing here names a field or a
value, and only FAKE_ONLY names a resource: each settings flow is built from the spec's operations of
its resource (create, list and get, which every settings resource has, and what else it has), in this
order:

    list (what the account holds already)   create ENTRIES entries    list across pages
    list filtered on the natural key        list with search          get
    update                                   update with the deprecated fields (DeprecationWarning)
    replace                                  batch, then a batch one unknown id fails as a whole
    get_verification (created and existing)  delete, then get (404)
    bulk_delete (deprecated: DeprecationWarning), then again (404)
    the created entries deleted (batch, else one by one), the account listed as it was found

Arguments come from the spec's Factory (support.Factory), numbered from 1, so a recording repeats.
Request bodies carry the fields the spec requires, and list filters the entity's natural key
(`x-natural-key`): a field, filter or resource the spec gains later changes no recorded request
(issue 12's benign changes, tests/test_spec_change.py); the optional fields are sent by
tests/test_spec_driven.py and tests/test_live_conformance.py.

Assertions compare values *and* types: a parsed entry holds what the request sent, read as the
generated model declares each field (an enum member, a UTC datetime), every field typed as declared
(`assert_typed`), creation timestamps kept and the others moved on by every change, and what a PATCH
did not send left alone. Between them the flows use every operation of the spec:
tests/recorded/test_cassette_checks.py reads the cassettes to prove it, for each client.

The account starts as the fake's default seed leaves it (three domains and three sending-domain
restrictions, already verified): the flows list what is there first, never change it (they read a
seeded domain's verification: 204), and leave the account as they found it.
"""

from __future__ import annotations

import asyncio
import datetime
import inspect
import math
import warnings
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import pytest

import cf_email_security_generated.models as models
from cf_email_security import AsyncCursorPager, AsyncEmailSecurity, AsyncPager, EmailSecurity, NotFoundError
from support import Factory, argument, assert_matches_wire, assert_same, assert_typed, field_type, spec
from support.compare import hints, members, wire_differences, wire_names
from support.spec import Operation, python_name

T = TypeVar("T")
Client = EmailSecurity | AsyncEmailSecurity
Flow = Callable[[Client, bool], Awaitable[None]]
MODES = ("sync", "async")
ENTRIES = 5  # created by each flow: enough for several pages, a batch of each kind and the deletes
BATCH_ARRAYS = ("deletes", "patches", "puts", "posts")
# Flows not run against a real account (recording with CLOUDFLARE_API_TOKEN): creating and deleting a
# protected domain onboards and offboards it, which is irreversible there.
FAKE_ONLY = frozenset({"domains"})
ID_SEED = 0  # the fake's UUIDs come from a generator seeded with this: a recording repeats
MAILBOX = 60  # messages in the fake's mailbox when recording: three pages of mail_flows.PER_PAGE
CASSETTES = Path(__file__).parent / "cassettes" / "test_flows"


async def call(value: Awaitable[T] | T) -> T:
    """The result of a client call, sync or async."""
    return await value if inspect.isawaitable(value) else value


async def pages(pager: Any) -> list[Any]:
    """Every page of a list call, walking a sync or async pager (by page number or by cursor)."""
    if isinstance(pager, (AsyncPager, AsyncCursorPager)):
        return [page async for page in pager.pages()]
    return list(pager.pages())


async def items(pager: Any) -> list[Any]:
    return [item for page in await pages(pager) for item in page.result]


def chunks(values: Sequence[T], size: int) -> list[list[T]]:
    return [list(values[start : start + size]) for start in range(0, len(values), size)]


# ---- the spec, read as data ---------------------------------------------------------------------------


def model_of(operation: Operation, schema: Any) -> type[Any]:
    """The generated model of a schema (of its items, for an array), by the spec's component name."""
    node = spec.merged_object(operation.doc, schema)
    name = spec.ref_name(schema) or spec.ref_name(node.get("items"))
    assert name is not None, f"{operation.id}: an inline schema, no model to ask"
    model: type[Any] = getattr(models, name)
    return model


def properties(operation: Operation, schema: Any) -> dict[str, Any]:
    return dict(spec.merged_object(operation.doc, schema).get("properties", {}))


def deprecated_fields(operation: Operation) -> dict[str, str | None]:
    """The deprecated fields a request body may carry -> the field that replaces each (None: none)."""
    found = {}
    for name, schema in properties(operation, operation.body).items():
        merged = spec.merged_object(operation.doc, schema)
        if merged.get("deprecated") and not merged.get("readOnly"):
            found[name] = (merged.get("x-deprecation") or {}).get("use")
    return found


def renamed_fields(operation: Operation) -> dict[str, str]:
    """The deprecated fields of a request body that are old names (`x-deprecation.kind: rename`, the
    default) -> the new name, which holds the same value. A replacement (`kind: replacement`: a boolean
    replaced by an enum) holds other values, and is left out."""
    body = properties(operation, operation.body)
    found = {}
    for name, use in deprecated_fields(operation).items():
        facts = spec.merged_object(operation.doc, body[name]).get("x-deprecation") or {}
        if use and facts.get("kind", "rename") == "rename":
            found[name] = use
    return found


def kwargs(operation: Operation, body: Any) -> dict[str, Any]:
    """A request body (wire form) as the keyword arguments of the operation's client method."""
    if operation.body_argument is not None:
        return {operation.body_argument: body}
    return {
        python_name(wire): argument(operation.resource, operation.method, python_name(wire), value)
        for wire, value in body.items()
    }


def change(factory: Factory, resource: str, schema: Any) -> dict[str, Any]:
    """New values (the factory's next) for the fields a create requires, those `schema` (an update,
    a replace, a batch patch or put) takes.

    Requests carry the fields the spec requires, never the optional ones: a field the spec gains
    later (issue 12's benign changes) changes no recorded request."""
    accepted = spec.merged_object(spec.load(), schema).get("properties", {})
    return {name: value for name, value in factory.create(resource).items() if name in accepted}


def list_arguments(operation: Operation) -> dict[str, Any]:
    """Sort by creation time, oldest first, where the list can sort (else the server's order)."""
    found: dict[str, Any] = {}
    for parameter in operation.query:
        allowed = spec.merged_object(operation.doc, parameter["schema"]).get("enum", ())
        if parameter["name"] == "order" and "created_at" in allowed:
            found["order"] = "created_at"
        elif parameter["name"] == "direction" and "asc" in allowed:
            found["direction"] = "asc"
    return found if "order" in found else {}


def timestamps(model: type[Any]) -> tuple[list[str], list[str]]:
    """The model's datetime fields: (set once at creation, moved on by every change)."""
    stamps = [
        name for name, hint in hints(model).items() if datetime.datetime in members(hint) and name != "id"
    ]
    created = [name for name in stamps if name.startswith("created")]
    return created, [name for name in stamps if name not in created]


# ---- checks ---------------------------------------------------------------------------------------------


def check_entry(entry: Any, model: type[Any], sent: Mapping[str, Any], where: str) -> None:
    """An entry of `model` holding what `sent` (wire form) gave each field, as the model reads it;
    every field typed as declared; the moving timestamps not before the creation ones."""
    assert type(entry) is model, f"{where}: {entry!r} is not a {model.__name__}"
    assert_typed(entry, where=where)
    attributes = {wire: attribute for attribute, wire in wire_names(model)}
    problems = []
    for wire, value in sent.items():
        assert wire in attributes, f"{where}: {model.__name__} has no field {wire!r}"
        attribute = attributes[wire]
        hint = field_type(model, attribute)
        problems += wire_differences(getattr(entry, attribute), value, hint, f"{where}.{attribute}")
    assert not problems, "\n".join(problems)
    created, moving = timestamps(model)
    for first in created:
        for later in moving:
            start, end = getattr(entry, first), getattr(entry, later)
            if isinstance(start, datetime.datetime) and isinstance(end, datetime.datetime):
                assert end >= start, f"{where}: {later} {end} before {first} {start}"


def check_changed(before: Any, after: Any, where: str) -> None:
    """A change (update, replace, batch patch or put) kept the id and the creation timestamps, and
    moved the others on."""
    model = type(before)
    created, moving = timestamps(model)
    assert_same(after.id, before.id, f"{where}.id")
    for name in created:
        assert_same(getattr(after, name), getattr(before, name), f"{where}.{name}")
    for name in moving:
        old, new = getattr(before, name), getattr(after, name)
        if isinstance(old, datetime.datetime) and isinstance(new, datetime.datetime):
            assert new > old, f"{where}.{name}: {new} not after {old}"


def check_kept(
    before: Any, after: Any, sent: Mapping[str, Any], aliases: Mapping[str, Any], where: str
) -> None:
    """PATCH semantics: what the request did not send stays as it was."""
    created, moving = timestamps(type(before))
    touched = {*sent, *created, *moving, "id", "additional_properties"}
    touched |= {alias for alias, use in aliases.items() if use in sent or alias in sent}
    touched |= {use for alias, use in aliases.items() if alias in sent and use}
    for attribute, wire in wire_names(type(before)):
        if wire not in touched:
            assert_same(getattr(after, attribute), getattr(before, attribute), f"{where}.{attribute}")


def check_refs(refs: Any, ids: Sequence[Any], where: str) -> None:
    """Deleted-entry references ({id}), typed as the model declares, for exactly these ids."""
    assert type(refs) is list, f"{where}: {refs!r}"
    assert_typed(refs)
    assert [ref.id for ref in refs] == list(ids), f"{where}: {refs!r}, expected ids {list(ids)}"


def check_not_found(error: NotFoundError, method: str) -> None:
    assert (error.status_code, error.method) == (404, method)
    assert error.errors
    for name in ("code", "message"):  # as the envelope's Message declares them
        assert_typed(error.errors[0][name], field_type(models.Message, name), f"errors[0].{name}")
    assert isinstance(error.cf_ray, str) and error.cf_ray


@contextmanager
def deprecated(*names: str) -> Iterator[None]:
    """The block warns DeprecationWarning naming each of `names` (the client's warning, once each)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    messages = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
    for name in names:
        assert any(name in message for message in messages), f"no DeprecationWarning for {name}: {messages}"


# ---- the flow ---------------------------------------------------------------------------------------------


async def resource_flow(client: Client, concurrent: bool, resource: str) -> None:
    ops = spec.resources_of()[resource]
    api = getattr(client, resource)
    factory = Factory(start=1)
    model = model_of(ops["get"], ops["get"].result)
    aliases = {
        name: use for name, use in (deprecated_fields(ops["update"]) if "update" in ops else {}).items()
    }
    order = list_arguments(ops["list"])

    # What the account holds already: listed, and left alone.
    existing = await items(api.list(**order))
    assert_typed(existing)

    created = []
    for n in range(ENTRIES):
        body = factory.create(resource)
        entry = await call(api.create(**kwargs(ops["create"], body)))
        check_entry(entry, model, body, f"create[{n}]")
        created.append(entry)
    ids = [entry.id for entry in created]
    assert len(set(ids)) == ENTRIES and not {entry.id for entry in existing} & set(ids)

    # Across pages. The async walk fetches the pages after the first at once, and the order they were
    # recorded in would vary: two pages keep one in flight. The sync walk takes pages of 2.
    everything = [*existing, *created]
    per_page = math.ceil(len(everything) / 2) if concurrent else 2
    walked = await pages(api.list(per_page=per_page, **order))
    listed = [entry for page in walked for entry in page.result]
    if order:
        paged = [[e.id for e in page.result] for page in walked]
        assert paged == chunks([e.id for e in everything], per_page), f"pages {paged}"
    else:
        assert sorted(e.id for e in listed) == sorted(e.id for e in everything)
    total = len(everything)
    for number, page in enumerate(walked, 1):
        shown = {"page": number, "per_page": per_page, "count": len(page.result), "total_count": total}
        assert_matches_wire(page.result_info, shown, where=f"page {number}.result_info")
    for entry in listed:
        assert_same(entry, next(e for e in everything if e.id == entry.id), f"listed {entry.id}")

    target = created[0]
    await filtered(api, ops["list"], model, target, listed, order)

    assert_same(await call(api.get(target.id)), target, "get")

    if "update" in ops:
        update = ops["update"]
        sent = change(factory, resource, update.body)
        updated = await call(api.update(target.id, **kwargs(update, sent)))
        check_entry(updated, model, sent, "update")
        check_changed(target, updated, "update")
        check_kept(target, updated, sent, aliases, "update")
        target = updated
        if aliases:
            target = await deprecated_update(api, update, model, target, aliases, factory)

    if "replace" in ops:
        replace = ops["replace"]
        sent = {**factory.body(replace.body), **change(factory, resource, replace.body)}
        replaced = await call(api.replace(target.id, **kwargs(replace, sent)))
        check_entry(replaced, model, sent, "replace")
        check_changed(target, replaced, "replace")
        target = replaced

    remaining = [target.id, *ids[1:]]
    if "batch" in ops:
        remaining = await batch(api, ops["batch"], model, created, remaining, factory)

    if "get_verification" in ops:
        await verification(api, ops["get_verification"], target.id)
        if existing:
            await verification(api, ops["get_verification"], existing[0].id)

    if "delete" in ops:
        gone = remaining.pop()
        check_refs([await call(api.delete(gone))], [gone], "delete")
        with pytest.raises(NotFoundError) as missing:
            await call(api.get(gone))
        check_not_found(missing.value, "GET")

    if "bulk_delete" in ops:
        bulk = ops["bulk_delete"]
        with deprecated(f"{resource}.bulk_delete"):
            deleted = await call(
                api.bulk_delete(**kwargs(bulk, [{"id": entry_id} for entry_id in remaining]))
            )
        check_refs(deleted, remaining, "bulk_delete")
        with deprecated(f"{resource}.bulk_delete"), pytest.raises(NotFoundError) as unknown:
            await call(api.bulk_delete(**kwargs(bulk, [{"id": remaining[0]}])))
        check_not_found(unknown.value, bulk.http)
        remaining = []

    if remaining and "batch" in ops:
        check_refs((await call(api.batch(deletes=remaining))).deletes, remaining, "batch deletes")
    else:
        for entry_id in remaining:
            check_refs([await call(api.delete(entry_id))], [entry_id], "delete")
    assert_same(await items(api.list(**order)), existing, "the account as it was found")


async def filtered(
    api: Any, operation: Operation, model: type[Any], target: Any, listed: list[Any], order: Mapping[str, Any]
) -> None:
    """The list filters on the fields of the entity's natural key (`x-natural-key`), each given the
    target's value: the entries whose fields hold those values, in list order. Then `search` for the
    target's natural key finds it. (Only the natural key: a filter the spec gains later changes no
    recorded request.)"""
    fields = {wire for _, wire in wire_names(model)}
    key = spec.merged_object(operation.doc, spec.entity(operation.resource)).get("x-natural-key") or []
    wire = target.to_dict()
    chosen: dict[str, Any] = {}
    for parameter in operation.query:
        name = python_name(parameter["name"])
        if name not in key or name not in fields or wire.get(name) is None:
            continue
        schema = spec.merged_object(operation.doc, parameter["schema"])
        value = wire[name]
        if schema.get("type") == "array":
            if isinstance(value, list):
                continue
            value = [value]
        elif isinstance(value, list):
            continue
        chosen[name] = value

    def holds(entry: Any) -> bool:
        values = entry.to_dict()
        return all(
            values.get(name) in value if isinstance(value, list) else values.get(name) == value
            for name, value in chosen.items()
        )

    if chosen:
        arguments = {
            name: argument(operation.resource, "list", name, value) for name, value in chosen.items()
        }
        found = await items(api.list(**arguments, **order))
        assert [e.id for e in found] == [e.id for e in listed if holds(e)], f"filtered on {chosen}"
        assert target.id in [e.id for e in found]

    searchable = [wire[name] for name in key if isinstance(wire.get(name), str)]
    if searchable and any(parameter["name"] == "search" for parameter in operation.query):
        found = await items(api.list(search=searchable[0], **order))
        assert target.id in [e.id for e in found], f"search {searchable[0]!r}"


async def deprecated_update(
    api: Any,
    update: Operation,
    model: type[Any],
    target: Any,
    aliases: Mapping[str, str | None],
    factory: Factory,
) -> Any:
    """Every deprecated field the update takes, sent at once: the client warns of each, and the entry
    reads back each value in the field, and in the one that replaces it where that is a new name for
    the same value (a rename; a replacement holds other values)."""
    body = properties(update, update.body)
    renamed = renamed_fields(update)
    sent: dict[str, Any] = {}
    for name in aliases:
        current = getattr(target, renamed[name] if name in renamed else python_name(name), None)
        if isinstance(current, bool):
            sent[name] = not current  # a value the entry does not hold yet
        else:
            sent[name] = factory.value(body[name], name, 1000, request=True, full=False)
    with deprecated(*aliases):
        changed = await call(api.update(target.id, **kwargs(update, sent)))
    check_entry(changed, model, sent, "deprecated update")
    replaced = {use: sent[name] for name, use in renamed.items()}
    check_entry(changed, model, replaced, "deprecated update: the replacements")
    check_changed(target, changed, "deprecated update")
    return changed


async def batch(
    api: Any,
    operation: Operation,
    model: type[Any],
    created: list[Any],
    remaining: list[Any],
    factory: Factory,
) -> list[Any]:
    """One batch with an entry of each array the spec gives it (deleting, patching and putting entries
    1, 2 and 3, posting one more); then a batch whose second delete is gone fails as a whole, changing
    nothing. The ids still to delete."""
    arrays = properties(operation, operation.body)
    names = [name for name in BATCH_ARRAYS if name in arrays]
    by_id = {entry.id: entry for entry in created}
    picks = iter(remaining[1:])
    sent: dict[str, list[Any]] = {}
    for name in names:
        item = arrays[name].get("items", {})
        if name == "posts":
            sent[name] = [factory.body(item)]
        elif name == "patches":
            sent[name] = [{"id": next(picks), **change(factory, operation.resource, item)}]
        elif name == "puts":
            sent[name] = [{**factory.body(item, id=next(picks)), **change(factory, operation.resource, item)}]
        else:
            sent[name] = [factory.body(item, id=next(picks))]
    result = await call(api.batch(**sent))
    assert type(result) is model_of(operation, operation.result), f"batch: {result!r}"
    assert_typed(result)
    deleted = [item["id"] for item in sent.get("deletes", [])]
    if "deletes" in names:
        check_refs(result.deletes, deleted, "batch.deletes")
    for name in ("patches", "puts"):
        if name in names:
            (entry,) = getattr(result, name)
            check_entry(entry, model, sent[name][0], f"batch.{name}[0]")
            check_changed(by_id[sent[name][0]["id"]], entry, f"batch.{name}[0]")
    added = []
    if "posts" in names:
        (entry,) = result.posts
        check_entry(entry, model, sent["posts"][0], "batch.posts[0]")
        assert entry.id not in by_id
        added.append(entry.id)
    left = [entry_id for entry_id in remaining if entry_id not in deleted] + added
    if deleted:  # one unknown id fails the whole batch: the other entry is still there
        with pytest.raises(NotFoundError) as unknown:
            await call(api.batch(deletes=[left[-1], deleted[0]]))
        check_not_found(unknown.value, operation.http)
        assert (await call(api.get(left[-1]))).id == left[-1]
    return left


async def verification(api: Any, operation: Operation, entry_id: Any) -> None:
    """A documented 2xx: the parsed body as the spec's model, typed, or None for a 204."""
    raw = await call(api.with_raw_response.get_verification(entry_id))
    statuses = [int(status) for status in operation.raw["responses"] if str(status).startswith("2")]
    assert raw.status_code in statuses, f"get_verification answered {raw.status_code}, not one of {statuses}"
    assert isinstance(raw.cf_ray, str) and raw.cf_ray
    if raw.status_code == 204:
        assert raw.parsed is None
        return
    assert type(raw.parsed) is model_of(operation, operation.result)
    assert_typed(raw.parsed)
    assert_matches_wire(raw.parsed, raw.http_response.json()["result"])


def _flow(resource: str) -> Flow:
    async def flow(client: Client, concurrent: bool) -> None:
        await resource_flow(client, concurrent, resource)

    return flow


# The mail's flows are written by hand in mail_flows.py (it imports the helpers above, hence here).
from mail_flows import FAKE_ONLY as MAIL_FAKE_ONLY  # noqa: E402
from mail_flows import MAIL_FLOWS  # noqa: E402

FLOWS: dict[str, Flow] = {
    resource: MAIL_FLOWS.get(resource) or _flow(resource) for resource in spec.resources_of()
}
FAKE_ONLY = FAKE_ONLY | MAIL_FAKE_ONLY


def recorded(directory: Path = CASSETTES) -> list[str]:
    """The flows whose cassettes are there (either client's), in FLOWS order: what replay runs. A
    resource the spec gains has no flow to replay until it is recorded (test_cassette_checks.py fails
    until then), and the others replay as they are."""
    names = {path.stem.removeprefix("test_flow[").rsplit("-", 1)[0] for path in directory.glob("*.yaml")}
    return [name for name in FLOWS if name in names]


def run(flow: Flow, mode: str, options: Mapping[str, Any]) -> None:
    """Run one flow through EmailSecurity ("sync") or AsyncEmailSecurity ("async")."""

    async def main() -> None:
        if mode == "sync":
            with EmailSecurity(**options) as es:
                await flow(es, False)
        else:
            async with AsyncEmailSecurity(**options) as aes:
                await flow(aes, True)

    asyncio.run(main())
