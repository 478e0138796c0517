"""Typed deep equality: values and their types, the types asked of the generated models.

`PatternType.EMAIL == "EMAIL"`, `True == 1` and a str where a datetime belongs would all pass a plain
`==`. Three checks, one walker each:

- `assert_same(actual, expected)`: two Python values, equal in value and exact type, recursively
  (models field by field, enum members by identity, datetimes with their UTC offset);
- `assert_matches_wire(model, wire)`: a parsed model against the JSON it was parsed from, field by
  field, each wire value read as the model's attrs field declares (an enum member where the value is
  one of the enum's, a UTC datetime for a date-time, UNSET for an absent field, unknown keys in
  `additional_properties`);
- `assert_typed(model)`: every field holds what its declared type allows.
"""

from __future__ import annotations

import datetime
import enum
import functools
import re
import types
import typing
import uuid
from collections.abc import Mapping
from typing import Any

import attrs

from cf_email_security import Unset
from cf_email_security_generated import runtime

MISSING: Any = type("Missing", (), {"__repr__": lambda self: "<absent>"})()
_FRACTION = re.compile(r"\.(\d+)")


# ---- what the models declare --------------------------------------------------------------------------


@functools.cache
def hints(cls: type) -> dict[str, Any]:
    """The resolved annotations of a generated model (its module holds the names they use)."""
    return typing.get_type_hints(cls)


def wire_names(cls: type) -> list[tuple[str, str]]:
    """(attribute, wire name) of every field a model reads from JSON."""
    return [(attribute, key) for key, attribute in runtime.wire_names(cls)]


def field_type(cls: type, name: str) -> Any:
    """The type a model declares for one field, e.g. `field_type(EntryRef, "id")`."""
    return hints(cls)[name]


