"""List trusted email domains: what `GET` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/trusted_domains
"""

from __future__ import annotations

from typing import Any

from ..._pagination import DEFAULT_PER_PAGE
from ..._serialization import path_value, query
from ..._validation import check
from ...models.pattern_order import PatternOrder, PatternOrderValue
from ...models.sorting_direction import SortingDirection, SortingDirectionValue
from ...models.trusted_domain_list_response import TrustedDomainListResponse
from ...types import UNSET, RequestSpec, Unset


def build_request(
    account_id: str,
    *,
    page: int = 1,
    per_page: int = DEFAULT_PER_PAGE,
    search: str | Unset = UNSET,
    order: PatternOrder | PatternOrderValue | Unset = UNSET,
    direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
    is_recent: bool | Unset = UNSET,
    is_similarity: bool | Unset = UNSET,
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
    check(is_recent, "", "is_recent", bool)
    check(is_similarity, "", "is_similarity", bool)
    check(pattern, "", "pattern", str)
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/trusted_domains",
        params=query(
            [
                ("page", page),
                ("per_page", per_page),
                ("search", search),
                ("order", order),
                ("direction", direction),
                ("is_recent", is_recent),
                ("is_similarity", is_similarity),
                ("pattern", pattern),
            ]
        ),
    )


def parse(data: Any) -> TrustedDomainListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    return TrustedDomainListResponse.from_dict(data, "", "response")
