"""The allow_policies resource: Senders and recipients that bypass some or all detections.

Models are named here for type checkers only. Each method imports the request builders when it runs
(they load attrs, and each builder the models it uses), so that `import` and `client.allow_policies`
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

    from ..models.allow_policy import AllowPolicy
    from ..models.allow_policy_batch_result import AllowPolicyBatchResult
    from ..models.allow_policy_list_response import AllowPolicyListResponse
    from ..models.allow_policy_patch import AllowPolicyPatch, AllowPolicyPatchDict
    from ..models.allow_policy_put import AllowPolicyPut, AllowPolicyPutDict
    from ..models.create_allow_policy import CreateAllowPolicy, CreateAllowPolicyDict
    from ..models.entry_ref import EntryRef, EntryRefDict
    from ..models.pattern_order import PatternOrder, PatternOrderValue
    from ..models.pattern_type import PatternType, PatternTypeValue, PatternTypeWritable
    from ..models.sorting_direction import SortingDirection, SortingDirectionValue


class AllowPolicies(SyncResource):
    """Senders and recipients that bypass some or all detections."""

    @cached_property
    def with_raw_response(self) -> AllowPoliciesWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return AllowPoliciesWithRawResponse(self)

    def batch(
        self,
        *,
        deletes: Sequence[EntryRef | EntryRefDict | str] = (),
        patches: Sequence[AllowPolicyPatch | AllowPolicyPatchDict] = (),
        puts: Sequence[AllowPolicyPut | AllowPolicyPutDict] = (),
        posts: Sequence[CreateAllowPolicy | CreateAllowPolicyDict] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AllowPolicyBatchResult:
        """Batch allow policy operations.

        Applies deletes, patches, puts and posts of allow policies atomically, in that order. All
        four arrays are sent (empty when unused), each with at most 1000 entries.

        POST /email-security/settings/allow_policies/batch
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
        from .._requests import allow_policies as _ops

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
        is_acceptable_sender: bool,
        is_exempt_recipient: bool,
        is_regex: bool,
        is_trusted_sender: bool,
        pattern: str,
        pattern_type: PatternType | PatternTypeWritable,
        verify_sender: bool,
        comments: str | Unset | None = UNSET,
        is_recipient: bool | Unset = UNSET,
        is_sender: bool | Unset = UNSET,
        is_spoof: bool | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AllowPolicy:
        """Create an email allow policy.

        Creates an allow policy; the response carries it with its id. Matching mail skips some or
        all detections, so use it with care.

        POST /email-security/settings/allow_policies
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            is_acceptable_sender: Exempt mail from this sender from Spam, Spoof and Bulk
                dispositions (not from Malicious or Suspicious).
            is_exempt_recipient: Let mail to this recipient bypass all detections.
            is_trusted_sender: Let mail from this sender bypass all detections and link following.
            pattern: The value to match; unless `is_regex`, its form depends on `pattern_type`: an
                email address (EMAIL), a domain name (DOMAIN), or a globally reachable address or
                CIDR block (IP). 1 to 1024 characters.
            pattern_type: What a pattern matches, and so the form the pattern must have unless it is
                a regular expression (`is_regex`). EMAIL: an email address; DOMAIN: a domain name;
                IP: a globally reachable IPv4 or IPv6 address or CIDR block (private, unique-local,
                loopback, link-local, unspecified and broadcast addresses are refused, and so are
                their IPv4-mapped IPv6 forms). UNKNOWN is deprecated: old entries may carry it and
                filters accept it, but create and update refuse it. One of EMAIL, DOMAIN, IP.
            verify_sender: Honor the policy only for mail that passes DMARC, SPF or DKIM.
            comments: At most 1024 characters.
            is_recipient: Deprecated; maps to `is_exempt_recipient`. Still accepted, but past its
                end of life (2026-07-01): send `is_exempt_recipient`.
            is_sender: Deprecated; maps to `is_trusted_sender`. Still accepted, but past its end of
                life (2026-07-01): send `is_trusted_sender`.
            is_spoof: Deprecated; maps to `is_acceptable_sender`. Still accepted, but past its end
                of life (2026-07-01): send `is_acceptable_sender`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import allow_policies as _ops

        return self._call(
            _ops.build_create(
                self._account(account_id),
                is_acceptable_sender=is_acceptable_sender,
                is_exempt_recipient=is_exempt_recipient,
                is_regex=is_regex,
                is_trusted_sender=is_trusted_sender,
                pattern=pattern,
                pattern_type=pattern_type,
                verify_sender=verify_sender,
                comments=comments,
                is_recipient=is_recipient,
                is_sender=is_sender,
                is_spoof=is_spoof,
            ),
            _ops.parse_create,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def delete(
        self,
        policy_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> EntryRef:
        """Delete an email allow policy.

        Deletes an allow policy; matching mail is scanned normally again. The response carries its
        id.

        DELETE /email-security/settings/allow_policies/{policy_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            policy_id: The id of the allow policy.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import allow_policies as _ops

        return self._call(
            _ops.build_delete(
                self._account(account_id),
                policy_id=policy_id,
            ),
            _ops.parse_delete,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def get(
        self,
        policy_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AllowPolicy:
        """Get an email allow policy.

        Gets one allow policy by its id.

        GET /email-security/settings/allow_policies/{policy_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            policy_id: The id of the allow policy.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import allow_policies as _ops

        return self._call(
            _ops.build_get(
                self._account(account_id),
                policy_id=policy_id,
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
        is_exempt_recipient: bool | Unset = UNSET,
        is_trusted_sender: bool | Unset = UNSET,
        is_acceptable_sender: bool | Unset = UNSET,
        verify_sender: bool | Unset = UNSET,
        pattern_type: PatternType | PatternTypeValue | Unset = UNSET,
        pattern: str | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SyncPager[AllowPolicy, AllowPolicyListResponse]:
        """List email allow policies.

        Lists, searches and sorts the account's allow policies. The API no longer has the deprecated
        filters is_sender, is_recipient and is_spoof; filter on their replacements.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/allow_policies
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            search: Searches several properties of a record at once. Its behavior may change: it is
                meant for people, not automation; prefer the specific filters in tools.
            order: The field to sort by. One of pattern, created_at.
            direction: The sorting direction. One of asc, desc.
            is_exempt_recipient: Only policies whose recipient bypasses all detections.
            is_trusted_sender: Only policies whose sender bypasses all detections and link
                following.
            is_acceptable_sender: Only policies whose sender is exempt from Spam, Spoof and Bulk
                dispositions.
            verify_sender: Only policies that require DMARC, SPF or DKIM authentication.
            pattern_type: Only entries of this pattern type. UNKNOWN is accepted here, to find old
                entries to fix. One of EMAIL, DOMAIN, IP, UNKNOWN.
            pattern: Only entries with exactly this pattern.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import allow_policies as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list(
                _account,
                page=_page,
                per_page=per_page,
                search=search,
                order=order,
                direction=direction,
                is_exempt_recipient=is_exempt_recipient,
                is_trusted_sender=is_trusted_sender,
                is_acceptable_sender=is_acceptable_sender,
                verify_sender=verify_sender,
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
        policy_id: str,
        *,
        comments: str | Unset | None = UNSET,
        is_acceptable_sender: bool | Unset = UNSET,
        is_exempt_recipient: bool | Unset = UNSET,
        is_regex: bool | Unset = UNSET,
        is_trusted_sender: bool | Unset = UNSET,
        pattern: str | Unset = UNSET,
        pattern_type: PatternType | PatternTypeWritable | Unset = UNSET,
        verify_sender: bool | Unset = UNSET,
        is_recipient: bool | Unset = UNSET,
        is_sender: bool | Unset = UNSET,
        is_spoof: bool | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AllowPolicy:
        """Update an email allow policy.

        Changes the given fields and leaves the others as they are; at least one field. Every field
        of the policy may be changed, the deprecated flags included.

        PATCH /email-security/settings/allow_policies/{policy_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            policy_id: The id of the allow policy.
            comments: At most 1024 characters.
            is_acceptable_sender: Exempt mail from this sender from Spam, Spoof and Bulk
                dispositions (not from Malicious or Suspicious).
            is_exempt_recipient: Let mail to this recipient bypass all detections.
            is_trusted_sender: Let mail from this sender bypass all detections and link following.
            pattern: The value to match; unless `is_regex`, its form depends on `pattern_type`: an
                email address (EMAIL), a domain name (DOMAIN), or a globally reachable address or
                CIDR block (IP). 1 to 1024 characters.
            pattern_type: What a pattern matches, and so the form the pattern must have unless it is
                a regular expression (`is_regex`). EMAIL: an email address; DOMAIN: a domain name;
                IP: a globally reachable IPv4 or IPv6 address or CIDR block (private, unique-local,
                loopback, link-local, unspecified and broadcast addresses are refused, and so are
                their IPv4-mapped IPv6 forms). UNKNOWN is deprecated: old entries may carry it and
                filters accept it, but create and update refuse it. One of EMAIL, DOMAIN, IP.
            verify_sender: Honor the policy only for mail that passes DMARC, SPF or DKIM.
            is_recipient: Deprecated; maps to `is_exempt_recipient`. Still accepted, but past its
                end of life (2026-07-01): send `is_exempt_recipient`.
            is_sender: Deprecated; maps to `is_trusted_sender`. Still accepted, but past its end of
                life (2026-07-01): send `is_trusted_sender`.
            is_spoof: Deprecated; maps to `is_acceptable_sender`. Still accepted, but past its end
                of life (2026-07-01): send `is_acceptable_sender`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import allow_policies as _ops

        return self._call(
            _ops.build_update(
                self._account(account_id),
                policy_id=policy_id,
                comments=comments,
                is_acceptable_sender=is_acceptable_sender,
                is_exempt_recipient=is_exempt_recipient,
                is_regex=is_regex,
                is_trusted_sender=is_trusted_sender,
                pattern=pattern,
                pattern_type=pattern_type,
                verify_sender=verify_sender,
                is_recipient=is_recipient,
                is_sender=is_sender,
                is_spoof=is_spoof,
            ),
            _ops.parse_update,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncAllowPolicies(AsyncResource):
    """Senders and recipients that bypass some or all detections. (async)"""

    @cached_property
    def with_raw_response(self) -> AsyncAllowPoliciesWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return AsyncAllowPoliciesWithRawResponse(self)

    async def batch(
        self,
        *,
        deletes: Sequence[EntryRef | EntryRefDict | str] = (),
        patches: Sequence[AllowPolicyPatch | AllowPolicyPatchDict] = (),
        puts: Sequence[AllowPolicyPut | AllowPolicyPutDict] = (),
        posts: Sequence[CreateAllowPolicy | CreateAllowPolicyDict] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AllowPolicyBatchResult:
        """Batch allow policy operations.

        Applies deletes, patches, puts and posts of allow policies atomically, in that order. All
        four arrays are sent (empty when unused), each with at most 1000 entries.

        POST /email-security/settings/allow_policies/batch
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
        from .._requests import allow_policies as _ops

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
        is_acceptable_sender: bool,
        is_exempt_recipient: bool,
        is_regex: bool,
        is_trusted_sender: bool,
        pattern: str,
        pattern_type: PatternType | PatternTypeWritable,
        verify_sender: bool,
        comments: str | Unset | None = UNSET,
        is_recipient: bool | Unset = UNSET,
        is_sender: bool | Unset = UNSET,
        is_spoof: bool | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AllowPolicy:
        """Create an email allow policy.

        Creates an allow policy; the response carries it with its id. Matching mail skips some or
        all detections, so use it with care.

        POST /email-security/settings/allow_policies
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            is_acceptable_sender: Exempt mail from this sender from Spam, Spoof and Bulk
                dispositions (not from Malicious or Suspicious).
            is_exempt_recipient: Let mail to this recipient bypass all detections.
            is_trusted_sender: Let mail from this sender bypass all detections and link following.
            pattern: The value to match; unless `is_regex`, its form depends on `pattern_type`: an
                email address (EMAIL), a domain name (DOMAIN), or a globally reachable address or
                CIDR block (IP). 1 to 1024 characters.
            pattern_type: What a pattern matches, and so the form the pattern must have unless it is
                a regular expression (`is_regex`). EMAIL: an email address; DOMAIN: a domain name;
                IP: a globally reachable IPv4 or IPv6 address or CIDR block (private, unique-local,
                loopback, link-local, unspecified and broadcast addresses are refused, and so are
                their IPv4-mapped IPv6 forms). UNKNOWN is deprecated: old entries may carry it and
                filters accept it, but create and update refuse it. One of EMAIL, DOMAIN, IP.
            verify_sender: Honor the policy only for mail that passes DMARC, SPF or DKIM.
            comments: At most 1024 characters.
            is_recipient: Deprecated; maps to `is_exempt_recipient`. Still accepted, but past its
                end of life (2026-07-01): send `is_exempt_recipient`.
            is_sender: Deprecated; maps to `is_trusted_sender`. Still accepted, but past its end of
                life (2026-07-01): send `is_trusted_sender`.
            is_spoof: Deprecated; maps to `is_acceptable_sender`. Still accepted, but past its end
                of life (2026-07-01): send `is_acceptable_sender`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import allow_policies as _ops

        return await self._call(
            _ops.build_create(
                self._account(account_id),
                is_acceptable_sender=is_acceptable_sender,
                is_exempt_recipient=is_exempt_recipient,
                is_regex=is_regex,
                is_trusted_sender=is_trusted_sender,
                pattern=pattern,
                pattern_type=pattern_type,
                verify_sender=verify_sender,
                comments=comments,
                is_recipient=is_recipient,
                is_sender=is_sender,
                is_spoof=is_spoof,
            ),
            _ops.parse_create,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def delete(
        self,
        policy_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> EntryRef:
        """Delete an email allow policy.

        Deletes an allow policy; matching mail is scanned normally again. The response carries its
        id.

        DELETE /email-security/settings/allow_policies/{policy_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            policy_id: The id of the allow policy.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import allow_policies as _ops

        return await self._call(
            _ops.build_delete(
                self._account(account_id),
                policy_id=policy_id,
            ),
            _ops.parse_delete,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def get(
        self,
        policy_id: str,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AllowPolicy:
        """Get an email allow policy.

        Gets one allow policy by its id.

        GET /email-security/settings/allow_policies/{policy_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            policy_id: The id of the allow policy.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import allow_policies as _ops

        return await self._call(
            _ops.build_get(
                self._account(account_id),
                policy_id=policy_id,
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
        is_exempt_recipient: bool | Unset = UNSET,
        is_trusted_sender: bool | Unset = UNSET,
        is_acceptable_sender: bool | Unset = UNSET,
        verify_sender: bool | Unset = UNSET,
        pattern_type: PatternType | PatternTypeValue | Unset = UNSET,
        pattern: str | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncPager[AllowPolicy, AllowPolicyListResponse]:
        """List email allow policies.

        Lists, searches and sorts the account's allow policies. The API no longer has the deprecated
        filters is_sender, is_recipient and is_spoof; filter on their replacements.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/allow_policies
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            search: Searches several properties of a record at once. Its behavior may change: it is
                meant for people, not automation; prefer the specific filters in tools.
            order: The field to sort by. One of pattern, created_at.
            direction: The sorting direction. One of asc, desc.
            is_exempt_recipient: Only policies whose recipient bypasses all detections.
            is_trusted_sender: Only policies whose sender bypasses all detections and link
                following.
            is_acceptable_sender: Only policies whose sender is exempt from Spam, Spoof and Bulk
                dispositions.
            verify_sender: Only policies that require DMARC, SPF or DKIM authentication.
            pattern_type: Only entries of this pattern type. UNKNOWN is accepted here, to find old
                entries to fix. One of EMAIL, DOMAIN, IP, UNKNOWN.
            pattern: Only entries with exactly this pattern.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import allow_policies as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list(
                _account,
                page=_page,
                per_page=per_page,
                search=search,
                order=order,
                direction=direction,
                is_exempt_recipient=is_exempt_recipient,
                is_trusted_sender=is_trusted_sender,
                is_acceptable_sender=is_acceptable_sender,
                verify_sender=verify_sender,
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
        policy_id: str,
        *,
        comments: str | Unset | None = UNSET,
        is_acceptable_sender: bool | Unset = UNSET,
        is_exempt_recipient: bool | Unset = UNSET,
        is_regex: bool | Unset = UNSET,
        is_trusted_sender: bool | Unset = UNSET,
        pattern: str | Unset = UNSET,
        pattern_type: PatternType | PatternTypeWritable | Unset = UNSET,
        verify_sender: bool | Unset = UNSET,
        is_recipient: bool | Unset = UNSET,
        is_sender: bool | Unset = UNSET,
        is_spoof: bool | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AllowPolicy:
        """Update an email allow policy.

        Changes the given fields and leaves the others as they are; at least one field. Every field
        of the policy may be changed, the deprecated flags included.

        PATCH /email-security/settings/allow_policies/{policy_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            policy_id: The id of the allow policy.
            comments: At most 1024 characters.
            is_acceptable_sender: Exempt mail from this sender from Spam, Spoof and Bulk
                dispositions (not from Malicious or Suspicious).
            is_exempt_recipient: Let mail to this recipient bypass all detections.
            is_trusted_sender: Let mail from this sender bypass all detections and link following.
            pattern: The value to match; unless `is_regex`, its form depends on `pattern_type`: an
                email address (EMAIL), a domain name (DOMAIN), or a globally reachable address or
                CIDR block (IP). 1 to 1024 characters.
            pattern_type: What a pattern matches, and so the form the pattern must have unless it is
                a regular expression (`is_regex`). EMAIL: an email address; DOMAIN: a domain name;
                IP: a globally reachable IPv4 or IPv6 address or CIDR block (private, unique-local,
                loopback, link-local, unspecified and broadcast addresses are refused, and so are
                their IPv4-mapped IPv6 forms). UNKNOWN is deprecated: old entries may carry it and
                filters accept it, but create and update refuse it. One of EMAIL, DOMAIN, IP.
            verify_sender: Honor the policy only for mail that passes DMARC, SPF or DKIM.
            is_recipient: Deprecated; maps to `is_exempt_recipient`. Still accepted, but past its
                end of life (2026-07-01): send `is_exempt_recipient`.
            is_sender: Deprecated; maps to `is_trusted_sender`. Still accepted, but past its end of
                life (2026-07-01): send `is_trusted_sender`.
            is_spoof: Deprecated; maps to `is_acceptable_sender`. Still accepted, but past its end
                of life (2026-07-01): send `is_acceptable_sender`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import allow_policies as _ops

        return await self._call(
            _ops.build_update(
                self._account(account_id),
                policy_id=policy_id,
                comments=comments,
                is_acceptable_sender=is_acceptable_sender,
                is_exempt_recipient=is_exempt_recipient,
                is_regex=is_regex,
                is_trusted_sender=is_trusted_sender,
                pattern=pattern,
                pattern_type=pattern_type,
                verify_sender=verify_sender,
                is_recipient=is_recipient,
                is_sender=is_sender,
                is_spoof=is_spoof,
            ),
            _ops.parse_update,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AllowPoliciesWithRawResponse:
    """AllowPolicies's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: AllowPolicies) -> None:
        self.batch = to_raw_response(resource.batch)
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.get = to_raw_response(resource.get)
        self.list = to_raw_page(resource.list)
        self.update = to_raw_response(resource.update)


class AsyncAllowPoliciesWithRawResponse:
    """AsyncAllowPolicies's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: AsyncAllowPolicies) -> None:
        self.batch = async_to_raw_response(resource.batch)
        self.create = async_to_raw_response(resource.create)
        self.delete = async_to_raw_response(resource.delete)
        self.get = async_to_raw_response(resource.get)
        self.list = async_to_raw_page(resource.list)
        self.update = async_to_raw_response(resource.update)
