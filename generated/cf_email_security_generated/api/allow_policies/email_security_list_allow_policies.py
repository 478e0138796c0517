"""List email allow policies: what `GET` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/allow_policies
"""

from __future__ import annotations

from typing import Any

from ..._pagination import DEFAULT_PER_PAGE
from ..._serialization import path_value, query
from ..._validation import check
from ...models.allow_policy_list_response import AllowPolicyListResponse
from ...models.pattern_order import PatternOrder, PatternOrderValue
from ...models.pattern_type import PatternType, PatternTypeValue
from ...models.sorting_direction import SortingDirection, SortingDirectionValue
from ...types import UNSET, RequestSpec, Unset


def build_request(
    account_id: str,
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
) -> RequestSpec:
    """Check the arguments against the spec and prepare the request."""
    check(
        account_id,
        "",
        "account_id",
        str,
        required=True,
        min_length=1,
        max_length=32,
        pattern="^(?!\\.\\.?$)[^/?#]+$",
    )
    check(page, "", "page", int, minimum=1, maximum=2147483647)
    check(per_page, "", "per_page", int, minimum=1, maximum=1000)
    check(search, "", "search", str)
    check(order, "", "order", PatternOrder)
    check(direction, "", "direction", SortingDirection)
    check(is_exempt_recipient, "", "is_exempt_recipient", bool)
    check(is_trusted_sender, "", "is_trusted_sender", bool)
    check(is_acceptable_sender, "", "is_acceptable_sender", bool)
    check(verify_sender, "", "verify_sender", bool)
    check(pattern_type, "", "pattern_type", PatternType)
    check(pattern, "", "pattern", str)
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/allow_policies",
        params=query(
            [
                ("page", page),
                ("per_page", per_page),
                ("search", search),
                ("order", order),
                ("direction", direction),
                ("is_exempt_recipient", is_exempt_recipient),
                ("is_trusted_sender", is_trusted_sender),
                ("is_acceptable_sender", is_acceptable_sender),
                ("verify_sender", verify_sender),
                ("pattern_type", pattern_type),
                ("pattern", pattern),
            ]
        ),
    )


def parse(data: Any) -> AllowPolicyListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    return AllowPolicyListResponse.from_dict(data, "", "response")
