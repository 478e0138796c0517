"""What the commands of sending_domain_restrictions take, by method: see `cf_email_security_generated.commands`.

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
_S5: Schema = {"type": "string", "format": "uuid"}
_S6: Schema = {"type": "string", "format": "date-time"}
_S7: Schema = {
    "type": "string",
    "format": "date-time",
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": "2026-11-01", "use": "modified_at"},
}
_S8: Schema = {"type": "string", "maxLength": 1024, "nullable": True}
_S9: Schema = {"type": "array", "items": _S2}
_S10: Schema = {
    "type": "object",
    "x-natural-key": ["domain"],
    "required": ["id"],
    "properties": {
        "id": _S5,
        "created_at": _S6,
        "modified_at": _S6,
        "last_modified": _S7,
        "comments": _S8,
        "domain": _S2,
        "exclude": _S9,
    },
}
_S11: Schema = {"type": "array", "items": _S10}
_S12: Schema = {
    "type": "object",
    "required": ["domain", "exclude"],
    "properties": {"comments": _S8, "domain": _S2, "exclude": _S9},
}
_S13: Schema = {"type": "object", "required": ["id"], "properties": {"id": _S5}}
_S14: Schema = {"type": "array", "maxItems": 1000, "items": _S13}
_S15: Schema = {"type": "object", "required": ["deletes"], "properties": {"deletes": _S14}}
_S16: Schema = {"type": "array", "items": _S13}
_S17: Schema = {"type": "object", "required": ["deletes"], "properties": {"deletes": _S16}}
_S18: Schema = {"type": "object", "properties": {"comments": _S8, "domain": _S2, "exclude": _S9}}

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
        ),
        "fields": (),
        "body": None,
        "result": _S11,
        "cli": {},
        "no_content": "",
    },
    "create": {
        "params": (
            ("comments", "comments", "body", False, False, "", _S8, None),
            ("domain", "domain", "body", True, False, "The domain that requires TLS.", _S2, None),
            (
                "exclude",
                "exclude",
                "body",
                True,
                False,
                "Subdomains exempt from the TLS requirement.",
                _S9,
                None,
            ),
        ),
        "fields": (),
        "body": _S12,
        "result": _S10,
        "cli": {},
        "no_content": "",
    },
    "batch": {
        "params": (("deletes", "deletes", "body", False, False, "", _S14, None),),
        "fields": (),
        "body": _S15,
        "result": _S17,
        "cli": {},
        "no_content": "",
    },
    "get": {
        "params": (
            (
                "sending_domain_restriction_id",
                "sending_domain_restriction_id",
                "path",
                True,
                False,
                "The id of the sending domain restriction.",
                _S5,
                None,
            ),
        ),
        "fields": (),
        "body": None,
        "result": _S10,
        "cli": {},
        "no_content": "",
    },
    "update": {
        "params": (
            (
                "sending_domain_restriction_id",
                "sending_domain_restriction_id",
                "path",
                True,
                False,
                "The id of the sending domain restriction.",
                _S5,
                None,
            ),
            ("comments", "comments", "body", False, False, "", _S8, None),
            ("domain", "domain", "body", False, False, "The domain that requires TLS.", _S2, None),
            (
                "exclude",
                "exclude",
                "body",
                False,
                False,
                "Subdomains exempt from the TLS requirement.",
                _S9,
                None,
            ),
        ),
        "fields": (),
        "body": _S18,
        "result": _S10,
        "cli": {},
        "no_content": "",
    },
    "delete": {
        "params": (
            (
                "sending_domain_restriction_id",
                "sending_domain_restriction_id",
                "path",
                True,
                False,
                "The id of the sending domain restriction.",
                _S5,
                None,
            ),
        ),
        "fields": (),
        "body": None,
        "result": _S13,
        "cli": {},
        "no_content": "",
    },
}
