"""CreateBulkJob: A new bulk job."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check, check_required_when, warn_deprecated
from ..types import UNSET, Unset
from .bulk_action import BulkAction, BulkActionValue
from .bulk_search_params import BulkSearchParams, BulkSearchParamsDict
from .expected_disposition import ExpectedDisposition, ExpectedDispositionValue
from .move_destination import MoveDestination, MoveDestinationValue


@define
class CreateBulkJob(Model):
    """A new bulk job.

    Attributes:
        action: What the job does to every message the search matches.
        search_params: The search whose matching messages a bulk job acts on; every field is optional.
        destination: Where to move the messages; required when the action is MOVE.
        comment: A note on what the job is for.
        expected_disposition: Deprecated (end of life 2026-12-01); it has no effect.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    action: BulkAction | BulkActionValue
    search_params: BulkSearchParams
    destination: MoveDestination | MoveDestinationValue | Unset = UNSET
    comment: str | Unset | None = UNSET
    expected_disposition: ExpectedDisposition | ExpectedDispositionValue | Unset | None = UNSET
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
    # The deprecated fields, and what a DeprecationWarning says of each when it is sent.
    _DEPRECATED: ClassVar[Mapping[str, str]] = {
        "expected_disposition": "is deprecated (end of life 2026-12-01)",
    }

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one.

        Then warn of each deprecated field it sends, once per model: a builder's entries, checked when
        added, do not warn again when they are sent.
        """
        check(self.action, path, "action", BulkAction, required=True)
        check(self.search_params, path, "search_params", BulkSearchParams, required=True)
        check(self.destination, path, "destination", MoveDestination)
        check(self.comment, path, "comment", str, nullable=True)
        check(self.expected_disposition, path, "expected_disposition", ExpectedDisposition, nullable=True)
        check_required_when(self.destination, path, "destination", self.action, by="action", values=["MOVE"])
        warn_deprecated(self, path, self._DEPRECATED)


class _CreateBulkJobRequired(TypedDict):
    action: BulkAction | BulkActionValue
    search_params: BulkSearchParams | BulkSearchParamsDict


class CreateBulkJobDict(_CreateBulkJobRequired, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    destination: MoveDestination | MoveDestinationValue
    comment: str | None
    expected_disposition: ExpectedDisposition | ExpectedDispositionValue | None
