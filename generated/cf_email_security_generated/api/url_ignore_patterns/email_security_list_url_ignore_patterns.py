"""List URL ignore patterns: what `GET` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/url_ignore_patterns
"""

from __future__ import annotations

from typing import Any

from ..._pagination import DEFAULT_PER_PAGE
from ..._serialization import path_value, query
from ..._validation import check
from ...models.url_ignore_pattern_list_response import UrlIgnorePatternListResponse
from ...types import RequestSpec


def build_request(
    account_id: str,
    *,
    page: int = 1,
    per_page: int = DEFAULT_PER_PAGE,
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
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/url_ignore_patterns",
        params=query(
            [
                ("page", page),
                ("per_page", per_page),
            ]
        ),
    )


def parse(data: Any) -> UrlIgnorePatternListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    return UrlIgnorePatternListResponse.from_dict(data, "", "response")
