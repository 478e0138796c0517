"""What every generated model does alike: its JSON object, from its attrs fields in the spec's order.

The models themselves hold only what the spec decides: their fields, how each is read (`from_dict`)
and the rules a request checks (validate).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from ._serialization import dump_fields


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
    """A model read from responses: its generated `from_dict` reads a JSON object, field by field."""

    __slots__ = ()

    additional_properties: dict[str, Any]
