"""PhishGuardReportFields: The message a report is about."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_datetime, as_str, list_of, maybe, required


@define
class PhishGuardReportFields(ReadModel):
    """The message a report is about.

    Attributes:
        ts: Deprecated; use `occurred_at`.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("to", required, list_of(as_str)),
        ("from", maybe, as_str),
        ("occurred_at", maybe, as_datetime),
        ("postfix_id", maybe, as_str),
        ("ts", maybe, as_datetime),
    )

    to: list[str]
    from_: str | None = None
    occurred_at: datetime.datetime | None = None
    postfix_id: str | None = None
    ts: datetime.datetime | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
    _RENAMED: ClassVar[Mapping[str, str]] = {
        "from_": "from",
    }
