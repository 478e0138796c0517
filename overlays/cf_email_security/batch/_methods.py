"""The batch helpers as resource methods, mixed into the overlay's subclasses of the generated resources.

Each method does its I/O (list, batch) through the generated resource it is mixed into and leaves
every decision to the pure modules: the sync and async classes differ only in `await`.

For type checkers, `batch_builder` and `plan` read the entry types off the generated resource's own
signatures (a Protocol as the type of `self`): `es.allow_policies.batch_builder().post(...)` takes what
`es.allow_policies.batch(posts=...)` takes, `CreateAllowPolicy | CreateAllowPolicyDict`; `plan` takes
those, entries as `list` returns them, or any mapping (rows read from a file are not typed).
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterable, Awaitable, Callable, Coroutine, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar, cast

from ._kinds import Kind

if TYPE_CHECKING:
    from ._builder import BatchBuilder, DeleteBatchBuilder
    from ._plan import Plan
    from ._single import AppliedPlan, StopSignal

ResultT = TypeVar("ResultT")
ApplyT = TypeVar("ApplyT")
ResultT_co = TypeVar("ResultT_co", covariant=True)
PostT = TypeVar("PostT")
PatchT = TypeVar("PatchT")
PutT = TypeVar("PutT")
EntryT = TypeVar("EntryT")
EntryT_co = TypeVar("EntryT_co", covariant=True)
PostT_contra = TypeVar("PostT_contra", contravariant=True)
PatchT_contra = TypeVar("PatchT_contra", contravariant=True)
PutT_contra = TypeVar("PutT_contra", contravariant=True)


class _SyncWalk(Protocol):
    def to_list(self, *, strict: bool = ...) -> list[Any]: ...


class _AsyncWalk(Protocol):
    def to_list(self, *, strict: bool = ...) -> Awaitable[list[Any]]: ...


class _SyncResource(Protocol[ResultT_co]):
    """What the mixins use of a generated sync resource."""

    def batch(self, *, account_id: str | None = None, **arrays: Any) -> ResultT_co: ...
    def list(self, *, account_id: str | None = None, per_page: int = ...) -> _SyncWalk: ...


class _AsyncResource(Protocol[ResultT_co]):
    def batch(self, *, account_id: str | None = None, **arrays: Any) -> Awaitable[ResultT_co]: ...
    def list(self, *, account_id: str | None = None, per_page: int = ...) -> _AsyncWalk: ...


class _Batches(Protocol[PostT_contra, PatchT_contra, PutT_contra]):
    """A resource as `batch_builder` types it: the entries its batch arrays take."""

    def batch(
        self,
        *,
        patches: Sequence[PatchT_contra] = ...,
        posts: Sequence[PostT_contra] = ...,
        puts: Sequence[PutT_contra] = ...,
    ) -> object: ...


class _Plans(Protocol[PostT_contra, EntryT_co, ResultT_co]):
    """A resource as `plan` types it: what a post takes and what `list` yields, besides the helpers."""

    def batch(self, *, posts: Sequence[PostT_contra] = ...) -> object: ...
    def list(self) -> Iterable[EntryT_co] | AsyncIterable[EntryT_co]: ...
    def apply_batch(
        self,
        builder: DeleteBatchBuilder,
        *,
        chunk_size: int | None = ...,
        account_id: str | None = ...,
        stop: StopSignal | None = ...,
        keep_results: bool = ...,
    ) -> ResultT_co: ...


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


class PlanCore:
    """What plan and export share, sync or async, batch or single calls: all of it pure."""

    _batch_kind: ClassVar[Kind]

    def _desired(self, desired: Iterable[Any]) -> dict[tuple[Any, ...], Any]:
        from ._plan import read_desired

        return read_desired(self._batch_kind, desired)

    def _plan(
        self,
        current: Iterable[Any],
        wanted: dict[tuple[Any, ...], Any],
        prune: bool,
        apply: Callable[..., ApplyT],
        delete: Iterable[Any] = (),
    ) -> Plan[ApplyT]:
        from ._plan import Plan, named_keys

        policy = self._batch_kind.plan_policy
        if prune and not policy.prune:
            from cf_email_security_generated.errors import ValidationError

            raise ValidationError(
                "prune", f"a {self._batch_kind.name} plan deletes only what delete= names, never all the rest"
            )
        keys = named_keys(self._batch_kind, delete)
        return Plan(self._batch_kind, current, wanted, prune=prune, apply=apply, policy=policy, delete=keys)

    def _export(self, entries: Iterable[Any], format: str) -> str:
        from ._export import dumps, rows

        return dumps(rows(self._batch_kind, entries), format, resource=self._batch_kind.name)


class BatchMethods(DeleteBatchMethods, PlanCore):
    """`batch_builder()` for a resource whose batch takes posts, patches, puts and deletes."""

    def batch_builder(self: _Batches[PostT, PatchT, PutT]) -> BatchBuilder[PostT, PatchT, PutT]:
        """An empty builder for this resource; send it with `apply_batch`."""
        from ._builder import BatchBuilder

        return BatchBuilder(cast(BatchMethods, self)._batch_kind)


class SyncApply(DeleteBatchMethods, Generic[ResultT]):
    """`apply_batch` for a sync resource."""

    def apply_batch(
        self,
        builder: DeleteBatchBuilder,
        *,
        chunk_size: int | None = None,
        account_id: str | None = None,
        stop: StopSignal | None = None,
        keep_results: bool = True,
    ) -> ResultT:
        """Send a builder's operations in batches of at most `chunk_size` per array (by default, and
        at most, what the resource's batch takes), deletes first; the merged result (its arrays left
        empty with `keep_results=False`). On a failure, or once `stop` is set, BatchError carries what
        was applied and what remains."""
        from ._apply import apply_sync

        send = functools.partial(cast("_SyncResource[ResultT]", self).batch, account_id=account_id)
        return apply_sync(send, self._checked(builder), chunk_size, stop, keep_results)


class AsyncApply(DeleteBatchMethods, Generic[ResultT]):
    """`apply_batch` for an async resource: chunks go one after another."""

    async def apply_batch(
        self,
        builder: DeleteBatchBuilder,
        *,
        chunk_size: int | None = None,
        account_id: str | None = None,
        stop: StopSignal | None = None,
        keep_results: bool = True,
    ) -> ResultT:
        """Send a builder's operations in batches of at most `chunk_size` per array (by default, and
        at most, what the resource's batch takes), deletes first; the merged result (its arrays left
        empty with `keep_results=False`). On a failure, or once `stop` is set, BatchError carries what
        was applied and what remains."""
        from ._apply import apply_async

        send = functools.partial(cast("_AsyncResource[ResultT]", self).batch, account_id=account_id)
        return await apply_async(send, self._checked(builder), chunk_size, stop, keep_results)


class SyncPlans(PlanCore):
    """plan and export for a sync resource."""

    def _current(self, account_id: str | None) -> list[Any]:
        # strict: a walk that saw other than total_count entries (entries changed while it ran) raises
        # InconsistentWalkError, as a plan made from it could delete wanted entries or duplicate them.
        walk = cast("_SyncResource[Any]", self).list(account_id=account_id, **self._batch_kind.page_size)
        return walk.to_list(strict=True)

    def export(self, format: str = "json", *, account_id: str | None = None) -> str:
        """The account's entries as JSON, YAML (the `yaml` extra) or CSV, in the shape `plan` reads."""
        from ._export import check_format

        check_format(format)
        return self._export(self._current(account_id), format)


class AsyncPlans(PlanCore):
    """plan and export for an async resource."""

    async def _current(self, account_id: str | None) -> list[Any]:
        walk = cast("_AsyncResource[Any]", self).list(account_id=account_id, **self._batch_kind.page_size)
        return await walk.to_list(strict=True)

    async def export(self, format: str = "json", *, account_id: str | None = None) -> str:
        """The account's entries as JSON, YAML (the `yaml` extra) or CSV, in the shape `plan` reads."""
        from ._export import check_format

        check_format(format)
        return self._export(await self._current(account_id), format)


class SyncBatchMethods(BatchMethods, SyncApply[ResultT], SyncPlans):
    """batch_builder, apply_batch, plan and export for a sync resource whose batch carries a whole plan."""

    def plan(
        self: _Plans[PostT, EntryT, ResultT],
        desired: Iterable[PostT | EntryT | Mapping[str, Any]],
        *,
        prune: bool = False,
        delete: Iterable[Any] = (),
        account_id: str | None = None,
    ) -> Plan[ResultT]:
        """Compare `desired` entries with the account's, by natural key; nothing is sent until
        `plan.apply()`. With prune, entries the desired list does not name are deleted too; `delete`
        names (by natural key) entries to delete where prune is refused (domains)."""
        core = cast("SyncBatchMethods[ResultT]", self)  # `self` is typed by what it takes and returns
        wanted = core._desired(desired)  # checked before anything is sent
        current = core._current(account_id)

        def apply(
            plan: Plan[ResultT], chunk_size: int | None, stop: StopSignal | None, keep_results: bool
        ) -> ResultT:
            return self.apply_batch(
                plan.builder(),
                chunk_size=chunk_size,
                account_id=account_id,
                stop=stop,
                keep_results=keep_results,
            )

        return core._plan(current, wanted, prune, apply, delete)


