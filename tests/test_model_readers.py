"""Every read model's generated `from_dict`, field by field, against what the model declares.

`from_dict` takes a value that already has its field's type as it is and hands any other to the
field's rule: each field is read here present, absent, null and of no documented type, and the outcome
compared with its attrs declaration (required or not, nullable or not, its default).
"""

from __future__ import annotations

import collections
import datetime
import enum
import types
import typing
from typing import Any

import attrs
import pytest

import cf_email_security_generated.models as models
from cf_email_security import ResponseValidationError
from cf_email_security_generated import runtime
from cf_email_security_generated._model import ReadModel
from cf_email_security_generated.types import UNSET, Unset
from support.compare import assert_matches_wire, hints, members

EXPORTED = [getattr(models, name) for name in sorted(models.__all__)]
READ_MODELS = [cls for cls in EXPORTED if isinstance(cls, type) and issubclass(cls, ReadModel)]
SCALARS: dict[Any, Any] = {
    str: "text",
    int: 7,
    float: 1.5,
    bool: True,
    datetime.datetime: "2024-05-01T10:00:00.5Z",
    datetime.date: "2024-05-01",
    Any: {"free": ["form"]},
}


def declared(hint: Any) -> Any:
    """The first type a field's declaration allows, null and absence aside."""
    return next(option for option in members(hint) if option not in (type(None), Unset))


def valid(hint: Any) -> Any:
    """A JSON value of the declared type: its first alternative's, a list of one item."""
    first = declared(hint)
    if first in SCALARS:
        return SCALARS[first]
    if typing.get_origin(first) is list:
        return [valid(typing.get_args(first)[0])]
    if isinstance(first, type) and issubclass(first, enum.Enum):
        return next(iter(first)).value
    assert attrs.has(first), hint
    return document(first)


def document(cls: type) -> dict[str, Any]:
    """A JSON object with every field of `cls`, each of its declared type."""
    return {key: valid(hints(cls)[attribute]) for key, attribute in runtime.wire_names(cls)}


def fields(cls: type) -> list[tuple[str, attrs.Attribute[Any], Any]]:
    """(JSON key, attrs field, declared type) of every field a model reads."""
    by_name = attrs.fields_dict(cls)
    return [(key, by_name[attribute], hints(cls)[attribute]) for key, attribute in runtime.wire_names(cls)]


def describe_kind(hint: Any) -> str:
    """What a field holds: a list, an enum, a model, or the name of a scalar type (str, datetime)."""
    first = declared(hint)
    if typing.get_origin(first) is list:
        return "list"
    if isinstance(first, type) and issubclass(first, enum.Enum):
        return "enum"
    if attrs.has(first):
        return "model"
    return getattr(first, "__name__", str(first))


def test_there_are_read_models_of_every_kind_of_field() -> None:
    """The tests below see every kind of field from_dict has a shortcut for, and lists and models."""
    assert len(READ_MODELS) > 50
    kinds = {describe_kind(hint) for cls in READ_MODELS for _, _, hint in fields(cls)}
    assert {"str", "int", "float", "bool", "datetime", "enum", "list", "model"} <= kinds, kinds


@pytest.mark.parametrize("cls", READ_MODELS, ids=lambda cls: cls.__name__)
def test_every_field_of_its_type_reads_as_declared_and_unknown_fields_are_kept(cls: type) -> None:
    wire = document(cls)
    assert_matches_wire(cls.from_dict(wire), wire)
    read = cls.from_dict({**wire, "not_in_the_spec": [1]}, "response", "result")
    assert read.additional_properties == {"not_in_the_spec": [1]}
    assert_matches_wire(read, {**wire, "not_in_the_spec": [1]})


