"""InvestigateMessage: A message as Email Security's investigation shows it."""

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
    as_bool,
    as_datetime,
    as_object,
    as_str,
    enum_members,
    enum_of,
    fromisoformat,
    list_of,
    maybe,
    required,
    where,
)
from .action_log_entry import ActionLogEntry
from .delivery_status import DeliveryStatus
from .disposition_label import DispositionLabel
from .finding import Finding
from .message_delivery_mode import MessageDeliveryMode
from .message_properties import MessageProperties
from .message_validation import MessageValidation
from .post_delivery_operation import PostDeliveryOperation


@define
class InvestigateMessage(ReadModel):
    """A message as Email Security's investigation shows it.

    Attributes:
        id: The message's id, for the other operations of `investigate`.
        postfix_id: The id of the message in the mail pipeline.
        ts: Deprecated (end of life 2026-11-01); use `scanned_at`.
        action_log: Deprecated (end of life 2026-11-01). The actions taken on the message.
        properties: Why a message was let through or blocked.
        message_id: The Message-ID header.
        scanned_at: When Email Security scanned the message (UTC).
        sent_at: When the message was sent (UTC).
        delivery_mode: How a message reached Email Security, or null.
        final_disposition: The verdict Email Security gave a message, or null.
        findings: Deprecated (end of life 2026-11-01); the findings of `get_detections` replace it.
        post_delivery_operations: The operations performed on the message after delivery.
        validation: The SPF, DKIM and DMARC results of a message, or null.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    id: str
    postfix_id: str
    client_recipients: list[str]
    ts: str
    detection_reasons: list[str]
    is_quarantined: bool
    is_phish_submission: bool
    action_log: list[ActionLogEntry]
    properties: MessageProperties
    postfix_id_outbound: str | None = None
    alert_id: str | None = None
    message_id: str | None = None
    subject: str | None = None
    from_: str | None = None
    from_name: str | None = None
    replyto: str | None = None
    to: list[str] | None = None
    to_name: list[str] | None = None
    envelope_from: str | None = None
    envelope_to: list[str] | None = None
    scanned_at: datetime.datetime | None = None
    sent_at: datetime.datetime | None = None
    sent_date: str | None = None
    delivery_mode: MessageDeliveryMode | str | None = None
    delivery_status: list[DeliveryStatus | str] | None = None
    final_disposition: DispositionLabel | str | None = None
    threat_categories: list[str] | None = None
    findings: list[Finding] | None = None
    post_delivery_operations: list[PostDeliveryOperation | str] | None = None
    validation: MessageValidation | None = None
    edf_hash: str | None = None
    htmltext_structure_hash: str | None = None
    smtp_helo_server_ip: str | None = None
    smtp_previous_hop_ip: str | None = None
    x_originating_ip: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
    _RENAMED: ClassVar[Mapping[str, str]] = {
        "from_": "from",
    }

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> InvestigateMessage:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec.

        `parent` and `key` place the object in the response, for that error's path (`result[3]`).
        """
        if type(data) is not JSON_OBJECT:
            data = as_object(data, parent, key or cls.__name__)
        whole = False  # every field there, and no other: none to keep in additional_properties
        fields = _ABSENT  # MISSING for every field, until they are read
        if len(data) >= 35:
            try:
                fields = _FIELDS(data)
                whole = len(data) == 35
            except KeyError:
                pass
        if not whole:  # MISSING in place of an absent field
            fields = tuple(map(data.get, _KEYS, _ABSENT))
        (
            id_,
            postfix_id_,
            client_recipients_,
            ts_,
            detection_reasons_,
            is_quarantined_,
            is_phish_submission_,
            action_log_,
            properties_,
            postfix_id_outbound_,
            alert_id_,
            message_id_,
            subject_,
            from__,
            from_name_,
            replyto_,
            to_,
            to_name_,
            envelope_from_,
            envelope_to_,
            scanned_at_,
            sent_at_,
            sent_date_,
            delivery_mode_,
            delivery_status_,
            final_disposition_,
            threat_categories_,
            findings_,
            post_delivery_operations_,
            validation_,
            edf_hash_,
            htmltext_structure_hash_,
            smtp_helo_server_ip_,
            smtp_previous_hop_ip_,
            x_originating_ip_,
        ) = fields
        if type(id_) is not str:
            id_ = required(id_, where(parent, key, cls), "id", as_str)
        if type(postfix_id_) is not str:
            postfix_id_ = required(postfix_id_, where(parent, key, cls), "postfix_id", as_str)
        client_recipients_ = required(
            client_recipients_, where(parent, key, cls), "client_recipients", _read_client_recipients
        )
        if type(ts_) is not str:
            ts_ = required(ts_, where(parent, key, cls), "ts", as_str)
        detection_reasons_ = required(
            detection_reasons_, where(parent, key, cls), "detection_reasons", _read_detection_reasons
        )
        if type(is_quarantined_) is not bool:
            is_quarantined_ = required(is_quarantined_, where(parent, key, cls), "is_quarantined", as_bool)
        if type(is_phish_submission_) is not bool:
            is_phish_submission_ = required(
                is_phish_submission_, where(parent, key, cls), "is_phish_submission", as_bool
            )
        action_log_ = required(action_log_, where(parent, key, cls), "action_log", _read_action_log)
        properties_ = required(
            properties_, where(parent, key, cls), "properties", MessageProperties.from_dict
        )
        if type(postfix_id_outbound_) is not str and postfix_id_outbound_ is not None:
            postfix_id_outbound_ = maybe(
                postfix_id_outbound_, where(parent, key, cls), "postfix_id_outbound", as_str
            )
        if type(alert_id_) is not str and alert_id_ is not None:
            alert_id_ = maybe(alert_id_, where(parent, key, cls), "alert_id", as_str)
        if type(message_id_) is not str and message_id_ is not None:
            message_id_ = maybe(message_id_, where(parent, key, cls), "message_id", as_str)
        if type(subject_) is not str and subject_ is not None:
            subject_ = maybe(subject_, where(parent, key, cls), "subject", as_str)
        if type(from__) is not str and from__ is not None:
            from__ = maybe(from__, where(parent, key, cls), "from", as_str)
        if type(from_name_) is not str and from_name_ is not None:
            from_name_ = maybe(from_name_, where(parent, key, cls), "from_name", as_str)
        if type(replyto_) is not str and replyto_ is not None:
            replyto_ = maybe(replyto_, where(parent, key, cls), "replyto", as_str)
        if to_ is not None:
            to_ = maybe(to_, where(parent, key, cls), "to", _read_to)
        if to_name_ is not None:
            to_name_ = maybe(to_name_, where(parent, key, cls), "to_name", _read_to_name)
        if type(envelope_from_) is not str and envelope_from_ is not None:
            envelope_from_ = maybe(envelope_from_, where(parent, key, cls), "envelope_from", as_str)
        if envelope_to_ is not None:
            envelope_to_ = maybe(envelope_to_, where(parent, key, cls), "envelope_to", _read_envelope_to)
        if type(scanned_at_) is str:
            try:
                scanned_at_ = fromisoformat(scanned_at_)
            except ValueError:
                scanned_at_ = maybe(scanned_at_, where(parent, key, cls), "scanned_at", as_datetime)
        elif scanned_at_ is not None:
            scanned_at_ = maybe(scanned_at_, where(parent, key, cls), "scanned_at", as_datetime)
        if type(sent_at_) is str:
            try:
                sent_at_ = fromisoformat(sent_at_)
            except ValueError:
                sent_at_ = maybe(sent_at_, where(parent, key, cls), "sent_at", as_datetime)
        elif sent_at_ is not None:
            sent_at_ = maybe(sent_at_, where(parent, key, cls), "sent_at", as_datetime)
        if type(sent_date_) is not str and sent_date_ is not None:
            sent_date_ = maybe(sent_date_, where(parent, key, cls), "sent_date", as_str)
        if type(delivery_mode_) is str:
            delivery_mode_ = _MESSAGE_DELIVERY_MODE_MEMBERS.get(delivery_mode_, delivery_mode_)
        elif delivery_mode_ is not None:
            delivery_mode_ = maybe(
                delivery_mode_, where(parent, key, cls), "delivery_mode", enum_of(MessageDeliveryMode)
            )
        if delivery_status_ is not None:
            delivery_status_ = maybe(
                delivery_status_, where(parent, key, cls), "delivery_status", _read_delivery_status
            )
        if type(final_disposition_) is str:
            final_disposition_ = _DISPOSITION_LABEL_MEMBERS.get(final_disposition_, final_disposition_)
        elif final_disposition_ is not None:
            final_disposition_ = maybe(
                final_disposition_, where(parent, key, cls), "final_disposition", enum_of(DispositionLabel)
            )
        if threat_categories_ is not None:
            threat_categories_ = maybe(
                threat_categories_, where(parent, key, cls), "threat_categories", _read_threat_categories
            )
        if findings_ is not None:
            findings_ = maybe(findings_, where(parent, key, cls), "findings", _read_findings)
        if post_delivery_operations_ is not None:
            post_delivery_operations_ = maybe(
                post_delivery_operations_,
                where(parent, key, cls),
                "post_delivery_operations",
                _read_post_delivery_operations,
            )
        if validation_ is not None:
            validation_ = maybe(
                validation_, where(parent, key, cls), "validation", MessageValidation.from_dict
            )
        if type(edf_hash_) is not str and edf_hash_ is not None:
            edf_hash_ = maybe(edf_hash_, where(parent, key, cls), "edf_hash", as_str)
        if type(htmltext_structure_hash_) is not str and htmltext_structure_hash_ is not None:
            htmltext_structure_hash_ = maybe(
                htmltext_structure_hash_, where(parent, key, cls), "htmltext_structure_hash", as_str
            )
        if type(smtp_helo_server_ip_) is not str and smtp_helo_server_ip_ is not None:
            smtp_helo_server_ip_ = maybe(
                smtp_helo_server_ip_, where(parent, key, cls), "smtp_helo_server_ip", as_str
            )
        if type(smtp_previous_hop_ip_) is not str and smtp_previous_hop_ip_ is not None:
            smtp_previous_hop_ip_ = maybe(
                smtp_previous_hop_ip_, where(parent, key, cls), "smtp_previous_hop_ip", as_str
            )
        if type(x_originating_ip_) is not str and x_originating_ip_ is not None:
            x_originating_ip_ = maybe(x_originating_ip_, where(parent, key, cls), "x_originating_ip", as_str)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.id = id_
        obj.postfix_id = postfix_id_
        obj.client_recipients = client_recipients_
        obj.ts = ts_
        obj.detection_reasons = detection_reasons_
        obj.is_quarantined = is_quarantined_
        obj.is_phish_submission = is_phish_submission_
        obj.action_log = action_log_
        obj.properties = properties_
        obj.postfix_id_outbound = postfix_id_outbound_
        obj.alert_id = alert_id_
        obj.message_id = message_id_
        obj.subject = subject_
        obj.from_ = from__
        obj.from_name = from_name_
        obj.replyto = replyto_
        obj.to = to_
        obj.to_name = to_name_
        obj.envelope_from = envelope_from_
        obj.envelope_to = envelope_to_
        obj.scanned_at = scanned_at_
        obj.sent_at = sent_at_
        obj.sent_date = sent_date_
        obj.delivery_mode = delivery_mode_
        obj.delivery_status = delivery_status_
        obj.final_disposition = final_disposition_
        obj.threat_categories = threat_categories_
        obj.findings = findings_
        obj.post_delivery_operations = post_delivery_operations_
        obj.validation = validation_
        obj.edf_hash = edf_hash_
        obj.htmltext_structure_hash = htmltext_structure_hash_
        obj.smtp_helo_server_ip = smtp_helo_server_ip_
        obj.smtp_previous_hop_ip = smtp_previous_hop_ip_
        obj.x_originating_ip = x_originating_ip_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = (
    "id",
    "postfix_id",
    "client_recipients",
    "ts",
    "detection_reasons",
    "is_quarantined",
    "is_phish_submission",
    "action_log",
    "properties",
    "postfix_id_outbound",
    "alert_id",
    "message_id",
    "subject",
    "from",
    "from_name",
    "replyto",
    "to",
    "to_name",
    "envelope_from",
    "envelope_to",
    "scanned_at",
    "sent_at",
    "sent_date",
    "delivery_mode",
    "delivery_status",
    "final_disposition",
    "threat_categories",
    "findings",
    "post_delivery_operations",
    "validation",
    "edf_hash",
    "htmltext_structure_hash",
    "smtp_helo_server_ip",
    "smtp_previous_hop_ip",
    "x_originating_ip",
)
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The members of an enum by value: a str is looked up among them, and stays a str if unknown.
_MESSAGE_DELIVERY_MODE_MEMBERS = enum_members(MessageDeliveryMode)
_DISPOSITION_LABEL_MEMBERS = enum_members(DispositionLabel)
# The checkers of the fields made of others (a list's items, a union's choices), made once.
_read_client_recipients = list_of(as_str)
_read_detection_reasons = list_of(as_str)
_read_action_log = list_of(ActionLogEntry.from_dict)
_read_to = list_of(as_str)
_read_to_name = list_of(as_str)
_read_envelope_to = list_of(as_str)
_read_delivery_status = list_of(enum_of(DeliveryStatus))
_read_threat_categories = list_of(as_str)
_read_findings = list_of(Finding.from_dict)
_read_post_delivery_operations = list_of(enum_of(PostDeliveryOperation))
