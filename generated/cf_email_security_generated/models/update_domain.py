"""UpdateDomain: UpdateDomain"""

from __future__ import annotations

import json
from typing import Any, ClassVar, TypedDict
from uuid import UUID

from attrs import define, field

from .._serialization import dump_fields
from .._validation import check
from ..types import UNSET, Unset
from .delivery_mode import DeliveryMode, DeliveryModeValue
from .disposition_label import DispositionLabel, DispositionLabelValue
from .region import Region, RegionValue
from .scannable_folder import ScannableFolder, ScannableFolderValue


@define
class UpdateDomain:
    """UpdateDomain

    Attributes:
        ip_restrictions: list[str]
        allowed_delivery_modes: list[DeliveryMode | DeliveryModeValue] | Unset
        domain: str | Unset
        drop_dispositions: list[DispositionLabel | DispositionLabelValue] | Unset
        folder: ScannableFolder | ScannableFolderValue | Unset
        integration_id: UUID | Unset
        lookback_hops: int | Unset
        regions: list[Region | RegionValue] | Unset
        require_tls_inbound: bool | Unset
        require_tls_outbound: bool | Unset
        transport: str | Unset
        additional_properties: fields the spec does not know, kept as received.
    """

    ip_restrictions: list[str]
    allowed_delivery_modes: list[DeliveryMode | DeliveryModeValue] | Unset = UNSET
    domain: str | Unset = UNSET
    drop_dispositions: list[DispositionLabel | DispositionLabelValue] | Unset = UNSET
    folder: ScannableFolder | ScannableFolderValue | Unset = UNSET
    integration_id: UUID | Unset = UNSET
    lookback_hops: int | Unset = UNSET
    regions: list[Region | RegionValue] | Unset = UNSET
    require_tls_inbound: bool | Unset = UNSET
    require_tls_outbound: bool | Unset = UNSET
    transport: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("ip_restrictions", "ip_restrictions"),
        ("allowed_delivery_modes", "allowed_delivery_modes"),
        ("domain", "domain"),
        ("drop_dispositions", "drop_dispositions"),
        ("folder", "folder"),
        ("integration_id", "integration_id"),
        ("lookback_hops", "lookback_hops"),
        ("regions", "regions"),
        ("require_tls_inbound", "require_tls_inbound"),
        ("require_tls_outbound", "require_tls_outbound"),
        ("transport", "transport"),
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.ip_restrictions, path, "ip_restrictions", list, items=str, required=True)
        check(self.allowed_delivery_modes, path, "allowed_delivery_modes", list, items=DeliveryMode)
        check(self.domain, path, "domain", str)
        check(self.drop_dispositions, path, "drop_dispositions", list, items=DispositionLabel)
        check(self.folder, path, "folder", ScannableFolder)
        check(self.integration_id, path, "integration_id", UUID)
        check(self.lookback_hops, path, "lookback_hops", int, minimum=1, maximum=20)
        check(self.regions, path, "regions", list, items=Region)
        check(self.require_tls_inbound, path, "require_tls_inbound", bool)
        check(self.require_tls_outbound, path, "require_tls_outbound", bool)
        check(self.transport, path, "transport", str)


class _UpdateDomainRequired(TypedDict):
    ip_restrictions: list[str]


class UpdateDomainDict(_UpdateDomainRequired, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    allowed_delivery_modes: list[DeliveryMode | DeliveryModeValue]
    domain: str
    drop_dispositions: list[DispositionLabel | DispositionLabelValue]
    folder: ScannableFolder | ScannableFolderValue
    integration_id: UUID
    lookback_hops: int
    regions: list[Region | RegionValue]
    require_tls_inbound: bool
    require_tls_outbound: bool
    transport: str
