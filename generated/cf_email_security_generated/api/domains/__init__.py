"""The domains resource.

Domains protected by Email Security (created by onboarding, not by this API).

Each method imports its endpoint module (and with it the models and attrs) on its first call, so
that `import` and `client.domains` stay cheap; models are named here for type checkers only.
"""

from __future__ import annotations

import builtins
import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING
from uuid import UUID

from ..._pagination import DEFAULT_PER_PAGE, AsyncPager, SyncPager
from ...types import UNSET, RawResponse, RequestOptions, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AsyncClient, SyncClient
    from ...models.delivery_mode import DeliveryMode, DeliveryModeValue
    from ...models.disposition_label import DispositionLabel, DispositionLabelValue
    from ...models.domain import Domain
    from ...models.domain_list_response import DomainListResponse
    from ...models.domain_order import DomainOrder, DomainOrderValue
    from ...models.entry_ref import EntryRef, EntryRefDict
    from ...models.region import Region, RegionValue
    from ...models.scannable_folder import ScannableFolder, ScannableFolderValue
    from ...models.sorting_direction import SortingDirection, SortingDirectionValue


class Domains:
    """Domains protected by Email Security (created by onboarding, not by this API)."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> DomainsWithRawResponse:
        """The same operations, returning RawResponse (status, headers, cf-ray and the parsed result)."""
        return DomainsWithRawResponse(self._client)

    def bulk_delete(
        self,
        *,
        domains: Sequence[EntryRef | EntryRefDict | int],
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> builtins.list[EntryRef]:
        """Unprotect multiple email domains.

        Unprotects the domains with the given ids. The body is an array of `{id}` objects (the
        upstream schema's newer form; older descriptions show no body).

        DELETE /email-security/settings/domains
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domains: 1 to 1000 entries.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_delete_domains

        return self._client.send(
            email_security_delete_domains.build_request(
                self._client.resolve_account(account_id),
                domains=domains,
            ),
            email_security_delete_domains.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def delete(
        self,
        domain_id: int,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> EntryRef:
        """Unprotect an email domain.

        Deletes the domain with the provided id.

        DELETE /email-security/settings/domains/{domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domain_id: The unique identifier for the domain. At least 1.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_delete_domain

        return self._client.send(
            email_security_delete_domain.build_request(
                self._client.resolve_account(account_id),
                domain_id,
            ),
            email_security_delete_domain.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def get(
        self,
        domain_id: int,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Domain:
        """Get an email domain.

        Gets one protected domain by its id.

        GET /email-security/settings/domains/{domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domain_id: The unique identifier for the domain. At least 1.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_get_domain

        return self._client.send(
            email_security_get_domain.build_request(
                self._client.resolve_account(account_id),
                domain_id,
            ),
            email_security_get_domain.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        order: DomainOrder | DomainOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        search: str | Unset = UNSET,
        allowed_delivery_mode: DeliveryMode | DeliveryModeValue | Unset = UNSET,
        domain: builtins.list[str] | Unset = UNSET,
        active_delivery_mode: DeliveryMode | DeliveryModeValue | Unset = UNSET,
        integration_id: UUID | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SyncPager[Domain, DomainListResponse]:
        """List protected email domains.

        Lists, searches, and sorts an account's email domains.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/domains
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page. At least 1.
            order: The field to sort by. One of domain, created_at.
            direction: The sorting direction. One of asc, desc.
            search: Searches several properties of a record at once. Meant for people, not
                automation: prefer the specific filters in tools.
            allowed_delivery_mode: Filters response to domains with the provided delivery mode. One
                of DIRECT, BCC, JOURNAL, API, RETRO_SCAN.
            domain: Filters results by the provided domains, allowing for multiple occurrences.
            active_delivery_mode: Filters response to domains with the currently active delivery
                mode. One of DIRECT, BCC, JOURNAL, API, RETRO_SCAN.
            integration_id: Filters response to domains with the provided integration ID.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_list_domains

        request = functools.partial(
            email_security_list_domains.build_request,
            self._client.resolve_account(account_id),
            order=order,
            direction=direction,
            search=search,
            allowed_delivery_mode=allowed_delivery_mode,
            domain=domain,
            active_delivery_mode=active_delivery_mode,
            integration_id=integration_id,
            per_page=per_page,
        )
        first = request(page=page)  # validates now: bad input raises before the first page is fetched
        options = RequestOptions.of(timeout, extra_headers, extra_query)  # every page is fetched with them

        def fetch(number: int) -> DomainListResponse:
            spec = first if number == page else request(page=number)
            return self._client.send(spec, email_security_list_domains.parse, options)

        return SyncPager(fetch, first_page=page, per_page=per_page)

    def update(
        self,
        domain_id: int,
        *,
        ip_restrictions: builtins.list[str],
        allowed_delivery_modes: builtins.list[DeliveryMode | DeliveryModeValue] | Unset = UNSET,
        domain: str | Unset = UNSET,
        drop_dispositions: builtins.list[DispositionLabel | DispositionLabelValue] | Unset = UNSET,
        folder: ScannableFolder | ScannableFolderValue | Unset = UNSET,
        integration_id: UUID | Unset = UNSET,
        lookback_hops: int | Unset = UNSET,
        regions: builtins.list[Region | RegionValue] | Unset = UNSET,
        require_tls_inbound: bool | Unset = UNSET,
        require_tls_outbound: bool | Unset = UNSET,
        transport: str | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Domain:
        """Update an email domain.

        Changes the given settings of a protected domain. `ip_restrictions` is required by the
        upstream schema: send the current list to keep it.

        PATCH /email-security/settings/domains/{domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domain_id: The unique identifier for the domain. At least 1.
            allowed_delivery_modes: One of DIRECT, BCC, JOURNAL, API, RETRO_SCAN.
            drop_dispositions: One of MALICIOUS, MALICIOUS-BEC, SUSPICIOUS, SPOOF, SPAM, BULK,
                ENCRYPTED, EXTERNAL, UNKNOWN, NONE.
            folder: One of AllItems, Inbox.
            lookback_hops: 1 to 20.
            regions: One of GLOBAL, AU, DE, IN, US.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_update_domain

        return self._client.send(
            email_security_update_domain.build_request(
                self._client.resolve_account(account_id),
                domain_id,
                ip_restrictions=ip_restrictions,
                allowed_delivery_modes=allowed_delivery_modes,
                domain=domain,
                drop_dispositions=drop_dispositions,
                folder=folder,
                integration_id=integration_id,
                lookback_hops=lookback_hops,
                regions=regions,
                require_tls_inbound=require_tls_inbound,
                require_tls_outbound=require_tls_outbound,
                transport=transport,
            ),
            email_security_update_domain.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncDomains:
    """Domains protected by Email Security (created by onboarding, not by this API). (async)"""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncDomainsWithRawResponse:
        """The same operations, returning RawResponse (status, headers, cf-ray and the parsed result)."""
        return AsyncDomainsWithRawResponse(self._client)

    async def bulk_delete(
        self,
        *,
        domains: Sequence[EntryRef | EntryRefDict | int],
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> builtins.list[EntryRef]:
        """Unprotect multiple email domains.

        Unprotects the domains with the given ids. The body is an array of `{id}` objects (the
        upstream schema's newer form; older descriptions show no body).

        DELETE /email-security/settings/domains
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domains: 1 to 1000 entries.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_delete_domains

        return await self._client.send(
            email_security_delete_domains.build_request(
                self._client.resolve_account(account_id),
                domains=domains,
            ),
            email_security_delete_domains.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def delete(
        self,
        domain_id: int,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> EntryRef:
        """Unprotect an email domain.

        Deletes the domain with the provided id.

        DELETE /email-security/settings/domains/{domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domain_id: The unique identifier for the domain. At least 1.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_delete_domain

        return await self._client.send(
            email_security_delete_domain.build_request(
                self._client.resolve_account(account_id),
                domain_id,
            ),
            email_security_delete_domain.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def get(
        self,
        domain_id: int,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Domain:
        """Get an email domain.

        Gets one protected domain by its id.

        GET /email-security/settings/domains/{domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domain_id: The unique identifier for the domain. At least 1.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_get_domain

        return await self._client.send(
            email_security_get_domain.build_request(
                self._client.resolve_account(account_id),
                domain_id,
            ),
            email_security_get_domain.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        order: DomainOrder | DomainOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        search: str | Unset = UNSET,
        allowed_delivery_mode: DeliveryMode | DeliveryModeValue | Unset = UNSET,
        domain: builtins.list[str] | Unset = UNSET,
        active_delivery_mode: DeliveryMode | DeliveryModeValue | Unset = UNSET,
        integration_id: UUID | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncPager[Domain, DomainListResponse]:
        """List protected email domains.

        Lists, searches, and sorts an account's email domains.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/domains
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page. At least 1.
            order: The field to sort by. One of domain, created_at.
            direction: The sorting direction. One of asc, desc.
            search: Searches several properties of a record at once. Meant for people, not
                automation: prefer the specific filters in tools.
            allowed_delivery_mode: Filters response to domains with the provided delivery mode. One
                of DIRECT, BCC, JOURNAL, API, RETRO_SCAN.
            domain: Filters results by the provided domains, allowing for multiple occurrences.
            active_delivery_mode: Filters response to domains with the currently active delivery
                mode. One of DIRECT, BCC, JOURNAL, API, RETRO_SCAN.
            integration_id: Filters response to domains with the provided integration ID.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_list_domains

        request = functools.partial(
            email_security_list_domains.build_request,
            self._client.resolve_account(account_id),
            order=order,
            direction=direction,
            search=search,
            allowed_delivery_mode=allowed_delivery_mode,
            domain=domain,
            active_delivery_mode=active_delivery_mode,
            integration_id=integration_id,
            per_page=per_page,
        )
        first = request(page=page)  # validates now: bad input raises before the first page is fetched
        options = RequestOptions.of(timeout, extra_headers, extra_query)  # every page is fetched with them

        async def fetch(number: int) -> DomainListResponse:
            spec = first if number == page else request(page=number)
            return await self._client.send(spec, email_security_list_domains.parse, options)

        return AsyncPager(fetch, first_page=page, per_page=per_page)

    async def update(
        self,
        domain_id: int,
        *,
        ip_restrictions: builtins.list[str],
        allowed_delivery_modes: builtins.list[DeliveryMode | DeliveryModeValue] | Unset = UNSET,
        domain: str | Unset = UNSET,
        drop_dispositions: builtins.list[DispositionLabel | DispositionLabelValue] | Unset = UNSET,
        folder: ScannableFolder | ScannableFolderValue | Unset = UNSET,
        integration_id: UUID | Unset = UNSET,
        lookback_hops: int | Unset = UNSET,
        regions: builtins.list[Region | RegionValue] | Unset = UNSET,
        require_tls_inbound: bool | Unset = UNSET,
        require_tls_outbound: bool | Unset = UNSET,
        transport: str | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Domain:
        """Update an email domain.

        Changes the given settings of a protected domain. `ip_restrictions` is required by the
        upstream schema: send the current list to keep it.

        PATCH /email-security/settings/domains/{domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domain_id: The unique identifier for the domain. At least 1.
            allowed_delivery_modes: One of DIRECT, BCC, JOURNAL, API, RETRO_SCAN.
            drop_dispositions: One of MALICIOUS, MALICIOUS-BEC, SUSPICIOUS, SPOOF, SPAM, BULK,
                ENCRYPTED, EXTERNAL, UNKNOWN, NONE.
            folder: One of AllItems, Inbox.
            lookback_hops: 1 to 20.
            regions: One of GLOBAL, AU, DE, IN, US.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_update_domain

        return await self._client.send(
            email_security_update_domain.build_request(
                self._client.resolve_account(account_id),
                domain_id,
                ip_restrictions=ip_restrictions,
                allowed_delivery_modes=allowed_delivery_modes,
                domain=domain,
                drop_dispositions=drop_dispositions,
                folder=folder,
                integration_id=integration_id,
                lookback_hops=lookback_hops,
                regions=regions,
                require_tls_inbound=require_tls_inbound,
                require_tls_outbound=require_tls_outbound,
                transport=transport,
            ),
            email_security_update_domain.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class DomainsWithRawResponse:
    """Operations returning RawResponse."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def bulk_delete(
        self,
        *,
        domains: Sequence[EntryRef | EntryRefDict | int],
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[builtins.list[EntryRef]]:
        """Unprotect multiple email domains, with its HTTP response."""
        from . import email_security_delete_domains

        return self._client.send_raw(
            email_security_delete_domains.build_request(
                self._client.resolve_account(account_id),
                domains=domains,
            ),
            email_security_delete_domains.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def delete(
        self,
        domain_id: int,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[EntryRef]:
        """Unprotect an email domain, with its HTTP response."""
        from . import email_security_delete_domain

        return self._client.send_raw(
            email_security_delete_domain.build_request(
                self._client.resolve_account(account_id),
                domain_id,
            ),
            email_security_delete_domain.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def get(
        self,
        domain_id: int,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Domain]:
        """Get an email domain, with its HTTP response."""
        from . import email_security_get_domain

        return self._client.send_raw(
            email_security_get_domain.build_request(
                self._client.resolve_account(account_id),
                domain_id,
            ),
            email_security_get_domain.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        order: DomainOrder | DomainOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        search: str | Unset = UNSET,
        allowed_delivery_mode: DeliveryMode | DeliveryModeValue | Unset = UNSET,
        domain: builtins.list[str] | Unset = UNSET,
        active_delivery_mode: DeliveryMode | DeliveryModeValue | Unset = UNSET,
        integration_id: UUID | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[DomainListResponse]:
        """List protected email domains, with its HTTP response."""
        from . import email_security_list_domains

        return self._client.send_raw(
            email_security_list_domains.build_request(
                self._client.resolve_account(account_id),
                page=page,
                per_page=per_page,
                order=order,
                direction=direction,
                search=search,
                allowed_delivery_mode=allowed_delivery_mode,
                domain=domain,
                active_delivery_mode=active_delivery_mode,
                integration_id=integration_id,
            ),
            email_security_list_domains.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def update(
        self,
        domain_id: int,
        *,
        ip_restrictions: builtins.list[str],
        allowed_delivery_modes: builtins.list[DeliveryMode | DeliveryModeValue] | Unset = UNSET,
        domain: str | Unset = UNSET,
        drop_dispositions: builtins.list[DispositionLabel | DispositionLabelValue] | Unset = UNSET,
        folder: ScannableFolder | ScannableFolderValue | Unset = UNSET,
        integration_id: UUID | Unset = UNSET,
        lookback_hops: int | Unset = UNSET,
        regions: builtins.list[Region | RegionValue] | Unset = UNSET,
        require_tls_inbound: bool | Unset = UNSET,
        require_tls_outbound: bool | Unset = UNSET,
        transport: str | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Domain]:
        """Update an email domain, with its HTTP response."""
        from . import email_security_update_domain

        return self._client.send_raw(
            email_security_update_domain.build_request(
                self._client.resolve_account(account_id),
                domain_id,
                ip_restrictions=ip_restrictions,
                allowed_delivery_modes=allowed_delivery_modes,
                domain=domain,
                drop_dispositions=drop_dispositions,
                folder=folder,
                integration_id=integration_id,
                lookback_hops=lookback_hops,
                regions=regions,
                require_tls_inbound=require_tls_inbound,
                require_tls_outbound=require_tls_outbound,
                transport=transport,
            ),
            email_security_update_domain.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncDomainsWithRawResponse:
    """Operations returning RawResponse (async)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def bulk_delete(
        self,
        *,
        domains: Sequence[EntryRef | EntryRefDict | int],
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[builtins.list[EntryRef]]:
        """Unprotect multiple email domains, with its HTTP response."""
        from . import email_security_delete_domains

        return await self._client.send_raw(
            email_security_delete_domains.build_request(
                self._client.resolve_account(account_id),
                domains=domains,
            ),
            email_security_delete_domains.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def delete(
        self,
        domain_id: int,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[EntryRef]:
        """Unprotect an email domain, with its HTTP response."""
        from . import email_security_delete_domain

        return await self._client.send_raw(
            email_security_delete_domain.build_request(
                self._client.resolve_account(account_id),
                domain_id,
            ),
            email_security_delete_domain.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def get(
        self,
        domain_id: int,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Domain]:
        """Get an email domain, with its HTTP response."""
        from . import email_security_get_domain

        return await self._client.send_raw(
            email_security_get_domain.build_request(
                self._client.resolve_account(account_id),
                domain_id,
            ),
            email_security_get_domain.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        order: DomainOrder | DomainOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        search: str | Unset = UNSET,
        allowed_delivery_mode: DeliveryMode | DeliveryModeValue | Unset = UNSET,
        domain: builtins.list[str] | Unset = UNSET,
        active_delivery_mode: DeliveryMode | DeliveryModeValue | Unset = UNSET,
        integration_id: UUID | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[DomainListResponse]:
        """List protected email domains, with its HTTP response."""
        from . import email_security_list_domains

        return await self._client.send_raw(
            email_security_list_domains.build_request(
                self._client.resolve_account(account_id),
                page=page,
                per_page=per_page,
                order=order,
                direction=direction,
                search=search,
                allowed_delivery_mode=allowed_delivery_mode,
                domain=domain,
                active_delivery_mode=active_delivery_mode,
                integration_id=integration_id,
            ),
            email_security_list_domains.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def update(
        self,
        domain_id: int,
        *,
        ip_restrictions: builtins.list[str],
        allowed_delivery_modes: builtins.list[DeliveryMode | DeliveryModeValue] | Unset = UNSET,
        domain: str | Unset = UNSET,
        drop_dispositions: builtins.list[DispositionLabel | DispositionLabelValue] | Unset = UNSET,
        folder: ScannableFolder | ScannableFolderValue | Unset = UNSET,
        integration_id: UUID | Unset = UNSET,
        lookback_hops: int | Unset = UNSET,
        regions: builtins.list[Region | RegionValue] | Unset = UNSET,
        require_tls_inbound: bool | Unset = UNSET,
        require_tls_outbound: bool | Unset = UNSET,
        transport: str | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Domain]:
        """Update an email domain, with its HTTP response."""
        from . import email_security_update_domain

        return await self._client.send_raw(
            email_security_update_domain.build_request(
                self._client.resolve_account(account_id),
                domain_id,
                ip_restrictions=ip_restrictions,
                allowed_delivery_modes=allowed_delivery_modes,
                domain=domain,
                drop_dispositions=drop_dispositions,
                folder=folder,
                integration_id=integration_id,
                lookback_hops=lookback_hops,
                regions=regions,
                require_tls_inbound=require_tls_inbound,
                require_tls_outbound=require_tls_outbound,
                transport=transport,
            ),
            email_security_update_domain.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )
