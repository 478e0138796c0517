"""What the commands of block_senders take, by method: see `cf_email_security_generated.commands`.

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
_S5: Schema = {
    "type": "string",
    "enum": ["EMAIL", "DOMAIN", "IP", "UNKNOWN"],
    "x-sdk-response-only": ["UNKNOWN"],
}
_S6: Schema = {"type": "string", "format": "uuid"}
_S7: Schema = {"type": "string", "format": "date-time"}
_S8: Schema = {
    "type": "string",
    "format": "date-time",
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": "2026-11-01", "use": "modified_at"},
}
_S9: Schema = {"type": "string", "maxLength": 1024, "nullable": True}
_S10: Schema = {"type": "boolean"}
_S11: Schema = {"type": "string", "minLength": 1, "maxLength": 1024}
_S12: Schema = {
    "type": "object",
    "x-natural-key": ["pattern", "pattern_type"],
    "required": ["id"],
    "properties": {
        "id": _S6,
        "created_at": _S7,
        "modified_at": _S7,
        "last_modified": _S8,
        "comments": _S9,
        "is_regex": _S10,
        "pattern": _S11,
        "pattern_type": _S5,
    },
}
_S13: Schema = {"type": "array", "items": _S12}
_S14: Schema = {
    "type": "object",
    "required": ["is_regex", "pattern", "pattern_type"],
    "properties": {"comments": _S9, "is_regex": _S10, "pattern": _S11, "pattern_type": _S5},
}
_S15: Schema = {"type": "object", "required": ["id"], "properties": {"id": _S6}}
_S16: Schema = {"type": "array", "maxItems": 1000, "items": _S15}
_S17: Schema = {
    "type": "object",
    "properties": {"comments": _S9, "is_regex": _S10, "pattern": _S11, "pattern_type": _S5, "id": _S6},
    "required": ["id"],
}
_S18: Schema = {"type": "array", "maxItems": 1000, "items": _S17}
_S19: Schema = {
    "type": "object",
    "properties": {"comments": _S9, "is_regex": _S10, "pattern": _S11, "pattern_type": _S5, "id": _S6},
    "required": ["is_regex", "pattern", "pattern_type", "id"],
}
_S20: Schema = {"type": "array", "maxItems": 1000, "items": _S19}
_S21: Schema = {"type": "array", "maxItems": 1000, "items": _S14}
_S22: Schema = {
    "type": "object",
    "required": ["deletes", "patches", "puts", "posts"],
    "properties": {"deletes": _S16, "patches": _S18, "puts": _S20, "posts": _S21},
}
_S23: Schema = {"type": "array", "items": _S15}
_S24: Schema = {
    "type": "object",
    "properties": {"deletes": _S23, "patches": _S13, "puts": _S13, "posts": _S13},
}
_S25: Schema = {
    "type": "object",
    "properties": {"comments": _S9, "is_regex": _S10, "pattern": _S11, "pattern_type": _S5},
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
                "pattern_type",
                "pattern_type",
                "query",
                False,
                False,
                "Only entries of this pattern type. UNKNOWN is accepted here, to find old entries to fix.",
                _S5,
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
        "result": _S13,
        "cli": {},
        "no_content": "",
    },
    "create": {
        "params": (
            ("comments", "comments", "body", False, False, "", _S9, None),
            ("is_regex", "is_regex", "body", True, False, "", _S10, None),
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
                _S5,
                None,
            ),
        ),
        "fields": (),
        "body": _S14,
        "result": _S12,
        "cli": {},
        "no_content": "",
    },
    "batch": {
        "params": (
            ("deletes", "deletes", "body", False, False, "", _S16, None),
            ("patches", "patches", "body", False, False, "", _S18, None),
            ("puts", "puts", "body", False, False, "", _S20, None),
            ("posts", "posts", "body", False, False, "", _S21, None),
        ),
        "fields": (),
        "body": _S22,
        "result": _S24,
        "cli": {},
        "no_content": "",
    },
    "get": {
        "params": (
            ("pattern_id", "pattern_id", "path", True, False, "The id of the blocked sender.", _S6, None),
        ),
        "fields": (),
        "body": None,
        "result": _S12,
        "cli": {},
        "no_content": "",
    },
    "update": {
        "params": (
            ("pattern_id", "pattern_id", "path", True, False, "The id of the blocked sender.", _S6, None),
            ("comments", "comments", "body", False, False, "", _S9, None),
            ("is_regex", "is_regex", "body", False, False, "", _S10, None),
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
                _S5,
                None,
            ),
        ),
        "fields": (),
        "body": _S25,
        "result": _S12,
        "cli": {},
        "no_content": "",
    },
    "delete": {
        "params": (
            ("pattern_id", "pattern_id", "path", True, False, "The id of the blocked sender.", _S6, None),
        ),
        "fields": (),
        "body": None,
        "result": _S15,
        "cli": {},
        "no_content": "",
    },
}
