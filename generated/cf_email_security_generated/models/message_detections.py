"""MessageDetections: What Email Security found in a message with a detection."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_str, enum_of, list_of, maybe, required, required_nullable
from .detection_attachment import DetectionAttachment
from .detection_link import DetectionLink
from .detection_validation import DetectionValidation
from .disposition_label import DispositionLabel
from .finding import Finding
from .message_header import MessageHeader
from .sender_info import SenderInfo
from .threat_category import ThreatCategory


@define
class MessageDetections(ReadModel):
    """What Email Security found in a message with a detection.

    Attributes:
        action: What Email Security did with the message.
        sender_info: Where a message came from.
        validation: The SPF, DKIM and DMARC results of a message.
        final_disposition: The verdict Email Security gave a message, or null.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("action", required, as_str),
        ("findings", required_nullable, list_of(Finding.from_dict)),
        ("threat_categories", required, list_of(ThreatCategory.from_dict)),
        ("attachments", required, list_of(DetectionAttachment.from_dict)),
        ("links", required, list_of(DetectionLink.from_dict)),
        ("headers", required, list_of(MessageHeader.from_dict)),
        ("sender_info", required, SenderInfo.from_dict),
        ("validation", required, DetectionValidation.from_dict),
        ("final_disposition", maybe, enum_of(DispositionLabel)),
    )

    action: str
    findings: list[Finding] | None
    threat_categories: list[ThreatCategory]
    attachments: list[DetectionAttachment]
    links: list[DetectionLink]
    headers: list[MessageHeader]
    sender_info: SenderInfo
    validation: DetectionValidation
    final_disposition: DispositionLabel | str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
