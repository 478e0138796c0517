"""DomainVerificationInfo: The DNS TXT record that verifies a domain created through the API."""

from __future__ import annotations

import datetime
from typing import Any

from attrs import define, field

from .._model import Model
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
from .domain_status import DomainStatus


@define
class DomainVerificationInfo(Model):
    """The DNS TXT record that verifies a domain created through the API.

    Attributes:
        status: Where the DNS TXT verification of a domain stands. Lower case as in SPEC-0722 and
            the DOCS domain list; PY-5.9.0 and Pulumi 6.21 spell the values in upper case
            (PENDING, ...): check a live response before release.
        txt_record_name: Full name of the TXT record, e.g. `_cf-email-sec-challenge.example.com`.
        txt_record_value: The token to publish in the TXT record.
        last_checked_at: When the record was last checked; null before the first check.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    status: DomainStatus | str | None
    txt_record_name: str
    txt_record_value: str
    last_checked_at: datetime.datetime | None
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

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
