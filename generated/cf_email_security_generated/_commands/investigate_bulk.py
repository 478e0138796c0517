"""What the commands of investigate_bulk take, by method: see `cf_email_security_generated.commands`.

Schemas used more than once are held once (`_S<n>`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..commands import DetailRow, Schema

_S0: Schema = {"type": "integer", "format": "int32", "minimum": 1}
_S1: Schema = {"type": "integer", "format": "int32", "minimum": 1, "maximum": 1000}
_S2: Schema = {"type": "string", "enum": ["MOVE", "RELEASE"]}
_S3: Schema = {
    "type": "string",
    "enum": ["PENDING", "DISCOVERING", "PROCESSING", "COMPLETED", "FAILED", "CANCELLED"],
}
_S4: Schema = {"type": "string", "minLength": 1}
_S5: Schema = {
    "type": "string",
    "enum": ["Inbox", "JunkEmail", "DeletedItems", "RecoverableItemsDeletions", "RecoverableItemsPurges"],
}
_S6: Schema = {
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
_S7: Schema = {
    "type": "object",
    "required": ["type", "destination"],
    "properties": {"type": _S2, "destination": _S5, "expected_disposition": _S6},
}
_S8: Schema = {"type": "object", "required": ["type"], "properties": {"type": _S2}}
_S9: Schema = {"anyOf": [_S7, _S8]}
_S10: Schema = {"type": "string", "nullable": True}
_S11: Schema = {"type": "string", "format": "date-time"}
_S12: Schema = {
    "nullable": True,
    "type": "string",
    "enum": ["delivered", "moved", "quarantined", "rejected", "deferred", "bounced", "queued", "move_failed"],
}
_S13: Schema = {
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
_S14: Schema = {"nullable": True, "type": "string", "enum": ["PREVIEW", "QUARANTINE_RELEASED", "MOVED"]}
_S15: Schema = {"type": "boolean"}
_S16: Schema = {
    "type": "boolean",
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": "2026-11-01"},
}
_S17: Schema = {
    "type": "object",
    "properties": {
        "query": _S10,
        "start": _S11,
        "end": _S11,
        "sender": _S10,
        "recipient": _S10,
        "domain": _S10,
        "subject": _S10,
        "exact_subject": _S10,
        "message_id": _S10,
        "alert_id": _S10,
        "smtp_helo_ip": _S10,
        "delivery_status": _S12,
        "final_disposition": _S13,
        "message_action": _S14,
        "detections_only": _S15,
        "submissions": _S15,
        "metric": _S10,
        "action_log": _S16,
    },
}
_S18: Schema = {"type": "string", "format": "date-time", "nullable": True}
_S19: Schema = {"type": "integer", "format": "int64"}
_S20: Schema = {
    "type": "object",
    "x-cli": {
        "columns": [
            "job_id",
            "status",
            "action_type",
            "created_at",
            "total_messages_discovered",
            "messages_successful",
            "messages_failed",
            "messages_skipped",
            "messages_pending",
        ]
    },
    "required": [
        "job_id",
        "action_type",
        "action_params",
        "search_params",
        "status",
        "created_at",
        "total_messages_discovered",
        "messages_pending",
        "messages_successful",
        "messages_failed",
        "messages_skipped",
        "messages_cancelled",
    ],
    "properties": {
        "job_id": _S4,
        "action_type": _S2,
        "action_params": _S9,
        "search_params": _S17,
        "status": _S3,
        "status_message": _S10,
        "comment": _S10,
        "created_at": _S11,
        "started_at": _S18,
        "completed_at": _S18,
        "total_messages_discovered": _S19,
        "messages_pending": _S19,
        "messages_successful": _S19,
        "messages_failed": _S19,
        "messages_skipped": _S19,
        "messages_cancelled": _S19,
    },
}
_S21: Schema = {"type": "array", "items": _S20}
_S22: Schema = {
    "type": "object",
    "required": ["action", "search_params"],
    "properties": {
        "action": _S2,
        "search_params": _S17,
        "destination": _S5,
        "comment": _S10,
        "expected_disposition": _S6,
    },
}
_S23: Schema = {"type": "object", "required": ["id"], "properties": {"id": _S4}}
_S24: Schema = {
    "type": "string",
    "enum": ["PENDING", "PROCESSING", "COMPLETED", "FAILED", "CANCELLED", "SKIPPED"],
}
_S25: Schema = {"type": "string"}
_S26: Schema = {
    "type": "object",
    "required": ["type", "destination", "client_recipient"],
    "properties": {"type": _S2, "destination": _S5, "client_recipient": _S25, "expected_disposition": _S6},
}
_S27: Schema = {
    "type": "object",
    "required": ["type", "client_recipient"],
    "properties": {"type": _S2, "client_recipient": _S25},
}
_S28: Schema = {"anyOf": [_S26, _S27]}
_S29: Schema = {"type": "integer", "format": "int32"}
_S30: Schema = {"type": "array", "nullable": True, "items": _S25}
_S31: Schema = {"type": "array", "items": _S25}
_S32: Schema = {
    "type": "string",
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": "2026-11-01", "use": "scanned_at"},
}
_S33: Schema = {
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
_S34: Schema = {
    "type": "string",
    "enum": ["delivered", "moved", "quarantined", "rejected", "deferred", "bounced", "queued", "move_failed"],
}
_S35: Schema = {"type": "array", "nullable": True, "items": _S34}
_S36: Schema = {"type": "number", "nullable": True}
_S37: Schema = {
    "type": "object",
    "properties": {
        "detection": _S13,
        "name": _S10,
        "reason": _S10,
        "detail": _S10,
        "field": _S10,
        "value": _S10,
        "portion": _S10,
        "attachment": _S10,
        "score": _S36,
    },
}
_S38: Schema = {
    "type": "array",
    "nullable": True,
    "deprecated": True,
    "x-deprecation": {
        "since": None,
        "end_of_life": "2026-11-01",
        "use": "email_security_get_message_detections",
    },
    "items": _S37,
}
_S39: Schema = {"type": "string", "enum": ["PREVIEW", "QUARANTINE_RELEASE", "SUBMISSION", "MOVE"]}
_S40: Schema = {"type": "array", "nullable": True, "items": _S39}
_S41: Schema = {
    "type": "string",
    "enum": ["MOVE", "RELEASE", "RECLASSIFY", "SUBMISSION", "QUARANTINE_RELEASE", "PREVIEW"],
}
_S42: Schema = {"type": "object", "properties": {"folder": _S25, "requested_by": _S25}}
_S43: Schema = {
    "type": "string",
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": "2026-11-01", "use": "completed_at"},
}
_S44: Schema = {
    "type": "object",
    "required": ["completed_at", "operation"],
    "properties": {
        "completed_at": _S11,
        "operation": _S41,
        "status": _S10,
        "properties": _S42,
        "completed_timestamp": _S43,
    },
}
_S45: Schema = {
    "type": "array",
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": "2026-11-01"},
    "items": _S44,
}
_S46: Schema = {
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
_S47: Schema = {"type": "boolean", "nullable": True}
_S48: Schema = {
    "type": "object",
    "properties": {
        "allowlisted_pattern": _S10,
        "allowlisted_pattern_type": _S46,
        "whitelisted_pattern_type": _S46,
        "blocklisted_message": _S47,
        "blocklisted_pattern": _S10,
    },
}
_S49: Schema = {"type": "string", "nullable": True, "enum": ["pass", "neutral", "fail", "error", "none"]}
_S50: Schema = {
    "nullable": True,
    "type": "object",
    "properties": {"spf": _S49, "dkim": _S49, "dmarc": _S49, "comment": _S10},
    "required": [],
}
_S51: Schema = {
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
        "id": _S4,
        "postfix_id": _S25,
        "postfix_id_outbound": _S10,
        "alert_id": _S10,
        "message_id": _S10,
        "subject": _S10,
        "from": _S10,
        "from_name": _S10,
        "replyto": _S10,
        "to": _S30,
        "to_name": _S30,
        "envelope_from": _S10,
        "envelope_to": _S30,
        "client_recipients": _S31,
        "scanned_at": _S18,
        "sent_at": _S18,
        "sent_date": _S10,
        "ts": _S32,
        "delivery_mode": _S33,
        "delivery_status": _S35,
        "final_disposition": _S13,
        "detection_reasons": _S31,
        "threat_categories": _S30,
        "findings": _S38,
        "is_quarantined": _S15,
        "is_phish_submission": _S15,
        "post_delivery_operations": _S40,
        "action_log": _S45,
        "properties": _S48,
        "validation": _S50,
        "edf_hash": _S10,
        "htmltext_structure_hash": _S10,
        "smtp_helo_server_ip": _S10,
        "smtp_previous_hop_ip": _S10,
        "x_originating_ip": _S10,
    },
}
_S52: Schema = {
    "type": "object",
    "required": [
        "message_id",
        "postfix_id",
        "action_type",
        "action_params",
        "status",
        "retry_count",
        "created_at",
    ],
    "properties": {
        "message_id": _S25,
        "postfix_id": _S25,
        "email_message_id": _S10,
        "alert_id": _S10,
        "action_type": _S2,
        "action_params": _S28,
        "status": _S24,
        "status_message": _S10,
        "retry_count": _S29,
        "retry_after": _S18,
        "created_at": _S11,
        "processed_at": _S18,
        "message": _S51,
    },
}
_S53: Schema = {"type": "array", "items": _S52}

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
                "action_type",
                "action_type",
                "query",
                False,
                False,
                "Only jobs that perform this action.",
                _S2,
                None,
            ),
            ("status", "status", "query", False, False, "Only jobs in this status.", _S3, None),
        ),
        "fields": (),
        "body": None,
        "result": _S21,
        "cli": {},
        "no_content": "",
    },
    "create": {
        "params": (
            (
                "action",
                "action",
                "body",
                True,
                False,
                "What the job does to every message the search matches.",
                _S2,
                None,
            ),
            (
                "search_params",
                "search_params",
                "body",
                True,
                False,
                "The search whose matching messages a bulk job acts on; every field is optional.",
                _S17,
                None,
            ),
            (
                "destination",
                "destination",
                "body",
                False,
                False,
                "Where to move the messages; required when the action is MOVE.",
                _S5,
                None,
            ),
            ("comment", "comment", "body", False, False, "A note on what the job is for.", _S10, None),
            (
                "expected_disposition",
                "expected_disposition",
                "body",
                False,
                True,
                "Deprecated (end of life 2026-12-01); it has no effect.",
                _S6,
                None,
            ),
        ),
        "fields": (
            (
                "query",
                "query",
                "field",
                False,
                False,
                "Space-separated terms, matched case-insensitively.",
                _S10,
                "search_params",
            ),
            (
                "start",
                "start",
                "field",
                False,
                False,
                "The start of the time range searched.",
                _S11,
                "search_params",
            ),
            (
                "end",
                "end",
                "field",
                False,
                False,
                "The end of the time range searched.",
                _S11,
                "search_params",
            ),
            (
                "sender",
                "sender",
                "field",
                False,
                False,
                "Only messages from this email address or domain.",
                _S10,
                "search_params",
            ),
            (
                "recipient",
                "recipient",
                "field",
                False,
                False,
                "Only messages to this email address or domain.",
                _S10,
                "search_params",
            ),
            (
                "domain",
                "domain",
                "field",
                False,
                False,
                "Only messages that name this domain as the sender's, a recipient's or a link's.",
                _S10,
                "search_params",
            ),
            (
                "subject",
                "subject",
                "field",
                False,
                False,
                "Only messages whose subject holds these words, in any order.",
                _S10,
                "search_params",
            ),
            (
                "exact_subject",
                "exact_subject",
                "field",
                False,
                False,
                "Only messages whose subject is exactly this.",
                _S10,
                "search_params",
            ),
            (
                "message_id",
                "message_id",
                "field",
                False,
                False,
                "Only the message with this Message-ID header.",
                _S10,
                "search_params",
            ),
            (
                "alert_id",
                "alert_id",
                "field",
                False,
                False,
                "Only messages of the detection with this alert id.",
                _S10,
                "search_params",
            ),
            (
                "smtp_helo_ip",
                "smtp_helo_ip",
                "field",
                False,
                False,
                "Only messages whose SMTP HELO server IP address is this one.",
                _S10,
                "search_params",
            ),
            (
                "delivery_status",
                "delivery_status",
                "field",
                False,
                False,
                "Where the delivery of a message stands, or null.",
                _S12,
                "search_params",
            ),
            (
                "final_disposition",
                "final_disposition",
                "field",
                False,
                False,
                "The verdict Email Security gave a message, or null.",
                _S13,
                "search_params",
            ),
            (
                "message_action",
                "message_action",
                "field",
                False,
                False,
                "An action taken on a message after delivery, or null.",
                _S14,
                "search_params",
            ),
            (
                "detections_only",
                "detections_only",
                "field",
                False,
                False,
                "Only messages with a detection.",
                _S15,
                "search_params",
            ),
            (
                "submissions",
                "submissions",
                "field",
                False,
                False,
                "Search reclassification submissions instead of the original messages.",
                _S15,
                "search_params",
            ),
            (
                "metric",
                "metric",
                "field",
                False,
                False,
                "The metric to filter the search by.",
                _S10,
                "search_params",
            ),
            (
                "action_log",
                "action_log",
                "field",
                False,
                True,
                "Deprecated (end of life 2026-11-01).",
                _S16,
                "search_params",
            ),
        ),
        "body": _S22,
        "result": _S20,
        "cli": {"aliases": {"to": "destination", "since": "start", "until": "end"}, "confirm": "always"},
        "no_content": "",
    },
    "get": {
        "params": (("job_id", "job_id", "path", True, False, "The id of the bulk job.", _S4, None),),
        "fields": (),
        "body": None,
        "result": _S20,
        "cli": {"progress": {"total": "total_messages_discovered", "left": "messages_pending"}},
        "no_content": "",
    },
    "delete": {
        "params": (("job_id", "job_id", "path", True, False, "The id of the bulk job.", _S4, None),),
        "fields": (),
        "body": None,
        "result": _S23,
        "cli": {},
        "no_content": "",
    },
    "cancel": {
        "params": (("job_id", "job_id", "path", True, False, "The id of the bulk job.", _S4, None),),
        "fields": (),
        "body": None,
        "result": _S20,
        "cli": {},
        "no_content": "",
    },
    "list_messages": {
        "params": (
            ("job_id", "job_id", "path", True, False, "The id of the bulk job.", _S4, None),
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
            ("status", "status", "query", False, False, "Only messages in this status.", _S24, None),
        ),
        "fields": (),
        "body": None,
        "result": _S53,
        "cli": {},
        "no_content": "",
    },
}
