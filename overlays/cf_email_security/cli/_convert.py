"""Command-line text and file values to what the client takes, by the spec's type and format.

The generated client takes ids (`format: uuid`) as plain strings and checks that they are UUIDs
before sending, `datetime` for `format: date-time`, ints for integers, and enums as their string
values; so does this, for path ids, options and the fields inside `--file` documents alike: an id is
passed on as written, for the client to accept or to name as the field that is not a UUID.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

Schema = Mapping[str, Any]


def choices(schema: Schema, *, writable: bool) -> list[str] | None:
    """An enum's values; a request body leaves out those the spec marks response-only (`UNKNOWN`)."""
    values = schema.get("enum")
    if not values:
        return None
    hidden: set[Any] = set(schema.get("x-sdk-response-only", ())) if writable else set()
    return [str(value) for value in values if value is not None and value not in hidden]


AGO_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
TIME_FORMS = "a date-time (ISO 8601, UTC unless it names a zone) or a time ago: 30m, 12h, 7d, 2w"
TIME_HELP = "Takes " + TIME_FORMS + "."


def _ago(text: str) -> Any:
    """`7d`: that long before now, in UTC; None when the text is not of that form."""
    import datetime

    amount, unit = text[:-1], text[-1:].lower()
    if unit not in AGO_UNITS or not amount.replace(".", "", 1).isdigit():
        return None
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    return now - datetime.timedelta(seconds=float(amount) * AGO_UNITS[unit])


def _datetime(text: str) -> Any:
    """An ISO 8601 date-time or date (a time without a zone is UTC, as the API's are), or a time ago."""
    import datetime

    ago = _ago(text.strip())
    if ago is not None:
        return ago
    try:
        value = datetime.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not {TIME_FORMS}: {text!r}") from None
    return value if value.tzinfo is not None else value.replace(tzinfo=datetime.timezone.utc)


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None


def _float(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None


def scalar_type(schema: Schema) -> Callable[[str], Any]:
    """How one command-line word becomes a value of this schema (argparse's `type=`)."""
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "integer":
        return _int
    if kind == "number":
        return _float
    if fmt == "date-time":
        return _datetime
    return str


def needs_coercion(schema: Schema, depth: int = 0) -> bool:
    """Whether a JSON value of this schema can hold a string the client wants as a datetime."""
    if depth > 8:
        return False
    if schema.get("format") == "date-time":
        return True
    if "items" in schema and needs_coercion(schema["items"], depth + 1):
        return True
    return any(needs_coercion(prop, depth + 1) for prop in schema.get("properties", {}).values())


def coerce(value: Any, schema: Schema) -> Any:
    """A JSON value (from a file) with its date-time strings turned into what the client takes;
    anything that does not fit is left for the client's validation to name."""
    if schema.get("format") == "date-time" and isinstance(value, str):
        try:
            return scalar_type(schema)(value)
        except argparse.ArgumentTypeError:
            return value
    if "items" in schema and isinstance(value, list):
        return [coerce(item, schema["items"]) for item in cast("Sequence[Any]", value)]
    if "properties" in schema and isinstance(value, dict):
        properties = schema["properties"]
        fields = cast("Mapping[str, Any]", value)
        return {key: coerce(item, properties.get(key, {})) for key, item in fields.items()}
    return value


def plain(value: Any) -> Any:
    """A result as JSON would carry it: models by their `to_dict()`, enums by value, dates in ISO 8601."""
    if value is None or isinstance(value, (bool, int, float, str)):
        enum_value = getattr(value, "value", None)
        return value if enum_value is None or not isinstance(value, str) else enum_value
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in cast("Mapping[object, Any]", value).items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in cast("Sequence[Any]", value)]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "value"):  # an enum
        return plain(value.value)
    return str(value)
