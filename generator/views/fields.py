"""The type and rules of one property or argument: how code annotates it, reads it and checks it.

Typed inputs: an enum argument is annotated `PatternType | PatternTypeValue`, the alias a `Literal` of
its values generated next to the enum class, and a model argument `CreateAllowPolicy |
CreateAllowPolicyDict`, the `TypedDict` generated next to the model class. An enum schema may list in
`x-sdk-response-only` the values a server sends but does not accept in a request body: body fields
are then annotated with `<Enum>Writable`, the values without those, and their check refuses those
values at run time (filters keep every value).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from openapi_python_client.parser.properties import Property

from .naming import docstring_text, text
from .schemas import Schema, Schemas, deprecation_rule, integer_bounds

CONSTRAINTS = {
    "minLength": "min_length",
    "maxLength": "max_length",
    "minimum": "minimum",
    "maximum": "maximum",
    "minItems": "min_items",
    "maxItems": "max_items",
    "pattern": "pattern",
}
SCALAR_CHECKERS = {
    # property class: (annotation, response checker, validation kind)
    "StringProperty": ("str", "as_str", "str"),
    "IntProperty": ("int", "as_int", "int"),
    "BooleanProperty": ("bool", "as_bool", "bool"),
    "FloatProperty": ("float", "as_float", "float"),
    "DateTimeProperty": ("datetime.datetime", "as_datetime", "datetime.datetime"),
    "DateProperty": ("datetime.date", "as_date", "datetime.date"),
    # Ids are opaque strings to callers (`format: uuid` is checked before sending, not converted).
    "UuidProperty": ("str", "as_str", "str"),
    "AnyProperty": ("Any", "as_any", "object"),
}


@dataclass
class Reader:
    """The checker from_dict reads one value with (see runtime/_parsing.py), as data a template renders:
    `as_bool`, `enum_of(PatternType)`, `Message.from_dict`, `list_of(as_str)`, `one_of(as_str, ...)`."""

    function: str  # as_str, as_bool, ..., enum_of, list_of, one_of, or from_dict (a model's)
    model: str = ""  # the model whose from_dict it is
    enum: str = ""  # the enum class enum_of keeps known values as
    inner: list[Reader] = field(default_factory=list)  # list_of's reader of each item, one_of's choices


@dataclass
class ParseView:
    """One row of a model's `_READ` table: the rule for absence and null, and the checker of the type."""

    rule: str  # required, optional, required_nullable, optional_nullable or maybe (runtime/_parsing.py)
    reader: Reader


@dataclass
class TypeView:
    """The type of one non-null property: how code names it, reads it and checks it."""

    annotation: str
    annotation_in_class: str  # the same inside a resource class, whose `list` method hides the builtin
    reader: Reader  # how from_dict reads it
    kind: str  # the type the request-side `check` tests: str, PatternType, list, object, ...
    items: str = ""  # the kind of a list's items
    classes: set[str] = field(default_factory=set)  # the models, enums and aliases the annotation names


@dataclass
class Coercion:
    """The runtime call turning what a caller passes (a dict, a bare id) into the attribute's models."""

    function: str  # coerce_model, or coerce_models for a list
    model: str


