"""The url_ignore_patterns resource: URLs that Email Security leaves unrewritten.

Models are named here for type checkers only. Each method imports the request builders when it runs
(they load attrs, and each builder the models it uses), so that `import` and `client.url_ignore_patterns`
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

    from ..models.create_url_ignore_pattern import CreateUrlIgnorePattern, CreateUrlIgnorePatternDict
    from ..models.entry_ref import EntryRef, EntryRefDict
    from ..models.url_ignore_pattern import UrlIgnorePattern
    from ..models.url_ignore_pattern_batch_result import UrlIgnorePatternBatchResult
    from ..models.url_ignore_pattern_list_response import UrlIgnorePatternListResponse
    from ..models.url_ignore_pattern_patch import UrlIgnorePatternPatch, UrlIgnorePatternPatchDict
    from ..models.url_ignore_pattern_put import UrlIgnorePatternPut, UrlIgnorePatternPutDict


class UrlIgnorePatterns(SyncResource):
    """URLs that Email Security leaves unrewritten."""

    @cached_property
    def with_raw_response(self) -> UrlIgnorePatternsWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return UrlIgnorePatternsWithRawResponse(self)

    def batch(
        self,
        *,
        deletes: Sequence[EntryRef | EntryRefDict | str] = (),
        patches: Sequence[UrlIgnorePatternPatch | UrlIgnorePatternPatchDict] = (),
        puts: Sequence[UrlIgnorePatternPut | UrlIgnorePatternPutDict] = (),
        posts: Sequence[CreateUrlIgnorePattern | CreateUrlIgnorePatternDict] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> UrlIgnorePatternBatchResult:
        """Batch URL ignore pattern operations.

        Applies deletes, patches, puts and posts of URL ignore patterns together, in that order. All
        four arrays are sent (empty when unused), each with at most 1000 entries.

        Not in the official Cloudflare SDKs.

        POST /email-security/settings/url_ignore_patterns/batch
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
        from .._requests import url_ignore_patterns as _ops

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
        pattern: str,
        comments: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> UrlIgnorePattern:
        """Create a URL ignore pattern.

        Stops Email Security from rewriting the URLs that match a pattern. The response carries it
        with its id.

        POST /email-security/settings/url_ignore_patterns
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            pattern: A regular expression; URLs matching it are not rewritten. 1 to 1024 characters.
            comments: Why the URLs are left alone. At most 1024 characters.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import url_ignore_patterns as _ops

        return self._call(
            _ops.build_create(
                self._account(account_id),
                pattern=pattern,
                comments=comments,
            ),
            _ops.parse_create,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def delete(
        self,
        pattern_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> EntryRef:
        """Delete a URL ignore pattern.

        Deletes a URL ignore pattern; matching URLs are rewritten again. The response carries its
        id.

        DELETE /email-security/settings/url_ignore_patterns/{pattern_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            pattern_id: The id of the URL ignore pattern.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import url_ignore_patterns as _ops

        return self._call(
            _ops.build_delete(
                self._account(account_id),
                pattern_id=pattern_id,
            ),
            _ops.parse_delete,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def get(
        self,
        pattern_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> UrlIgnorePattern:
        """Get a URL ignore pattern.

        Gets one URL ignore pattern by its id.

        GET /email-security/settings/url_ignore_patterns/{pattern_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            pattern_id: The id of the URL ignore pattern.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import url_ignore_patterns as _ops

        return self._call(
            _ops.build_get(
                self._account(account_id),
                pattern_id=pattern_id,
            ),
            _ops.parse_get,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SyncPager[UrlIgnorePattern, UrlIgnorePatternListResponse]:
        """List URL ignore patterns.

        Lists the account's URL ignore patterns, page by page (the API offers no search, order or
        filters).

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/url_ignore_patterns
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import url_ignore_patterns as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list(
                _account,
                page=_page,
                per_page=per_page,
            ),
            _ops.parse_list,
            first_page=page,
            per_page=per_page,
            options=RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def update(
        self,
        pattern_id: str,
        *,
        comments: str | Unset | None = UNSET,
        pattern: str | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> UrlIgnorePattern:
        """Update a URL ignore pattern.

        Changes the given fields of a URL ignore pattern and leaves the others as they are; at least
        one field.

        PATCH /email-security/settings/url_ignore_patterns/{pattern_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            pattern_id: The id of the URL ignore pattern.
            comments: Why the URLs are left alone. At most 1024 characters.
            pattern: A regular expression; URLs matching it are not rewritten. 1 to 1024 characters.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import url_ignore_patterns as _ops

        return self._call(
            _ops.build_update(
                self._account(account_id),
                pattern_id=pattern_id,
                comments=comments,
                pattern=pattern,
            ),
            _ops.parse_update,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncUrlIgnorePatterns(AsyncResource):
    """URLs that Email Security leaves unrewritten. (async)"""

    @cached_property
    def with_raw_response(self) -> AsyncUrlIgnorePatternsWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return AsyncUrlIgnorePatternsWithRawResponse(self)

    async def batch(
        self,
        *,
        deletes: Sequence[EntryRef | EntryRefDict | str] = (),
        patches: Sequence[UrlIgnorePatternPatch | UrlIgnorePatternPatchDict] = (),
        puts: Sequence[UrlIgnorePatternPut | UrlIgnorePatternPutDict] = (),
        posts: Sequence[CreateUrlIgnorePattern | CreateUrlIgnorePatternDict] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> UrlIgnorePatternBatchResult:
        """Batch URL ignore pattern operations.

        Applies deletes, patches, puts and posts of URL ignore patterns together, in that order. All
        four arrays are sent (empty when unused), each with at most 1000 entries.

        Not in the official Cloudflare SDKs.

        POST /email-security/settings/url_ignore_patterns/batch
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
        from .._requests import url_ignore_patterns as _ops

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
        pattern: str,
        comments: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> UrlIgnorePattern:
        """Create a URL ignore pattern.

        Stops Email Security from rewriting the URLs that match a pattern. The response carries it
        with its id.

        POST /email-security/settings/url_ignore_patterns
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            pattern: A regular expression; URLs matching it are not rewritten. 1 to 1024 characters.
            comments: Why the URLs are left alone. At most 1024 characters.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import url_ignore_patterns as _ops

        return await self._call(
            _ops.build_create(
                self._account(account_id),
                pattern=pattern,
                comments=comments,
            ),
            _ops.parse_create,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def delete(
        self,
        pattern_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> EntryRef:
        """Delete a URL ignore pattern.

        Deletes a URL ignore pattern; matching URLs are rewritten again. The response carries its
        id.

        DELETE /email-security/settings/url_ignore_patterns/{pattern_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            pattern_id: The id of the URL ignore pattern.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import url_ignore_patterns as _ops

        return await self._call(
            _ops.build_delete(
                self._account(account_id),
                pattern_id=pattern_id,
            ),
            _ops.parse_delete,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def get(
        self,
        pattern_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> UrlIgnorePattern:
        """Get a URL ignore pattern.

        Gets one URL ignore pattern by its id.

        GET /email-security/settings/url_ignore_patterns/{pattern_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            pattern_id: The id of the URL ignore pattern.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import url_ignore_patterns as _ops

        return await self._call(
            _ops.build_get(
                self._account(account_id),
                pattern_id=pattern_id,
            ),
            _ops.parse_get,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncPager[UrlIgnorePattern, UrlIgnorePatternListResponse]:
        """List URL ignore patterns.

        Lists the account's URL ignore patterns, page by page (the API offers no search, order or
        filters).

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/url_ignore_patterns
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import url_ignore_patterns as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list(
                _account,
                page=_page,
                per_page=per_page,
            ),
            _ops.parse_list,
            first_page=page,
            per_page=per_page,
            options=RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def update(
        self,
        pattern_id: str,
        *,
        comments: str | Unset | None = UNSET,
        pattern: str | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> UrlIgnorePattern:
        """Update a URL ignore pattern.

        Changes the given fields of a URL ignore pattern and leaves the others as they are; at least
        one field.

        PATCH /email-security/settings/url_ignore_patterns/{pattern_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            pattern_id: The id of the URL ignore pattern.
            comments: Why the URLs are left alone. At most 1024 characters.
            pattern: A regular expression; URLs matching it are not rewritten. 1 to 1024 characters.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import url_ignore_patterns as _ops

        return await self._call(
            _ops.build_update(
                self._account(account_id),
                pattern_id=pattern_id,
                comments=comments,
                pattern=pattern,
            ),
            _ops.parse_update,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class UrlIgnorePatternsWithRawResponse:
    """UrlIgnorePatterns's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: UrlIgnorePatterns) -> None:
        self.batch = to_raw_response(resource.batch)
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.get = to_raw_response(resource.get)
        self.list = to_raw_page(resource.list)
        self.update = to_raw_response(resource.update)


class AsyncUrlIgnorePatternsWithRawResponse:
    """AsyncUrlIgnorePatterns's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: AsyncUrlIgnorePatterns) -> None:
        self.batch = async_to_raw_response(resource.batch)
        self.create = async_to_raw_response(resource.create)
        self.delete = async_to_raw_response(resource.delete)
        self.get = async_to_raw_response(resource.get)
        self.list = async_to_raw_page(resource.list)
        self.update = async_to_raw_response(resource.update)
