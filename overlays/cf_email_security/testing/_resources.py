"""The six resources as the fake knows them: which operations each has, its body rules and list filters."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._rules import ENTRY_ID, Body, Field

Entry = dict[str, Any]

PATTERN_TYPES = ("EMAIL", "DOMAIN", "IP", "UNKNOWN")
DELIVERY_MODES = ("DIRECT", "BCC", "JOURNAL", "API", "RETRO_SCAN")
DISPOSITIONS = (
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
)
FOLDERS = ("AllItems", "Inbox")
REGIONS = ("GLOBAL", "AU", "DE", "IN", "US")
PROVENANCES = ("A1S_INTERNAL", "SNOOPY-CASB_OFFICE_365", "SNOOPY-OFFICE_365", "SNOOPY-GOOGLE_DIRECTORY")

BOOL = Field("bool", required=True)
PATTERN = Field("str", required=True, min_length=1, max_length=1024)
PATTERN_TYPE = Field("enum", required=True, choices=PATTERN_TYPES)
COMMENTS = Field("str", nullable=True, max_length=1024)


@dataclass(frozen=True)
class Filter:
    """A list query parameter: how its text is read and how it selects entries.

    `kind` is "bool", "enum", "str" or "uuid"; `match` is "eq" (the entry's field equals the value),
    "member" (the value is in the entry's list field) or "any" (repeatable; the field equals one value).
    """

    field: str
    kind: str = "str"
    match: str = "eq"
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Resource:
    name: str
    create: Body | None = None
    update: Body | None = None
    batch_arrays: tuple[str, ...] = ()
    listable: bool = True
    single: bool = True  # get, patch and delete by id
    bulk_delete: bool = False
    filters: Mapping[str, Filter] = field(default_factory=dict)
    orders: tuple[str, ...] = ()
    search_fields: tuple[str, ...] = ()
    created_defaults: Mapping[str, Any] = field(default_factory=dict)
    derive: Callable[[Entry], None] | None = None  # fills fields computed from others
    hidden: tuple[str, ...] = ()  # kept for filtering, never sent
    create_many: bool = False  # create also takes an array and answers with one

    def body(self, kind: str) -> Body:
        """The rules for one body: "create", "update", "put" (create plus id) or "patch" (update plus id)."""
        base = self.create if kind in ("create", "put") else self.update
        assert base is not None, f"{self.name} has no {kind} body"
        if kind in ("put", "patch"):
            return {**base, "id": ENTRY_ID}
        return base


def _update(create: Body, *, nullable: bool) -> Body:
    """The update body of a resource: its create fields, none required, all nullable or none."""
    return {name: rule.optional(nullable=nullable) for name, rule in create.items()}


def _mirror_deprecated_flags(entry: Entry) -> None:
    """The deprecated allow-policy flags report the fields that replaced them."""
    entry["is_sender"] = entry["is_trusted_sender"]
    entry["is_recipient"] = entry["is_exempt_recipient"]
    entry["is_spoof"] = entry["is_acceptable_sender"]


_ALLOW_CREATE: Body = {
    "comments": COMMENTS,
    "is_acceptable_sender": BOOL,
    "is_exempt_recipient": BOOL,
    "is_regex": BOOL,
    "is_trusted_sender": BOOL,
    "pattern": PATTERN,
    "pattern_type": PATTERN_TYPE,
    "verify_sender": BOOL,
}
_ALLOW_DEPRECATED: Body = {name: Field("bool") for name in ("is_recipient", "is_sender", "is_spoof")}
_BLOCKED_CREATE: Body = {
    "comments": COMMENTS,
    "is_regex": BOOL,
    "pattern": PATTERN,
    "pattern_type": PATTERN_TYPE,
}
_TRUSTED_CREATE: Body = {
    "comments": COMMENTS,
    "is_recent": BOOL,
    "is_regex": BOOL,
    "is_similarity": BOOL,
    "pattern": PATTERN,
}
_DISPLAY_NAME_CREATE: Body = {
    "email": Field("str", required=True),
    "is_email_regex": BOOL,
    "name": Field("str", required=True, max_length=1024),
}
_DOMAIN_UPDATE: Body = {
    "allowed_delivery_modes": Field("enum_list", choices=DELIVERY_MODES),
    "domain": Field("str"),
    "drop_dispositions": Field("enum_list", choices=DISPOSITIONS),
    "folder": Field("enum", choices=FOLDERS),
    "integration_id": Field("str", uuid=True),
    "ip_restrictions": Field("str_list", required=True),
    "lookback_hops": Field("int", minimum=1, maximum=20),
    "regions": Field("enum_list", choices=REGIONS),
    "require_tls_inbound": Field("bool"),
    "require_tls_outbound": Field("bool"),
    "transport": Field("str"),
}
_PATTERN_FILTERS: Mapping[str, Filter] = {
    "pattern_type": Filter("pattern_type", "enum", choices=PATTERN_TYPES),
    "pattern": Filter("pattern"),
}
_FOUR_ARRAYS = ("deletes", "patches", "puts", "posts")

RESOURCES: Mapping[str, Resource] = {
    "allow_policies": Resource(
        "allow_policies",
        create={**_ALLOW_CREATE, **_ALLOW_DEPRECATED},
        update=_update(_ALLOW_CREATE, nullable=True),
        batch_arrays=_FOUR_ARRAYS,
        filters={
            **{
                name: Filter(name, "bool")
                for name in (
                    "is_sender",
                    "is_trusted_sender",
                    "is_recipient",
                    "is_exempt_recipient",
                    "is_spoof",
                    "is_acceptable_sender",
                    "verify_sender",
                )
            },
            **_PATTERN_FILTERS,
        },
        orders=("pattern", "created_at"),
        search_fields=("pattern", "comments"),
        derive=_mirror_deprecated_flags,
    ),
    "block_senders": Resource(
        "block_senders",
        create=_BLOCKED_CREATE,
        update=_update(_BLOCKED_CREATE, nullable=True),
        batch_arrays=_FOUR_ARRAYS,
        filters=_PATTERN_FILTERS,
        orders=("pattern", "created_at"),
        search_fields=("pattern", "comments"),
    ),
    "domains": Resource(
        "domains",
        update=_DOMAIN_UPDATE,
        bulk_delete=True,
        filters={
            "allowed_delivery_mode": Filter(
                "allowed_delivery_modes", "enum", match="member", choices=DELIVERY_MODES
            ),
            "active_delivery_mode": Filter("active_delivery_mode", "enum", choices=DELIVERY_MODES),
            "domain": Filter("domain", match="any"),
            "integration_id": Filter("integration_id", "uuid"),
        },
        orders=("domain", "created_at"),
        search_fields=("domain", "transport"),
        hidden=("active_delivery_mode",),
    ),
    "impersonation_registry": Resource(
        "impersonation_registry",
        create=_DISPLAY_NAME_CREATE,
        update=_update(_DISPLAY_NAME_CREATE, nullable=True),
        filters={"provenance": Filter("provenance", "enum", choices=PROVENANCES)},
        orders=("name", "email", "created_at"),
        search_fields=("name", "email"),
        created_defaults={
            "comments": None,
            "directory_id": None,
            "directory_node_id": None,
            "external_directory_node_id": None,
            "provenance": "A1S_INTERNAL",
        },
    ),
    "sending_domain_restrictions": Resource(
        "sending_domain_restrictions", batch_arrays=("deletes",), listable=False, single=False
    ),
    "trusted_domains": Resource(
        "trusted_domains",
        create=_TRUSTED_CREATE,
        update=_update(_TRUSTED_CREATE, nullable=False),
        batch_arrays=_FOUR_ARRAYS,
        filters={
            "is_recent": Filter("is_recent", "bool"),
            "is_similarity": Filter("is_similarity", "bool"),
            "pattern": Filter("pattern"),
        },
        orders=("pattern", "created_at"),
        search_fields=("pattern", "comments"),
        create_many=True,  # upstream (Gen A): oneOf [object, array], "in the shape of the request body"
    ),
}

# Fields a null in an update body clears; for any other field a null leaves the value as it was,
# since the response schemas do not allow null there.
CLEARABLE = frozenset({"comments"})
