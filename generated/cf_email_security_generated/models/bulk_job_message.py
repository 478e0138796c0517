"""BulkJobMessage: One message of a bulk job and where it stands."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_datetime, as_int, as_str, enum_of, maybe, one_of, required
from .bulk_action import BulkAction
from .bulk_message_move_params import BulkMessageMoveParams
from .bulk_message_release_params import BulkMessageReleaseParams
from .bulk_message_status import BulkMessageStatus
from .investigate_message import InvestigateMessage


@define
class BulkJobMessage(ReadModel):
    """One message of a bulk job and where it stands.

    Attributes:
        message_id: The id of the message.
        postfix_id: The id of the message in the mail pipeline.
        action_type: What a bulk job does to each message its search matches.
        action_params: What a bulk job does with one message, by the job's action.
        status: Where one message of a bulk job stands.
        retry_count: How many times the action was retried.
        email_message_id: The Message-ID header.
        status_message: What the status means for this message, such as why it failed.
        retry_after: When the action will be retried, after a failure.
        message: A message as Email Security's investigation shows it.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("message_id", required, as_str),
        ("postfix_id", required, as_str),
        ("action_type", required, enum_of(BulkAction)),
        (
            "action_params",
            required,
            one_of(BulkMessageMoveParams.from_dict, BulkMessageReleaseParams.from_dict),
        ),
        ("status", required, enum_of(BulkMessageStatus)),
        ("retry_count", required, as_int),
        ("created_at", required, as_datetime),
        ("email_message_id", maybe, as_str),
        ("alert_id", maybe, as_str),
        ("status_message", maybe, as_str),
        ("retry_after", maybe, as_datetime),
        ("processed_at", maybe, as_datetime),
        ("message", maybe, InvestigateMessage.from_dict),
    )

    message_id: str
    postfix_id: str
    action_type: BulkAction | str
    action_params: BulkMessageMoveParams | BulkMessageReleaseParams
    status: BulkMessageStatus | str
    retry_count: int
    created_at: datetime.datetime
    email_message_id: str | None = None
    alert_id: str | None = None
    status_message: str | None = None
    retry_after: datetime.datetime | None = None
    processed_at: datetime.datetime | None = None
    message: InvestigateMessage | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
