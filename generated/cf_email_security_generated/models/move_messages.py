"""MoveMessages: The messages to move, and where."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check, warn_deprecated
from ..types import UNSET, Unset
from .expected_disposition import ExpectedDisposition, ExpectedDispositionValue
from .move_destination import MoveDestination, MoveDestinationValue


@define
class MoveMessages(Model):
    """The messages to move, and where.

    Attributes:
        ids: The ids of the messages to move.
        destination: A mailbox folder messages can be moved to.
        expected_disposition: Deprecated (end of life 2026-12-01); it has no effect.
        postfix_ids: Deprecated (end of life 2026-11-01); use `ids`.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    ids: list[str]
    destination: MoveDestination | MoveDestinationValue
    expected_disposition: ExpectedDisposition | ExpectedDispositionValue | Unset | None = UNSET
    postfix_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
    # The deprecated fields, and what a DeprecationWarning says of each when it is sent.
    _DEPRECATED: ClassVar[Mapping[str, str]] = {
        "expected_disposition": "is deprecated (end of life 2026-12-01)",
        "postfix_ids": "is deprecated (end of life 2026-11-01); use ids instead",
    }

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one.

        Then warn of each deprecated field it sends, once per model: a builder's entries, checked when
        added, do not warn again when they are sent.
        """
        check(self.ids, path, "ids", list, items=str, required=True)
        check(self.destination, path, "destination", MoveDestination, required=True)
        check(self.expected_disposition, path, "expected_disposition", ExpectedDisposition, nullable=True)
        check(self.postfix_ids, path, "postfix_ids", list, items=str)
        warn_deprecated(self, path, self._DEPRECATED)


class _MoveMessagesRequired(TypedDict):
    ids: list[str]
    destination: MoveDestination | MoveDestinationValue


class MoveMessagesDict(_MoveMessagesRequired, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    expected_disposition: ExpectedDisposition | ExpectedDispositionValue | None
    postfix_ids: list[str]
