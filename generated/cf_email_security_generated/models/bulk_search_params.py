"""BulkSearchParams: The search whose matching messages a bulk job acts on; every field is optional."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_bool, as_datetime, as_str, enum_of, optional, optional_nullable
from .._validation import check, warn_deprecated
from ..types import UNSET, Unset
from .delivery_status import DeliveryStatus, DeliveryStatusValue
from .disposition_label import DispositionLabel, DispositionLabelValue
from .message_action import MessageAction, MessageActionValue


@define
class BulkSearchParams(ReadModel):
    """The search whose matching messages a bulk job acts on; every field is optional.

    Attributes:
        query: Space-separated terms, matched case-insensitively.
        start: The start of the time range searched.
        end: The end of the time range searched.
        sender: Only messages from this email address or domain.
        recipient: Only messages to this email address or domain.
        domain: Only messages that name this domain as the sender's, a recipient's or a link's.
        subject: Only messages whose subject holds these words, in any order.
        exact_subject: Only messages whose subject is exactly this.
        message_id: Only the message with this Message-ID header.
        alert_id: Only messages of the detection with this alert id.
        smtp_helo_ip: Only messages whose SMTP HELO server IP address is this one.
        delivery_status: Where the delivery of a message stands, or null.
        final_disposition: The verdict Email Security gave a message, or null.
        message_action: An action taken on a message after delivery, or null.
        detections_only: Only messages with a detection.
        submissions: Search reclassification submissions instead of the original messages.
        metric: The metric to filter the search by.
        action_log: Deprecated (end of life 2026-11-01).

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("query", optional_nullable, as_str),
        ("start", optional, as_datetime),
        ("end", optional, as_datetime),
        ("sender", optional_nullable, as_str),
        ("recipient", optional_nullable, as_str),
        ("domain", optional_nullable, as_str),
        ("subject", optional_nullable, as_str),
        ("exact_subject", optional_nullable, as_str),
        ("message_id", optional_nullable, as_str),
        ("alert_id", optional_nullable, as_str),
        ("smtp_helo_ip", optional_nullable, as_str),
        ("delivery_status", optional_nullable, enum_of(DeliveryStatus)),
        ("final_disposition", optional_nullable, enum_of(DispositionLabel)),
        ("message_action", optional_nullable, enum_of(MessageAction)),
        ("detections_only", optional, as_bool),
        ("submissions", optional, as_bool),
        ("metric", optional_nullable, as_str),
        ("action_log", optional, as_bool),
    )

    query: str | Unset | None = UNSET
    start: datetime.datetime | Unset = UNSET
    end: datetime.datetime | Unset = UNSET
    sender: str | Unset | None = UNSET
    recipient: str | Unset | None = UNSET
    domain: str | Unset | None = UNSET
    subject: str | Unset | None = UNSET
    exact_subject: str | Unset | None = UNSET
    message_id: str | Unset | None = UNSET
    alert_id: str | Unset | None = UNSET
    smtp_helo_ip: str | Unset | None = UNSET
    delivery_status: DeliveryStatus | str | Unset | None = UNSET
    final_disposition: DispositionLabel | str | Unset | None = UNSET
    message_action: MessageAction | str | Unset | None = UNSET
    detections_only: bool | Unset = UNSET
    submissions: bool | Unset = UNSET
    metric: str | Unset | None = UNSET
    action_log: bool | Unset = UNSET
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
    # The deprecated fields, and what a DeprecationWarning says of each when it is sent.
    _DEPRECATED: ClassVar[Mapping[str, str]] = {
        "action_log": "is deprecated (end of life 2026-11-01)",
    }

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one.

        Then warn of each deprecated field it sends, once per model: a builder's entries, checked when
        added, do not warn again when they are sent.
        """
        check(self.query, path, "query", str, nullable=True)
        check(self.start, path, "start", datetime.datetime)
        check(self.end, path, "end", datetime.datetime)
        check(self.sender, path, "sender", str, nullable=True)
        check(self.recipient, path, "recipient", str, nullable=True)
        check(self.domain, path, "domain", str, nullable=True)
        check(self.subject, path, "subject", str, nullable=True)
        check(self.exact_subject, path, "exact_subject", str, nullable=True)
        check(self.message_id, path, "message_id", str, nullable=True)
        check(self.alert_id, path, "alert_id", str, nullable=True)
        check(self.smtp_helo_ip, path, "smtp_helo_ip", str, nullable=True)
        check(self.delivery_status, path, "delivery_status", DeliveryStatus, nullable=True)
        check(self.final_disposition, path, "final_disposition", DispositionLabel, nullable=True)
        check(self.message_action, path, "message_action", MessageAction, nullable=True)
        check(self.detections_only, path, "detections_only", bool)
        check(self.submissions, path, "submissions", bool)
        check(self.metric, path, "metric", str, nullable=True)
        check(self.action_log, path, "action_log", bool)
        warn_deprecated(self, path, self._DEPRECATED)


class BulkSearchParamsDict(TypedDict, total=False):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    query: str | None
    start: datetime.datetime
    end: datetime.datetime
    sender: str | None
    recipient: str | None
    domain: str | None
    subject: str | None
    exact_subject: str | None
    message_id: str | None
    alert_id: str | None
    smtp_helo_ip: str | None
    delivery_status: DeliveryStatus | DeliveryStatusValue | None
    final_disposition: DispositionLabel | DispositionLabelValue | None
    message_action: MessageAction | MessageActionValue | None
    detections_only: bool
    submissions: bool
    metric: str | None
    action_log: bool
