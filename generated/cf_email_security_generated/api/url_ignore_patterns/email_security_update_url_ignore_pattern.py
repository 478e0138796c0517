"""Update a URL ignore pattern: what `PATCH` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/url_ignore_patterns/{pattern_id}
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check
from ...errors import ValidationError
from ...models.update_url_ignore_pattern import UpdateUrlIgnorePattern
from ...models.url_ignore_pattern import UrlIgnorePattern
from ...models.url_ignore_pattern_response import UrlIgnorePatternResponse
from ...types import UNSET, RequestSpec, Unset


def build_request(
    account_id: str,
    pattern_id: str,
    *,
    comments: str | Unset | None = UNSET,
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
    check(pattern_id, "", "pattern_id", str, required=True, format="uuid")
    body = UpdateUrlIgnorePattern(
        comments=comments,
        pattern=pattern,
    )
    body.validate()
    json: Any = body.to_dict()
    if len(json) < 1:
        raise ValidationError("body", "must set at least 1 field(s) to change")
    return RequestSpec(
        "PATCH",
        f"/accounts/{path_value(account_id)}/email-security/settings/url_ignore_patterns/{path_value(pattern_id)}",
        json=json,
    )


def parse(data: Any) -> UrlIgnorePattern:
    """The envelope's `result`, typed."""
    return UrlIgnorePatternResponse.from_dict(data, "", "response").result
