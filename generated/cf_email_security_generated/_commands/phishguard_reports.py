"""What the commands of phishguard_reports take, by method: see `cf_email_security_generated.commands`.

Schemas used more than once are held once (`_S<n>`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..commands import DetailRow, Schema

_S0: Schema = {"type": "integer", "format": "int32", "minimum": 1}
_S1: Schema = {"type": "integer", "format": "int32", "minimum": 1, "maximum": 1000}
_S2: Schema = {"type": "string", "format": "date-time"}
_S3: Schema = {"type": "string", "format": "date"}
_S4: Schema = {"type": "integer", "format": "int64"}
_S5: Schema = {"type": "string"}
_S6: Schema = {
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
_S7: Schema = {"type": "array", "items": _S5}
_S8: Schema = {"type": "string", "nullable": True}
_S9: Schema = {
    "type": "string",
    "format": "date-time",
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": None, "use": "occurred_at"},
}
_S10: Schema = {
    "type": "object",
    "required": ["to"],
    "properties": {"to": _S7, "from": _S8, "occurred_at": _S2, "postfix_id": _S8, "ts": _S9},
}
_S11: Schema = {
    "type": "object",
    "required": ["category", "value"],
    "properties": {"category": _S5, "value": _S5},
}
_S12: Schema = {"type": "array", "nullable": True, "items": _S11}
_S13: Schema = {"type": "string", "format": "date-time", "nullable": True}
_S14: Schema = {
    "type": "string",
    "format": "date-time",
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": None, "use": "created_at"},
}
_S15: Schema = {
    "type": "object",
    "required": ["id", "title", "content", "priority", "disposition", "fields"],
    "properties": {
        "id": _S4,
        "title": _S5,
        "content": _S5,
        "priority": _S5,
        "disposition": _S6,
        "fields": _S10,
        "tags": _S12,
        "created_at": _S13,
        "updated_at": _S13,
        "ts": _S14,
    },
}
_S16: Schema = {"type": "array", "items": _S15}

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
                "start",
                "start",
                "query",
                False,
                False,
                "The start of the time range; wins over `from_date`.",
                _S2,
                None,
            ),
            (
                "end",
                "end",
                "query",
                False,
                False,
                "The end of the time range; wins over `to_date`.",
                _S2,
                None,
            ),
            (
                "from_date",
                "from_date",
                "query",
                False,
                True,
                "Deprecated; use `start`. The first day of the range.",
                _S3,
                None,
            ),
            (
                "to_date",
                "to_date",
                "query",
                False,
                True,
                "Deprecated; use `end`. The last day of the range.",
                _S3,
                None,
            ),
        ),
        "fields": (),
        "body": None,
        "result": _S16,
        "cli": {"aliases": {"since": "start", "until": "end"}},
        "no_content": "",
    },
}
