"""CreateUrlIgnorePattern: A new URL ignore pattern. Unknown fields are refused."""

from __future__ import annotations

from typing import Any, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check
from ..types import UNSET, Unset


@define
class CreateUrlIgnorePattern(Model):
    """A new URL ignore pattern. Unknown fields are refused.

    Attributes:
        pattern: A regular expression; URLs matching it are not rewritten.
        comments: Why the URLs are left alone.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    pattern: str
    comments: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.pattern, path, "pattern", str, required=True, min_length=1, max_length=1024)
        check(self.comments, path, "comments", str, nullable=True, max_length=1024)


class _CreateUrlIgnorePatternRequired(TypedDict):
    pattern: str


class CreateUrlIgnorePatternDict(_CreateUrlIgnorePatternRequired, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    comments: str | None
