"""The trusted_domains resource.

Domains exempt from recent-domain and similar-domain detections.

Each method imports its endpoint module (and with it the models and attrs) on its first call, so
that `import` and `client.trusted_domains` stay cheap; models are named here for type checkers only.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..._pagination import DEFAULT_PER_PAGE, AsyncPager, SyncPager
from ...types import UNSET, RawResponse, Unset

if TYPE_CHECKING:
    from ...client import AsyncClient, SyncClient
    from ...models.create_trusted_domain import CreateTrustedDomain
    from ...models.entry_ref import EntryRef
    from ...models.pattern_order import PatternOrder
    from ...models.sorting_direction import SortingDirection
    from ...models.trusted_domain import TrustedDomain
    from ...models.trusted_domain_batch_result import TrustedDomainBatchResult
    from ...models.trusted_domain_list_response import TrustedDomainListResponse
    from ...models.trusted_domain_patch import TrustedDomainPatch
    from ...models.trusted_domain_put import TrustedDomainPut


class TrustedDomains:
    """Domains exempt from recent-domain and similar-domain detections."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> TrustedDomainsWithRawResponse:
        """The same operations, returning RawResponse (status, headers, cf-ray and the parsed result)."""
        return TrustedDomainsWithRawResponse(self._client)

    def batch(
        self,
        *,
        deletes: Sequence[EntryRef | Mapping[str, Any] | int] = (),
        patches: Sequence[TrustedDomainPatch | Mapping[str, Any]] = (),
        posts: Sequence[CreateTrustedDomain | Mapping[str, Any]] = (),
        puts: Sequence[TrustedDomainPut | Mapping[str, Any]] = (),
        account_id: str | None = None,
    ) -> TrustedDomainBatchResult:
        """Batch Trusted Domains.

        Send a Batch of Trusted Domains API calls to be executed together. All four arrays are sent
        (empty when unused); the server applies them atomically in the order deletes, patches, puts,
        posts.

        POST /email-security/settings/trusted_domains/batch
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.
        """
        from . import email_security_batch_trusted_domains

        return self._client.send(
            email_security_batch_trusted_domains.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
                patches=patches,
                posts=posts,
                puts=puts,
            ),
            email_security_batch_trusted_domains.parse,
        )

    def create(
        self,
        *,
        is_recent: bool,
        is_regex: bool,
        is_similarity: bool,
        pattern: str,
        comments: str | Unset | None = UNSET,
        account_id: str | None = None,
    ) -> TrustedDomain:
        """Create a trusted email domain.

        Creates one trusted domain. The seed documents say the result is null; the upstream schema
        (every generation seen) returns the created trusted domain, and this spec follows upstream.
        Upstream Gen A also accepts an array body and then returns an array; this client sends one entry
        per call and leaves many entries to `batch`, so that the result type is one TrustedDomain, not a
        union.

        POST /email-security/settings/trusted_domains
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.
        """
        from . import email_security_create_trusted_domain

        return self._client.send(
            email_security_create_trusted_domain.build_request(
                self._client.resolve_account(account_id),
                is_recent=is_recent,
                is_regex=is_regex,
                is_similarity=is_similarity,
                pattern=pattern,
                comments=comments,
            ),
            email_security_create_trusted_domain.parse,
        )

    def delete(
        self,
        trusted_domain_id: int,
        *,
        account_id: str | None = None,
    ) -> EntryRef:
        """Delete a trusted email domain.

        Deletes a trusted domain; the response carries its id.

        DELETE /email-security/settings/trusted_domains/{trusted_domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.
        """
        from . import email_security_delete_trusted_domain

        return self._client.send(
            email_security_delete_trusted_domain.build_request(
                self._client.resolve_account(account_id),
                trusted_domain_id,
            ),
            email_security_delete_trusted_domain.parse,
        )

    def get(
        self,
        trusted_domain_id: int,
        *,
        account_id: str | None = None,
    ) -> TrustedDomain:
        """Get a trusted email domain.

        Gets one trusted domain by its id.

        GET /email-security/settings/trusted_domains/{trusted_domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.
        """
        from . import email_security_get_trusted_domain

        return self._client.send(
            email_security_get_trusted_domain.build_request(
                self._client.resolve_account(account_id),
                trusted_domain_id,
            ),
            email_security_get_trusted_domain.parse,
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        order: PatternOrder | str | Unset = UNSET,
        direction: SortingDirection | str | Unset = UNSET,
        search: str | Unset = UNSET,
        is_recent: bool | Unset = UNSET,
        is_similarity: bool | Unset = UNSET,
        pattern: str | Unset = UNSET,
        account_id: str | None = None,
    ) -> SyncPager[TrustedDomain, TrustedDomainListResponse]:
        """List trusted email domains.

        Lists, searches, and sorts an account's trusted email domains.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/trusted_domains
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.
        """
        from . import email_security_list_trusted_domains

        request = functools.partial(
            email_security_list_trusted_domains.build_request,
            self._client.resolve_account(account_id),
            order=order,
            direction=direction,
            search=search,
            is_recent=is_recent,
            is_similarity=is_similarity,
            pattern=pattern,
            per_page=per_page,
        )
        first = request(page=page)  # validates now: bad input raises before the first page is fetched

        def fetch(number: int) -> TrustedDomainListResponse:
            spec = first if number == page else request(page=number)
            return self._client.send(spec, email_security_list_trusted_domains.parse)

        return SyncPager(fetch, first_page=page, per_page=per_page)

    def update(
        self,
        trusted_domain_id: int,
        *,
        comments: str | Unset = UNSET,
        is_recent: bool | Unset = UNSET,
        is_regex: bool | Unset = UNSET,
        is_similarity: bool | Unset = UNSET,
        pattern: str | Unset = UNSET,
        account_id: str | None = None,
    ) -> TrustedDomain:
        """Update a trusted email domain.

        Changes the given fields of a trusted domain (none of them nullable).

        PATCH /email-security/settings/trusted_domains/{trusted_domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.
        """
        from . import email_security_update_trusted_domain

        return self._client.send(
            email_security_update_trusted_domain.build_request(
                self._client.resolve_account(account_id),
                trusted_domain_id,
                comments=comments,
                is_recent=is_recent,
                is_regex=is_regex,
                is_similarity=is_similarity,
                pattern=pattern,
            ),
            email_security_update_trusted_domain.parse,
        )


