"""UpdateDomain: The settings of a domain to change; none required."""

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
class UpdateDomain(Model):
    """The settings of a domain to change; none required.

    Attributes:
        allowed_delivery_modes: Delivery modes to onboard the domain through.
        drop_dispositions: Dispositions to drop instead of delivering.
        folder: The mailbox folder to scan, for API-scanning domains.
        integration_id: The CASB integration that authorizes the domain; null detaches it.
        ip_restrictions: Source IP ranges mail is accepted from; any other source is rejected.
        lookback_hops: How many Received hops to trace back when reconstructing the original message.
        regions: Regions that process the domain's mail.
        transport: The mail transport host Cloudflare delivers to (MX/Inline delivery).

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    allowed_delivery_modes: list[DeliveryMode | DeliveryModeValue] | Unset = UNSET
    drop_dispositions: list[DispositionLabel | DispositionLabelValue] | Unset = UNSET
    folder: ScannableFolder | ScannableFolderValue | Unset | None = UNSET
    integration_id: str | Unset | None = UNSET
    ip_restrictions: list[str] | Unset = UNSET
    lookback_hops: int | Unset = UNSET
    regions: list[Region | RegionValue] | Unset = UNSET
    require_tls_inbound: bool | Unset = UNSET
    require_tls_outbound: bool | Unset = UNSET
    transport: str | Unset = UNSET
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.allowed_delivery_modes, path, "allowed_delivery_modes", list, items=DeliveryMode)
        check(self.drop_dispositions, path, "drop_dispositions", list, items=DispositionLabel)
        check(self.folder, path, "folder", ScannableFolder, nullable=True)
        check(self.integration_id, path, "integration_id", str, nullable=True, format="uuid")
        check(self.ip_restrictions, path, "ip_restrictions", list, items=str)
        check(self.lookback_hops, path, "lookback_hops", int, minimum=1, maximum=20)
        check(self.regions, path, "regions", list, items=Region)
        check(self.require_tls_inbound, path, "require_tls_inbound", bool)
        check(self.require_tls_outbound, path, "require_tls_outbound", bool)
        check(self.transport, path, "transport", str)


class UpdateDomainDict(TypedDict, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    allowed_delivery_modes: list[DeliveryMode | DeliveryModeValue]
    drop_dispositions: list[DispositionLabel | DispositionLabelValue]
    folder: ScannableFolder | ScannableFolderValue | None
    integration_id: str | None
    ip_restrictions: list[str]
    lookback_hops: int
    regions: list[Region | RegionValue]
    require_tls_inbound: bool
    require_tls_outbound: bool
    transport: str
