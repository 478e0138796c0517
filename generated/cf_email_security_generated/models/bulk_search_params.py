"""BulkSearchParams: The search whose matching messages a bulk job acts on; every field is optional."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from operator import itemgetter
from typing import Any, ClassVar, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import (
    JSON_OBJECT,
    MISSING,
    as_bool,
    as_datetime,
    as_object,
    as_str,
    enum_members,
    enum_of,
    fromisoformat,
    optional,
    optional_nullable,
    where,
)
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

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> BulkSearchParams:
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
            query_,
            start_,
            end_,
            sender_,
            recipient_,
            domain_,
            subject_,
            exact_subject_,
            message_id_,
            alert_id_,
            smtp_helo_ip_,
            delivery_status_,
            final_disposition_,
            message_action_,
            detections_only_,
            submissions_,
            metric_,
            action_log_,
        ) = fields
        if type(query_) is not str and query_ is not None:
            query_ = optional_nullable(query_, where(parent, key, cls), "query", as_str)
        if type(start_) is str:
            try:
                start_ = fromisoformat(start_)
            except ValueError:
                start_ = optional(start_, where(parent, key, cls), "start", as_datetime)
        else:
            start_ = optional(start_, where(parent, key, cls), "start", as_datetime)
        if type(end_) is str:
            try:
                end_ = fromisoformat(end_)
            except ValueError:
                end_ = optional(end_, where(parent, key, cls), "end", as_datetime)
        else:
            end_ = optional(end_, where(parent, key, cls), "end", as_datetime)
        if type(sender_) is not str and sender_ is not None:
            sender_ = optional_nullable(sender_, where(parent, key, cls), "sender", as_str)
        if type(recipient_) is not str and recipient_ is not None:
            recipient_ = optional_nullable(recipient_, where(parent, key, cls), "recipient", as_str)
        if type(domain_) is not str and domain_ is not None:
            domain_ = optional_nullable(domain_, where(parent, key, cls), "domain", as_str)
        if type(subject_) is not str and subject_ is not None:
            subject_ = optional_nullable(subject_, where(parent, key, cls), "subject", as_str)
        if type(exact_subject_) is not str and exact_subject_ is not None:
            exact_subject_ = optional_nullable(
                exact_subject_, where(parent, key, cls), "exact_subject", as_str
            )
        if type(message_id_) is not str and message_id_ is not None:
            message_id_ = optional_nullable(message_id_, where(parent, key, cls), "message_id", as_str)
        if type(alert_id_) is not str and alert_id_ is not None:
            alert_id_ = optional_nullable(alert_id_, where(parent, key, cls), "alert_id", as_str)
        if type(smtp_helo_ip_) is not str and smtp_helo_ip_ is not None:
            smtp_helo_ip_ = optional_nullable(smtp_helo_ip_, where(parent, key, cls), "smtp_helo_ip", as_str)
        if type(delivery_status_) is str:
            delivery_status_ = _DELIVERY_STATUS_MEMBERS.get(delivery_status_, delivery_status_)
        elif delivery_status_ is not None:
            delivery_status_ = optional_nullable(
                delivery_status_, where(parent, key, cls), "delivery_status", enum_of(DeliveryStatus)
            )
        if type(final_disposition_) is str:
            final_disposition_ = _DISPOSITION_LABEL_MEMBERS.get(final_disposition_, final_disposition_)
        elif final_disposition_ is not None:
            final_disposition_ = optional_nullable(
                final_disposition_, where(parent, key, cls), "final_disposition", enum_of(DispositionLabel)
            )
        if type(message_action_) is str:
            message_action_ = _MESSAGE_ACTION_MEMBERS.get(message_action_, message_action_)
        elif message_action_ is not None:
            message_action_ = optional_nullable(
                message_action_, where(parent, key, cls), "message_action", enum_of(MessageAction)
            )
        if type(detections_only_) is not bool:
            detections_only_ = optional(detections_only_, where(parent, key, cls), "detections_only", as_bool)
        if type(submissions_) is not bool:
            submissions_ = optional(submissions_, where(parent, key, cls), "submissions", as_bool)
        if type(metric_) is not str and metric_ is not None:
            metric_ = optional_nullable(metric_, where(parent, key, cls), "metric", as_str)
        if type(action_log_) is not bool:
            action_log_ = optional(action_log_, where(parent, key, cls), "action_log", as_bool)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.query = query_
        obj.start = start_
        obj.end = end_
        obj.sender = sender_
        obj.recipient = recipient_
        obj.domain = domain_
        obj.subject = subject_
        obj.exact_subject = exact_subject_
        obj.message_id = message_id_
        obj.alert_id = alert_id_
        obj.smtp_helo_ip = smtp_helo_ip_
        obj.delivery_status = delivery_status_
        obj.final_disposition = final_disposition_
        obj.message_action = message_action_
        obj.detections_only = detections_only_
        obj.submissions = submissions_
        obj.metric = metric_
        obj.action_log = action_log_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


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


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = (
    "query",
    "start",
    "end",
    "sender",
    "recipient",
    "domain",
    "subject",
    "exact_subject",
    "message_id",
    "alert_id",
    "smtp_helo_ip",
    "delivery_status",
    "final_disposition",
    "message_action",
    "detections_only",
    "submissions",
    "metric",
    "action_log",
)
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The members of an enum by value: a str is looked up among them, and stays a str if unknown.
_DELIVERY_STATUS_MEMBERS = enum_members(DeliveryStatus)
_DISPOSITION_LABEL_MEMBERS = enum_members(DispositionLabel)
_MESSAGE_ACTION_MEMBERS = enum_members(MessageAction)
