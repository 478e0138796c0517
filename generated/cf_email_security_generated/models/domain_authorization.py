"""DomainAuthorization: Whether the domain is authorized, and since when; null where the API has not said."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_bool, as_datetime, as_str, maybe, required


@define
class DomainAuthorization(ReadModel):
    """Whether the domain is authorized, and since when; null where the API has not said.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("authorized", required, as_bool),
        ("timestamp", required, as_datetime),
        ("status_message", maybe, as_str),
    )

    authorized: bool
    timestamp: datetime.datetime
    status_message: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
