"""CreateDomain: A domain to protect. Unknown fields are refused."""

from __future__ import annotations

from typing import Any, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check
from ..types import UNSET, Unset
from .delivery_mode import DeliveryMode, DeliveryModeValue
from .disposition_label import DispositionLabel, DispositionLabelValue
from .region import Region, RegionValue
from .scannable_folder import ScannableFolder, ScannableFolderValue


@define
class CreateDomain(Model):
    """A domain to protect. Unknown fields are refused.

    Attributes:
        domain: The email domain to protect.
        allowed_delivery_modes: Delivery modes to onboard the domain through.
        ip_restrictions: Source IP ranges mail is accepted from; any other source is rejected.
        drop_dispositions: Dispositions to drop instead of delivering.
        regions: Regions that process the domain's mail.
        folder: The mailbox folder to scan, for API-scanning domains.
        integration_id: The CASB integration that authorizes the domain (and enables API scanning and
            directory sync).
        lookback_hops: How many Received hops to trace back when reconstructing the original message.
        transport: The mail transport host Cloudflare delivers to (MX/Inline delivery).

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    domain: str
    allowed_delivery_modes: list[DeliveryMode | DeliveryModeValue]
    ip_restrictions: list[str]
    drop_dispositions: list[DispositionLabel | DispositionLabelValue]
    regions: list[Region | RegionValue]
    folder: ScannableFolder | ScannableFolderValue | Unset | None = UNSET
    integration_id: str | Unset | None = UNSET
    lookback_hops: int | Unset | None = UNSET
    require_tls_inbound: bool | Unset | None = UNSET
    require_tls_outbound: bool | Unset | None = UNSET
    transport: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.domain, path, "domain", str, required=True)
        check(
            self.allowed_delivery_modes,
            path,
            "allowed_delivery_modes",
            list,
            items=DeliveryMode,
            required=True,
            min_items=1,
            max_items=10,
        )
        check(self.ip_restrictions, path, "ip_restrictions", list, items=str, required=True, max_items=100)
        check(
            self.drop_dispositions,
            path,
            "drop_dispositions",
            list,
            items=DispositionLabel,
            required=True,
            max_items=10,
        )
        check(self.regions, path, "regions", list, items=Region, required=True, min_items=1, max_items=10)
        check(self.folder, path, "folder", ScannableFolder, nullable=True)
        check(self.integration_id, path, "integration_id", str, nullable=True, format="uuid")
        check(self.lookback_hops, path, "lookback_hops", int, nullable=True, minimum=1, maximum=20)
        check(self.require_tls_inbound, path, "require_tls_inbound", bool, nullable=True)
        check(self.require_tls_outbound, path, "require_tls_outbound", bool, nullable=True)
        check(self.transport, path, "transport", str, nullable=True)


class _CreateDomainRequired(TypedDict):
    domain: str
    allowed_delivery_modes: list[DeliveryMode | DeliveryModeValue]
    ip_restrictions: list[str]
    drop_dispositions: list[DispositionLabel | DispositionLabelValue]
    regions: list[Region | RegionValue]


class CreateDomainDict(_CreateDomainRequired, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    folder: ScannableFolder | ScannableFolderValue | None
    integration_id: str | None
    lookback_hops: int | None
    require_tls_inbound: bool | None
    require_tls_outbound: bool | None
    transport: str | None
