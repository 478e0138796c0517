"""The batch helpers as resource methods, mixed into the overlay's subclasses of the generated resources.

Each method does its I/O (list, batch) through the generated resource it is mixed into and leaves
every decision to the pure modules: the sync and async classes differ only in `await`.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterable, Awaitable, Callable, Coroutine, Iterable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar, cast

from ._kinds import MAX_CHUNK, Kind

if TYPE_CHECKING:
    from ._builder import BatchBuilder, DeleteBatchBuilder
    from ._plan import Plan

ResultT = TypeVar("ResultT")
ApplyT = TypeVar("ApplyT")
ResultT_co = TypeVar("ResultT_co", covariant=True)


class _SyncResource(Protocol[ResultT_co]):
    """What the mixins use of a generated sync resource."""

    def batch(self, *, account_id: str | None = None, **arrays: Any) -> ResultT_co: ...
    def list(self, *, account_id: str | None = None) -> Iterable[Any]: ...


class _AsyncResource(Protocol[ResultT_co]):
    def batch(self, *, account_id: str | None = None, **arrays: Any) -> Awaitable[ResultT_co]: ...
    def list(self, *, account_id: str | None = None) -> AsyncIterable[Any]: ...


class DeleteBatchMethods:
    """`batch_builder()`, for a resource whose batch takes deletes only."""

    _batch_kind: ClassVar[Kind]

    def batch_builder(self) -> DeleteBatchBuilder:
        """An empty builder for this resource; send it with `apply_batch`."""
        from ._builder import DeleteBatchBuilder

        return DeleteBatchBuilder(self._batch_kind)

    def _checked(self, builder: DeleteBatchBuilder) -> DeleteBatchBuilder:
        if builder.kind != self._batch_kind:
            raise ValueError(f"a {builder.kind.name} builder cannot be applied to {self._batch_kind.name}")
        return builder


class BatchMethods(DeleteBatchMethods):
    """`batch_builder()` for a resource whose batch takes posts, patches, puts and deletes."""

    def batch_builder(self) -> BatchBuilder:
        """An empty builder for this resource; send it with `apply_batch`."""
        from ._builder import BatchBuilder

        return BatchBuilder(self._batch_kind)

    def _desired(self, desired: Iterable[Any]) -> dict[tuple[Any, ...], Any]:
        from ._plan import read_desired

        return read_desired(self._batch_kind, desired)

    def _plan(
        self,
        current: Iterable[Any],
        wanted: dict[tuple[Any, ...], Any],
        prune: bool,
        apply: Callable[..., ApplyT],
    ) -> Plan[ApplyT]:
        from ._plan import Plan

        return Plan(self._batch_kind, current, wanted, prune=prune, apply=apply)

    def _export(self, entries: Iterable[Any], format: str) -> str:
        from ._export import dumps, rows

        return dumps(rows(self._batch_kind, entries), format)


class SyncApply(DeleteBatchMethods, Generic[ResultT]):
    """`apply_batch` for a sync resource."""

    def apply_batch(
        self, builder: DeleteBatchBuilder, *, chunk_size: int = MAX_CHUNK, account_id: str | None = None
    ) -> ResultT:
        """Send a builder's operations in batches of at most `chunk_size` per array, deletes first;
        the merged result. On a failure, BatchError carries what was applied and what remains."""
        from ._apply import apply_sync

        send = cast("_SyncResource[ResultT]", self).batch
        return apply_sync(functools.partial(send, account_id=account_id), self._checked(builder), chunk_size)


class AsyncApply(DeleteBatchMethods, Generic[ResultT]):
    """`apply_batch` for an async resource: chunks go one after another."""

    async def apply_batch(
        self, builder: DeleteBatchBuilder, *, chunk_size: int = MAX_CHUNK, account_id: str | None = None
    ) -> ResultT:
        """Send a builder's operations in batches of at most `chunk_size` per array, deletes first;
        the merged result. On a failure, BatchError carries what was applied and what remains."""
        from ._apply import apply_async

        send = cast("_AsyncResource[ResultT]", self).batch
        return await apply_async(
            functools.partial(send, account_id=account_id), self._checked(builder), chunk_size
        )


class SyncBatchMethods(BatchMethods, SyncApply[ResultT]):
    """batch_builder, apply_batch, plan and export for a sync resource."""

    def plan(
        self, desired: Iterable[Any], *, prune: bool = False, account_id: str | None = None
    ) -> Plan[ResultT]:
        """Compare `desired` entries with the account's, by natural key; nothing is sent until
        `plan.apply()`. With prune, entries the desired list does not name are deleted too."""
        wanted = self._desired(desired)  # checked before anything is sent
        current = cast("_SyncResource[ResultT]", self).list(account_id=account_id)
        return self._plan(current, wanted, prune, functools.partial(self.apply_batch, account_id=account_id))

    def export(self, format: str = "json", *, account_id: str | None = None) -> str:
        """The account's entries as JSON or YAML (the `yaml` extra), in the shape `plan` reads."""
        from ._export import check_format

        check_format(format)
        return self._export(cast("_SyncResource[ResultT]", self).list(account_id=account_id), format)


class AsyncBatchMethods(BatchMethods, AsyncApply[ResultT]):
    """batch_builder, apply_batch, plan and export for an async resource; `await plan.apply()`."""

    async def plan(
        self, desired: Iterable[Any], *, prune: bool = False, account_id: str | None = None
    ) -> Plan[Coroutine[Any, Any, ResultT]]:
        """Compare `desired` entries with the account's, by natural key; nothing is sent until
        `await plan.apply()`. With prune, entries the desired list does not name are deleted too."""
        wanted = self._desired(desired)
        current = [entry async for entry in cast("_AsyncResource[ResultT]", self).list(account_id=account_id)]
        apply = functools.partial(self.apply_batch, account_id=account_id)
        return self._plan(current, wanted, prune, apply)

    async def export(self, format: str = "json", *, account_id: str | None = None) -> str:
        """The account's entries as JSON or YAML (the `yaml` extra), in the shape `plan` reads."""
        from ._export import check_format

        check_format(format)
        entries = [entry async for entry in cast("_AsyncResource[ResultT]", self).list(account_id=account_id)]
        return self._export(entries, format)
