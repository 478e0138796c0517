"""DomainListResponse: A page of domains: its result and result_info."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_bool, list_of, maybe, required
from .domain import Domain
from .message import Message
from .result_info import ResultInfo


@define
class DomainListResponse(ReadModel):
    """A page of domains: its result and result_info.

    Attributes:
        success: Whether the API call was successful (always true in a 2xx response).
        result_info: Where a page stands.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("errors", required, list_of(Message.from_dict)),
        ("messages", required, list_of(Message.from_dict)),
        ("success", required, as_bool),
        ("result", required, list_of(Domain.from_dict)),
        ("result_info", maybe, ResultInfo.from_dict),
    )

    errors: list[Message]
    messages: list[Message]
    success: bool
    result: list[Domain]
    result_info: ResultInfo | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
