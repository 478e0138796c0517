"""PhishGuardReport: A PhishGuard alert report."""

from __future__ import annotations

import datetime
from operator import itemgetter
from typing import Any

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import (
    JSON_OBJECT,
    MISSING,
    as_datetime,
    as_int,
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
from .disposition_label import DispositionLabel
from .phish_guard_report_fields import PhishGuardReportFields
from .phish_guard_report_tag import PhishGuardReportTag


@define
class PhishGuardReport(ReadModel):
    """A PhishGuard alert report.

    Attributes:
        fields: The message a report is about.
        ts: Deprecated; use `created_at`.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    id: int
    title: str
    content: str
    priority: str
    disposition: DispositionLabel | str
    fields: PhishGuardReportFields
    tags: list[PhishGuardReportTag] | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    ts: datetime.datetime | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> PhishGuardReport:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec.

        `parent` and `key` place the object in the response, for that error's path (`result[3]`).
        """
        if type(data) is not JSON_OBJECT:
            data = as_object(data, parent, key or cls.__name__)
        whole = False  # every field there, and no other: none to keep in additional_properties
        fields = _ABSENT  # MISSING for every field, until they are read
        if len(data) >= 10:
            try:
                fields = _FIELDS(data)
                whole = len(data) == 10
            except KeyError:
                pass
        if not whole:  # MISSING in place of an absent field
            fields = tuple(map(data.get, _KEYS, _ABSENT))
        id_, title_, content_, priority_, disposition_, fields_, tags_, created_at_, updated_at_, ts_ = fields
        if type(id_) is not int:
            id_ = required(id_, where(parent, key, cls), "id", as_int)
        if type(title_) is not str:
            title_ = required(title_, where(parent, key, cls), "title", as_str)
        if type(content_) is not str:
            content_ = required(content_, where(parent, key, cls), "content", as_str)
        if type(priority_) is not str:
            priority_ = required(priority_, where(parent, key, cls), "priority", as_str)
        if type(disposition_) is str:
            disposition_ = _DISPOSITION_LABEL_MEMBERS.get(disposition_, disposition_)
        else:
            disposition_ = required(
                disposition_, where(parent, key, cls), "disposition", enum_of(DispositionLabel)
            )
        fields_ = required(fields_, where(parent, key, cls), "fields", PhishGuardReportFields.from_dict)
        if tags_ is not None:
            tags_ = maybe(tags_, where(parent, key, cls), "tags", _read_tags)
        if type(created_at_) is str:
            try:
                created_at_ = fromisoformat(created_at_)
            except ValueError:
                created_at_ = maybe(created_at_, where(parent, key, cls), "created_at", as_datetime)
        elif created_at_ is not None:
            created_at_ = maybe(created_at_, where(parent, key, cls), "created_at", as_datetime)
        if type(updated_at_) is str:
            try:
                updated_at_ = fromisoformat(updated_at_)
            except ValueError:
                updated_at_ = maybe(updated_at_, where(parent, key, cls), "updated_at", as_datetime)
        elif updated_at_ is not None:
            updated_at_ = maybe(updated_at_, where(parent, key, cls), "updated_at", as_datetime)
        if type(ts_) is str:
            try:
                ts_ = fromisoformat(ts_)
            except ValueError:
                ts_ = maybe(ts_, where(parent, key, cls), "ts", as_datetime)
        elif ts_ is not None:
            ts_ = maybe(ts_, where(parent, key, cls), "ts", as_datetime)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.id = id_
        obj.title = title_
        obj.content = content_
        obj.priority = priority_
        obj.disposition = disposition_
        obj.fields = fields_
        obj.tags = tags_
        obj.created_at = created_at_
        obj.updated_at = updated_at_
        obj.ts = ts_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = (
    "id",
    "title",
    "content",
    "priority",
    "disposition",
    "fields",
    "tags",
    "created_at",
    "updated_at",
    "ts",
)
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The members of an enum by value: a str is looked up among them, and stays a str if unknown.
_DISPOSITION_LABEL_MEMBERS = enum_members(DispositionLabel)
# The checkers of the fields made of others (a list's items, a union's choices), made once.
_read_tags = list_of(PhishGuardReportTag.from_dict)