@dataclass
class FieldView:
    """One property of a model or one keyword argument of a method."""

    name: str  # on the wire
    attr: str  # in Python
    annotation: str  # the attribute's type, with `| None` and `| Unset` as they apply
    annotation_in_class: str  # the annotation inside a resource class (see TypeView)
    input_annotation: str  # what a caller may pass (enum values as str, dicts for models, bare ids)
    input_annotation_in_class: str  # the input annotation inside a resource class
    classes: set[str]  # the models, enums and aliases the annotation names, to import
    input_classes: set[str]  # those the input annotation (and the TypedDict's) names
    required: bool
    nullable: bool
    parse: ParseView  # its row of `_READ`: how from_dict reads it
    kind: str  # the type the request-side `check` tests (see TypeView)
    items: str  # the kind of a list's items, "" for any other kind
    rules: dict[str, Any]  # the keyword arguments of `check` after the kind: required, min_length, ...
    coerce: Coercion | None  # the call turning a caller's value into the attribute's type, if needed
    default: str | None  # Python default of an optional keyword argument
    description: str
    deprecated: bool
    dict_annotation: str = ""  # the value type of this field in the model's TypedDict
    rules_text: str = ""  # the spec's rules in words, for docstrings ("1 to 1024 characters.")
    values: list[str] = field(default_factory=list)  # an enum's values a caller may pass
    # What a DeprecationWarning says of sending it, after its name or path (x-deprecation: since, end of
    # life, use): "is deprecated since ...; use ... instead"; "" when it is not deprecated.
    deprecation_rule: str = ""

    @property
    def deprecation(self) -> str:
        """The warning sending it raises, naming it: "is_spoof is deprecated since ..."."""
        return f"{self.name} {self.deprecation_rule}" if self.deprecation_rule else ""

    @property
    def renamed(self) -> bool:
        """Its Python name differs from its JSON key (a keyword, a leading digit)."""
        return self.name != self.attr

    @property
    def doc(self) -> str:
        """What an `Args:` entry says of this argument: the spec's description, rules and values."""
        deprecated = self.deprecated and not self.description.startswith("Deprecated")
        parts = ["Deprecated." if deprecated else "", self.description, self.rules_text]
        if self.values:
            parts.append(f"One of {', '.join(self.values)}.")
        return " ".join(part if part.endswith(".") else part + "." for part in parts if part)


@dataclass
class EnumView:
    class_name: str
    values: list[str]
    response_only: list[str]  # values a server may send that a request body may not carry

    @property
    def value_alias(self) -> str:
        """`Literal` of every value: what a filter or any other argument may be."""
        return f"{self.class_name}Value"

    @property
    def writable_alias(self) -> str:
        """What a request body field may carry: every value but the response-only ones."""
        return f"{self.class_name}Writable" if self.response_only else self.value_alias

    @property
    def writable(self) -> list[str]:
        return [value for value in self.values if value not in self.response_only]

    @staticmethod
    def literal(values: list[str]) -> str:
        return "Literal[" + ", ".join(json.dumps(value) for value in values) + "]"


def kind_of(prop: Any) -> str:
    """The generator's class of a property: StringProperty, EnumProperty, ModelProperty, ..."""
    return type(prop).__name__


def enum_view(enum: Any, schema: Schema) -> EnumView:
    """An enum's values, and those of them a request body may not carry (`x-sdk-response-only`)."""
    name = str(enum.class_info.name)
    values = [str(value) for value in enum.values.values()]
    response_only = [str(value) for value in schema.get("x-sdk-response-only", [])]
    unknown = sorted(set(response_only) - set(values))
    if unknown:
        raise ValueError(f"{name}: x-sdk-response-only names values it does not have: {unknown}")
    return EnumView(name, values, response_only)


