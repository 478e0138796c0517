"""Checking what a caller passes against the spec's rules, before any request is built or sent.

Generated `validate` methods and request builders call `check` once per field with the rules the
spec states (type, required, nullable, lengths, ranges, item counts, patterns). The first broken rule
raises ValidationError naming the field and the rule. Values are never echoed: a message stays short
and cannot carry what the caller meant to keep private.
"""

from __future__ import annotations

import datetime
import os
import re
import sys
import warnings
from collections.abc import Mapping, Sequence
from enum import Enum
from functools import cache
from typing import Any, Protocol, TypeVar, cast
from uuid import UUID

import attrs

from .errors import ValidationError
from .types import UNSET

M = TypeVar("M")
_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep
TYPE_NAMES: dict[type, str] = {
    str: "a string",
    int: "an integer",
    bool: "a boolean",
    float: "a number",
    datetime.datetime: "a datetime",
    datetime.date: "a date",
    UUID: "a UUID",
    list: "a list",
}


class Validatable(Protocol):
    def validate(self, path: str = ...) -> None: ...


def join(parent: str, key: str) -> str:
    if not parent:
        return key
    return f"{parent}{key}" if key.startswith("[") else f"{parent}.{key}"


def check(
    value: Any,
    parent: str,
    key: str,
    kind: type | object,
    *,
    required: bool = False,
    nullable: bool = False,
    min_length: int | None = None,
    max_length: int | None = None,
    minimum: float | None = None,
    maximum: float | None = None,
    min_items: int | None = None,
    max_items: int | None = None,
    pattern: str | None = None,
    format: str | None = None,
    items: type | object = object,
) -> None:
    """Raise ValidationError for the first rule `value` breaks; UNSET means "not sent"."""
    if value is UNSET:
        if required:
            raise ValidationError(join(parent, key), "is required")
        return
    if value is None:
        if nullable:
            return
        raise ValidationError(join(parent, key), "must not be None")
    _check_kind(value, parent, key, kind, items)
    path = join(parent, key)
    if isinstance(value, str):
        if not value.isascii() and not _is_unicode(value):
            raise ValidationError(path, "must be valid Unicode text (it holds a lone surrogate)")
        if min_length is not None and len(value) < min_length:
            rule = (
                "must not be empty" if min_length == 1 else f"must be at least {min_length} characters long"
            )
            raise ValidationError(path, rule)
        if max_length is not None and len(value) > max_length:
            raise ValidationError(path, f"must be at most {max_length} characters long (got {len(value)})")
        if pattern is not None and not _regex(pattern).search(value):
            raise ValidationError(path, f"must match {pattern}")
        if format == "uuid" and not _is_uuid(value):
            raise ValidationError(path, "must be a UUID such as f174e90a-fafe-4643-bbbc-4a0ed4fc8415")
    elif isinstance(value, (int, float)):
        if minimum is not None and value < minimum:
            raise ValidationError(path, f"must be >= {minimum}")
        if maximum is not None and value > maximum:
            raise ValidationError(path, f"must be <= {maximum}")
    elif isinstance(value, (list, tuple)):
        if min_items is not None and len(value) < min_items:
            raise ValidationError(path, f"must have at least {min_items} entries")
        if max_items is not None and len(value) > max_items:
            raise ValidationError(path, f"must have at most {max_items} entries (got {len(value)})")


def _check_kind(value: Any, parent: str, key: str, kind: type | object, items: type | object) -> None:
    path = join(parent, key)
    if kind is object:
        return
    if isinstance(kind, type) and issubclass(kind, Enum):
        if isinstance(value, kind) or (isinstance(value, str) and value in kind._value2member_map_):
            return
        allowed = ", ".join(str(member.value) for member in kind)
        raise ValidationError(path, f"must be one of {allowed}")
    if kind is list:
        if not isinstance(value, (list, tuple)):
            raise ValidationError(path, "must be a list")
        for index, entry in enumerate(value):
            check(entry, path, f"[{index}]", items, required=True)
        return
    if isinstance(kind, type) and attrs.has(kind):
        if not isinstance(value, kind):
            raise ValidationError(path, f"must be a {kind.__name__}")
        cast(Validatable, value).validate(path)
        return
    bad_bool = kind in (int, float) and isinstance(value, bool)
    if bad_bool or not isinstance(value, kind if kind is not float else (int, float)):  # type: ignore[arg-type]
        name = TYPE_NAMES.get(kind, getattr(kind, "__name__", str(kind)))  # type: ignore[call-overload]
        raise ValidationError(path, f"must be {name}, not {type(value).__name__}")


def _is_uuid(text: str) -> bool:
    """Ids are sent as given (a string); the check only keeps a typo or an old integer id from being
    sent as one."""
    try:
        UUID(text)
    except ValueError:
        return False
    return len(text) == 36


def deprecated(message: str) -> None:
    """Warn the caller that what it sends is deprecated: the warning names the first frame outside
    this package (the user's call, through the raw-response view or not)."""
    frame, level = sys._getframe(1), 2
    while frame.f_back is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame, level = frame.f_back, level + 1
    warnings.warn(message, DeprecationWarning, stacklevel=level)


def _is_unicode(text: str) -> bool:
    """False for a str holding lone surrogates (from bad decoding), which no JSON body can carry."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def coerce_model(cls: type[M], value: Any, path: str) -> M:
    """A model from what a caller may pass: the model itself, a mapping of its fields, or a bare id."""
    if isinstance(value, cls):
        return value
    fields = {f.name: f for f in attrs.fields(cast(Any, cls)) if f.init}
    if isinstance(value, (int, str)) and not isinstance(value, bool) and set(fields) == {"id"}:
        return cls(id=value)  # type: ignore[call-arg]  # a bare id, checked by validate()
    if not isinstance(value, Mapping):
        raise ValidationError(path, f"must be a {cls.__name__} or a mapping of its fields")
    for name in value:
        if name not in fields:
            raise ValidationError(join(path, str(name)), f"is not a field of {cls.__name__}")
    for name, spec in fields.items():
        if spec.default is attrs.NOTHING and name not in value:
            raise ValidationError(join(path, name), "is required")
    return cls(**value)


def coerce_models(cls: type[M], values: Any, path: str) -> list[M]:
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Sequence):
        raise ValidationError(path, f"must be a list of {cls.__name__}")
    return [coerce_model(cls, value, f"{path}[{index}]") for index, value in enumerate(values)]
