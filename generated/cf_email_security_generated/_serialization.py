"""Encoding what is sent: model fields to JSON values, path segments and query parameters."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from enum import Enum
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

from .types import UNSET, QueryPairs


def dump(value: Any) -> Any:
    """A JSON-ready copy of a field value: models via to_dict, enums by value, dates in ISO 8601."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value.value if isinstance(value, Enum) else value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        entries = cast("Sequence[Any]", value)
        return [dump(entry) for entry in entries]
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, dict):
        fields = cast("dict[str, Any]", value)
        return {key: dump(entry) for key, entry in fields.items()}
    return value.to_dict()


def dump_fields(model: Any, names: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """A model's fields as a JSON object: (wire name, attribute) pairs, UNSET ones left out."""
    out: dict[str, Any] = {}
    for wire, attr in names:
        value = getattr(model, attr)
        if value is not UNSET:
            out[wire] = dump(value)
    out.update(model.additional_properties)
    return out


def path_value(value: object) -> str:
    """A path parameter, quoted so that no value can reach another path."""
    return quote(str(value.value if isinstance(value, Enum) else value), safe="")


def query_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()  # ISO 8601, as in bodies: str() would put a space before the time
    return str(value)


def query(pairs: Sequence[tuple[str, Any]]) -> QueryPairs:
    """Query parameters as sent: UNSET left out, booleans lowercase, lists repeated (`?domain=a&domain=b`)."""
    params: QueryPairs = []
    for name, value in pairs:
        if value is UNSET or value is None:
            continue
        if isinstance(value, (list, tuple)):
            values = cast("Sequence[Any]", value)
            params.extend((name, query_value(entry)) for entry in values)
        else:
            params.append((name, query_value(value)))
    return params
