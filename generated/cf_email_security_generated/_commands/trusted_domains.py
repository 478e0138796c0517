"""What the commands of trusted_domains take, by method: see `cf_email_security_generated.commands`.

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
_S6: Schema = {"type": "string", "format": "uuid"}
_S7: Schema = {"type": "string", "format": "date-time"}
_S8: Schema = {
    "type": "string",
    "format": "date-time",
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": "2026-11-01", "use": "modified_at"},
}
_S9: Schema = {"type": "string", "maxLength": 1024, "nullable": True}
_S10: Schema = {"type": "string", "minLength": 1, "maxLength": 1024}
_S11: Schema = {
    "type": "object",
    "x-natural-key": ["pattern"],
    "required": ["id"],
    "properties": {
        "id": _S6,
        "created_at": _S7,
        "modified_at": _S7,
        "last_modified": _S8,
        "comments": _S9,
        "is_recent": _S5,
        "is_regex": _S5,
        "is_similarity": _S5,
        "pattern": _S10,
    },
}
_S12: Schema = {"type": "array", "items": _S11}
_S13: Schema = {
    "type": "object",
    "required": ["is_recent", "is_regex", "is_similarity", "pattern"],
    "properties": {"comments": _S9, "is_recent": _S5, "is_regex": _S5, "is_similarity": _S5, "pattern": _S10},
}
_S14: Schema = {"type": "object", "required": ["id"], "properties": {"id": _S6}}
_S15: Schema = {"type": "array", "maxItems": 1000, "items": _S14}
_S16: Schema = {
    "type": "object",
    "properties": {
        "comments": _S9,
        "is_recent": _S5,
        "is_regex": _S5,
        "is_similarity": _S5,
        "pattern": _S10,
        "id": _S6,
    },
    "required": ["id"],
}
_S17: Schema = {"type": "array", "maxItems": 1000, "items": _S16}
_S18: Schema = {
    "type": "object",
    "properties": {
        "comments": _S9,
        "is_recent": _S5,
        "is_regex": _S5,
        "is_similarity": _S5,
        "pattern": _S10,
        "id": _S6,
    },
    "required": ["is_recent", "is_regex", "is_similarity", "pattern", "id"],
}
_S19: Schema = {"type": "array", "maxItems": 1000, "items": _S18}
_S20: Schema = {"type": "array", "maxItems": 1000, "items": _S13}
_S21: Schema = {
    "type": "object",
    "required": ["deletes", "patches", "puts", "posts"],
    "properties": {"deletes": _S15, "patches": _S17, "puts": _S19, "posts": _S20},
}
_S22: Schema = {"type": "array", "items": _S14}
_S23: Schema = {
    "type": "object",
    "properties": {"deletes": _S22, "patches": _S12, "puts": _S12, "posts": _S12},
}
_S24: Schema = {
    "type": "object",
    "properties": {"comments": _S9, "is_recent": _S5, "is_regex": _S5, "is_similarity": _S5, "pattern": _S10},
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
                "is_recent",
                "is_recent",
                "query",
                False,
                False,
                "Only entries that keep recently registered domains from Suspicious or Malicious dispositions.",
                _S5,
                None,
            ),
            (
                "is_similarity",
                "is_similarity",
                "query",
                False,
                False,
                "Only entries that keep look-alike partner domains from Spoof dispositions.",
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
        "result": _S12,
        "cli": {},
        "no_content": "",
    },
    "create": {
        "params": (
            ("comments", "comments", "body", False, False, "", _S9, None),
            (
                "is_recent",
                "is_recent",
                "body",
                True,
                False,
                "Keep recently registered domains from triggering Suspicious or Malicious dispositions.",
                _S5,
                None,
            ),
            ("is_regex", "is_regex", "body", True, False, "", _S5, None),
            (
                "is_similarity",
                "is_similarity",
                "body",
                True,
                False,
                "For partner or other approved domains spelled like your connected domains: keeps them from triggering Spoof dispositions.",
                _S5,
                None,
            ),
            (
                "pattern",
                "pattern",
                "body",
                True,
                False,
                "The domain pattern to trust, e.g. `example.com`.",
                _S10,
                None,
            ),
        ),
        "fields": (),
        "body": _S13,
        "result": _S11,
        "cli": {},
        "no_content": "",
    },
    "batch": {
        "params": (
            ("deletes", "deletes", "body", False, False, "", _S15, None),
            ("patches", "patches", "body", False, False, "", _S17, None),
            ("puts", "puts", "body", False, False, "", _S19, None),
            ("posts", "posts", "body", False, False, "", _S20, None),
        ),
        "fields": (),
        "body": _S21,
        "result": _S23,
        "cli": {},
        "no_content": "",
    },
    "get": {
        "params": (
            (
                "trusted_domain_id",
                "trusted_domain_id",
                "path",
                True,
                False,
                "The id of the trusted domain.",
                _S6,
                None,
            ),
        ),
        "fields": (),
        "body": None,
        "result": _S11,
        "cli": {},
        "no_content": "",
    },
    "update": {
        "params": (
            (
                "trusted_domain_id",
                "trusted_domain_id",
                "path",
                True,
                False,
                "The id of the trusted domain.",
                _S6,
                None,
            ),
            ("comments", "comments", "body", False, False, "", _S9, None),
            (
                "is_recent",
                "is_recent",
                "body",
                False,
                False,
                "Keep recently registered domains from triggering Suspicious or Malicious dispositions.",
                _S5,
                None,
            ),
            ("is_regex", "is_regex", "body", False, False, "", _S5, None),
            (
                "is_similarity",
                "is_similarity",
                "body",
                False,
                False,
                "For partner or other approved domains spelled like your connected domains: keeps them from triggering Spoof dispositions.",
                _S5,
                None,
            ),
            (
                "pattern",
                "pattern",
                "body",
                False,
                False,
                "The domain pattern to trust, e.g. `example.com`.",
                _S10,
                None,
            ),
        ),
        "fields": (),
        "body": _S24,
        "result": _S11,
        "cli": {},
        "no_content": "",
    },
    "delete": {
        "params": (
            (
                "trusted_domain_id",
                "trusted_domain_id",
                "path",
                True,
                False,
                "The id of the trusted domain.",
                _S6,
                None,
            ),
        ),
        "fields": (),
        "body": None,
        "result": _S14,
        "cli": {},
        "no_content": "",
    },
}
