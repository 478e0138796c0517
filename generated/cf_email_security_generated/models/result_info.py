"""ResultInfo: Where a page stands."""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import JSON_OBJECT, MISSING, as_int, as_object, maybe, where


@define
class ResultInfo(ReadModel):
    """Where a page stands.

    Attributes:
        count: Total number of results for the requested service.
        page: Current page within paginated list of results.
        per_page: Number of results per page of results.
        total_count: Total results available without any search parameters.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    count: int | None = None
    page: int | None = None
    per_page: int | None = None
    total_count: int | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> ResultInfo:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec.

        `parent` and `key` place the object in the response, for that error's path (`result[3]`).
        """
        if type(data) is not JSON_OBJECT:
            data = as_object(data, parent, key or cls.__name__)
        whole = False  # every field there, and no other: none to keep in additional_properties
        fields = _ABSENT  # MISSING for every field, until they are read
        if len(data) >= 4:
            try:
                fields = _FIELDS(data)
                whole = len(data) == 4
            except KeyError:
                pass
        if not whole:  # MISSING in place of an absent field
            fields = tuple(map(data.get, _KEYS, _ABSENT))
        count_, page_, per_page_, total_count_ = fields
        if type(count_) is not int and count_ is not None:
            count_ = maybe(count_, where(parent, key, cls), "count", as_int)
        if type(page_) is not int and page_ is not None:
            page_ = maybe(page_, where(parent, key, cls), "page", as_int)
        if type(per_page_) is not int and per_page_ is not None:
            per_page_ = maybe(per_page_, where(parent, key, cls), "per_page", as_int)
        if type(total_count_) is not int and total_count_ is not None:
            total_count_ = maybe(total_count_, where(parent, key, cls), "total_count", as_int)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.count = count_
        obj.page = page_
        obj.per_page = per_page_
        obj.total_count = total_count_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("count", "page", "per_page", "total_count")
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