def members(hint: Any) -> tuple[Any, ...]:
    """The alternatives of a union (`A | B`, Optional), or the type itself."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return typing.get_args(hint)
    return (hint,)


def describe(hint: Any) -> str:
    if hint is datetime.datetime:
        return "a UTC datetime"
    if hint is type(None):
        return "None"
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return " or ".join(describe(member) for member in members(hint))
    if typing.get_origin(hint) is list:
        return "a list"
    return f"a {getattr(hint, '__name__', hint)}"


def parse_datetime(text: str) -> datetime.datetime:
    """RFC 3339 as the spec's date-time: Z, and any number of fraction digits (Python 3.10's
    fromisoformat takes exactly 3 or 6), kept to the microsecond."""
    fraction = lambda match: "." + match.group(1)[:6].ljust(6, "0")  # noqa: E731
    return datetime.datetime.fromisoformat(_FRACTION.sub(fraction, text.replace("Z", "+00:00"), count=1))


# ---- a model against its JSON -------------------------------------------------------------------------


def wire_differences(actual: Any, wire: Any, hint: Any, where: str = "result") -> list[str]:
    """Where `actual` is not what a model typed `hint` makes of `wire` (MISSING: the key was absent)."""
    options = members(hint)
    if wire is MISSING:
        if isinstance(actual, Unset):
            return []
        return [f"{where}: {actual!r}, but the server sent nothing (expected UNSET)"]
    if wire is None:
        if actual is None and type(None) in options:
            return []
        if isinstance(actual, Unset) and type(None) not in options and Unset in options:
            return []  # a null where the spec allows none: the models read it as absent
        return [f"{where}: {actual!r} is a {type(actual).__name__}, expected None for a null"]
    for option in options:
        found = _against(actual, wire, option, where)
        if found is not None:
            return found
    return [f"{where}: the server sent {wire!r}, which {describe(hint)} cannot hold"]


def _against(actual: Any, wire: Any, option: Any, where: str) -> list[str] | None:
    """The differences if `option` is the type that reads `wire`; None if it is not."""
    origin = typing.get_origin(option)
    if option is Any:
        return differences(actual, wire, where)
    if origin is list:
        if not isinstance(wire, list):
            return None
        if type(actual) is not list or len(actual) != len(wire):
            return [f"{where}: {actual!r}, expected a list of {len(wire)}"]
        (item,) = typing.get_args(option) or (Any,)
        return [
            line
            for i, value in enumerate(wire)
            for line in wire_differences(actual[i], value, item, f"{where}[{i}]")
        ]
    if origin is dict or option is dict:
        return differences(actual, wire, where) if isinstance(wire, dict) else None
    if not isinstance(option, type) or option in (type(None), Unset):
        return None
    if attrs.has(option):
        return model_differences(actual, wire, option, where) if isinstance(wire, dict) else None
    if issubclass(option, enum.Enum):
        if wire not in {member.value for member in option}:
            return None
        return [] if actual is option(wire) else [f"{where}: {actual!r}, expected {option(wire)!r}"]
    if option is datetime.datetime:
        if not isinstance(wire, str):
            return None
        if type(actual) is not datetime.datetime or actual.utcoffset() is None:
            return [f"{where}: {actual!r} is a {type(actual).__name__}, not {describe(option)}"]
        expected = parse_datetime(wire)
        return [] if actual == expected else [f"{where}: {actual!r}, expected {expected!r} ({wire})"]
    if option is datetime.date:
        if not isinstance(wire, str):
            return None
        return differences(actual, datetime.date.fromisoformat(wire), where)
    if option is uuid.UUID:
        if not isinstance(wire, str):
            return None
        return differences(actual, uuid.UUID(wire), where)
    if option is bool:
        return differences(actual, wire, where) if type(wire) is bool else None
    if option is int:
        return differences(actual, wire, where) if type(wire) is int else None
    if option is float:
        if type(wire) not in (int, float):
            return None
        return differences(actual, float(wire), where)
    if option is str:
        return differences(actual, wire, where) if isinstance(wire, str) else None
    return None


def model_differences(actual: Any, wire: Mapping[str, Any], cls: type, where: str = "result") -> list[str]:
    """A model parsed from `wire`, field by field; keys the model does not know must be in
    `additional_properties`, and nowhere else."""
    if type(actual) is not cls:
        return [f"{where}: a {type(actual).__name__}, expected a {cls.__name__}"]
    found: list[str] = []
    known = set()
    declared = hints(cls)
    defaults = {f.name: f.default for f in attrs.fields(cls)}
    for attribute, key in wire_names(cls):
        known.add(key)
        value, path = getattr(actual, attribute), f"{where}.{attribute}"
        if key not in wire and defaults.get(attribute, attrs.NOTHING) is not attrs.NOTHING:
            default = defaults[attribute]  # absent: what the model declares for a field not given
            if not (value is default or (isinstance(value, Unset) and isinstance(default, Unset))):
                found.append(f"{path}: {value!r}, but the server sent nothing (expected {default!r})")
            continue
        found += wire_differences(value, wire.get(key, MISSING), declared[attribute], path)
    extra = {key: value for key, value in wire.items() if key not in known}
    if hasattr(actual, "additional_properties"):
        found += differences(actual.additional_properties, extra, f"{where}.additional_properties")
    return found


def assert_matches_wire(actual: Any, wire: Any, hint: Any = None, where: str = "result") -> None:
    """`actual` is exactly what the generated models make of `wire`: a model (its own class is the
    type), a list of models, or any value of type `hint`."""
    if hint is None:
        if isinstance(actual, list):
            item = type(actual[0]) if actual else Any
            hint = list[item]  # type: ignore[valid-type]
        else:
            hint = type(actual)
    found = wire_differences(actual, wire, hint, where)
    assert not found, "\n".join(found)


# ---- declared types -----------------------------------------------------------------------------------


def type_problems(value: Any, hint: Any, where: str = "value") -> list[str]:
    """Where `value` does not hold what `hint` declares, recursing into models and lists."""
    if hint is Any:
        return []
    options = members(hint)
    if len(options) > 1:
        for option in options:
            if not type_problems(value, option, where):
                return []
        return [f"{where}: {value!r} is a {type(value).__name__}, not {describe(hint)}"]
    origin = typing.get_origin(hint)
    if origin is list:
        if type(value) is not list:
            return [f"{where}: {value!r} is a {type(value).__name__}, not a list"]
        (item,) = typing.get_args(hint) or (Any,)
        return [
            line for i, element in enumerate(value) for line in type_problems(element, item, f"{where}[{i}]")
        ]
    if origin is dict or hint is dict:
        return [] if type(value) is dict else [f"{where}: {value!r} is a {type(value).__name__}, not a dict"]
    if hint is type(None):
        return [] if value is None else [f"{where}: {value!r} is not None"]
    if isinstance(hint, type) and attrs.has(hint):
        if type(value) is not hint:
            return [f"{where}: {value!r} is a {type(value).__name__}, not {describe(hint)}"]
        return model_type_problems(value, where)
    if hint is datetime.datetime:
        if type(value) is datetime.datetime and value.utcoffset() == datetime.timedelta(0):
            return []
        return [f"{where}: {value!r} is a {type(value).__name__}, not {describe(hint)}"]
    if isinstance(hint, type) and issubclass(hint, Unset):
        return [] if isinstance(value, Unset) else [f"{where}: {value!r} is not UNSET"]
    ok = type(value) in (float, int) if hint is float else type(value) is hint
    return [] if ok else [f"{where}: {value!r} is a {type(value).__name__}, not {describe(hint)}"]


def model_type_problems(model: Any, where: str | None = None) -> list[str]:
    cls = type(model)
    where = cls.__name__ if where is None else where
    declared = hints(cls)
    return [
        line
        for field in attrs.fields(cls)
        for line in type_problems(getattr(model, field.name), declared[field.name], f"{where}.{field.name}")
    ]


def assert_typed(value: Any, hint: Any = None, where: str | None = None) -> None:
    """Every field of a model (or of each model in a list) holds what the model declares for it."""
    if hint is None and isinstance(value, list):
        found = [line for i, item in enumerate(value) for line in model_type_problems(item, f"[{i}]")]
    elif hint is None:
        found = model_type_problems(value, where)
    else:
        found = type_problems(value, hint, where or "value")
    assert not found, "\n".join(found)


def wire_ids(entries: Any) -> list[Any]:
    """The ids of parsed entries as the wire holds them (each model writes its own JSON back)."""
    return [entry.to_dict()["id"] for entry in entries]


# ---- two Python values --------------------------------------------------------------------------------


def differences(actual: Any, expected: Any, where: str = "value") -> list[str]:
    """Where `actual` differs from `expected` in value or in exact type, recursing into models, lists
    and dicts; enum members by identity, datetimes with their offset."""
    if type(actual) is not type(expected):
        kinds = f"{type(actual).__name__} {actual!r}, expected {type(expected).__name__} {expected!r}"
        return [f"{where}: {kinds}"]
    if isinstance(expected, enum.Enum):
        return [] if actual is expected else [f"{where}: {actual!r} is not {expected!r}"]
    if attrs.has(type(expected)):
        return [
            line
            for field in attrs.fields(type(expected))
            for line in differences(
                getattr(actual, field.name), getattr(expected, field.name), f"{where}.{field.name}"
            )
        ]
    if isinstance(expected, (list, tuple)):
        if len(actual) != len(expected):
            return [f"{where}: {len(actual)} items, expected {len(expected)}: {actual!r}"]
        return [
            line
            for i, pair in enumerate(zip(actual, expected, strict=True))
            for line in differences(*pair, f"{where}[{i}]")
        ]
    if isinstance(expected, dict):
        if actual.keys() != expected.keys():
            return [f"{where}: keys {sorted(actual, key=str)}, expected {sorted(expected, key=str)}"]
        return [
            line for key in expected for line in differences(actual[key], expected[key], f"{where}[{key!r}]")
        ]
    if actual != expected:
        return [f"{where}: {actual!r}, expected {expected!r}"]
    if isinstance(expected, datetime.datetime) and actual.utcoffset() != expected.utcoffset():
        return [f"{where}: offset {actual.utcoffset()}, expected {expected.utcoffset()}"]
    return []


def assert_same(actual: Any, expected: Any, where: str = "value") -> None:
    found = differences(actual, expected, where)
    assert not found, "\n".join(found)
