"""Entries the API cannot create (domains, sending-domain restrictions) and the defaults that fill them in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

Seed = Mapping[str, Sequence[Mapping[str, Any]]]

SEED_TIME = "2025-12-01T09:00:00Z"  # before any StepClock time


def domain(domain_id: int, name: str, **fields: Any) -> dict[str, Any]:
    """A domain as onboarding leaves it: every required field filled, any of them overridable."""
    return {
        "id": domain_id,
        "domain": name,
        "created_at": SEED_TIME,
        "last_modified": SEED_TIME,
        "allowed_delivery_modes": ["API"],
        "active_delivery_mode": "API",
        "drop_dispositions": ["MALICIOUS", "SPOOF"],
        "ip_restrictions": [],
        "lookback_hops": 2,
        "regions": ["GLOBAL"],
        "transport": f"mx.{name}",
        "folder": "Inbox",
        "inbox_provider": "Microsoft",
        "integration_id": None,
        "o365_tenant_id": None,
        "require_tls_inbound": False,
        "require_tls_outbound": False,
        "dmarc_status": "good",
        "spf_status": "good",
        "authorization": {"authorized": True, "timestamp": SEED_TIME, "status_message": None},
        "emails_processed": {
            "timestamp": SEED_TIME,
            "total_emails_processed": 12840,
            "total_emails_processed_previous": 11975,
        },
        **fields,
    }


def default_seed() -> dict[str, list[dict[str, Any]]]:
    """Three onboarded domains and three sending-domain restrictions, enough for the demo."""
    return {
        "domains": [
            domain(1, "example.com"),
            domain(
                2,
                "example.org",
                allowed_delivery_modes=["BCC", "JOURNAL"],
                active_delivery_mode="BCC",
                inbox_provider="Google",
                integration_id="3f1e1c0a-8d4b-4c61-9b7e-2a5d6f7e8c90",
            ),
            domain(  # onboarded recently: no mail counted yet
                3,
                "mail.example.net",
                allowed_delivery_modes=["DIRECT"],
                active_delivery_mode="DIRECT",
                emails_processed=None,
            ),
        ],
        "sending_domain_restrictions": [
            {"id": 1, "domain": "partner.example"},
            {"id": 2, "domain": "newsletter.example"},
            {"id": 3, "domain": "legacy.example"},
        ],
    }
