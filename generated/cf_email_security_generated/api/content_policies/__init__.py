"""The content_policies resource.

Patterns matched against the subject or body of a message.

Each method imports its endpoint module (and with it the models and attrs) on its first call, so
that `import` and `client.content_policies` stay cheap; models are named here for type checkers
only.
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
    from ...models.content_policy import ContentPolicy
    from ...models.content_policy_batch_result import ContentPolicyBatchResult
    from ...models.content_policy_list_response import ContentPolicyListResponse
    from ...models.content_policy_order import ContentPolicyOrder, ContentPolicyOrderValue
    from ...models.content_policy_patch import ContentPolicyPatch, ContentPolicyPatchDict
    from ...models.content_policy_put import ContentPolicyPut, ContentPolicyPutDict
    from ...models.content_policy_target import ContentPolicyTarget, ContentPolicyTargetValue
    from ...models.create_content_policy import CreateContentPolicy, CreateContentPolicyDict
    from ...models.entry_ref import EntryRef, EntryRefDict
    from ...models.sorting_direction import SortingDirection, SortingDirectionValue


class ContentPolicies:
    """Patterns matched against the subject or body of a message."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ContentPoliciesWithRawResponse:
        """The same operations, returning RawResponse (status, headers, cf-ray and the parsed result)."""
        return ContentPoliciesWithRawResponse(self._client)

    def batch(
        self,
        *,
        deletes: Sequence[EntryRef | EntryRefDict | str] = (),
        patches: Sequence[ContentPolicyPatch | ContentPolicyPatchDict] = (),
        puts: Sequence[ContentPolicyPut | ContentPolicyPutDict] = (),
        posts: Sequence[CreateContentPolicy | CreateContentPolicyDict] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ContentPolicyBatchResult:
        """Batch content policy operations.

        Applies deletes, patches, puts and posts of content policies atomically, in that order. All
        four arrays are sent (empty when unused), each with at most 1000 entries (the limit of every
        other batch of this API; PY-5.9.0 states none).

        POST /email-security/settings/content_policies/batch
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
        from . import email_security_batch_content_policies

        return self._client.send(
            email_security_batch_content_policies.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
                patches=patches,
                puts=puts,
                posts=posts,
            ),
            email_security_batch_content_policies.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def create(
        self,
        *,
        enabled: bool,
        name: str,
        pattern: str,
        targets: builtins.list[ContentPolicyTarget | ContentPolicyTargetValue],
        notes: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ContentPolicy:
        """Create a content policy.

        Creates a content policy; the response carries it with its id. PY-5.9.0 does not show the
        status code: 201 is assumed, as for every other create of this API.

        POST /email-security/settings/content_policies
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            enabled: Whether the policy is active.
            name: Human-readable name of the policy; plan/apply identifies policies by it. 1 to 256
                characters.
            pattern: The regular expression matched against the targets. 1 to 2048 characters.
            targets: The parts of a message the pattern is matched against. One of SUBJECT, BODY.
            notes: Why the policy exists. At most 4096 characters.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_create_content_policy

        return self._client.send(
            email_security_create_content_policy.build_request(
                self._client.resolve_account(account_id),
                enabled=enabled,
                name=name,
                pattern=pattern,
                targets=targets,
                notes=notes,
            ),
            email_security_create_content_policy.parse,
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
        """Delete a content policy.

        Deletes a content policy; mail is no longer matched against it. The response carries its id.

        DELETE /email-security/settings/content_policies/{policy_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            policy_id: The id of the content policy.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_delete_content_policy

        return self._client.send(
            email_security_delete_content_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
            ),
            email_security_delete_content_policy.parse,
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
    ) -> ContentPolicy:
        """Get a content policy.

        Gets one content policy by its id.

        GET /email-security/settings/content_policies/{policy_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            policy_id: The id of the content policy.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_get_content_policy

        return self._client.send(
            email_security_get_content_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
            ),
            email_security_get_content_policy.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        search: str | Unset = UNSET,
        order: ContentPolicyOrder | ContentPolicyOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> SyncPager[ContentPolicy, ContentPolicyListResponse]:
        """List content policies.

        Lists, searches and sorts the account's content policies. Content policies post-date
        SPEC-0722: shapes follow PY-5.9.0 and DOCS-1008; the operationIds follow upstream's naming
        pattern.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/content_policies
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; upstream caps it at 1000. 1 to 1000.
            search: Searches several properties of a record at once. Upstream says its behavior may
                change: meant for people, not automation; prefer the specific filters in tools.
            order: The field to sort by. One of name, created_at.
            direction: The sorting direction. One of asc, desc.
            enabled: Only enabled (true) or only disabled (false) policies.
            name: Only the policy with exactly this name.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_list_content_policies

        request = functools.partial(
            email_security_list_content_policies.build_request,
            self._client.resolve_account(account_id),
            search=search,
            order=order,
            direction=direction,
            enabled=enabled,
            name=name,
            per_page=per_page,
        )
        first = request(page=page)  # validates now: bad input raises before the first page is fetched
        options = RequestOptions.of(timeout, extra_headers, extra_query)  # every page is fetched with them

        def fetch(number: int) -> ContentPolicyListResponse:
            spec = first if number == page else request(page=number)
            return self._client.send(spec, email_security_list_content_policies.parse, options)

        return SyncPager(fetch, first_page=page, per_page=per_page)

    def update(
        self,
        policy_id: str,
        *,
        enabled: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        notes: str | Unset | None = UNSET,
        pattern: str | Unset = UNSET,
        targets: builtins.list[ContentPolicyTarget | ContentPolicyTargetValue] | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ContentPolicy:
        """Update a content policy.

        Changes the given fields of a content policy and leaves the others as they are; at least one
        field.

        PATCH /email-security/settings/content_policies/{policy_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            policy_id: The id of the content policy.
            enabled: Whether the policy is active.
            name: Human-readable name of the policy; plan/apply identifies policies by it. 1 to 256
                characters.
            notes: Why the policy exists. At most 4096 characters.
            pattern: The regular expression matched against the targets. 1 to 2048 characters.
            targets: The parts of a message the pattern is matched against. One of SUBJECT, BODY.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_update_content_policy

        return self._client.send(
            email_security_update_content_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
                enabled=enabled,
                name=name,
                notes=notes,
                pattern=pattern,
                targets=targets,
            ),
            email_security_update_content_policy.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncContentPolicies:
    """Patterns matched against the subject or body of a message. (async)"""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncContentPoliciesWithRawResponse:
        """The same operations, returning RawResponse (status, headers, cf-ray and the parsed result)."""
        return AsyncContentPoliciesWithRawResponse(self._client)

    async def batch(
        self,
        *,
        deletes: Sequence[EntryRef | EntryRefDict | str] = (),
        patches: Sequence[ContentPolicyPatch | ContentPolicyPatchDict] = (),
        puts: Sequence[ContentPolicyPut | ContentPolicyPutDict] = (),
        posts: Sequence[CreateContentPolicy | CreateContentPolicyDict] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ContentPolicyBatchResult:
        """Batch content policy operations.

        Applies deletes, patches, puts and posts of content policies atomically, in that order. All
        four arrays are sent (empty when unused), each with at most 1000 entries (the limit of every
        other batch of this API; PY-5.9.0 states none).

        POST /email-security/settings/content_policies/batch
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
        from . import email_security_batch_content_policies

        return await self._client.send(
            email_security_batch_content_policies.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
                patches=patches,
                puts=puts,
                posts=posts,
            ),
            email_security_batch_content_policies.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def create(
        self,
        *,
        enabled: bool,
        name: str,
        pattern: str,
        targets: builtins.list[ContentPolicyTarget | ContentPolicyTargetValue],
        notes: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ContentPolicy:
        """Create a content policy.

        Creates a content policy; the response carries it with its id. PY-5.9.0 does not show the
        status code: 201 is assumed, as for every other create of this API.

        POST /email-security/settings/content_policies
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            enabled: Whether the policy is active.
            name: Human-readable name of the policy; plan/apply identifies policies by it. 1 to 256
                characters.
            pattern: The regular expression matched against the targets. 1 to 2048 characters.
            targets: The parts of a message the pattern is matched against. One of SUBJECT, BODY.
            notes: Why the policy exists. At most 4096 characters.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_create_content_policy

        return await self._client.send(
            email_security_create_content_policy.build_request(
                self._client.resolve_account(account_id),
                enabled=enabled,
                name=name,
                pattern=pattern,
                targets=targets,
                notes=notes,
            ),
            email_security_create_content_policy.parse,
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
        """Delete a content policy.

        Deletes a content policy; mail is no longer matched against it. The response carries its id.

        DELETE /email-security/settings/content_policies/{policy_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            policy_id: The id of the content policy.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_delete_content_policy

        return await self._client.send(
            email_security_delete_content_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
            ),
            email_security_delete_content_policy.parse,
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
    ) -> ContentPolicy:
        """Get a content policy.

        Gets one content policy by its id.

        GET /email-security/settings/content_policies/{policy_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            policy_id: The id of the content policy.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_get_content_policy

        return await self._client.send(
            email_security_get_content_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
            ),
            email_security_get_content_policy.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        search: str | Unset = UNSET,
        order: ContentPolicyOrder | ContentPolicyOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncPager[ContentPolicy, ContentPolicyListResponse]:
        """List content policies.

        Lists, searches and sorts the account's content policies. Content policies post-date
        SPEC-0722: shapes follow PY-5.9.0 and DOCS-1008; the operationIds follow upstream's naming
        pattern.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/content_policies
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; upstream caps it at 1000. 1 to 1000.
            search: Searches several properties of a record at once. Upstream says its behavior may
                change: meant for people, not automation; prefer the specific filters in tools.
            order: The field to sort by. One of name, created_at.
            direction: The sorting direction. One of asc, desc.
            enabled: Only enabled (true) or only disabled (false) policies.
            name: Only the policy with exactly this name.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_list_content_policies

        request = functools.partial(
            email_security_list_content_policies.build_request,
            self._client.resolve_account(account_id),
            search=search,
            order=order,
            direction=direction,
            enabled=enabled,
            name=name,
            per_page=per_page,
        )
        first = request(page=page)  # validates now: bad input raises before the first page is fetched
        options = RequestOptions.of(timeout, extra_headers, extra_query)  # every page is fetched with them

        async def fetch(number: int) -> ContentPolicyListResponse:
            spec = first if number == page else request(page=number)
            return await self._client.send(spec, email_security_list_content_policies.parse, options)

        return AsyncPager(fetch, first_page=page, per_page=per_page)

    async def update(
        self,
        policy_id: str,
        *,
        enabled: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        notes: str | Unset | None = UNSET,
        pattern: str | Unset = UNSET,
        targets: builtins.list[ContentPolicyTarget | ContentPolicyTargetValue] | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ContentPolicy:
        """Update a content policy.

        Changes the given fields of a content policy and leaves the others as they are; at least one
        field.

        PATCH /email-security/settings/content_policies/{policy_id}
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            policy_id: The id of the content policy.
            enabled: Whether the policy is active.
            name: Human-readable name of the policy; plan/apply identifies policies by it. 1 to 256
                characters.
            notes: Why the policy exists. At most 4096 characters.
            pattern: The regular expression matched against the targets. 1 to 2048 characters.
            targets: The parts of a message the pattern is matched against. One of SUBJECT, BODY.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from . import email_security_update_content_policy

        return await self._client.send(
            email_security_update_content_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
                enabled=enabled,
                name=name,
                notes=notes,
                pattern=pattern,
                targets=targets,
            ),
            email_security_update_content_policy.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class ContentPoliciesWithRawResponse:
    """Operations returning RawResponse."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def batch(
        self,
        *,
        deletes: Sequence[EntryRef | EntryRefDict | str] = (),
        patches: Sequence[ContentPolicyPatch | ContentPolicyPatchDict] = (),
        puts: Sequence[ContentPolicyPut | ContentPolicyPutDict] = (),
        posts: Sequence[CreateContentPolicy | CreateContentPolicyDict] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[ContentPolicyBatchResult]:
        """Batch content policy operations, with its HTTP response."""
        from . import email_security_batch_content_policies

        return self._client.send_raw(
            email_security_batch_content_policies.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
                patches=patches,
                puts=puts,
                posts=posts,
            ),
            email_security_batch_content_policies.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def create(
        self,
        *,
        enabled: bool,
        name: str,
        pattern: str,
        targets: builtins.list[ContentPolicyTarget | ContentPolicyTargetValue],
        notes: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[ContentPolicy]:
        """Create a content policy, with its HTTP response."""
        from . import email_security_create_content_policy

        return self._client.send_raw(
            email_security_create_content_policy.build_request(
                self._client.resolve_account(account_id),
                enabled=enabled,
                name=name,
                pattern=pattern,
                targets=targets,
                notes=notes,
            ),
            email_security_create_content_policy.parse,
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
        """Delete a content policy, with its HTTP response."""
        from . import email_security_delete_content_policy

        return self._client.send_raw(
            email_security_delete_content_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
            ),
            email_security_delete_content_policy.parse,
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
    ) -> RawResponse[ContentPolicy]:
        """Get a content policy, with its HTTP response."""
        from . import email_security_get_content_policy

        return self._client.send_raw(
            email_security_get_content_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
            ),
            email_security_get_content_policy.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        search: str | Unset = UNSET,
        order: ContentPolicyOrder | ContentPolicyOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[ContentPolicyListResponse]:
        """List content policies, with its HTTP response."""
        from . import email_security_list_content_policies

        return self._client.send_raw(
            email_security_list_content_policies.build_request(
                self._client.resolve_account(account_id),
                page=page,
                per_page=per_page,
                search=search,
                order=order,
                direction=direction,
                enabled=enabled,
                name=name,
            ),
            email_security_list_content_policies.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    def update(
        self,
        policy_id: str,
        *,
        enabled: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        notes: str | Unset | None = UNSET,
        pattern: str | Unset = UNSET,
        targets: builtins.list[ContentPolicyTarget | ContentPolicyTargetValue] | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[ContentPolicy]:
        """Update a content policy, with its HTTP response."""
        from . import email_security_update_content_policy

        return self._client.send_raw(
            email_security_update_content_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
                enabled=enabled,
                name=name,
                notes=notes,
                pattern=pattern,
                targets=targets,
            ),
            email_security_update_content_policy.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncContentPoliciesWithRawResponse:
    """Operations returning RawResponse (async)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def batch(
        self,
        *,
        deletes: Sequence[EntryRef | EntryRefDict | str] = (),
        patches: Sequence[ContentPolicyPatch | ContentPolicyPatchDict] = (),
        puts: Sequence[ContentPolicyPut | ContentPolicyPutDict] = (),
        posts: Sequence[CreateContentPolicy | CreateContentPolicyDict] = (),
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[ContentPolicyBatchResult]:
        """Batch content policy operations, with its HTTP response."""
        from . import email_security_batch_content_policies

        return await self._client.send_raw(
            email_security_batch_content_policies.build_request(
                self._client.resolve_account(account_id),
                deletes=deletes,
                patches=patches,
                puts=puts,
                posts=posts,
            ),
            email_security_batch_content_policies.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def create(
        self,
        *,
        enabled: bool,
        name: str,
        pattern: str,
        targets: builtins.list[ContentPolicyTarget | ContentPolicyTargetValue],
        notes: str | Unset | None = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[ContentPolicy]:
        """Create a content policy, with its HTTP response."""
        from . import email_security_create_content_policy

        return await self._client.send_raw(
            email_security_create_content_policy.build_request(
                self._client.resolve_account(account_id),
                enabled=enabled,
                name=name,
                pattern=pattern,
                targets=targets,
                notes=notes,
            ),
            email_security_create_content_policy.parse,
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
        """Delete a content policy, with its HTTP response."""
        from . import email_security_delete_content_policy

        return await self._client.send_raw(
            email_security_delete_content_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
            ),
            email_security_delete_content_policy.parse,
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
    ) -> RawResponse[ContentPolicy]:
        """Get a content policy, with its HTTP response."""
        from . import email_security_get_content_policy

        return await self._client.send_raw(
            email_security_get_content_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
            ),
            email_security_get_content_policy.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def list(
        self,
        *,
        page: int = 1,
        per_page: int = DEFAULT_PER_PAGE,
        search: str | Unset = UNSET,
        order: ContentPolicyOrder | ContentPolicyOrderValue | Unset = UNSET,
        direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[ContentPolicyListResponse]:
        """List content policies, with its HTTP response."""
        from . import email_security_list_content_policies

        return await self._client.send_raw(
            email_security_list_content_policies.build_request(
                self._client.resolve_account(account_id),
                page=page,
                per_page=per_page,
                search=search,
                order=order,
                direction=direction,
                enabled=enabled,
                name=name,
            ),
            email_security_list_content_policies.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )

    async def update(
        self,
        policy_id: str,
        *,
        enabled: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        notes: str | Unset | None = UNSET,
        pattern: str | Unset = UNSET,
        targets: builtins.list[ContentPolicyTarget | ContentPolicyTargetValue] | Unset = UNSET,
        account_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[ContentPolicy]:
        """Update a content policy, with its HTTP response."""
        from . import email_security_update_content_policy

        return await self._client.send_raw(
            email_security_update_content_policy.build_request(
                self._client.resolve_account(account_id),
                policy_id,
                enabled=enabled,
                name=name,
                notes=notes,
                pattern=pattern,
                targets=targets,
            ),
            email_security_update_content_policy.parse,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )
