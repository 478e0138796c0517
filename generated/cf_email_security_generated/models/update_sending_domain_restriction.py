"""UpdateSendingDomainRestriction: The fields of a restriction to change; at least one."""

from __future__ import annotations

from typing import Any, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check
from ..types import UNSET, Unset


@define
class UpdateSendingDomainRestriction(Model):
    """The fields of a restriction to change; at least one.

    Attributes:
        domain: The domain that requires TLS.
        exclude: Subdomains exempt from the TLS requirement.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    comments: str | Unset | None = UNSET
    domain: str | Unset = UNSET
    exclude: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.comments, path, "comments", str, nullable=True, max_length=1024)
        check(self.domain, path, "domain", str)
        check(self.exclude, path, "exclude", list, items=str)


class UpdateSendingDomainRestrictionDict(TypedDict, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    comments: str | None
    domain: str
    exclude: list[str]
