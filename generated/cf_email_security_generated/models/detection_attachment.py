"""DetectionAttachment: An attachment of a message and what was found in it."""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import (
    JSON_OBJECT,
    MISSING,
    as_bool,
    as_int,
    as_object,
    as_str,
    enum_members,
    enum_of,
    maybe,
    required,
    where,
)
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

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> DetectionAttachment:
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
        size_, filename_, name_, content_type_, encrypted_, detection_, md5_, sha1_, sha256_ = fields
        if type(size_) is not int:
            size_ = required(size_, where(parent, key, cls), "size", as_int)
        if type(filename_) is not str and filename_ is not None:
            filename_ = maybe(filename_, where(parent, key, cls), "filename", as_str)
        if type(name_) is not str and name_ is not None:
            name_ = maybe(name_, where(parent, key, cls), "name", as_str)
        if type(content_type_) is not str and content_type_ is not None:
            content_type_ = maybe(content_type_, where(parent, key, cls), "content_type", as_str)
        if type(encrypted_) is not bool and encrypted_ is not None:
            encrypted_ = maybe(encrypted_, where(parent, key, cls), "encrypted", as_bool)
        if type(detection_) is str:
            detection_ = _DISPOSITION_LABEL_MEMBERS.get(detection_, detection_)
        elif detection_ is not None:
            detection_ = maybe(detection_, where(parent, key, cls), "detection", enum_of(DispositionLabel))
        if type(md5_) is not str and md5_ is not None:
            md5_ = maybe(md5_, where(parent, key, cls), "md5", as_str)
        if type(sha1_) is not str and sha1_ is not None:
            sha1_ = maybe(sha1_, where(parent, key, cls), "sha1", as_str)
        if type(sha256_) is not str and sha256_ is not None:
            sha256_ = maybe(sha256_, where(parent, key, cls), "sha256", as_str)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.size = size_
        obj.filename = filename_
        obj.name = name_
        obj.content_type = content_type_
        obj.encrypted = encrypted_
        obj.detection = detection_
        obj.md5 = md5_
        obj.sha1 = sha1_
        obj.sha256 = sha256_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("size", "filename", "name", "content_type", "encrypted", "detection", "md5", "sha1", "sha256")
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The members of an enum by value: a str is looked up among them, and stays a str if unknown.
_DISPOSITION_LABEL_MEMBERS = enum_members(DispositionLabel)
