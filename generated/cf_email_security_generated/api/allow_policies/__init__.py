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
        deletes: Sequence[EntryRef | EntryRefDict | int] = (),
        patches: Sequence[AllowPolicyPatch | AllowPolicyPatchDict] = (),
        posts: Sequence[CreateAllowPolicy | CreateAllowPolicyDict] = (),
        puts: Sequence[AllowPolicyPut | AllowPolicyPutDict] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AllowPolicyBatchResult:
        """Batch Allow Policies.

        Send a Batch of Allow Policies API calls to be executed together. All four arrays are sent
        (empty when unused); the server applies them atomically in the order deletes, patches, puts,
        posts.

        POST /email-security/settings/allow_policies/batch
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            deletes: At most 1000 entries.
            patches: At most 1000 entries.
            posts: At most 1000 entries.
            puts: At most 1000 entries.
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
                posts=posts,
                puts=puts,
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

        Creates an allow policy; the response carries the new policy with its id.

        POST /email-security/settings/allow_policies
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            is_acceptable_sender: Messages from this sender are exempt from Spam, Spoof and Bulk
                dispositions (not from Malicious or Suspicious).
            is_exempt_recipient: Messages to this recipient bypass all detections.
            is_trusted_sender: Messages from this sender bypass all detections and link following.
            pattern: 1 to 1024 characters.
            pattern_type: What a pattern matches. UNKNOWN may appear on old entries; it cannot be
                sent. One of EMAIL, DOMAIN, IP.
            verify_sender: Enforce DMARC, SPF or DKIM authentication. When on, Email Security only
                honors policies that pass authentication.
            comments: At most 1024 characters.
            is_recipient: Deprecated; use is_exempt_recipient.
            is_sender: Deprecated; use is_trusted_sender.
            is_spoof: Deprecated; use is_acceptable_sender.
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
        policy_id: int,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> EntryRef:
        """Delete an email allow policy.

        Deletes an allow policy; the response carries its id.

        DELETE /email-security/settings/allow_policies/{policy_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            policy_id: The unique identifier for the allow policy. At least 1.
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
        policy_id: int,
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
            policy_id: The unique identifier for the allow policy. At least 1.
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
        order: PatternOrder | PatternOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        search: str | Unset = UNSET,
        is_sender: bool | Unset = UNSET,
        is_trusted_sender: bool | Unset = UNSET,
        is_recipient: bool | Unset = UNSET,
        is_exempt_recipient: bool | Unset = UNSET,
        is_spoof: bool | Unset = UNSET,
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

        Lists, searches, and sorts an account's email allow policies.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/allow_policies
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page. At least 1.
            order: The field to sort by. One of pattern, created_at.
            direction: The sorting direction. One of asc, desc.
            search: Searches several properties of a record at once. Meant for people, not
                automation: prefer the specific filters in tools.
            is_sender: Deprecated filter; use `is_trusted_sender`.
            is_recipient: Deprecated filter; use `is_exempt_recipient`.
            is_spoof: Deprecated filter; use `is_acceptable_sender`.
            pattern_type: What a pattern matches. UNKNOWN may appear on old entries; it cannot be
                sent. One of EMAIL, DOMAIN, IP, UNKNOWN.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_list_allow_policies

        request = functools.partial(
            email_security_list_allow_policies.build_request,
            self._client.resolve_account(account_id),
            order=order,
            direction=direction,
            search=search,
            is_sender=is_sender,
            is_trusted_sender=is_trusted_sender,
            is_recipient=is_recipient,
            is_exempt_recipient=is_exempt_recipient,
            is_spoof=is_spoof,
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
        policy_id: int,
        *,
        comments: str | Unset | None = UNSET,
        is_acceptable_sender: bool | Unset | None = UNSET,
        is_exempt_recipient: bool | Unset | None = UNSET,
        is_regex: bool | Unset | None = UNSET,
        is_trusted_sender: bool | Unset | None = UNSET,
        pattern: str | Unset | None = UNSET,
        pattern_type: PatternType | PatternTypeWritable | Unset | None = UNSET,
        verify_sender: bool | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AllowPolicy:
        """Update an email allow policy.

        Changes the given fields of an allow policy and leaves the others as they are.

        PATCH /email-security/settings/allow_policies/{policy_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            policy_id: The unique identifier for the allow policy. At least 1.
            comments: At most 1024 characters.
            pattern: 1 to 1024 characters.
            pattern_type: What a pattern matches. UNKNOWN may appear on old entries; it cannot be
                sent. One of EMAIL, DOMAIN, IP.
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
        deletes: Sequence[EntryRef | EntryRefDict | int] = (),
        patches: Sequence[AllowPolicyPatch | AllowPolicyPatchDict] = (),
        posts: Sequence[CreateAllowPolicy | CreateAllowPolicyDict] = (),
        puts: Sequence[AllowPolicyPut | AllowPolicyPutDict] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AllowPolicyBatchResult:
        """Batch Allow Policies.

        Send a Batch of Allow Policies API calls to be executed together. All four arrays are sent
        (empty when unused); the server applies them atomically in the order deletes, patches, puts,
        posts.

        POST /email-security/settings/allow_policies/batch
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            deletes: At most 1000 entries.
            patches: At most 1000 entries.
            posts: At most 1000 entries.
            puts: At most 1000 entries.
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
                posts=posts,
                puts=puts,
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

        Creates an allow policy; the response carries the new policy with its id.

        POST /email-security/settings/allow_policies
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            is_acceptable_sender: Messages from this sender are exempt from Spam, Spoof and Bulk
                dispositions (not from Malicious or Suspicious).
            is_exempt_recipient: Messages to this recipient bypass all detections.
            is_trusted_sender: Messages from this sender bypass all detections and link following.
            pattern: 1 to 1024 characters.
            pattern_type: What a pattern matches. UNKNOWN may appear on old entries; it cannot be
                sent. One of EMAIL, DOMAIN, IP.
            verify_sender: Enforce DMARC, SPF or DKIM authentication. When on, Email Security only
                honors policies that pass authentication.
            comments: At most 1024 characters.
            is_recipient: Deprecated; use is_exempt_recipient.
            is_sender: Deprecated; use is_trusted_sender.
            is_spoof: Deprecated; use is_acceptable_sender.
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
        policy_id: int,
        *,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> EntryRef:
        """Delete an email allow policy.

        Deletes an allow policy; the response carries its id.

        DELETE /email-security/settings/allow_policies/{policy_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            policy_id: The unique identifier for the allow policy. At least 1.
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
        policy_id: int,
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
            policy_id: The unique identifier for the allow policy. At least 1.
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
        order: PatternOrder | PatternOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        search: str | Unset = UNSET,
        is_sender: bool | Unset = UNSET,
        is_trusted_sender: bool | Unset = UNSET,
        is_recipient: bool | Unset = UNSET,
        is_exempt_recipient: bool | Unset = UNSET,
        is_spoof: bool | Unset = UNSET,
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

        Lists, searches, and sorts an account's email allow policies.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/allow_policies
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page. At least 1.
            order: The field to sort by. One of pattern, created_at.
            direction: The sorting direction. One of asc, desc.
            search: Searches several properties of a record at once. Meant for people, not
                automation: prefer the specific filters in tools.
            is_sender: Deprecated filter; use `is_trusted_sender`.
            is_recipient: Deprecated filter; use `is_exempt_recipient`.
            is_spoof: Deprecated filter; use `is_acceptable_sender`.
            pattern_type: What a pattern matches. UNKNOWN may appear on old entries; it cannot be
                sent. One of EMAIL, DOMAIN, IP, UNKNOWN.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_list_allow_policies

        request = functools.partial(
            email_security_list_allow_policies.build_request,
            self._client.resolve_account(account_id),
            order=order,
            direction=direction,
            search=search,
            is_sender=is_sender,
            is_trusted_sender=is_trusted_sender,
            is_recipient=is_recipient,
            is_exempt_recipient=is_exempt_recipient,
            is_spoof=is_spoof,
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
        policy_id: int,
        *,
        comments: str | Unset | None = UNSET,
        is_acceptable_sender: bool | Unset | None = UNSET,
        is_exempt_recipient: bool | Unset | None = UNSET,
        is_regex: bool | Unset | None = UNSET,
        is_trusted_sender: bool | Unset | None = UNSET,
        pattern: str | Unset | None = UNSET,
        pattern_type: PatternType | PatternTypeWritable | Unset | None = UNSET,
        verify_sender: bool | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AllowPolicy:
        """Update an email allow policy.

        Changes the given fields of an allow policy and leaves the others as they are.

        PATCH /email-security/settings/allow_policies/{policy_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            policy_id: The unique identifier for the allow policy. At least 1.
            comments: At most 1024 characters.
            pattern: 1 to 1024 characters.
            pattern_type: What a pattern matches. UNKNOWN may appear on old entries; it cannot be
                sent. One of EMAIL, DOMAIN, IP.
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
        deletes: Sequence[EntryRef | EntryRefDict | int] = (),
        patches: Sequence[AllowPolicyPatch | AllowPolicyPatchDict] = (),
        posts: Sequence[CreateAllowPolicy | CreateAllowPolicyDict] = (),
        puts: Sequence[AllowPolicyPut | AllowPolicyPutDict] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[AllowPolicyBatchResult]:
        """Batch Allow Policies, with its HTTP response."""
        from . import email_security_batch_allow_policies

        return self._client.send_raw(
            email_security_batch_allow_policies.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
                patches=patches,
                posts=posts,
                puts=puts,
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
        policy_id: int,
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
        policy_id: int,
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
        order: PatternOrder | PatternOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        search: str | Unset = UNSET,
        is_sender: bool | Unset = UNSET,
        is_trusted_sender: bool | Unset = UNSET,
        is_recipient: bool | Unset = UNSET,
        is_exempt_recipient: bool | Unset = UNSET,
        is_spoof: bool | Unset = UNSET,
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
                order=order,
                direction=direction,
                search=search,
                is_sender=is_sender,
                is_trusted_sender=is_trusted_sender,
                is_recipient=is_recipient,
                is_exempt_recipient=is_exempt_recipient,
                is_spoof=is_spoof,
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
        policy_id: int,
        *,
        comments: str | Unset | None = UNSET,
        is_acceptable_sender: bool | Unset | None = UNSET,
        is_exempt_recipient: bool | Unset | None = UNSET,
        is_regex: bool | Unset | None = UNSET,
        is_trusted_sender: bool | Unset | None = UNSET,
        pattern: str | Unset | None = UNSET,
        pattern_type: PatternType | PatternTypeWritable | Unset | None = UNSET,
        verify_sender: bool | Unset | None = UNSET,
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
        deletes: Sequence[EntryRef | EntryRefDict | int] = (),
        patches: Sequence[AllowPolicyPatch | AllowPolicyPatchDict] = (),
        posts: Sequence[CreateAllowPolicy | CreateAllowPolicyDict] = (),
        puts: Sequence[AllowPolicyPut | AllowPolicyPutDict] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[AllowPolicyBatchResult]:
        """Batch Allow Policies, with its HTTP response."""
        from . import email_security_batch_allow_policies

        return await self._client.send_raw(
            email_security_batch_allow_policies.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
                patches=patches,
                posts=posts,
                puts=puts,
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
        policy_id: int,
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
        policy_id: int,
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
        order: PatternOrder | PatternOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        search: str | Unset = UNSET,
        is_sender: bool | Unset = UNSET,
        is_trusted_sender: bool | Unset = UNSET,
        is_recipient: bool | Unset = UNSET,
        is_exempt_recipient: bool | Unset = UNSET,
        is_spoof: bool | Unset = UNSET,
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
                order=order,
                direction=direction,
                search=search,
                is_sender=is_sender,
                is_trusted_sender=is_trusted_sender,
                is_recipient=is_recipient,
                is_exempt_recipient=is_exempt_recipient,
                is_spoof=is_spoof,
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
        policy_id: int,
        *,
        comments: str | Unset | None = UNSET,
        is_acceptable_sender: bool | Unset | None = UNSET,
        is_exempt_recipient: bool | Unset | None = UNSET,
        is_regex: bool | Unset | None = UNSET,
        is_trusted_sender: bool | Unset | None = UNSET,
        pattern: str | Unset | None = UNSET,
        pattern_type: PatternType | PatternTypeWritable | Unset | None = UNSET,
        verify_sender: bool | Unset | None = UNSET,
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
            ),
            email_security_update_allow_policy.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )
