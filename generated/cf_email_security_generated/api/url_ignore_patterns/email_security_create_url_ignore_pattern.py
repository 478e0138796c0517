"""Create a URL ignore pattern: what `POST` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/url_ignore_patterns
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check
from ...models.create_url_ignore_pattern import CreateUrlIgnorePattern
from ...models.url_ignore_pattern import UrlIgnorePattern
from ...models.url_ignore_pattern_response import UrlIgnorePatternResponse
from ...types import UNSET, RequestSpec, Unset


def build_request(
    account_id: str,
    *,
    pattern: str,
    comments: str | Unset | None = UNSET,
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
    body = CreateUrlIgnorePattern(
        pattern=pattern,
        comments=comments,
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/url_ignore_patterns",
        json=json,
    )


def parse(data: Any) -> UrlIgnorePattern:
    """The envelope's `result`, typed."""
    return UrlIgnorePatternResponse.from_dict(data, "", "response").result
