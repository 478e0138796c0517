"""MessageDetections: What Email Security found in a message with a detection."""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import (
    JSON_OBJECT,
    MISSING,
    as_object,
    as_str,
    enum_members,
    enum_of,
    list_of,
    maybe,
    required,
    required_nullable,
    where,
)
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

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> MessageDetections:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec.

        `parent` and `key` place the object in the response, for that error's path (`result[3]`).
        """
        if type(data) is not JSON_OBJECT:
            data = as_object(data, parent, key or cls.__name__)
        whole = False  # every field there, and no other: none to keep in additional_properties
        fields = _ABSENT  # MISSING for every field, until they are read
        if len(data) >= 9:
            try:
                fields = _FIELDS(data)
                whole = len(data) == 9
            except KeyError:
                pass
        if not whole:  # MISSING in place of an absent field
            fields = tuple(map(data.get, _KEYS, _ABSENT))
        (
            action_,
            findings_,
            threat_categories_,
            attachments_,
            links_,
            headers_,
            sender_info_,
            validation_,
            final_disposition_,
        ) = fields
        if type(action_) is not str:
            action_ = required(action_, where(parent, key, cls), "action", as_str)
        if findings_ is not None:
            findings_ = required_nullable(findings_, where(parent, key, cls), "findings", _read_findings)
        threat_categories_ = required(
            threat_categories_, where(parent, key, cls), "threat_categories", _read_threat_categories
        )
        attachments_ = required(attachments_, where(parent, key, cls), "attachments", _read_attachments)
        links_ = required(links_, where(parent, key, cls), "links", _read_links)
        headers_ = required(headers_, where(parent, key, cls), "headers", _read_headers)
        sender_info_ = required(sender_info_, where(parent, key, cls), "sender_info", SenderInfo.from_dict)
        validation_ = required(
            validation_, where(parent, key, cls), "validation", DetectionValidation.from_dict
        )
        if type(final_disposition_) is str:
            final_disposition_ = _DISPOSITION_LABEL_MEMBERS.get(final_disposition_, final_disposition_)
        elif final_disposition_ is not None:
            final_disposition_ = maybe(
                final_disposition_, where(parent, key, cls), "final_disposition", enum_of(DispositionLabel)
            )
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.action = action_
        obj.findings = findings_
        obj.threat_categories = threat_categories_
        obj.attachments = attachments_
        obj.links = links_
        obj.headers = headers_
        obj.sender_info = sender_info_
        obj.validation = validation_
        obj.final_disposition = final_disposition_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = (
    "action",
    "findings",
    "threat_categories",
    "attachments",
    "links",
    "headers",
    "sender_info",
    "validation",
    "final_disposition",
)
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The members of an enum by value: a str is looked up among them, and stays a str if unknown.
_DISPOSITION_LABEL_MEMBERS = enum_members(DispositionLabel)
# The checkers of the fields made of others (a list's items, a union's choices), made once.
_read_findings = list_of(Finding.from_dict)
_read_threat_categories = list_of(ThreatCategory.from_dict)
_read_attachments = list_of(DetectionAttachment.from_dict)
_read_links = list_of(DetectionLink.from_dict)
_read_headers = list_of(MessageHeader.from_dict)
