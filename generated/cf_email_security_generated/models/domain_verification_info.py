"""DomainVerificationInfo: The DNS TXT record that verifies a domain created through the API."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_datetime, as_str, enum_of, required, required_nullable
from .domain_status import DomainStatus


@define
class DomainVerificationInfo(ReadModel):
    """The DNS TXT record that verifies a domain created through the API.

    Attributes:
        status: Where the DNS TXT verification of a domain stands.
        txt_record_name: Full name of the TXT record, e.g. `_cf-email-sec-challenge.example.com`.
        txt_record_value: The token to publish in the TXT record.
        last_checked_at: When the record was last checked; null before the first check.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("status", required_nullable, enum_of(DomainStatus)),
        ("txt_record_name", required, as_str),
        ("txt_record_value", required, as_str),
        ("last_checked_at", required_nullable, as_datetime),
    )

    status: DomainStatus | str | None
    txt_record_name: str
    txt_record_value: str
    last_checked_at: datetime.datetime | None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
