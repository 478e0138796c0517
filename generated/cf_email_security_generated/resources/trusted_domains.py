"""The trusted_domains resource: Domains exempt from recent-domain and similar-domain detections.

Models are named here for type checkers only. Each method imports the request builders when it runs
(they load attrs, and each builder the models it uses), so that `import` and `client.trusted_domains`
stay cheap.
"""

from __future__ import annotations

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

    from ..models.create_trusted_domain import CreateTrustedDomain, CreateTrustedDomainDict
    from ..models.entry_ref import EntryRef, EntryRefDict
    from ..models.pattern_order import PatternOrder, PatternOrderValue
    from ..models.sorting_direction import SortingDirection, SortingDirectionValue
    from ..models.trusted_domain import TrustedDomain
    from ..models.trusted_domain_batch_result import TrustedDomainBatchResult
    from ..models.trusted_domain_list_response import TrustedDomainListResponse
    from ..models.trusted_domain_patch import TrustedDomainPatch, TrustedDomainPatchDict
    from ..models.trusted_domain_put import TrustedDomainPut, TrustedDomainPutDict


class TrustedDomains(SyncResource):
    """Domains exempt from recent-domain and similar-domain detections."""

    @cached_property
    def with_raw_response(self) -> TrustedDomainsWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return TrustedDomainsWithRawResponse(self)

    def batch(
        self,
        *,
        deletes: Sequence[EntryRef | EntryRefDict | str] = (),
        patches: Sequence[TrustedDomainPatch | TrustedDomainPatchDict] = (),
        puts: Sequence[TrustedDomainPut | TrustedDomainPutDict] = (),
        posts: Sequence[CreateTrustedDomain | CreateTrustedDomainDict] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> TrustedDomainBatchResult:
        """Batch trusted domain operations.

        Applies deletes, patches, puts and posts of trusted domains atomically, in that order. All
        four arrays are sent (empty when unused), each with at most 1000 entries.

        POST /email-security/settings/trusted_domains/batch
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
        from .._requests import trusted_domains as _ops

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

    def create(
        self,
        *,
        is_recent: bool,
        is_regex: bool,
        is_similarity: bool,
        pattern: str,
        comments: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> TrustedDomain:
        """Create a trusted email domain.

        Creates one trusted domain and returns it: one object goes in and one comes out. Use `batch`
        for many.

        POST /email-security/settings/trusted_domains
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            is_recent: Keep recently registered domains from triggering Suspicious or Malicious
                dispositions.
            is_similarity: For partner or other approved domains spelled like your connected
                domains: keeps them from triggering Spoof dispositions.
            pattern: The domain pattern to trust, e.g. `example.com`. 1 to 1024 characters.
            comments: At most 1024 characters.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import trusted_domains as _ops

        return self._call(
            _ops.build_create(
                self._account(account_id),
                is_recent=is_recent,
                is_regex=is_regex,
                is_similarity=is_similarity,
                pattern=pattern,
                comments=comments,
            ),
            _ops.parse_create,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def delete(
        self,
        trusted_domain_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> EntryRef:
        """Delete a trusted email domain.

        Deletes a trusted domain; its mail gets the recent-domain and similarity checks again. The
        response carries its id.

        DELETE /email-security/settings/trusted_domains/{trusted_domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            trusted_domain_id: The id of the trusted domain.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import trusted_domains as _ops

        return self._call(
            _ops.build_delete(
                self._account(account_id),
                trusted_domain_id=trusted_domain_id,
            ),
            _ops.parse_delete,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def get(
        self,
        trusted_domain_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> TrustedDomain:
        """Get a trusted email domain.

        Gets one trusted domain by its id.

        GET /email-security/settings/trusted_domains/{trusted_domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            trusted_domain_id: The id of the trusted domain.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import trusted_domains as _ops

        return self._call(
            _ops.build_get(
                self._account(account_id),
                trusted_domain_id=trusted_domain_id,
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
        order: PatternOrder | PatternOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        is_recent: bool | Unset = UNSET,
        is_similarity: bool | Unset = UNSET,
        pattern: str | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SyncPager[TrustedDomain, TrustedDomainListResponse]:
        """List trusted email domains.

        Lists, searches and sorts the account's trusted domains.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/trusted_domains
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            search: Searches several properties of a record at once. Its behavior may change: it is
                meant for people, not automation; prefer the specific filters in tools.
            order: The field to sort by. One of pattern, created_at.
            direction: The sorting direction. One of asc, desc.
            is_recent: Only entries that keep recently registered domains from Suspicious or
                Malicious dispositions.
            is_similarity: Only entries that keep look-alike partner domains from Spoof
                dispositions.
            pattern: Only entries with exactly this pattern.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import trusted_domains as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list(
                _account,
                page=_page,
                per_page=per_page,
                search=search,
                order=order,
                direction=direction,
                is_recent=is_recent,
                is_similarity=is_similarity,
                pattern=pattern,
            ),
            _ops.parse_list,
            first_page=page,
            per_page=per_page,
            options=RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def update(
        self,
        trusted_domain_id: str,
        *,
        comments: str | Unset | None = UNSET,
        is_recent: bool | Unset = UNSET,
        is_regex: bool | Unset = UNSET,
        is_similarity: bool | Unset = UNSET,
        pattern: str | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> TrustedDomain:
        """Update a trusted email domain.

        Changes the given fields of a trusted domain and leaves the others as they are; at least one
        field.

        PATCH /email-security/settings/trusted_domains/{trusted_domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            trusted_domain_id: The id of the trusted domain.
            comments: At most 1024 characters.
            is_recent: Keep recently registered domains from triggering Suspicious or Malicious
                dispositions.
            is_similarity: For partner or other approved domains spelled like your connected
                domains: keeps them from triggering Spoof dispositions.
            pattern: The domain pattern to trust, e.g. `example.com`. 1 to 1024 characters.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import trusted_domains as _ops

        return self._call(
            _ops.build_update(
                self._account(account_id),
                trusted_domain_id=trusted_domain_id,
                comments=comments,
                is_recent=is_recent,
                is_regex=is_regex,
                is_similarity=is_similarity,
                pattern=pattern,
            ),
            _ops.parse_update,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncTrustedDomains(AsyncResource):
    """Domains exempt from recent-domain and similar-domain detections. (async)"""

    @cached_property
    def with_raw_response(self) -> AsyncTrustedDomainsWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return AsyncTrustedDomainsWithRawResponse(self)

    async def batch(
        self,
        *,
        deletes: Sequence[EntryRef | EntryRefDict | str] = (),
        patches: Sequence[TrustedDomainPatch | TrustedDomainPatchDict] = (),
        puts: Sequence[TrustedDomainPut | TrustedDomainPutDict] = (),
        posts: Sequence[CreateTrustedDomain | CreateTrustedDomainDict] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> TrustedDomainBatchResult:
        """Batch trusted domain operations.

        Applies deletes, patches, puts and posts of trusted domains atomically, in that order. All
        four arrays are sent (empty when unused), each with at most 1000 entries.

        POST /email-security/settings/trusted_domains/batch
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
        from .._requests import trusted_domains as _ops

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

    async def create(
        self,
        *,
        is_recent: bool,
        is_regex: bool,
        is_similarity: bool,
        pattern: str,
        comments: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> TrustedDomain:
        """Create a trusted email domain.

        Creates one trusted domain and returns it: one object goes in and one comes out. Use `batch`
        for many.

        POST /email-security/settings/trusted_domains
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            is_recent: Keep recently registered domains from triggering Suspicious or Malicious
                dispositions.
            is_similarity: For partner or other approved domains spelled like your connected
                domains: keeps them from triggering Spoof dispositions.
            pattern: The domain pattern to trust, e.g. `example.com`. 1 to 1024 characters.
            comments: At most 1024 characters.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import trusted_domains as _ops

        return await self._call(
            _ops.build_create(
                self._account(account_id),
                is_recent=is_recent,
                is_regex=is_regex,
                is_similarity=is_similarity,
                pattern=pattern,
                comments=comments,
            ),
            _ops.parse_create,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def delete(
        self,
        trusted_domain_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> EntryRef:
        """Delete a trusted email domain.

        Deletes a trusted domain; its mail gets the recent-domain and similarity checks again. The
        response carries its id.

        DELETE /email-security/settings/trusted_domains/{trusted_domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            trusted_domain_id: The id of the trusted domain.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import trusted_domains as _ops

        return await self._call(
            _ops.build_delete(
                self._account(account_id),
                trusted_domain_id=trusted_domain_id,
            ),
            _ops.parse_delete,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def get(
        self,
        trusted_domain_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> TrustedDomain:
        """Get a trusted email domain.

        Gets one trusted domain by its id.

        GET /email-security/settings/trusted_domains/{trusted_domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            trusted_domain_id: The id of the trusted domain.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import trusted_domains as _ops

        return await self._call(
            _ops.build_get(
                self._account(account_id),
                trusted_domain_id=trusted_domain_id,
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
        order: PatternOrder | PatternOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        is_recent: bool | Unset = UNSET,
        is_similarity: bool | Unset = UNSET,
        pattern: str | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncPager[TrustedDomain, TrustedDomainListResponse]:
        """List trusted email domains.

        Lists, searches and sorts the account's trusted domains.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/trusted_domains
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            search: Searches several properties of a record at once. Its behavior may change: it is
                meant for people, not automation; prefer the specific filters in tools.
            order: The field to sort by. One of pattern, created_at.
            direction: The sorting direction. One of asc, desc.
            is_recent: Only entries that keep recently registered domains from Suspicious or
                Malicious dispositions.
            is_similarity: Only entries that keep look-alike partner domains from Spoof
                dispositions.
            pattern: Only entries with exactly this pattern.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import trusted_domains as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list(
                _account,
                page=_page,
                per_page=per_page,
                search=search,
                order=order,
                direction=direction,
                is_recent=is_recent,
                is_similarity=is_similarity,
                pattern=pattern,
            ),
            _ops.parse_list,
            first_page=page,
            per_page=per_page,
            options=RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def update(
        self,
        trusted_domain_id: str,
        *,
        comments: str | Unset | None = UNSET,
        is_recent: bool | Unset = UNSET,
        is_regex: bool | Unset = UNSET,
        is_similarity: bool | Unset = UNSET,
        pattern: str | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> TrustedDomain:
        """Update a trusted email domain.

        Changes the given fields of a trusted domain and leaves the others as they are; at least one
        field.

        PATCH /email-security/settings/trusted_domains/{trusted_domain_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            trusted_domain_id: The id of the trusted domain.
            comments: At most 1024 characters.
            is_recent: Keep recently registered domains from triggering Suspicious or Malicious
                dispositions.
            is_similarity: For partner or other approved domains spelled like your connected
                domains: keeps them from triggering Spoof dispositions.
            pattern: The domain pattern to trust, e.g. `example.com`. 1 to 1024 characters.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import trusted_domains as _ops

        return await self._call(
            _ops.build_update(
                self._account(account_id),
                trusted_domain_id=trusted_domain_id,
                comments=comments,
                is_recent=is_recent,
                is_regex=is_regex,
                is_similarity=is_similarity,
                pattern=pattern,
            ),
            _ops.parse_update,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class TrustedDomainsWithRawResponse:
    """TrustedDomains's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: TrustedDomains) -> None:
        self.batch = to_raw_response(resource.batch)
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.get = to_raw_response(resource.get)
        self.list = to_raw_page(resource.list)
        self.update = to_raw_response(resource.update)


class AsyncTrustedDomainsWithRawResponse:
    """AsyncTrustedDomains's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: AsyncTrustedDomains) -> None:
        self.batch = async_to_raw_response(resource.batch)
        self.create = async_to_raw_response(resource.create)
        self.delete = async_to_raw_response(resource.delete)
        self.get = async_to_raw_response(resource.get)
        self.list = async_to_raw_page(resource.list)
        self.update = async_to_raw_response(resource.update)
