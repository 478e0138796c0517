"""The domains resource.

Protected domains; the API can now create them, and unprotecting is irreversible.

Each method imports its endpoint module (and with it the models and attrs) on its first call, so
that `import` and `client.domains` stay cheap; models are named here for type checkers only.
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
    from ...models.create_domain import CreateDomain, CreateDomainDict
    from ...models.delivery_mode import DeliveryMode, DeliveryModeValue
    from ...models.disposition_label import DispositionLabel, DispositionLabelValue
    from ...models.domain import Domain
    from ...models.domain_batch_result import DomainBatchResult
    from ...models.domain_list_response import DomainListResponse
    from ...models.domain_order import DomainOrder, DomainOrderValue
    from ...models.domain_patch import DomainPatch, DomainPatchDict
    from ...models.domain_put import DomainPut, DomainPutDict
    from ...models.domain_status import DomainStatus, DomainStatusValue
    from ...models.domain_verification_info import DomainVerificationInfo
    from ...models.entry_ref import EntryRef, EntryRefDict
    from ...models.region import Region, RegionValue
    from ...models.scannable_folder import ScannableFolder, ScannableFolderValue
    from ...models.sorting_direction import SortingDirection, SortingDirectionValue


class Domains:
    """Protected domains; the API can now create them, and unprotecting is irreversible."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> DomainsWithRawResponse:
        """The same operations, returning RawResponse (status, headers, cf-ray and the parsed result)."""
        return DomainsWithRawResponse(self._client)

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
        from . import email_security_batch_domains

        return self._client.send(
            email_security_batch_domains.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
                patches=patches,
                puts=puts,
                posts=posts,
            ),
            email_security_batch_domains.parse,
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

        Deprecated upstream: send the ids as `deletes` of the domains batch instead. Unprotects the
        domains with the given ids, irreversibly. The body is required: a JSON array of `{id}`
        (SPEC-0722; TS-7.1 and PY-5.9.0 send none, which upstream's schema does not allow).

        DELETE /email-security/settings/domains
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domains: Not empty.
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
        from . import email_security_create_domains

        return self._client.send(
            email_security_create_domains.build_request(
                self._client.resolve_account(account_id),
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
            email_security_create_domains.parse,
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
        from . import email_security_get_domain

        return self._client.send(
            email_security_get_domain.build_request(
                self._client.resolve_account(account_id),
                domain_id,
            ),
            email_security_get_domain.parse,
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
        verified by zone ownership or a CASB integration). Only SPEC-0722 has this operation
        (DOCS-1008, TS-7.1 and PY-5.9.0 do not); this document follows SPEC-0722, the 204 included.

        GET /email-security/settings/domains/{domain_id}/verification
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domain_id: The id of the domain.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_get_domain_verification

        return self._client.send(
            email_security_get_domain_verification.build_request(
                self._client.resolve_account(account_id),
                domain_id,
            ),
            email_security_get_domain_verification.parse,
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
            per_page: The number of results per page; upstream caps it at 1000. 1 to 1000.
            search: Searches several properties of a record at once. Upstream says its behavior may
                change: meant for people, not automation; prefer the specific filters in tools.
            order: The field to sort by. One of domain, created_at.
            direction: The sorting direction. One of asc, desc.
            allowed_delivery_mode: Only domains that allow this delivery mode. One of DIRECT, BCC,
                JOURNAL, API, RETRO_SCAN.
            domain: Only these domain names; repeat the parameter for several
                (`?domain=a&domain=b`).
            active_delivery_mode: Only domains whose currently active delivery mode is this one. One
                of DIRECT, BCC, JOURNAL, API, RETRO_SCAN.
            integration_id: Only domains authorized by this CASB integration.
            status: Only domains in this verification status. One of pending, active, failed,
                timeout.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_list_domains

        request = functools.partial(
            email_security_list_domains.build_request,
            self._client.resolve_account(account_id),
            search=search,
            order=order,
            direction=direction,
            allowed_delivery_mode=allowed_delivery_mode,
            domain=domain,
            active_delivery_mode=active_delivery_mode,
            integration_id=integration_id,
            status=status,
            per_page=per_page,
        )
        first = request(page=page)  # validates now: bad input raises before the first page is fetched
        options = RequestOptions.of(timeout, extra_headers, extra_query)  # every page is fetched with them

        def fetch(number: int) -> DomainListResponse:
            spec = first if number == page else request(page=number)
            return self._client.send(spec, email_security_list_domains.parse, options)

        return SyncPager(fetch, first_page=page, per_page=per_page)

    def replace(
        self,
        domain_id: str,
        *,
        allowed_delivery_modes: builtins.list[DeliveryMode | DeliveryModeValue],
        lookback_hops: int,
        ip_restrictions: builtins.list[str],
        drop_dispositions: builtins.list[DispositionLabel | DispositionLabelValue],
        regions: builtins.list[Region | RegionValue],
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
            lookback_hops: How many Received hops to trace back when reconstructing the original
                message. 1 to 20.
            ip_restrictions: Source IP ranges mail is accepted from; any other source is rejected.
                At most 100 entries.
            drop_dispositions: Dispositions to drop instead of delivering. At most 10 entries. One
                of MALICIOUS, MALICIOUS-BEC, SUSPICIOUS, SPOOF, SPAM, BULK, ENCRYPTED, EXTERNAL,
                UNKNOWN, NONE.
            regions: Regions that process the domain's mail. 1 to 10 entries. One of GLOBAL, AU, DE,
                IN, US.
            folder: The mailbox folder to scan, for API-scanning domains. One of AllItems, Inbox.
            integration_id: The CASB integration that authorizes the domain.
            transport: The mail transport host Cloudflare delivers to (MX/Inline delivery).
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_replace_domain

        return self._client.send(
            email_security_replace_domain.build_request(
                self._client.resolve_account(account_id),
                domain_id,
                allowed_delivery_modes=allowed_delivery_modes,
                lookback_hops=lookback_hops,
                ip_restrictions=ip_restrictions,
                drop_dispositions=drop_dispositions,
                regions=regions,
                folder=folder,
                integration_id=integration_id,
                require_tls_inbound=require_tls_inbound,
                require_tls_outbound=require_tls_outbound,
                transport=transport,
            ),
            email_security_replace_domain.parse,
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
        is required any more (Gen A required `ip_restrictions`), and the domain name cannot be
        changed.

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
        from . import email_security_update_domain

        return self._client.send(
            email_security_update_domain.build_request(
                self._client.resolve_account(account_id),
                domain_id,
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
            email_security_update_domain.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncDomains:
    """Protected domains; the API can now create them, and unprotecting is irreversible. (async)"""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncDomainsWithRawResponse:
        """The same operations, returning RawResponse (status, headers, cf-ray and the parsed result)."""
        return AsyncDomainsWithRawResponse(self._client)

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
        from . import email_security_batch_domains

        return await self._client.send(
            email_security_batch_domains.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
                patches=patches,
                puts=puts,
                posts=posts,
            ),
            email_security_batch_domains.parse,
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

        Deprecated upstream: send the ids as `deletes` of the domains batch instead. Unprotects the
        domains with the given ids, irreversibly. The body is required: a JSON array of `{id}`
        (SPEC-0722; TS-7.1 and PY-5.9.0 send none, which upstream's schema does not allow).

        DELETE /email-security/settings/domains
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domains: Not empty.
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
        from . import email_security_create_domains

        return await self._client.send(
            email_security_create_domains.build_request(
                self._client.resolve_account(account_id),
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
            email_security_create_domains.parse,
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
        from . import email_security_get_domain

        return await self._client.send(
            email_security_get_domain.build_request(
                self._client.resolve_account(account_id),
                domain_id,
            ),
            email_security_get_domain.parse,
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
        verified by zone ownership or a CASB integration). Only SPEC-0722 has this operation
        (DOCS-1008, TS-7.1 and PY-5.9.0 do not); this document follows SPEC-0722, the 204 included.

        GET /email-security/settings/domains/{domain_id}/verification
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            domain_id: The id of the domain.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_get_domain_verification

        return await self._client.send(
            email_security_get_domain_verification.build_request(
                self._client.resolve_account(account_id),
                domain_id,
            ),
            email_security_get_domain_verification.parse,
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
            per_page: The number of results per page; upstream caps it at 1000. 1 to 1000.
            search: Searches several properties of a record at once. Upstream says its behavior may
                change: meant for people, not automation; prefer the specific filters in tools.
            order: The field to sort by. One of domain, created_at.
            direction: The sorting direction. One of asc, desc.
            allowed_delivery_mode: Only domains that allow this delivery mode. One of DIRECT, BCC,
                JOURNAL, API, RETRO_SCAN.
            domain: Only these domain names; repeat the parameter for several
                (`?domain=a&domain=b`).
            active_delivery_mode: Only domains whose currently active delivery mode is this one. One
                of DIRECT, BCC, JOURNAL, API, RETRO_SCAN.
            integration_id: Only domains authorized by this CASB integration.
            status: Only domains in this verification status. One of pending, active, failed,
                timeout.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_list_domains

        request = functools.partial(
            email_security_list_domains.build_request,
            self._client.resolve_account(account_id),
            search=search,
            order=order,
            direction=direction,
            allowed_delivery_mode=allowed_delivery_mode,
            domain=domain,
            active_delivery_mode=active_delivery_mode,
            integration_id=integration_id,
            status=status,
            per_page=per_page,
        )
        first = request(page=page)  # validates now: bad input raises before the first page is fetched
        options = RequestOptions.of(timeout, extra_headers, extra_query)  # every page is fetched with them

        async def fetch(number: int) -> DomainListResponse:
            spec = first if number == page else request(page=number)
            return await self._client.send(spec, email_security_list_domains.parse, options)

        return AsyncPager(fetch, first_page=page, per_page=per_page)

    async def replace(
        self,
        domain_id: str,
        *,
        allowed_delivery_modes: builtins.list[DeliveryMode | DeliveryModeValue],
        lookback_hops: int,
        ip_restrictions: builtins.list[str],
        drop_dispositions: builtins.list[DispositionLabel | DispositionLabelValue],
        regions: builtins.list[Region | RegionValue],
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
            lookback_hops: How many Received hops to trace back when reconstructing the original
                message. 1 to 20.
            ip_restrictions: Source IP ranges mail is accepted from; any other source is rejected.
                At most 100 entries.
            drop_dispositions: Dispositions to drop instead of delivering. At most 10 entries. One
                of MALICIOUS, MALICIOUS-BEC, SUSPICIOUS, SPOOF, SPAM, BULK, ENCRYPTED, EXTERNAL,
                UNKNOWN, NONE.
            regions: Regions that process the domain's mail. 1 to 10 entries. One of GLOBAL, AU, DE,
                IN, US.
            folder: The mailbox folder to scan, for API-scanning domains. One of AllItems, Inbox.
            integration_id: The CASB integration that authorizes the domain.
            transport: The mail transport host Cloudflare delivers to (MX/Inline delivery).
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_replace_domain

        return await self._client.send(
            email_security_replace_domain.build_request(
                self._client.resolve_account(account_id),
                domain_id,
                allowed_delivery_modes=allowed_delivery_modes,
                lookback_hops=lookback_hops,
                ip_restrictions=ip_restrictions,
                drop_dispositions=drop_dispositions,
                regions=regions,
                folder=folder,
                integration_id=integration_id,
                require_tls_inbound=require_tls_inbound,
                require_tls_outbound=require_tls_outbound,
                transport=transport,
            ),
            email_security_replace_domain.parse,
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
        is required any more (Gen A required `ip_restrictions`), and the domain name cannot be
        changed.

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
        from . import email_security_update_domain

        return await self._client.send(
            email_security_update_domain.build_request(
                self._client.resolve_account(account_id),
                domain_id,
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
            email_security_update_domain.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class DomainsWithRawResponse:
    """Operations returning RawResponse."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

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
    ) -> RawResponse[DomainBatchResult]:
        """Batch domain operations, with its HTTP response."""
        from . import email_security_batch_domains

        return self._client.send_raw(
            email_security_batch_domains.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
                patches=patches,
                puts=puts,
                posts=posts,
            ),
            email_security_batch_domains.parse,
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
    ) -> RawResponse[Domain]:
        """Protect a new email domain, with its HTTP response."""
        from . import email_security_create_domains

        return self._client.send_raw(
            email_security_create_domains.build_request(
                self._client.resolve_account(account_id),
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
            email_security_create_domains.parse,
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
        domain_id: str,
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

    def get_verification(
        self,
        domain_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[DomainVerificationInfo | None]:
        """Get domain verification details, with its HTTP response."""
        from . import email_security_get_domain_verification

        return self._client.send_raw(
            email_security_get_domain_verification.build_request(
                self._client.resolve_account(account_id),
                domain_id,
            ),
            email_security_get_domain_verification.parse,
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
    ) -> RawResponse[DomainListResponse]:
        """List protected email domains, with its HTTP response."""
        from . import email_security_list_domains

        return self._client.send_raw(
            email_security_list_domains.build_request(
                self._client.resolve_account(account_id),
                page=page,
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
            email_security_list_domains.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def replace(
        self,
        domain_id: str,
        *,
        allowed_delivery_modes: builtins.list[DeliveryMode | DeliveryModeValue],
        lookback_hops: int,
        ip_restrictions: builtins.list[str],
        drop_dispositions: builtins.list[DispositionLabel | DispositionLabelValue],
        regions: builtins.list[Region | RegionValue],
        folder: ScannableFolder | ScannableFolderValue | Unset | None = UNSET,
        integration_id: str | Unset | None = UNSET,
        require_tls_inbound: bool | Unset | None = UNSET,
        require_tls_outbound: bool | Unset | None = UNSET,
        transport: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Domain]:
        """Replace an email domain, with its HTTP response."""
        from . import email_security_replace_domain

        return self._client.send_raw(
            email_security_replace_domain.build_request(
                self._client.resolve_account(account_id),
                domain_id,
                allowed_delivery_modes=allowed_delivery_modes,
                lookback_hops=lookback_hops,
                ip_restrictions=ip_restrictions,
                drop_dispositions=drop_dispositions,
                regions=regions,
                folder=folder,
                integration_id=integration_id,
                require_tls_inbound=require_tls_inbound,
                require_tls_outbound=require_tls_outbound,
                transport=transport,
            ),
            email_security_replace_domain.parse,
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
    ) -> RawResponse[Domain]:
        """Update an email domain, with its HTTP response."""
        from . import email_security_update_domain

        return self._client.send_raw(
            email_security_update_domain.build_request(
                self._client.resolve_account(account_id),
                domain_id,
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
            email_security_update_domain.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncDomainsWithRawResponse:
    """Operations returning RawResponse (async)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

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
    ) -> RawResponse[DomainBatchResult]:
        """Batch domain operations, with its HTTP response."""
        from . import email_security_batch_domains

        return await self._client.send_raw(
            email_security_batch_domains.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
                patches=patches,
                puts=puts,
                posts=posts,
            ),
            email_security_batch_domains.parse,
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
    ) -> RawResponse[Domain]:
        """Protect a new email domain, with its HTTP response."""
        from . import email_security_create_domains

        return await self._client.send_raw(
            email_security_create_domains.build_request(
                self._client.resolve_account(account_id),
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
            email_security_create_domains.parse,
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
        domain_id: str,
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

    async def get_verification(
        self,
        domain_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[DomainVerificationInfo | None]:
        """Get domain verification details, with its HTTP response."""
        from . import email_security_get_domain_verification

        return await self._client.send_raw(
            email_security_get_domain_verification.build_request(
                self._client.resolve_account(account_id),
                domain_id,
            ),
            email_security_get_domain_verification.parse,
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
        allowed_delivery_mode: DeliveryMode | DeliveryModeValue | Unset = UNSET,
        domain: builtins.list[str] | Unset = UNSET,
        active_delivery_mode: DeliveryMode | DeliveryModeValue | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        status: DomainStatus | DomainStatusValue | Unset | None = UNSET,
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
                search=search,
                order=order,
                direction=direction,
                allowed_delivery_mode=allowed_delivery_mode,
                domain=domain,
                active_delivery_mode=active_delivery_mode,
                integration_id=integration_id,
                status=status,
            ),
            email_security_list_domains.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def replace(
        self,
        domain_id: str,
        *,
        allowed_delivery_modes: builtins.list[DeliveryMode | DeliveryModeValue],
        lookback_hops: int,
        ip_restrictions: builtins.list[str],
        drop_dispositions: builtins.list[DispositionLabel | DispositionLabelValue],
        regions: builtins.list[Region | RegionValue],
        folder: ScannableFolder | ScannableFolderValue | Unset | None = UNSET,
        integration_id: str | Unset | None = UNSET,
        require_tls_inbound: bool | Unset | None = UNSET,
        require_tls_outbound: bool | Unset | None = UNSET,
        transport: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[Domain]:
        """Replace an email domain, with its HTTP response."""
        from . import email_security_replace_domain

        return await self._client.send_raw(
            email_security_replace_domain.build_request(
                self._client.resolve_account(account_id),
                domain_id,
                allowed_delivery_modes=allowed_delivery_modes,
                lookback_hops=lookback_hops,
                ip_restrictions=ip_restrictions,
                drop_dispositions=drop_dispositions,
                regions=regions,
                folder=folder,
                integration_id=integration_id,
                require_tls_inbound=require_tls_inbound,
                require_tls_outbound=require_tls_outbound,
                transport=transport,
            ),
            email_security_replace_domain.parse,
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
    ) -> RawResponse[Domain]:
        """Update an email domain, with its HTTP response."""
        from . import email_security_update_domain

        return await self._client.send_raw(
            email_security_update_domain.build_request(
                self._client.resolve_account(account_id),
                domain_id,
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
            email_security_update_domain.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )
