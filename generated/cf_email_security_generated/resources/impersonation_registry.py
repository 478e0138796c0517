"""The impersonation_registry resource: Identities (display name and address) that attackers may impersonate.

Models are named here for type checkers only. Each method imports the request builders when it runs
(they load attrs, and each builder the models it uses), so that `import` and `client.impersonation_registry`
stay cheap.
"""

from __future__ import annotations

from collections.abc import Mapping
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

    from ..models.display_name_order import DisplayNameOrder, DisplayNameOrderValue
    from ..models.entry_ref import EntryRef
    from ..models.impersonation_registry_entry import ImpersonationRegistryEntry
    from ..models.impersonation_registry_entry_list_response import ImpersonationRegistryEntryListResponse
    from ..models.provenance import Provenance, ProvenanceValue
    from ..models.sorting_direction import SortingDirection, SortingDirectionValue


class ImpersonationRegistry(SyncResource):
    """Identities (display name and address) that attackers may impersonate."""

    @cached_property
    def with_raw_response(self) -> ImpersonationRegistryWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return ImpersonationRegistryWithRawResponse(self)

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
        provenance: Provenance | ProvenanceValue | Unset | None = UNSET,
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
            external_directory_node_id: Deprecated, with no replacement named.
            provenance: Where an impersonation registry entry comes from, or null; the SNOOPY-*
                values are directory syncs. One of A1S_INTERNAL, SNOOPY-CASB_OFFICE_365, SNOOPY-
                OFFICE_365, SNOOPY-GOOGLE_DIRECTORY.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import impersonation_registry as _ops

        return self._call(
            _ops.build_create(
                self._account(account_id),
                email=email,
                is_email_regex=is_email_regex,
                name=name,
                comments=comments,
                directory_id=directory_id,
                directory_node_id=directory_node_id,
                external_directory_node_id=external_directory_node_id,
                provenance=provenance,
            ),
            _ops.parse_create,
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
            impersonation_registry_id: The id of the impersonation registry entry (formerly
                `display_name_id`).
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import impersonation_registry as _ops

        return self._call(
            _ops.build_delete(
                self._account(account_id),
                impersonation_registry_id=impersonation_registry_id,
            ),
            _ops.parse_delete,
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
            impersonation_registry_id: The id of the impersonation registry entry (formerly
                `display_name_id`).
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import impersonation_registry as _ops

        return self._call(
            _ops.build_get(
                self._account(account_id),
                impersonation_registry_id=impersonation_registry_id,
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
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            search: Searches several properties of a record at once. Its behavior may change: it is
                meant for people, not automation; prefer the specific filters in tools.
            order: The field to sort by. One of name, email, created_at.
            direction: The sorting direction. One of asc, desc.
            provenance: Only entries from this source. One of A1S_INTERNAL, SNOOPY-CASB_OFFICE_365,
                SNOOPY-OFFICE_365, SNOOPY-GOOGLE_DIRECTORY.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import impersonation_registry as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list(
                _account,
                page=_page,
                per_page=per_page,
                search=search,
                order=order,
                direction=direction,
                provenance=provenance,
            ),
            _ops.parse_list,
            first_page=page,
            per_page=per_page,
            options=RequestOptions.of(timeout, extra_headers, extra_query),
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
        provenance: Provenance | ProvenanceValue | Unset | None = UNSET,
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
            impersonation_registry_id: The id of the impersonation registry entry (formerly
                `display_name_id`).
            external_directory_node_id: Deprecated, with no replacement named.
            name: At most 1024 characters.
            provenance: Where an impersonation registry entry comes from, or null; the SNOOPY-*
                values are directory syncs. One of A1S_INTERNAL, SNOOPY-CASB_OFFICE_365, SNOOPY-
                OFFICE_365, SNOOPY-GOOGLE_DIRECTORY.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import impersonation_registry as _ops

        return self._call(
            _ops.build_update(
                self._account(account_id),
                impersonation_registry_id=impersonation_registry_id,
                comments=comments,
                directory_id=directory_id,
                directory_node_id=directory_node_id,
                email=email,
                external_directory_node_id=external_directory_node_id,
                is_email_regex=is_email_regex,
                name=name,
                provenance=provenance,
            ),
            _ops.parse_update,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncImpersonationRegistry(AsyncResource):
    """Identities (display name and address) that attackers may impersonate. (async)"""

    @cached_property
    def with_raw_response(self) -> AsyncImpersonationRegistryWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return AsyncImpersonationRegistryWithRawResponse(self)

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
        provenance: Provenance | ProvenanceValue | Unset | None = UNSET,
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
            external_directory_node_id: Deprecated, with no replacement named.
            provenance: Where an impersonation registry entry comes from, or null; the SNOOPY-*
                values are directory syncs. One of A1S_INTERNAL, SNOOPY-CASB_OFFICE_365, SNOOPY-
                OFFICE_365, SNOOPY-GOOGLE_DIRECTORY.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import impersonation_registry as _ops

        return await self._call(
            _ops.build_create(
                self._account(account_id),
                email=email,
                is_email_regex=is_email_regex,
                name=name,
                comments=comments,
                directory_id=directory_id,
                directory_node_id=directory_node_id,
                external_directory_node_id=external_directory_node_id,
                provenance=provenance,
            ),
            _ops.parse_create,
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
            impersonation_registry_id: The id of the impersonation registry entry (formerly
                `display_name_id`).
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import impersonation_registry as _ops

        return await self._call(
            _ops.build_delete(
                self._account(account_id),
                impersonation_registry_id=impersonation_registry_id,
            ),
            _ops.parse_delete,
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
            impersonation_registry_id: The id of the impersonation registry entry (formerly
                `display_name_id`).
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import impersonation_registry as _ops

        return await self._call(
            _ops.build_get(
                self._account(account_id),
                impersonation_registry_id=impersonation_registry_id,
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
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            search: Searches several properties of a record at once. Its behavior may change: it is
                meant for people, not automation; prefer the specific filters in tools.
            order: The field to sort by. One of name, email, created_at.
            direction: The sorting direction. One of asc, desc.
            provenance: Only entries from this source. One of A1S_INTERNAL, SNOOPY-CASB_OFFICE_365,
                SNOOPY-OFFICE_365, SNOOPY-GOOGLE_DIRECTORY.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import impersonation_registry as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list(
                _account,
                page=_page,
                per_page=per_page,
                search=search,
                order=order,
                direction=direction,
                provenance=provenance,
            ),
            _ops.parse_list,
            first_page=page,
            per_page=per_page,
            options=RequestOptions.of(timeout, extra_headers, extra_query),
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
        provenance: Provenance | ProvenanceValue | Unset | None = UNSET,
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
            impersonation_registry_id: The id of the impersonation registry entry (formerly
                `display_name_id`).
            external_directory_node_id: Deprecated, with no replacement named.
            name: At most 1024 characters.
            provenance: Where an impersonation registry entry comes from, or null; the SNOOPY-*
                values are directory syncs. One of A1S_INTERNAL, SNOOPY-CASB_OFFICE_365, SNOOPY-
                OFFICE_365, SNOOPY-GOOGLE_DIRECTORY.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import impersonation_registry as _ops

        return await self._call(
            _ops.build_update(
                self._account(account_id),
                impersonation_registry_id=impersonation_registry_id,
                comments=comments,
                directory_id=directory_id,
                directory_node_id=directory_node_id,
                email=email,
                external_directory_node_id=external_directory_node_id,
                is_email_regex=is_email_regex,
                name=name,
                provenance=provenance,
            ),
            _ops.parse_update,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class ImpersonationRegistryWithRawResponse:
    """ImpersonationRegistry's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: ImpersonationRegistry) -> None:
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.get = to_raw_response(resource.get)
        self.list = to_raw_page(resource.list)
        self.update = to_raw_response(resource.update)


class AsyncImpersonationRegistryWithRawResponse:
    """AsyncImpersonationRegistry's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: AsyncImpersonationRegistry) -> None:
        self.create = async_to_raw_response(resource.create)
        self.delete = async_to_raw_response(resource.delete)
        self.get = async_to_raw_response(resource.get)
        self.list = async_to_raw_page(resource.list)
        self.update = async_to_raw_response(resource.update)
