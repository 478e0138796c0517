"""The impersonation_registry resource.

Display names that attackers may impersonate.

Each method imports its endpoint module (and with it the models and attrs) on its first call, so
that `import` and `client.impersonation_registry` stay cheap; models are named here for type
checkers only.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..._pagination import DEFAULT_PER_PAGE, AsyncPager, SyncPager
from ...types import UNSET, RawResponse, RequestOptions, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AsyncClient, SyncClient
    from ...models.display_name import DisplayName
    from ...models.display_name_list_response import DisplayNameListResponse
    from ...models.display_name_order import DisplayNameOrder, DisplayNameOrderValue
    from ...models.entry_ref import EntryRef
    from ...models.provenance import Provenance, ProvenanceValue
    from ...models.sorting_direction import SortingDirection, SortingDirectionValue


class ImpersonationRegistry:
    """Display names that attackers may impersonate."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ImpersonationRegistryWithRawResponse:
        """The same operations, returning RawResponse (status, headers, cf-ray and the parsed result)."""
        return ImpersonationRegistryWithRawResponse(self._client)

    def create(
        self,
        *,
        email: str,
        is_email_regex: bool,
        name: str,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> DisplayName:
        """Create an entry in impersonation registry.

        Adds a display name to the impersonation registry.

        POST /email-security/settings/impersonation_registry
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            name: At most 1024 characters.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_create_display_name

        return self._client.send(
            email_security_create_display_name.build_request(
                self._client.resolve_account(account_id),
                email=email,
                is_email_regex=is_email_regex,
                name=name,
            ),
            email_security_create_display_name.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def delete(
        self,
        display_name_id: int,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> EntryRef:
        """Delete an entry from impersonation registry.

        Deletes an impersonation registry entry; the response carries its id.

        DELETE /email-security/settings/impersonation_registry/{display_name_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            display_name_id: The unique identifier for the impersonation registry entry. At least 1.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_delete_display_name

        return self._client.send(
            email_security_delete_display_name.build_request(
                self._client.resolve_account(account_id),
                display_name_id,
            ),
            email_security_delete_display_name.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def get(
        self,
        display_name_id: int,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> DisplayName:
        """Get an entry in impersonation registry.

        Gets one impersonation registry entry by its id.

        GET /email-security/settings/impersonation_registry/{display_name_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            display_name_id: The unique identifier for the impersonation registry entry. At least 1.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_get_display_name

        return self._client.send(
            email_security_get_display_name.build_request(
                self._client.resolve_account(account_id),
                display_name_id,
            ),
            email_security_get_display_name.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        order: DisplayNameOrder | DisplayNameOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        search: str | Unset = UNSET,
        provenance: Provenance | ProvenanceValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SyncPager[DisplayName, DisplayNameListResponse]:
        """List entries in impersonation registry.

        Lists, searches, and sorts entries in the impersonation registry.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/impersonation_registry
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page. At least 1.
            order: The field to sort by. One of name, email, created_at.
            direction: The sorting direction. One of asc, desc.
            search: Searches several properties of a record at once. Meant for people, not
                automation: prefer the specific filters in tools.
            provenance: One of A1S_INTERNAL, SNOOPY-CASB_OFFICE_365, SNOOPY-OFFICE_365, SNOOPY-
                GOOGLE_DIRECTORY.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_list_display_names

        request = functools.partial(
            email_security_list_display_names.build_request,
            self._client.resolve_account(account_id),
            order=order,
            direction=direction,
            search=search,
            provenance=provenance,
            per_page=per_page,
        )
        first = request(page=page)  # validates now: bad input raises before the first page is fetched
        options = RequestOptions.of(timeout, extra_headers, extra_query)  # every page is fetched with them

        def fetch(number: int) -> DisplayNameListResponse:
            spec = first if number == page else request(page=number)
            return self._client.send(spec, email_security_list_display_names.parse, options)

        return SyncPager(fetch, first_page=page, per_page=per_page)

    def update(
        self,
        display_name_id: int,
        *,
        email: str | Unset | None = UNSET,
        is_email_regex: bool | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> DisplayName:
        """Update an entry in impersonation registry.

        Changes the given fields of an impersonation registry entry.

        PATCH /email-security/settings/impersonation_registry/{display_name_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            display_name_id: The unique identifier for the impersonation registry entry. At least 1.
            name: At most 1024 characters.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_update_display_name

        return self._client.send(
            email_security_update_display_name.build_request(
                self._client.resolve_account(account_id),
                display_name_id,
                email=email,
                is_email_regex=is_email_regex,
                name=name,
            ),
            email_security_update_display_name.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncImpersonationRegistry:
    """Display names that attackers may impersonate. (async)"""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncImpersonationRegistryWithRawResponse:
        """The same operations, returning RawResponse (status, headers, cf-ray and the parsed result)."""
        return AsyncImpersonationRegistryWithRawResponse(self._client)

    async def create(
        self,
        *,
        email: str,
        is_email_regex: bool,
        name: str,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> DisplayName:
        """Create an entry in impersonation registry.

        Adds a display name to the impersonation registry.

        POST /email-security/settings/impersonation_registry
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            name: At most 1024 characters.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_create_display_name

        return await self._client.send(
            email_security_create_display_name.build_request(
                self._client.resolve_account(account_id),
                email=email,
                is_email_regex=is_email_regex,
                name=name,
            ),
            email_security_create_display_name.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def delete(
        self,
        display_name_id: int,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> EntryRef:
        """Delete an entry from impersonation registry.

        Deletes an impersonation registry entry; the response carries its id.

        DELETE /email-security/settings/impersonation_registry/{display_name_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            display_name_id: The unique identifier for the impersonation registry entry. At least 1.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_delete_display_name

        return await self._client.send(
            email_security_delete_display_name.build_request(
                self._client.resolve_account(account_id),
                display_name_id,
            ),
            email_security_delete_display_name.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def get(
        self,
        display_name_id: int,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> DisplayName:
        """Get an entry in impersonation registry.

        Gets one impersonation registry entry by its id.

        GET /email-security/settings/impersonation_registry/{display_name_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            display_name_id: The unique identifier for the impersonation registry entry. At least 1.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_get_display_name

        return await self._client.send(
            email_security_get_display_name.build_request(
                self._client.resolve_account(account_id),
                display_name_id,
            ),
            email_security_get_display_name.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        order: DisplayNameOrder | DisplayNameOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        search: str | Unset = UNSET,
        provenance: Provenance | ProvenanceValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncPager[DisplayName, DisplayNameListResponse]:
        """List entries in impersonation registry.

        Lists, searches, and sorts entries in the impersonation registry.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/impersonation_registry
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page. At least 1.
            order: The field to sort by. One of name, email, created_at.
            direction: The sorting direction. One of asc, desc.
            search: Searches several properties of a record at once. Meant for people, not
                automation: prefer the specific filters in tools.
            provenance: One of A1S_INTERNAL, SNOOPY-CASB_OFFICE_365, SNOOPY-OFFICE_365, SNOOPY-
                GOOGLE_DIRECTORY.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_list_display_names

        request = functools.partial(
            email_security_list_display_names.build_request,
            self._client.resolve_account(account_id),
            order=order,
            direction=direction,
            search=search,
            provenance=provenance,
            per_page=per_page,
        )
        first = request(page=page)  # validates now: bad input raises before the first page is fetched
        options = RequestOptions.of(timeout, extra_headers, extra_query)  # every page is fetched with them

        async def fetch(number: int) -> DisplayNameListResponse:
            spec = first if number == page else request(page=number)
            return await self._client.send(spec, email_security_list_display_names.parse, options)

        return AsyncPager(fetch, first_page=page, per_page=per_page)

    async def update(
        self,
        display_name_id: int,
        *,
        email: str | Unset | None = UNSET,
        is_email_regex: bool | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> DisplayName:
        """Update an entry in impersonation registry.

        Changes the given fields of an impersonation registry entry.

        PATCH /email-security/settings/impersonation_registry/{display_name_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            display_name_id: The unique identifier for the impersonation registry entry. At least 1.
            name: At most 1024 characters.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_update_display_name

        return await self._client.send(
            email_security_update_display_name.build_request(
                self._client.resolve_account(account_id),
                display_name_id,
                email=email,
                is_email_regex=is_email_regex,
                name=name,
            ),
            email_security_update_display_name.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class ImpersonationRegistryWithRawResponse:
    """Operations returning RawResponse."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        email: str,
        is_email_regex: bool,
        name: str,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[DisplayName]:
        """Create an entry in impersonation registry, with its HTTP response."""
        from . import email_security_create_display_name

        return self._client.send_raw(
            email_security_create_display_name.build_request(
                self._client.resolve_account(account_id),
                email=email,
                is_email_regex=is_email_regex,
                name=name,
            ),
            email_security_create_display_name.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def delete(
        self,
        display_name_id: int,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[EntryRef]:
        """Delete an entry from impersonation registry, with its HTTP response."""
        from . import email_security_delete_display_name

        return self._client.send_raw(
            email_security_delete_display_name.build_request(
                self._client.resolve_account(account_id),
                display_name_id,
            ),
            email_security_delete_display_name.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def get(
        self,
        display_name_id: int,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[DisplayName]:
        """Get an entry in impersonation registry, with its HTTP response."""
        from . import email_security_get_display_name

        return self._client.send_raw(
            email_security_get_display_name.build_request(
                self._client.resolve_account(account_id),
                display_name_id,
            ),
            email_security_get_display_name.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        order: DisplayNameOrder | DisplayNameOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        search: str | Unset = UNSET,
        provenance: Provenance | ProvenanceValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[DisplayNameListResponse]:
        """List entries in impersonation registry, with its HTTP response."""
        from . import email_security_list_display_names

        return self._client.send_raw(
            email_security_list_display_names.build_request(
                self._client.resolve_account(account_id),
                page=page,
                per_page=per_page,
                order=order,
                direction=direction,
                search=search,
                provenance=provenance,
            ),
            email_security_list_display_names.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def update(
        self,
        display_name_id: int,
        *,
        email: str | Unset | None = UNSET,
        is_email_regex: bool | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[DisplayName]:
        """Update an entry in impersonation registry, with its HTTP response."""
        from . import email_security_update_display_name

        return self._client.send_raw(
            email_security_update_display_name.build_request(
                self._client.resolve_account(account_id),
                display_name_id,
                email=email,
                is_email_regex=is_email_regex,
                name=name,
            ),
            email_security_update_display_name.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncImpersonationRegistryWithRawResponse:
    """Operations returning RawResponse (async)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        email: str,
        is_email_regex: bool,
        name: str,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[DisplayName]:
        """Create an entry in impersonation registry, with its HTTP response."""
        from . import email_security_create_display_name

        return await self._client.send_raw(
            email_security_create_display_name.build_request(
                self._client.resolve_account(account_id),
                email=email,
                is_email_regex=is_email_regex,
                name=name,
            ),
            email_security_create_display_name.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def delete(
        self,
        display_name_id: int,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[EntryRef]:
        """Delete an entry from impersonation registry, with its HTTP response."""
        from . import email_security_delete_display_name

        return await self._client.send_raw(
            email_security_delete_display_name.build_request(
                self._client.resolve_account(account_id),
                display_name_id,
            ),
            email_security_delete_display_name.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def get(
        self,
        display_name_id: int,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[DisplayName]:
        """Get an entry in impersonation registry, with its HTTP response."""
        from . import email_security_get_display_name

        return await self._client.send_raw(
            email_security_get_display_name.build_request(
                self._client.resolve_account(account_id),
                display_name_id,
            ),
            email_security_get_display_name.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        order: DisplayNameOrder | DisplayNameOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        search: str | Unset = UNSET,
        provenance: Provenance | ProvenanceValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[DisplayNameListResponse]:
        """List entries in impersonation registry, with its HTTP response."""
        from . import email_security_list_display_names

        return await self._client.send_raw(
            email_security_list_display_names.build_request(
                self._client.resolve_account(account_id),
                page=page,
                per_page=per_page,
                order=order,
                direction=direction,
                search=search,
                provenance=provenance,
            ),
            email_security_list_display_names.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def update(
        self,
        display_name_id: int,
        *,
        email: str | Unset | None = UNSET,
        is_email_regex: bool | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[DisplayName]:
        """Update an entry in impersonation registry, with its HTTP response."""
        from . import email_security_update_display_name

        return await self._client.send_raw(
            email_security_update_display_name.build_request(
                self._client.resolve_account(account_id),
                display_name_id,
                email=email,
                is_email_regex=is_email_regex,
                name=name,
            ),
            email_security_update_display_name.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )
