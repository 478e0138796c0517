"""The allow_policies resource.

Senders and recipients that bypass some or all detections.

Each method imports its endpoint module (and with it the models and attrs) on its first call, so
that `import` and `client.allow_policies` stay cheap; models are named here for type checkers only.
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
    from ...models.allow_policy import AllowPolicy
    from ...models.allow_policy_batch_result import AllowPolicyBatchResult
    from ...models.allow_policy_list_response import AllowPolicyListResponse
    from ...models.allow_policy_patch import AllowPolicyPatch, AllowPolicyPatchDict
    from ...models.allow_policy_put import AllowPolicyPut, AllowPolicyPutDict
    from ...models.create_allow_policy import CreateAllowPolicy, CreateAllowPolicyDict
    from ...models.entry_ref import EntryRef, EntryRefDict
    from ...models.pattern_order import PatternOrder, PatternOrderValue
    from ...models.pattern_type import PatternType, PatternTypeValue, PatternTypeWritable
    from ...models.sorting_direction import SortingDirection, SortingDirectionValue


class AllowPolicies:
    """Senders and recipients that bypass some or all detections."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AllowPoliciesWithRawResponse:
        """The same operations, returning RawResponse (status, headers, cf-ray and the parsed result)."""
        return AllowPoliciesWithRawResponse(self._client)

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
        four arrays are sent (empty when unused), each with at most 1000 entries. TS-7.1 has no
        batch method; SPEC-0722, PY-5.9.0 and DOCS-1008 have this one, which this document follows.

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
        from . import email_security_batch_allow_policies

        return self._client.send(
            email_security_batch_allow_policies.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
                patches=patches,
                puts=puts,
                posts=posts,
            ),
            email_security_batch_allow_policies.parse,
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
            pattern: The value to match; its form depends on `pattern_type`: an email address
                (EMAIL), a domain name (DOMAIN), or an address or CIDR block (IP). Private,
                loopback, link-local and unspecified addresses are refused. 1 to 1024 characters.
            pattern_type: What a pattern matches. EMAIL: a full address; DOMAIN: a domain name; IP:
                a globally reachable IPv4 or IPv6 address or CIDR block (IPv6 per PY-5.9.0;
                SPEC-0722 says IPv4 only). UNKNOWN is deprecated: old entries may carry it and
                filters accept it, but create and update refuse it (x-sdk-response-only keeps it out
                of request bodies). One of EMAIL, DOMAIN, IP.
            verify_sender: Honor the policy only for mail that passes DMARC, SPF or DKIM.
            comments: At most 1024 characters.
            is_recipient: Deprecated; maps to `is_exempt_recipient`. Upstream still accepts it, but
                it is past its end of life (2026-07-01): send `is_exempt_recipient`.
            is_sender: Deprecated; maps to `is_trusted_sender`. Upstream still accepts it, but it is
                past its end of life (2026-07-01): send `is_trusted_sender`.
            is_spoof: Deprecated; maps to `is_acceptable_sender`. Upstream still accepts it, but it
                is past its end of life (2026-07-01): send `is_acceptable_sender`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_create_allow_policy

        return self._client.send(
            email_security_create_allow_policy.build_request(
                self._client.resolve_account(account_id),
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
            email_security_create_allow_policy.parse,
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
        from . import email_security_delete_allow_policy

        return self._client.send(
            email_security_delete_allow_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
            ),
            email_security_delete_allow_policy.parse,
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
        from . import email_security_get_allow_policy

        return self._client.send(
            email_security_get_allow_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
            ),
            email_security_get_allow_policy.parse,
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

        Lists, searches and sorts the account's allow policies. The deprecated filters is_sender,
        is_recipient and is_spoof are gone upstream; filter on their replacements.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/allow_policies
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; upstream caps it at 1000. 1 to 1000.
            search: Searches several properties of a record at once. Upstream says its behavior may
                change: meant for people, not automation; prefer the specific filters in tools.
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
        from . import email_security_list_allow_policies

        request = functools.partial(
            email_security_list_allow_policies.build_request,
            self._client.resolve_account(account_id),
            search=search,
            order=order,
            direction=direction,
            is_exempt_recipient=is_exempt_recipient,
            is_trusted_sender=is_trusted_sender,
            is_acceptable_sender=is_acceptable_sender,
            verify_sender=verify_sender,
            pattern_type=pattern_type,
            pattern=pattern,
            per_page=per_page,
        )
        first = request(page=page)  # validates now: bad input raises before the first page is fetched
        options = RequestOptions.of(timeout, extra_headers, extra_query)  # every page is fetched with them

        def fetch(number: int) -> AllowPolicyListResponse:
            spec = first if number == page else request(page=number)
            return self._client.send(spec, email_security_list_allow_policies.parse, options)

        return SyncPager(fetch, first_page=page, per_page=per_page)

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

        Changes the given fields and leaves the others as they are; at least one field. Upstream
        accepts every field of the policy here, the deprecated flags included (SPEC-0722, TS-7.1).

        PATCH /email-security/settings/allow_policies/{policy_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            policy_id: The id of the allow policy.
            comments: At most 1024 characters.
            is_acceptable_sender: Exempt mail from this sender from Spam, Spoof and Bulk
                dispositions (not from Malicious or Suspicious).
            is_exempt_recipient: Let mail to this recipient bypass all detections.
            is_trusted_sender: Let mail from this sender bypass all detections and link following.
            pattern: The value to match; its form depends on `pattern_type`: an email address
                (EMAIL), a domain name (DOMAIN), or an address or CIDR block (IP). Private,
                loopback, link-local and unspecified addresses are refused. 1 to 1024 characters.
            pattern_type: What a pattern matches. EMAIL: a full address; DOMAIN: a domain name; IP:
                a globally reachable IPv4 or IPv6 address or CIDR block (IPv6 per PY-5.9.0;
                SPEC-0722 says IPv4 only). UNKNOWN is deprecated: old entries may carry it and
                filters accept it, but create and update refuse it (x-sdk-response-only keeps it out
                of request bodies). One of EMAIL, DOMAIN, IP.
            verify_sender: Honor the policy only for mail that passes DMARC, SPF or DKIM.
            is_recipient: Deprecated; maps to `is_exempt_recipient`. Upstream still accepts it, but
                it is past its end of life (2026-07-01): send `is_exempt_recipient`.
            is_sender: Deprecated; maps to `is_trusted_sender`. Upstream still accepts it, but it is
                past its end of life (2026-07-01): send `is_trusted_sender`.
            is_spoof: Deprecated; maps to `is_acceptable_sender`. Upstream still accepts it, but it
                is past its end of life (2026-07-01): send `is_acceptable_sender`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_update_allow_policy

        return self._client.send(
            email_security_update_allow_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
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
            email_security_update_allow_policy.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncAllowPolicies:
    """Senders and recipients that bypass some or all detections. (async)"""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncAllowPoliciesWithRawResponse:
        """The same operations, returning RawResponse (status, headers, cf-ray and the parsed result)."""
        return AsyncAllowPoliciesWithRawResponse(self._client)

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
        four arrays are sent (empty when unused), each with at most 1000 entries. TS-7.1 has no
        batch method; SPEC-0722, PY-5.9.0 and DOCS-1008 have this one, which this document follows.

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
        from . import email_security_batch_allow_policies

        return await self._client.send(
            email_security_batch_allow_policies.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
                patches=patches,
                puts=puts,
                posts=posts,
            ),
            email_security_batch_allow_policies.parse,
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
            pattern: The value to match; its form depends on `pattern_type`: an email address
                (EMAIL), a domain name (DOMAIN), or an address or CIDR block (IP). Private,
                loopback, link-local and unspecified addresses are refused. 1 to 1024 characters.
            pattern_type: What a pattern matches. EMAIL: a full address; DOMAIN: a domain name; IP:
                a globally reachable IPv4 or IPv6 address or CIDR block (IPv6 per PY-5.9.0;
                SPEC-0722 says IPv4 only). UNKNOWN is deprecated: old entries may carry it and
                filters accept it, but create and update refuse it (x-sdk-response-only keeps it out
                of request bodies). One of EMAIL, DOMAIN, IP.
            verify_sender: Honor the policy only for mail that passes DMARC, SPF or DKIM.
            comments: At most 1024 characters.
            is_recipient: Deprecated; maps to `is_exempt_recipient`. Upstream still accepts it, but
                it is past its end of life (2026-07-01): send `is_exempt_recipient`.
            is_sender: Deprecated; maps to `is_trusted_sender`. Upstream still accepts it, but it is
                past its end of life (2026-07-01): send `is_trusted_sender`.
            is_spoof: Deprecated; maps to `is_acceptable_sender`. Upstream still accepts it, but it
                is past its end of life (2026-07-01): send `is_acceptable_sender`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_create_allow_policy

        return await self._client.send(
            email_security_create_allow_policy.build_request(
                self._client.resolve_account(account_id),
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
            email_security_create_allow_policy.parse,
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
        from . import email_security_delete_allow_policy

        return await self._client.send(
            email_security_delete_allow_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
            ),
            email_security_delete_allow_policy.parse,
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
        from . import email_security_get_allow_policy

        return await self._client.send(
            email_security_get_allow_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
            ),
            email_security_get_allow_policy.parse,
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

        Lists, searches and sorts the account's allow policies. The deprecated filters is_sender,
        is_recipient and is_spoof are gone upstream; filter on their replacements.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/allow_policies
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; upstream caps it at 1000. 1 to 1000.
            search: Searches several properties of a record at once. Upstream says its behavior may
                change: meant for people, not automation; prefer the specific filters in tools.
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
        from . import email_security_list_allow_policies

        request = functools.partial(
            email_security_list_allow_policies.build_request,
            self._client.resolve_account(account_id),
            search=search,
            order=order,
            direction=direction,
            is_exempt_recipient=is_exempt_recipient,
            is_trusted_sender=is_trusted_sender,
            is_acceptable_sender=is_acceptable_sender,
            verify_sender=verify_sender,
            pattern_type=pattern_type,
            pattern=pattern,
            per_page=per_page,
        )
        first = request(page=page)  # validates now: bad input raises before the first page is fetched
        options = RequestOptions.of(timeout, extra_headers, extra_query)  # every page is fetched with them

        async def fetch(number: int) -> AllowPolicyListResponse:
            spec = first if number == page else request(page=number)
            return await self._client.send(spec, email_security_list_allow_policies.parse, options)

        return AsyncPager(fetch, first_page=page, per_page=per_page)

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

        Changes the given fields and leaves the others as they are; at least one field. Upstream
        accepts every field of the policy here, the deprecated flags included (SPEC-0722, TS-7.1).

        PATCH /email-security/settings/allow_policies/{policy_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            policy_id: The id of the allow policy.
            comments: At most 1024 characters.
            is_acceptable_sender: Exempt mail from this sender from Spam, Spoof and Bulk
                dispositions (not from Malicious or Suspicious).
            is_exempt_recipient: Let mail to this recipient bypass all detections.
            is_trusted_sender: Let mail from this sender bypass all detections and link following.
            pattern: The value to match; its form depends on `pattern_type`: an email address
                (EMAIL), a domain name (DOMAIN), or an address or CIDR block (IP). Private,
                loopback, link-local and unspecified addresses are refused. 1 to 1024 characters.
            pattern_type: What a pattern matches. EMAIL: a full address; DOMAIN: a domain name; IP:
                a globally reachable IPv4 or IPv6 address or CIDR block (IPv6 per PY-5.9.0;
                SPEC-0722 says IPv4 only). UNKNOWN is deprecated: old entries may carry it and
                filters accept it, but create and update refuse it (x-sdk-response-only keeps it out
                of request bodies). One of EMAIL, DOMAIN, IP.
            verify_sender: Honor the policy only for mail that passes DMARC, SPF or DKIM.
            is_recipient: Deprecated; maps to `is_exempt_recipient`. Upstream still accepts it, but
                it is past its end of life (2026-07-01): send `is_exempt_recipient`.
            is_sender: Deprecated; maps to `is_trusted_sender`. Upstream still accepts it, but it is
                past its end of life (2026-07-01): send `is_trusted_sender`.
            is_spoof: Deprecated; maps to `is_acceptable_sender`. Upstream still accepts it, but it
                is past its end of life (2026-07-01): send `is_acceptable_sender`.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_update_allow_policy

        return await self._client.send(
            email_security_update_allow_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
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
            email_security_update_allow_policy.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AllowPoliciesWithRawResponse:
    """Operations returning RawResponse."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

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
    ) -> RawResponse[AllowPolicyBatchResult]:
        """Batch allow policy operations, with its HTTP response."""
        from . import email_security_batch_allow_policies

        return self._client.send_raw(
            email_security_batch_allow_policies.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
                patches=patches,
                puts=puts,
                posts=posts,
            ),
            email_security_batch_allow_policies.parse,
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
    ) -> RawResponse[AllowPolicy]:
        """Create an email allow policy, with its HTTP response."""
        from . import email_security_create_allow_policy

        return self._client.send_raw(
            email_security_create_allow_policy.build_request(
                self._client.resolve_account(account_id),
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
            email_security_create_allow_policy.parse,
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
    ) -> RawResponse[EntryRef]:
        """Delete an email allow policy, with its HTTP response."""
        from . import email_security_delete_allow_policy

        return self._client.send_raw(
            email_security_delete_allow_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
            ),
            email_security_delete_allow_policy.parse,
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
    ) -> RawResponse[AllowPolicy]:
        """Get an email allow policy, with its HTTP response."""
        from . import email_security_get_allow_policy

        return self._client.send_raw(
            email_security_get_allow_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
            ),
            email_security_get_allow_policy.parse,
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
    ) -> RawResponse[AllowPolicyListResponse]:
        """List email allow policies, with its HTTP response."""
        from . import email_security_list_allow_policies

        return self._client.send_raw(
            email_security_list_allow_policies.build_request(
                self._client.resolve_account(account_id),
                page=page,
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
            email_security_list_allow_policies.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
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
    ) -> RawResponse[AllowPolicy]:
        """Update an email allow policy, with its HTTP response."""
        from . import email_security_update_allow_policy

        return self._client.send_raw(
            email_security_update_allow_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
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
            email_security_update_allow_policy.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncAllowPoliciesWithRawResponse:
    """Operations returning RawResponse (async)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

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
    ) -> RawResponse[AllowPolicyBatchResult]:
        """Batch allow policy operations, with its HTTP response."""
        from . import email_security_batch_allow_policies

        return await self._client.send_raw(
            email_security_batch_allow_policies.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
                patches=patches,
                puts=puts,
                posts=posts,
            ),
            email_security_batch_allow_policies.parse,
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
    ) -> RawResponse[AllowPolicy]:
        """Create an email allow policy, with its HTTP response."""
        from . import email_security_create_allow_policy

        return await self._client.send_raw(
            email_security_create_allow_policy.build_request(
                self._client.resolve_account(account_id),
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
            email_security_create_allow_policy.parse,
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
    ) -> RawResponse[EntryRef]:
        """Delete an email allow policy, with its HTTP response."""
        from . import email_security_delete_allow_policy

        return await self._client.send_raw(
            email_security_delete_allow_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
            ),
            email_security_delete_allow_policy.parse,
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
    ) -> RawResponse[AllowPolicy]:
        """Get an email allow policy, with its HTTP response."""
        from . import email_security_get_allow_policy

        return await self._client.send_raw(
            email_security_get_allow_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
            ),
            email_security_get_allow_policy.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def list(
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
    ) -> RawResponse[AllowPolicyListResponse]:
        """List email allow policies, with its HTTP response."""
        from . import email_security_list_allow_policies

        return await self._client.send_raw(
            email_security_list_allow_policies.build_request(
                self._client.resolve_account(account_id),
                page=page,
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
            email_security_list_allow_policies.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
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
    ) -> RawResponse[AllowPolicy]:
        """Update an email allow policy, with its HTTP response."""
        from . import email_security_update_allow_policy

        return await self._client.send_raw(
            email_security_update_allow_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
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
            email_security_update_allow_policy.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )
