"""DomainVerificationInfo: The DNS TXT record that verifies a domain created through the API."""

from __future__ import annotations

import datetime
import json
from typing import Any, ClassVar

from attrs import define, field

from .._parsing import (
    MISSING,
    as_datetime,
    as_object,
    as_str,
    enum_of,
    join,
    required,
    required_nullable,
)
from .._serialization import dump_fields
from .domain_status import DomainStatus


@define
class DomainVerificationInfo:
    """The DNS TXT record that verifies a domain created through the API.

    Attributes:
        status: Where the DNS TXT verification of a domain stands.
            Lower case as in SPEC-0722 and the DOCS domain list; PY-5.9.0 and Pulumi
            6.21 spell the
            values in upper case (PENDING, ...): check a live response before
            release.
        txt_record_name: Full name of the TXT record, e.g. `_cf-email-sec-challenge.example.com`.
        txt_record_value: The token to publish in the TXT record.
        last_checked_at: When the record was last checked; null before the first check.
        additional_properties: fields the spec does not know, kept as received.
    """

    status: DomainStatus | str | None
    txt_record_name: str
    txt_record_value: str
    last_checked_at: datetime.datetime | None
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("status", "status"),
        ("txt_record_name", "txt_record_name"),
        ("txt_record_value", "txt_record_value"),
        ("last_checked_at", "last_checked_at"),
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    @classmethod
    def from_dict(
        cls, data: Any, parent: str = "", key: str = "DomainVerificationInfo"
    ) -> DomainVerificationInfo:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        status = required_nullable(d.pop("status", MISSING), path, "status", enum_of(DomainStatus))
        txt_record_name = d.pop("txt_record_name", MISSING)
        if type(txt_record_name) is not str:
            txt_record_name = required(txt_record_name, path, "txt_record_name", as_str)
        txt_record_value = d.pop("txt_record_value", MISSING)
        if type(txt_record_value) is not str:
            txt_record_value = required(txt_record_value, path, "txt_record_value", as_str)
        last_checked_at = required_nullable(
            d.pop("last_checked_at", MISSING), path, "last_checked_at", as_datetime
        )
        obj = cls(
            status=status,
            txt_record_name=txt_record_name,
            txt_record_value=txt_record_value,
            last_checked_at=last_checked_at,
        )
        obj.additional_properties = d
        return obj
