"""ImpersonationRegistryEntryListResponse: A page of impersonation registry entries: its result and result_info."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from .._model import Model
from .._parsing import (
    MISSING,
    as_bool,
    as_object,
    join,
    list_of,
    required,
)
from .impersonation_registry_entry import ImpersonationRegistryEntry
from .message import Message
from .result_info import ResultInfo


@define
class ImpersonationRegistryEntryListResponse(Model):
    """A page of impersonation registry entries: its result and result_info.

    Attributes:
        success: Whether the API call was successful (always true in a 2xx response).
        result_info: Where a page stands. Upstream marks every field optional.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    errors: list[Message]
    messages: list[Message]
    success: bool
    result: list[ImpersonationRegistryEntry]
    result_info: ResultInfo
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, data: Any, parent: str = "", key: str = "ImpersonationRegistryEntryListResponse"
    ) -> ImpersonationRegistryEntryListResponse:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        errors = required(d.pop("errors", MISSING), path, "errors", list_of(Message.from_dict))
        messages = required(d.pop("messages", MISSING), path, "messages", list_of(Message.from_dict))
        success = d.pop("success", MISSING)
        if type(success) is not bool:
            success = required(success, path, "success", as_bool)
        result = required(
            d.pop("result", MISSING), path, "result", list_of(ImpersonationRegistryEntry.from_dict)
        )
        result_info = required(d.pop("result_info", MISSING), path, "result_info", ResultInfo.from_dict)
        obj = cls(
            errors=errors,
            messages=messages,
            success=success,
            result=result,
            result_info=result_info,
        )
        obj.additional_properties = d
        return obj