@pytest.mark.parametrize("cls", READ_MODELS, ids=lambda cls: cls.__name__)
def test_each_field_absent_null_or_of_no_documented_type(cls: type) -> None:
    """Absent: an error where the field is required, else its default. Null: None where the spec
    allows it, an error where it is required, else its default. A value of no type the spec allows:
    an error naming the field's path, at the top of a document or below its parent."""
    wire = document(cls)
    for key, field, hint in fields(cls):
        required = field.default is attrs.NOTHING
        nullable = type(None) in members(hint)
        path = f"{cls.__name__}.{key}"
        others = {k: v for k, v in wire.items() if k != key}

        if required:
            with pytest.raises(ResponseValidationError, match="is required but missing") as caught:
                cls.from_dict(others)
            assert caught.value.field == path
        else:
            assert getattr(cls.from_dict(others), field.name) is field.default, path

        if nullable:
            assert getattr(cls.from_dict({**others, key: None}), field.name) is None, path
        elif required:
            with pytest.raises(ResponseValidationError, match="is required but null") as caught:
                cls.from_dict({**others, key: None})
            assert caught.value.field == path
        else:
            assert getattr(cls.from_dict({**others, key: None}), field.name) is field.default, path
            assert field.default in (None, UNSET)

        if Any not in members(hint):  # anything is of type Any
            with pytest.raises(ResponseValidationError, match="expected") as caught:
                cls.from_dict({**others, key: object()}, "response.result", "[2]")
            assert caught.value.field == f"response.result[2].{key}"


@pytest.mark.parametrize("cls", READ_MODELS, ids=lambda cls: cls.__name__)
def test_a_value_of_a_near_type_is_read_as_its_checker_reads_it(cls: type) -> None:
    """The shortcut takes a value of exactly its field's type: a bool is no integer and no number, an
    integer is read as a float where a number belongs, a str an enum does not list stays a str."""
    wire = document(cls)
    for key, field, hint in fields(cls):
        kind = describe_kind(hint)
        if kind in ("int", "float"):
            with pytest.raises(ResponseValidationError, match="got bool"):
                cls.from_dict({**wire, key: True})
        if kind == "float":
            value = getattr(cls.from_dict({**wire, key: 2}), field.name)
            assert (type(value), value) == (float, 2.0)
        if kind == "enum":
            value = getattr(cls.from_dict({**wire, key: "NOT_YET_IN_THE_SPEC"}), field.name)
            assert (type(value), value) == (str, "NOT_YET_IN_THE_SPEC")
        if kind == "datetime":
            value = getattr(cls.from_dict({**wire, key: "2024-05-01T10:00:00.123456789Z"}), field.name)
            assert value == datetime.datetime(2024, 5, 1, 10, 0, 0, 123456, tzinfo=datetime.timezone.utc)
            with pytest.raises(ResponseValidationError, match="ISO 8601"):
                cls.from_dict({**wire, key: "yesterday"})


def test_a_model_may_be_made_without_its_init() -> None:
    """from_dict sets a model's attributes itself, as attrs' __init__ would: only while no model has a
    validator, a converter, an on_setattr hook or a post-init step, which __init__ would run."""
    for cls in READ_MODELS:
        assert cls.__setattr__ is object.__setattr__, cls
        assert not hasattr(cls, "__attrs_post_init__") and not hasattr(cls, "__attrs_pre_init__"), cls
        for field in attrs.fields(cls):
            assert field.validator is None and field.converter is None, (cls, field.name)


def test_a_document_that_is_not_a_plain_dict_is_read_alike() -> None:
    """A mapping other than a dict (an OrderedDict, a read-only view) reads as the dict would."""
    cls = models.AllowPolicy
    wire = {**document(cls), "extra": 1}
    expected = cls.from_dict(dict(wire))
    for mapping in (collections.OrderedDict(wire), types.MappingProxyType(wire)):
        assert cls.from_dict(mapping) == expected
    with pytest.raises(ResponseValidationError, match="expected an object, got list") as caught:
        cls.from_dict([wire], "response", "result")
    assert caught.value.field == "response.result"
