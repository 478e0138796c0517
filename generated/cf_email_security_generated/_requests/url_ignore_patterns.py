"""The url_ignore_patterns operations: what each sends and how its answer is read.

Each `build_<method>` takes the account and the resource method's arguments, by name and annotated
as the method annotates them, checks them against the spec (the caller may not be type-checked), so
that bad input raises before any I/O, and returns the request (see `_resource.py`). Each function
imports the models it uses when it first runs, so that a call loads only those. What the functions
call is imported under a name starting with `_`, which no argument's name does: no argument hides it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._serialization import path_value as _path_value
from .._serialization import query as _query
from .._validation import check as _check
from .._validation import coerce_models as _coerce_models
from ..errors import ValidationError
from ..types import RequestSpec
from . import check_account as _check_account

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..models.create_url_ignore_pattern import CreateUrlIgnorePattern, CreateUrlIgnorePatternDict
    from ..models.entry_ref import EntryRef, EntryRefDict
    from ..models.url_ignore_pattern import UrlIgnorePattern
    from ..models.url_ignore_pattern_batch_result import UrlIgnorePatternBatchResult
    from ..models.url_ignore_pattern_list_response import UrlIgnorePatternListResponse
    from ..models.url_ignore_pattern_patch import UrlIgnorePatternPatch, UrlIgnorePatternPatchDict
    from ..models.url_ignore_pattern_put import UrlIgnorePatternPut, UrlIgnorePatternPutDict
    from ..types import Unset


def build_batch(
    account_id: str,
    *,
    deletes: Sequence[EntryRef | EntryRefDict | str],
    patches: Sequence[UrlIgnorePatternPatch | UrlIgnorePatternPatchDict],
    puts: Sequence[UrlIgnorePatternPut | UrlIgnorePatternPutDict],
    posts: Sequence[CreateUrlIgnorePattern | CreateUrlIgnorePatternDict],
) -> RequestSpec:
    """Batch URL ignore pattern operations: the request, its arguments checked against the spec."""
    from ..models.create_url_ignore_pattern import CreateUrlIgnorePattern
    from ..models.entry_ref import EntryRef
    from ..models.url_ignore_pattern_batch import UrlIgnorePatternBatch
    from ..models.url_ignore_pattern_patch import UrlIgnorePatternPatch
    from ..models.url_ignore_pattern_put import UrlIgnorePatternPut

    _check_account(account_id)
    _body = UrlIgnorePatternBatch(
        deletes=_coerce_models(EntryRef, deletes, "deletes"),
        patches=_coerce_models(UrlIgnorePatternPatch, patches, "patches"),
        puts=_coerce_models(UrlIgnorePatternPut, puts, "puts"),
        posts=_coerce_models(CreateUrlIgnorePattern, posts, "posts"),
    )
    _body.validate()
    _json: Any = _body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{_path_value(account_id)}/email-security/settings/url_ignore_patterns/batch",
        json=_json,
    )


def parse_batch(data: Any) -> UrlIgnorePatternBatchResult:
    """The envelope's `result`, typed."""
    from ..models.url_ignore_pattern_batch_response import UrlIgnorePatternBatchResponse

    return UrlIgnorePatternBatchResponse.from_dict(data, "", "response").result


def build_create(account_id: str, *, pattern: str, comments: str | Unset | None) -> RequestSpec:
    """Create a URL ignore pattern: the request, its arguments checked against the spec."""
    from ..models.create_url_ignore_pattern import CreateUrlIgnorePattern

    _check_account(account_id)
    _body = CreateUrlIgnorePattern(
        pattern=pattern,
        comments=comments,
    )
    _body.validate()
    _json: Any = _body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{_path_value(account_id)}/email-security/settings/url_ignore_patterns",
        json=_json,
    )


def parse_create(data: Any) -> UrlIgnorePattern:
    """The envelope's `result`, typed."""
    from ..models.url_ignore_pattern_response import UrlIgnorePatternResponse

    return UrlIgnorePatternResponse.from_dict(data, "", "response").result


def build_delete(account_id: str, *, pattern_id: str) -> RequestSpec:
    """Delete a URL ignore pattern: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(pattern_id, "", "pattern_id", str, required=True, format="uuid")
    return RequestSpec(
        "DELETE",
        f"/accounts/{_path_value(account_id)}/email-security/settings/url_ignore_patterns/{_path_value(pattern_id)}",
        gone={"id": pattern_id},
    )


def parse_delete(data: Any) -> EntryRef:
    """The envelope's `result`, typed."""
    from ..models.deleted_id_response import DeletedIdResponse

    return DeletedIdResponse.from_dict(data, "", "response").result


def build_get(account_id: str, *, pattern_id: str) -> RequestSpec:
    """Get a URL ignore pattern: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(pattern_id, "", "pattern_id", str, required=True, format="uuid")
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/settings/url_ignore_patterns/{_path_value(pattern_id)}",
    )


def parse_get(data: Any) -> UrlIgnorePattern:
    """The envelope's `result`, typed."""
    from ..models.url_ignore_pattern_response import UrlIgnorePatternResponse

    return UrlIgnorePatternResponse.from_dict(data, "", "response").result


def build_list(account_id: str, *, page: int, per_page: int) -> RequestSpec:
    """List URL ignore patterns: the request, its arguments checked against the spec."""

    _check_account(account_id)
    _check(page, "", "page", int, minimum=1, maximum=2147483647)
    _check(per_page, "", "per_page", int, minimum=1, maximum=1000)
    return RequestSpec(
        "GET",
        f"/accounts/{_path_value(account_id)}/email-security/settings/url_ignore_patterns",
        params=_query(
            [
                ("page", page),
                ("per_page", per_page),
            ]
        ),
    )


def parse_list(data: Any) -> UrlIgnorePatternListResponse:
    """One page: its items in `result`, its position in `result_info`."""
    from ..models.url_ignore_pattern_list_response import UrlIgnorePatternListResponse

    return UrlIgnorePatternListResponse.from_dict(data, "", "response")


def build_update(
    account_id: str, *, pattern_id: str, comments: str | Unset | None, pattern: str | Unset
) -> RequestSpec:
    """Update a URL ignore pattern: the request, its arguments checked against the spec."""
    from ..models.update_url_ignore_pattern import UpdateUrlIgnorePattern

    _check_account(account_id)
    _check(pattern_id, "", "pattern_id", str, required=True, format="uuid")
    _body = UpdateUrlIgnorePattern(
        comments=comments,
        pattern=pattern,
    )
    _body.validate()
    _json: Any = _body.to_dict()
    if len(_json) < 1:
        raise ValidationError("body", "must set at least 1 field(s) to change")
    return RequestSpec(
        "PATCH",
        f"/accounts/{_path_value(account_id)}/email-security/settings/url_ignore_patterns/{_path_value(pattern_id)}",
        json=_json,
    )


def parse_update(data: Any) -> UrlIgnorePattern:
    """The envelope's `result`, typed."""
    from ..models.url_ignore_pattern_response import UrlIgnorePatternResponse

    return UrlIgnorePatternResponse.from_dict(data, "", "response").result
