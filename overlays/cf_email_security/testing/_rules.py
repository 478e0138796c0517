"""The body rules the fake enforces, written out from the spec as data, and the one check that applies them.

The fake keeps its own copy of the rules instead of borrowing the client's validation: a stand-in that
shared the client's mistakes could not catch them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
INT32_MAX = 2**31 - 1


class InvalidBody(Exception):
    """A request body broke a rule; `field` is a path like `posts[3].pattern`."""

    def __init__(self, field: str, rule: str) -> None:
        super().__init__(f"{field}: {rule}" if field else rule)
        self.field = field
        self.rule = rule


@dataclass(frozen=True)
class Field:
    """One property of a request body: its JSON type and the limits the spec puts on it."""

    kind: str  # "bool", "str", "int", "enum", "list" (items checked elsewhere), "str_list" or "enum_list"
    required: bool = False
    nullable: bool = False
    min_length: int | None = None
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    uuid: bool = False

    def optional(self, *, nullable: bool | None = None) -> Field:
        """The same field as it appears in an update body: never required, maybe nullable."""
        return Field(
            self.kind,
            required=False,
            nullable=self.nullable if nullable is None else nullable,
            min_length=self.min_length,
            max_length=self.max_length,
            minimum=self.minimum,
            maximum=self.maximum,
            choices=self.choices,
            uuid=self.uuid,
        )


Body = Mapping[str, Field]


def _check_string(field: Field, value: Any, name: str) -> None:
    if not isinstance(value, str):
        raise InvalidBody(name, "must be a string")
    if field.min_length is not None and len(value) < field.min_length:
        raise InvalidBody(name, f"must be at least {field.min_length} characters")
    if field.max_length is not None and len(value) > field.max_length:
        raise InvalidBody(name, f"must be at most {field.max_length} characters")
    if field.uuid and not UUID.match(value):
        raise InvalidBody(name, "must be a UUID")


def _check_value(field: Field, value: Any, name: str) -> None:
    kind = field.kind
    if kind == "bool":
        if not isinstance(value, bool):
            raise InvalidBody(name, "must be a boolean")
    elif kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidBody(name, "must be an integer")
        if field.minimum is not None and value < field.minimum:
            raise InvalidBody(name, f"must be >= {field.minimum}")
        if field.maximum is not None and value > field.maximum:
            raise InvalidBody(name, f"must be <= {field.maximum}")
    elif kind == "str":
        _check_string(field, value, name)
    elif kind == "enum":
        if value not in field.choices:
            raise InvalidBody(name, f"must be one of {', '.join(field.choices)}")
    elif kind == "list":
        if not isinstance(value, list):
            raise InvalidBody(name, "must be an array")
    else:  # a list of strings or of enum values
        if not isinstance(value, list):
            raise InvalidBody(name, "must be an array")
        item = Field("enum" if kind == "enum_list" else "str", choices=field.choices)
        for index, element in enumerate(value):
            _check_value(item, element, f"{name}[{index}]")


def check_body(rules: Body, body: Any, where: str = "") -> dict[str, Any]:
    """The body as a dict if it keeps every rule; InvalidBody naming the first field that does not."""
    if not isinstance(body, dict):
        raise InvalidBody(where, "must be a JSON object")
    prefix = f"{where}." if where else ""
    for name in body:
        if name not in rules:
            raise InvalidBody(f"{prefix}{name}", "is not a known field")
    for name, field in rules.items():
        if name not in body:
            if field.required:
                raise InvalidBody(f"{prefix}{name}", "is required")
            continue
        value = body[name]
        if value is None:
            if not field.nullable:
                raise InvalidBody(f"{prefix}{name}", "must not be null")
            continue
        _check_value(field, value, f"{prefix}{name}")
    return body


ENTRY_ID = Field("int", required=True, minimum=1, maximum=INT32_MAX)
ENTRY_REF: Body = {"id": ENTRY_ID}
ARRAY = Field("list", required=True)


def positive_int32(text: str) -> int | None:
    """A path segment or query value read as an int32 of at least 1 (ids, page, per_page), or None.

    ASCII digits only: str.isdigit() also says yes to "²" (which int() then refuses: a 500), and int()
    reads Arabic-Indic or fullwidth digits as numbers, which upstream would not. The length check keeps
    int() away from strings longer than it converts by default (4300 digits, a ValueError)."""
    if not (text.isascii() and text.isdigit()) or len(text.lstrip("0")) > len(str(INT32_MAX)):
        return None
    number = int(text)
    return number if 1 <= number <= INT32_MAX else None
