"""Domain: A protected domain as the server returns it."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_bool, as_datetime, as_int, as_str, enum_of, list_of, maybe, required
from .delivery_mode import DeliveryMode
from .disposition_label import DispositionLabel
from .dmarc_status import DmarcStatus
from .domain_authorization import DomainAuthorization
from .domain_status import DomainStatus
from .emails_processed import EmailsProcessed
from .inbox_provider import InboxProvider
from .region import Region
from .scannable_folder import ScannableFolder
from .spf_status import SpfStatus


@define
class Domain(ReadModel):
    """A protected domain as the server returns it.

    Attributes:
        id: The unique identifier of an entry, a UUID.
        last_modified: Deprecated (end of life 2026-11-01); use `modified_at`.
        authorization: Whether the domain is authorized, and since when; null where the API has not said.
        emails_processed: Mail counts of the domain; null before any mail was counted.
        folder: The mailbox folder to scan, for API-scanning domains.
        status: Where the DNS TXT verification of a domain stands.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("id", required, as_str),
        ("created_at", maybe, as_datetime),
        ("modified_at", maybe, as_datetime),
        ("last_modified", maybe, as_datetime),
        ("allowed_delivery_modes", maybe, list_of(enum_of(DeliveryMode))),
        ("authorization", maybe, DomainAuthorization.from_dict),
        ("dmarc_status", maybe, enum_of(DmarcStatus)),
        ("domain", maybe, as_str),
        ("drop_dispositions", maybe, list_of(enum_of(DispositionLabel))),
        ("emails_processed", maybe, EmailsProcessed.from_dict),
        ("folder", maybe, enum_of(ScannableFolder)),
        ("inbox_provider", maybe, enum_of(InboxProvider)),
        ("integration_id", maybe, as_str),
        ("ip_restrictions", maybe, list_of(as_str)),
        ("lookback_hops", maybe, as_int),
        ("o365_tenant_id", maybe, as_str),
        ("regions", maybe, list_of(enum_of(Region))),
        ("require_tls_inbound", maybe, as_bool),
        ("require_tls_outbound", maybe, as_bool),
        ("spf_status", maybe, enum_of(SpfStatus)),
        ("status", maybe, enum_of(DomainStatus)),
        ("transport", maybe, as_str),
    )

    id: str
    created_at: datetime.datetime | None = None
    modified_at: datetime.datetime | None = None
    last_modified: datetime.datetime | None = None
    allowed_delivery_modes: list[DeliveryMode | str] | None = None
    authorization: DomainAuthorization | None = None
    dmarc_status: DmarcStatus | str | None = None
    domain: str | None = None
    drop_dispositions: list[DispositionLabel | str] | None = None
    emails_processed: EmailsProcessed | None = None
    folder: ScannableFolder | str | None = None
    inbox_provider: InboxProvider | str | None = None
    integration_id: str | None = None
    ip_restrictions: list[str] | None = None
    lookback_hops: int | None = None
    o365_tenant_id: str | None = None
    regions: list[Region | str] | None = None
    require_tls_inbound: bool | None = None
    require_tls_outbound: bool | None = None
    spf_status: SpfStatus | str | None = None
    status: DomainStatus | str | None = None
    transport: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
