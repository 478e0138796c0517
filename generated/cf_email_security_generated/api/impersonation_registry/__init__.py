"""The impersonation_registry resource.

Identities (display name and address) that attackers may impersonate.

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
    from ...models.display_name_order import DisplayNameOrder, DisplayNameOrderValue
    from ...models.entry_ref import EntryRef
    from ...models.impersonation_registry_entry import ImpersonationRegistryEntry
    from ...models.impersonation_registry_entry_list_response import ImpersonationRegistryEntryListResponse
    from ...models.provenance import Provenance, ProvenanceValue
    from ...models.sorting_direction import SortingDirection, SortingDirectionValue


class ImpersonationRegistry:
    """Identities (display name and address) that attackers may impersonate."""

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
        comments: str | Unset | None = UNSET,
        directory_id: int | Unset | None = UNSET,
        directory_node_id: int | Unset | None = UNSET,
        external_directory_node_id: str | Unset | None = UNSET,
        provenance: Provenance | ProvenanceValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ImpersonationRegistryEntry:
        """Create an entry in impersonation registry.

        Adds an identity to protect; mail impersonating it is flagged. The response carries it with
        its id.

        POST /email-security/settings/impersonation_registry
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            name: At most 1024 characters.
            external_directory_node_id: Deprecated upstream, with no replacement named.
            provenance: Where an impersonation registry entry comes from; the SNOOPY-* values are
                directory syncs. One of A1S_INTERNAL, SNOOPY-CASB_OFFICE_365, SNOOPY-OFFICE_365,
                SNOOPY-GOOGLE_DIRECTORY.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_create_impersonation_registry

        return self._client.send(
            email_security_create_impersonation_registry.build_request(
                self._client.resolve_account(account_id),
                email=email,
                is_email_regex=is_email_regex,
                name=name,
                comments=comments,
                directory_id=directory_id,
                directory_node_id=directory_node_id,
                external_directory_node_id=external_directory_node_id,
                provenance=provenance,
            ),
            email_security_create_impersonation_registry.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def delete(
        self,
        impersonation_registry_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> EntryRef:
        """Delete an entry from impersonation registry.

        Deletes an entry; the identity is no longer protected. The response carries its id.

        DELETE /email-security/settings/impersonation_registry/{impersonation_registry_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            impersonation_registry_id: The id of the impersonation registry entry (Gen A called this
                parameter `display_name_id`).
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_delete_impersonation_registry

        return self._client.send(
            email_security_delete_impersonation_registry.build_request(
                self._client.resolve_account(account_id),
                impersonation_registry_id,
            ),
            email_security_delete_impersonation_registry.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def get(
        self,
        impersonation_registry_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ImpersonationRegistryEntry:
        """Get an entry in impersonation registry.

        Gets one impersonation registry entry by its id.

        GET /email-security/settings/impersonation_registry/{impersonation_registry_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            impersonation_registry_id: The id of the impersonation registry entry (Gen A called this
                parameter `display_name_id`).
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_get_impersonation_registry

        return self._client.send(
            email_security_get_impersonation_registry.build_request(
                self._client.resolve_account(account_id),
                impersonation_registry_id,
            ),
            email_security_get_impersonation_registry.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        search: str | Unset = UNSET,
        order: DisplayNameOrder | DisplayNameOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        provenance: Provenance | ProvenanceValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SyncPager[ImpersonationRegistryEntry, ImpersonationRegistryEntryListResponse]:
        """List entries in impersonation registry.

        Lists, searches and sorts the identities protected from impersonation, whether added by hand
        or synced from a directory.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/impersonation_registry
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; upstream caps it at 1000. 1 to 1000.
            search: Searches several properties of a record at once. Upstream says its behavior may
                change: meant for people, not automation; prefer the specific filters in tools.
            order: The field to sort by. One of name, email, created_at.
            direction: The sorting direction. One of asc, desc.
            provenance: Only entries from this source. One of A1S_INTERNAL, SNOOPY-CASB_OFFICE_365,
                SNOOPY-OFFICE_365, SNOOPY-GOOGLE_DIRECTORY.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_list_impersonation_registry

        request = functools.partial(
            email_security_list_impersonation_registry.build_request,
            self._client.resolve_account(account_id),
            search=search,
            order=order,
            direction=direction,
            provenance=provenance,
            per_page=per_page,
        )
        first = request(page=page)  # validates now: bad input raises before the first page is fetched
        options = RequestOptions.of(timeout, extra_headers, extra_query)  # every page is fetched with them

        def fetch(number: int) -> ImpersonationRegistryEntryListResponse:
            spec = first if number == page else request(page=number)
            return self._client.send(spec, email_security_list_impersonation_registry.parse, options)

        return SyncPager(fetch, first_page=page, per_page=per_page)

    def update(
        self,
        impersonation_registry_id: str,
        *,
        comments: str | Unset | None = UNSET,
        directory_id: int | Unset | None = UNSET,
        directory_node_id: int | Unset | None = UNSET,
        email: str | Unset = UNSET,
        external_directory_node_id: str | Unset | None = UNSET,
        is_email_regex: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        provenance: Provenance | ProvenanceValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ImpersonationRegistryEntry:
        """Update an entry in impersonation registry.

        Changes the given fields of an entry; at least one field. Directory-synced entries cannot be
        updated: the server refuses them.

        PATCH /email-security/settings/impersonation_registry/{impersonation_registry_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            impersonation_registry_id: The id of the impersonation registry entry (Gen A called this
                parameter `display_name_id`).
            external_directory_node_id: Deprecated upstream, with no replacement named.
            name: At most 1024 characters.
            provenance: Where an impersonation registry entry comes from; the SNOOPY-* values are
                directory syncs. One of A1S_INTERNAL, SNOOPY-CASB_OFFICE_365, SNOOPY-OFFICE_365,
                SNOOPY-GOOGLE_DIRECTORY.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_update_impersonation_registry

        return self._client.send(
            email_security_update_impersonation_registry.build_request(
                self._client.resolve_account(account_id),
                impersonation_registry_id,
                comments=comments,
                directory_id=directory_id,
                directory_node_id=directory_node_id,
                email=email,
                external_directory_node_id=external_directory_node_id,
                is_email_regex=is_email_regex,
                name=name,
                provenance=provenance,
            ),
            email_security_update_impersonation_registry.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncImpersonationRegistry:
    """Identities (display name and address) that attackers may impersonate. (async)"""

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
        comments: str | Unset | None = UNSET,
        directory_id: int | Unset | None = UNSET,
        directory_node_id: int | Unset | None = UNSET,
        external_directory_node_id: str | Unset | None = UNSET,
        provenance: Provenance | ProvenanceValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ImpersonationRegistryEntry:
        """Create an entry in impersonation registry.

        Adds an identity to protect; mail impersonating it is flagged. The response carries it with
        its id.

        POST /email-security/settings/impersonation_registry
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            name: At most 1024 characters.
            external_directory_node_id: Deprecated upstream, with no replacement named.
            provenance: Where an impersonation registry entry comes from; the SNOOPY-* values are
                directory syncs. One of A1S_INTERNAL, SNOOPY-CASB_OFFICE_365, SNOOPY-OFFICE_365,
                SNOOPY-GOOGLE_DIRECTORY.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_create_impersonation_registry

        return await self._client.send(
            email_security_create_impersonation_registry.build_request(
                self._client.resolve_account(account_id),
                email=email,
                is_email_regex=is_email_regex,
                name=name,
                comments=comments,
                directory_id=directory_id,
                directory_node_id=directory_node_id,
                external_directory_node_id=external_directory_node_id,
                provenance=provenance,
            ),
            email_security_create_impersonation_registry.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def delete(
        self,
        impersonation_registry_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> EntryRef:
        """Delete an entry from impersonation registry.

        Deletes an entry; the identity is no longer protected. The response carries its id.

        DELETE /email-security/settings/impersonation_registry/{impersonation_registry_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            impersonation_registry_id: The id of the impersonation registry entry (Gen A called this
                parameter `display_name_id`).
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_delete_impersonation_registry

        return await self._client.send(
            email_security_delete_impersonation_registry.build_request(
                self._client.resolve_account(account_id),
                impersonation_registry_id,
            ),
            email_security_delete_impersonation_registry.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def get(
        self,
        impersonation_registry_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ImpersonationRegistryEntry:
        """Get an entry in impersonation registry.

        Gets one impersonation registry entry by its id.

        GET /email-security/settings/impersonation_registry/{impersonation_registry_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            impersonation_registry_id: The id of the impersonation registry entry (Gen A called this
                parameter `display_name_id`).
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_get_impersonation_registry

        return await self._client.send(
            email_security_get_impersonation_registry.build_request(
                self._client.resolve_account(account_id),
                impersonation_registry_id,
            ),
            email_security_get_impersonation_registry.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        search: str | Unset = UNSET,
        order: DisplayNameOrder | DisplayNameOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        provenance: Provenance | ProvenanceValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncPager[ImpersonationRegistryEntry, ImpersonationRegistryEntryListResponse]:
        """List entries in impersonation registry.

        Lists, searches and sorts the identities protected from impersonation, whether added by hand
        or synced from a directory.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/impersonation_registry
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; upstream caps it at 1000. 1 to 1000.
            search: Searches several properties of a record at once. Upstream says its behavior may
                change: meant for people, not automation; prefer the specific filters in tools.
            order: The field to sort by. One of name, email, created_at.
            direction: The sorting direction. One of asc, desc.
            provenance: Only entries from this source. One of A1S_INTERNAL, SNOOPY-CASB_OFFICE_365,
                SNOOPY-OFFICE_365, SNOOPY-GOOGLE_DIRECTORY.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_list_impersonation_registry

        request = functools.partial(
            email_security_list_impersonation_registry.build_request,
            self._client.resolve_account(account_id),
            search=search,
            order=order,
            direction=direction,
            provenance=provenance,
            per_page=per_page,
        )
        first = request(page=page)  # validates now: bad input raises before the first page is fetched
        options = RequestOptions.of(timeout, extra_headers, extra_query)  # every page is fetched with them

        async def fetch(number: int) -> ImpersonationRegistryEntryListResponse:
            spec = first if number == page else request(page=number)
            return await self._client.send(spec, email_security_list_impersonation_registry.parse, options)

        return AsyncPager(fetch, first_page=page, per_page=per_page)

    async def update(
        self,
        impersonation_registry_id: str,
        *,
        comments: str | Unset | None = UNSET,
        directory_id: int | Unset | None = UNSET,
        directory_node_id: int | Unset | None = UNSET,
        email: str | Unset = UNSET,
        external_directory_node_id: str | Unset | None = UNSET,
        is_email_regex: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        provenance: Provenance | ProvenanceValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ImpersonationRegistryEntry:
        """Update an entry in impersonation registry.

        Changes the given fields of an entry; at least one field. Directory-synced entries cannot be
        updated: the server refuses them.

        PATCH /email-security/settings/impersonation_registry/{impersonation_registry_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            impersonation_registry_id: The id of the impersonation registry entry (Gen A called this
                parameter `display_name_id`).
            external_directory_node_id: Deprecated upstream, with no replacement named.
            name: At most 1024 characters.
            provenance: Where an impersonation registry entry comes from; the SNOOPY-* values are
                directory syncs. One of A1S_INTERNAL, SNOOPY-CASB_OFFICE_365, SNOOPY-OFFICE_365,
                SNOOPY-GOOGLE_DIRECTORY.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_update_impersonation_registry

        return await self._client.send(
            email_security_update_impersonation_registry.build_request(
                self._client.resolve_account(account_id),
                impersonation_registry_id,
                comments=comments,
                directory_id=directory_id,
                directory_node_id=directory_node_id,
                email=email,
                external_directory_node_id=external_directory_node_id,
                is_email_regex=is_email_regex,
                name=name,
                provenance=provenance,
            ),
            email_security_update_impersonation_registry.parse,
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
        comments: str | Unset | None = UNSET,
        directory_id: int | Unset | None = UNSET,
        directory_node_id: int | Unset | None = UNSET,
        external_directory_node_id: str | Unset | None = UNSET,
        provenance: Provenance | ProvenanceValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[ImpersonationRegistryEntry]:
        """Create an entry in impersonation registry, with its HTTP response."""
        from . import email_security_create_impersonation_registry

        return self._client.send_raw(
            email_security_create_impersonation_registry.build_request(
                self._client.resolve_account(account_id),
                email=email,
                is_email_regex=is_email_regex,
                name=name,
                comments=comments,
                directory_id=directory_id,
                directory_node_id=directory_node_id,
                external_directory_node_id=external_directory_node_id,
                provenance=provenance,
            ),
            email_security_create_impersonation_registry.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def delete(
        self,
        impersonation_registry_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[EntryRef]:
        """Delete an entry from impersonation registry, with its HTTP response."""
        from . import email_security_delete_impersonation_registry

        return self._client.send_raw(
            email_security_delete_impersonation_registry.build_request(
                self._client.resolve_account(account_id),
                impersonation_registry_id,
            ),
            email_security_delete_impersonation_registry.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def get(
        self,
        impersonation_registry_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[ImpersonationRegistryEntry]:
        """Get an entry in impersonation registry, with its HTTP response."""
        from . import email_security_get_impersonation_registry

        return self._client.send_raw(
            email_security_get_impersonation_registry.build_request(
                self._client.resolve_account(account_id),
                impersonation_registry_id,
            ),
            email_security_get_impersonation_registry.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        search: str | Unset = UNSET,
        order: DisplayNameOrder | DisplayNameOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        provenance: Provenance | ProvenanceValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[ImpersonationRegistryEntryListResponse]:
        """List entries in impersonation registry, with its HTTP response."""
        from . import email_security_list_impersonation_registry

        return self._client.send_raw(
            email_security_list_impersonation_registry.build_request(
                self._client.resolve_account(account_id),
                page=page,
                per_page=per_page,
                search=search,
                order=order,
                direction=direction,
                provenance=provenance,
            ),
            email_security_list_impersonation_registry.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def update(
        self,
        impersonation_registry_id: str,
        *,
        comments: str | Unset | None = UNSET,
        directory_id: int | Unset | None = UNSET,
        directory_node_id: int | Unset | None = UNSET,
        email: str | Unset = UNSET,
        external_directory_node_id: str | Unset | None = UNSET,
        is_email_regex: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        provenance: Provenance | ProvenanceValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[ImpersonationRegistryEntry]:
        """Update an entry in impersonation registry, with its HTTP response."""
        from . import email_security_update_impersonation_registry

        return self._client.send_raw(
            email_security_update_impersonation_registry.build_request(
                self._client.resolve_account(account_id),
                impersonation_registry_id,
                comments=comments,
                directory_id=directory_id,
                directory_node_id=directory_node_id,
                email=email,
                external_directory_node_id=external_directory_node_id,
                is_email_regex=is_email_regex,
                name=name,
                provenance=provenance,
            ),
            email_security_update_impersonation_registry.parse,
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
        comments: str | Unset | None = UNSET,
        directory_id: int | Unset | None = UNSET,
        directory_node_id: int | Unset | None = UNSET,
        external_directory_node_id: str | Unset | None = UNSET,
        provenance: Provenance | ProvenanceValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[ImpersonationRegistryEntry]:
        """Create an entry in impersonation registry, with its HTTP response."""
        from . import email_security_create_impersonation_registry

        return await self._client.send_raw(
            email_security_create_impersonation_registry.build_request(
                self._client.resolve_account(account_id),
                email=email,
                is_email_regex=is_email_regex,
                name=name,
                comments=comments,
                directory_id=directory_id,
                directory_node_id=directory_node_id,
                external_directory_node_id=external_directory_node_id,
                provenance=provenance,
            ),
            email_security_create_impersonation_registry.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def delete(
        self,
        impersonation_registry_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[EntryRef]:
        """Delete an entry from impersonation registry, with its HTTP response."""
        from . import email_security_delete_impersonation_registry

        return await self._client.send_raw(
            email_security_delete_impersonation_registry.build_request(
                self._client.resolve_account(account_id),
                impersonation_registry_id,
            ),
            email_security_delete_impersonation_registry.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def get(
        self,
        impersonation_registry_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[ImpersonationRegistryEntry]:
        """Get an entry in impersonation registry, with its HTTP response."""
        from . import email_security_get_impersonation_registry

        return await self._client.send_raw(
            email_security_get_impersonation_registry.build_request(
                self._client.resolve_account(account_id),
                impersonation_registry_id,
            ),
            email_security_get_impersonation_registry.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        search: str | Unset = UNSET,
        order: DisplayNameOrder | DisplayNameOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        provenance: Provenance | ProvenanceValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[ImpersonationRegistryEntryListResponse]:
        """List entries in impersonation registry, with its HTTP response."""
        from . import email_security_list_impersonation_registry

        return await self._client.send_raw(
            email_security_list_impersonation_registry.build_request(
                self._client.resolve_account(account_id),
                page=page,
                per_page=per_page,
                search=search,
                order=order,
                direction=direction,
                provenance=provenance,
            ),
            email_security_list_impersonation_registry.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def update(
        self,
        impersonation_registry_id: str,
        *,
        comments: str | Unset | None = UNSET,
        directory_id: int | Unset | None = UNSET,
        directory_node_id: int | Unset | None = UNSET,
        email: str | Unset = UNSET,
        external_directory_node_id: str | Unset | None = UNSET,
        is_email_regex: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        provenance: Provenance | ProvenanceValue | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[ImpersonationRegistryEntry]:
        """Update an entry in impersonation registry, with its HTTP response."""
        from . import email_security_update_impersonation_registry

        return await self._client.send_raw(
            email_security_update_impersonation_registry.build_request(
                self._client.resolve_account(account_id),
                impersonation_registry_id,
                comments=comments,
                directory_id=directory_id,
                directory_node_id=directory_node_id,
                email=email,
                external_directory_node_id=external_directory_node_id,
                is_email_regex=is_email_regex,
                name=name,
                provenance=provenance,
            ),
            email_security_update_impersonation_registry.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )
