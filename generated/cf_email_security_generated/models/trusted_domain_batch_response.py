"""TrustedDomainBatchResponse: The envelope of a trusted domain batch's result."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_bool, list_of, required
from .message import Message
from .trusted_domain_batch_result import TrustedDomainBatchResult


@define
class TrustedDomainBatchResponse(ReadModel):
    """The envelope of a trusted domain batch's result.

    Attributes:
        success: Whether the API call was successful (always true in a 2xx response).
        result: What the batch did, array by array.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("errors", required, list_of(Message.from_dict)),
        ("messages", required, list_of(Message.from_dict)),
        ("success", required, as_bool),
        ("result", required, TrustedDomainBatchResult.from_dict),
    )

    errors: list[Message]
    messages: list[Message]
    success: bool
    result: TrustedDomainBatchResult
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
