"""ReplaceDomain: Every mutable setting of a domain, for PUT and batch puts; the name cannot change."""

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
class ReplaceDomain(Model):
    """Every mutable setting of a domain, for PUT and batch puts; the name cannot change.

    Attributes:
        allowed_delivery_modes: Delivery modes to onboard the domain through.
        ip_restrictions: Source IP ranges mail is accepted from; any other source is rejected.
        drop_dispositions: Dispositions to drop instead of delivering.
        regions: Regions that process the domain's mail.
        lookback_hops: How many Received hops to trace back when reconstructing the original message.
        folder: The mailbox folder to scan, for API-scanning domains.
        integration_id: The CASB integration that authorizes the domain.
        transport: The mail transport host Cloudflare delivers to (MX/Inline delivery).

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    allowed_delivery_modes: list[DeliveryMode | DeliveryModeValue]
    ip_restrictions: list[str]
    drop_dispositions: list[DispositionLabel | DispositionLabelValue]
    regions: list[Region | RegionValue]
    lookback_hops: int | Unset | None = UNSET
    folder: ScannableFolder | ScannableFolderValue | Unset | None = UNSET
    integration_id: str | Unset | None = UNSET
    require_tls_inbound: bool | Unset | None = UNSET
    require_tls_outbound: bool | Unset | None = UNSET
    transport: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
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
        check(self.lookback_hops, path, "lookback_hops", int, nullable=True, minimum=1, maximum=20)
        check(self.folder, path, "folder", ScannableFolder, nullable=True)
        check(self.integration_id, path, "integration_id", str, nullable=True, format="uuid")
        check(self.require_tls_inbound, path, "require_tls_inbound", bool, nullable=True)
        check(self.require_tls_outbound, path, "require_tls_outbound", bool, nullable=True)
        check(self.transport, path, "transport", str, nullable=True)


class _ReplaceDomainRequired(TypedDict):
    allowed_delivery_modes: list[DeliveryMode | DeliveryModeValue]
    ip_restrictions: list[str]
    drop_dispositions: list[DispositionLabel | DispositionLabelValue]
    regions: list[Region | RegionValue]


class ReplaceDomainDict(_ReplaceDomainRequired, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    lookback_hops: int | None
    folder: ScannableFolder | ScannableFolderValue | None
    integration_id: str | None
    require_tls_inbound: bool | None
    require_tls_outbound: bool | None
    transport: str | None
