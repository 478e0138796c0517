"""CursorResultInfo: Where a page of a cursor-paginated list stands: the number of items on it, the page size, and the cursor of the next page, null or absent on the last one."""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import JSON_OBJECT, MISSING, as_int, as_object, as_str, maybe, where


@define
class CursorResultInfo(ReadModel):
    """Where a page of a cursor-paginated list stands: the number of items on it, the page size, and the
    cursor of the next page, null or absent on the last one.

    Attributes:
        count: The number of items on this page.
        per_page: The largest number of items a page holds.
        cursor: What to send as `cursor` to get the next page; null or absent on the last page.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    count: int | None = None
    per_page: int | None = None
    cursor: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> CursorResultInfo:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec.

        `parent` and `key` place the object in the response, for that error's path (`result[3]`).
        """
        if type(data) is not JSON_OBJECT:
            data = as_object(data, parent, key or cls.__name__)
        whole = False  # every field there, and no other: none to keep in additional_properties
        fields = _ABSENT  # MISSING for every field, until they are read
        if len(data) >= 3:
            try:
                fields = _FIELDS(data)
                whole = len(data) == 3
            except KeyError:
                pass
        if not whole:  # MISSING in place of an absent field
            fields = tuple(map(data.get, _KEYS, _ABSENT))
        count_, per_page_, cursor_ = fields
        if type(count_) is not int and count_ is not None:
            count_ = maybe(count_, where(parent, key, cls), "count", as_int)
        if type(per_page_) is not int and per_page_ is not None:
            per_page_ = maybe(per_page_, where(parent, key, cls), "per_page", as_int)
        if type(cursor_) is not str and cursor_ is not None:
            cursor_ = maybe(cursor_, where(parent, key, cls), "cursor", as_str)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.count = count_
        obj.per_page = per_page_
        obj.cursor = cursor_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("count", "per_page", "cursor")
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
