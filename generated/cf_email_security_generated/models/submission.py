"""Submission: A request to reclassify a message, and what came of it: the message had `original_disposition`, the request asked for `requested_disposition` (`escalated_as` when it was escalated), and the message ended with `outcome_disposition`."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_datetime, as_str, enum_of, maybe, required
from .disposition import Disposition
from .submission_review_status import SubmissionReviewStatus
from .submitter_type import SubmitterType


@define
class Submission(ReadModel):
    """A request to reclassify a message, and what came of it: the message had `original_disposition`, the
    request asked for `requested_disposition` (`escalated_as` when it was escalated), and the message
    ended with `outcome_disposition`.

    Attributes:
        requested_at: When the submission was made (UTC).
        type_: Who made a submission, a security team member or an end user, or null.
        subject: The subject of the message submitted.
        requested_by: The email address of who made it.
        requested_disposition: A disposition that can be searched for or asked for, or null.
        original_disposition: A disposition that can be searched for or asked for, or null.
        outcome_disposition: A disposition that can be searched for or asked for, or null.
        outcome: How the submission was handled.
        status: Where the processing of the submission stands.
        customer_status: Where the review of a submission stands, or null.
        escalated_as: A disposition that can be searched for or asked for, or null.
        escalated_at: When it was escalated to the security team.
        escalated_by: The email address of the user who escalated it.
        escalated_submission_id: For an end user's submission that was escalated, the id of the team submission made
            of it.
        original_postfix_id: The pipeline id of the message submitted.
        original_edf_hash: The EDF hash of the message submitted.
        requested_ts: Deprecated; use `requested_at`.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("submission_id", required, as_str),
        ("requested_at", required, as_datetime),
        ("type", maybe, enum_of(SubmitterType)),
        ("subject", maybe, as_str),
        ("requested_by", maybe, as_str),
        ("requested_disposition", maybe, enum_of(Disposition)),
        ("original_disposition", maybe, enum_of(Disposition)),
        ("outcome_disposition", maybe, enum_of(Disposition)),
        ("outcome", maybe, as_str),
        ("status", maybe, as_str),
        ("customer_status", maybe, enum_of(SubmissionReviewStatus)),
        ("escalated_as", maybe, enum_of(Disposition)),
        ("escalated_at", maybe, as_datetime),
        ("escalated_by", maybe, as_str),
        ("escalated_submission_id", maybe, as_str),
        ("original_postfix_id", maybe, as_str),
        ("original_edf_hash", maybe, as_str),
        ("requested_ts", maybe, as_str),
    )

    submission_id: str
    requested_at: datetime.datetime
    type_: SubmitterType | str | None = None
    subject: str | None = None
    requested_by: str | None = None
    requested_disposition: Disposition | str | None = None
    original_disposition: Disposition | str | None = None
    outcome_disposition: Disposition | str | None = None
    outcome: str | None = None
    status: str | None = None
    customer_status: SubmissionReviewStatus | str | None = None
    escalated_as: Disposition | str | None = None
    escalated_at: datetime.datetime | None = None
    escalated_by: str | None = None
    escalated_submission_id: str | None = None
    original_postfix_id: str | None = None
    original_edf_hash: str | None = None
    requested_ts: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
    _RENAMED: ClassVar[Mapping[str, str]] = {
        "type_": "type",
    }
