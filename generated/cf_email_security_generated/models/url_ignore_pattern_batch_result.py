"""UrlIgnorePatternBatchResult: What the batch did, array by array."""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import JSON_OBJECT, MISSING, as_object, list_of, required, where
from .entry_ref import EntryRef
from .url_ignore_pattern import UrlIgnorePattern


@define
class UrlIgnorePatternBatchResult(ReadModel):
    """What the batch did, array by array.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    deletes: list[EntryRef]
    patches: list[UrlIgnorePattern]
    puts: list[UrlIgnorePattern]
    posts: list[UrlIgnorePattern]
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> UrlIgnorePatternBatchResult:
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
        deletes_, patches_, puts_, posts_ = fields
        deletes_ = required(deletes_, where(parent, key, cls), "deletes", _read_deletes)
        patches_ = required(patches_, where(parent, key, cls), "patches", _read_patches)
        puts_ = required(puts_, where(parent, key, cls), "puts", _read_puts)
        posts_ = required(posts_, where(parent, key, cls), "posts", _read_posts)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.deletes = deletes_
        obj.patches = patches_
        obj.puts = puts_
        obj.posts = posts_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = ("deletes", "patches", "puts", "posts")
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The checkers of the fields made of others (a list's items, a union's choices), made once.
_read_deletes = list_of(EntryRef.from_dict)
_read_patches = list_of(UrlIgnorePattern.from_dict)
_read_puts = list_of(UrlIgnorePattern.from_dict)
_read_posts = list_of(UrlIgnorePattern.from_dict)
