"""The errors of the batch helpers: a chunk that failed part-way through, a missing optional package."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cf_email_security_generated.errors import (
    APIError,
    EmailSecurityError,
    ResponseValidationError,
    ValidationError,
)

if TYPE_CHECKING:
    from ._builder import DeleteBatchBuilder
    from ._operations import Operations


def may_have_applied(cause: BaseException) -> bool:
    """Whether the server may have applied a request that ended in `cause` (so resending is unsafe).

    An API error says so itself (`outcome_unknown`: a 5xx, a timeout after the request left, a
    dropped connection); an answer that could not be read leaves it unknown too.
    """
    if isinstance(cause, APIError):
        return cause.outcome_unknown
    if isinstance(cause, ValidationError):  # refused before sending
        return False
    # An answer that could not be read, or a failure outside the API's errors: nothing tells.
    return isinstance(cause, ResponseValidationError) or not isinstance(cause, EmailSecurityError)


class BatchError(EmailSecurityError):
    """Chunk `chunk` of `chunks` failed; the chunks before it were applied and nothing after it was sent.

    `applied` is the merged result of the applied chunks (the same type `batch` returns), `failed`
    the operations of the failed chunk, `cause` the exception, and `remaining` a builder holding the
    failed chunk and everything after it: `es.allow_policies.apply_batch(error.remaining)` resumes.
    When `outcome_unknown` is true (a 5xx or a timeout) the server may have applied the failed chunk
    anyway: look before resuming, or re-plan, which is safe either way.
    """

    def __init__(
        self,
        *,
        resource: str,
        applied: Any,
        failed: Operations,
        remaining: DeleteBatchBuilder,
        cause: Exception,
        chunk: int,
        chunks: int,
    ) -> None:
        counts = ", ".join(f"{count} {name}" for name, count in failed.counts().items() if count)
        what = (
            f"stopped on request before chunk {chunk} of {chunks} ({counts}) was sent"
            if isinstance(cause, ApplyStopped)
            else f"chunk {chunk} of {chunks} ({counts}) failed: {cause}"
        )
        super().__init__(
            f"{resource} batch {what}; {chunk - 1} chunk(s) applied, {len(remaining)} operation(s) remain"
        )
        self.resource: str = resource
        self.applied: Any = applied
        self.failed: Operations = failed
        self.remaining: DeleteBatchBuilder = remaining
        self.cause: Exception = cause
        self.chunk: int = chunk
        self.chunks: int = chunks

    @property
    def outcome_unknown(self) -> bool:
        """True when the server may have applied the failed chunk despite the error."""
        return may_have_applied(self.cause)


class ApplyStopped(EmailSecurityError):
    """An apply was stopped on request (a `stop` event, Ctrl-C or SIGTERM in the command line) before
    this request was sent: nothing of it reached the server."""


class StalePlanError(EmailSecurityError, RuntimeError):
    """A plan was applied (or its apply tried) already: applying it again could create duplicates."""


class MissingDependencyError(EmailSecurityError, ImportError):
    """An optional feature needs a package that is not installed; the message says which extra."""
