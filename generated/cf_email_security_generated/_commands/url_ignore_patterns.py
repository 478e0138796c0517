"""What the commands of url_ignore_patterns take, by method: see `cf_email_security_generated.commands`.

Schemas used more than once are held once (`_S<n>`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..commands import DetailRow, Schema

_S0: Schema = {"type": "integer", "format": "int32", "minimum": 1}
_S1: Schema = {"type": "integer", "format": "int32", "minimum": 1, "maximum": 1000}
_S2: Schema = {"type": "string", "format": "uuid"}
_S3: Schema = {"type": "string", "format": "date-time"}
_S4: Schema = {
    "type": "string",
    "format": "date-time",
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": "2026-11-01", "use": "modified_at"},
}
_S5: Schema = {"type": "string", "maxLength": 1024, "nullable": True}
_S6: Schema = {"type": "string", "minLength": 1, "maxLength": 1024}
_S7: Schema = {
    "type": "object",
    "x-natural-key": ["pattern"],
    "required": ["id", "created_at", "pattern"],
    "properties": {
        "id": _S2,
        "created_at": _S3,
        "modified_at": _S3,
        "last_modified": _S4,
        "comments": _S5,
        "pattern": _S6,
    },
}
_S8: Schema = {"type": "array", "items": _S7}
_S9: Schema = {"type": "object", "required": ["pattern"], "properties": {"comments": _S5, "pattern": _S6}}
_S10: Schema = {"type": "object", "required": ["id"], "properties": {"id": _S2}}
_S11: Schema = {"type": "array", "maxItems": 1000, "items": _S10}
_S12: Schema = {
    "type": "object",
    "required": ["id"],
    "properties": {"id": _S2, "comments": _S5, "pattern": _S6},
}
_S13: Schema = {"type": "array", "maxItems": 1000, "items": _S12}
_S14: Schema = {
    "type": "object",
    "required": ["id", "pattern"],
    "properties": {"id": _S2, "comments": _S5, "pattern": _S6},
}
_S15: Schema = {"type": "array", "maxItems": 1000, "items": _S14}
_S16: Schema = {"type": "array", "maxItems": 1000, "items": _S9}
_S17: Schema = {
    "type": "object",
    "required": ["deletes", "patches", "puts", "posts"],
    "properties": {"deletes": _S11, "patches": _S13, "puts": _S15, "posts": _S16},
}
_S18: Schema = {"type": "array", "items": _S10}
_S19: Schema = {
    "type": "object",
    "required": ["deletes", "patches", "puts", "posts"],
    "properties": {"deletes": _S18, "patches": _S8, "puts": _S8, "posts": _S8},
}
_S20: Schema = {"type": "object", "properties": {"comments": _S5, "pattern": _S6}}

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
        ),
        "fields": (),
        "body": None,
        "result": _S8,
        "cli": {},
        "no_content": "",
    },
    "create": {
        "params": (
            ("comments", "comments", "body", False, False, "Why the URLs are left alone.", _S5, None),
            (
                "pattern",
                "pattern",
                "body",
                True,
                False,
                "A regular expression; URLs matching it are not rewritten.",
                _S6,
                None,
            ),
        ),
        "fields": (),
        "body": _S9,
        "result": _S7,
        "cli": {},
        "no_content": "",
    },
    "batch": {
        "params": (
            ("deletes", "deletes", "body", False, False, "", _S11, None),
            ("patches", "patches", "body", False, False, "", _S13, None),
            ("puts", "puts", "body", False, False, "", _S15, None),
            ("posts", "posts", "body", False, False, "", _S16, None),
        ),
        "fields": (),
        "body": _S17,
        "result": _S19,
        "cli": {},
        "no_content": "",
    },
    "get": {
        "params": (
            ("pattern_id", "pattern_id", "path", True, False, "The id of the URL ignore pattern.", _S2, None),
        ),
        "fields": (),
        "body": None,
        "result": _S7,
        "cli": {},
        "no_content": "",
    },
    "update": {
        "params": (
            ("pattern_id", "pattern_id", "path", True, False, "The id of the URL ignore pattern.", _S2, None),
            ("comments", "comments", "body", False, False, "Why the URLs are left alone.", _S5, None),
            (
                "pattern",
                "pattern",
                "body",
                False,
                False,
                "A regular expression; URLs matching it are not rewritten.",
                _S6,
                None,
            ),
        ),
        "fields": (),
        "body": _S20,
        "result": _S7,
        "cli": {},
        "no_content": "",
    },
    "delete": {
        "params": (
            ("pattern_id", "pattern_id", "path", True, False, "The id of the URL ignore pattern.", _S2, None),
        ),
        "fields": (),
        "body": None,
        "result": _S10,
        "cli": {},
        "no_content": "",
    },
}
