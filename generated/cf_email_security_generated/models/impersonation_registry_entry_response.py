"""ImpersonationRegistryEntryResponse: The envelope of one impersonation registry entry."""

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


@define
class ImpersonationRegistryEntryResponse(Model):
    """The envelope of one impersonation registry entry.

    Attributes:
        success: Whether the API call was successful (always true in a 2xx response).
        result: An impersonation registry entry from the server. Upstream calls it
            ImpersonationRegistry and marks every field optional; the name here keeps clear of
            the resource class the client derives from the tag.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    errors: list[Message]
    messages: list[Message]
    success: bool
    result: ImpersonationRegistryEntry
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, data: Any, parent: str = "", key: str = "ImpersonationRegistryEntryResponse"
    ) -> ImpersonationRegistryEntryResponse:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        errors = required(d.pop("errors", MISSING), path, "errors", list_of(Message.from_dict))
        messages = required(d.pop("messages", MISSING), path, "messages", list_of(Message.from_dict))
        success = d.pop("success", MISSING)
        if type(success) is not bool:
            success = required(success, path, "success", as_bool)
        result = required(d.pop("result", MISSING), path, "result", ImpersonationRegistryEntry.from_dict)
        obj = cls(
            errors=errors,
            messages=messages,
            success=success,
            result=result,
        )
        obj.additional_properties = d
        return obj