class AsyncTrustedDomains:
    """Domains exempt from recent-domain and similar-domain detections. (async)"""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncTrustedDomainsWithRawResponse:
        """The same operations, returning RawResponse (status, headers, cf-ray and the parsed result)."""
        return AsyncTrustedDomainsWithRawResponse(self._client)

    async def batch(
        self,
        *,
        deletes: Sequence[EntryRef | Mapping[str, Any] | int] = (),
        patches: Sequence[TrustedDomainPatch | Mapping[str, Any]] = (),
        posts: Sequence[CreateTrustedDomain | Mapping[str, Any]] = (),
        puts: Sequence[TrustedDomainPut | Mapping[str, Any]] = (),
        account_id: str | None = None,
    ) -> TrustedDomainBatchResult:
        """Batch Trusted Domains.

        Send a Batch of Trusted Domains API calls to be executed together. All four arrays are sent
        (empty when unused); the server applies them atomically in the order deletes, patches, puts,
        posts.

        POST /email-security/settings/trusted_domains/batch
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.
        """
        from . import email_security_batch_trusted_domains

        return await self._client.send(
            email_security_batch_trusted_domains.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
                patches=patches,
                posts=posts,
                puts=puts,
            ),
            email_security_batch_trusted_domains.parse,
        )

    async def create(
        self,
        *,
        is_recent: bool,
        is_regex: bool,
        is_similarity: bool,
        pattern: str,
        comments: str | Unset | None = UNSET,
        account_id: str | None = None,
    ) -> TrustedDomain:
        """Create a trusted email domain.

        Creates one trusted domain. The seed documents say the result is null; the upstream schema
        (every generation seen) returns the created trusted domain, and this spec follows upstream.
        Upstream Gen A also accepts an array body and then returns an array; this client sends one entry
        per call and leaves many entries to `batch`, so that the result type is one TrustedDomain, not a
        union.

        POST /email-security/settings/trusted_domains
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.
        """
        from . import email_security_create_trusted_domain

        return await self._client.send(
            email_security_create_trusted_domain.build_request(
                self._client.resolve_account(account_id),
                is_recent=is_recent,
                is_regex=is_regex,
                is_similarity=is_similarity,
                pattern=pattern,
                comments=comments,
            ),
            email_security_create_trusted_domain.parse,
        )

    async def delete(
        self,
        trusted_domain_id: int,
        *,
        account_id: str | None = None,
    ) -> EntryRef:
        """Delete a trusted email domain.

        Deletes a trusted domain; the response carries its id.

        DELETE /email-security/settings/trusted_domains/{trusted_domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.
        """
        from . import email_security_delete_trusted_domain

        return await self._client.send(
            email_security_delete_trusted_domain.build_request(
                self._client.resolve_account(account_id),
                trusted_domain_id,
            ),
            email_security_delete_trusted_domain.parse,
        )

    async def get(
        self,
        trusted_domain_id: int,
        *,
        account_id: str | None = None,
    ) -> TrustedDomain:
        """Get a trusted email domain.

        Gets one trusted domain by its id.

        GET /email-security/settings/trusted_domains/{trusted_domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.
        """
        from . import email_security_get_trusted_domain

        return await self._client.send(
            email_security_get_trusted_domain.build_request(
                self._client.resolve_account(account_id),
                trusted_domain_id,
            ),
            email_security_get_trusted_domain.parse,
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        order: PatternOrder | str | Unset = UNSET,
        direction: SortingDirection | str | Unset = UNSET,
        search: str | Unset = UNSET,
        is_recent: bool | Unset = UNSET,
        is_similarity: bool | Unset = UNSET,
        pattern: str | Unset = UNSET,
        account_id: str | None = None,
    ) -> AsyncPager[TrustedDomain, TrustedDomainListResponse]:
        """List trusted email domains.

        Lists, searches, and sorts an account's trusted email domains.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/trusted_domains
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.
        """
        from . import email_security_list_trusted_domains

        request = functools.partial(
            email_security_list_trusted_domains.build_request,
            self._client.resolve_account(account_id),
            order=order,
            direction=direction,
            search=search,
            is_recent=is_recent,
            is_similarity=is_similarity,
            pattern=pattern,
            per_page=per_page,
        )
        first = request(page=page)  # validates now: bad input raises before the first page is fetched

        async def fetch(number: int) -> TrustedDomainListResponse:
            spec = first if number == page else request(page=number)
            return await self._client.send(spec, email_security_list_trusted_domains.parse)

        return AsyncPager(fetch, first_page=page, per_page=per_page)

    async def update(
        self,
        trusted_domain_id: int,
        *,
        comments: str | Unset = UNSET,
        is_recent: bool | Unset = UNSET,
        is_regex: bool | Unset = UNSET,
        is_similarity: bool | Unset = UNSET,
        pattern: str | Unset = UNSET,
        account_id: str | None = None,
    ) -> TrustedDomain:
        """Update a trusted email domain.

        Changes the given fields of a trusted domain (none of them nullable).

        PATCH /email-security/settings/trusted_domains/{trusted_domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.
        """
        from . import email_security_update_trusted_domain

        return await self._client.send(
            email_security_update_trusted_domain.build_request(
                self._client.resolve_account(account_id),
                trusted_domain_id,
                comments=comments,
                is_recent=is_recent,
                is_regex=is_regex,
                is_similarity=is_similarity,
                pattern=pattern,
            ),
            email_security_update_trusted_domain.parse,
        )


