"""ResultInfo: Where a page stands."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_int, maybe


@define
class ResultInfo(ReadModel):
    """Where a page stands.

    Attributes:
        count: Total number of results for the requested service.
        page: Current page within paginated list of results.
        per_page: Number of results per page of results.
        total_count: Total results available without any search parameters.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("count", maybe, as_int),
        ("page", maybe, as_int),
        ("per_page", maybe, as_int),
        ("total_count", maybe, as_int),
    )

    count: int | None = None
    page: int | None = None
    per_page: int | None = None
    total_count: int | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
