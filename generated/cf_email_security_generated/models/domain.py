"""Domain: A protected domain as the server returns it."""

from __future__ import annotations

import datetime
from typing import Any

from attrs import define, field

from .._model import Model
from .._parsing import (
    as_bool,
    as_datetime,
    as_int,
    as_object,
    as_str,
    enum_of,
    join,
    list_of,
    maybe,
)
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
class Domain(Model):
    """A protected domain as the server returns it.
    Upstream marks every field optional (Gen A required ten).

    Attributes:
        id: The unique identifier of an entry, a UUID for every resource since Gen B (Gen A used
            int32; TF 5.20 converted old ints to their decimal strings, so old ids may still
            resolve).
        last_modified: Deprecated: use `modified_at`. Upstream's end of life for it was 2026-11-01, so
            responses may no longer carry it; it is optional everywhere for that reason.
        emails_processed: Mail counts of the domain. Gen A made the object nullable; Gen B does not.
        folder: The mailbox folder to scan, for API-scanning domains.
        status: Where the DNS TXT verification of a domain stands. Lower case as in SPEC-0722 and
            the DOCS domain list; PY-5.9.0 and Pulumi 6.21 spell the values in upper case
            (PENDING, ...): check a live response before release.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    id: str | None = None
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
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "Domain") -> Domain:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        id = d.pop("id", None)
        if type(id) is not str:
            id = maybe(id, path, "id", as_str)
        created_at = maybe(d.pop("created_at", None), path, "created_at", as_datetime)
        modified_at = maybe(d.pop("modified_at", None), path, "modified_at", as_datetime)
        last_modified = maybe(d.pop("last_modified", None), path, "last_modified", as_datetime)
        allowed_delivery_modes = maybe(
            d.pop("allowed_delivery_modes", None),
            path,
            "allowed_delivery_modes",
            list_of(enum_of(DeliveryMode)),
        )
        authorization = maybe(
            d.pop("authorization", None), path, "authorization", DomainAuthorization.from_dict
        )
        dmarc_status = maybe(d.pop("dmarc_status", None), path, "dmarc_status", enum_of(DmarcStatus))
        domain = d.pop("domain", None)
        if type(domain) is not str:
            domain = maybe(domain, path, "domain", as_str)
        drop_dispositions = maybe(
            d.pop("drop_dispositions", None), path, "drop_dispositions", list_of(enum_of(DispositionLabel))
        )
        emails_processed = maybe(
            d.pop("emails_processed", None), path, "emails_processed", EmailsProcessed.from_dict
        )
        folder = maybe(d.pop("folder", None), path, "folder", enum_of(ScannableFolder))
        inbox_provider = maybe(d.pop("inbox_provider", None), path, "inbox_provider", enum_of(InboxProvider))
        integration_id = d.pop("integration_id", None)
        if type(integration_id) is not str:
            integration_id = maybe(integration_id, path, "integration_id", as_str)
        ip_restrictions = maybe(d.pop("ip_restrictions", None), path, "ip_restrictions", list_of(as_str))
        lookback_hops = d.pop("lookback_hops", None)
        if type(lookback_hops) is not int:
            lookback_hops = maybe(lookback_hops, path, "lookback_hops", as_int)
        o365_tenant_id = d.pop("o365_tenant_id", None)
        if type(o365_tenant_id) is not str:
            o365_tenant_id = maybe(o365_tenant_id, path, "o365_tenant_id", as_str)
        regions = maybe(d.pop("regions", None), path, "regions", list_of(enum_of(Region)))
        require_tls_inbound = d.pop("require_tls_inbound", None)
        if type(require_tls_inbound) is not bool:
            require_tls_inbound = maybe(require_tls_inbound, path, "require_tls_inbound", as_bool)
        require_tls_outbound = d.pop("require_tls_outbound", None)
        if type(require_tls_outbound) is not bool:
            require_tls_outbound = maybe(require_tls_outbound, path, "require_tls_outbound", as_bool)
        spf_status = maybe(d.pop("spf_status", None), path, "spf_status", enum_of(SpfStatus))
        status = maybe(d.pop("status", None), path, "status", enum_of(DomainStatus))
        transport = d.pop("transport", None)
        if type(transport) is not str:
            transport = maybe(transport, path, "transport", as_str)
        obj = cls(
            id=id,
            created_at=created_at,
            modified_at=modified_at,
            last_modified=last_modified,
            allowed_delivery_modes=allowed_delivery_modes,
            authorization=authorization,
            dmarc_status=dmarc_status,
            domain=domain,
            drop_dispositions=drop_dispositions,
            emails_processed=emails_processed,
            folder=folder,
            inbox_provider=inbox_provider,
            integration_id=integration_id,
            ip_restrictions=ip_restrictions,
            lookback_hops=lookback_hops,
            o365_tenant_id=o365_tenant_id,
            regions=regions,
            require_tls_inbound=require_tls_inbound,
            require_tls_outbound=require_tls_outbound,
            spf_status=spf_status,
            status=status,
            transport=transport,
        )
        obj.additional_properties = d
        return obj
