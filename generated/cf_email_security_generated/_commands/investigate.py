"""What the commands of investigate take, by method: see `cf_email_security_generated.commands`.

Schemas used more than once are held once (`_S<n>`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..commands import DetailRow, Schema

_S0: Schema = {"type": "string"}
_S1: Schema = {"type": "integer", "format": "int32", "minimum": 1, "maximum": 1000}
_S2: Schema = {"type": "integer", "format": "int32", "minimum": 1}
_S3: Schema = {"type": "string", "format": "date-time"}
_S4: Schema = {
    "type": "string",
    "enum": ["delivered", "moved", "quarantined", "rejected", "deferred", "bounced", "queued", "move_failed"],
}
_S5: Schema = {"type": "string", "enum": ["MALICIOUS", "SUSPICIOUS", "SPOOF", "SPAM", "BULK", "NONE"]}
_S6: Schema = {"type": "string", "enum": ["PREVIEW", "QUARANTINE_RELEASED", "MOVED"]}
_S7: Schema = {"type": "boolean"}
_S8: Schema = {"type": "string", "minLength": 1}
_S9: Schema = {"type": "string", "nullable": True}
_S10: Schema = {"type": "array", "nullable": True, "items": _S0}
_S11: Schema = {"type": "array", "items": _S0}
_S12: Schema = {"type": "string", "format": "date-time", "nullable": True}
_S13: Schema = {
    "type": "string",
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": "2026-11-01", "use": "scanned_at"},
}
_S14: Schema = {
    "type": "string",
    "nullable": True,
    "enum": [
        "DIRECT",
        "BCC",
        "JOURNAL",
        "REVIEW_SUBMISSION",
        "DMARC_UNVERIFIED",
        "DMARC_FAILURE_REPORT",
        "DMARC_AGGREGATE_REPORT",
        "THREAT_INTEL_SUBMISSION",
        "SIMULATION_SUBMISSION",
        "API",
        "RETRO_SCAN",
    ],
}
_S15: Schema = {"type": "array", "nullable": True, "items": _S4}
_S16: Schema = {
    "nullable": True,
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
_S17: Schema = {"type": "number", "nullable": True}
_S18: Schema = {
    "type": "object",
    "properties": {
        "detection": _S16,
        "name": _S9,
        "reason": _S9,
        "detail": _S9,
        "field": _S9,
        "value": _S9,
        "portion": _S9,
        "attachment": _S9,
        "score": _S17,
    },
}
_S19: Schema = {
    "type": "array",
    "nullable": True,
    "deprecated": True,
    "x-deprecation": {
        "since": None,
        "end_of_life": "2026-11-01",
        "use": "email_security_get_message_detections",
    },
    "items": _S18,
}
_S20: Schema = {"type": "string", "enum": ["PREVIEW", "QUARANTINE_RELEASE", "SUBMISSION", "MOVE"]}
_S21: Schema = {"type": "array", "nullable": True, "items": _S20}
_S22: Schema = {
    "type": "string",
    "enum": ["MOVE", "RELEASE", "RECLASSIFY", "SUBMISSION", "QUARANTINE_RELEASE", "PREVIEW"],
}
_S23: Schema = {"type": "object", "properties": {"folder": _S0, "requested_by": _S0}}
_S24: Schema = {
    "type": "string",
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": "2026-11-01", "use": "completed_at"},
}
_S25: Schema = {
    "type": "object",
    "required": ["completed_at", "operation"],
    "properties": {
        "completed_at": _S3,
        "operation": _S22,
        "status": _S9,
        "properties": _S23,
        "completed_timestamp": _S24,
    },
}
_S26: Schema = {
    "type": "array",
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": "2026-11-01"},
    "items": _S25,
}
_S27: Schema = {
    "type": "string",
    "nullable": True,
    "enum": [
        "quarantine_release",
        "acceptable_sender",
        "allowed_sender",
        "allowed_recipient",
        "domain_similarity",
        "domain_recency",
        "managed_acceptable_sender",
        "outbound_ndr",
    ],
}
_S28: Schema = {"type": "boolean", "nullable": True}
_S29: Schema = {
    "type": "object",
    "properties": {
        "allowlisted_pattern": _S9,
        "allowlisted_pattern_type": _S27,
        "whitelisted_pattern_type": _S27,
        "blocklisted_message": _S28,
        "blocklisted_pattern": _S9,
    },
}
_S30: Schema = {"type": "string", "nullable": True, "enum": ["pass", "neutral", "fail", "error", "none"]}
_S31: Schema = {
    "nullable": True,
    "type": "object",
    "properties": {"spf": _S30, "dkim": _S30, "dmarc": _S30, "comment": _S9},
    "required": [],
}
_S32: Schema = {
    "type": "object",
    "x-cli": {
        "columns": ["id", "scanned_at", "from", "to", "final_disposition", "delivery_status", "subject"]
    },
    "required": [
        "id",
        "action_log",
        "client_recipients",
        "detection_reasons",
        "is_phish_submission",
        "is_quarantined",
        "postfix_id",
        "properties",
        "ts",
    ],
    "properties": {
        "id": _S8,
        "postfix_id": _S0,
        "postfix_id_outbound": _S9,
        "alert_id": _S9,
        "message_id": _S9,
        "subject": _S9,
        "from": _S9,
        "from_name": _S9,
        "replyto": _S9,
        "to": _S10,
        "to_name": _S10,
        "envelope_from": _S9,
        "envelope_to": _S10,
        "client_recipients": _S11,
        "scanned_at": _S12,
        "sent_at": _S12,
        "sent_date": _S9,
        "ts": _S13,
        "delivery_mode": _S14,
        "delivery_status": _S15,
        "final_disposition": _S16,
        "detection_reasons": _S11,
        "threat_categories": _S10,
        "findings": _S19,
        "is_quarantined": _S7,
        "is_phish_submission": _S7,
        "post_delivery_operations": _S21,
        "action_log": _S26,
        "properties": _S29,
        "validation": _S31,
        "edf_hash": _S9,
        "htmltext_structure_hash": _S9,
        "smtp_helo_server_ip": _S9,
        "smtp_previous_hop_ip": _S9,
        "x_originating_ip": _S9,
    },
}
_S33: Schema = {"type": "array", "items": _S32}
_S34: Schema = {"type": "array", "nullable": True, "items": _S18}
_S35: Schema = {"type": "integer", "format": "int64"}
_S36: Schema = {"type": "object", "properties": {"id": _S35, "name": _S9, "description": _S9}}
_S37: Schema = {"type": "array", "items": _S36}
_S38: Schema = {
    "type": "object",
    "required": ["size"],
    "properties": {
        "filename": _S9,
        "name": _S9,
        "content_type": _S9,
        "size": _S35,
        "encrypted": _S28,
        "detection": _S16,
        "md5": _S9,
        "sha1": _S9,
        "sha256": _S9,
    },
}
_S39: Schema = {"type": "array", "items": _S38}
_S40: Schema = {"type": "object", "required": ["href"], "properties": {"href": _S0, "text": _S9}}
_S41: Schema = {"type": "array", "items": _S40}
_S42: Schema = {"type": "object", "required": ["name", "value"], "properties": {"name": _S0, "value": _S0}}
_S43: Schema = {"type": "array", "items": _S42}
_S44: Schema = {"type": "integer", "format": "int64", "nullable": True}
_S45: Schema = {
    "type": "object",
    "properties": {"ip": _S9, "as_name": _S9, "as_number": _S44, "geo": _S9, "pld": _S9},
}
_S46: Schema = {"type": "object", "properties": {"spf": _S30, "dkim": _S30, "dmarc": _S30, "comment": _S9}}
_S47: Schema = {
    "type": "object",
    "required": [
        "action",
        "attachments",
        "findings",
        "headers",
        "links",
        "sender_info",
        "threat_categories",
        "validation",
    ],
    "properties": {
        "action": _S0,
        "final_disposition": _S16,
        "findings": _S34,
        "threat_categories": _S37,
        "attachments": _S39,
        "links": _S41,
        "headers": _S43,
        "sender_info": _S45,
        "validation": _S46,
    },
}
_S48: Schema = {"type": "object", "required": ["screenshot"], "properties": {"screenshot": _S0}}
_S49: Schema = {"type": "object", "required": ["raw"], "properties": {"raw": _S0}}
_S50: Schema = {"type": "integer", "format": "int32"}
_S51: Schema = {
    "type": "string",
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": "2026-11-01", "use": "logged_at"},
}
_S52: Schema = {
    "type": "object",
    "properties": {"lineno": _S50, "logged_at": _S12, "message": _S0, "ts": _S51},
}
_S53: Schema = {"type": "array", "nullable": True, "items": _S52}
_S54: Schema = {"type": "object", "properties": {"lines": _S53, "pending": _S28}}
_S55: Schema = {
    "type": "object",
    "required": ["inbound", "outbound"],
    "properties": {"inbound": _S54, "outbound": _S54},
}
_S56: Schema = {"type": "object", "required": ["id"], "properties": {"id": _S8}}
_S57: Schema = {
    "type": "string",
    "enum": ["Inbox", "JunkEmail", "DeletedItems", "RecoverableItemsDeletions", "RecoverableItemsPurges"],
}
_S58: Schema = {
    "type": "string",
    "nullable": True,
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
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": "2026-12-01"},
}
_S59: Schema = {
    "type": "object",
    "required": ["destination"],
    "properties": {"destination": _S57, "expected_disposition": _S58},
}
_S60: Schema = {
    "type": "string",
    "format": "date-time",
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": "2026-11-01", "use": "completed_at"},
}
_S61: Schema = {
    "type": "integer",
    "format": "int32",
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": "2026-11-01"},
}
_S62: Schema = {
    "type": "object",
    "required": ["success"],
    "properties": {
        "success": _S7,
        "status": _S9,
        "operation": _S9,
        "destination": _S9,
        "recipient": _S9,
        "message_id": _S9,
        "completed_at": _S12,
        "completed_timestamp": _S60,
        "item_count": _S61,
    },
}
_S63: Schema = {"type": "array", "items": _S62}
_S64: Schema = {"type": "array", "items": _S8}
_S65: Schema = {
    "type": "array",
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": "2026-11-01", "use": "ids"},
    "items": _S0,
}
_S66: Schema = {
    "type": "object",
    "required": ["ids", "destination"],
    "properties": {"ids": _S64, "destination": _S57, "expected_disposition": _S58, "postfix_ids": _S65},
}
_S67: Schema = {
    "type": "object",
    "required": ["expected_disposition"],
    "properties": {"expected_disposition": _S5, "eml_content": _S0, "escalated_submission_id": _S0},
}
_S68: Schema = {"nullable": True}
_S69: Schema = {"type": "object", "required": ["ids"], "properties": {"ids": _S64}}
_S70: Schema = {
    "type": "string",
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": "2026-11-01", "use": "id"},
}
_S71: Schema = {
    "type": "object",
    "required": ["id"],
    "properties": {"id": _S8, "delivered": _S10, "undelivered": _S10, "failed": _S10, "postfix_id": _S70},
}
_S72: Schema = {"type": "array", "items": _S71}

DETAILS: dict[str, DetailRow] = {
    "list": {
        "params": (
            (
                "cursor",
                "cursor",
                "query",
                False,
                False,
                "Where to continue; the `cursor` of the previous page's result_info. Leave it out for the first page.",
                _S0,
                None,
            ),
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
                "page",
                "page",
                "query",
                False,
                True,
                "Deprecated (end of life 2026-11-01); walk the list with `cursor` instead.",
                _S2,
                None,
            ),
            (
                "query",
                "query",
                "query",
                False,
                False,
                "Space-separated terms matched, case-insensitively, against the sender, recipients, subject, attachment names and hashes, and message id.",
                _S0,
                None,
            ),
            (
                "start",
                "start",
                "query",
                False,
                False,
                "The start of the time range searched; 30 days ago when left out. Not in the future.",
                _S3,
                None,
            ),
            (
                "end",
                "end",
                "query",
                False,
                False,
                "The end of the time range searched; now when left out.",
                _S3,
                None,
            ),
            (
                "sender",
                "sender",
                "query",
                False,
                False,
                "Only messages from this email address or domain.",
                _S0,
                None,
            ),
            (
                "recipient",
                "recipient",
                "query",
                False,
                False,
                "Only messages to this email address or domain.",
                _S0,
                None,
            ),
            (
                "domain",
                "domain",
                "query",
                False,
                False,
                "Only messages that name this domain as the sender's, a recipient's or a link's.",
                _S0,
                None,
            ),
            (
                "subject",
                "subject",
                "query",
                False,
                False,
                "Only messages whose subject holds these words, in any order.",
                _S0,
                None,
            ),
            (
                "message_id",
                "message_id",
                "query",
                False,
                False,
                "Only the message with this RFC 5322 Message-ID header.",
                _S0,
                None,
            ),
            ("alert_id", "alert_id", "query", False, False, "Only messages of this alert.", _S0, None),
            (
                "smtp_helo_ip",
                "smtp_helo_ip",
                "query",
                False,
                False,
                "Only messages whose SMTP HELO server IP address is this one.",
                _S0,
                None,
            ),
            (
                "delivery_status",
                "delivery_status",
                "query",
                False,
                False,
                "Only messages in this delivery status.",
                _S4,
                None,
            ),
            (
                "final_disposition",
                "final_disposition",
                "query",
                False,
                False,
                "Only messages with this final disposition.",
                _S5,
                None,
            ),
            (
                "message_action",
                "message_action",
                "query",
                False,
                False,
                "Only messages on which this action was taken.",
                _S6,
                None,
            ),
            (
                "detections_only",
                "detections_only",
                "query",
                False,
                False,
                "Only messages with a detection.",
                _S7,
                None,
            ),
            ("metric", "metric", "query", False, False, "The metric to aggregate the results by.", _S0, None),
        ),
        "fields": (),
        "body": None,
        "result": _S33,
        "cli": {"aliases": {"since": "start", "until": "end"}},
        "no_content": "",
    },
    "get": {
        "params": (
            (
                "investigate_id",
                "investigate_id",
                "path",
                True,
                False,
                "The id of the message, as `list` returns it.",
                _S8,
                None,
            ),
            (
                "submission",
                "submission",
                "query",
                False,
                False,
                "Look the id up among submissions only (true), or among delivered mail only (false or left out).",
                _S7,
                None,
            ),
        ),
        "fields": (),
        "body": None,
        "result": _S32,
        "cli": {},
        "no_content": "",
    },
    "get_detections": {
        "params": (
            (
                "investigate_id",
                "investigate_id",
                "path",
                True,
                False,
                "The id of the message, as `list` returns it.",
                _S8,
                None,
            ),
        ),
        "fields": (),
        "body": None,
        "result": _S47,
        "cli": {},
        "no_content": "",
    },
    "get_preview": {
        "params": (
            (
                "investigate_id",
                "investigate_id",
                "path",
                True,
                False,
                "The id of the message, as `list` returns it.",
                _S8,
                None,
            ),
        ),
        "fields": (),
        "body": None,
        "result": _S48,
        "cli": {},
        "no_content": "",
    },
    "get_raw": {
        "params": (
            (
                "investigate_id",
                "investigate_id",
                "path",
                True,
                False,
                "The id of the message, as `list` returns it.",
                _S8,
                None,
            ),
        ),
        "fields": (),
        "body": None,
        "result": _S49,
        "cli": {},
        "no_content": "",
    },
    "get_trace": {
        "params": (
            (
                "investigate_id",
                "investigate_id",
                "path",
                True,
                False,
                "The id of the message, as `list` returns it.",
                _S8,
                None,
            ),
        ),
        "fields": (),
        "body": None,
        "result": _S55,
        "cli": {},
        "no_content": "",
    },
    "preview": {
        "params": (
            (
                "id",
                "id",
                "body",
                True,
                False,
                "The id of a message as Email Security's investigation knows it.",
                _S8,
                None,
            ),
        ),
        "fields": (),
        "body": _S56,
        "result": _S48,
        "cli": {},
        "no_content": "",
    },
    "move": {
        "params": (
            (
                "investigate_id",
                "investigate_id",
                "path",
                True,
                False,
                "The id of the message, as `list` returns it.",
                _S8,
                None,
            ),
            (
                "destination",
                "destination",
                "body",
                True,
                False,
                "A mailbox folder messages can be moved to.",
                _S57,
                None,
            ),
            (
                "expected_disposition",
                "expected_disposition",
                "body",
                False,
                True,
                "Deprecated (end of life 2026-12-01); it has no effect.",
                _S58,
                None,
            ),
        ),
        "fields": (),
        "body": _S59,
        "result": _S63,
        "cli": {"aliases": {"to": "destination"}},
        "no_content": "",
    },
    "move_many": {
        "params": (
            ("ids", "ids", "body", True, False, "The ids of the messages to move.", _S64, None),
            (
                "destination",
                "destination",
                "body",
                True,
                False,
                "A mailbox folder messages can be moved to.",
                _S57,
                None,
            ),
            (
                "expected_disposition",
                "expected_disposition",
                "body",
                False,
                True,
                "Deprecated (end of life 2026-12-01); it has no effect.",
                _S58,
                None,
            ),
            (
                "postfix_ids",
                "postfix_ids",
                "body",
                False,
                True,
                "Deprecated (end of life 2026-11-01); use `ids`.",
                _S65,
                None,
            ),
        ),
        "fields": (),
        "body": _S66,
        "result": _S63,
        "cli": {"aliases": {"to": "destination"}, "positional": "ids", "confirm": "ids"},
        "no_content": "",
    },
    "reclassify": {
        "params": (
            (
                "investigate_id",
                "investigate_id",
                "path",
                True,
                False,
                "The id of the message, as `list` returns it.",
                _S8,
                None,
            ),
            (
                "expected_disposition",
                "expected_disposition",
                "body",
                True,
                False,
                "The disposition the message should have.",
                _S5,
                None,
            ),
            (
                "eml_content",
                "eml_content",
                "body",
                False,
                False,
                "The message's .eml source, encoded in base64.",
                _S0,
                None,
            ),
            (
                "escalated_submission_id",
                "escalated_submission_id",
                "body",
                False,
                False,
                "When reclassifying a user report that was escalated, the id of that user's submission.",
                _S0,
                None,
            ),
        ),
        "fields": (),
        "body": _S67,
        "result": _S68,
        "cli": {},
        "no_content": "",
    },
    "release": {
        "params": (("ids", "ids", "body", True, False, "The ids of the messages to release.", _S64, None),),
        "fields": (),
        "body": _S69,
        "result": _S72,
        "cli": {"positional": "ids", "confirm": "ids"},
        "no_content": "",
    },
}
