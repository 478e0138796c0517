"""UrlIgnorePatternPut: A batch put: the id and the whole new value."""

from __future__ import annotations

from typing import Any, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check
from ..types import UNSET, Unset


@define
class UrlIgnorePatternPut(Model):
    """A batch put: the id and the whole new value.

    Attributes:
        id: The unique identifier of an entry, a UUID.
        pattern: A regular expression; URLs matching it are not rewritten.
        comments: Why the URLs are left alone.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    id: str
    pattern: str
    comments: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.id, path, "id", str, required=True, format="uuid")
        check(self.pattern, path, "pattern", str, required=True, min_length=1, max_length=1024)
        check(self.comments, path, "comments", str, nullable=True, max_length=1024)


class _UrlIgnorePatternPutRequired(TypedDict):
    id: str
    pattern: str


class UrlIgnorePatternPutDict(_UrlIgnorePatternPutRequired, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    comments: str | None
