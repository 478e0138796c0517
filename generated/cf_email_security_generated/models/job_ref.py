"""JobRef: The id of a bulk job."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_str, required


@define
class JobRef(ReadModel):
    """The id of a bulk job.

    Attributes:
        id: The id of a bulk job.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (("id", required, as_str),)

    id: str
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
