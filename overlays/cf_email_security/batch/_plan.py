"""Reconciling a desired list of entries with an account's: what to create, change and (with prune) delete.

Pure: it compares what it is given and sends nothing; the resources list the current entries and
apply the plan through chunked batches (and single calls for what a resource's batch cannot carry).
Entries are matched by natural key (`Kind.key`, the spec's `x-natural-key`); a field the desired
entry leaves out is not compared, so a hand-written list need not spell out every comment.

A `PlanPolicy` says what a plan may do at all, as the spec says it of the resource's entity
(`Kind.plan_policy`): domains are never created (that onboards a domain) nor deleted (that offboards
it) by a plan, except the ones named in `delete=`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from cf_email_security_generated.errors import ValidationError
from cf_email_security_generated.runtime import UNSET, coerce_model, dump
from cf_email_security_generated.shapes import PlanPolicy as PlanPolicy  # public: cf_email_security.batch

from ._builder import DeleteBatchBuilder, builder_for
from ._errors import StalePlanError
from ._guard import MAX_COUNT, MAX_SHARE
from ._kinds import Kind, model
from ._operations import Operations

if TYPE_CHECKING:
    from ._plan_data import PlanData
    from ._single import StopSignal

UNRESTRICTED = PlanPolicy()  # what most resources allow: plans may create and prune
ApplyT = TypeVar("ApplyT")
Key = tuple[Any, ...]


def plain(value: Any) -> Any:
    """A field value as JSON would carry it (enums by value); an absent field is null."""
    return None if value is UNSET else dump(value)


def key_of(kind: Kind, entry: Any) -> Key:
    return tuple(plain(getattr(entry, name)) for name in kind.key)


def label(kind: Kind, key: Key) -> str:
    """A key as a reader knows it: `ceo@example.com (EMAIL)`."""
    first, *rest = key
    return f"{first} ({', '.join(map(str, rest))})" if rest else str(first)


def read_desired(kind: Kind, desired: Iterable[Any]) -> dict[Key, Any]:
    """The desired entries as create models by key; ValidationError names the first bad one.

    Each entry is a create model, a mapping of its fields (as export writes them) or an entry as
    `list` returns it (to copy another account's); two entries with one key are a mistake.
    """
    if isinstance(desired, (str, bytes, Mapping)):
        raise ValidationError("desired", "must be a list of entries")
    create, entry_cls = kind.model_of("posts"), model(kind.shape.entity)
    wanted: dict[Key, Any] = {}
    where: dict[Key, int] = {}
    for index, entry in enumerate(desired):
        path = f"desired[{index}]"
        if isinstance(entry, entry_cls):  # absent fields of an entry read as None: they are not desired
            entry = {name: getattr(entry, name) for name in kind.fields if getattr(entry, name) is not None}
        request = coerce_model(create, entry, path)
        request.validate(path)
        key = key_of(kind, request)
        if key in wanted:
            raise ValidationError(
                f"{path}.{kind.key[-1]}", f"repeats {'+'.join(kind.key)} of desired[{where[key]}]"
            )
        wanted[key], where[key] = request, index
    return wanted


def named_keys(kind: Kind, names: Iterable[Any]) -> list[Key]:
    """Natural keys as a caller names them: a value for a one-field key ("example.com"), else a tuple."""
    if isinstance(names, (str, bytes)):
        raise ValidationError("delete", "must be a list of natural keys, not one string")
    keys: list[Key] = []
    for index, name in enumerate(names):
        key: Key = tuple(cast("Iterable[Any]", name)) if isinstance(name, (tuple, list)) else (name,)
        if len(key) != len(kind.key):
            raise ValidationError(f"delete[{index}]", f"must be a {'+'.join(kind.key)} natural key")
        keys.append(tuple(plain(value) for value in key))
    return keys


@dataclass(frozen=True)
class Change:
    """An entry whose fields differ: `differences` maps a field to (current, desired) JSON values;
    `request` is the patch to send (with the entry's id in a batch; the update body for a single
    call), or a put when a patch cannot carry the change (a null comment on a trusted domain)."""

    entry: Any
    differences: Mapping[str, tuple[Any, Any]]
    request: Any


def _request(kind: Kind, entry: Any, desired: Any, changed: Iterable[str]) -> Any:
    values = {name: getattr(desired, name) for name in changed}
    if not kind.batched("patches"):  # a single update call: the id goes in its path
        update = kind.model_of("patches")(**values)
        update.validate()
        return update
    patch = kind.model_of("patches")(id=entry.id, **values)
    try:
        patch.validate()
        return patch
    except ValidationError:
        if not kind.batched("puts"):
            raise
        fields = {name: getattr(entry, name) for name in kind.fields if getattr(entry, name) is not None}
        fields.update(
            {name: getattr(desired, name) for name in kind.fields if getattr(desired, name) is not UNSET}
        )
        put = kind.model_of("puts")(id=entry.id, **fields)
        put.validate()
        return put


def _differences(kind: Kind, entry: Any, desired: Any) -> dict[str, tuple[Any, Any]]:
    found: dict[str, tuple[Any, Any]] = {}
    for name in kind.fields[len(kind.key) :]:
        wanted = getattr(desired, name)
        if wanted is not UNSET and plain(wanted) != plain(getattr(entry, name)):
            found[name] = (plain(getattr(entry, name)), plain(wanted))
    return found


class Plan(Generic[ApplyT]):
    """What applying a desired list would do; `str(plan)` is a readable diff, `plan.apply()` does it.

    `apply` returns the merged batch result (for the async client, an awaitable of it). Entries of
    the account that the desired list does not name are left alone unless the plan prunes, and so
    are all but the first of several account entries sharing one key.
    """

    def __init__(
        self,
        kind: Kind,
        current: Iterable[Any],
        wanted: Mapping[Key, Any],
        *,
        prune: bool,
        apply: Callable[..., ApplyT],
        policy: PlanPolicy = UNRESTRICTED,
        delete: Iterable[Key] = (),
    ) -> None:
        self.kind: Kind = kind
        self._apply = apply
        self._applied = False
        matched: dict[Key, Any] = {}
        others: list[Any] = []
        for entry in current:
            key = key_of(kind, entry)
            if key in wanted and key not in matched:
                matched[key] = entry
            else:
                others.append(entry)
        missing = tuple(request for key, request in wanted.items() if key not in matched)
        # Create models, as `create` takes them.
        self.creates: tuple[Any, ...] = missing if policy.create else ()
        self.not_created: tuple[Any, ...] = () if policy.create else missing  # never sent: see PlanPolicy
        changes: list[Change] = []
        for key, entry in matched.items():
            differences = _differences(kind, entry, wanted[key])
            if differences:
                changes.append(Change(entry, differences, _request(kind, entry, wanted[key], differences)))
        self.changes: tuple[Change, ...] = tuple(changes)
        self.unchanged: int = len(matched) - len(changes)
        named = set(delete)
        # Entries as `list` returns them.
        self.deletes: tuple[Any, ...] = tuple(e for e in others if prune or key_of(kind, e) in named)
        self.left_alone: int = len(others) - len(self.deletes)

    def operations(self) -> Operations:
        """The part of the plan the resource's batch carries: deletes, patches, puts, posts."""
        kind = self.kind
        ref = model("EntryRef")
        puts = kind.model_of("puts") if kind.batched("puts") else None
        changes = self.changes if kind.batched("patches") else ()
        return Operations(
            deletes=tuple(ref(id=entry.id) for entry in self.deletes) if kind.batched("deletes") else (),
            patches=tuple(c.request for c in changes if puts is None or not isinstance(c.request, puts)),
            puts=tuple(c.request for c in changes if puts is not None and isinstance(c.request, puts)),
            posts=self.creates if kind.batched("posts") else (),
        )

    def single_calls(self) -> SingleCalls:
        """The part of the plan sent as single calls, for what the resource's batch cannot carry."""
        kind = self.kind
        return SingleCalls(
            deletes=() if kind.batched("deletes") else tuple(entry.id for entry in self.deletes),
            updates=() if kind.batched("patches") else tuple((c.entry.id, c.request) for c in self.changes),
            creates=() if kind.batched("posts") else self.creates,
        )

    def builder(self) -> DeleteBatchBuilder:
        """A builder holding the plan's batch operations, to add to or to send yourself."""
        return builder_for(self.kind, self.operations())

    def apply(
        self, *, chunk_size: int | None = None, stop: StopSignal | None = None, keep_results: bool = True
    ) -> ApplyT:
        """Send the plan in chunked batches (`chunk_size` entries per array at most: by default, and
        at most, what the resource's batch takes); a failure raises BatchError with what remains.

        Once only: the plan describes the account as it was, and its creates sent twice would be
        created twice. After a failure, resume with the error's `remaining`, or plan again.
        `stop` (a threading.Event, say, set from a signal handler) ends the apply before its next
        request: the requests in flight finish, and the error raised says what was applied.
        `keep_results=False` drops what the server returns as it arrives (the result's arrays stay
        empty; an AppliedPlan's lists hold None per call), for an apply too large to keep it all.
        """
        if self._applied:
            raise StalePlanError(f"this {self.kind.name} plan was applied already; make a new plan")
        self._applied = True
        return self._apply(self, chunk_size=chunk_size, stop=stop, keep_results=keep_results)

    def check_deletes(
        self, *, max_share: float | None = MAX_SHARE, max_count: int | None = MAX_COUNT
    ) -> None:
        """Refuse a plan that deletes too much, before it is applied: TooManyDeletesError when it
        deletes more than `max_share` of the resource's current entries (0.10: 10 %) or more than
        `max_count` of them (None turns a limit off). A guard against a desired list cut short, the
        wrong file, or `prune=True` on the wrong resource."""
        from ._guard import check_deletes

        check_deletes(self, max_share, max_count)

    def to_dict(self) -> PlanData:
        """The plan as data (see PlanData): what it creates, changes (field by field, from and to)
        and deletes, each entry named by its id and natural key."""
        from ._plan_data import to_dict

        return to_dict(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """`to_dict()` as JSON text."""
        from ._plan_data import to_json

        return to_json(self, indent)

    def __len__(self) -> int:
        return len(self.creates) + len(self.changes) + len(self.deletes)

    def __bool__(self) -> bool:
        return len(self) > 0

    def summary(self) -> str:
        counts = (
            f"{len(self.creates)} to create, {len(self.changes)} to change, {len(self.deletes)} to delete"
        )
        alone = f", {self.left_alone} not in the desired list left alone" if self.left_alone else ""
        absent = f", {len(self.not_created)} missing but never created by a plan" if self.not_created else ""
        return f"{self.kind.name}: {counts} ({self.unchanged} unchanged{alone}{absent})"

    def __repr__(self) -> str:
        return f"<Plan {self.summary()}>"

    def __str__(self) -> str:
        return "\n".join(self.lines())

    def lines(self) -> Iterator[str]:
        """The lines of `str(plan)` one at a time, for a large plan to be printed without holding its
        whole text: the summary, then `+` creates, `~` changes and `-` deletes."""
        yield self.summary()
        for request in self.creates:
            values = [
                f"{name}={json.dumps(plain(getattr(request, name)))}"
                for name in self.kind.fields[len(self.kind.key) :]
                if getattr(request, name) is not UNSET
            ]
            yield f"+ {label(self.kind, key_of(self.kind, request))}  {' '.join(values)}"
        for change in self.changes:
            differences = "; ".join(
                f"{name}: {json.dumps(old)} -> {json.dumps(new)}"
                for name, (old, new) in change.differences.items()
            )
            where = label(self.kind, key_of(self.kind, change.entry))
            yield f"~ {where} [id {change.entry.id}]  {differences}"
        for entry in self.deletes:
            yield f"- {label(self.kind, key_of(self.kind, entry))} [id {entry.id}]"


@dataclass(frozen=True)
class SingleCalls:
    """What a plan sends one call at a time: ids to delete, (id, update body) pairs, create bodies."""

    deletes: tuple[Any, ...] = ()
    updates: tuple[tuple[Any, Any], ...] = ()
    creates: tuple[Any, ...] = ()

    def __len__(self) -> int:
        return len(self.deletes) + len(self.updates) + len(self.creates)
