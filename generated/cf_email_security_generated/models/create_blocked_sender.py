"""CreateBlockedSender: A new blocked sender; pattern_type cannot be UNKNOWN."""

from __future__ import annotations

from typing import Any, TypedDict

from attrs import define, field

from .._model import Model
from .._validation import check
from ..types import UNSET, Unset
from .pattern_type import PatternType, PatternTypeWritable


@define
class CreateBlockedSender(Model):
    """A new blocked sender; pattern_type cannot be UNKNOWN.

    Attributes:
        pattern: The value to match; its form depends on `pattern_type`: an email address (EMAIL), a
            domain name (DOMAIN), or an address or CIDR block (IP). Private, loopback, link-
            local and unspecified addresses are refused.
        pattern_type: What a pattern matches. EMAIL: a full address; DOMAIN: a domain name; IP: a globally
            reachable IPv4 or IPv6 address or CIDR block (IPv6 per PY-5.9.0; SPEC-0722 says IPv4
            only). UNKNOWN is deprecated: old entries may carry it and filters accept it, but
            create and update refuse it (x-sdk-response-only keeps it out of request bodies).

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    is_regex: bool
    pattern: str
    pattern_type: PatternType | PatternTypeWritable
    comments: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.is_regex, path, "is_regex", bool, required=True)
        check(self.pattern, path, "pattern", str, required=True, min_length=1, max_length=1024)
        check(self.pattern_type, path, "pattern_type", PatternType, required=True, response_only=("UNKNOWN",))
        check(self.comments, path, "comments", str, nullable=True, max_length=1024)


class _CreateBlockedSenderRequired(TypedDict):
    is_regex: bool
    pattern: str
    pattern_type: PatternType | PatternTypeWritable


class CreateBlockedSenderDict(_CreateBlockedSenderRequired, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    comments: str | None
