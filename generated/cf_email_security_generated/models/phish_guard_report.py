"""PhishGuardReport: A PhishGuard alert report."""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_datetime, as_int, as_str, enum_of, list_of, maybe, required
from .disposition_label import DispositionLabel
from .phish_guard_report_fields import PhishGuardReportFields
from .phish_guard_report_tag import PhishGuardReportTag


@define
class PhishGuardReport(ReadModel):
    """A PhishGuard alert report.

    Attributes:
        fields: The message a report is about.
        ts: Deprecated; use `created_at`.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("id", required, as_int),
        ("title", required, as_str),
        ("content", required, as_str),
        ("priority", required, as_str),
        ("disposition", required, enum_of(DispositionLabel)),
        ("fields", required, PhishGuardReportFields.from_dict),
        ("tags", maybe, list_of(PhishGuardReportTag.from_dict)),
        ("created_at", maybe, as_datetime),
        ("updated_at", maybe, as_datetime),
        ("ts", maybe, as_datetime),
    )

    id: int
    title: str
    content: str
    priority: str
    disposition: DispositionLabel | str
    fields: PhishGuardReportFields
    tags: list[PhishGuardReportTag] | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    ts: datetime.datetime | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
