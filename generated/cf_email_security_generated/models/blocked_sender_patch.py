"""BlockedSenderPatch: Blocked sender patch."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check, check_form
from ..types import UNSET, Unset
from .pattern_type import PatternType, PatternTypeWritable


@define
class BlockedSenderPatch(Model):
    """Blocked sender patch.

    Attributes:
        id: The unique identifier of an entry, a UUID.
        pattern: The value to match; unless `is_regex`, its form depends on `pattern_type`: an email
            address (EMAIL), a domain name (DOMAIN), or a globally reachable address or CIDR
            block (IP).
        pattern_type: What a pattern matches, and so the form the pattern must have unless it is a regular
            expression (`is_regex`). EMAIL: an email address; DOMAIN: a domain name; IP: a
            globally reachable IPv4 or IPv6 address or CIDR block (private, unique-local,
            loopback, link-local, unspecified and broadcast addresses are refused, and so are
            their IPv4-mapped IPv6 forms). UNKNOWN is deprecated: old entries may carry it and
            filters accept it, but create and update refuse it.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    id: str
    comments: str | Unset | None = UNSET
    is_regex: bool | Unset = UNSET
    pattern: str | Unset = UNSET
    pattern_type: PatternType | PatternTypeWritable | Unset = UNSET
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
    # The form each of these fields must have, by the value of the enum field beside it (x-sdk-forms).
    _FORMS: ClassVar[Mapping[str, Mapping[str, str]]] = {
        "pattern": {"DOMAIN": "hostname", "EMAIL": "email", "IP": "ip-network"},
    }

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.id, path, "id", str, required=True, format="uuid")
        check(self.comments, path, "comments", str, nullable=True, max_length=1024)
        check(self.is_regex, path, "is_regex", bool)
        check(self.pattern, path, "pattern", str, min_length=1, max_length=1024)
        check(self.pattern_type, path, "pattern_type", PatternType, response_only=("UNKNOWN",))
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


class _BlockedSenderPatchRequired(TypedDict):
    id: str


class BlockedSenderPatchDict(_BlockedSenderPatchRequired, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    comments: str | None
    is_regex: bool
    pattern: str
    pattern_type: PatternType | PatternTypeWritable
