"""JobRef: The id of a bulk job."""

from __future__ import annotations

from typing import Any

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import JSON_OBJECT, MISSING, as_object, as_str, required, where


@define
class JobRef(ReadModel):
    """The id of a bulk job.

    Attributes:
        id: The id of a bulk job.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    id: str
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> JobRef:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec.

        `parent` and `key` place the object in the response, for that error's path (`result[3]`).
        """
        if type(data) is not JSON_OBJECT:
            data = as_object(data, parent, key or cls.__name__)
        id_ = data.get("id", MISSING)
        whole = len(data) == 1 and id_ is not MISSING  # no field the spec does not know
        if type(id_) is not str:
            id_ = required(id_, where(parent, key, cls), "id", as_str)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.id = id_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("id",)
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