class AsyncBatchMethods(BatchMethods, AsyncApply[ResultT], AsyncPlans):
    """batch_builder, apply_batch, plan and export for an async resource; `await plan.apply()`."""

    async def plan(
        self: _Plans[PostT, EntryT, Coroutine[Any, Any, ResultT]],
        desired: Iterable[PostT | EntryT | Mapping[str, Any]],
        *,
        prune: bool = False,
        delete: Iterable[Any] = (),
        account_id: str | None = None,
    ) -> Plan[Coroutine[Any, Any, ResultT]]:
        """Compare `desired` entries with the account's, by natural key; nothing is sent until
        `await plan.apply()`. With prune, entries the desired list does not name are deleted too."""
        core = cast("AsyncBatchMethods[ResultT]", self)  # `self` is typed by what it takes and returns
        wanted = core._desired(desired)
        current = await core._current(account_id)

        def apply(
            plan: Any, chunk_size: int | None, stop: StopSignal | None, keep_results: bool
        ) -> Coroutine[Any, Any, ResultT]:
            return self.apply_batch(
                plan.builder(),
                chunk_size=chunk_size,
                account_id=account_id,
                stop=stop,
                keep_results=keep_results,
            )

        return core._plan(current, wanted, prune, apply, delete)


class SyncSinglePlans(SyncPlans):
    """plan and export for a sync resource whose batch (if any) cannot carry a whole plan: what it
    cannot carry goes in single create, update and delete calls."""

    def plan(
        self,
        desired: Iterable[Any],
        *,
        prune: bool = False,
        delete: Iterable[Any] = (),
        account_id: str | None = None,
    ) -> Plan[AppliedPlan]:
        """Compare `desired` entries with the account's, by natural key; nothing is sent until
        `plan.apply()`, which returns an AppliedPlan. With prune, unnamed entries are deleted too."""
        wanted = self._desired(desired)
        current = self._current(account_id)

        def apply(
            plan: Plan[AppliedPlan], chunk_size: int | None, stop: StopSignal | None, keep_results: bool
        ) -> AppliedPlan:
            from ._single import AppliedPlan, apply_single_sync

            applied = AppliedPlan()
            if plan.operations():
                applied.batch = self.apply_batch(  # type: ignore[attr-defined]
                    plan.builder(),
                    chunk_size=chunk_size,
                    account_id=account_id,
                    stop=stop,
                    keep_results=keep_results,
                )
            calls = plan.single_calls()
            return apply_single_sync(
                self._batch_kind.name, self, calls, applied, account_id, stop, keep_results
            )

        return self._plan(current, wanted, prune, apply, delete)


class AsyncSinglePlans(AsyncPlans):
    """`SyncSinglePlans` for an async resource; `await plan.apply()`."""

    async def plan(
        self,
        desired: Iterable[Any],
        *,
        prune: bool = False,
        delete: Iterable[Any] = (),
        account_id: str | None = None,
    ) -> Plan[Coroutine[Any, Any, AppliedPlan]]:
        """Compare `desired` entries with the account's, by natural key; nothing is sent until
        `await plan.apply()`, which returns an AppliedPlan. With prune, unnamed entries are deleted too."""
        wanted = self._desired(desired)
        current = await self._current(account_id)

        async def apply(
            plan: Any, chunk_size: int | None, stop: StopSignal | None, keep_results: bool
        ) -> AppliedPlan:
            from ._single import AppliedPlan, apply_single_async

            applied = AppliedPlan()
            if plan.operations():
                applied.batch = await self.apply_batch(  # type: ignore[attr-defined]
                    plan.builder(),
                    chunk_size=chunk_size,
                    account_id=account_id,
                    stop=stop,
                    keep_results=keep_results,
                )
            calls = plan.single_calls()
            return await apply_single_async(
                self._batch_kind.name, self, calls, applied, account_id, stop, keep_results
            )

        return self._plan(current, wanted, prune, apply, delete)