class TrustedDomainsWithRawResponse:
    """Operations returning RawResponse."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def batch(
        self,
        *,
        deletes: Sequence[EntryRef | Mapping[str, Any] | int] = (),
        patches: Sequence[TrustedDomainPatch | Mapping[str, Any]] = (),
        posts: Sequence[CreateTrustedDomain | Mapping[str, Any]] = (),
        puts: Sequence[TrustedDomainPut | Mapping[str, Any]] = (),
        account_id: str | None = None,
    ) -> RawResponse[TrustedDomainBatchResult]:
        """Batch Trusted Domains, with its HTTP response."""
        from . import email_security_batch_trusted_domains

        return self._client.send_raw(
            email_security_batch_trusted_domains.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
                patches=patches,
                posts=posts,
                puts=puts,
            ),
            email_security_batch_trusted_domains.parse,
        )

    def create(
        self,
        *,
        is_recent: bool,
        is_regex: bool,
        is_similarity: bool,
        pattern: str,
        comments: str | Unset | None = UNSET,
        account_id: str | None = None,
    ) -> RawResponse[TrustedDomain]:
        """Create a trusted email domain, with its HTTP response."""
        from . import email_security_create_trusted_domain

        return self._client.send_raw(
            email_security_create_trusted_domain.build_request(
                self._client.resolve_account(account_id),
                is_recent=is_recent,
                is_regex=is_regex,
                is_similarity=is_similarity,
                pattern=pattern,
                comments=comments,
            ),
            email_security_create_trusted_domain.parse,
        )

    def delete(
        self,
        trusted_domain_id: int,
        *,
        account_id: str | None = None,
    ) -> RawResponse[EntryRef]:
        """Delete a trusted email domain, with its HTTP response."""
        from . import email_security_delete_trusted_domain

        return self._client.send_raw(
            email_security_delete_trusted_domain.build_request(
                self._client.resolve_account(account_id),
                trusted_domain_id,
            ),
            email_security_delete_trusted_domain.parse,
        )

    def get(
        self,
        trusted_domain_id: int,
        *,
        account_id: str | None = None,
    ) -> RawResponse[TrustedDomain]:
        """Get a trusted email domain, with its HTTP response."""
        from . import email_security_get_trusted_domain

        return self._client.send_raw(
            email_security_get_trusted_domain.build_request(
                self._client.resolve_account(account_id),
                trusted_domain_id,
            ),
            email_security_get_trusted_domain.parse,
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        order: PatternOrder | str | Unset = UNSET,
        direction: SortingDirection | str | Unset = UNSET,
        search: str | Unset = UNSET,
        is_recent: bool | Unset = UNSET,
        is_similarity: bool | Unset = UNSET,
        pattern: str | Unset = UNSET,
        account_id: str | None = None,
    ) -> RawResponse[TrustedDomainListResponse]:
        """List trusted email domains, with its HTTP response."""
        from . import email_security_list_trusted_domains

        return self._client.send_raw(
            email_security_list_trusted_domains.build_request(
                self._client.resolve_account(account_id),
                page=page,
                per_page=per_page,
                order=order,
                direction=direction,
                search=search,
                is_recent=is_recent,
                is_similarity=is_similarity,
                pattern=pattern,
            ),
            email_security_list_trusted_domains.parse,
        )

    def update(
        self,
        trusted_domain_id: int,
        *,
        comments: str | Unset = UNSET,
        is_recent: bool | Unset = UNSET,
        is_regex: bool | Unset = UNSET,
        is_similarity: bool | Unset = UNSET,
        pattern: str | Unset = UNSET,
        account_id: str | None = None,
    ) -> RawResponse[TrustedDomain]:
        """Update a trusted email domain, with its HTTP response."""
        from . import email_security_update_trusted_domain

        return self._client.send_raw(
            email_security_update_trusted_domain.build_request(
                self._client.resolve_account(account_id),
                trusted_domain_id,
                comments=comments,
                is_recent=is_recent,
                is_regex=is_regex,
                is_similarity=is_similarity,
                pattern=pattern,
            ),
            email_security_update_trusted_domain.parse,
        )


class AsyncTrustedDomainsWithRawResponse:
    """Operations returning RawResponse (async)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def batch(
        self,
        *,
        deletes: Sequence[EntryRef | Mapping[str, Any] | int] = (),
        patches: Sequence[TrustedDomainPatch | Mapping[str, Any]] = (),
        posts: Sequence[CreateTrustedDomain | Mapping[str, Any]] = (),
        puts: Sequence[TrustedDomainPut | Mapping[str, Any]] = (),
        account_id: str | None = None,
    ) -> RawResponse[TrustedDomainBatchResult]:
        """Batch Trusted Domains, with its HTTP response."""
        from . import email_security_batch_trusted_domains

        return await self._client.send_raw(
            email_security_batch_trusted_domains.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
                patches=patches,
                posts=posts,
                puts=puts,
            ),
            email_security_batch_trusted_domains.parse,
        )

    async def create(
        self,
        *,
        is_recent: bool,
        is_regex: bool,
        is_similarity: bool,
        pattern: str,
        comments: str | Unset | None = UNSET,
        account_id: str | None = None,
    ) -> RawResponse[TrustedDomain]:
        """Create a trusted email domain, with its HTTP response."""
        from . import email_security_create_trusted_domain

        return await self._client.send_raw(
            email_security_create_trusted_domain.build_request(
                self._client.resolve_account(account_id),
                is_recent=is_recent,
                is_regex=is_regex,
                is_similarity=is_similarity,
                pattern=pattern,
                comments=comments,
            ),
            email_security_create_trusted_domain.parse,
        )

    async def delete(
        self,
        trusted_domain_id: int,
        *,
        account_id: str | None = None,
    ) -> RawResponse[EntryRef]:
        """Delete a trusted email domain, with its HTTP response."""
        from . import email_security_delete_trusted_domain

        return await self._client.send_raw(
            email_security_delete_trusted_domain.build_request(
                self._client.resolve_account(account_id),
                trusted_domain_id,
            ),
            email_security_delete_trusted_domain.parse,
        )

    async def get(
        self,
        trusted_domain_id: int,
        *,
        account_id: str | None = None,
    ) -> RawResponse[TrustedDomain]:
        """Get a trusted email domain, with its HTTP response."""
        from . import email_security_get_trusted_domain

        return await self._client.send_raw(
            email_security_get_trusted_domain.build_request(
                self._client.resolve_account(account_id),
                trusted_domain_id,
            ),
            email_security_get_trusted_domain.parse,
        )

    async def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        order: PatternOrder | str | Unset = UNSET,
        direction: SortingDirection | str | Unset = UNSET,
        search: str | Unset = UNSET,
        is_recent: bool | Unset = UNSET,
        is_similarity: bool | Unset = UNSET,
        pattern: str | Unset = UNSET,
        account_id: str | None = None,
    ) -> RawResponse[TrustedDomainListResponse]:
        """List trusted email domains, with its HTTP response."""
        from . import email_security_list_trusted_domains

        return await self._client.send_raw(
            email_security_list_trusted_domains.build_request(
                self._client.resolve_account(account_id),
                page=page,
                per_page=per_page,
                order=order,
                direction=direction,
                search=search,
                is_recent=is_recent,
                is_similarity=is_similarity,
                pattern=pattern,
            ),
            email_security_list_trusted_domains.parse,
        )

    async def update(
        self,
        trusted_domain_id: int,
        *,
        comments: str | Unset = UNSET,
        is_recent: bool | Unset = UNSET,
        is_regex: bool | Unset = UNSET,
        is_similarity: bool | Unset = UNSET,
        pattern: str | Unset = UNSET,
        account_id: str | None = None,
    ) -> RawResponse[TrustedDomain]:
        """Update a trusted email domain, with its HTTP response."""
        from . import email_security_update_trusted_domain

        return await self._client.send_raw(
            email_security_update_trusted_domain.build_request(
                self._client.resolve_account(account_id),
                trusted_domain_id,
                comments=comments,
                is_recent=is_recent,
                is_regex=is_regex,
                is_similarity=is_similarity,
                pattern=pattern,
            ),
            email_security_update_trusted_domain.parse,
        )
