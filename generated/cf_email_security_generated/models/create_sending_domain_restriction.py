"""CreateSendingDomainRestriction: A new sending domain restriction."""

from __future__ import annotations

import json
from typing import Any, ClassVar, TypedDict

from attrs import define, field

from .._serialization import dump_fields
from .._validation import check
from ..types import UNSET, Unset


@define
class CreateSendingDomainRestriction:
    """A new sending domain restriction.

    Attributes:
        domain: The domain that requires TLS.
        exclude: Subdomains exempt from the TLS requirement.
        comments: str | None | Unset
        additional_properties: fields the spec does not know, kept as received.
    """

    domain: str
    exclude: list[str]
    comments: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    _WIRE_NAMES: ClassVar[tuple[tuple[str, str], ...]] = (
        ("domain", "domain"),
        ("exclude", "exclude"),
        ("comments", "comments"),
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, self._WIRE_NAMES)

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.domain, path, "domain", str, required=True)
        check(self.exclude, path, "exclude", list, items=str, required=True)
        check(self.comments, path, "comments", str, nullable=True, max_length=1024)


class _CreateSendingDomainRestrictionRequired(TypedDict):
    domain: str
    exclude: list[str]


class CreateSendingDomainRestrictionDict(_CreateSendingDomainRestrictionRequired, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    comments: str | None
