"""Protect a new email domain: what `POST` sends and how its answer is read.

/accounts/{account_id}/email-security/settings/domains
"""

from __future__ import annotations

from typing import Any

from ..._serialization import path_value
from ..._validation import check
from ...models.create_domain import CreateDomain
from ...models.delivery_mode import DeliveryMode, DeliveryModeValue
from ...models.disposition_label import DispositionLabel, DispositionLabelValue
from ...models.domain import Domain
from ...models.domain_response import DomainResponse
from ...models.region import Region, RegionValue
from ...models.scannable_folder import ScannableFolder, ScannableFolderValue
from ...types import UNSET, RequestSpec, Unset


def build_request(
    account_id: str,
    *,
    domain: str,
    allowed_delivery_modes: list[DeliveryMode | DeliveryModeValue],
    ip_restrictions: list[str],
    drop_dispositions: list[DispositionLabel | DispositionLabelValue],
    regions: list[Region | RegionValue],
    folder: ScannableFolder | ScannableFolderValue | Unset | None = UNSET,
    integration_id: str | Unset | None = UNSET,
    lookback_hops: int | Unset | None = UNSET,
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
    body = CreateDomain(
        domain=domain,
        allowed_delivery_modes=allowed_delivery_modes,
        ip_restrictions=ip_restrictions,
        drop_dispositions=drop_dispositions,
        regions=regions,
        folder=folder,
        integration_id=integration_id,
        lookback_hops=lookback_hops,
        require_tls_inbound=require_tls_inbound,
        require_tls_outbound=require_tls_outbound,
        transport=transport,
    )
    body.validate()
    json: Any = body.to_dict()
    return RequestSpec(
        "POST",
        f"/accounts/{path_value(account_id)}/email-security/settings/domains",
        json=json,
    )


def parse(data: Any) -> Domain:
    """The envelope's `result`, typed."""
    return DomainResponse.from_dict(data, "", "response").result
