"""BulkMessageReleaseParams: What a releasing job does with one message, for one recipient."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_str, enum_of, required
from .bulk_action import BulkAction


@define
class BulkMessageReleaseParams(ReadModel):
    """What a releasing job does with one message, for one recipient.

    Attributes:
        type_: What a bulk job does to each message its search matches.
        client_recipient: The recipient the message is released to.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("type", required, enum_of(BulkAction)),
        ("client_recipient", required, as_str),
    )

    type_: BulkAction | str
    client_recipient: str
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
    _RENAMED: ClassVar[Mapping[str, str]] = {
        "type_": "type",
    }
