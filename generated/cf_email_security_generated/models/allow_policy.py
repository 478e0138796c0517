"""AllowPolicy: An allow policy as the server returns it."""

from __future__ import annotations

import datetime
from typing import Any

from attrs import define, field

from .._model import Model
from .._parsing import (
    MISSING,
    as_bool,
    as_datetime,
    as_object,
    as_str,
    enum_of,
    join,
    maybe,
    required,
)
from .pattern_type import PatternType


@define
class AllowPolicy(Model):
    """An allow policy as the server returns it.
    Upstream requires id, created_at and last_modified; last_modified is optional here because
    it is past its end of life (2026-11-01).

    Attributes:
        id: The unique identifier of an entry, a UUID for every resource since Gen B (Gen A used
            int32; TF 5.20 converted old ints to their decimal strings, so old ids may still
            resolve).
        last_modified: Deprecated: use `modified_at`. Upstream's end of life for it was 2026-11-01, so
            responses may no longer carry it; it is optional everywhere for that reason.
        is_acceptable_sender: Mail from this sender is exempt from Spam, Spoof and Bulk dispositions (not from
            Malicious or Suspicious).
        is_exempt_recipient: Mail to this recipient bypasses all detections.
        is_trusted_sender: Mail from this sender bypasses all detections and link following.
        pattern: The value to match; its form depends on `pattern_type`: an email address (EMAIL), a
            domain name (DOMAIN), or an address or CIDR block (IP). Private, loopback, link-
            local and unspecified addresses are refused.
        pattern_type: What a pattern matches. EMAIL: a full address; DOMAIN: a domain name; IP: a globally
            reachable IPv4 or IPv6 address or CIDR block (IPv6 per PY-5.9.0; SPEC-0722 says IPv4
            only). UNKNOWN is deprecated: old entries may carry it and filters accept it, but
            create and update refuse it (x-sdk-response-only keeps it out of request bodies).
        verify_sender: Honor the policy only for mail that passes DMARC, SPF or DKIM.
        is_recipient: Deprecated; the old name of `is_exempt_recipient`, which the server derives it from.
        is_sender: Deprecated; the old name of `is_trusted_sender`, which the server derives it from.
        is_spoof: Deprecated; the old name of `is_acceptable_sender`, which the server derives it
            from.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    id: str
    created_at: datetime.datetime
    modified_at: datetime.datetime | None = None
    last_modified: datetime.datetime | None = None
    comments: str | None = None
    is_acceptable_sender: bool | None = None
    is_exempt_recipient: bool | None = None
    is_regex: bool | None = None
    is_trusted_sender: bool | None = None
    pattern: str | None = None
    pattern_type: PatternType | str | None = None
    verify_sender: bool | None = None
    is_recipient: bool | None = None
    is_sender: bool | None = None
    is_spoof: bool | None = None
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str = "AllowPolicy") -> AllowPolicy:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        path = join(parent, key)
        d = as_object(data, parent, key)
        id = d.pop("id", MISSING)
        if type(id) is not str:
            id = required(id, path, "id", as_str)
        created_at = required(d.pop("created_at", MISSING), path, "created_at", as_datetime)
        modified_at = maybe(d.pop("modified_at", None), path, "modified_at", as_datetime)
        last_modified = maybe(d.pop("last_modified", None), path, "last_modified", as_datetime)
        comments = d.pop("comments", None)
        if type(comments) is not str:
            comments = maybe(comments, path, "comments", as_str)
        is_acceptable_sender = d.pop("is_acceptable_sender", None)
        if type(is_acceptable_sender) is not bool:
            is_acceptable_sender = maybe(is_acceptable_sender, path, "is_acceptable_sender", as_bool)
        is_exempt_recipient = d.pop("is_exempt_recipient", None)
        if type(is_exempt_recipient) is not bool:
            is_exempt_recipient = maybe(is_exempt_recipient, path, "is_exempt_recipient", as_bool)
        is_regex = d.pop("is_regex", None)
        if type(is_regex) is not bool:
            is_regex = maybe(is_regex, path, "is_regex", as_bool)
        is_trusted_sender = d.pop("is_trusted_sender", None)
        if type(is_trusted_sender) is not bool:
            is_trusted_sender = maybe(is_trusted_sender, path, "is_trusted_sender", as_bool)
        pattern = d.pop("pattern", None)
        if type(pattern) is not str:
            pattern = maybe(pattern, path, "pattern", as_str)
        pattern_type = maybe(d.pop("pattern_type", None), path, "pattern_type", enum_of(PatternType))
        verify_sender = d.pop("verify_sender", None)
        if type(verify_sender) is not bool:
            verify_sender = maybe(verify_sender, path, "verify_sender", as_bool)
        is_recipient = d.pop("is_recipient", None)
        if type(is_recipient) is not bool:
            is_recipient = maybe(is_recipient, path, "is_recipient", as_bool)
        is_sender = d.pop("is_sender", None)
        if type(is_sender) is not bool:
            is_sender = maybe(is_sender, path, "is_sender", as_bool)
        is_spoof = d.pop("is_spoof", None)
        if type(is_spoof) is not bool:
            is_spoof = maybe(is_spoof, path, "is_spoof", as_bool)
        obj = cls(
            id=id,
            created_at=created_at,
            modified_at=modified_at,
            last_modified=last_modified,
            comments=comments,
            is_acceptable_sender=is_acceptable_sender,
            is_exempt_recipient=is_exempt_recipient,
            is_regex=is_regex,
            is_trusted_sender=is_trusted_sender,
            pattern=pattern,
            pattern_type=pattern_type,
            verify_sender=verify_sender,
            is_recipient=is_recipient,
            is_sender=is_sender,
            is_spoof=is_spoof,
        )
        obj.additional_properties = d
        return obj
