"""DomainAuthorization: Domain authorization."""

from __future__ import annotations

import datetime
from typing import Any

from attrs import define, field

from .._model import Model
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


@define
class DomainAuthorization(Model):
    """Domain authorization.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    authorized: bool
    timestamp: datetime.datetime
    status_message: str | None = None
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

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
