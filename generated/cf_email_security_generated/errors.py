"""One exception hierarchy for everything the client raises, rooted at EmailSecurityError.

No exception message or repr carries a credential: requests are described by method and URL only.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

import httpx

if TYPE_CHECKING:
    from ._pagination import WalkReport

EXCERPT_LENGTH = 200


class EmailSecurityError(Exception):
    """The root: catch this to catch anything the SDK raises on purpose."""


class ConfigurationError(EmailSecurityError, ValueError):
    """The client cannot be built as configured (missing credentials or account id, unsafe base URL)."""


class ClientClosedError(EmailSecurityError, RuntimeError):
    """The client was closed; create a new one."""


class EventLoopError(EmailSecurityError, RuntimeError):
    """An async client was used from another event loop than the one its connections belong to."""


class ValidationError(EmailSecurityError, ValueError):
    """An argument breaks a rule of the spec; raised before anything is sent."""

    def __init__(self, field: str, rule: str) -> None:
        super().__init__(f"{field}: {rule}")
        self.field: str = field
        self.rule: str = rule


class ResponseValidationError(EmailSecurityError):
    """The server answered with a body that does not fit the spec (a missing field, a wrong type)."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field: str = field
        self.problem: str = problem


class InconsistentWalkError(EmailSecurityError):
    """A list walk saw other than the server's `total_count` unique items (entries added or removed
    while it ran, a server that caps `per_page`): acting on it could create duplicates or delete
    wanted entries. `report` (a WalkReport) says what was seen; walking again usually succeeds."""

    def __init__(self, report: WalkReport) -> None:
        super().__init__(f"the list walk is not consistent: {report}")
        self.report: WalkReport = report


class JobFailedError(EmailSecurityError):
    """A long-running job that `wait()` followed ended in failure; `job` is its last state."""

    def __init__(self, job: Any, state: str) -> None:
        super().__init__(f"the job ended {state}")
        self.job: Any = job
        self.state: str = state


class JobNotFinishedError(EmailSecurityError):
    """`wait()` gave up (its timeout passed, or it was asked to stop) while the job still runs on the
    server: nothing was cancelled. `job` is the last state seen; wait again or cancel it."""

    def __init__(self, job: Any, reason: str) -> None:
        super().__init__(f"stopped waiting ({reason}); the job goes on on the server")
        self.job: Any = job
        self.reason: str = reason


WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
UNKNOWN_OUTCOME = "; it may have been applied: look before sending it again"


class APIError(EmailSecurityError):
    """A request was attempted and failed; `method` and `url` say which.

    `outcome_unknown` is true when a request that changes something (a create above all) may have
    reached the server and been carried out although it failed: a 5xx, a timeout or a connection lost
    after sending. Sending it again blindly could apply it twice; list or get first. It is false for
    a refusal (a 4xx), a connection never made and any read.
    """

    def __init__(self, message: str, *, method: str, url: str, outcome_unknown: bool = False) -> None:
        super().__init__(message + (UNKNOWN_OUTCOME if outcome_unknown else ""))
        self.method: str = method
        self.url: str = url
        self.outcome_unknown: bool = outcome_unknown


class APIConnectionError(APIError):
    """No response arrived: the connection failed or broke."""


class APITimeoutError(APIConnectionError):
    """No response arrived in time."""


class APIStatusError(APIError):
    """The server answered with an error: an error status, or `success: false` in the envelope."""

    def __init__(
        self,
        response: httpx.Response,
        body: Any,
        *,
        method: str,
        url: str,
        outcome_unknown: bool | None = None,
    ) -> None:
        self.response: httpx.Response = response
        self.status_code: int = response.status_code
        self.cf_ray: str | None = response.headers.get("cf-ray")
        envelope: dict[str, Any] = cast("dict[str, Any]", body) if isinstance(body, dict) else {}
        self.errors: list[dict[str, Any]] = _messages(envelope.get("errors"))
        self.messages: list[dict[str, Any]] = _messages(envelope.get("messages"))
        self.body_excerpt: str = "" if isinstance(body, dict) else _excerpt(response)
        # Seconds the server asked to wait (Retry-After or retry-after-ms), e.g. longer than retries wait.
        self.retry_after: float | None = retry_after_seconds(response.headers)
        detail = "; ".join(f"{e.get('code')}: {e.get('message')}" for e in self.errors) or self.body_excerpt
        message = f"{method} {url} -> {self.status_code}"
        if detail:
            message += f": {detail}"
        if self.cf_ray:
            message += f" (cf-ray {self.cf_ray})"
        if outcome_unknown is None:
            outcome_unknown = server_may_have_acted(method, self.status_code)
        super().__init__(message, method=method, url=url, outcome_unknown=outcome_unknown)


class BadRequestError(APIStatusError):
    """400: the server refused the request as malformed."""


class AuthenticationError(APIStatusError):
    """401: the credentials are missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials lack a permission (Cloud Email Security: Read or Write)."""


class NotFoundError(APIStatusError):
    """404: no such entry (or account)."""


class ConflictError(APIStatusError):
    """409: the change conflicts with the current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but its content was refused."""


class RateLimitError(APIStatusError):
    """429: too many requests (Cloudflare allows 1200 per 5 minutes per user)."""


class InternalServerError(APIStatusError):
    """5xx: the server or the edge failed."""


class UnsuccessfulResponseError(APIStatusError):
    """A 2xx status whose envelope says `success: false` (the official SDK returns None here)."""


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def server_may_have_acted(method: str, status: int) -> bool:
    """Whether a write answered with `status` may have been carried out anyway: a 5xx (the server
    or the edge failed, maybe after acting) or a 408 (the answer was abandoned)."""
    return method in WRITE_METHODS and (status >= 500 or status == 408)


def status_error(
    response: httpx.Response, body: Any, *, method: str, url: str, outcome_unknown: bool | None = None
) -> APIStatusError:
    """The exception for an error answer: a class per status, InternalServerError for any 5xx.
    `outcome_unknown` is worked out from the method and status unless given."""
    status = response.status_code
    if 200 <= status < 300:
        cls: type[APIStatusError] = UnsuccessfulResponseError
    elif status >= 500:
        cls = InternalServerError
    else:
        cls = STATUS_ERRORS.get(status, APIStatusError)
    return cls(response, body, method=method, url=url, outcome_unknown=outcome_unknown)


def retry_after_seconds(headers: httpx.Headers | None) -> float | None:
    """What `retry-after-ms` or `Retry-After` (seconds or an HTTP date) asks for, if either does."""
    if headers is None:
        return None
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            value = float(milliseconds) / 1000
        except ValueError:
            pass
        else:
            return value if math.isfinite(value) else None
    text = headers.get("retry-after")
    if text is None:
        return None
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) else None
    import email.utils  # rare path; importing it up front costs every user ~20 ms

    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return when.timestamp() - time.time()


def _messages(value: Any) -> list[dict[str, Any]]:
    """Cloudflare's errors[]/messages[] entries, kept as given but never trusted to be well-formed."""
    if not isinstance(value, list):
        return []
    items = cast("Sequence[Any]", value)
    return [item if isinstance(item, dict) else {"message": str(item)} for item in items]


def _excerpt(response: httpx.Response) -> str:
    """A short, single-line start of a non-JSON body (an HTML error page from the edge, say)."""
    text = " ".join(response.text.split())
    return text[:EXCERPT_LENGTH] + ("..." if len(text) > EXCERPT_LENGTH else "")
