"""What the commands of submissions take, by method: see `cf_email_security_generated.commands`.

Schemas used more than once are held once (`_S<n>`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..commands import DetailRow, Schema

_S0: Schema = {"type": "integer", "format": "int32", "minimum": 1}
_S1: Schema = {"type": "integer", "format": "int32", "minimum": 1, "maximum": 1000}
_S2: Schema = {"type": "string"}
_S3: Schema = {
    "type": "string",
    "enum": [
        "submission_id",
        "subject",
        "original_disposition",
        "requested_disposition",
        "outcome_disposition",
        "requested_at",
    ],
}
_S4: Schema = {"type": "string", "enum": ["asc", "desc"]}
_S5: Schema = {"type": "string", "format": "date-time"}
_S6: Schema = {"type": "string", "enum": ["TEAM", "USER"]}
_S7: Schema = {"type": "boolean"}
_S8: Schema = {"type": "string", "enum": ["MALICIOUS", "SUSPICIOUS", "SPOOF", "SPAM", "BULK", "NONE"]}
_S9: Schema = {"type": "string", "nullable": True, "enum": ["Team", "User"]}
_S10: Schema = {"type": "string", "nullable": True}
_S11: Schema = {
    "nullable": True,
    "type": "string",
    "enum": ["MALICIOUS", "SUSPICIOUS", "SPOOF", "SPAM", "BULK", "NONE"],
}
_S12: Schema = {"type": "string", "nullable": True, "enum": ["escalated", "reviewed", "unreviewed"]}
_S13: Schema = {"type": "string", "format": "date-time", "nullable": True}
_S14: Schema = {
    "type": "string",
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": None, "use": "requested_at"},
}
_S15: Schema = {
    "type": "object",
    "x-cli": {
        "columns": [
            "submission_id",
            "requested_at",
            "type",
            "subject",
            "requested_disposition",
            "outcome_disposition",
            "status",
        ]
    },
    "required": ["submission_id", "requested_at"],
    "properties": {
        "submission_id": _S2,
        "type": _S9,
        "subject": _S10,
        "requested_at": _S5,
        "requested_by": _S10,
        "requested_disposition": _S11,
        "original_disposition": _S11,
        "outcome_disposition": _S11,
        "outcome": _S10,
        "status": _S10,
        "customer_status": _S12,
        "escalated_as": _S11,
        "escalated_at": _S13,
        "escalated_by": _S10,
        "escalated_submission_id": _S10,
        "original_postfix_id": _S10,
        "original_edf_hash": _S10,
        "requested_ts": _S14,
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
            ("query", "query", "query", False, False, "A term to search the submissions for.", _S2, None),
            ("order", "order", "query", False, False, "The field to sort by.", _S3, None),
            ("direction", "direction", "query", False, False, "The sorting direction.", _S4, None),
            (
                "start",
                "start",
                "query",
                False,
                False,
                "The start of the time range; 30 days ago when left out.",
                _S5,
                None,
            ),
            ("end", "end", "query", False, False, "The end of the time range; now when left out.", _S5, None),
            (
                "submission_id",
                "submission_id",
                "query",
                False,
                False,
                "Only the submission with this id.",
                _S2,
                None,
            ),
            (
                "type",
                "type_",
                "query",
                False,
                False,
                "Only submissions made by the security team (TEAM) or by end users (USER).",
                _S6,
                None,
            ),
            (
                "status",
                "status",
                "query",
                False,
                False,
                "Only submissions in this review status, `escalated`, `reviewed` or `unreviewed`.",
                _S2,
                None,
            ),
            (
                "escalated_from_user",
                "escalated_from_user",
                "query",
                False,
                False,
                "Only submissions an end user escalated (true), or only the others (false); all when left out.",
                _S7,
                None,
            ),
            (
                "original_disposition",
                "original_disposition",
                "query",
                False,
                False,
                "Only submissions of messages that had this disposition.",
                _S8,
                None,
            ),
            (
                "requested_disposition",
                "requested_disposition",
                "query",
                False,
                False,
                "Only submissions that asked for this disposition.",
                _S8,
                None,
            ),
            (
                "outcome_disposition",
                "outcome_disposition",
                "query",
                False,
                False,
                "Only submissions whose outcome was this disposition.",
                _S8,
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
