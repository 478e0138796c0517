"""The sending_domain_restrictions resource.

Sending domains whose mail must arrive over TLS, with subdomains exempted.

Each method imports its endpoint module (and with it the models and attrs) on its first call, so
that `import` and `client.sending_domain_restrictions` stay cheap; models are named here for type
checkers only.
"""

from __future__ import annotations

import builtins
import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ..._pagination import DEFAULT_PER_PAGE, AsyncPager, SyncPager
from ...types import UNSET, RawResponse, RequestOptions, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AsyncClient, SyncClient
    from ...models.domain_order import DomainOrder, DomainOrderValue
    from ...models.entry_ref import EntryRef, EntryRefDict
    from ...models.sending_domain_restriction import SendingDomainRestriction
    from ...models.sending_domain_restriction_batch_result import SendingDomainRestrictionBatchResult
    from ...models.sending_domain_restriction_list_response import SendingDomainRestrictionListResponse
    from ...models.sorting_direction import SortingDirection, SortingDirectionValue


class SendingDomainRestrictions:
    """Sending domains whose mail must arrive over TLS, with subdomains exempted."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> SendingDomainRestrictionsWithRawResponse:
        """The same operations, returning RawResponse (status, headers, cf-ray and the parsed result)."""
        return SendingDomainRestrictionsWithRawResponse(self._client)

    def batch(
        self,
        *,
        deletes: Sequence[EntryRef | EntryRefDict | str] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SendingDomainRestrictionBatchResult:
        """Batch sending domain restriction operations.

        Deletes sending domain restrictions atomically (deletes only; the result carries only
        deletes), at most 1000 per request. SPEC-0722 has this operation and this document follows
        it; DOCS-1008, TS-7.1 and PY-5.9.0 do not list it, so it may be hidden or on its way out:
        where it fails, delete one by one.

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

    def create(
        self,
        *,
        domain: str,
        exclude: builtins.list[str],
        comments: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SendingDomainRestriction:
        """Create a sending domain restriction.

        Requires TLS for mail from a domain: mail without TLS from it is dropped unless it comes
        from an excluded subdomain. The response carries the restriction with its id.

        POST /email-security/settings/sending_domain_restrictions
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domain: The domain that requires TLS.
            exclude: Subdomains exempt from the TLS requirement.
            comments: At most 1024 characters.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_create_sending_domain_restriction

        return self._client.send(
            email_security_create_sending_domain_restriction.build_request(
                self._client.resolve_account(account_id),
                domain=domain,
                exclude=exclude,
                comments=comments,
            ),
            email_security_create_sending_domain_restriction.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def delete(
        self,
        sending_domain_restriction_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> EntryRef:
        """Delete a sending domain restriction.

        Deletes a restriction; TLS is no longer required for the domain. The response carries its
        id.

        DELETE /email-security/settings/sending_domain_restrictions/{sending_domain_restriction_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            sending_domain_restriction_id: The id of the sending domain restriction.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_delete_sending_domain_restriction

        return self._client.send(
            email_security_delete_sending_domain_restriction.build_request(
                self._client.resolve_account(account_id),
                sending_domain_restriction_id,
            ),
            email_security_delete_sending_domain_restriction.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def get(
        self,
        sending_domain_restriction_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SendingDomainRestriction:
        """Get a sending domain restriction.

        Gets one sending domain restriction by its id.

        GET /email-security/settings/sending_domain_restrictions/{sending_domain_restriction_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            sending_domain_restriction_id: The id of the sending domain restriction.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_get_sending_domain_restriction

        return self._client.send(
            email_security_get_sending_domain_restriction.build_request(
                self._client.resolve_account(account_id),
                sending_domain_restriction_id,
            ),
            email_security_get_sending_domain_restriction.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        search: str | Unset = UNSET,
        order: DomainOrder | DomainOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SyncPager[SendingDomainRestriction, SendingDomainRestrictionListResponse]:
        """List sending domain restrictions.

        Lists, searches and sorts the sending domains whose mail must arrive over TLS.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/sending_domain_restrictions
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; upstream caps it at 1000. 1 to 1000.
            search: Searches several properties of a record at once. Upstream says its behavior may
                change: meant for people, not automation; prefer the specific filters in tools.
            order: The field to sort by. One of domain, created_at.
            direction: The sorting direction. One of asc, desc.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_list_sending_domain_restrictions

        request = functools.partial(
            email_security_list_sending_domain_restrictions.build_request,
            self._client.resolve_account(account_id),
            search=search,
            order=order,
            direction=direction,
            per_page=per_page,
        )
        first = request(page=page)  # validates now: bad input raises before the first page is fetched
        options = RequestOptions.of(timeout, extra_headers, extra_query)  # every page is fetched with them

        def fetch(number: int) -> SendingDomainRestrictionListResponse:
            spec = first if number == page else request(page=number)
            return self._client.send(spec, email_security_list_sending_domain_restrictions.parse, options)

        return SyncPager(fetch, first_page=page, per_page=per_page)

    def update(
        self,
        sending_domain_restriction_id: str,
        *,
        comments: str | Unset | None = UNSET,
        domain: str | Unset = UNSET,
        exclude: builtins.list[str] | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SendingDomainRestriction:
        """Update a sending domain restriction.

        Changes the given fields of a restriction and leaves the others as they are; at least one
        field.

        PATCH /email-security/settings/sending_domain_restrictions/{sending_domain_restriction_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            sending_domain_restriction_id: The id of the sending domain restriction.
            comments: At most 1024 characters.
            domain: The domain that requires TLS.
            exclude: Subdomains exempt from the TLS requirement.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_update_sending_domain_restriction

        return self._client.send(
            email_security_update_sending_domain_restriction.build_request(
                self._client.resolve_account(account_id),
                sending_domain_restriction_id,
                comments=comments,
                domain=domain,
                exclude=exclude,
            ),
            email_security_update_sending_domain_restriction.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncSendingDomainRestrictions:
    """Sending domains whose mail must arrive over TLS, with subdomains exempted. (async)"""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncSendingDomainRestrictionsWithRawResponse:
        """The same operations, returning RawResponse (status, headers, cf-ray and the parsed result)."""
        return AsyncSendingDomainRestrictionsWithRawResponse(self._client)

    async def batch(
        self,
        *,
        deletes: Sequence[EntryRef | EntryRefDict | str] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SendingDomainRestrictionBatchResult:
        """Batch sending domain restriction operations.

        Deletes sending domain restrictions atomically (deletes only; the result carries only
        deletes), at most 1000 per request. SPEC-0722 has this operation and this document follows
        it; DOCS-1008, TS-7.1 and PY-5.9.0 do not list it, so it may be hidden or on its way out:
        where it fails, delete one by one.

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

    async def create(
        self,
        *,
        domain: str,
        exclude: builtins.list[str],
        comments: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SendingDomainRestriction:
        """Create a sending domain restriction.

        Requires TLS for mail from a domain: mail without TLS from it is dropped unless it comes
        from an excluded subdomain. The response carries the restriction with its id.

        POST /email-security/settings/sending_domain_restrictions
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domain: The domain that requires TLS.
            exclude: Subdomains exempt from the TLS requirement.
            comments: At most 1024 characters.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_create_sending_domain_restriction

        return await self._client.send(
            email_security_create_sending_domain_restriction.build_request(
                self._client.resolve_account(account_id),
                domain=domain,
                exclude=exclude,
                comments=comments,
            ),
            email_security_create_sending_domain_restriction.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def delete(
        self,
        sending_domain_restriction_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> EntryRef:
        """Delete a sending domain restriction.

        Deletes a restriction; TLS is no longer required for the domain. The response carries its
        id.

        DELETE /email-security/settings/sending_domain_restrictions/{sending_domain_restriction_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            sending_domain_restriction_id: The id of the sending domain restriction.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_delete_sending_domain_restriction

        return await self._client.send(
            email_security_delete_sending_domain_restriction.build_request(
                self._client.resolve_account(account_id),
                sending_domain_restriction_id,
            ),
            email_security_delete_sending_domain_restriction.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def get(
        self,
        sending_domain_restriction_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SendingDomainRestriction:
        """Get a sending domain restriction.

        Gets one sending domain restriction by its id.

        GET /email-security/settings/sending_domain_restrictions/{sending_domain_restriction_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            sending_domain_restriction_id: The id of the sending domain restriction.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_get_sending_domain_restriction

        return await self._client.send(
            email_security_get_sending_domain_restriction.build_request(
                self._client.resolve_account(account_id),
                sending_domain_restriction_id,
            ),
            email_security_get_sending_domain_restriction.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        search: str | Unset = UNSET,
        order: DomainOrder | DomainOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncPager[SendingDomainRestriction, SendingDomainRestrictionListResponse]:
        """List sending domain restrictions.

        Lists, searches and sorts the sending domains whose mail must arrive over TLS.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/sending_domain_restrictions
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; upstream caps it at 1000. 1 to 1000.
            search: Searches several properties of a record at once. Upstream says its behavior may
                change: meant for people, not automation; prefer the specific filters in tools.
            order: The field to sort by. One of domain, created_at.
            direction: The sorting direction. One of asc, desc.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_list_sending_domain_restrictions

        request = functools.partial(
            email_security_list_sending_domain_restrictions.build_request,
            self._client.resolve_account(account_id),
            search=search,
            order=order,
            direction=direction,
            per_page=per_page,
        )
        first = request(page=page)  # validates now: bad input raises before the first page is fetched
        options = RequestOptions.of(timeout, extra_headers, extra_query)  # every page is fetched with them

        async def fetch(number: int) -> SendingDomainRestrictionListResponse:
            spec = first if number == page else request(page=number)
            return await self._client.send(
                spec, email_security_list_sending_domain_restrictions.parse, options
            )

        return AsyncPager(fetch, first_page=page, per_page=per_page)

    async def update(
        self,
        sending_domain_restriction_id: str,
        *,
        comments: str | Unset | None = UNSET,
        domain: str | Unset = UNSET,
        exclude: builtins.list[str] | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SendingDomainRestriction:
        """Update a sending domain restriction.

        Changes the given fields of a restriction and leaves the others as they are; at least one
        field.

        PATCH /email-security/settings/sending_domain_restrictions/{sending_domain_restriction_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            sending_domain_restriction_id: The id of the sending domain restriction.
            comments: At most 1024 characters.
            domain: The domain that requires TLS.
            exclude: Subdomains exempt from the TLS requirement.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_update_sending_domain_restriction

        return await self._client.send(
            email_security_update_sending_domain_restriction.build_request(
                self._client.resolve_account(account_id),
                sending_domain_restriction_id,
                comments=comments,
                domain=domain,
                exclude=exclude,
            ),
            email_security_update_sending_domain_restriction.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class SendingDomainRestrictionsWithRawResponse:
    """Operations returning RawResponse."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def batch(
        self,
        *,
        deletes: Sequence[EntryRef | EntryRefDict | str] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[SendingDomainRestrictionBatchResult]:
        """Batch sending domain restriction operations, with its HTTP response."""
        from . import email_security_batch_sending_domain_restrictions

        return self._client.send_raw(
            email_security_batch_sending_domain_restrictions.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
            ),
            email_security_batch_sending_domain_restrictions.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def create(
        self,
        *,
        domain: str,
        exclude: builtins.list[str],
        comments: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[SendingDomainRestriction]:
        """Create a sending domain restriction, with its HTTP response."""
        from . import email_security_create_sending_domain_restriction

        return self._client.send_raw(
            email_security_create_sending_domain_restriction.build_request(
                self._client.resolve_account(account_id),
                domain=domain,
                exclude=exclude,
                comments=comments,
            ),
            email_security_create_sending_domain_restriction.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def delete(
        self,
        sending_domain_restriction_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[EntryRef]:
        """Delete a sending domain restriction, with its HTTP response."""
        from . import email_security_delete_sending_domain_restriction

        return self._client.send_raw(
            email_security_delete_sending_domain_restriction.build_request(
                self._client.resolve_account(account_id),
                sending_domain_restriction_id,
            ),
            email_security_delete_sending_domain_restriction.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def get(
        self,
        sending_domain_restriction_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[SendingDomainRestriction]:
        """Get a sending domain restriction, with its HTTP response."""
        from . import email_security_get_sending_domain_restriction

        return self._client.send_raw(
            email_security_get_sending_domain_restriction.build_request(
                self._client.resolve_account(account_id),
                sending_domain_restriction_id,
            ),
            email_security_get_sending_domain_restriction.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        search: str | Unset = UNSET,
        order: DomainOrder | DomainOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[SendingDomainRestrictionListResponse]:
        """List sending domain restrictions, with its HTTP response."""
        from . import email_security_list_sending_domain_restrictions

        return self._client.send_raw(
            email_security_list_sending_domain_restrictions.build_request(
                self._client.resolve_account(account_id),
                page=page,
                per_page=per_page,
                search=search,
                order=order,
                direction=direction,
            ),
            email_security_list_sending_domain_restrictions.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def update(
        self,
        sending_domain_restriction_id: str,
        *,
        comments: str | Unset | None = UNSET,
        domain: str | Unset = UNSET,
        exclude: builtins.list[str] | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[SendingDomainRestriction]:
        """Update a sending domain restriction, with its HTTP response."""
        from . import email_security_update_sending_domain_restriction

        return self._client.send_raw(
            email_security_update_sending_domain_restriction.build_request(
                self._client.resolve_account(account_id),
                sending_domain_restriction_id,
                comments=comments,
                domain=domain,
                exclude=exclude,
            ),
            email_security_update_sending_domain_restriction.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncSendingDomainRestrictionsWithRawResponse:
    """Operations returning RawResponse (async)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def batch(
        self,
        *,
        deletes: Sequence[EntryRef | EntryRefDict | str] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[SendingDomainRestrictionBatchResult]:
        """Batch sending domain restriction operations, with its HTTP response."""
        from . import email_security_batch_sending_domain_restrictions

        return await self._client.send_raw(
            email_security_batch_sending_domain_restrictions.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
            ),
            email_security_batch_sending_domain_restrictions.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def create(
        self,
        *,
        domain: str,
        exclude: builtins.list[str],
        comments: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[SendingDomainRestriction]:
        """Create a sending domain restriction, with its HTTP response."""
        from . import email_security_create_sending_domain_restriction

        return await self._client.send_raw(
            email_security_create_sending_domain_restriction.build_request(
                self._client.resolve_account(account_id),
                domain=domain,
                exclude=exclude,
                comments=comments,
            ),
            email_security_create_sending_domain_restriction.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def delete(
        self,
        sending_domain_restriction_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[EntryRef]:
        """Delete a sending domain restriction, with its HTTP response."""
        from . import email_security_delete_sending_domain_restriction

        return await self._client.send_raw(
            email_security_delete_sending_domain_restriction.build_request(
                self._client.resolve_account(account_id),
                sending_domain_restriction_id,
            ),
            email_security_delete_sending_domain_restriction.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def get(
        self,
        sending_domain_restriction_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[SendingDomainRestriction]:
        """Get a sending domain restriction, with its HTTP response."""
        from . import email_security_get_sending_domain_restriction

        return await self._client.send_raw(
            email_security_get_sending_domain_restriction.build_request(
                self._client.resolve_account(account_id),
                sending_domain_restriction_id,
            ),
            email_security_get_sending_domain_restriction.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        search: str | Unset = UNSET,
        order: DomainOrder | DomainOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[SendingDomainRestrictionListResponse]:
        """List sending domain restrictions, with its HTTP response."""
        from . import email_security_list_sending_domain_restrictions

        return await self._client.send_raw(
            email_security_list_sending_domain_restrictions.build_request(
                self._client.resolve_account(account_id),
                page=page,
                per_page=per_page,
                search=search,
                order=order,
                direction=direction,
            ),
            email_security_list_sending_domain_restrictions.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def update(
        self,
        sending_domain_restriction_id: str,
        *,
        comments: str | Unset | None = UNSET,
        domain: str | Unset = UNSET,
        exclude: builtins.list[str] | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[SendingDomainRestriction]:
        """Update a sending domain restriction, with its HTTP response."""
        from . import email_security_update_sending_domain_restriction

        return await self._client.send_raw(
            email_security_update_sending_domain_restriction.build_request(
                self._client.resolve_account(account_id),
                sending_domain_restriction_id,
                comments=comments,
                domain=domain,
                exclude=exclude,
            ),
            email_security_update_sending_domain_restriction.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )
