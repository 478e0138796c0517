"""MessageValidation: The SPF, DKIM and DMARC results of a message, or null."""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import Field, as_str, enum_of, maybe
from .auth_result import AuthResult


@define
class MessageValidation(ReadModel):
    """The SPF, DKIM and DMARC results of a message, or null.

    Attributes:
        spf: The result of an SPF, DKIM or DMARC check, or null.
        dkim: The result of an SPF, DKIM or DMARC check, or null.
        dmarc: The result of an SPF, DKIM or DMARC check, or null.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    # How from_dict reads each field: its JSON key, the rule for absence and null, the type's checker.
    _READ: ClassVar[tuple[Field, ...]] = (
        ("spf", maybe, enum_of(AuthResult)),
        ("dkim", maybe, enum_of(AuthResult)),
        ("dmarc", maybe, enum_of(AuthResult)),
        ("comment", maybe, as_str),
    )

    spf: AuthResult | str | None = None
    dkim: AuthResult | str | None = None
    dmarc: AuthResult | str | None = None
    comment: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)
