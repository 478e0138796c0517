"""Reading response JSON into models: type checks that name the field, and leniency where it is safe.

A model read from responses reads each field in its `from_dict`, which the generator writes out field
by field. A field's value, MISSING where it is absent, goes to its rule: `required`,
`required_nullable`, `optional`, `optional_nullable` or `maybe`. The rule handles absence and null and
calls the checker of the field's type. `from_dict` skips those calls where their outcome is known: a
value that already has the type its checker returns (a str, an int, a bool, a float; a str for an enum
or a datetime), and a null the rule reads as None. A page holds hundreds of fields: reading it that
way takes a third of the time. Failures raise ResponseValidationError with the field's path, never a
bare KeyError or TypeError. Fields the spec does not know stay in `additional_properties`; enum values
it does not know stay plain strings. Checkers take (value, parent, key) so that the path string is
only built when something is wrong.
"""

from __future__ import annotations

import datetime
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from functools import cache
from itertools import repeat
from typing import Any, NoReturn, TypeVar, cast
from uuid import UUID

from .errors import ResponseValidationError
from .types import UNSET, Unset

T = TypeVar("T")
E = TypeVar("E", bound=Enum)
Checker = Callable[[Any, str, str], T]
Rule = Callable[[Any, str, str, Checker[Any]], Any]
"""How a field's absence and null read: (value, path, key, checker) -> the attribute's value."""
MISSING: Any = object()
"""What `from_dict` reads for an absent field, to tell absent from an explicit null."""
_FRACTION = re.compile(r"\.(\d+)")
NATIVE_ISO = sys.version_info >= (3, 11)  # fromisoformat reads `Z` and any number of fraction digits
JSON_OBJECT: type[dict[str, Any]] = dict
"""`dict`, as the type of the JSON objects `from_dict` reads: `type(data) is JSON_OBJECT` tells type
checkers what `data` is, where `type(data) is dict` would leave its keys and values unknown."""
fromisoformat = datetime.datetime.fromisoformat
"""What `from_dict` reads a date-time with first: on Python >= 3.11 it reads what Cloudflare writes,
in one C call; a str it refuses (any with `Z` on 3.10) goes to the field's rule, and `as_datetime`."""


def join(parent: str, key: str) -> str:
    """The path of a field below its parent: `result.id`, `result[3]`."""
    if not parent:
        return key
    return f"{parent}{key}" if key.startswith("[") else f"{parent}.{key}"


def where(parent: str, key: str | None, model: type) -> str:
    """The path of the object a model's `from_dict(data, parent, key)` reads: its key, or at the top of
    a document, the model's name."""
    return join(parent, key or model.__name__)


def fail(parent: str, key: str, expected: str, value: Any) -> NoReturn:
    raise ResponseValidationError(join(parent, key), f"expected {expected}, got {type(value).__name__}")


def as_object(data: Any, parent: str, key: str) -> dict[str, Any]:
    """A copy of a JSON object, to pop known fields from; what is left are the unknown ones."""
    if type(data) is dict:  # what the JSON decoder gives: no need for the slower Mapping check
        return cast("dict[str, Any]", data).copy()
    if not isinstance(data, Mapping):
        fail(parent, key, "an object", data)
    return dict(cast("Mapping[str, Any]", data))


def required(value: Any, path: str, key: str, check: Checker[T]) -> T:
    """A field that must be there and not null."""
    if value is MISSING:
        raise ResponseValidationError(join(path, key), "is required but missing")
    if value is None:
        raise ResponseValidationError(join(path, key), "is required but null")
    return check(value, path, key)


def required_nullable(value: Any, path: str, key: str, check: Checker[T]) -> T | None:
    """A field that must be there, and may be null."""
    if value is MISSING:
        raise ResponseValidationError(join(path, key), "is required but missing")
    return None if value is None else check(value, path, key)


def optional(value: Any, path: str, key: str, check: Checker[T]) -> T | Unset:
    """An optional field: a null where the spec allows none is read as absent, not as an error."""
    return UNSET if value is None or value is MISSING else check(value, path, key)


