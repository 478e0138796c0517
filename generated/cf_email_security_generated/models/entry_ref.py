"""EntryRef: Entry ref."""

from __future__ import annotations

from typing import Any, TypedDict

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import JSON_OBJECT, MISSING, as_object, as_str, required, where
from .._validation import check


@define
class EntryRef(ReadModel):
    """Entry ref.

    Attributes:
        id: The unique identifier of an entry, a UUID.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    id: str
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    def validate(self, path: str = "") -> None:
        """Check every field against the spec's rules; ValidationError names the first that breaks one."""
        check(self.id, path, "id", str, required=True, format="uuid")

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> EntryRef:
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


class EntryRefDict(TypedDict):
    """The model's fields as a dict: calls and batch builders take it where they take the model."""

    id: str


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("id",)
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
