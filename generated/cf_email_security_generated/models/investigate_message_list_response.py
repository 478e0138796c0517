"""InvestigateMessageListResponse: A page of investigate messages: its result and result_info."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_bool, list_of, maybe, required
from .cursor_result_info import CursorResultInfo
from .investigate_message import InvestigateMessage
from .message import Message


@define
class InvestigateMessageListResponse(ReadModel):
    """A page of investigate messages: its result and result_info.

    Attributes:
        success: Whether the API call was successful (always true in a 2xx response).
        result_info: Where a page of a cursor-paginated list stands: the number of items on it, the page
            size, and the cursor of the next page, null or absent on the last one.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("errors", required, list_of(Message.from_dict)),
        ("messages", required, list_of(Message.from_dict)),
        ("success", required, as_bool),
        ("result", required, list_of(InvestigateMessage.from_dict)),
        ("result_info", maybe, CursorResultInfo.from_dict),
    )

    errors: list[Message]
    messages: list[Message]
    success: bool
    result: list[InvestigateMessage]
    result_info: CursorResultInfo | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