class FieldViews:
    """Builds FieldViews and TypeViews from the generator's properties and their raw schemas.

    id_only: a model class -> "str" or "int" when its one field is its `id` (callers may pass the bare
    id), "" otherwise; the models' views know it, and they are built from these.
    """

    def __init__(
        self,
        schemas: Schemas,
        enums_by_class: dict[str, EnumView],
        modules: dict[str, str],
        id_only: Callable[[str], str],
    ) -> None:
        self.schemas = schemas
        self.enums_by_class = enums_by_class
        self.modules = modules
        self.id_only = id_only

    def _non_null(self, prop: Any) -> tuple[list[Any], bool]:
        """The non-null members of a property and whether null is allowed."""
        if kind_of(prop) == "UnionProperty":
            inner = [p for p in prop.inner_properties if kind_of(p) != "NoneProperty"]
            return inner, len(inner) < len(prop.inner_properties)
        if kind_of(prop) == "NoneProperty":
            return [], True
        return [prop], False

    def _base(
        self, prop: Any, *, for_input: bool = False, writable: bool = True, literal: bool = False
    ) -> TypeView:
        """The type of one non-null property.

        With for_input, the annotation is what a caller may pass: an enum or a Literal of its values
        (of its writable values in a request body), a model or its TypedDict (or a bare id). With
        literal (a model never read from a response), an enum is the enum or a Literal as well.
        """
        kind = kind_of(prop)
        if kind in SCALAR_CHECKERS:
            annotation, checker, check_kind = SCALAR_CHECKERS[kind]
            return TypeView(annotation, annotation, Reader(checker), check_kind)
        if kind == "EnumProperty":
            name = str(prop.class_info.name)
            enum = self.enums_by_class[name]
            if for_input or literal:
                alias = enum.writable_alias if writable else enum.value_alias
                annotation, classes = f"{name} | {alias}", {name, alias}
            else:
                annotation, classes = f"{name} | str", {name}
            return TypeView(annotation, annotation, Reader("enum_of", enum=name), name, classes=classes)
        if kind == "ModelProperty":
            name = str(prop.class_info.name)
            annotation, classes = name, {name}
            if for_input:
                annotation += f" | {name}Dict"
                classes.add(f"{name}Dict")
                id_type = self.id_only(name)
                if id_type:
                    annotation += f" | {id_type}"
                    classes |= {id_type} & self.modules.keys()  # a builtin such as str names none
            return TypeView(annotation, annotation, Reader("from_dict", model=name), name, classes=classes)
        if kind == "ListProperty":
            inner = self._base(prop.inner_property, for_input=for_input, writable=writable, literal=literal)
            if inner.items:
                raise ValueError(f"no template support for arrays of arrays ({text(prop.name)})")
            models_inside = kind_of(prop.inner_property) == "ModelProperty"
            sequence = "Sequence" if for_input and models_inside else ""
            return TypeView(
                annotation=f"{sequence or 'list'}[{inner.annotation}]",
                annotation_in_class=f"{sequence or 'builtins.list'}[{inner.annotation_in_class}]",
                reader=Reader("list_of", inner=[inner.reader]),
                kind="list",
                items=inner.kind,
                classes=inner.classes,
            )
        if kind == "UnionProperty":
            parts = [
                self._base(p, for_input=for_input, writable=writable, literal=literal)
                for p in prop.inner_properties
            ]
            return TypeView(
                annotation=" | ".join(part.annotation for part in parts),
                annotation_in_class=" | ".join(part.annotation_in_class for part in parts),
                reader=Reader("one_of", inner=[part.reader for part in parts]),
                kind="object",
                classes=set().union(*(part.classes for part in parts)),
            )
        raise ValueError(f"no template support for {kind} ({text(prop.name)})")

    def field_view(
        self,
        prop: Property,
        raw: Schema,
        *,
        required: bool | None = None,
        writable: bool = True,
        request_only: bool = False,
        read_only: bool = False,
    ) -> FieldView:
        """Everything a template needs about one property; raw is its schema in the document.

        writable: the property is part of a request body (an enum's response-only values are refused).
        request_only: it belongs to a model never read from a response, whose enum fields hold what
        a caller passes (the enum or a Literal of its values) rather than any string.
        """
        flat = self.schemas.flatten(raw)
        members, nullable = self._non_null(prop)
        nullable = nullable or bool(flat.get("nullable"))
        values: list[str] = []
        coerce: Coercion | None = None
        if len(members) == 1:
            stored = self._base(members[0], literal=request_only)
            given = self._base(members[0], for_input=True, writable=writable)
            coerce = self._coerce(members[0])
            values = self._values_of(members[0], writable=writable)
        else:  # a union of several types: the attribute is any of them, a caller's value as well
            given = self._base(prop)
            stored = replace(
                given,
                annotation=given.annotation.replace(" | None", ""),
                annotation_in_class=given.annotation_in_class.replace(" | None", ""),
            )
        is_required = prop.required if required is None else required
        suffix = (" | None" if nullable else "") + ("" if is_required else " | Unset")
        rule = ("required" if is_required else "optional") + ("_nullable" if nullable else "")
        if read_only and not is_required:  # a model only read: absent and null both read as None
            suffix, rule = " | None", "maybe"
        rules: dict[str, Any] = {"required": True} if is_required else {}
        rules |= {"nullable": True} if nullable else {}
        rules |= {CONSTRAINTS[key]: flat[key] for key in CONSTRAINTS if key in flat}
        rules |= integer_bounds(flat)
        rules |= {"format": "uuid"} if flat.get("format") == "uuid" else {}
        response_only = self._response_only(members[0]) if writable and len(members) == 1 else ()
        rules |= {"response_only": response_only} if response_only else {}
        nullable_suffix = " | None" if nullable else ""
        default = None
        if "default" in flat and kind_of(members[0] if members else prop) == "ListProperty":
            default = "()"  # a required array with a spec default: omitted means "send the default"
        elif not is_required:
            default = "None" if read_only else "UNSET"
        input_suffix = nullable_suffix + (" | Unset" if default == "UNSET" else "")
        return FieldView(
            name=text(prop.name),
            attr=str(prop.python_name),
            annotation=stored.annotation + suffix,
            annotation_in_class=stored.annotation_in_class + suffix,
            input_annotation=given.annotation + input_suffix,
            input_annotation_in_class=given.annotation_in_class + input_suffix,
            classes=stored.classes,
            input_classes=given.classes,
            required=is_required,
            nullable=nullable,
            parse=ParseView(rule=rule, reader=stored.reader),
            kind=stored.kind,
            items=stored.items,
            rules=rules,
            coerce=coerce,
            default=default,
            description=docstring_text(flat.get("description")),
            deprecated=bool(flat.get("deprecated")),
            deprecation_rule=deprecation_rule(flat),
            dict_annotation=given.annotation + nullable_suffix,
            rules_text=self._rules_text(flat),
            values=values,
        )

    def _values_of(self, prop: Any, *, writable: bool) -> list[str]:
        """The values of an enum property (or of an array of enums) that a caller may pass."""
        kind = kind_of(prop)
        if kind == "ListProperty":
            return self._values_of(prop.inner_property, writable=writable)
        if kind != "EnumProperty":
            return []
        enum = self.enums_by_class[str(prop.class_info.name)]
        return enum.writable if writable else enum.values

    def _response_only(self, prop: Any) -> tuple[str, ...]:
        """The values of an enum property (or of an array of enums) that only a server sends."""
        kind = kind_of(prop)
        if kind == "ListProperty":
            return self._response_only(prop.inner_property)
        if kind != "EnumProperty":
            return ()
        return tuple(self.enums_by_class[str(prop.class_info.name)].response_only)

    @staticmethod
    def _rules_text(flat: Schema) -> str:
        """The spec's rules of one value in words, for docstrings: "1 to 1024 characters.", "At least 1."."""

        def bounds(low: Any, high: Any, unit: str) -> str:
            if low is not None and high is not None:
                return f"{low} to {high}{unit}."
            if high is not None:
                return f"At most {high}{unit}."
            if low is not None:
                return "Not empty." if low == 1 and unit else f"At least {low}{unit}."
            return ""

        rules = [
            bounds(flat.get("minLength"), flat.get("maxLength"), " characters"),
            bounds(flat.get("minItems"), flat.get("maxItems"), " entries"),
            bounds(flat.get("minimum"), flat.get("maximum"), ""),
            str(
                flat.get("x-sdk-pattern-text")
                or (f"Matches `{flat['pattern']}`." if "pattern" in flat else "")
            ),
        ]
        return " ".join(rule for rule in rules if rule)

    def _coerce(self, prop: Any) -> Coercion | None:
        """The runtime call that turns caller input (dicts, bare ids) into models, where one is needed."""
        kind = kind_of(prop)
        if kind == "ModelProperty":
            return Coercion("coerce_model", str(prop.class_info.name))
        if kind == "ListProperty" and kind_of(prop.inner_property) == "ModelProperty":
            return Coercion("coerce_models", str(prop.inner_property.class_info.name))
        return None
