"""cloudflare-email-security: a typed client for Cloudflare's Email Security Settings API.

    from cf_email_security import EmailSecurity
    es = EmailSecurity()  # CLOUDFLARE_API_TOKEN (or _API_KEY + _EMAIL) and CLOUDFLARE_ACCOUNT_ID
    for policy in es.allow_policies.list(pattern_type="EMAIL"):
        print(policy.pattern)

The client is generated from spec/ into the `cf_email_security_generated` package; this package is
the stable public surface built on it. Models live in `cf_email_security.models`, loaded on first use.
Batch helpers (builders, chunked batches, plan/apply, export) live in `cf_email_security.batch`
and on `es.allow_policies`, `es.block_senders`, `es.trusted_domains`, `es.sending_domain_restrictions`.
"""

from cf_email_security_generated import VERSION, RateLimit
from cf_email_security_generated.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    EmailSecurityError,
    EventLoopError,
    InconsistentWalkError,
    InternalServerError,
    JobFailedError,
    JobNotFinishedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
    UnsuccessfulResponseError,
    ValidationError,
)
from cf_email_security_generated.runtime import (
    UNSET,
    AsyncCursorPager,
    AsyncPager,
    IncompleteWalkWarning,
    PageIgnoredWarning,
    RawResponse,
    RequestOptions,
    SyncCursorPager,
    SyncPager,
    Unset,
    WalkReport,
)

from ._clients import AsyncEmailSecurity, EmailSecurity
from .batch._errors import BatchError

__version__ = VERSION

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncCursorPager",
    "AsyncEmailSecurity",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "BatchError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "EmailSecurity",
    "EmailSecurityError",
    "EventLoopError",
    "IncompleteWalkWarning",
    "InconsistentWalkError",
    "InternalServerError",
    "JobFailedError",
    "JobNotFinishedError",
    "NotFoundError",
    "PageIgnoredWarning",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RawResponse",
    "RequestOptions",
    "ResponseValidationError",
    "SyncCursorPager",
    "SyncPager",
    "UnprocessableEntityError",
    "Unset",
    "UnsuccessfulResponseError",
    "ValidationError",
    "WalkReport",
    "__version__",
]
