"""The sending_domain_restrictions resource.

Restrictions on sending domains; this API can only delete them, in batches.

Each method imports its endpoint module (and with it the models and attrs) on its first call, so
that `import` and `client.sending_domain_restrictions` stay cheap; models are named here for type
checkers only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ...types import RawResponse, RequestOptions

if TYPE_CHECKING:
    import httpx

    from ...client import AsyncClient, SyncClient
    from ...models.entry_ref import EntryRef, EntryRefDict
    from ...models.sending_domain_restriction_batch_result import SendingDomainRestrictionBatchResult


class SendingDomainRestrictions:
    """Restrictions on sending domains; this API can only delete them, in batches."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> SendingDomainRestrictionsWithRawResponse:
        """The same operations, returning RawResponse (status, headers, cf-ray and the parsed result)."""
        return SendingDomainRestrictionsWithRawResponse(self._client)

    def batch(
        self,
        *,
        deletes: Sequence[EntryRef | EntryRefDict | int] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SendingDomainRestrictionBatchResult:
        """Batch Sending Domain Restrictions.

        Send a Batch of `sending_domain_restrictions` API calls to be executed together. Only
        deletes are supported, and the result carries only deletes.

        POST /email-security/settings/sending_domain_restrictions/batch
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            deletes: At most 1000 entries.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_batch_sending_domain_restrictions

        return self._client.send(
            email_security_batch_sending_domain_restrictions.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
            ),
            email_security_batch_sending_domain_restrictions.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncSendingDomainRestrictions:
    """Restrictions on sending domains; this API can only delete them, in batches. (async)"""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncSendingDomainRestrictionsWithRawResponse:
        """The same operations, returning RawResponse (status, headers, cf-ray and the parsed result)."""
        return AsyncSendingDomainRestrictionsWithRawResponse(self._client)

    async def batch(
        self,
        *,
        deletes: Sequence[EntryRef | EntryRefDict | int] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SendingDomainRestrictionBatchResult:
        """Batch Sending Domain Restrictions.

        Send a Batch of `sending_domain_restrictions` API calls to be executed together. Only
        deletes are supported, and the result carries only deletes.

        POST /email-security/settings/sending_domain_restrictions/batch
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            deletes: At most 1000 entries.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_batch_sending_domain_restrictions

        return await self._client.send(
            email_security_batch_sending_domain_restrictions.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
            ),
            email_security_batch_sending_domain_restrictions.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class SendingDomainRestrictionsWithRawResponse:
    """Operations returning RawResponse."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def batch(
        self,
        *,
        deletes: Sequence[EntryRef | EntryRefDict | int] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[SendingDomainRestrictionBatchResult]:
        """Batch Sending Domain Restrictions, with its HTTP response."""
        from . import email_security_batch_sending_domain_restrictions

        return self._client.send_raw(
            email_security_batch_sending_domain_restrictions.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
            ),
            email_security_batch_sending_domain_restrictions.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncSendingDomainRestrictionsWithRawResponse:
    """Operations returning RawResponse (async)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def batch(
        self,
        *,
        deletes: Sequence[EntryRef | EntryRefDict | int] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[SendingDomainRestrictionBatchResult]:
        """Batch Sending Domain Restrictions, with its HTTP response."""
        from . import email_security_batch_sending_domain_restrictions

        return await self._client.send_raw(
            email_security_batch_sending_domain_restrictions.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
            ),
            email_security_batch_sending_domain_restrictions.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )
