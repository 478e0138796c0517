"""Submission: A request to reclassify a message, and what came of it: the message had `original_disposition`, the request asked for `requested_disposition` (`escalated_as` when it was escalated), and the message ended with `outcome_disposition`."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import (
    JSON_OBJECT,
    MISSING,
    as_datetime,
    as_object,
    as_str,
    enum_members,
    enum_of,
    fromisoformat,
    maybe,
    required,
    where,
)
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

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> Submission:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec.

        `parent` and `key` place the object in the response, for that error's path (`result[3]`).
        """
        if type(data) is not JSON_OBJECT:
            data = as_object(data, parent, key or cls.__name__)
        whole = False  # every field there, and no other: none to keep in additional_properties
        fields = _ABSENT  # MISSING for every field, until they are read
        if len(data) >= 18:
            try:
                fields = _FIELDS(data)
                whole = len(data) == 18
            except KeyError:
                pass
        if not whole:  # MISSING in place of an absent field
            fields = tuple(map(data.get, _KEYS, _ABSENT))
        (
            submission_id_,
            requested_at_,
            type__,
            subject_,
            requested_by_,
            requested_disposition_,
            original_disposition_,
            outcome_disposition_,
            outcome_,
            status_,
            customer_status_,
            escalated_as_,
            escalated_at_,
            escalated_by_,
            escalated_submission_id_,
            original_postfix_id_,
            original_edf_hash_,
            requested_ts_,
        ) = fields
        if type(submission_id_) is not str:
            submission_id_ = required(submission_id_, where(parent, key, cls), "submission_id", as_str)
        if type(requested_at_) is str:
            try:
                requested_at_ = fromisoformat(requested_at_)
            except ValueError:
                requested_at_ = required(requested_at_, where(parent, key, cls), "requested_at", as_datetime)
        else:
            requested_at_ = required(requested_at_, where(parent, key, cls), "requested_at", as_datetime)
        if type(type__) is str:
            type__ = _SUBMITTER_TYPE_MEMBERS.get(type__, type__)
        elif type__ is not None:
            type__ = maybe(type__, where(parent, key, cls), "type", enum_of(SubmitterType))
        if type(subject_) is not str and subject_ is not None:
            subject_ = maybe(subject_, where(parent, key, cls), "subject", as_str)
        if type(requested_by_) is not str and requested_by_ is not None:
            requested_by_ = maybe(requested_by_, where(parent, key, cls), "requested_by", as_str)
        if type(requested_disposition_) is str:
            requested_disposition_ = _DISPOSITION_MEMBERS.get(requested_disposition_, requested_disposition_)
        elif requested_disposition_ is not None:
            requested_disposition_ = maybe(
                requested_disposition_, where(parent, key, cls), "requested_disposition", enum_of(Disposition)
            )
        if type(original_disposition_) is str:
            original_disposition_ = _DISPOSITION_MEMBERS.get(original_disposition_, original_disposition_)
        elif original_disposition_ is not None:
            original_disposition_ = maybe(
                original_disposition_, where(parent, key, cls), "original_disposition", enum_of(Disposition)
            )
        if type(outcome_disposition_) is str:
            outcome_disposition_ = _DISPOSITION_MEMBERS.get(outcome_disposition_, outcome_disposition_)
        elif outcome_disposition_ is not None:
            outcome_disposition_ = maybe(
                outcome_disposition_, where(parent, key, cls), "outcome_disposition", enum_of(Disposition)
            )
        if type(outcome_) is not str and outcome_ is not None:
            outcome_ = maybe(outcome_, where(parent, key, cls), "outcome", as_str)
        if type(status_) is not str and status_ is not None:
            status_ = maybe(status_, where(parent, key, cls), "status", as_str)
        if type(customer_status_) is str:
            customer_status_ = _SUBMISSION_REVIEW_STATUS_MEMBERS.get(customer_status_, customer_status_)
        elif customer_status_ is not None:
            customer_status_ = maybe(
                customer_status_, where(parent, key, cls), "customer_status", enum_of(SubmissionReviewStatus)
            )
        if type(escalated_as_) is str:
            escalated_as_ = _DISPOSITION_MEMBERS.get(escalated_as_, escalated_as_)
        elif escalated_as_ is not None:
            escalated_as_ = maybe(
                escalated_as_, where(parent, key, cls), "escalated_as", enum_of(Disposition)
            )
        if type(escalated_at_) is str:
            try:
                escalated_at_ = fromisoformat(escalated_at_)
            except ValueError:
                escalated_at_ = maybe(escalated_at_, where(parent, key, cls), "escalated_at", as_datetime)
        elif escalated_at_ is not None:
            escalated_at_ = maybe(escalated_at_, where(parent, key, cls), "escalated_at", as_datetime)
        if type(escalated_by_) is not str and escalated_by_ is not None:
            escalated_by_ = maybe(escalated_by_, where(parent, key, cls), "escalated_by", as_str)
        if type(escalated_submission_id_) is not str and escalated_submission_id_ is not None:
            escalated_submission_id_ = maybe(
                escalated_submission_id_, where(parent, key, cls), "escalated_submission_id", as_str
            )
        if type(original_postfix_id_) is not str and original_postfix_id_ is not None:
            original_postfix_id_ = maybe(
                original_postfix_id_, where(parent, key, cls), "original_postfix_id", as_str
            )
        if type(original_edf_hash_) is not str and original_edf_hash_ is not None:
            original_edf_hash_ = maybe(
                original_edf_hash_, where(parent, key, cls), "original_edf_hash", as_str
            )
        if type(requested_ts_) is not str and requested_ts_ is not None:
            requested_ts_ = maybe(requested_ts_, where(parent, key, cls), "requested_ts", as_str)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.submission_id = submission_id_
        obj.requested_at = requested_at_
        obj.type_ = type__
        obj.subject = subject_
        obj.requested_by = requested_by_
        obj.requested_disposition = requested_disposition_
        obj.original_disposition = original_disposition_
        obj.outcome_disposition = outcome_disposition_
        obj.outcome = outcome_
        obj.status = status_
        obj.customer_status = customer_status_
        obj.escalated_as = escalated_as_
        obj.escalated_at = escalated_at_
        obj.escalated_by = escalated_by_
        obj.escalated_submission_id = escalated_submission_id_
        obj.original_postfix_id = original_postfix_id_
        obj.original_edf_hash = original_edf_hash_
        obj.requested_ts = requested_ts_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = (
    "submission_id",
    "requested_at",
    "type",
    "subject",
    "requested_by",
    "requested_disposition",
    "original_disposition",
    "outcome_disposition",
    "outcome",
    "status",
    "customer_status",
    "escalated_as",
    "escalated_at",
    "escalated_by",
    "escalated_submission_id",
    "original_postfix_id",
    "original_edf_hash",
    "requested_ts",
)
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The members of an enum by value: a str is looked up among them, and stays a str if unknown.
_SUBMITTER_TYPE_MEMBERS = enum_members(SubmitterType)
_DISPOSITION_MEMBERS = enum_members(Disposition)
_SUBMISSION_REVIEW_STATUS_MEMBERS = enum_members(SubmissionReviewStatus)
