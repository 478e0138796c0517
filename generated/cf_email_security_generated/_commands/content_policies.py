"""What the commands of content_policies take, by method: see `cf_email_security_generated.commands`.

Schemas used more than once are held once (`_S<n>`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..commands import DetailRow, Schema

_S0: Schema = {"type": "integer", "format": "int32", "minimum": 1}
_S1: Schema = {"type": "integer", "format": "int32", "minimum": 1, "maximum": 1000}
_S2: Schema = {"type": "string"}
_S3: Schema = {"type": "string", "enum": ["name", "created_at"]}
_S4: Schema = {"type": "string", "enum": ["asc", "desc"]}
_S5: Schema = {"type": "boolean"}
_S6: Schema = {"type": "string", "format": "uuid"}
_S7: Schema = {"type": "string", "format": "date-time"}
_S8: Schema = {"type": "string", "minLength": 1, "maxLength": 256}
_S9: Schema = {"type": "string", "maxLength": 4096, "nullable": True}
_S10: Schema = {"type": "string", "minLength": 1, "maxLength": 2048}
_S11: Schema = {"type": "string", "enum": ["SUBJECT", "BODY"]}
_S12: Schema = {"type": "array", "items": _S11}
_S13: Schema = {
    "type": "object",
    "x-natural-key": ["name"],
    "required": ["id"],
    "properties": {
        "id": _S6,
        "created_at": _S7,
        "modified_at": _S7,
        "enabled": _S5,
        "name": _S8,
        "notes": _S9,
        "pattern": _S10,
        "targets": _S12,
    },
}
_S14: Schema = {"type": "array", "items": _S13}
_S15: Schema = {
    "type": "object",
    "required": ["enabled", "name", "pattern", "targets"],
    "properties": {"enabled": _S5, "name": _S8, "notes": _S9, "pattern": _S10, "targets": _S12},
}
_S16: Schema = {"type": "object", "required": ["id"], "properties": {"id": _S6}}
_S17: Schema = {"type": "array", "maxItems": 1000, "items": _S16}
_S18: Schema = {
    "type": "object",
    "properties": {"enabled": _S5, "name": _S8, "notes": _S9, "pattern": _S10, "targets": _S12, "id": _S6},
    "required": ["id"],
}
_S19: Schema = {"type": "array", "maxItems": 1000, "items": _S18}
_S20: Schema = {
    "type": "object",
    "properties": {"enabled": _S5, "name": _S8, "notes": _S9, "pattern": _S10, "targets": _S12, "id": _S6},
    "required": ["enabled", "name", "pattern", "targets", "id"],
}
_S21: Schema = {"type": "array", "maxItems": 1000, "items": _S20}
_S22: Schema = {"type": "array", "maxItems": 1000, "items": _S15}
_S23: Schema = {
    "type": "object",
    "required": ["deletes", "patches", "puts", "posts"],
    "properties": {"deletes": _S17, "patches": _S19, "puts": _S21, "posts": _S22},
}
_S24: Schema = {"type": "array", "items": _S16}
_S25: Schema = {
    "type": "object",
    "properties": {"deletes": _S24, "patches": _S14, "puts": _S14, "posts": _S14},
}
_S26: Schema = {
    "type": "object",
    "properties": {"enabled": _S5, "name": _S8, "notes": _S9, "pattern": _S10, "targets": _S12},
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
                "enabled",
                "enabled",
                "query",
                False,
                False,
                "Only enabled (true) or only disabled (false) policies.",
                _S5,
                None,
            ),
            ("name", "name", "query", False, False, "Only the policy with exactly this name.", _S2, None),
        ),
        "fields": (),
        "body": None,
        "result": _S14,
        "cli": {},
        "no_content": "",
    },
    "create": {
        "params": (
            ("enabled", "enabled", "body", True, False, "Whether the policy is active.", _S5, None),
            (
                "name",
                "name",
                "body",
                True,
                False,
                "Human-readable name of the policy; plan/apply identifies policies by it.",
                _S8,
                None,
            ),
            ("notes", "notes", "body", False, False, "Why the policy exists.", _S9, None),
            (
                "pattern",
                "pattern",
                "body",
                True,
                False,
                "The regular expression matched against the targets.",
                _S10,
                None,
            ),
            (
                "targets",
                "targets",
                "body",
                True,
                False,
                "The parts of a message the pattern is matched against.",
                _S12,
                None,
            ),
        ),
        "fields": (),
        "body": _S15,
        "result": _S13,
        "cli": {},
        "no_content": "",
    },
    "batch": {
        "params": (
            ("deletes", "deletes", "body", False, False, "", _S17, None),
            ("patches", "patches", "body", False, False, "", _S19, None),
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
            ("policy_id", "policy_id", "path", True, False, "The id of the content policy.", _S6, None),
        ),
        "fields": (),
        "body": None,
        "result": _S13,
        "cli": {},
        "no_content": "",
    },
    "update": {
        "params": (
            ("policy_id", "policy_id", "path", True, False, "The id of the content policy.", _S6, None),
            ("enabled", "enabled", "body", False, False, "Whether the policy is active.", _S5, None),
            (
                "name",
                "name",
                "body",
                False,
                False,
                "Human-readable name of the policy; plan/apply identifies policies by it.",
                _S8,
                None,
            ),
            ("notes", "notes", "body", False, False, "Why the policy exists.", _S9, None),
            (
                "pattern",
                "pattern",
                "body",
                False,
                False,
                "The regular expression matched against the targets.",
                _S10,
                None,
            ),
            (
                "targets",
                "targets",
                "body",
                False,
                False,
                "The parts of a message the pattern is matched against.",
                _S12,
                None,
            ),
        ),
        "fields": (),
        "body": _S26,
        "result": _S13,
        "cli": {},
        "no_content": "",
    },
    "delete": {
        "params": (
            ("policy_id", "policy_id", "path", True, False, "The id of the content policy.", _S6, None),
        ),
        "fields": (),
        "body": None,
        "result": _S16,
        "cli": {},
        "no_content": "",
    },
}
