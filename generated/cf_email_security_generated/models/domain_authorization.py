"""DomainAuthorization: Domain authorization."""

from __future__ import annotations

import datetime
import json
from typing import Any, ClassVar

from attrs import define, field

from .._parsing import (
    MISSING,
    as_bool,
    as_datetime,
    as_object,
    as_str,
    join,
    maybe,
    required,
)
from .._serialization import dump_fields


@define
class DomainAuthorization:
    """Domain authorization.

    Attributes:
        authorized: bool
        timestamp: datetime.datetime
        status_message: str | None
        additional_properties: fields the spec does not know, kept as received.
    """

    authorized: bool
    timestamp: datetime.datetime
    status_message: str | None = None
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("authorized", "authorized"),
        ("timestamp", "timestamp"),
        ("status_message", "status_message"),
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "DomainAuthorization") -> DomainAuthorization:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        authorized = d.pop("authorized", MISSING)
        if type(authorized) is not bool:
            authorized = required(authorized, path, "authorized", as_bool)
        timestamp = required(d.pop("timestamp", MISSING), path, "timestamp", as_datetime)
        status_message = d.pop("status_message", None)
        if type(status_message) is not str:
            status_message = maybe(status_message, path, "status_message", as_str)
        obj = cls(
            authorized=authorized,
            timestamp=timestamp,
            status_message=status_message,
        )
        obj.additional_properties = d
        return obj
