"""The sending_domain_restrictions resource: Sending domains whose mail must arrive over TLS, with subdomains exempted.

Models are named here for type checkers only. Each method imports the request builders when it runs
(they load attrs, and each builder the models it uses), so that `import` and `client.sending_domain_restrictions`
stay cheap.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from .._pagination import DEFAULT_PER_PAGE, AsyncPager, SyncPager
from .._resource import (
    AsyncResource,
    SyncResource,
    async_to_raw_page,
    async_to_raw_response,
    to_raw_page,
    to_raw_response,
)
from ..types import UNSET, RequestOptions, Unset

if TYPE_CHECKING:
    import httpx

    from ..models.domain_order import DomainOrder, DomainOrderValue
    from ..models.entry_ref import EntryRef, EntryRefDict
    from ..models.sending_domain_restriction import SendingDomainRestriction
    from ..models.sending_domain_restriction_batch_result import SendingDomainRestrictionBatchResult
    from ..models.sending_domain_restriction_list_response import SendingDomainRestrictionListResponse
    from ..models.sorting_direction import SortingDirection, SortingDirectionValue


class SendingDomainRestrictions(SyncResource):
    """Sending domains whose mail must arrive over TLS, with subdomains exempted."""

    @cached_property
    def with_raw_response(self) -> SendingDomainRestrictionsWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return SendingDomainRestrictionsWithRawResponse(self)

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
        deletes), at most 1000 per request. Where it fails, delete them one by one.

        Not in the official Cloudflare SDKs.

        POST /email-security/settings/sending_domain_restrictions/batch
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            deletes: At most 1000 entries.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import sending_domain_restrictions as _ops

        return self._call(
            _ops.build_batch(
                self._account(account_id),
                deletes=deletes,
            ),
            _ops.parse_batch,
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
        from .._requests import sending_domain_restrictions as _ops

        return self._call(
            _ops.build_create(
                self._account(account_id),
                domain=domain,
                exclude=exclude,
                comments=comments,
            ),
            _ops.parse_create,
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
        from .._requests import sending_domain_restrictions as _ops

        return self._call(
            _ops.build_delete(
                self._account(account_id),
                sending_domain_restriction_id=sending_domain_restriction_id,
            ),
            _ops.parse_delete,
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
        from .._requests import sending_domain_restrictions as _ops

        return self._call(
            _ops.build_get(
                self._account(account_id),
                sending_domain_restriction_id=sending_domain_restriction_id,
            ),
            _ops.parse_get,
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
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            search: Searches several properties of a record at once. Its behavior may change: it is
                meant for people, not automation; prefer the specific filters in tools.
            order: The field to sort by. One of domain, created_at.
            direction: The sorting direction. One of asc, desc.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import sending_domain_restrictions as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list(
                _account,
                page=_page,
                per_page=per_page,
                search=search,
                order=order,
                direction=direction,
            ),
            _ops.parse_list,
            first_page=page,
            per_page=per_page,
            options=RequestOptions.of(timeout, extra_headers, extra_query),
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
        from .._requests import sending_domain_restrictions as _ops

        return self._call(
            _ops.build_update(
                self._account(account_id),
                sending_domain_restriction_id=sending_domain_restriction_id,
                comments=comments,
                domain=domain,
                exclude=exclude,
            ),
            _ops.parse_update,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncSendingDomainRestrictions(AsyncResource):
    """Sending domains whose mail must arrive over TLS, with subdomains exempted. (async)"""

    @cached_property
    def with_raw_response(self) -> AsyncSendingDomainRestrictionsWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return AsyncSendingDomainRestrictionsWithRawResponse(self)

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
        deletes), at most 1000 per request. Where it fails, delete them one by one.

        Not in the official Cloudflare SDKs.

        POST /email-security/settings/sending_domain_restrictions/batch
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            deletes: At most 1000 entries.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import sending_domain_restrictions as _ops

        return await self._call(
            _ops.build_batch(
                self._account(account_id),
                deletes=deletes,
            ),
            _ops.parse_batch,
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
        from .._requests import sending_domain_restrictions as _ops

        return await self._call(
            _ops.build_create(
                self._account(account_id),
                domain=domain,
                exclude=exclude,
                comments=comments,
            ),
            _ops.parse_create,
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
        from .._requests import sending_domain_restrictions as _ops

        return await self._call(
            _ops.build_delete(
                self._account(account_id),
                sending_domain_restriction_id=sending_domain_restriction_id,
            ),
            _ops.parse_delete,
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
        from .._requests import sending_domain_restrictions as _ops

        return await self._call(
            _ops.build_get(
                self._account(account_id),
                sending_domain_restriction_id=sending_domain_restriction_id,
            ),
            _ops.parse_get,
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
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            search: Searches several properties of a record at once. Its behavior may change: it is
                meant for people, not automation; prefer the specific filters in tools.
            order: The field to sort by. One of domain, created_at.
            direction: The sorting direction. One of asc, desc.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import sending_domain_restrictions as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list(
                _account,
                page=_page,
                per_page=per_page,
                search=search,
                order=order,
                direction=direction,
            ),
            _ops.parse_list,
            first_page=page,
            per_page=per_page,
            options=RequestOptions.of(timeout, extra_headers, extra_query),
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
        from .._requests import sending_domain_restrictions as _ops

        return await self._call(
            _ops.build_update(
                self._account(account_id),
                sending_domain_restriction_id=sending_domain_restriction_id,
                comments=comments,
                domain=domain,
                exclude=exclude,
            ),
            _ops.parse_update,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class SendingDomainRestrictionsWithRawResponse:
    """SendingDomainRestrictions's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: SendingDomainRestrictions) -> None:
        self.batch = to_raw_response(resource.batch)
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.get = to_raw_response(resource.get)
        self.list = to_raw_page(resource.list)
        self.update = to_raw_response(resource.update)


class AsyncSendingDomainRestrictionsWithRawResponse:
    """AsyncSendingDomainRestrictions's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: AsyncSendingDomainRestrictions) -> None:
        self.batch = async_to_raw_response(resource.batch)
        self.create = async_to_raw_response(resource.create)
        self.delete = async_to_raw_response(resource.delete)
        self.get = async_to_raw_response(resource.get)
        self.list = async_to_raw_page(resource.list)
        self.update = async_to_raw_response(resource.update)
