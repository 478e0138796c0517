"""Sending a builder's operations chunk by chunk, merging the results, and failing without losing any.

`ChunkedRun` holds everything but the I/O, so the sync and async loops are four lines each. Neither
re-sends a chunk: the client's retry policy already re-sends a POST exactly where that is safe (429,
connection not made), and re-sending after a 5xx or a timeout could apply a chunk twice. A `stop`
event set while a chunk is in flight lets that chunk finish and sends no other: BatchError then says
what was applied, with ApplyStopped as its cause.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from cf_email_security_generated.runtime import check

from ._builder import DeleteBatchBuilder, builder_for
from ._errors import ApplyStopped, BatchError
from ._operations import Operations, merge_into

if TYPE_CHECKING:
    from ._single import StopSignal

ResultT = TypeVar("ResultT")


class ChunkedRun(Generic[ResultT]):
    """One chunked application: its chunks in order, the merged results so far, the next chunk."""

    def __init__(
        self, builder: DeleteBatchBuilder, chunk_size: int | None, stop: StopSignal | None, keep_results: bool
    ) -> None:
        self.kind = builder.kind
        # At most what the resource's batch takes (the spec's maxItems), and that by default.
        size = self.kind.max_items if chunk_size is None else chunk_size
        check(size, "", "chunk_size", int, required=True, minimum=1, maximum=self.kind.max_items)
        self.chunks = list(builder.operations.chunks(size))
        self.applied = cast(ResultT, self.kind.empty_result())
        self.done = 0
        self.stop = stop
        self.keep_results = keep_results

    def __iter__(self) -> Iterator[dict[str, list[Any]]]:
        """The arrays of each chunk, as keyword arguments for the resource's `batch`; none once a
        stop is asked for (BatchError, caused by ApplyStopped, then says what was applied)."""
        while self.done < len(self.chunks):
            if self.stop is not None and self.stop.is_set():
                with self.sending():
                    raise ApplyStopped("stopped on request before this chunk was sent")
            yield self.chunks[self.done].arrays(self.kind.arrays)

    def record(self, result: ResultT) -> None:
        """The current chunk was applied: merge its result (unless results are not kept) and move on."""
        if self.keep_results:
            merge_into(self.applied, result, self.kind.arrays)
        self.done += 1

    @contextmanager
    def sending(self) -> Generator[None, None, None]:
        """Turns any error while sending the current chunk into a BatchError that loses nothing: a
        failure of ours (not the API's) after earlier chunks were applied must still say what was."""
        try:
            yield
        except Exception as cause:
            remaining = sum(self.chunks[self.done :], Operations())
            raise BatchError(
                resource=self.kind.name,
                applied=self.applied,
                failed=self.chunks[self.done],
                remaining=builder_for(self.kind, remaining),
                cause=cause,
                chunk=self.done + 1,
                chunks=len(self.chunks),
            ) from cause


def apply_sync(
    send: Callable[..., ResultT],
    builder: DeleteBatchBuilder,
    chunk_size: int | None,
    stop: StopSignal | None = None,
    keep_results: bool = True,
) -> ResultT:
    """Send every chunk in order with `send` (a resource's `batch`); the merged result."""
    run: ChunkedRun[ResultT] = ChunkedRun(builder, chunk_size, stop, keep_results)
    for arrays in run:
        with run.sending():
            run.record(send(**arrays))
    return run.applied


async def apply_async(
    send: Callable[..., Awaitable[ResultT]],
    builder: DeleteBatchBuilder,
    chunk_size: int | None,
    stop: StopSignal | None = None,
    keep_results: bool = True,
) -> ResultT:
    """`apply_sync` for the async client: the chunks go one after another, never at once."""
    run: ChunkedRun[ResultT] = ChunkedRun(builder, chunk_size, stop, keep_results)
    for arrays in run:
        with run.sending():
            run.record(await send(**arrays))
    return run.applied