def maybe(value: Any, path: str, key: str, check: Checker[T]) -> T | None:
    """An optional field of a model only ever read: absent and null both read as None."""
    return None if value is None or value is MISSING else check(value, path, key)


def optional_nullable(value: Any, path: str, key: str, check: Checker[T]) -> T | Unset | None:
    """An optional field that may be null: absent reads as UNSET, null as None."""
    if value is MISSING:
        return UNSET
    return None if value is None else check(value, path, key)


def as_str(value: Any, parent: str, key: str) -> str:
    if isinstance(value, str):
        return value
    fail(parent, key, "a string", value)


def as_int(value: Any, parent: str, key: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    fail(parent, key, "an integer", value)


def as_float(value: Any, parent: str, key: str) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    fail(parent, key, "a number", value)


def as_bool(value: Any, parent: str, key: str) -> bool:
    if isinstance(value, bool):
        return value
    fail(parent, key, "a boolean", value)


def as_any(value: Any, parent: str, key: str) -> Any:
    return value


def parse_datetime(text: str) -> datetime.datetime:
    """ISO 8601 as Cloudflare writes it (`Z`, any number of fraction digits), on Python 3.10 too."""
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        return datetime.datetime.fromisoformat(text)
    except ValueError:
        return datetime.datetime.fromisoformat(_FRACTION.sub(lambda m: "." + m[1][:6].ljust(6, "0"), text))


def as_datetime(value: Any, parent: str, key: str) -> datetime.datetime:
    if isinstance(value, str):
        if NATIVE_ISO:
            try:
                return datetime.datetime.fromisoformat(value)  # the common case, in one C call
            except ValueError:
                pass
        try:
            return parse_datetime(value)
        except ValueError:
            pass
    fail(parent, key, "an ISO 8601 date-time", value)


def as_date(value: Any, parent: str, key: str) -> datetime.date:
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    fail(parent, key, "an ISO 8601 date", value)


def as_uuid(value: Any, parent: str, key: str) -> UUID:
    if isinstance(value, str):
        try:
            return UUID(value)
        except ValueError:
            pass
    fail(parent, key, "a UUID", value)


def enum_members(cls: type[E]) -> Mapping[Any, E]:
    """An enum's members by value, for `from_dict` to look a str up without calling its checker."""
    return cast("dict[Any, E]", dict(cls._value2member_map_))


def enum_of(cls: type[E]) -> Checker[E | str]:
    """A checker for an enum that keeps values the spec does not know as plain strings."""
    return _enum_checker(cls)


@cache  # one per enum; `from_dict` asks for it only when a value is not a str
def _enum_checker(cls: type[Enum]) -> Checker[Any]:
    members = enum_members(cls)

    def check(value: Any, parent: str, key: str) -> Enum | str:
        try:
            member = members.get(value)
        except TypeError:  # unhashable: an array or an object where a value belongs
            member = None
        if member is not None:
            return member
        if isinstance(value, str):
            return value
        fail(parent, key, f"a {cls.__name__} value", value)

    return check


_index_keys: tuple[str, ...] = ()  # "[0]", "[1]", ...: the key of each item of a list, made once


def list_of(item: Checker[T]) -> Checker[list[T]]:
    """A checker for an array, reading each item with `item`; the items are named `[0]`, `[1]`, ..."""

    def check(value: Any, parent: str, key: str) -> list[T]:
        global _index_keys
        if not isinstance(value, list):
            fail(parent, key, "an array", value)
        entries = cast("Sequence[Any]", value)
        keys = _index_keys
        if len(keys) < len(entries):  # a new tuple, not an extended one: another thread may read it
            keys = _index_keys = tuple(f"[{index}]" for index in range(max(len(entries), 2 * len(keys))))
        return list(map(item, entries, repeat(join(parent, key)), keys))

    return check


def one_of(*checks: Checker[Any]) -> Checker[Any]:
    """A checker for a union: the first alternative that accepts the value wins."""

    def check(value: Any, parent: str, key: str) -> Any:
        for alternative in checks:
            try:
                return alternative(value, parent, key)
            except ResponseValidationError:
                continue
        fail(parent, key, "one of the documented shapes", value)

    return check
