"""DetectionAttachment: An attachment of a message and what was found in it."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_bool, as_int, as_str, enum_of, maybe, required
from .disposition_label import DispositionLabel


@define
class DetectionAttachment(ReadModel):
    """An attachment of a message and what was found in it.

    Attributes:
        size: The attachment's size in bytes.
        filename: The attachment's file name.
        name: The attachment's name, where it has no file name.
        content_type: The attachment's MIME type.
        encrypted: Whether the attachment is encrypted.
        detection: The verdict Email Security gave a message, or null.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("size", required, as_int),
        ("filename", maybe, as_str),
        ("name", maybe, as_str),
        ("content_type", maybe, as_str),
        ("encrypted", maybe, as_bool),
        ("detection", maybe, enum_of(DispositionLabel)),
        ("md5", maybe, as_str),
        ("sha1", maybe, as_str),
        ("sha256", maybe, as_str),
    )

    size: int
    filename: str | None = None
    name: str | None = None
    content_type: str | None = None
    encrypted: bool | None = None
    detection: DispositionLabel | str | None = None
    md5: str | None = None
    sha1: str | None = None
    sha256: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
