"""BlockedSenderListResponse: BlockedSenderListResponse"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define, field

from .._parsing import (
    as_bool,
    as_object,
    join,
    list_of,
    required,
)
from .._serialization import dump_fields
from .blocked_sender import BlockedSender
from .message import Message
from .result_info import ResultInfo


@define
class BlockedSenderListResponse:
    """BlockedSenderListResponse

    Attributes:
        errors: list[Message]
        messages: list[Message]
        success: Whether the API call was successful.
        result: list[BlockedSender]
        result_info: ResultInfo
        additional_properties: fields the spec does not know, kept as received.
    """

    errors: list[Message]
    messages: list[Message]
    success: bool
    result: list[BlockedSender]
    result_info: ResultInfo
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("errors", "errors"),
        ("messages", "messages"),
        ("success", "success"),
        ("result", "result"),
        ("result_info", "result_info"),
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    @classmethod
    def from_dict(
        cls, data: Any, parent: str = "", key: str = "BlockedSenderListResponse"
    ) -> BlockedSenderListResponse:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        obj = cls(
            errors=required(d, "errors", path, list_of(Message.from_dict)),
            messages=required(d, "messages", path, list_of(Message.from_dict)),
            success=required(d, "success", path, as_bool),
            result=required(d, "result", path, list_of(BlockedSender.from_dict)),
            result_info=required(d, "result_info", path, ResultInfo.from_dict),
        )
        obj.additional_properties = d
        return obj
