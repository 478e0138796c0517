"""What the commands of impersonation_registry take, by method: see `cf_email_security_generated.commands`.

Schemas used more than once are held once (`_S<n>`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..commands import DetailRow, Schema

_S0: Schema = {"type": "integer", "format": "int32", "minimum": 1}
_S1: Schema = {"type": "integer", "format": "int32", "minimum": 1, "maximum": 1000}
_S2: Schema = {"type": "string"}
_S3: Schema = {"type": "string", "enum": ["name", "email", "created_at"]}
_S4: Schema = {"type": "string", "enum": ["asc", "desc"]}
_S5: Schema = {
    "type": "string",
    "enum": ["A1S_INTERNAL", "SNOOPY-CASB_OFFICE_365", "SNOOPY-OFFICE_365", "SNOOPY-GOOGLE_DIRECTORY"],
}
_S6: Schema = {"type": "string", "format": "uuid"}
_S7: Schema = {"type": "string", "format": "date-time"}
_S8: Schema = {
    "type": "string",
    "format": "date-time",
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": "2026-11-01", "use": "modified_at"},
}
_S9: Schema = {"type": "string", "nullable": True}
_S10: Schema = {"type": "integer", "nullable": True}
_S11: Schema = {
    "type": "string",
    "nullable": True,
    "deprecated": True,
    "x-deprecation": {"since": None, "end_of_life": None},
}
_S12: Schema = {"type": "boolean"}
_S13: Schema = {"type": "string", "maxLength": 1024}
_S14: Schema = {
    "nullable": True,
    "type": "string",
    "enum": ["A1S_INTERNAL", "SNOOPY-CASB_OFFICE_365", "SNOOPY-OFFICE_365", "SNOOPY-GOOGLE_DIRECTORY"],
}
_S15: Schema = {
    "type": "object",
    "x-natural-key": ["email"],
    "required": ["id"],
    "properties": {
        "id": _S6,
        "created_at": _S7,
        "modified_at": _S7,
        "last_modified": _S8,
        "comments": _S9,
        "directory_id": _S10,
        "directory_node_id": _S10,
        "email": _S2,
        "external_directory_node_id": _S11,
        "is_email_regex": _S12,
        "name": _S13,
        "provenance": _S14,
    },
}
_S16: Schema = {"type": "array", "items": _S15}
_S17: Schema = {
    "type": "object",
    "required": ["email", "is_email_regex", "name"],
    "properties": {
        "comments": _S9,
        "directory_id": _S10,
        "directory_node_id": _S10,
        "email": _S2,
        "external_directory_node_id": _S11,
        "is_email_regex": _S12,
        "name": _S13,
        "provenance": _S14,
    },
}
_S18: Schema = {"type": "object", "required": ["id"], "properties": {"id": _S6}}
_S19: Schema = {
    "type": "object",
    "properties": {
        "comments": _S9,
        "directory_id": _S10,
        "directory_node_id": _S10,
        "email": _S2,
        "external_directory_node_id": _S11,
        "is_email_regex": _S12,
        "name": _S13,
        "provenance": _S14,
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
            ("provenance", "provenance", "query", False, False, "Only entries from this source.", _S5, None),
        ),
        "fields": (),
        "body": None,
        "result": _S16,
        "cli": {},
        "no_content": "",
    },
    "create": {
        "params": (
            ("comments", "comments", "body", False, False, "", _S9, None),
            ("directory_id", "directory_id", "body", False, False, "", _S10, None),
            ("directory_node_id", "directory_node_id", "body", False, False, "", _S10, None),
            ("email", "email", "body", True, False, "", _S2, None),
            (
                "external_directory_node_id",
                "external_directory_node_id",
                "body",
                False,
                True,
                "Deprecated, with no replacement named.",
                _S11,
                None,
            ),
            ("is_email_regex", "is_email_regex", "body", True, False, "", _S12, None),
            ("name", "name", "body", True, False, "", _S13, None),
            (
                "provenance",
                "provenance",
                "body",
                False,
                False,
                "Where an impersonation registry entry comes from, or null; the SNOOPY-* values are directory syncs.",
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
    "get": {
        "params": (
            (
                "impersonation_registry_id",
                "impersonation_registry_id",
                "path",
                True,
                False,
                "The id of the impersonation registry entry (formerly `display_name_id`).",
                _S6,
                None,
            ),
        ),
        "fields": (),
        "body": None,
        "result": _S15,
        "cli": {},
        "no_content": "",
    },
    "update": {
        "params": (
            (
                "impersonation_registry_id",
                "impersonation_registry_id",
                "path",
                True,
                False,
                "The id of the impersonation registry entry (formerly `display_name_id`).",
                _S6,
                None,
            ),
            ("comments", "comments", "body", False, False, "", _S9, None),
            ("directory_id", "directory_id", "body", False, False, "", _S10, None),
            ("directory_node_id", "directory_node_id", "body", False, False, "", _S10, None),
            ("email", "email", "body", False, False, "", _S2, None),
            (
                "external_directory_node_id",
                "external_directory_node_id",
                "body",
                False,
                True,
                "Deprecated, with no replacement named.",
                _S11,
                None,
            ),
            ("is_email_regex", "is_email_regex", "body", False, False, "", _S12, None),
            ("name", "name", "body", False, False, "", _S13, None),
            (
                "provenance",
                "provenance",
                "body",
                False,
                False,
                "Where an impersonation registry entry comes from, or null; the SNOOPY-* values are directory syncs.",
                _S14,
                None,
            ),
        ),
        "fields": (),
        "body": _S19,
        "result": _S15,
        "cli": {},
        "no_content": "",
    },
    "delete": {
        "params": (
            (
                "impersonation_registry_id",
                "impersonation_registry_id",
                "path",
                True,
                False,
                "The id of the impersonation registry entry (formerly `display_name_id`).",
                _S6,
                None,
            ),
        ),
        "fields": (),
        "body": None,
        "result": _S18,
        "cli": {},
        "no_content": "",
    },
}
