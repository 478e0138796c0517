"""What every generated model does alike: its JSON object, from its attrs fields in the spec's order.

The models themselves hold only what the spec decides: their fields, how each is read (`_READ`)
and the rules a request checks (validate).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

import attrs

from ._parsing import EXACT_TYPES, MISSING, Checker, Field, Rule, as_object, join
from ._serialization import dump_fields

R = TypeVar("R", bound="ReadModel")


class _AlwaysCheck:
    """The exact type of no JSON value: a field of this type never skips its rule."""


class Model:
    """The base of every model: `to_dict` and `to_json`, unknown fields included."""

    __slots__ = ()

    # A field whose Python name differs from its JSON key (a keyword, a leading digit): {attribute: key}.
    _RENAMED: ClassVar[Mapping[str, str]] = {}

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, wire_names(type(self)))

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def no_fields() -> dict[str, Any]:
    """The `additional_properties` of a model made in code: none. A typed factory, as `dict` is not."""
    return {}


_wire_names: dict[type, tuple[tuple[str, str], ...]] = {}


def wire_names(cls: type) -> tuple[tuple[str, str], ...]:
    """(JSON key, attribute) of every field of a model, in the spec's order; worked out once per class."""
    names = _wire_names.get(cls)
    if names is None:
        renamed: Mapping[str, str] = getattr(cls, "_RENAMED", {})
        fields = [f.name for f in attrs.fields(cls) if f.name != "additional_properties"]
        names = _wire_names[cls] = tuple((renamed.get(name, name), name) for name in fields)
    return names


class ReadModel(Model):
    """A model read from responses: `from_dict` reads it by its `_READ` table, one row per field."""

    __slots__ = ()

    # (JSON key, rule, checker) of every field in the order of the attrs fields; the generator writes it.
    _READ: ClassVar[tuple[Field, ...]] = ()
    # `_READ` with the exact type that lets a field skip its rule, worked out once per class.
    _read_plan: ClassVar[tuple[tuple[str, Rule, Checker[Any], type], ...]] = ()
    additional_properties: dict[str, Any]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._read_plan = tuple(
            (key, rule, check, EXACT_TYPES.get(check, _AlwaysCheck)) for key, rule, check in cls._READ
        )

    @classmethod
    def from_dict(cls: type[R], data: Any, parent: str = "", key: str | None = None) -> R:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec."""
        key = key or cls.__name__
        path = join(parent, key)
        d = as_object(data, parent, key)
        pop = d.pop
        values: list[Any] = []
        for name, rule, check, exact in cls._read_plan:
            value = pop(name, MISSING)
            if type(value) is not exact:
                value = rule(value, path, name, check)
            values.append(value)
        obj = cast(Any, cls)(*values)  # the attrs __init__ takes the fields in `_READ`'s order
        obj.additional_properties = d  # what is left: the fields the spec does not know
        return cast(R, obj)
