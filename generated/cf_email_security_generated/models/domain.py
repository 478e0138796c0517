"""Domain: Domain"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar
from uuid import UUID

from attrs import define, field

from .._parsing import (
    as_bool,
    as_datetime,
    as_int,
    as_object,
    as_str,
    as_uuid,
    enum_of,
    join,
    list_of,
    optional,
    optional_nullable,
    required,
)
from .._serialization import dump_fields
from ..types import UNSET, Unset
from .delivery_mode import DeliveryMode
from .disposition_label import DispositionLabel
from .dmarc_status import DmarcStatus
from .domain_authorization import DomainAuthorization
from .emails_processed import EmailsProcessed
from .inbox_provider import InboxProvider
from .region import Region
from .scannable_folder import ScannableFolder
from .spf_status import SpfStatus


@define
class Domain:
    """Domain

    Attributes:
        allowed_delivery_modes: list[DeliveryMode | str]
        created_at: datetime.datetime
        domain: str
        drop_dispositions: list[DispositionLabel | str]
        id: The unique identifier of an entry.
        ip_restrictions: list[str]
        last_modified: datetime.datetime
        lookback_hops: int
        regions: list[Region | str]
        transport: str
        authorization: DomainAuthorization | Unset
        dmarc_status: DmarcStatus | str | Unset
        emails_processed: EmailsProcessed | None | Unset
        folder: ScannableFolder | str | Unset
        inbox_provider: InboxProvider | str | Unset
        integration_id: UUID | None | Unset
        o365_tenant_id: str | None | Unset
        require_tls_inbound: bool | None | Unset
        require_tls_outbound: bool | None | Unset
        spf_status: SpfStatus | str | Unset
        additional_properties: fields the spec does not know, kept as received.
    """

    allowed_delivery_modes: list[DeliveryMode | str]
    created_at: datetime.datetime
    domain: str
    drop_dispositions: list[DispositionLabel | str]
    id: int
    ip_restrictions: list[str]
    last_modified: datetime.datetime
    lookback_hops: int
    regions: list[Region | str]
    transport: str
    authorization: DomainAuthorization | Unset = UNSET
    dmarc_status: DmarcStatus | str | Unset = UNSET
    emails_processed: EmailsProcessed | Unset | None = UNSET
    folder: ScannableFolder | str | Unset = UNSET
    inbox_provider: InboxProvider | str | Unset = UNSET
    integration_id: UUID | Unset | None = UNSET
    o365_tenant_id: str | Unset | None = UNSET
    require_tls_inbound: bool | Unset | None = UNSET
    require_tls_outbound: bool | Unset | None = UNSET
    spf_status: SpfStatus | str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("allowed_delivery_modes", "allowed_delivery_modes"),
        ("created_at", "created_at"),
        ("domain", "domain"),
        ("drop_dispositions", "drop_dispositions"),
        ("id", "id"),
        ("ip_restrictions", "ip_restrictions"),
        ("last_modified", "last_modified"),
        ("lookback_hops", "lookback_hops"),
        ("regions", "regions"),
        ("transport", "transport"),
        ("authorization", "authorization"),
        ("dmarc_status", "dmarc_status"),
        ("emails_processed", "emails_processed"),
        ("folder", "folder"),
        ("inbox_provider", "inbox_provider"),
        ("integration_id", "integration_id"),
        ("o365_tenant_id", "o365_tenant_id"),
        ("require_tls_inbound", "require_tls_inbound"),
        ("require_tls_outbound", "require_tls_outbound"),
        ("spf_status", "spf_status"),
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "Domain") -> Domain:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        obj = cls(
            allowed_delivery_modes=required(
                d, "allowed_delivery_modes", path, list_of(enum_of(DeliveryMode))
            ),
            created_at=required(d, "created_at", path, as_datetime),
            domain=required(d, "domain", path, as_str),
            drop_dispositions=required(d, "drop_dispositions", path, list_of(enum_of(DispositionLabel))),
            id=required(d, "id", path, as_int),
            ip_restrictions=required(d, "ip_restrictions", path, list_of(as_str)),
            last_modified=required(d, "last_modified", path, as_datetime),
            lookback_hops=required(d, "lookback_hops", path, as_int),
            regions=required(d, "regions", path, list_of(enum_of(Region))),
            transport=required(d, "transport", path, as_str),
            authorization=optional(d, "authorization", path, DomainAuthorization.from_dict),
            dmarc_status=optional(d, "dmarc_status", path, enum_of(DmarcStatus)),
            emails_processed=optional_nullable(d, "emails_processed", path, EmailsProcessed.from_dict),
            folder=optional(d, "folder", path, enum_of(ScannableFolder)),
            inbox_provider=optional(d, "inbox_provider", path, enum_of(InboxProvider)),
            integration_id=optional_nullable(d, "integration_id", path, as_uuid),
            o365_tenant_id=optional_nullable(d, "o365_tenant_id", path, as_str),
            require_tls_inbound=optional_nullable(d, "require_tls_inbound", path, as_bool),
            require_tls_outbound=optional_nullable(d, "require_tls_outbound", path, as_bool),
            spf_status=optional(d, "spf_status", path, enum_of(SpfStatus)),
        )
        obj.additional_properties = d
        return obj
