"""The url_ignore_patterns operations: what each sends and how its answer is read.

Each `build_<method>` takes the account and the resource method's arguments by name (see `_resource.py`),
checks them against the spec, so that bad input raises before any I/O, and returns the request. Each
function imports the models it uses when it first runs, so that a call loads only those.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._resource import Arguments
from .._serialization import path_value, query
from .._validation import check, coerce_models
from ..errors import ValidationError
from ..types import RequestSpec
from . import check_account

if TYPE_CHECKING:
    from ..models.entry_ref import EntryRef
    from ..models.url_ignore_pattern import UrlIgnorePattern
    from ..models.url_ignore_pattern_batch_result import UrlIgnorePatternBatchResult
    from ..models.url_ignore_pattern_list_response import UrlIgnorePatternListResponse


def build_batch(account_id: str, a: Arguments) -> RequestSpec:
    """Batch URL ignore pattern operations: the request, its arguments checked against the spec."""
    from ..models.create_url_ignore_pattern import CreateUrlIgnorePattern
    from ..models.entry_ref import EntryRef
    from ..models.url_ignore_pattern_batch import UrlIgnorePatternBatch
    from ..models.url_ignore_pattern_patch import UrlIgnorePatternPatch
    from ..models.url_ignore_pattern_put import UrlIgnorePatternPut

    check_account(account_id)
    body = UrlIgnorePatternBatch(
        deletes=coerce_models(EntryRef, a["deletes"], "deletes"),
        patches=coerce_models(UrlIgnorePatternPatch, a["patches"], "patches"),
        puts=coerce_models(UrlIgnorePatternPut, a["puts"], "puts"),
        posts=coerce_models(CreateUrlIgnorePattern, a["posts"], "posts"),
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/url_ignore_patterns/batch",
        json=json,
    )


def parse_batch(data: Any) -> UrlIgnorePatternBatchResult:
    """The envelope's `result`, typed."""
    from ..models.url_ignore_pattern_batch_response import UrlIgnorePatternBatchResponse

    return UrlIgnorePatternBatchResponse.from_dict(data, "", "response").result


def build_create(account_id: str, a: Arguments) -> RequestSpec:
    """Create a URL ignore pattern: the request, its arguments checked against the spec."""
    from ..models.create_url_ignore_pattern import CreateUrlIgnorePattern

    check_account(account_id)
    body = CreateUrlIgnorePattern(
        pattern=a["pattern"],
        comments=a["comments"],
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/url_ignore_patterns",
        json=json,
    )


def parse_create(data: Any) -> UrlIgnorePattern:
    """The envelope's `result`, typed."""
    from ..models.url_ignore_pattern_response import UrlIgnorePatternResponse

    return UrlIgnorePatternResponse.from_dict(data, "", "response").result


def build_delete(account_id: str, a: Arguments) -> RequestSpec:
    """Delete a URL ignore pattern: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(a["pattern_id"], "", "pattern_id", str, required=True, format="uuid")
    return RequestSpec(
        "DELETE",
        f"/accounts/{path_value(account_id)}/email-security/settings/url_ignore_patterns/{path_value(a['pattern_id'])}",
        gone={"id": a["pattern_id"]},
    )


def parse_delete(data: Any) -> EntryRef:
    """The envelope's `result`, typed."""
    from ..models.deleted_id_response import DeletedIdResponse

    return DeletedIdResponse.from_dict(data, "", "response").result


def build_get(account_id: str, a: Arguments) -> RequestSpec:
    """Get a URL ignore pattern: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(a["pattern_id"], "", "pattern_id", str, required=True, format="uuid")
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/url_ignore_patterns/{path_value(a['pattern_id'])}",
    )


def parse_get(data: Any) -> UrlIgnorePattern:
    """The envelope's `result`, typed."""
    from ..models.url_ignore_pattern_response import UrlIgnorePatternResponse

    return UrlIgnorePatternResponse.from_dict(data, "", "response").result


def build_list(account_id: str, a: Arguments) -> RequestSpec:
    """List URL ignore patterns: the request, its arguments checked against the spec."""

    check_account(account_id)
    check(a["page"], "", "page", int, minimum=1, maximum=2147483647)
    check(a["per_page"], "", "per_page", int, minimum=1, maximum=1000)
    return RequestSpec(
        "GET",
        f"/accounts/{path_value(account_id)}/email-security/settings/url_ignore_patterns",
        params=query(
            [
                ("page", a["page"]),
                ("per_page", a["per_page"]),
            ]
        ),
    )


def parse_list(data: Any) -> UrlIgnorePatternListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.url_ignore_pattern_list_response import UrlIgnorePatternListResponse

    return UrlIgnorePatternListResponse.from_dict(data, "", "response")


def build_update(account_id: str, a: Arguments) -> RequestSpec:
    """Update a URL ignore pattern: the request, its arguments checked against the spec."""
    from ..models.update_url_ignore_pattern import UpdateUrlIgnorePattern

    check_account(account_id)
    check(a["pattern_id"], "", "pattern_id", str, required=True, format="uuid")
    body = UpdateUrlIgnorePattern(
        comments=a["comments"],
        pattern=a["pattern"],
    )
    body.validate()
    json: Any = body.to_dict()
    if len(json) < 1:
        raise ValidationError("body", "must set at least 1 field(s) to change")
    return RequestSpec(
        "PATCH",
        f"/accounts/{path_value(account_id)}/email-security/settings/url_ignore_patterns/{path_value(a['pattern_id'])}",
        json=json,
    )


def parse_update(data: Any) -> UrlIgnorePattern:
    """The envelope's `result`, typed."""
    from ..models.url_ignore_pattern_response import UrlIgnorePatternResponse

    return UrlIgnorePatternResponse.from_dict(data, "", "response").result
