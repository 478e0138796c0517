"""What the commands of allow_policies take, by method: see `cf_email_security_generated.commands`.

Schemas used more than once are held once (`_S<n>`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..commands import DetailRow, Schema

_S0: Schema = {"type": "integer", "format": "int32", "minimum": 1}
_S1: Schema = {"type": "integer", "format": "int32", "minimum": 1, "maximum": 1000}
_S2: Schema = {"type": "string"}
_S3: Schema = {"type": "string", "enum": ["pattern", "created_at"]}
_S4: Schema = {"type": "string", "enum": ["asc", "desc"]}
_S5: Schema = {"type": "boolean"}
_S6: Schema = {
    "type": "string",
    "enum": ["EMAIL", "DOMAIN", "IP", "UNKNOWN"],
    "x-sdk-response-only": ["UNKNOWN"],
}
_S7: Schema = {"type": "string", "format": "uuid"}
_S8: Schema = {"type": "string", "format": "date-time"}
_S9: Schema = {
    "type": "string",
    "format": "date-time",
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": "2026-11-01", "use": "modified_at"},
}
_S10: Schema = {"type": "string", "maxLength": 1024, "nullable": True}
_S11: Schema = {"type": "string", "minLength": 1, "maxLength": 1024}
_S12: Schema = {
    "type": "boolean",
    "deprecated": True,
    "x-deprecation": {"since": "2025-07-01", "end_of_life": "2026-07-01", "use": "is_exempt_recipient"},
}
_S13: Schema = {
    "type": "boolean",
    "deprecated": True,
    "x-deprecation": {"since": "2025-07-01", "end_of_life": "2026-07-01", "use": "is_trusted_sender"},
}
_S14: Schema = {
    "type": "boolean",
    "deprecated": True,
    "x-deprecation": {"since": "2025-07-01", "end_of_life": "2026-07-01", "use": "is_acceptable_sender"},
}
_S15: Schema = {
    "type": "object",
    "x-natural-key": ["pattern", "pattern_type"],
    "required": ["id", "created_at", "last_modified"],
    "properties": {
        "id": _S7,
        "created_at": _S8,
        "modified_at": _S8,
        "last_modified": _S9,
        "comments": _S10,
        "is_acceptable_sender": _S5,
        "is_exempt_recipient": _S5,
        "is_regex": _S5,
        "is_trusted_sender": _S5,
        "pattern": _S11,
        "pattern_type": _S6,
        "verify_sender": _S5,
        "is_recipient": _S12,
        "is_sender": _S13,
        "is_spoof": _S14,
    },
}
_S16: Schema = {"type": "array", "items": _S15}
_S17: Schema = {
    "type": "object",
    "required": [
        "is_acceptable_sender",
        "is_exempt_recipient",
        "is_regex",
        "is_trusted_sender",
        "pattern",
        "pattern_type",
        "verify_sender",
    ],
    "properties": {
        "comments": _S10,
        "is_acceptable_sender": _S5,
        "is_exempt_recipient": _S5,
        "is_regex": _S5,
        "is_trusted_sender": _S5,
        "pattern": _S11,
        "pattern_type": _S6,
        "verify_sender": _S5,
        "is_recipient": _S12,
        "is_sender": _S13,
        "is_spoof": _S14,
    },
}
_S18: Schema = {"type": "object", "required": ["id"], "properties": {"id": _S7}}
_S19: Schema = {"type": "array", "maxItems": 1000, "items": _S18}
_S20: Schema = {
    "type": "object",
    "properties": {
        "comments": _S10,
        "is_acceptable_sender": _S5,
        "is_exempt_recipient": _S5,
        "is_regex": _S5,
        "is_trusted_sender": _S5,
        "pattern": _S11,
        "pattern_type": _S6,
        "verify_sender": _S5,
        "is_recipient": _S12,
        "is_sender": _S13,
        "is_spoof": _S14,
        "id": _S7,
    },
    "required": ["id"],
}
_S21: Schema = {"type": "array", "maxItems": 1000, "items": _S20}
_S22: Schema = {"type": "array", "maxItems": 1000, "items": _S17}
_S23: Schema = {
    "type": "object",
    "required": ["deletes", "patches", "puts", "posts"],
    "properties": {"deletes": _S19, "patches": _S21, "puts": _S21, "posts": _S22},
}
_S24: Schema = {"type": "array", "items": _S18}
_S25: Schema = {
    "type": "object",
    "properties": {"deletes": _S24, "patches": _S16, "puts": _S16, "posts": _S16},
}
_S26: Schema = {
    "type": "object",
    "properties": {
        "comments": _S10,
        "is_acceptable_sender": _S5,
        "is_exempt_recipient": _S5,
        "is_regex": _S5,
        "is_trusted_sender": _S5,
        "pattern": _S11,
        "pattern_type": _S6,
        "verify_sender": _S5,
        "is_recipient": _S12,
        "is_sender": _S13,
        "is_spoof": _S14,
    },
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
                "is_exempt_recipient",
                "is_exempt_recipient",
                "query",
                False,
                False,
                "Only policies whose recipient bypasses all detections.",
                _S5,
                None,
            ),
            (
                "is_trusted_sender",
                "is_trusted_sender",
                "query",
                False,
                False,
                "Only policies whose sender bypasses all detections and link following.",
                _S5,
                None,
            ),
            (
                "is_acceptable_sender",
                "is_acceptable_sender",
                "query",
                False,
                False,
                "Only policies whose sender is exempt from Spam, Spoof and Bulk dispositions.",
                _S5,
                None,
            ),
            (
                "verify_sender",
                "verify_sender",
                "query",
                False,
                False,
                "Only policies that require DMARC, SPF or DKIM authentication.",
                _S5,
                None,
            ),
            (
                "pattern_type",
                "pattern_type",
                "query",
                False,
                False,
                "Only entries of this pattern type. UNKNOWN is accepted here, to find old entries to fix.",
                _S6,
                None,
            ),
            (
                "pattern",
                "pattern",
                "query",
                False,
                False,
                "Only entries with exactly this pattern.",
                _S2,
                None,
            ),
        ),
        "fields": (),
        "body": None,
        "result": _S16,
        "cli": {},
        "no_content": "",
    },
    "create": {
        "params": (
            ("comments", "comments", "body", False, False, "", _S10, None),
            (
                "is_acceptable_sender",
                "is_acceptable_sender",
                "body",
                True,
                False,
                "Exempt mail from this sender from Spam, Spoof and Bulk dispositions (not from Malicious or Suspicious).",
                _S5,
                None,
            ),
            (
                "is_exempt_recipient",
                "is_exempt_recipient",
                "body",
                True,
                False,
                "Let mail to this recipient bypass all detections.",
                _S5,
                None,
            ),
            ("is_regex", "is_regex", "body", True, False, "", _S5, None),
            (
                "is_trusted_sender",
                "is_trusted_sender",
                "body",
                True,
                False,
                "Let mail from this sender bypass all detections and link following.",
                _S5,
                None,
            ),
            (
                "pattern",
                "pattern",
                "body",
                True,
                False,
                "The value to match; unless `is_regex`, its form depends on `pattern_type`: an email address (EMAIL), a domain name (DOMAIN), or a globally reachable address or CIDR block (IP).",
                _S11,
                None,
            ),
            (
                "pattern_type",
                "pattern_type",
                "body",
                True,
                False,
                "What a pattern matches, and so the form the pattern must have unless it is a regular\nexpression (`is_regex`). EMAIL: an email address; DOMAIN: a domain name; IP: a globally\nreachable IPv4 or IPv6 address or CIDR block (private, unique-local, loopback, link-local,\nunspecified and broadcast addresses are refused, and so are their IPv4-mapped IPv6 forms).\nUNKNOWN is deprecated: old entries may carry it and filters accept it, but create and update\nrefuse it.",
                _S6,
                None,
            ),
            (
                "verify_sender",
                "verify_sender",
                "body",
                True,
                False,
                "Honor the policy only for mail that passes DMARC, SPF or DKIM.",
                _S5,
                None,
            ),
            (
                "is_recipient",
                "is_recipient",
                "body",
                False,
                True,
                "Deprecated; maps to `is_exempt_recipient`. Still accepted, but past its end of life (2026-07-01): send `is_exempt_recipient`.",
                _S12,
                None,
            ),
            (
                "is_sender",
                "is_sender",
                "body",
                False,
                True,
                "Deprecated; maps to `is_trusted_sender`. Still accepted, but past its end of life (2026-07-01): send `is_trusted_sender`.",
                _S13,
                None,
            ),
            (
                "is_spoof",
                "is_spoof",
                "body",
                False,
                True,
                "Deprecated; maps to `is_acceptable_sender`. Still accepted, but past its end of life (2026-07-01): send `is_acceptable_sender`.",
                _S14,
                None,
            ),
        ),
        "fields": (),
        "body": _S17,
        "result": _S15,
        "cli": {},
        "no_content": "",
    },
    "batch": {
        "params": (
            ("deletes", "deletes", "body", False, False, "", _S19, None),
            ("patches", "patches", "body", False, False, "", _S21, None),
            ("puts", "puts", "body", False, False, "", _S21, None),
            ("posts", "posts", "body", False, False, "", _S22, None),
        ),
        "fields": (),
        "body": _S23,
        "result": _S25,
        "cli": {},
        "no_content": "",
    },
    "get": {
        "params": (
            ("policy_id", "policy_id", "path", True, False, "The id of the allow policy.", _S7, None),
        ),
        "fields": (),
        "body": None,
        "result": _S15,
        "cli": {},
        "no_content": "",
    },
    "update": {
        "params": (
            ("policy_id", "policy_id", "path", True, False, "The id of the allow policy.", _S7, None),
            ("comments", "comments", "body", False, False, "", _S10, None),
            (
                "is_acceptable_sender",
                "is_acceptable_sender",
                "body",
                False,
                False,
                "Exempt mail from this sender from Spam, Spoof and Bulk dispositions (not from Malicious or Suspicious).",
                _S5,
                None,
            ),
            (
                "is_exempt_recipient",
                "is_exempt_recipient",
                "body",
                False,
                False,
                "Let mail to this recipient bypass all detections.",
                _S5,
                None,
            ),
            ("is_regex", "is_regex", "body", False, False, "", _S5, None),
            (
                "is_trusted_sender",
                "is_trusted_sender",
                "body",
                False,
                False,
                "Let mail from this sender bypass all detections and link following.",
                _S5,
                None,
            ),
            (
                "pattern",
                "pattern",
                "body",
                False,
                False,
                "The value to match; unless `is_regex`, its form depends on `pattern_type`: an email address (EMAIL), a domain name (DOMAIN), or a globally reachable address or CIDR block (IP).",
                _S11,
                None,
            ),
            (
                "pattern_type",
                "pattern_type",
                "body",
                False,
                False,
                "What a pattern matches, and so the form the pattern must have unless it is a regular\nexpression (`is_regex`). EMAIL: an email address; DOMAIN: a domain name; IP: a globally\nreachable IPv4 or IPv6 address or CIDR block (private, unique-local, loopback, link-local,\nunspecified and broadcast addresses are refused, and so are their IPv4-mapped IPv6 forms).\nUNKNOWN is deprecated: old entries may carry it and filters accept it, but create and update\nrefuse it.",
                _S6,
                None,
            ),
            (
                "verify_sender",
                "verify_sender",
                "body",
                False,
                False,
                "Honor the policy only for mail that passes DMARC, SPF or DKIM.",
                _S5,
                None,
            ),
            (
                "is_recipient",
                "is_recipient",
                "body",
                False,
                True,
                "Deprecated; maps to `is_exempt_recipient`. Still accepted, but past its end of life (2026-07-01): send `is_exempt_recipient`.",
                _S12,
                None,
            ),
            (
                "is_sender",
                "is_sender",
                "body",
                False,
                True,
                "Deprecated; maps to `is_trusted_sender`. Still accepted, but past its end of life (2026-07-01): send `is_trusted_sender`.",
                _S13,
                None,
            ),
            (
                "is_spoof",
                "is_spoof",
                "body",
                False,
                True,
                "Deprecated; maps to `is_acceptable_sender`. Still accepted, but past its end of life (2026-07-01): send `is_acceptable_sender`.",
                _S14,
                None,
            ),
        ),
        "fields": (),
        "body": _S26,
        "result": _S15,
        "cli": {},
        "no_content": "",
    },
    "delete": {
        "params": (
            ("policy_id", "policy_id", "path", True, False, "The id of the allow policy.", _S7, None),
        ),
        "fields": (),
        "body": None,
        "result": _S18,
        "cli": {},
        "no_content": "",
    },
}
