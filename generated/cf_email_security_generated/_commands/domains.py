"""What the commands of domains take, by method: see `cf_email_security_generated.commands`.

Schemas used more than once are held once (`_S<n>`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..commands import DetailRow, Schema

_S0: Schema = {"type": "integer", "format": "int32", "minimum": 1}
_S1: Schema = {"type": "integer", "format": "int32", "minimum": 1, "maximum": 1000}
_S2: Schema = {"type": "string"}
_S3: Schema = {"type": "string", "enum": ["domain", "created_at"]}
_S4: Schema = {"type": "string", "enum": ["asc", "desc"]}
_S5: Schema = {"type": "string", "enum": ["DIRECT", "BCC", "JOURNAL", "API", "RETRO_SCAN"]}
_S6: Schema = {"type": "array", "items": _S2}
_S7: Schema = {"type": "string", "format": "uuid"}
_S8: Schema = {"type": "string", "nullable": True, "enum": ["PENDING", "ACTIVE", "FAILED", "TIMEOUT"]}
_S9: Schema = {"type": "string", "format": "date-time"}
_S10: Schema = {
    "type": "string",
    "format": "date-time",
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": "2026-11-01", "use": "modified_at"},
}
_S11: Schema = {"type": "array", "items": _S5}
_S12: Schema = {"type": "boolean"}
_S13: Schema = {"type": "string", "nullable": True}
_S14: Schema = {
    "nullable": True,
    "type": "object",
    "properties": {"authorized": _S12, "status_message": _S13, "timestamp": _S9},
    "required": ["authorized", "timestamp"],
}
_S15: Schema = {"type": "string", "nullable": True, "enum": ["none", "good", "invalid"]}
_S16: Schema = {
    "type": "string",
    "enum": [
        "MALICIOUS",
        "MALICIOUS-BEC",
        "SUSPICIOUS",
        "SPOOF",
        "SPAM",
        "BULK",
        "ENCRYPTED",
        "EXTERNAL",
        "UNKNOWN",
        "NONE",
    ],
}
_S17: Schema = {"type": "array", "items": _S16}
_S18: Schema = {"type": "integer", "minimum": 0}
_S19: Schema = {
    "nullable": True,
    "type": "object",
    "properties": {"timestamp": _S9, "total_emails_processed": _S18, "total_emails_processed_previous": _S18},
    "required": ["timestamp", "total_emails_processed", "total_emails_processed_previous"],
}
_S20: Schema = {"type": "string", "nullable": True, "enum": ["AllItems", "Inbox"]}
_S21: Schema = {"type": "string", "nullable": True, "enum": ["Microsoft", "Google"]}
_S22: Schema = {"type": "string", "format": "uuid", "nullable": True}
_S23: Schema = {"type": "integer"}
_S24: Schema = {"type": "string", "enum": ["GLOBAL", "AU", "DE", "IN", "US"]}
_S25: Schema = {"type": "array", "items": _S24}
_S26: Schema = {"type": "boolean", "nullable": True}
_S27: Schema = {"type": "string", "nullable": True, "enum": ["none", "good", "neutral", "open", "invalid"]}
_S28: Schema = {
    "type": "object",
    "x-natural-key": ["domain"],
    "required": ["id"],
    "properties": {
        "id": _S7,
        "created_at": _S9,
        "modified_at": _S9,
        "last_modified": _S10,
        "allowed_delivery_modes": _S11,
        "authorization": _S14,
        "dmarc_status": _S15,
        "domain": _S2,
        "drop_dispositions": _S17,
        "emails_processed": _S19,
        "folder": _S20,
        "inbox_provider": _S21,
        "integration_id": _S22,
        "ip_restrictions": _S6,
        "lookback_hops": _S23,
        "o365_tenant_id": _S13,
        "regions": _S25,
        "require_tls_inbound": _S26,
        "require_tls_outbound": _S26,
        "spf_status": _S27,
        "status": _S8,
        "transport": _S2,
    },
}
_S29: Schema = {"type": "array", "items": _S28}
_S30: Schema = {"type": "array", "maxItems": 10, "items": _S5}
_S31: Schema = {"type": "array", "maxItems": 100, "items": _S2}
_S32: Schema = {"type": "array", "maxItems": 10, "items": _S16}
_S33: Schema = {"type": "array", "maxItems": 10, "items": _S24}
_S34: Schema = {"type": "integer", "minimum": 1, "maximum": 20, "nullable": True}
_S35: Schema = {
    "type": "object",
    "required": ["domain", "allowed_delivery_modes", "ip_restrictions", "drop_dispositions", "regions"],
    "properties": {
        "domain": _S2,
        "allowed_delivery_modes": _S30,
        "ip_restrictions": _S31,
        "drop_dispositions": _S32,
        "regions": _S33,
        "folder": _S20,
        "integration_id": _S22,
        "lookback_hops": _S34,
        "require_tls_inbound": _S26,
        "require_tls_outbound": _S26,
        "transport": _S13,
    },
}
_S36: Schema = {"type": "object", "required": ["id"], "properties": {"id": _S7}}
_S37: Schema = {"type": "array", "items": _S36}
_S38: Schema = {"type": "array", "maxItems": 1000, "items": _S36}
_S39: Schema = {"type": "integer", "minimum": 1, "maximum": 20}
_S40: Schema = {
    "type": "object",
    "properties": {
        "allowed_delivery_modes": _S11,
        "drop_dispositions": _S17,
        "folder": _S20,
        "integration_id": _S22,
        "ip_restrictions": _S6,
        "lookback_hops": _S39,
        "regions": _S25,
        "require_tls_inbound": _S12,
        "require_tls_outbound": _S12,
        "transport": _S2,
        "id": _S7,
    },
    "required": ["id"],
}
_S41: Schema = {"type": "array", "maxItems": 1000, "items": _S40}
_S42: Schema = {
    "type": "object",
    "properties": {
        "allowed_delivery_modes": _S30,
        "lookback_hops": _S34,
        "ip_restrictions": _S31,
        "drop_dispositions": _S32,
        "regions": _S33,
        "folder": _S20,
        "integration_id": _S22,
        "require_tls_inbound": _S26,
        "require_tls_outbound": _S26,
        "transport": _S13,
        "id": _S7,
    },
    "required": ["allowed_delivery_modes", "ip_restrictions", "drop_dispositions", "regions", "id"],
}
_S43: Schema = {"type": "array", "maxItems": 1000, "items": _S42}
_S44: Schema = {"type": "array", "maxItems": 1000, "items": _S35}
_S45: Schema = {
    "type": "object",
    "required": ["deletes", "patches", "puts", "posts"],
    "properties": {"deletes": _S38, "patches": _S41, "puts": _S43, "posts": _S44},
}
_S46: Schema = {
    "type": "object",
    "required": ["deletes", "patches", "puts", "posts"],
    "properties": {"deletes": _S37, "patches": _S29, "puts": _S29, "posts": _S29},
}
_S47: Schema = {
    "type": "object",
    "required": ["allowed_delivery_modes", "ip_restrictions", "drop_dispositions", "regions"],
    "properties": {
        "allowed_delivery_modes": _S30,
        "lookback_hops": _S34,
        "ip_restrictions": _S31,
        "drop_dispositions": _S32,
        "regions": _S33,
        "folder": _S20,
        "integration_id": _S22,
        "require_tls_inbound": _S26,
        "require_tls_outbound": _S26,
        "transport": _S13,
    },
}
_S48: Schema = {
    "type": "object",
    "properties": {
        "allowed_delivery_modes": _S11,
        "drop_dispositions": _S17,
        "folder": _S20,
        "integration_id": _S22,
        "ip_restrictions": _S6,
        "lookback_hops": _S39,
        "regions": _S25,
        "require_tls_inbound": _S12,
        "require_tls_outbound": _S12,
        "transport": _S2,
    },
}
_S49: Schema = {"type": "string", "format": "date-time", "nullable": True}
_S50: Schema = {
    "type": "object",
    "required": ["status", "txt_record_name", "txt_record_value", "last_checked_at"],
    "properties": {"status": _S8, "txt_record_name": _S2, "txt_record_value": _S2, "last_checked_at": _S49},
}

DETAILS: dict[str, DetailRow] = {
    "list": {
        "params": (
            ("page", "page", "query", False, False, "The page number of paginated results.", _S0, None),
            (
                "per_page",
                "per_page",
                "query",
                False,
                False,
                "The number of results per page; the API allows at most 1000.",
                _S1,
                None,
            ),
            (
                "search",
                "search",
                "query",
                False,
                False,
                "Searches several properties of a record at once. Its behavior may change: it is meant for people, not automation; prefer the specific filters in tools.",
                _S2,
                None,
            ),
            ("order", "order", "query", False, False, "The field to sort by.", _S3, None),
            ("direction", "direction", "query", False, False, "The sorting direction.", _S4, None),
            (
                "allowed_delivery_mode",
                "allowed_delivery_mode",
                "query",
                False,
                False,
                "Only domains that allow this delivery mode.",
                _S5,
                None,
            ),
            (
                "domain",
                "domain",
                "query",
                False,
                False,
                "Only these domain names; repeat the parameter for several (`?domain=a&domain=b`).",
                _S6,
                None,
            ),
            (
                "active_delivery_mode",
                "active_delivery_mode",
                "query",
                False,
                False,
                "Only domains whose currently active delivery mode is this one.",
                _S5,
                None,
            ),
            (
                "integration_id",
                "integration_id",
                "query",
                False,
                False,
                "Only domains authorized by this CASB integration.",
                _S7,
                None,
            ),
            (
                "status",
                "status",
                "query",
                False,
                False,
                "Only domains in this verification status.",
                _S8,
                None,
            ),
        ),
        "fields": (),
        "body": None,
        "result": _S29,
        "cli": {},
        "no_content": "",
    },
    "create": {
        "params": (
            ("domain", "domain", "body", True, False, "The email domain to protect.", _S2, None),
            (
                "allowed_delivery_modes",
                "allowed_delivery_modes",
                "body",
                True,
                False,
                "Delivery modes to onboard the domain through.",
                _S30,
                None,
            ),
            (
                "ip_restrictions",
                "ip_restrictions",
                "body",
                True,
                False,
                "Source IP ranges mail is accepted from; any other source is rejected.",
                _S31,
                None,
            ),
            (
                "drop_dispositions",
                "drop_dispositions",
                "body",
                True,
                False,
                "Dispositions to drop instead of delivering.",
                _S32,
                None,
            ),
            (
                "regions",
                "regions",
                "body",
                True,
                False,
                "Regions that process the domain's mail.",
                _S33,
                None,
            ),
            (
                "folder",
                "folder",
                "body",
                False,
                False,
                "The mailbox folder to scan, for API-scanning domains.",
                _S20,
                None,
            ),
            (
                "integration_id",
                "integration_id",
                "body",
                False,
                False,
                "The CASB integration that authorizes the domain (and enables API scanning and directory sync).",
                _S22,
                None,
            ),
            (
                "lookback_hops",
                "lookback_hops",
                "body",
                False,
                False,
                "How many Received hops to trace back when reconstructing the original message.",
                _S34,
                None,
            ),
            ("require_tls_inbound", "require_tls_inbound", "body", False, False, "", _S26, None),
            ("require_tls_outbound", "require_tls_outbound", "body", False, False, "", _S26, None),
            (
                "transport",
                "transport",
                "body",
                False,
                False,
                "The mail transport host Cloudflare delivers to (MX/Inline delivery).",
                _S13,
                None,
            ),
        ),
        "fields": (),
        "body": _S35,
        "result": _S28,
        "cli": {},
        "no_content": "",
    },
    "bulk_delete": {
        "params": (("domains", "domains", "body-array", True, False, "", _S37, None),),
        "fields": (),
        "body": _S37,
        "result": _S37,
        "cli": {},
        "no_content": "",
    },
    "batch": {
        "params": (
            ("deletes", "deletes", "body", False, False, "", _S38, None),
            ("patches", "patches", "body", False, False, "", _S41, None),
            ("puts", "puts", "body", False, False, "", _S43, None),
            ("posts", "posts", "body", False, False, "", _S44, None),
        ),
        "fields": (),
        "body": _S45,
        "result": _S46,
        "cli": {},
        "no_content": "",
    },
    "get": {
        "params": (("domain_id", "domain_id", "path", True, False, "The id of the domain.", _S7, None),),
        "fields": (),
        "body": None,
        "result": _S28,
        "cli": {},
        "no_content": "",
    },
    "replace": {
        "params": (
            ("domain_id", "domain_id", "path", True, False, "The id of the domain.", _S7, None),
            (
                "allowed_delivery_modes",
                "allowed_delivery_modes",
                "body",
                True,
                False,
                "Delivery modes to onboard the domain through.",
                _S30,
                None,
            ),
            (
                "lookback_hops",
                "lookback_hops",
                "body",
                False,
                False,
                "How many Received hops to trace back when reconstructing the original message.",
                _S34,
                None,
            ),
            (
                "ip_restrictions",
                "ip_restrictions",
                "body",
                True,
                False,
                "Source IP ranges mail is accepted from; any other source is rejected.",
                _S31,
                None,
            ),
            (
                "drop_dispositions",
                "drop_dispositions",
                "body",
                True,
                False,
                "Dispositions to drop instead of delivering.",
                _S32,
                None,
            ),
            (
                "regions",
                "regions",
                "body",
                True,
                False,
                "Regions that process the domain's mail.",
                _S33,
                None,
            ),
            (
                "folder",
                "folder",
                "body",
                False,
                False,
                "The mailbox folder to scan, for API-scanning domains.",
                _S20,
                None,
            ),
            (
                "integration_id",
                "integration_id",
                "body",
                False,
                False,
                "The CASB integration that authorizes the domain.",
                _S22,
                None,
            ),
            ("require_tls_inbound", "require_tls_inbound", "body", False, False, "", _S26, None),
            ("require_tls_outbound", "require_tls_outbound", "body", False, False, "", _S26, None),
            (
                "transport",
                "transport",
                "body",
                False,
                False,
                "The mail transport host Cloudflare delivers to (MX/Inline delivery).",
                _S13,
                None,
            ),
        ),
        "fields": (),
        "body": _S47,
        "result": _S28,
        "cli": {},
        "no_content": "",
    },
    "update": {
        "params": (
            ("domain_id", "domain_id", "path", True, False, "The id of the domain.", _S7, None),
            (
                "allowed_delivery_modes",
                "allowed_delivery_modes",
                "body",
                False,
                False,
                "Delivery modes to onboard the domain through.",
                _S11,
                None,
            ),
            (
                "drop_dispositions",
                "drop_dispositions",
                "body",
                False,
                False,
                "Dispositions to drop instead of delivering.",
                _S17,
                None,
            ),
            (
                "folder",
                "folder",
                "body",
                False,
                False,
                "The mailbox folder to scan, for API-scanning domains.",
                _S20,
                None,
            ),
            (
                "integration_id",
                "integration_id",
                "body",
                False,
                False,
                "The CASB integration that authorizes the domain; null detaches it.",
                _S22,
                None,
            ),
            (
                "ip_restrictions",
                "ip_restrictions",
                "body",
                False,
                False,
                "Source IP ranges mail is accepted from; any other source is rejected.",
                _S6,
                None,
            ),
            (
                "lookback_hops",
                "lookback_hops",
                "body",
                False,
                False,
                "How many Received hops to trace back when reconstructing the original message.",
                _S39,
                None,
            ),
            (
                "regions",
                "regions",
                "body",
                False,
                False,
                "Regions that process the domain's mail.",
                _S25,
                None,
            ),
            ("require_tls_inbound", "require_tls_inbound", "body", False, False, "", _S12, None),
            ("require_tls_outbound", "require_tls_outbound", "body", False, False, "", _S12, None),
            (
                "transport",
                "transport",
                "body",
                False,
                False,
                "The mail transport host Cloudflare delivers to (MX/Inline delivery).",
                _S2,
                None,
            ),
        ),
        "fields": (),
        "body": _S48,
        "result": _S28,
        "cli": {},
        "no_content": "",
    },
    "delete": {
        "params": (("domain_id", "domain_id", "path", True, False, "The id of the domain.", _S7, None),),
        "fields": (),
        "body": None,
        "result": _S36,
        "cli": {},
        "no_content": "",
    },
    "get_verification": {
        "params": (("domain_id", "domain_id", "path", True, False, "The id of the domain.", _S7, None),),
        "fields": (),
        "body": None,
        "result": _S50,
        "cli": {},
        "no_content": "The domain is verified by other means; no TXT record is needed.",
    },
}
