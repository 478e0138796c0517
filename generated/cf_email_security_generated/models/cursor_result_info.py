"""CursorResultInfo: Where a page of a cursor-paginated list stands: the number of items on it, the page size, and the cursor of the next page, null or absent on the last one."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_int, as_str, maybe


@define
class CursorResultInfo(ReadModel):
    """Where a page of a cursor-paginated list stands: the number of items on it, the page size, and the
    cursor of the next page, null or absent on the last one.

    Attributes:
        count: The number of items on this page.
        per_page: The largest number of items a page holds.
        cursor: What to send as `cursor` to get the next page; null or absent on the last page.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("count", maybe, as_int),
        ("per_page", maybe, as_int),
        ("cursor", maybe, as_str),
    )

    count: int | None = None
    per_page: int | None = None
    cursor: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
