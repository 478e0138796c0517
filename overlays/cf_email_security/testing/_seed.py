"""Entries the fake starts with: by default what an account holds before any tool touched it (onboarded
domains and sending-domain restrictions, which the first generation of the API could not create), and
`domain()`, which fills in a protected domain as onboarding leaves it.

Seed entries carry no ids unless given: the fake hands them out as it does for created entries (1, 2, 3
for integer ids, UUID4 strings for UUID ids), and fills in the entity's timestamps the seed leaves out
(with SEED_TIME). Every seed is checked against the served spec's entity schema when the fake is made.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

Seed = Mapping[str, Sequence[Mapping[str, Any]]]

SEED_TIME = "2025-12-01T09:00:00Z"  # before any StepClock time


def domain(domain_id: int | str | None, name: str, **fields: Any) -> dict[str, Any]:
    """A domain as onboarding leaves it: every field filled, any of them overridable. `domain_id` None
    leaves the id to the fake. `active_delivery_mode` is not in the domain schema: the fake keeps it
    for the list filter of that name and never sends it."""
    identity = {} if domain_id is None else {"id": domain_id}
    return {
        **identity,
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
    """Three onboarded domains and three sending-domain restrictions, enough for the demo.

    Fitted to the served spec when loaded: a value its entity schema refuses in a field it does not
    require is left out (the third domain's `emails_processed: null`, where a spec makes it non-null)."""
    return {
        "domains": [
            domain(None, "example.com"),
            domain(
                None,
                "example.org",
                allowed_delivery_modes=["BCC", "JOURNAL"],
                active_delivery_mode="BCC",
                inbox_provider="Google",
                integration_id="3f1e1c0a-8d4b-4c61-9b7e-2a5d6f7e8c90",
            ),
            domain(  # onboarded recently: no mail counted yet
                None,
                "mail.example.net",
                allowed_delivery_modes=["DIRECT"],
                active_delivery_mode="DIRECT",
                emails_processed=None,
            ),
        ],
        "sending_domain_restrictions": [  # the server sends exclude, if empty: export, then plan reads it
            {"domain": "partner.example", "exclude": []},
            {"domain": "newsletter.example", "exclude": ["lists.newsletter.example"]},
            {"domain": "legacy.example", "exclude": []},
        ],
    }
