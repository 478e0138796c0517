"""InvestigateMessage: A message as Email Security's investigation shows it."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_bool, as_datetime, as_str, enum_of, list_of, maybe, required
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

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("id", required, as_str),
        ("postfix_id", required, as_str),
        ("client_recipients", required, list_of(as_str)),
        ("ts", required, as_str),
        ("detection_reasons", required, list_of(as_str)),
        ("is_quarantined", required, as_bool),
        ("is_phish_submission", required, as_bool),
        ("action_log", required, list_of(ActionLogEntry.from_dict)),
        ("properties", required, MessageProperties.from_dict),
        ("postfix_id_outbound", maybe, as_str),
        ("alert_id", maybe, as_str),
        ("message_id", maybe, as_str),
        ("subject", maybe, as_str),
        ("from", maybe, as_str),
        ("from_name", maybe, as_str),
        ("replyto", maybe, as_str),
        ("to", maybe, list_of(as_str)),
        ("to_name", maybe, list_of(as_str)),
        ("envelope_from", maybe, as_str),
        ("envelope_to", maybe, list_of(as_str)),
        ("scanned_at", maybe, as_datetime),
        ("sent_at", maybe, as_datetime),
        ("sent_date", maybe, as_str),
        ("delivery_mode", maybe, enum_of(MessageDeliveryMode)),
        ("delivery_status", maybe, list_of(enum_of(DeliveryStatus))),
        ("final_disposition", maybe, enum_of(DispositionLabel)),
        ("threat_categories", maybe, list_of(as_str)),
        ("findings", maybe, list_of(Finding.from_dict)),
        ("post_delivery_operations", maybe, list_of(enum_of(PostDeliveryOperation))),
        ("validation", maybe, MessageValidation.from_dict),
        ("edf_hash", maybe, as_str),
        ("htmltext_structure_hash", maybe, as_str),
        ("smtp_helo_server_ip", maybe, as_str),
        ("smtp_previous_hop_ip", maybe, as_str),
        ("x_originating_ip", maybe, as_str),
    )

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
