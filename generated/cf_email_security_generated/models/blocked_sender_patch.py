"""BlockedSenderPatch: Blocked sender patch."""

from __future__ import annotations

from typing import Any, TypedDict

from attrs import define, field

from .._model import Model
from .._validation import check
from ..types import UNSET, Unset
from .pattern_type import PatternType, PatternTypeWritable


@define
class BlockedSenderPatch(Model):
    """Blocked sender patch.

    Attributes:
        id: The unique identifier of an entry, a UUID for every resource since Gen B (Gen A used
            int32; TF 5.20 converted old ints to their decimal strings, so old ids may still
            resolve).
        pattern: The value to match; its form depends on `pattern_type`: an email address (EMAIL), a
            domain name (DOMAIN), or an address or CIDR block (IP). Private, loopback, link-
            local and unspecified addresses are refused.
        pattern_type: What a pattern matches. EMAIL: a full address; DOMAIN: a domain name; IP: a globally
            reachable IPv4 or IPv6 address or CIDR block (IPv6 per PY-5.9.0; SPEC-0722 says IPv4
            only). UNKNOWN is deprecated: old entries may carry it and filters accept it, but
            create and update refuse it (x-sdk-response-only keeps it out of request bodies).

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    id: str
    comments: str | Unset | None = UNSET
    is_regex: bool | Unset = UNSET
    pattern: str | Unset = UNSET
    pattern_type: PatternType | PatternTypeWritable | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.id, path, "id", str, required=True, format="uuid")
        check(self.comments, path, "comments", str, nullable=True, max_length=1024)
        check(self.is_regex, path, "is_regex", bool)
        check(self.pattern, path, "pattern", str, min_length=1, max_length=1024)
        check(self.pattern_type, path, "pattern_type", PatternType, response_only=("UNKNOWN",))


class _BlockedSenderPatchRequired(TypedDict):
    id: str


class BlockedSenderPatchDict(_BlockedSenderPatchRequired, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    comments: str | None
    is_regex: bool
    pattern: str
    pattern_type: PatternType | PatternTypeWritable
