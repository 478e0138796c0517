"""Domain: Domain"""

from __future__ import annotations

import datetime
import json
from typing import Any, ClassVar
from uuid import UUID

from attrs import define, field

from .._parsing import (
    MISSING,
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

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "Domain") -> Domain:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        allowed_delivery_modes = required(
            d.pop("allowed_delivery_modes", MISSING),
            path,
            "allowed_delivery_modes",
            list_of(enum_of(DeliveryMode)),
        )
        created_at = required(d.pop("created_at", MISSING), path, "created_at", as_datetime)
        domain = d.pop("domain", MISSING)
        if type(domain) is not str:
            domain = required(domain, path, "domain", as_str)
        drop_dispositions = required(
            d.pop("drop_dispositions", MISSING), path, "drop_dispositions", list_of(enum_of(DispositionLabel))
        )
        id = d.pop("id", MISSING)
        if type(id) is not int:
            id = required(id, path, "id", as_int)
        ip_restrictions = required(
            d.pop("ip_restrictions", MISSING), path, "ip_restrictions", list_of(as_str)
        )
        last_modified = required(d.pop("last_modified", MISSING), path, "last_modified", as_datetime)
        lookback_hops = d.pop("lookback_hops", MISSING)
        if type(lookback_hops) is not int:
            lookback_hops = required(lookback_hops, path, "lookback_hops", as_int)
        regions = required(d.pop("regions", MISSING), path, "regions", list_of(enum_of(Region)))
        transport = d.pop("transport", MISSING)
        if type(transport) is not str:
            transport = required(transport, path, "transport", as_str)
        authorization = optional(
            d.pop("authorization", None), path, "authorization", DomainAuthorization.from_dict
        )
        dmarc_status = optional(d.pop("dmarc_status", None), path, "dmarc_status", enum_of(DmarcStatus))
        emails_processed = optional_nullable(
            d.pop("emails_processed", UNSET), path, "emails_processed", EmailsProcessed.from_dict
        )
        folder = optional(d.pop("folder", None), path, "folder", enum_of(ScannableFolder))
        inbox_provider = optional(
            d.pop("inbox_provider", None), path, "inbox_provider", enum_of(InboxProvider)
        )
        integration_id = optional_nullable(d.pop("integration_id", UNSET), path, "integration_id", as_uuid)
        o365_tenant_id = d.pop("o365_tenant_id", UNSET)
        if type(o365_tenant_id) is not str:
            o365_tenant_id = optional_nullable(o365_tenant_id, path, "o365_tenant_id", as_str)
        require_tls_inbound = d.pop("require_tls_inbound", UNSET)
        if type(require_tls_inbound) is not bool:
            require_tls_inbound = optional_nullable(require_tls_inbound, path, "require_tls_inbound", as_bool)
        require_tls_outbound = d.pop("require_tls_outbound", UNSET)
        if type(require_tls_outbound) is not bool:
            require_tls_outbound = optional_nullable(
                require_tls_outbound, path, "require_tls_outbound", as_bool
            )
        spf_status = optional(d.pop("spf_status", None), path, "spf_status", enum_of(SpfStatus))
        obj = cls(
            allowed_delivery_modes=allowed_delivery_modes,
            created_at=created_at,
            domain=domain,
            drop_dispositions=drop_dispositions,
            id=id,
            ip_restrictions=ip_restrictions,
            last_modified=last_modified,
            lookback_hops=lookback_hops,
            regions=regions,
            transport=transport,
            authorization=authorization,
            dmarc_status=dmarc_status,
            emails_processed=emails_processed,
            folder=folder,
            inbox_provider=inbox_provider,
            integration_id=integration_id,
            o365_tenant_id=o365_tenant_id,
            require_tls_inbound=require_tls_inbound,
            require_tls_outbound=require_tls_outbound,
            spf_status=spf_status,
        )
        obj.additional_properties = d
        return obj
