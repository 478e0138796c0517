"""List sending domain restrictions: what `GET` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/sending_domain_restrictions
"""

from __future__ import annotations

from typing import Any

from ..._pagination import DEFAULT_PER_PAGE
from ..._serialization import path_value, query
from ..._validation import check
from ...models.domain_order import DomainOrder, DomainOrderValue
from ...models.sending_domain_restriction_list_response import SendingDomainRestrictionListResponse
from ...models.sorting_direction import SortingDirection, SortingDirectionValue
from ...types import UNSET, RequestSpec, Unset


def build_request(
    account_id: str,
    *,
    page: int = 1,
    per_page: int = DEFAULT_PER_PAGE,
    search: str | Unset = UNSET,
    order: DomainOrder | DomainOrderValue | Unset = UNSET,
    direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
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
    check(order, "", "order", DomainOrder)
    check(direction, "", "direction", SortingDirection)
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/sending_domain_restrictions",
        params=query(
            [
                ("page", page),
                ("per_page", per_page),
                ("search", search),
                ("order", order),
                ("direction", direction),
            ]
        ),
    )


def parse(data: Any) -> SendingDomainRestrictionListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    return SendingDomainRestrictionListResponse.from_dict(data, "", "response")
