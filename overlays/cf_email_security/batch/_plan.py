"""Reconciling a desired list of entries with an account's: what to create, change and (with prune) delete.

Pure: it compares what it is given and sends nothing; the resources list the current entries and
apply the plan through chunked batches. Entries are matched by natural key (`Kind.key`); a field the
desired entry leaves out is not compared, so a hand-written list need not spell out every comment.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from cf_email_security_generated._serialization import dump
from cf_email_security_generated._validation import coerce_model
from cf_email_security_generated.errors import ValidationError
from cf_email_security_generated.types import UNSET

from ._builder import DeleteBatchBuilder, builder_for
from ._errors import StalePlanError
from ._kinds import MAX_CHUNK, Kind, model
from ._operations import Operations

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
    create, entry_cls = kind.model_of("posts"), model(kind.model)
    wanted: dict[Key, Any] = {}
    where: dict[Key, int] = {}
    for index, entry in enumerate(desired):
        path = f"desired[{index}]"
        if isinstance(entry, entry_cls):
            entry = {name: getattr(entry, name) for name in kind.fields if getattr(entry, name) is not UNSET}
        request = coerce_model(create, entry, path)
        request.validate(path)
        key = key_of(kind, request)
        if key in wanted:
            raise ValidationError(
                f"{path}.{kind.key[-1]}", f"repeats {'+'.join(kind.key)} of desired[{where[key]}]"
            )
        wanted[key], where[key] = request, index
    return wanted


@dataclass(frozen=True)
class Change:
    """An entry whose fields differ: `differences` maps a field to (current, desired) JSON values;
    `request` is the patch to send, or a put when a patch cannot carry the change (a null comment
    on a trusted domain)."""

    entry: Any
    differences: Mapping[str, tuple[Any, Any]]
    request: Any


def _request(kind: Kind, entry: Any, desired: Any, changed: Iterable[str]) -> Any:
    patch = kind.model_of("patches")(id=entry.id, **{name: getattr(desired, name) for name in changed})
    try:
        patch.validate()
        return patch
    except ValidationError:
        fields = {name: getattr(entry, name) for name in kind.fields}
        fields.update(
            {name: getattr(desired, name) for name in kind.fields if getattr(desired, name) is not UNSET}
        )
        put = kind.model_of("puts")(id=entry.id, **fields)
        put.validate()
        return put


def _differences(kind: Kind, entry: Any, desired: Any) -> dict[str, tuple[Any, Any]]:
    found = {}
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
    ) -> None:
        self.kind = kind
        self._apply = apply
        self._applied = False
        matched: dict[Key, Any] = {}
        others = []
        for entry in current:
            key = key_of(kind, entry)
            if key in wanted and key not in matched:
                matched[key] = entry
            else:
                others.append(entry)
        self.creates = tuple(request for key, request in wanted.items() if key not in matched)
        changes = []
        for key, entry in matched.items():
            differences = _differences(kind, entry, wanted[key])
            if differences:
                changes.append(Change(entry, differences, _request(kind, entry, wanted[key], differences)))
        self.changes = tuple(changes)
        self.unchanged = len(matched) - len(changes)
        self.deletes = tuple(others) if prune else ()
        self.left_alone = 0 if prune else len(others)

    def operations(self) -> Operations:
        """The plan as batch operations: deletes, patches, puts, posts."""
        puts = self.kind.model_of("puts")
        ref = model("EntryRef")
        return Operations(
            deletes=tuple(ref(id=entry.id) for entry in self.deletes),
            patches=tuple(c.request for c in self.changes if not isinstance(c.request, puts)),
            puts=tuple(c.request for c in self.changes if isinstance(c.request, puts)),
            posts=self.creates,
        )

    def builder(self) -> DeleteBatchBuilder:
        """A builder holding the plan's operations, to add to or to send yourself."""
        return builder_for(self.kind, self.operations())

    def apply(self, *, chunk_size: int = MAX_CHUNK) -> ApplyT:
        """Send the plan in chunked batches; a failure raises BatchError with what remains.

        Once only: the plan describes the account as it was, and its creates sent twice would be
        created twice. After a failure, resume with the error's `remaining`, or plan again.
        """
        if self._applied:
            raise StalePlanError(f"this {self.kind.name} plan was applied already; make a new plan")
        self._applied = True
        return self._apply(self.builder(), chunk_size=chunk_size)

    def __len__(self) -> int:
        return len(self.creates) + len(self.changes) + len(self.deletes)

    def __bool__(self) -> bool:
        return len(self) > 0

    def summary(self) -> str:
        counts = (
            f"{len(self.creates)} to create, {len(self.changes)} to change, {len(self.deletes)} to delete"
        )
        alone = f", {self.left_alone} not in the desired list left alone" if self.left_alone else ""
        return f"{self.kind.name}: {counts} ({self.unchanged} unchanged{alone})"

    def __repr__(self) -> str:
        return f"<Plan {self.summary()}>"

    def __str__(self) -> str:
        lines = [self.summary()]
        for request in self.creates:
            values = [
                f"{name}={json.dumps(plain(getattr(request, name)))}"
                for name in self.kind.fields[len(self.kind.key) :]
                if getattr(request, name) is not UNSET
            ]
            lines.append(f"+ {label(self.kind, key_of(self.kind, request))}  {' '.join(values)}")
        for change in self.changes:
            differences = "; ".join(
                f"{name}: {json.dumps(old)} -> {json.dumps(new)}"
                for name, (old, new) in change.differences.items()
            )
            lines.append(
                f"~ {label(self.kind, key_of(self.kind, change.entry))} [id {change.entry.id}]  {differences}"
            )
        for entry in self.deletes:
            lines.append(f"- {label(self.kind, key_of(self.kind, entry))} [id {entry.id}]")
        return "\n".join(lines)
