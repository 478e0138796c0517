"""The content_policies resource: Patterns matched against the subject or body of a message.

Models are named here for type checkers only. Each method imports the request builders when it runs
(they load attrs, and each builder the models it uses), so that `import` and `client.content_policies`
stay cheap.
"""

from __future__ import annotations

import builtins
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

    from ..models.content_policy import ContentPolicy
    from ..models.content_policy_batch_result import ContentPolicyBatchResult
    from ..models.content_policy_list_response import ContentPolicyListResponse
    from ..models.content_policy_order import ContentPolicyOrder, ContentPolicyOrderValue
    from ..models.content_policy_patch import ContentPolicyPatch, ContentPolicyPatchDict
    from ..models.content_policy_put import ContentPolicyPut, ContentPolicyPutDict
    from ..models.content_policy_target import ContentPolicyTarget, ContentPolicyTargetValue
    from ..models.create_content_policy import CreateContentPolicy, CreateContentPolicyDict
    from ..models.entry_ref import EntryRef, EntryRefDict
    from ..models.sorting_direction import SortingDirection, SortingDirectionValue


class ContentPolicies(SyncResource):
    """Patterns matched against the subject or body of a message."""

    @cached_property
    def with_raw_response(self) -> ContentPoliciesWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return ContentPoliciesWithRawResponse(self)

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
        four arrays are sent (empty when unused), each with at most 1000 entries.

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
        from .._requests import content_policies as _ops

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

        Creates a content policy; the response carries it with its id.

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
        from .._requests import content_policies as _ops

        return self._call(
            _ops.build_create(
                self._account(account_id),
                enabled=enabled,
                name=name,
                pattern=pattern,
                targets=targets,
                notes=notes,
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
        from .._requests import content_policies as _ops

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
        from .._requests import content_policies as _ops

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

        Lists, searches and sorts the account's content policies.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/content_policies
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            search: Searches several properties of a record at once. Its behavior may change: it is
                meant for people, not automation; prefer the specific filters in tools.
            order: The field to sort by. One of name, created_at.
            direction: The sorting direction. One of asc, desc.
            enabled: Only enabled (true) or only disabled (false) policies.
            name: Only the policy with exactly this name.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import content_policies as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list(
                _account,
                page=_page,
                per_page=per_page,
                search=search,
                order=order,
                direction=direction,
                enabled=enabled,
                name=name,
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
        from .._requests import content_policies as _ops

        return self._call(
            _ops.build_update(
                self._account(account_id),
                policy_id=policy_id,
                enabled=enabled,
                name=name,
                notes=notes,
                pattern=pattern,
                targets=targets,
            ),
            _ops.parse_update,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class AsyncContentPolicies(AsyncResource):
    """Patterns matched against the subject or body of a message. (async)"""

    @cached_property
    def with_raw_response(self) -> AsyncContentPoliciesWithRawResponse:
        """The same operations, each answering with RawResponse: status, headers, cf-ray and the parsed result."""
        return AsyncContentPoliciesWithRawResponse(self)

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
        four arrays are sent (empty when unused), each with at most 1000 entries.

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
        from .._requests import content_policies as _ops

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

        Creates a content policy; the response carries it with its id.

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
        from .._requests import content_policies as _ops

        return await self._call(
            _ops.build_create(
                self._account(account_id),
                enabled=enabled,
                name=name,
                pattern=pattern,
                targets=targets,
                notes=notes,
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
        from .._requests import content_policies as _ops

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
        from .._requests import content_policies as _ops

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

        Lists, searches and sorts the account's content policies.

        Returns a lazy iterable over every item of every page; `.pages()` yields the pages.

        GET /email-security/settings/content_policies
        Raises ValidationError, sending nothing, when an argument breaks a rule of the spec.

        Args:
            page: The page number of paginated results. At least 1.
            per_page: The number of results per page; the API allows at most 1000. 1 to 1000.
            search: Searches several properties of a record at once. Its behavior may change: it is
                meant for people, not automation; prefer the specific filters in tools.
            order: The field to sort by. One of name, created_at.
            direction: The sorting direction. One of asc, desc.
            enabled: Only enabled (true) or only disabled (false) policies.
            name: Only the policy with exactly this name.
            account_id: The account; the client's when None.
            timeout, extra_headers, extra_query: This call's timeout, and headers and query
                parameters added to its request (the credentials stay the client's).
        """
        from .._requests import content_policies as _ops

        _account = self._account(account_id)
        return self._pages(
            lambda _page: _ops.build_list(
                _account,
                page=_page,
                per_page=per_page,
                search=search,
                order=order,
                direction=direction,
                enabled=enabled,
                name=name,
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
        from .._requests import content_policies as _ops

        return await self._call(
            _ops.build_update(
                self._account(account_id),
                policy_id=policy_id,
                enabled=enabled,
                name=name,
                notes=notes,
                pattern=pattern,
                targets=targets,
            ),
            _ops.parse_update,
            RequestOptions.of(timeout, extra_headers, extra_query),
        )


class ContentPoliciesWithRawResponse:
    """ContentPolicies's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: ContentPolicies) -> None:
        self.batch = to_raw_response(resource.batch)
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.get = to_raw_response(resource.get)
        self.list = to_raw_page(resource.list)
        self.update = to_raw_response(resource.update)


class AsyncContentPoliciesWithRawResponse:
    """AsyncContentPolicies's methods, each answering with RawResponse; `list` fetches the one page it starts at."""

    def __init__(self, resource: AsyncContentPolicies) -> None:
        self.batch = async_to_raw_response(resource.batch)
        self.create = async_to_raw_response(resource.create)
        self.delete = async_to_raw_response(resource.delete)
        self.get = async_to_raw_response(resource.get)
        self.list = async_to_raw_page(resource.list)
        self.update = async_to_raw_response(resource.update)
