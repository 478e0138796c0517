"""List protected email domains: what `GET` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/domains
"""

from __future__ import annotations

from typing import Any

from ..._pagination import DEFAULT_PER_PAGE
from ..._serialization import path_value, query
from ..._validation import check
from ...models.delivery_mode import DeliveryMode, DeliveryModeValue
from ...models.domain_list_response import DomainListResponse
from ...models.domain_order import DomainOrder, DomainOrderValue
from ...models.domain_status import DomainStatus, DomainStatusValue
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
    allowed_delivery_mode: DeliveryMode | DeliveryModeValue | Unset = UNSET,
    domain: list[str] | Unset = UNSET,
    active_delivery_mode: DeliveryMode | DeliveryModeValue | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    status: DomainStatus | DomainStatusValue | Unset | None = UNSET,
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
    check(allowed_delivery_mode, "", "allowed_delivery_mode", DeliveryMode)
    check(domain, "", "domain", list, items=str)
    check(active_delivery_mode, "", "active_delivery_mode", DeliveryMode)
    check(integration_id, "", "integration_id", str, format="uuid")
    check(status, "", "status", DomainStatus, nullable=True)
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/domains",
        params=query(
            [
                ("page", page),
                ("per_page", per_page),
                ("search", search),
                ("order", order),
                ("direction", direction),
                ("allowed_delivery_mode", allowed_delivery_mode),
                ("domain", domain),
                ("active_delivery_mode", active_delivery_mode),
                ("integration_id", integration_id),
                ("status", status),
            ]
        ),
    )


def parse(data: Any) -> DomainListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    return DomainListResponse.from_dict(data, "", "response")
