"""ReleaseResult: Where one released message was delivered."""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import JSON_OBJECT, MISSING, as_object, as_str, list_of, maybe, required, where


@define
class ReleaseResult(ReadModel):
    """Where one released message was delivered.

    Attributes:
        id: The id of the message.
        delivered: The recipients it was delivered to.
        undelivered: The recipients it was not delivered to.
        failed: The recipients whose delivery failed.
        postfix_id: Deprecated (end of life 2026-11-01); use `id`.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    id: str
    delivered: list[str] | None = None
    undelivered: list[str] | None = None
    failed: list[str] | None = None
    postfix_id: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> ReleaseResult:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec.

        `parent` and `key` place the object in the response, for that error's path (`result[3]`).
        """
        if type(data) is not JSON_OBJECT:
            data = as_object(data, parent, key or cls.__name__)
        whole = False  # every field there, and no other: none to keep in additional_properties
        fields = _ABSENT  # MISSING for every field, until they are read
        if len(data) >= 5:
            try:
                fields = _FIELDS(data)
                whole = len(data) == 5
            except KeyError:
                pass
        if not whole:  # MISSING in place of an absent field
            fields = tuple(map(data.get, _KEYS, _ABSENT))
        id_, delivered_, undelivered_, failed_, postfix_id_ = fields
        if type(id_) is not str:
            id_ = required(id_, where(parent, key, cls), "id", as_str)
        if delivered_ is not None:
            delivered_ = maybe(delivered_, where(parent, key, cls), "delivered", _read_delivered)
        if undelivered_ is not None:
            undelivered_ = maybe(undelivered_, where(parent, key, cls), "undelivered", _read_undelivered)
        if failed_ is not None:
            failed_ = maybe(failed_, where(parent, key, cls), "failed", _read_failed)
        if type(postfix_id_) is not str and postfix_id_ is not None:
            postfix_id_ = maybe(postfix_id_, where(parent, key, cls), "postfix_id", as_str)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.id = id_
        obj.delivered = delivered_
        obj.undelivered = undelivered_
        obj.failed = failed_
        obj.postfix_id = postfix_id_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("id", "delivered", "undelivered", "failed", "postfix_id")
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The checkers of the fields made of others (a list's items, a union's choices), made once.
_read_delivered = list_of(as_str)
_read_undelivered = list_of(as_str)
_read_failed = list_of(as_str)
