"""ReleaseResult: Where one released message was delivered."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_str, list_of, maybe, required


@define
class ReleaseResult(ReadModel):
    """Where one released message was delivered.

    Attributes:
        id: The id of the message.
        delivered: The recipients it was delivered to.
        undelivered: The recipients it was not delivered to.
        failed: The recipients whose delivery failed.
        postfix_id: Deprecated (end of life 2026-11-01); use `id`.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("id", required, as_str),
        ("delivered", maybe, list_of(as_str)),
        ("undelivered", maybe, list_of(as_str)),
        ("failed", maybe, list_of(as_str)),
        ("postfix_id", maybe, as_str),
    )

    id: str
    delivered: list[str] | None = None
    undelivered: list[str] | None = None
    failed: list[str] | None = None
    postfix_id: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
