"""CreateAllowPolicy: A new allow policy; pattern_type cannot be UNKNOWN."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check, check_form, warn_deprecated
from ..types import UNSET, Unset
from .pattern_type import PatternType, PatternTypeWritable


@define
class CreateAllowPolicy(Model):
    """A new allow policy; pattern_type cannot be UNKNOWN.

    Attributes:
        is_acceptable_sender: Exempt mail from this sender from Spam, Spoof and Bulk dispositions (not from
            Malicious or Suspicious).
        is_exempt_recipient: Let mail to this recipient bypass all detections.
        is_trusted_sender: Let mail from this sender bypass all detections and link following.
        pattern: The value to match; unless `is_regex`, its form depends on `pattern_type`: an email
            address (EMAIL), a domain name (DOMAIN), or a globally reachable address or CIDR
            block (IP).
        pattern_type: What a pattern matches, and so the form the pattern must have unless it is a regular
            expression (`is_regex`). EMAIL: an email address; DOMAIN: a domain name; IP: a
            globally reachable IPv4 or IPv6 address or CIDR block (private, unique-local,
            loopback, link-local, unspecified and broadcast addresses are refused, and so are
            their IPv4-mapped IPv6 forms). UNKNOWN is deprecated: old entries may carry it and
            filters accept it, but create and update refuse it.
        verify_sender: Honor the policy only for mail that passes DMARC, SPF or DKIM.
        is_recipient: Deprecated; maps to `is_exempt_recipient`. Still accepted, but past its end of life
            (2026-07-01): send `is_exempt_recipient`.
        is_sender: Deprecated; maps to `is_trusted_sender`. Still accepted, but past its end of life
            (2026-07-01): send `is_trusted_sender`.
        is_spoof: Deprecated; maps to `is_acceptable_sender`. Still accepted, but past its end of life
            (2026-07-01): send `is_acceptable_sender`.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    is_acceptable_sender: bool
    is_exempt_recipient: bool
    is_regex: bool
    is_trusted_sender: bool
    pattern: str
    pattern_type: PatternType | PatternTypeWritable
    verify_sender: bool
    comments: str | Unset | None = UNSET
    is_recipient: bool | Unset = UNSET
    is_sender: bool | Unset = UNSET
    is_spoof: bool | Unset = UNSET
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
    # The deprecated fields, and what a DeprecationWarning says of each when it is sent.
    _DEPRECATED: ClassVar[Mapping[str, str]] = {
        "is_recipient": "is deprecated since 2025-07-01 (end of life 2026-07-01); use is_exempt_recipient instead",
        "is_sender": "is deprecated since 2025-07-01 (end of life 2026-07-01); use is_trusted_sender instead",
        "is_spoof": "is deprecated since 2025-07-01 (end of life 2026-07-01); use is_acceptable_sender instead",
    }
    # The form each of these fields must have, by the value of the enum field beside it (x-sdk-forms).
    _FORMS: ClassVar[Mapping[str, Mapping[str, str]]] = {
        "pattern": {"DOMAIN": "hostname", "EMAIL": "email", "IP": "ip-network"},
    }

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one.

        Then warn of each deprecated field it sends, once per model: a builder's entries, checked when
        added, do not warn again when they are sent.
        """
        check(self.is_acceptable_sender, path, "is_acceptable_sender", bool, required=True)
        check(self.is_exempt_recipient, path, "is_exempt_recipient", bool, required=True)
        check(self.is_regex, path, "is_regex", bool, required=True)
        check(self.is_trusted_sender, path, "is_trusted_sender", bool, required=True)
        check(self.pattern, path, "pattern", str, required=True, min_length=1, max_length=1024)
        check(self.pattern_type, path, "pattern_type", PatternType, required=True, response_only=("UNKNOWN",))
        check(self.verify_sender, path, "verify_sender", bool, required=True)
        check(self.comments, path, "comments", str, nullable=True, max_length=1024)
        check(self.is_recipient, path, "is_recipient", bool)
        check(self.is_sender, path, "is_sender", bool)
        check(self.is_spoof, path, "is_spoof", bool)
        check_form(
            self.pattern,
            path,
            "pattern",
            self._FORMS["pattern"],
            self.pattern_type,
            by="pattern_type",
            exempt=self.is_regex,
            exempt_by="is_regex",
        )
        warn_deprecated(self, path, self._DEPRECATED)


class _CreateAllowPolicyRequired(TypedDict):
    is_acceptable_sender: bool
    is_exempt_recipient: bool
    is_regex: bool
    is_trusted_sender: bool
    pattern: str
    pattern_type: PatternType | PatternTypeWritable
    verify_sender: bool


class CreateAllowPolicyDict(_CreateAllowPolicyRequired, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    comments: str | None
    is_recipient: bool
    is_sender: bool
    is_spoof: bool
