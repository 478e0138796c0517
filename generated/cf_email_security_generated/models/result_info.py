"""ResultInfo: Where a page stands. Upstream marks every field optional."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from .._model import Model
from .._parsing import (
    as_int,
    as_object,
    join,
    maybe,
)


@define
class ResultInfo(Model):
    """Where a page stands. Upstream marks every field optional.

    Attributes:
        count: Total number of results for the requested service.
        page: Current page within paginated list of results.
        per_page: Number of results per page of results.
        total_count: Total results available without any search parameters.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    count: int | None = None
    page: int | None = None
    per_page: int | None = None
    total_count: int | None = None
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "ResultInfo") -> ResultInfo:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        count = d.pop("count", None)
        if type(count) is not int:
            count = maybe(count, path, "count", as_int)
        page = d.pop("page", None)
        if type(page) is not int:
            page = maybe(page, path, "page", as_int)
        per_page = d.pop("per_page", None)
        if type(per_page) is not int:
            per_page = maybe(per_page, path, "per_page", as_int)
        total_count = d.pop("total_count", None)
        if type(total_count) is not int:
            total_count = maybe(total_count, path, "total_count", as_int)
        obj = cls(
            count=count,
            page=page,
            per_page=per_page,
            total_count=total_count,
        )
        obj.additional_properties = d
        return obj
