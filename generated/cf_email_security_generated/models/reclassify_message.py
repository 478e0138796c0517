"""ReclassifyMessage: The disposition a message should have, and optionally its source."""

from __future__ import annotations

from typing import Any, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import Model, no_fields
from .._validation import check
from ..types import UNSET, Unset
from .disposition import Disposition, DispositionValue


@define
class ReclassifyMessage(Model):
    """The disposition a message should have, and optionally its source.

    Attributes:
        expected_disposition: The disposition the message should have.
        eml_content: The message's .eml source, encoded in base64.
        escalated_submission_id: When reclassifying a user report that was escalated, the id of that user's
            submission.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    expected_disposition: Disposition | DispositionValue
    eml_content: str | Unset = UNSET
    escalated_submission_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.expected_disposition, path, "expected_disposition", Disposition, required=True)
        check(self.eml_content, path, "eml_content", str)
        check(self.escalated_submission_id, path, "escalated_submission_id", str)


class _ReclassifyMessageRequired(TypedDict):
    expected_disposition: Disposition | DispositionValue


class ReclassifyMessageDict(_ReclassifyMessageRequired, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    eml_content: str
    escalated_submission_id: str
