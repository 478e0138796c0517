"""Collecting batch operations, each checked as it is added, so that a mistake surfaces at its line.

Entries are checked by the generated request models (`coerce_model` and `validate`), the same rules a
single `batch` call applies; on top, an id may be deleted, patched or put only once per batch.

For type checkers a resource's builder is a `BatchBuilder[post, patch, put]` of the entry types its
generated `batch` takes (`CreateAllowPolicy | CreateAllowPolicyDict`, ...), so that a misspelt key in
`post({...})` is an error there too; a builder made directly, `BatchBuilder("allow_policies")`, takes Any.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar

from cf_email_security_generated.errors import ValidationError
from cf_email_security_generated.runtime import coerce_model

from ._kinds import ORDER, Kind, kind_of
from ._operations import Operations

if TYPE_CHECKING:  # defaults of type parameters (PEP 696) are for type checkers only: Python 3.10 has none
    from typing_extensions import Self
    from typing_extensions import TypeVar as TypeVarWithDefault

    from cf_email_security_generated.models import EntryRef, EntryRefDict

    PostT = TypeVarWithDefault("PostT", default=Any)
    PatchT = TypeVarWithDefault("PatchT", default=Any)
    PutT = TypeVarWithDefault("PutT", default=Any)
else:
    PostT, PatchT, PutT = TypeVar("PostT"), TypeVar("PatchT"), TypeVar("PutT")

BuilderT = TypeVar("BuilderT", bound="DeleteBatchBuilder")
ID_ARRAYS = ("deletes", "patches", "puts")


class DeleteBatchBuilder:
    """Deletes for one resource, any number of them; `es.<resource>.apply_batch(builder)` sends them
    in chunks. Each `delete` checks its ids at once and adds all of them or none."""

    ARRAYS: tuple[str, ...] = ("deletes",)

    def __init__(self, resource: str | Kind) -> None:
        self.kind: Kind = kind_of(resource)
        if not set(self.ARRAYS) <= set(self.kind.arrays):
            raise ValueError(f"{self.kind.name} batches take only {', '.join(self.kind.arrays)}")
        self._arrays: dict[str, list[Any]] = {name: [] for name in ORDER}
        self._ids: dict[Any, str] = {}  # id -> where this batch already uses it, e.g. "deletes[3]"

    def delete(self: BuilderT, *refs: str | int | EntryRef | EntryRefDict) -> BuilderT:
        """Delete entries by id (the bare id, an EntryRef or {"id": ...})."""
        self._add("deletes", refs)
        return self

    @property
    def operations(self) -> Operations:
        """What has been collected, as plain data."""
        return Operations(**{name: tuple(self._arrays[name]) for name in ORDER})

    def __len__(self) -> int:
        return sum(map(len, self._arrays.values()))

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(items)} {name}" for name, items in self._arrays.items() if items)
        return f"{type(self).__name__}({self.kind.name}: {counts or 'empty'})"

    def _add(self, array: str, entries: tuple[Any, ...]) -> None:
        cls = self.kind.model_of(array)
        start = len(self._arrays[array])
        models: list[Any] = []
        claimed: dict[Any, str] = {}
        for offset, entry in enumerate(entries):
            path = f"{array}[{start + offset}]"
            model = coerce_model(cls, entry, path)
            model.validate(path)
            if array in ID_ARRAYS:
                where = self._ids.get(model.id) or claimed.get(model.id)
                if where is not None:
                    raise ValidationError(
                        f"{path}.id",
                        f"id {model.id} is already in {where}: "
                        "an entry may be deleted, patched or put once per batch",
                    )
                claimed[model.id] = path
            models.append(model)
        self._arrays[array].extend(models)
        self._ids.update(claimed)

    def _hold(self, operations: Operations) -> None:
        """Hold operations checked before (what remains after a failure, a plan's), in place of any."""
        for name in ORDER:
            self._arrays[name] = list(getattr(operations, name))
        self._ids = {
            model.id: f"{name}[{index}]"
            for name in ID_ARRAYS
            for index, model in enumerate(self._arrays[name])
        }


class BatchBuilder(DeleteBatchBuilder, Generic[PostT, PatchT, PutT]):
    """Posts, patches, puts and deletes for one resource, checked as they are added.

    Entries are the generated request models or mappings of their fields, e.g. for allow policies
    `post({"pattern": ..., "pattern_type": "EMAIL", ...})`, `patch({"id": 7, "comments": "VIP"})`.
    """

    ARRAYS: tuple[str, ...] = ORDER

    def post(self, *entries: PostT) -> Self:
        """Create entries (the resource's create model, e.g. CreateAllowPolicy, or a mapping)."""
        self._add("posts", entries)
        return self

    def patch(self, *entries: PatchT) -> Self:
        """Change the given fields of entries (with their `id`), leaving the others as they are."""
        self._add("patches", entries)
        return self

    def put(self, *entries: PutT) -> Self:
        """Replace entries (with their `id`) by the given fields."""
        self._add("puts", entries)
        return self


def builder_for(kind: Kind, operations: Operations) -> DeleteBatchBuilder:
    """A builder already holding `operations` (checked before), e.g. what remains after a failure."""
    builder = BatchBuilder(kind) if kind.arrays == ORDER else DeleteBatchBuilder(kind)
    builder._hold(operations)  # pyright: ignore[reportPrivateUsage]  # this module's own factory
    return builder
