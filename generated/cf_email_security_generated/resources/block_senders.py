"""The block_senders resource: Senders whose mail is always blocked.

Models are named here for type checkers only. Each method imports the request builders when it runs
(they load attrs, and each builder the models it uses), so that `import` and `client.block_senders`
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

    from ..models.blocked_sender import BlockedSender
    from ..models.blocked_sender_batch_result import BlockedSenderBatchResult
    from ..models.blocked_sender_list_response import BlockedSenderListResponse
    from ..models.blocked_sender_patch import BlockedSenderPatch, BlockedSenderPatchDict
    from ..models.blocked_sender_put import BlockedSenderPut, BlockedSenderPutDict
    from ..models.create_blocked_sender import CreateBlockedSender, CreateBlockedSenderDict
    from ..models.entry_ref import EntryRef, EntryRefDict
    from ..models.pattern_order import PatternOrder, PatternOrderValue
    from ..models.pattern_type import PatternType, PatternTypeValue, PatternTypeWritable
    from ..models.sorting_direction import SortingDirection, SortingDirectionValue


class BlockSenders(SyncResource):
    """Senders whose mail is always blocked."""

    @cached_property
    def with_raw_response(self) -> BlockSendersWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return BlockSendersWithRawResponse(self)

    def batch(
        self,
        *,
        deletes: Sequence[EntryRef | EntryRefDict | str] = (),
        patches: Sequence[BlockedSenderPatch | BlockedSenderPatchDict] = (),
        puts: Sequence[BlockedSenderPut | BlockedSenderPutDict] = (),
        posts: Sequence[CreateBlockedSender | CreateBlockedSenderDict] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> BlockedSenderBatchResult:
        """Batch blocked sender operations.

        Applies deletes, patches, puts and posts of blocked senders atomically, in that order. All
        four arrays are sent (empty when unused), each with at most 1000 entries.

        POST /email-security/settings/block_senders/batch
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
        from .._requests import block_senders as _ops

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
        is_regex: bool,
        pattern: str,
        pattern_type: PatternType | PatternTypeWritable,
        comments: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> BlockedSender:
        """Create a blocked email sender.

        Blocks a sender pattern; the response carries the new entry with its id.

        POST /email-security/settings/block_senders
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            pattern: The value to match; unless `is_regex`, its form depends on `pattern_type`: an
                email address (EMAIL), a domain name (DOMAIN), or a globally reachable address or
                CIDR block (IP). 1 to 1024 characters.
            pattern_type: What a pattern matches, and so the form the pattern must have unless it is
                a regular expression (`is_regex`). EMAIL: an email address; DOMAIN: a domain name;
                IP: a globally reachable IPv4 or IPv6 address or CIDR block (private, unique-local,
                loopback, link-local, unspecified and broadcast addresses are refused, and so are
                their IPv4-mapped IPv6 forms). UNKNOWN is deprecated: old entries may carry it and
                filters accept it, but create and update refuse it. One of EMAIL, DOMAIN, IP.
            comments: At most 1024 characters.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import block_senders as _ops

        return self._call(
            _ops.build_create(
                self._account(account_id),
                is_regex=is_regex,
                pattern=pattern,
                pattern_type=pattern_type,
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
        """Delete a blocked email sender.

        Deletes a blocked sender; its mail is no longer blocked by this entry. The response carries
        its id.

        DELETE /email-security/settings/block_senders/{pattern_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            pattern_id: The id of the blocked sender.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import block_senders as _ops

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
    ) -> BlockedSender:
        """Get a blocked email sender.

        Gets one blocked sender by its id.

        GET /email-security/settings/block_senders/{pattern_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            pattern_id: The id of the blocked sender.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import block_senders as _ops

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
        search: str | Unset = UNSET,
        order: PatternOrder | PatternOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        pattern_type: PatternType | PatternTypeValue | Unset = UNSET,
        pattern: str | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SyncPager[BlockedSender, BlockedSenderListResponse]:
        """List blocked email senders.

        Lists, searches and sorts the account's blocked senders.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/block_senders
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            search: Searches several properties of a record at once. Its behavior may change: it is
                meant for people, not automation; prefer the specific filters in tools.
            order: The field to sort by. One of pattern, created_at.
            direction: The sorting direction. One of asc, desc.
            pattern_type: Only entries of this pattern type. UNKNOWN is accepted here, to find old
                entries to fix. One of EMAIL, DOMAIN, IP, UNKNOWN.
            pattern: Only entries with exactly this pattern.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import block_senders as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list(
                _account,
                page=_page,
                per_page=per_page,
                search=search,
                order=order,
                direction=direction,
                pattern_type=pattern_type,
                pattern=pattern,
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
        is_regex: bool | Unset = UNSET,
        pattern: str | Unset = UNSET,
        pattern_type: PatternType | PatternTypeWritable | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> BlockedSender:
        """Update a blocked email sender.

        Changes the given fields of a blocked sender and leaves the others as they are; at least one
        field.

        PATCH /email-security/settings/block_senders/{pattern_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            pattern_id: The id of the blocked sender.
            comments: At most 1024 characters.
            pattern: The value to match; unless `is_regex`, its form depends on `pattern_type`: an
                email address (EMAIL), a domain name (DOMAIN), or a globally reachable address or
                CIDR block (IP). 1 to 1024 characters.
            pattern_type: What a pattern matches, and so the form the pattern must have unless it is
                a regular expression (`is_regex`). EMAIL: an email address; DOMAIN: a domain name;
                IP: a globally reachable IPv4 or IPv6 address or CIDR block (private, unique-local,
                loopback, link-local, unspecified and broadcast addresses are refused, and so are
                their IPv4-mapped IPv6 forms). UNKNOWN is deprecated: old entries may carry it and
                filters accept it, but create and update refuse it. One of EMAIL, DOMAIN, IP.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import block_senders as _ops

        return self._call(
            _ops.build_update(
                self._account(account_id),
                pattern_id=pattern_id,
                comments=comments,
                is_regex=is_regex,
                pattern=pattern,
                pattern_type=pattern_type,
            ),
            _ops.parse_update,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncBlockSenders(AsyncResource):
    """Senders whose mail is always blocked. (async)"""

    @cached_property
    def with_raw_response(self) -> AsyncBlockSendersWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return AsyncBlockSendersWithRawResponse(self)

    async def batch(
        self,
        *,
        deletes: Sequence[EntryRef | EntryRefDict | str] = (),
        patches: Sequence[BlockedSenderPatch | BlockedSenderPatchDict] = (),
        puts: Sequence[BlockedSenderPut | BlockedSenderPutDict] = (),
        posts: Sequence[CreateBlockedSender | CreateBlockedSenderDict] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> BlockedSenderBatchResult:
        """Batch blocked sender operations.

        Applies deletes, patches, puts and posts of blocked senders atomically, in that order. All
        four arrays are sent (empty when unused), each with at most 1000 entries.

        POST /email-security/settings/block_senders/batch
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
        from .._requests import block_senders as _ops

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
        is_regex: bool,
        pattern: str,
        pattern_type: PatternType | PatternTypeWritable,
        comments: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> BlockedSender:
        """Create a blocked email sender.

        Blocks a sender pattern; the response carries the new entry with its id.

        POST /email-security/settings/block_senders
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            pattern: The value to match; unless `is_regex`, its form depends on `pattern_type`: an
                email address (EMAIL), a domain name (DOMAIN), or a globally reachable address or
                CIDR block (IP). 1 to 1024 characters.
            pattern_type: What a pattern matches, and so the form the pattern must have unless it is
                a regular expression (`is_regex`). EMAIL: an email address; DOMAIN: a domain name;
                IP: a globally reachable IPv4 or IPv6 address or CIDR block (private, unique-local,
                loopback, link-local, unspecified and broadcast addresses are refused, and so are
                their IPv4-mapped IPv6 forms). UNKNOWN is deprecated: old entries may carry it and
                filters accept it, but create and update refuse it. One of EMAIL, DOMAIN, IP.
            comments: At most 1024 characters.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import block_senders as _ops

        return await self._call(
            _ops.build_create(
                self._account(account_id),
                is_regex=is_regex,
                pattern=pattern,
                pattern_type=pattern_type,
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
        """Delete a blocked email sender.

        Deletes a blocked sender; its mail is no longer blocked by this entry. The response carries
        its id.

        DELETE /email-security/settings/block_senders/{pattern_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            pattern_id: The id of the blocked sender.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import block_senders as _ops

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
    ) -> BlockedSender:
        """Get a blocked email sender.

        Gets one blocked sender by its id.

        GET /email-security/settings/block_senders/{pattern_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            pattern_id: The id of the blocked sender.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import block_senders as _ops

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
        search: str | Unset = UNSET,
        order: PatternOrder | PatternOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        pattern_type: PatternType | PatternTypeValue | Unset = UNSET,
        pattern: str | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncPager[BlockedSender, BlockedSenderListResponse]:
        """List blocked email senders.

        Lists, searches and sorts the account's blocked senders.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/block_senders
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            search: Searches several properties of a record at once. Its behavior may change: it is
                meant for people, not automation; prefer the specific filters in tools.
            order: The field to sort by. One of pattern, created_at.
            direction: The sorting direction. One of asc, desc.
            pattern_type: Only entries of this pattern type. UNKNOWN is accepted here, to find old
                entries to fix. One of EMAIL, DOMAIN, IP, UNKNOWN.
            pattern: Only entries with exactly this pattern.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import block_senders as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list(
                _account,
                page=_page,
                per_page=per_page,
                search=search,
                order=order,
                direction=direction,
                pattern_type=pattern_type,
                pattern=pattern,
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
        is_regex: bool | Unset = UNSET,
        pattern: str | Unset = UNSET,
        pattern_type: PatternType | PatternTypeWritable | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> BlockedSender:
        """Update a blocked email sender.

        Changes the given fields of a blocked sender and leaves the others as they are; at least one
        field.

        PATCH /email-security/settings/block_senders/{pattern_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            pattern_id: The id of the blocked sender.
            comments: At most 1024 characters.
            pattern: The value to match; unless `is_regex`, its form depends on `pattern_type`: an
                email address (EMAIL), a domain name (DOMAIN), or a globally reachable address or
                CIDR block (IP). 1 to 1024 characters.
            pattern_type: What a pattern matches, and so the form the pattern must have unless it is
                a regular expression (`is_regex`). EMAIL: an email address; DOMAIN: a domain name;
                IP: a globally reachable IPv4 or IPv6 address or CIDR block (private, unique-local,
                loopback, link-local, unspecified and broadcast addresses are refused, and so are
                their IPv4-mapped IPv6 forms). UNKNOWN is deprecated: old entries may carry it and
                filters accept it, but create and update refuse it. One of EMAIL, DOMAIN, IP.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import block_senders as _ops

        return await self._call(
            _ops.build_update(
                self._account(account_id),
                pattern_id=pattern_id,
                comments=comments,
                is_regex=is_regex,
                pattern=pattern,
                pattern_type=pattern_type,
            ),
            _ops.parse_update,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class BlockSendersWithRawResponse:
    """BlockSenders's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: BlockSenders) -> None:
        self.batch = to_raw_response(resource.batch)
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.get = to_raw_response(resource.get)
        self.list = to_raw_page(resource.list)
        self.update = to_raw_response(resource.update)


class AsyncBlockSendersWithRawResponse:
    """AsyncBlockSenders's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: AsyncBlockSenders) -> None:
        self.batch = async_to_raw_response(resource.batch)
        self.create = async_to_raw_response(resource.create)
        self.delete = async_to_raw_response(resource.delete)
        self.get = async_to_raw_response(resource.get)
        self.list = async_to_raw_page(resource.list)
        self.update = async_to_raw_response(resource.update)
