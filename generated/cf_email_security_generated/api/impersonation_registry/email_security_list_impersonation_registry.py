"""List entries in impersonation registry: what `GET` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/impersonation_registry
"""

from __future__ import annotations

from typing import Any

from ..._pagination import DEFAULT_PER_PAGE
from ..._serialization import path_value, query
from ..._validation import check
from ...models.display_name_order import DisplayNameOrder, DisplayNameOrderValue
from ...models.impersonation_registry_entry_list_response import ImpersonationRegistryEntryListResponse
from ...models.provenance import Provenance, ProvenanceValue
from ...models.sorting_direction import SortingDirection, SortingDirectionValue
from ...types import UNSET, RequestSpec, Unset


def build_request(
    account_id: str,
    *,
    page: int = 1,
    per_page: int = DEFAULT_PER_PAGE,
    search: str | Unset = UNSET,
    order: DisplayNameOrder | DisplayNameOrderValue | Unset = UNSET,
    direction: SortingDirection | SortingDirectionValue | Unset = UNSET,
    provenance: Provenance | ProvenanceValue | Unset = UNSET,
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
    check(order, "", "order", DisplayNameOrder)
    check(direction, "", "direction", SortingDirection)
    check(provenance, "", "provenance", Provenance)
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/impersonation_registry",
        params=query(
            [
                ("page", page),
                ("per_page", per_page),
                ("search", search),
                ("order", order),
                ("direction", direction),
                ("provenance", provenance),
            ]
        ),
    )


def parse(data: Any) -> ImpersonationRegistryEntryListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    return ImpersonationRegistryEntryListResponse.from_dict(data, "", "response")
