"""Replace an email domain: what `PUT` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/domains/{domain_id}
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check
from ...models.delivery_mode import DeliveryMode, DeliveryModeValue
from ...models.disposition_label import DispositionLabel, DispositionLabelValue
from ...models.domain import Domain
from ...models.domain_response import DomainResponse
from ...models.region import Region, RegionValue
from ...models.replace_domain import ReplaceDomain
from ...models.scannable_folder import ScannableFolder, ScannableFolderValue
from ...types import UNSET, RequestSpec, Unset


def build_request(
    account_id: str,
    domain_id: str,
    *,
    allowed_delivery_modes: list[DeliveryMode | DeliveryModeValue],
    lookback_hops: int,
    ip_restrictions: list[str],
    drop_dispositions: list[DispositionLabel | DispositionLabelValue],
    regions: list[Region | RegionValue],
    folder: ScannableFolder | ScannableFolderValue | Unset | None = UNSET,
    integration_id: str | Unset | None = UNSET,
    require_tls_inbound: bool | Unset | None = UNSET,
    require_tls_outbound: bool | Unset | None = UNSET,
    transport: str | Unset | None = UNSET,
) -> RequestSpec:
    """Check the arguments against the spec and prepare the request."""
    check(
        account_id,
        "",
        "account_id",
        str,
        required=True,
        min_length=1,
        max_length=32,
        pattern="^(?!\\.\\.?$)[^/?#]+$",
    )
    check(domain_id, "", "domain_id", str, required=True, format="uuid")
    body = ReplaceDomain(
        allowed_delivery_modes=allowed_delivery_modes,
        lookback_hops=lookback_hops,
        ip_restrictions=ip_restrictions,
        drop_dispositions=drop_dispositions,
        regions=regions,
        folder=folder,
        integration_id=integration_id,
        require_tls_inbound=require_tls_inbound,
        require_tls_outbound=require_tls_outbound,
        transport=transport,
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "PUT",
        f"/accounts/{path_value(account_id)}/email-security/settings/domains/{path_value(domain_id)}",
        json=json,
    )


def parse(data: Any) -> Domain:
    """The envelope's `result`, typed."""
    return DomainResponse.from_dict(data, "", "response").result
