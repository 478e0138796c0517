"""CreateDisplayName: CreateDisplayName"""

from __future__ import annotations

import json
from typing import Any, ClassVar, TypedDict

from attrs import define, field

from .._parsing import (
    MISSING,
    as_bool,
    as_object,
    as_str,
    join,
    required,
)
from .._serialization import dump_fields
from .._validation import check


@define
class CreateDisplayName:
    """CreateDisplayName

    Attributes:
        email: str
        is_email_regex: bool
        name: str
        additional_properties: fields the spec does not know, kept as received.
    """

    email: str
    is_email_regex: bool
    name: str
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("email", "email"),
        ("is_email_regex", "is_email_regex"),
        ("name", "name"),
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "CreateDisplayName") -> CreateDisplayName:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        email = d.pop("email", MISSING)
        if type(email) is not str:
            email = required(email, path, "email", as_str)
        is_email_regex = d.pop("is_email_regex", MISSING)
        if type(is_email_regex) is not bool:
            is_email_regex = required(is_email_regex, path, "is_email_regex", as_bool)
        name = d.pop("name", MISSING)
        if type(name) is not str:
            name = required(name, path, "name", as_str)
        obj = cls(
            email=email,
            is_email_regex=is_email_regex,
            name=name,
        )
        obj.additional_properties = d
        return obj

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.email, path, "email", str, required=True)
        check(self.is_email_regex, path, "is_email_regex", bool, required=True)
        check(self.name, path, "name", str, required=True, max_length=1024)


class CreateDisplayNameDict(TypedDict):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    email: str
    is_email_regex: bool
    name: str
