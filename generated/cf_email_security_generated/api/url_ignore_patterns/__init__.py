"""The url_ignore_patterns resource.

URLs that Email Security leaves unrewritten.

Each method imports its endpoint module (and with it the models and attrs) on its first call, so
that `import` and `client.url_ignore_patterns` stay cheap; models are named here for type checkers
only.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ..._pagination import DEFAULT_PER_PAGE, AsyncPager, SyncPager
from ...types import UNSET, RawResponse, RequestOptions, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AsyncClient, SyncClient
    from ...models.create_url_ignore_pattern import CreateUrlIgnorePattern, CreateUrlIgnorePatternDict
    from ...models.entry_ref import EntryRef, EntryRefDict
    from ...models.url_ignore_pattern import UrlIgnorePattern
    from ...models.url_ignore_pattern_batch_result import UrlIgnorePatternBatchResult
    from ...models.url_ignore_pattern_list_response import UrlIgnorePatternListResponse
    from ...models.url_ignore_pattern_patch import UrlIgnorePatternPatch, UrlIgnorePatternPatchDict
    from ...models.url_ignore_pattern_put import UrlIgnorePatternPut, UrlIgnorePatternPutDict


class UrlIgnorePatterns:
    """URLs that Email Security leaves unrewritten."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> UrlIgnorePatternsWithRawResponse:
        """The same operations, returning RawResponse (status, headers, cf-ray and the parsed result)."""
        return UrlIgnorePatternsWithRawResponse(self._client)

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
        four arrays are sent (empty when unused), each with at most 1000 entries. SPEC-0722 has this
        operation and this document follows it; DOCS-1008 and PY-5.9.0 do not list it.

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
        from . import email_security_batch_url_ignore_patterns

        return self._client.send(
            email_security_batch_url_ignore_patterns.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
                patches=patches,
                puts=puts,
                posts=posts,
            ),
            email_security_batch_url_ignore_patterns.parse,
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
        from . import email_security_create_url_ignore_pattern

        return self._client.send(
            email_security_create_url_ignore_pattern.build_request(
                self._client.resolve_account(account_id),
                pattern=pattern,
                comments=comments,
            ),
            email_security_create_url_ignore_pattern.parse,
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
        from . import email_security_delete_url_ignore_pattern

        return self._client.send(
            email_security_delete_url_ignore_pattern.build_request(
                self._client.resolve_account(account_id),
                pattern_id,
            ),
            email_security_delete_url_ignore_pattern.parse,
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
        from . import email_security_get_url_ignore_pattern

        return self._client.send(
            email_security_get_url_ignore_pattern.build_request(
                self._client.resolve_account(account_id),
                pattern_id,
            ),
            email_security_get_url_ignore_pattern.parse,
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

        Lists the account's URL ignore patterns. Upstream offers paging only (no search, order or
        filters).

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/url_ignore_patterns
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; upstream caps it at 1000. 1 to 1000.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_list_url_ignore_patterns

        request = functools.partial(
            email_security_list_url_ignore_patterns.build_request,
            self._client.resolve_account(account_id),
            per_page=per_page,
        )
        first = request(page=page)  # validates now: bad input raises before the first page is fetched
        options = RequestOptions.of(timeout, extra_headers, extra_query)  # every page is fetched with them

        def fetch(number: int) -> UrlIgnorePatternListResponse:
            spec = first if number == page else request(page=number)
            return self._client.send(spec, email_security_list_url_ignore_patterns.parse, options)

        return SyncPager(fetch, first_page=page, per_page=per_page)

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
        from . import email_security_update_url_ignore_pattern

        return self._client.send(
            email_security_update_url_ignore_pattern.build_request(
                self._client.resolve_account(account_id),
                pattern_id,
                comments=comments,
                pattern=pattern,
            ),
            email_security_update_url_ignore_pattern.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncUrlIgnorePatterns:
    """URLs that Email Security leaves unrewritten. (async)"""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncUrlIgnorePatternsWithRawResponse:
        """The same operations, returning RawResponse (status, headers, cf-ray and the parsed result)."""
        return AsyncUrlIgnorePatternsWithRawResponse(self._client)

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
        four arrays are sent (empty when unused), each with at most 1000 entries. SPEC-0722 has this
        operation and this document follows it; DOCS-1008 and PY-5.9.0 do not list it.

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
        from . import email_security_batch_url_ignore_patterns

        return await self._client.send(
            email_security_batch_url_ignore_patterns.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
                patches=patches,
                puts=puts,
                posts=posts,
            ),
            email_security_batch_url_ignore_patterns.parse,
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
        from . import email_security_create_url_ignore_pattern

        return await self._client.send(
            email_security_create_url_ignore_pattern.build_request(
                self._client.resolve_account(account_id),
                pattern=pattern,
                comments=comments,
            ),
            email_security_create_url_ignore_pattern.parse,
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
        from . import email_security_delete_url_ignore_pattern

        return await self._client.send(
            email_security_delete_url_ignore_pattern.build_request(
                self._client.resolve_account(account_id),
                pattern_id,
            ),
            email_security_delete_url_ignore_pattern.parse,
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
        from . import email_security_get_url_ignore_pattern

        return await self._client.send(
            email_security_get_url_ignore_pattern.build_request(
                self._client.resolve_account(account_id),
                pattern_id,
            ),
            email_security_get_url_ignore_pattern.parse,
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

        Lists the account's URL ignore patterns. Upstream offers paging only (no search, order or
        filters).

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/url_ignore_patterns
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; upstream caps it at 1000. 1 to 1000.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_list_url_ignore_patterns

        request = functools.partial(
            email_security_list_url_ignore_patterns.build_request,
            self._client.resolve_account(account_id),
            per_page=per_page,
        )
        first = request(page=page)  # validates now: bad input raises before the first page is fetched
        options = RequestOptions.of(timeout, extra_headers, extra_query)  # every page is fetched with them

        async def fetch(number: int) -> UrlIgnorePatternListResponse:
            spec = first if number == page else request(page=number)
            return await self._client.send(spec, email_security_list_url_ignore_patterns.parse, options)

        return AsyncPager(fetch, first_page=page, per_page=per_page)

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
        from . import email_security_update_url_ignore_pattern

        return await self._client.send(
            email_security_update_url_ignore_pattern.build_request(
                self._client.resolve_account(account_id),
                pattern_id,
                comments=comments,
                pattern=pattern,
            ),
            email_security_update_url_ignore_pattern.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class UrlIgnorePatternsWithRawResponse:
    """Operations returning RawResponse."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

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
    ) -> RawResponse[UrlIgnorePatternBatchResult]:
        """Batch URL ignore pattern operations, with its HTTP response."""
        from . import email_security_batch_url_ignore_patterns

        return self._client.send_raw(
            email_security_batch_url_ignore_patterns.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
                patches=patches,
                puts=puts,
                posts=posts,
            ),
            email_security_batch_url_ignore_patterns.parse,
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
    ) -> RawResponse[UrlIgnorePattern]:
        """Create a URL ignore pattern, with its HTTP response."""
        from . import email_security_create_url_ignore_pattern

        return self._client.send_raw(
            email_security_create_url_ignore_pattern.build_request(
                self._client.resolve_account(account_id),
                pattern=pattern,
                comments=comments,
            ),
            email_security_create_url_ignore_pattern.parse,
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
    ) -> RawResponse[EntryRef]:
        """Delete a URL ignore pattern, with its HTTP response."""
        from . import email_security_delete_url_ignore_pattern

        return self._client.send_raw(
            email_security_delete_url_ignore_pattern.build_request(
                self._client.resolve_account(account_id),
                pattern_id,
            ),
            email_security_delete_url_ignore_pattern.parse,
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
    ) -> RawResponse[UrlIgnorePattern]:
        """Get a URL ignore pattern, with its HTTP response."""
        from . import email_security_get_url_ignore_pattern

        return self._client.send_raw(
            email_security_get_url_ignore_pattern.build_request(
                self._client.resolve_account(account_id),
                pattern_id,
            ),
            email_security_get_url_ignore_pattern.parse,
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
    ) -> RawResponse[UrlIgnorePatternListResponse]:
        """List URL ignore patterns, with its HTTP response."""
        from . import email_security_list_url_ignore_patterns

        return self._client.send_raw(
            email_security_list_url_ignore_patterns.build_request(
                self._client.resolve_account(account_id),
                page=page,
                per_page=per_page,
            ),
            email_security_list_url_ignore_patterns.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
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
    ) -> RawResponse[UrlIgnorePattern]:
        """Update a URL ignore pattern, with its HTTP response."""
        from . import email_security_update_url_ignore_pattern

        return self._client.send_raw(
            email_security_update_url_ignore_pattern.build_request(
                self._client.resolve_account(account_id),
                pattern_id,
                comments=comments,
                pattern=pattern,
            ),
            email_security_update_url_ignore_pattern.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncUrlIgnorePatternsWithRawResponse:
    """Operations returning RawResponse (async)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

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
    ) -> RawResponse[UrlIgnorePatternBatchResult]:
        """Batch URL ignore pattern operations, with its HTTP response."""
        from . import email_security_batch_url_ignore_patterns

        return await self._client.send_raw(
            email_security_batch_url_ignore_patterns.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
                patches=patches,
                puts=puts,
                posts=posts,
            ),
            email_security_batch_url_ignore_patterns.parse,
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
    ) -> RawResponse[UrlIgnorePattern]:
        """Create a URL ignore pattern, with its HTTP response."""
        from . import email_security_create_url_ignore_pattern

        return await self._client.send_raw(
            email_security_create_url_ignore_pattern.build_request(
                self._client.resolve_account(account_id),
                pattern=pattern,
                comments=comments,
            ),
            email_security_create_url_ignore_pattern.parse,
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
    ) -> RawResponse[EntryRef]:
        """Delete a URL ignore pattern, with its HTTP response."""
        from . import email_security_delete_url_ignore_pattern

        return await self._client.send_raw(
            email_security_delete_url_ignore_pattern.build_request(
                self._client.resolve_account(account_id),
                pattern_id,
            ),
            email_security_delete_url_ignore_pattern.parse,
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
    ) -> RawResponse[UrlIgnorePattern]:
        """Get a URL ignore pattern, with its HTTP response."""
        from . import email_security_get_url_ignore_pattern

        return await self._client.send_raw(
            email_security_get_url_ignore_pattern.build_request(
                self._client.resolve_account(account_id),
                pattern_id,
            ),
            email_security_get_url_ignore_pattern.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[UrlIgnorePatternListResponse]:
        """List URL ignore patterns, with its HTTP response."""
        from . import email_security_list_url_ignore_patterns

        return await self._client.send_raw(
            email_security_list_url_ignore_patterns.build_request(
                self._client.resolve_account(account_id),
                page=page,
                per_page=per_page,
            ),
            email_security_list_url_ignore_patterns.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
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
    ) -> RawResponse[UrlIgnorePattern]:
        """Update a URL ignore pattern, with its HTTP response."""
        from . import email_security_update_url_ignore_pattern

        return await self._client.send_raw(
            email_security_update_url_ignore_pattern.build_request(
                self._client.resolve_account(account_id),
                pattern_id,
                comments=comments,
                pattern=pattern,
            ),
            email_security_update_url_ignore_pattern.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )
