"""The domains resource: Protected domains; the API can now create them, and unprotecting is irreversible.

Models are named here for type checkers only. Each method imports the request builders when it runs
(they load attrs, and each builder the models it uses), so that `import` and `client.domains`
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

    from ..models.create_domain import CreateDomain, CreateDomainDict
    from ..models.delivery_mode import DeliveryMode, DeliveryModeValue
    from ..models.disposition_label import DispositionLabel, DispositionLabelValue
    from ..models.domain import Domain
    from ..models.domain_batch_result import DomainBatchResult
    from ..models.domain_list_response import DomainListResponse
    from ..models.domain_order import DomainOrder, DomainOrderValue
    from ..models.domain_patch import DomainPatch, DomainPatchDict
    from ..models.domain_put import DomainPut, DomainPutDict
    from ..models.domain_status import DomainStatus, DomainStatusValue
    from ..models.domain_verification_info import DomainVerificationInfo
    from ..models.entry_ref import EntryRef, EntryRefDict
    from ..models.region import Region, RegionValue
    from ..models.scannable_folder import ScannableFolder, ScannableFolderValue
    from ..models.sorting_direction import SortingDirection, SortingDirectionValue


class Domains(SyncResource):
    """Protected domains; the API can now create them, and unprotecting is irreversible."""

    @cached_property
    def with_raw_response(self) -> DomainsWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return DomainsWithRawResponse(self)

    def batch(
        self,
        *,
        deletes: Sequence[EntryRef | EntryRefDict | str] = (),
        patches: Sequence[DomainPatch | DomainPatchDict] = (),
        puts: Sequence[DomainPut | DomainPutDict] = (),
        posts: Sequence[CreateDomain | CreateDomainDict] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> DomainBatchResult:
        """Batch domain operations.

        Applies deletes, patches, puts and posts of domains in one request, in that order. All four
        arrays are sent (empty when unused), each with at most 1000 entries. Deletes unprotect
        domains irreversibly.

        POST /email-security/settings/domains/batch
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            deletes: At most 1000 entries.
            patches: At most 1000 entries.
            puts: At most 1000 entries.
            posts: At most 1000 entries.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import domains as _ops

        return self._call(
            _ops.build_batch(
                self._account(account_id),
                deletes=deletes,
                patches=patches,
                puts=puts,
                posts=posts,
            ),
            _ops.parse_batch,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def bulk_delete(
        self,
        *,
        domains: Sequence[EntryRef | EntryRefDict | str],
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> builtins.list[EntryRef]:
        """Unprotect multiple email domains.

        Deprecated: send the ids as `deletes` of the domains batch instead. Unprotects the domains
        with the given ids, irreversibly. The body is required: a JSON array of `{id}`.

        DELETE /email-security/settings/domains
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domains: Not empty.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import domains as _ops

        return self._call(
            _ops.build_bulk_delete(
                self._account(account_id),
                domains=domains,
            ),
            _ops.parse_bulk_delete,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def create(
        self,
        *,
        domain: str,
        allowed_delivery_modes: builtins.list[DeliveryMode | DeliveryModeValue],
        ip_restrictions: builtins.list[str],
        drop_dispositions: builtins.list[DispositionLabel | DispositionLabelValue],
        regions: builtins.list[Region | RegionValue],
        folder: ScannableFolder | ScannableFolderValue | Unset | None = UNSET,
        integration_id: str | Unset | None = UNSET,
        lookback_hops: int | Unset | None = UNSET,
        require_tls_inbound: bool | Unset | None = UNSET,
        require_tls_outbound: bool | Unset | None = UNSET,
        transport: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Domain:
        """Protect a new email domain.

        Adds a domain to Email Security from one flat configuration covering every delivery mode. A
        domain created here may need DNS TXT verification: see `get_verification`.

        POST /email-security/settings/domains
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domain: The email domain to protect.
            allowed_delivery_modes: Delivery modes to onboard the domain through. 1 to 10 entries.
                One of DIRECT, BCC, JOURNAL, API, RETRO_SCAN.
            ip_restrictions: Source IP ranges mail is accepted from; any other source is rejected.
                At most 100 entries.
            drop_dispositions: Dispositions to drop instead of delivering. At most 10 entries. One
                of MALICIOUS, MALICIOUS-BEC, SUSPICIOUS, SPOOF, SPAM, BULK, ENCRYPTED, EXTERNAL,
                UNKNOWN, NONE.
            regions: Regions that process the domain's mail. 1 to 10 entries. One of GLOBAL, AU, DE,
                IN, US.
            folder: The mailbox folder to scan, for API-scanning domains. One of AllItems, Inbox.
            integration_id: The CASB integration that authorizes the domain (and enables API
                scanning and directory sync).
            lookback_hops: How many Received hops to trace back when reconstructing the original
                message. 1 to 20.
            transport: The mail transport host Cloudflare delivers to (MX/Inline delivery).
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import domains as _ops

        return self._call(
            _ops.build_create(
                self._account(account_id),
                domain=domain,
                allowed_delivery_modes=allowed_delivery_modes,
                ip_restrictions=ip_restrictions,
                drop_dispositions=drop_dispositions,
                regions=regions,
                folder=folder,
                integration_id=integration_id,
                lookback_hops=lookback_hops,
                require_tls_inbound=require_tls_inbound,
                require_tls_outbound=require_tls_outbound,
                transport=transport,
            ),
            _ops.parse_create,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def delete(
        self,
        domain_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> EntryRef:
        """Unprotect an email domain.

        Removes a domain from Email Security; its mail is no longer processed. This cannot be
        undone. The response carries its id.

        DELETE /email-security/settings/domains/{domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domain_id: The id of the domain.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import domains as _ops

        return self._call(
            _ops.build_delete(
                self._account(account_id),
                domain_id=domain_id,
            ),
            _ops.parse_delete,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def get(
        self,
        domain_id: str,
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
            domain_id: The id of the domain.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import domains as _ops

        return self._call(
            _ops.build_get(
                self._account(account_id),
                domain_id=domain_id,
            ),
            _ops.parse_get,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def get_verification(
        self,
        domain_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> DomainVerificationInfo | None:
        """Get domain verification details.

        The DNS TXT record that verifies a domain created through this API: 200 with the record's
        name and value, or 204 with no body when the domain needs none (it existed before, or is
        verified by zone ownership or a CASB integration).

        Not in the official Cloudflare SDKs.

        GET /email-security/settings/domains/{domain_id}/verification
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domain_id: The id of the domain.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import domains as _ops

        return self._call(
            _ops.build_get_verification(
                self._account(account_id),
                domain_id=domain_id,
            ),
            _ops.parse_get_verification,
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
        allowed_delivery_mode: DeliveryMode | DeliveryModeValue | Unset = UNSET,
        domain: builtins.list[str] | Unset = UNSET,
        active_delivery_mode: DeliveryMode | DeliveryModeValue | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        status: DomainStatus | DomainStatusValue | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SyncPager[Domain, DomainListResponse]:
        """List protected email domains.

        Lists, searches and sorts the account's protected domains.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/domains
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            search: Searches several properties of a record at once. Its behavior may change: it is
                meant for people, not automation; prefer the specific filters in tools.
            order: The field to sort by. One of domain, created_at.
            direction: The sorting direction. One of asc, desc.
            allowed_delivery_mode: Only domains that allow this delivery mode. One of DIRECT, BCC,
                JOURNAL, API, RETRO_SCAN.
            domain: Only these domain names; repeat the parameter for several
                (`?domain=a&domain=b`).
            active_delivery_mode: Only domains whose currently active delivery mode is this one. One
                of DIRECT, BCC, JOURNAL, API, RETRO_SCAN.
            integration_id: Only domains authorized by this CASB integration.
            status: Only domains in this verification status. One of PENDING, ACTIVE, FAILED,
                TIMEOUT.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import domains as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list(
                _account,
                page=_page,
                per_page=per_page,
                search=search,
                order=order,
                direction=direction,
                allowed_delivery_mode=allowed_delivery_mode,
                domain=domain,
                active_delivery_mode=active_delivery_mode,
                integration_id=integration_id,
                status=status,
            ),
            _ops.parse_list,
            first_page=page,
            per_page=per_page,
            options=RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def replace(
        self,
        domain_id: str,
        *,
        allowed_delivery_modes: builtins.list[DeliveryMode | DeliveryModeValue],
        ip_restrictions: builtins.list[str],
        drop_dispositions: builtins.list[DispositionLabel | DispositionLabelValue],
        regions: builtins.list[Region | RegionValue],
        lookback_hops: int | Unset | None = UNSET,
        folder: ScannableFolder | ScannableFolderValue | Unset | None = UNSET,
        integration_id: str | Unset | None = UNSET,
        require_tls_inbound: bool | Unset | None = UNSET,
        require_tls_outbound: bool | Unset | None = UNSET,
        transport: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Domain:
        """Replace an email domain.

        Replaces every mutable setting of a protected domain at once; unlike `update`, all of them
        are sent. The domain name is immutable.

        PUT /email-security/settings/domains/{domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domain_id: The id of the domain.
            allowed_delivery_modes: Delivery modes to onboard the domain through. 1 to 10 entries.
                One of DIRECT, BCC, JOURNAL, API, RETRO_SCAN.
            ip_restrictions: Source IP ranges mail is accepted from; any other source is rejected.
                At most 100 entries.
            drop_dispositions: Dispositions to drop instead of delivering. At most 10 entries. One
                of MALICIOUS, MALICIOUS-BEC, SUSPICIOUS, SPOOF, SPAM, BULK, ENCRYPTED, EXTERNAL,
                UNKNOWN, NONE.
            regions: Regions that process the domain's mail. 1 to 10 entries. One of GLOBAL, AU, DE,
                IN, US.
            lookback_hops: How many Received hops to trace back when reconstructing the original
                message. 1 to 20.
            folder: The mailbox folder to scan, for API-scanning domains. One of AllItems, Inbox.
            integration_id: The CASB integration that authorizes the domain.
            transport: The mail transport host Cloudflare delivers to (MX/Inline delivery).
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import domains as _ops

        return self._call(
            _ops.build_replace(
                self._account(account_id),
                domain_id=domain_id,
                allowed_delivery_modes=allowed_delivery_modes,
                ip_restrictions=ip_restrictions,
                drop_dispositions=drop_dispositions,
                regions=regions,
                lookback_hops=lookback_hops,
                folder=folder,
                integration_id=integration_id,
                require_tls_inbound=require_tls_inbound,
                require_tls_outbound=require_tls_outbound,
                transport=transport,
            ),
            _ops.parse_replace,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def update(
        self,
        domain_id: str,
        *,
        allowed_delivery_modes: builtins.list[DeliveryMode | DeliveryModeValue] | Unset = UNSET,
        drop_dispositions: builtins.list[DispositionLabel | DispositionLabelValue] | Unset = UNSET,
        folder: ScannableFolder | ScannableFolderValue | Unset | None = UNSET,
        integration_id: str | Unset | None = UNSET,
        ip_restrictions: builtins.list[str] | Unset = UNSET,
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

        Changes the given settings of a protected domain and leaves the others as they are. Nothing
        is required, and the domain name cannot be changed.

        PATCH /email-security/settings/domains/{domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domain_id: The id of the domain.
            allowed_delivery_modes: Delivery modes to onboard the domain through. One of DIRECT,
                BCC, JOURNAL, API, RETRO_SCAN.
            drop_dispositions: Dispositions to drop instead of delivering. One of MALICIOUS,
                MALICIOUS-BEC, SUSPICIOUS, SPOOF, SPAM, BULK, ENCRYPTED, EXTERNAL, UNKNOWN, NONE.
            folder: The mailbox folder to scan, for API-scanning domains. One of AllItems, Inbox.
            integration_id: The CASB integration that authorizes the domain; null detaches it.
            ip_restrictions: Source IP ranges mail is accepted from; any other source is rejected.
            lookback_hops: How many Received hops to trace back when reconstructing the original
                message. 1 to 20.
            regions: Regions that process the domain's mail. One of GLOBAL, AU, DE, IN, US.
            transport: The mail transport host Cloudflare delivers to (MX/Inline delivery).
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import domains as _ops

        return self._call(
            _ops.build_update(
                self._account(account_id),
                domain_id=domain_id,
                allowed_delivery_modes=allowed_delivery_modes,
                drop_dispositions=drop_dispositions,
                folder=folder,
                integration_id=integration_id,
                ip_restrictions=ip_restrictions,
                lookback_hops=lookback_hops,
                regions=regions,
                require_tls_inbound=require_tls_inbound,
                require_tls_outbound=require_tls_outbound,
                transport=transport,
            ),
            _ops.parse_update,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncDomains(AsyncResource):
    """Protected domains; the API can now create them, and unprotecting is irreversible. (async)"""

    @cached_property
    def with_raw_response(self) -> AsyncDomainsWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return AsyncDomainsWithRawResponse(self)

    async def batch(
        self,
        *,
        deletes: Sequence[EntryRef | EntryRefDict | str] = (),
        patches: Sequence[DomainPatch | DomainPatchDict] = (),
        puts: Sequence[DomainPut | DomainPutDict] = (),
        posts: Sequence[CreateDomain | CreateDomainDict] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> DomainBatchResult:
        """Batch domain operations.

        Applies deletes, patches, puts and posts of domains in one request, in that order. All four
        arrays are sent (empty when unused), each with at most 1000 entries. Deletes unprotect
        domains irreversibly.

        POST /email-security/settings/domains/batch
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            deletes: At most 1000 entries.
            patches: At most 1000 entries.
            puts: At most 1000 entries.
            posts: At most 1000 entries.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import domains as _ops

        return await self._call(
            _ops.build_batch(
                self._account(account_id),
                deletes=deletes,
                patches=patches,
                puts=puts,
                posts=posts,
            ),
            _ops.parse_batch,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def bulk_delete(
        self,
        *,
        domains: Sequence[EntryRef | EntryRefDict | str],
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> builtins.list[EntryRef]:
        """Unprotect multiple email domains.

        Deprecated: send the ids as `deletes` of the domains batch instead. Unprotects the domains
        with the given ids, irreversibly. The body is required: a JSON array of `{id}`.

        DELETE /email-security/settings/domains
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domains: Not empty.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import domains as _ops

        return await self._call(
            _ops.build_bulk_delete(
                self._account(account_id),
                domains=domains,
            ),
            _ops.parse_bulk_delete,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def create(
        self,
        *,
        domain: str,
        allowed_delivery_modes: builtins.list[DeliveryMode | DeliveryModeValue],
        ip_restrictions: builtins.list[str],
        drop_dispositions: builtins.list[DispositionLabel | DispositionLabelValue],
        regions: builtins.list[Region | RegionValue],
        folder: ScannableFolder | ScannableFolderValue | Unset | None = UNSET,
        integration_id: str | Unset | None = UNSET,
        lookback_hops: int | Unset | None = UNSET,
        require_tls_inbound: bool | Unset | None = UNSET,
        require_tls_outbound: bool | Unset | None = UNSET,
        transport: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Domain:
        """Protect a new email domain.

        Adds a domain to Email Security from one flat configuration covering every delivery mode. A
        domain created here may need DNS TXT verification: see `get_verification`.

        POST /email-security/settings/domains
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domain: The email domain to protect.
            allowed_delivery_modes: Delivery modes to onboard the domain through. 1 to 10 entries.
                One of DIRECT, BCC, JOURNAL, API, RETRO_SCAN.
            ip_restrictions: Source IP ranges mail is accepted from; any other source is rejected.
                At most 100 entries.
            drop_dispositions: Dispositions to drop instead of delivering. At most 10 entries. One
                of MALICIOUS, MALICIOUS-BEC, SUSPICIOUS, SPOOF, SPAM, BULK, ENCRYPTED, EXTERNAL,
                UNKNOWN, NONE.
            regions: Regions that process the domain's mail. 1 to 10 entries. One of GLOBAL, AU, DE,
                IN, US.
            folder: The mailbox folder to scan, for API-scanning domains. One of AllItems, Inbox.
            integration_id: The CASB integration that authorizes the domain (and enables API
                scanning and directory sync).
            lookback_hops: How many Received hops to trace back when reconstructing the original
                message. 1 to 20.
            transport: The mail transport host Cloudflare delivers to (MX/Inline delivery).
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import domains as _ops

        return await self._call(
            _ops.build_create(
                self._account(account_id),
                domain=domain,
                allowed_delivery_modes=allowed_delivery_modes,
                ip_restrictions=ip_restrictions,
                drop_dispositions=drop_dispositions,
                regions=regions,
                folder=folder,
                integration_id=integration_id,
                lookback_hops=lookback_hops,
                require_tls_inbound=require_tls_inbound,
                require_tls_outbound=require_tls_outbound,
                transport=transport,
            ),
            _ops.parse_create,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def delete(
        self,
        domain_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> EntryRef:
        """Unprotect an email domain.

        Removes a domain from Email Security; its mail is no longer processed. This cannot be
        undone. The response carries its id.

        DELETE /email-security/settings/domains/{domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domain_id: The id of the domain.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import domains as _ops

        return await self._call(
            _ops.build_delete(
                self._account(account_id),
                domain_id=domain_id,
            ),
            _ops.parse_delete,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def get(
        self,
        domain_id: str,
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
            domain_id: The id of the domain.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import domains as _ops

        return await self._call(
            _ops.build_get(
                self._account(account_id),
                domain_id=domain_id,
            ),
            _ops.parse_get,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def get_verification(
        self,
        domain_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> DomainVerificationInfo | None:
        """Get domain verification details.

        The DNS TXT record that verifies a domain created through this API: 200 with the record's
        name and value, or 204 with no body when the domain needs none (it existed before, or is
        verified by zone ownership or a CASB integration).

        Not in the official Cloudflare SDKs.

        GET /email-security/settings/domains/{domain_id}/verification
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domain_id: The id of the domain.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import domains as _ops

        return await self._call(
            _ops.build_get_verification(
                self._account(account_id),
                domain_id=domain_id,
            ),
            _ops.parse_get_verification,
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
        allowed_delivery_mode: DeliveryMode | DeliveryModeValue | Unset = UNSET,
        domain: builtins.list[str] | Unset = UNSET,
        active_delivery_mode: DeliveryMode | DeliveryModeValue | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        status: DomainStatus | DomainStatusValue | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncPager[Domain, DomainListResponse]:
        """List protected email domains.

        Lists, searches and sorts the account's protected domains.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/domains
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            search: Searches several properties of a record at once. Its behavior may change: it is
                meant for people, not automation; prefer the specific filters in tools.
            order: The field to sort by. One of domain, created_at.
            direction: The sorting direction. One of asc, desc.
            allowed_delivery_mode: Only domains that allow this delivery mode. One of DIRECT, BCC,
                JOURNAL, API, RETRO_SCAN.
            domain: Only these domain names; repeat the parameter for several
                (`?domain=a&domain=b`).
            active_delivery_mode: Only domains whose currently active delivery mode is this one. One
                of DIRECT, BCC, JOURNAL, API, RETRO_SCAN.
            integration_id: Only domains authorized by this CASB integration.
            status: Only domains in this verification status. One of PENDING, ACTIVE, FAILED,
                TIMEOUT.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import domains as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list(
                _account,
                page=_page,
                per_page=per_page,
                search=search,
                order=order,
                direction=direction,
                allowed_delivery_mode=allowed_delivery_mode,
                domain=domain,
                active_delivery_mode=active_delivery_mode,
                integration_id=integration_id,
                status=status,
            ),
            _ops.parse_list,
            first_page=page,
            per_page=per_page,
            options=RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def replace(
        self,
        domain_id: str,
        *,
        allowed_delivery_modes: builtins.list[DeliveryMode | DeliveryModeValue],
        ip_restrictions: builtins.list[str],
        drop_dispositions: builtins.list[DispositionLabel | DispositionLabelValue],
        regions: builtins.list[Region | RegionValue],
        lookback_hops: int | Unset | None = UNSET,
        folder: ScannableFolder | ScannableFolderValue | Unset | None = UNSET,
        integration_id: str | Unset | None = UNSET,
        require_tls_inbound: bool | Unset | None = UNSET,
        require_tls_outbound: bool | Unset | None = UNSET,
        transport: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Domain:
        """Replace an email domain.

        Replaces every mutable setting of a protected domain at once; unlike `update`, all of them
        are sent. The domain name is immutable.

        PUT /email-security/settings/domains/{domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domain_id: The id of the domain.
            allowed_delivery_modes: Delivery modes to onboard the domain through. 1 to 10 entries.
                One of DIRECT, BCC, JOURNAL, API, RETRO_SCAN.
            ip_restrictions: Source IP ranges mail is accepted from; any other source is rejected.
                At most 100 entries.
            drop_dispositions: Dispositions to drop instead of delivering. At most 10 entries. One
                of MALICIOUS, MALICIOUS-BEC, SUSPICIOUS, SPOOF, SPAM, BULK, ENCRYPTED, EXTERNAL,
                UNKNOWN, NONE.
            regions: Regions that process the domain's mail. 1 to 10 entries. One of GLOBAL, AU, DE,
                IN, US.
            lookback_hops: How many Received hops to trace back when reconstructing the original
                message. 1 to 20.
            folder: The mailbox folder to scan, for API-scanning domains. One of AllItems, Inbox.
            integration_id: The CASB integration that authorizes the domain.
            transport: The mail transport host Cloudflare delivers to (MX/Inline delivery).
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import domains as _ops

        return await self._call(
            _ops.build_replace(
                self._account(account_id),
                domain_id=domain_id,
                allowed_delivery_modes=allowed_delivery_modes,
                ip_restrictions=ip_restrictions,
                drop_dispositions=drop_dispositions,
                regions=regions,
                lookback_hops=lookback_hops,
                folder=folder,
                integration_id=integration_id,
                require_tls_inbound=require_tls_inbound,
                require_tls_outbound=require_tls_outbound,
                transport=transport,
            ),
            _ops.parse_replace,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def update(
        self,
        domain_id: str,
        *,
        allowed_delivery_modes: builtins.list[DeliveryMode | DeliveryModeValue] | Unset = UNSET,
        drop_dispositions: builtins.list[DispositionLabel | DispositionLabelValue] | Unset = UNSET,
        folder: ScannableFolder | ScannableFolderValue | Unset | None = UNSET,
        integration_id: str | Unset | None = UNSET,
        ip_restrictions: builtins.list[str] | Unset = UNSET,
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

        Changes the given settings of a protected domain and leaves the others as they are. Nothing
        is required, and the domain name cannot be changed.

        PATCH /email-security/settings/domains/{domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domain_id: The id of the domain.
            allowed_delivery_modes: Delivery modes to onboard the domain through. One of DIRECT,
                BCC, JOURNAL, API, RETRO_SCAN.
            drop_dispositions: Dispositions to drop instead of delivering. One of MALICIOUS,
                MALICIOUS-BEC, SUSPICIOUS, SPOOF, SPAM, BULK, ENCRYPTED, EXTERNAL, UNKNOWN, NONE.
            folder: The mailbox folder to scan, for API-scanning domains. One of AllItems, Inbox.
            integration_id: The CASB integration that authorizes the domain; null detaches it.
            ip_restrictions: Source IP ranges mail is accepted from; any other source is rejected.
            lookback_hops: How many Received hops to trace back when reconstructing the original
                message. 1 to 20.
            regions: Regions that process the domain's mail. One of GLOBAL, AU, DE, IN, US.
            transport: The mail transport host Cloudflare delivers to (MX/Inline delivery).
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import domains as _ops

        return await self._call(
            _ops.build_update(
                self._account(account_id),
                domain_id=domain_id,
                allowed_delivery_modes=allowed_delivery_modes,
                drop_dispositions=drop_dispositions,
                folder=folder,
                integration_id=integration_id,
                ip_restrictions=ip_restrictions,
                lookback_hops=lookback_hops,
                regions=regions,
                require_tls_inbound=require_tls_inbound,
                require_tls_outbound=require_tls_outbound,
                transport=transport,
            ),
            _ops.parse_update,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class DomainsWithRawResponse:
    """Domains's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: Domains) -> None:
        self.batch = to_raw_response(resource.batch)
        self.bulk_delete = to_raw_response(resource.bulk_delete)
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.get = to_raw_response(resource.get)
        self.get_verification = to_raw_response(resource.get_verification)
        self.list = to_raw_page(resource.list)
        self.replace = to_raw_response(resource.replace)
        self.update = to_raw_response(resource.update)


class AsyncDomainsWithRawResponse:
    """AsyncDomains's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: AsyncDomains) -> None:
        self.batch = async_to_raw_response(resource.batch)
        self.bulk_delete = async_to_raw_response(resource.bulk_delete)
        self.create = async_to_raw_response(resource.create)
        self.delete = async_to_raw_response(resource.delete)
        self.get = async_to_raw_response(resource.get)
        self.get_verification = async_to_raw_response(resource.get_verification)
        self.list = async_to_raw_page(resource.list)
        self.replace = async_to_raw_response(resource.replace)
        self.update = async_to_raw_response(resource.update)
