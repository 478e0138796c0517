"""The impersonation_registry resource.

Display names that attackers may impersonate.

Each method imports its endpoint module (and with it the models and attrs) on its first call, so
that `import` and `client.impersonation_registry` stay cheap; models are named here for type
checkers only.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..._pagination import DEFAULT_PER_PAGE, AsyncPager, SyncPager
from ...types import UNSET, RawResponse, Unset

if TYPE_CHECKING:
    from ...client import AsyncClient, SyncClient
    from ...models.display_name import DisplayName
    from ...models.display_name_list_response import DisplayNameListResponse
    from ...models.display_name_order import DisplayNameOrder
    from ...models.entry_ref import EntryRef
    from ...models.provenance import Provenance
    from ...models.sorting_direction import SortingDirection


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
    ) -> DisplayName:
        """Create an entry in impersonation registry.

        Adds a display name to the impersonation registry.

        POST /email-security/settings/impersonation_registry
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.
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
        )

    def delete(
        self,
        display_name_id: int,
        *,
        account_id: str | None = None,
    ) -> EntryRef:
        """Delete an entry from impersonation registry.

        Deletes an impersonation registry entry; the response carries its id.

        DELETE /email-security/settings/impersonation_registry/{display_name_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.
        """
        from . import email_security_delete_display_name

        return self._client.send(
            email_security_delete_display_name.build_request(
                self._client.resolve_account(account_id),
                display_name_id,
            ),
            email_security_delete_display_name.parse,
        )

    def get(
        self,
        display_name_id: int,
        *,
        account_id: str | None = None,
    ) -> DisplayName:
        """Get an entry in impersonation registry.

        Gets one impersonation registry entry by its id.

        GET /email-security/settings/impersonation_registry/{display_name_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.
        """
        from . import email_security_get_display_name

        return self._client.send(
            email_security_get_display_name.build_request(
                self._client.resolve_account(account_id),
                display_name_id,
            ),
            email_security_get_display_name.parse,
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        order: DisplayNameOrder | str | Unset = UNSET,
        direction: SortingDirection | str | Unset = UNSET,
        search: str | Unset = UNSET,
        provenance: Provenance | str | Unset = UNSET,
        account_id: str | None = None,
    ) -> SyncPager[DisplayName, DisplayNameListResponse]:
        """List entries in impersonation registry.

        Lists, searches, and sorts entries in the impersonation registry.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/impersonation_registry
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.
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

        def fetch(number: int) -> DisplayNameListResponse:
            spec = first if number == page else request(page=number)
            return self._client.send(spec, email_security_list_display_names.parse)

        return SyncPager(fetch, first_page=page, per_page=per_page)

    def update(
        self,
        display_name_id: int,
        *,
        email: str | Unset | None = UNSET,
        is_email_regex: bool | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        account_id: str | None = None,
    ) -> DisplayName:
        """Update an entry in impersonation registry.

        Changes the given fields of an impersonation registry entry.

        PATCH /email-security/settings/impersonation_registry/{display_name_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.
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
    ) -> DisplayName:
        """Create an entry in impersonation registry.

        Adds a display name to the impersonation registry.

        POST /email-security/settings/impersonation_registry
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.
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
        )

    async def delete(
        self,
        display_name_id: int,
        *,
        account_id: str | None = None,
    ) -> EntryRef:
        """Delete an entry from impersonation registry.

        Deletes an impersonation registry entry; the response carries its id.

        DELETE /email-security/settings/impersonation_registry/{display_name_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.
        """
        from . import email_security_delete_display_name

        return await self._client.send(
            email_security_delete_display_name.build_request(
                self._client.resolve_account(account_id),
                display_name_id,
            ),
            email_security_delete_display_name.parse,
        )

    async def get(
        self,
        display_name_id: int,
        *,
        account_id: str | None = None,
    ) -> DisplayName:
        """Get an entry in impersonation registry.

        Gets one impersonation registry entry by its id.

        GET /email-security/settings/impersonation_registry/{display_name_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.
        """
        from . import email_security_get_display_name

        return await self._client.send(
            email_security_get_display_name.build_request(
                self._client.resolve_account(account_id),
                display_name_id,
            ),
            email_security_get_display_name.parse,
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        order: DisplayNameOrder | str | Unset = UNSET,
        direction: SortingDirection | str | Unset = UNSET,
        search: str | Unset = UNSET,
        provenance: Provenance | str | Unset = UNSET,
        account_id: str | None = None,
    ) -> AsyncPager[DisplayName, DisplayNameListResponse]:
        """List entries in impersonation registry.

        Lists, searches, and sorts entries in the impersonation registry.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/impersonation_registry
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.
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

        async def fetch(number: int) -> DisplayNameListResponse:
            spec = first if number == page else request(page=number)
            return await self._client.send(spec, email_security_list_display_names.parse)

        return AsyncPager(fetch, first_page=page, per_page=per_page)

    async def update(
        self,
        display_name_id: int,
        *,
        email: str | Unset | None = UNSET,
        is_email_regex: bool | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        account_id: str | None = None,
    ) -> DisplayName:
        """Update an entry in impersonation registry.

        Changes the given fields of an impersonation registry entry.

        PATCH /email-security/settings/impersonation_registry/{display_name_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.
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
        )

    def delete(
        self,
        display_name_id: int,
        *,
        account_id: str | None = None,
    ) -> RawResponse[EntryRef]:
        """Delete an entry from impersonation registry, with its HTTP response."""
        from . import email_security_delete_display_name

        return self._client.send_raw(
            email_security_delete_display_name.build_request(
                self._client.resolve_account(account_id),
                display_name_id,
            ),
            email_security_delete_display_name.parse,
        )

    def get(
        self,
        display_name_id: int,
        *,
        account_id: str | None = None,
    ) -> RawResponse[DisplayName]:
        """Get an entry in impersonation registry, with its HTTP response."""
        from . import email_security_get_display_name

        return self._client.send_raw(
            email_security_get_display_name.build_request(
                self._client.resolve_account(account_id),
                display_name_id,
            ),
            email_security_get_display_name.parse,
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        order: DisplayNameOrder | str | Unset = UNSET,
        direction: SortingDirection | str | Unset = UNSET,
        search: str | Unset = UNSET,
        provenance: Provenance | str | Unset = UNSET,
        account_id: str | None = None,
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
        )

    def update(
        self,
        display_name_id: int,
        *,
        email: str | Unset | None = UNSET,
        is_email_regex: bool | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        account_id: str | None = None,
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
        )

    async def delete(
        self,
        display_name_id: int,
        *,
        account_id: str | None = None,
    ) -> RawResponse[EntryRef]:
        """Delete an entry from impersonation registry, with its HTTP response."""
        from . import email_security_delete_display_name

        return await self._client.send_raw(
            email_security_delete_display_name.build_request(
                self._client.resolve_account(account_id),
                display_name_id,
            ),
            email_security_delete_display_name.parse,
        )

    async def get(
        self,
        display_name_id: int,
        *,
        account_id: str | None = None,
    ) -> RawResponse[DisplayName]:
        """Get an entry in impersonation registry, with its HTTP response."""
        from . import email_security_get_display_name

        return await self._client.send_raw(
            email_security_get_display_name.build_request(
                self._client.resolve_account(account_id),
                display_name_id,
            ),
            email_security_get_display_name.parse,
        )

    async def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        order: DisplayNameOrder | str | Unset = UNSET,
        direction: SortingDirection | str | Unset = UNSET,
        search: str | Unset = UNSET,
        provenance: Provenance | str | Unset = UNSET,
        account_id: str | None = None,
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
        )

    async def update(
        self,
        display_name_id: int,
        *,
        email: str | Unset | None = UNSET,
        is_email_regex: bool | Unset | None = UNSET,
        name: str | Unset | None = UNSET,
        account_id: str | None = None,
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
        )
