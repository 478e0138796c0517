"""UpdateDisplayName: UpdateDisplayName"""

from __future__ import annotations

import json
from typing import Any, ClassVar, TypedDict

from attrs import define, field

from .._serialization import dump_fields
from .._validation import check
from ..types import UNSET, Unset


@define
class UpdateDisplayName:
    """UpdateDisplayName

    Attributes:
        email: str | None | Unset
        is_email_regex: bool | None | Unset
        name: str | None | Unset
        additional_properties: fields the spec does not know, kept as received.
    """

    email: str | Unset | None = UNSET
    is_email_regex: bool | Unset | None = UNSET
    name: str | Unset | None = UNSET
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

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.email, path, "email", str, nullable=True)
        check(self.is_email_regex, path, "is_email_regex", bool, nullable=True)
        check(self.name, path, "name", str, nullable=True, max_length=1024)


class UpdateDisplayNameDict(TypedDict, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    email: str | None
    is_email_regex: bool | None
    name: str | None
