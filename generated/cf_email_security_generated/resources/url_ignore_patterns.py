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
from ..types import UNSET, Unset

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
        from .._requests import url_ignore_patterns as requests

        return self._call(requests.build_batch, requests.parse_batch, locals())

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
        from .._requests import url_ignore_patterns as requests

        return self._call(requests.build_create, requests.parse_create, locals())

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
        from .._requests import url_ignore_patterns as requests

        return self._call(requests.build_delete, requests.parse_delete, locals())

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
        from .._requests import url_ignore_patterns as requests

        return self._call(requests.build_get, requests.parse_get, locals())

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
        from .._requests import url_ignore_patterns as requests

        return self._pages(requests.build_list, requests.parse_list, locals())

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
        from .._requests import url_ignore_patterns as requests

        return self._call(requests.build_update, requests.parse_update, locals())


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
        from .._requests import url_ignore_patterns as requests

        return await self._call(requests.build_batch, requests.parse_batch, locals())

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
        from .._requests import url_ignore_patterns as requests

        return await self._call(requests.build_create, requests.parse_create, locals())

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
        from .._requests import url_ignore_patterns as requests

        return await self._call(requests.build_delete, requests.parse_delete, locals())

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
        from .._requests import url_ignore_patterns as requests

        return await self._call(requests.build_get, requests.parse_get, locals())

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
        from .._requests import url_ignore_patterns as requests

        return self._pages(requests.build_list, requests.parse_list, locals())

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
        from .._requests import url_ignore_patterns as requests

        return await self._call(requests.build_update, requests.parse_update, locals())


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
