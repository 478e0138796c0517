"""The `sdk` template global: what templates need to know that openapi-python-client's parsed model drops.

The generator gives templates typed properties (names, required-ness, classes) but not the validation
keywords (minLength, maximum, maxItems, pattern), array defaults, or vendor extensions. This module joins
the parsed properties with the raw document and hands templates small, ready-to-render views, so the
templates stay declarative and all per-operation code is emitted from the spec.

Typed inputs: an enum argument is annotated `PatternType | PatternTypeValue`, the alias a `Literal` of
its values generated next to the enum class, and a model argument `CreateAllowPolicy |
CreateAllowPolicyDict`, the `TypedDict` generated next to the model class. An enum schema may list in
`x-sdk-response-only` the values a server sends but does not accept in a request body: body fields
are then annotated with `<Enum>Writable`, the values without those, and their check refuses those
values at run time (filters keep every value).
"""

from __future__ import annotations

import functools
import json
import re
import textwrap
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint, EndpointCollection
from openapi_python_client.parser.properties import ModelProperty, Property
from openapi_python_client.strings import ClassName, PythonIdentifier
from shape_data import CsvColumnView, dashboard_csv, deprecation_kind, plan_policy

Schema = dict[str, Any]
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
# Keyword arguments every operation method has; a spec parameter or field of the same name cannot be one.
CALL_OPTIONS = ("account_id", "timeout", "extra_headers", "extra_query")
DOC_WIDTH = 100  # generated docstrings wrap here


def describe_model(class_name: str) -> str:
    """A model's docstring where the spec gives it no description: what the name says it holds."""
    words = re.sub(r"(?<!^)(?=[A-Z])", " ", class_name).lower()
    for suffix, meaning in (
        (" list response", "A page of {}: its result and result_info."),
        (" batch response", "The envelope of a {} batch's result."),
        (" batch result", "What a {} batch did, array by array."),
        (" response", "The envelope of one {}."),
        (" batch", "The arrays of a {} batch."),
    ):
        if words.endswith(suffix):
            stem = words.removesuffix(suffix)
            plural = stem[:-1] + "ies" if stem.endswith("y") else stem.removesuffix("s") + "s"
            return meaning.format(plural if suffix == " list response" else stem)
    if words.startswith("create "):
        return f"What creating a {words.removeprefix('create ')} sends."
    if words.startswith("update "):
        return f"What changing a {words.removeprefix('update ')} sends: only the fields given."
    return words.capitalize() + "."


def method_of(operation: Schema) -> str:
    """The client method of an operation: its `x-sdk-method`, else the operationId without its prefix."""
    return str(operation.get("x-sdk-method") or operation["operationId"].removeprefix("email_security_"))


def deprecation_message(name: str, schema: Schema, methods: dict[str, str] | None = None) -> str:
    """The DeprecationWarning text for sending a deprecated field or calling a deprecated operation,
    from `x-deprecation: {since, end_of_life, use}`; empty when the schema is not deprecated. `methods`
    names an operation the way callers know it: `use: email_security_batch_domains` says `domains.batch()`."""
    rule = deprecation_rule(schema, methods)
    return f"{name} {rule}" if rule else ""


def deprecation_rule(schema: Schema, methods: dict[str, str] | None = None) -> str:
    """`deprecation_message` without the name: "is deprecated since ...; use ... instead"."""
    if not schema.get("deprecated"):
        return ""
    facts = schema.get("x-deprecation") or {}
    rule = "is deprecated"
    if facts.get("since"):
        rule += f" since {facts['since']}"
    if facts.get("end_of_life"):
        rule += f" (end of life {facts['end_of_life']})"
    use = facts.get("use")
    if use and deprecation_kind(facts, str(use)) == "replacement":
        return rule + f"; replaced by {(methods or {}).get(use, use)}, which takes other values"
    return rule + (f"; use {(methods or {}).get(use, use)} instead" if use else "")


# `format: int32` and `int64` bound an integer as tightly as `minimum` and `maximum`: a value outside
# them is refused before sending, as the server would refuse it (or, worse, wrap it around).
INTEGER_FORMATS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def integer_bounds(schema: Schema) -> dict[str, int]:
    """The `minimum`/`maximum` rules an integer's format implies where the schema states none."""
    bounds = INTEGER_FORMATS.get(schema.get("format", "")) if schema.get("type") == "integer" else None
    if bounds is None:
        return {}
    implied = {"minimum": bounds[0], "maximum": bounds[1]}
    return {name: value for name, value in implied.items() if name not in schema}


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


@dataclass
class FormView:
    """A string field whose form the value of an enum field beside it decides (the enum's `x-sdk-forms`),
    unless a boolean field beside it is true: `pattern` by `pattern_type`, unless `is_regex`."""

    field: FieldView
    by: FieldView
    unless: FieldView | None
    forms: dict[str, str]  # enum value -> form: email, hostname, ip-network


@dataclass
class RequiredWhenView:
    """A field a request body must carry when the enum field beside it holds one of `values`
    (`x-sdk-required-when` on the object schema): a MOVE job's destination."""

    field: FieldView
    by: FieldView
    values: list[str]


@dataclass
class ModelView:
    class_name: str
    description: str
    fields: list[FieldView]
    imports: list[str]
    is_request: bool
    is_response: bool
    id_only: str  # "int" or "str" for a model whose one field is its `id`: callers may pass the bare id
    forms: list[FormView] = field(default_factory=list)  # request models only
    required_when: list[RequiredWhenView] = field(default_factory=list)  # request models only

    @property
    def dict_name(self) -> str:
        """The TypedDict of a request model: its fields as a plain dict, e.g. a batch entry."""
        return f"{self.class_name}Dict"

    @property
    def required_fields(self) -> list[FieldView]:
        return [f for f in self.fields if f.required]

    @property
    def optional_fields(self) -> list[FieldView]:
        return [f for f in self.fields if not f.required]

    @property
    def deprecated_fields(self) -> list[FieldView]:
        """The fields whose sending warns: validate() says so, once per model."""
        return [f for f in self.fields if f.deprecation_rule]


@dataclass
class BodyView:
    kind: str  # "fields": a model flattened into keyword arguments; "array": one named argument
    model: str
    fields: list[FieldView]
    argument: FieldView | None = None
    min_properties: int = 0  # a PATCH body must set at least this many fields


@dataclass
class PathPart:
    """A piece of an operation's path: literal text, or a path parameter the request builder fills in."""

    literal: str = ""
    attr: str = ""  # the parameter's Python name, "" for literal text
    account: bool = False  # the account, which the builder takes as its own argument, not in `a`


@dataclass
class WaitView:
    """`x-sdk-wait` on the `get` of a long-running job: the state field, the states that end the job and
    those of them that mean it failed; the resource gains a `wait()` polling this operation."""

    field: str
    done: list[str]
    failed: list[str]
    interval: float  # the default first pause between polls, in seconds
    max_interval: float  # the default longest pause the backoff grows to


@dataclass
class OperationView:
    method_name: str
    operation_id: str
    module: str
    http_method: str
    path: str
    path_parts: list[PathPart]
    summary: str
    description: str
    deprecated: bool
    deprecation: str
    status: int
    path_params: list[FieldView]
    query_params: list[FieldView]
    body: BodyView | None
    envelope: str
    result_annotation: str
    result_annotation_in_class: str  # inside a resource class (see TypeView)
    no_content: bool
    paginated: bool
    item_annotation: str
    cursor: bool = False  # paginated by `result_info.cursor` (and a `cursor` argument), not by page number
    wait: WaitView | None = None
    classes: list[str] = field(default_factory=list)  # the models and aliases its code names
    # Said in the docstring of an operation the API serves that Cloudflare's official SDKs lack
    # (`x-sdk-not-in-official-sdks`); "" for the others.
    availability: str = ""

    @property
    def args_doc(self) -> list[str]:
        """The `Args:` entries of the docstring, wrapped; an argument the spec says nothing of is left out."""
        params = [p for p in self.path_params if p.name != "account_id"] + self.signature_params
        entries = [f"{p.attr}: {p.doc}" for p in params if p.doc] + [
            "account_id: The account; the client's when None.",
            "timeout, extra_headers, extra_query: This call's timeout, and headers and query parameters "
            "added to its request (the credentials stay the client's).",
        ]
        indent = " " * 12
        return [
            textwrap.fill(entry, DOC_WIDTH, initial_indent=indent, subsequent_indent=indent + " " * 4)
            for entry in entries
        ]

    @property
    def signature_params(self) -> list[FieldView]:
        """Keyword arguments of the method: body fields and query parameters, required ones first."""
        params = list(self.body.fields if self.body else []) + self.query_params
        if self.body and self.body.argument:
            params.insert(0, self.body.argument)
        return sorted(params, key=lambda param: param.default is not None)


BATCH_ORDER = ("deletes", "patches", "puts", "posts")  # the order the API applies a batch's arrays in


@dataclass
class ResourceShapeView:
    """One resource as plan and the batch helpers see it (see templates/runtime/_shapes.py.jinja)."""

    resource: str
    entity: str
    natural_key: list[str]
    deprecated: list[str]  # the entity's deprecated fields: plan neither compares nor exports them
    create: str  # the create body's model, "" when the API cannot create it
    update: str  # the PATCH body's model
    batch_arrays: list[str] = field(default_factory=list)  # [] when the resource has no batch
    batch_models: dict[str, str] = field(default_factory=dict)  # array -> model class of its entries
    batch_result: str = ""
    max_items: int = 0
    page_size: int = 0  # the largest `per_page` its list allows: plan and export walk in pages of it
    plan_policy: dict[str, Any] = field(default_factory=dict)  # x-sdk-plan-policy (see shape_data.py)
    dashboard_csv: list[CsvColumnView] = field(default_factory=list)  # x-sdk-dashboard-csv


@dataclass
class ResourceView:
    tag: str
    attr: str
    class_name: str
    description: str
    operations: list[OperationView]
    classes: list[str]  # the models and aliases its operations name


def text(value: Any) -> str:
    """The plain text of a generator string (the generator wraps spec text in UntrustedString)."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


def pascal(name: str) -> str:
    return str(ClassName(name, ""))


def module_of(class_name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", class_name).lower()


def path_parts(path: str) -> list[PathPart]:
    """A path's literal text and its `{name}` parameters, in order, for the request builder to join."""
    parts = []
    for index, piece in enumerate(re.split(r"\{(\w+)\}", path)):
        if index % 2:  # re.split puts each captured parameter name between two runs of literal text
            parts.append(PathPart(attr=str(PythonIdentifier(piece, "")), account=piece == "account_id"))
        elif piece:
            parts.append(PathPart(literal=piece))
    return parts


def docstring_text(text: str | None) -> str:
    """Spec text made safe inside a triple-quoted docstring."""
    plain = (
        (text or "")
        .replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
    )
    return plain.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()


class SdkView:
    """Views over the raw document joined with the generator's parsed data, for the templates."""

    def __init__(self, document: Schema, data: GeneratorData, *, version: str) -> None:
        self.version = version
        self.document = document
        self.data = data
        schemas = document.get("components", {}).get("schemas", {})
        self.schema_by_class = {pascal(name): schema for name, schema in schemas.items()}
        self.models_by_class = {str(model.class_info.name): model for model in data.models}
        self.enums_by_class = {str(enum.class_info.name): self._enum_view(enum) for enum in data.enums}
        self.enum_classes = set(self.enums_by_class)
        self.request_classes = self._reachable(self._operation_schemas(request=True))
        self.response_classes = self._reachable(self._operation_schemas(request=False))
        self.modules = self._modules()  # every importable name of the models package -> its module
        self.info = document.get("info", {})
        self.ip_rules = self._ip_rules(document.get("x-sdk-ip-rules") or {})
        self.base_url = document.get("servers", [{}])[0].get("url", "")

    @staticmethod
    def _ip_rules(rules: Schema) -> dict[str, Any]:
        """`x-sdk-ip-rules` as `_constants.py` holds it: ((what the API calls them, ranges), ...) and
        whether the IPv4 ranges are refused in their IPv4-mapped IPv6 form too."""
        refused = tuple(
            (str(name), tuple(str(network) for network in networks))
            for name, networks in (rules.get("refused") or {}).items()
        )
        return {"refused": refused, "ipv4_mapped": bool(rules.get("ipv4-mapped"))}

    def _enum_view(self, enum: Any) -> EnumView:
        name = str(enum.class_info.name)
        schema = self.schema_by_class.get(name, {})
        values = [str(value) for value in enum.values.values()]
        response_only = [str(value) for value in schema.get("x-sdk-response-only", [])]
        unknown = sorted(set(response_only) - set(values))
        if unknown:
            raise ValueError(f"{name}: x-sdk-response-only names values it does not have: {unknown}")
        return EnumView(name, values, response_only)

    def enum(self, enum: Any) -> EnumView:
        return self.enums_by_class[str(enum.class_info.name)]

    def _modules(self) -> dict[str, str]:
        modules = {}
        for name, view in self.enums_by_class.items():
            for alias in (name, view.value_alias, view.writable_alias):
                modules[alias] = module_of(name)
        for name in self.models_by_class:
            modules[name] = module_of(name)
            if name in self.request_classes:
                modules[f"{name}Dict"] = module_of(name)
        return modules

    @property
    def model_exports(self) -> list[str]:
        """Import lines of the names the models package adds to the generator's: aliases, TypedDicts."""
        return [
            f"from .{module} import {name}"
            for name, module in sorted(self.modules.items())
            if name not in self.models_by_class and name not in self.enum_classes
        ]

    # ---- raw document helpers ---------------------------------------------------------------------
    def resolve(self, node: Schema) -> Schema:
        while "$ref" in node:
            node = self._pointer(node["$ref"])
        return node

    def _pointer(self, ref: str) -> Schema:
        node: Any = self.document
        for part in ref.removeprefix("#/").split("/"):
            node = node[part]
        return node  # type: ignore[no-any-return]

    def flatten(self, schema: Schema) -> Schema:
        """A property schema with $ref and single-entry allOf folded in, keywords of the outer one winning."""
        merged: Schema = {}
        for part in ([schema["$ref"]] if "$ref" in schema else []) + [
            entry["$ref"] for entry in schema.get("allOf", []) if "$ref" in entry
        ]:
            merged.update(self.flatten(self._pointer(part)))
        merged.update({key: value for key, value in schema.items() if key not in ("$ref", "allOf")})
        return merged

    def properties(self, schema: Schema) -> tuple[dict[str, Schema], set[str]]:
        """Properties and required names of an object schema, allOf merged."""
        schema = self.resolve(schema)
        props: dict[str, Schema] = {}
        required: set[str] = set(schema.get("required", []))
        for part in schema.get("allOf", []):
            part_props, part_required = self.properties(part)
            props.update(part_props)
            required |= part_required
        props.update(schema.get("properties", {}))
        return props, required

    @functools.cached_property
    def sdk_methods(self) -> dict[str, str]:
        """operationId -> the call that sends it, as a caller writes it: `domains.batch()`."""
        return {
            operation["operationId"]: f"{(operation.get('tags') or ['api'])[0]}.{method_of(operation)}()"
            for _, _, _, operation in self._operations()
            if "operationId" in operation
        }

    def _operations(self) -> Iterator[tuple[str, str, Schema, Schema]]:
        for path, item in self.document.get("paths", {}).items():
            for method, operation in item.items():
                if method in ("get", "put", "post", "delete", "patch"):
                    yield path, method, item, operation

    def _operation_schemas(self, *, request: bool) -> list[Schema]:
        found = []
        for _, _, _, operation in self._operations():
            if request:
                body = operation.get("requestBody", {})
                found += [media["schema"] for media in body.get("content", {}).values()]
            else:
                for code, response in operation.get("responses", {}).items():
                    if code.startswith("2"):
                        found += [
                            media["schema"] for media in self.resolve(response).get("content", {}).values()
                        ]
        return found

    def _reachable(self, roots: list[Schema]) -> set[str]:
        """Class names of the component schemas reachable from roots."""
        seen: set[str] = set()
        stack: list[Any] = list(roots)
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack += node
            elif isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                    name = pascal(ref.rsplit("/", 1)[1])
                    if name not in seen:
                        seen.add(name)
                        stack.append(self._pointer(ref))
                stack += [value for key, value in node.items() if key != "$ref"]
        return seen

    # ---- properties -------------------------------------------------------------------------------
    @staticmethod
    def _kind(prop: Any) -> str:
        return type(prop).__name__

    def _non_null(self, prop: Any) -> tuple[list[Any], bool]:
        """The non-null members of a property and whether null is allowed."""
        if self._kind(prop) == "UnionProperty":
            inner = [p for p in prop.inner_properties if self._kind(p) != "NoneProperty"]
            return inner, len(inner) < len(prop.inner_properties)
        if self._kind(prop) == "NoneProperty":
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
        kind = self._kind(prop)
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
                id_type = self.model_view_of(name).id_only
                if id_type:
                    annotation += f" | {id_type}"
                    classes |= {id_type} & self.modules.keys()  # a builtin such as str names none
            return TypeView(annotation, annotation, Reader("from_dict", model=name), name, classes=classes)
        if kind == "ListProperty":
            inner = self._base(prop.inner_property, for_input=for_input, writable=writable, literal=literal)
            if inner.items:
                raise ValueError(f"no template support for arrays of arrays ({text(prop.name)})")
            models_inside = self._kind(prop.inner_property) == "ModelProperty"
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
        flat = self.flatten(raw)
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
        if "default" in flat and self._kind(members[0] if members else prop) == "ListProperty":
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
        kind = self._kind(prop)
        if kind == "ListProperty":
            return self._values_of(prop.inner_property, writable=writable)
        if kind != "EnumProperty":
            return []
        enum = self.enums_by_class[str(prop.class_info.name)]
        return enum.writable if writable else enum.values

    def _response_only(self, prop: Any) -> tuple[str, ...]:
        """The values of an enum property (or of an array of enums) that only a server sends."""
        kind = self._kind(prop)
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
        kind = self._kind(prop)
        if kind == "ModelProperty":
            return Coercion("coerce_model", str(prop.class_info.name))
        if kind == "ListProperty" and self._kind(prop.inner_property) == "ModelProperty":
            return Coercion("coerce_models", str(prop.inner_property.class_info.name))
        return None

    def import_lines(self, names: Iterable[str], package: str) -> list[str]:
        """`from <package><module> import <name>` for each name, e.g. package "...models." or "."."""
        return [f"from {package}{self.modules[name]} import {name}" for name in sorted(names)]

    # ---- models -----------------------------------------------------------------------------------
    def model_view_of(self, class_name: str) -> ModelView:
        return self.model(self.models_by_class[class_name])

    def model(self, model: ModelProperty) -> ModelView:
        class_name = str(model.class_info.name)
        raw_props, _ = self.properties(self.schema_by_class.get(class_name, {}))
        props = list(model.required_properties or []) + list(model.optional_properties or [])
        is_request = class_name in self.request_classes
        request_only = is_request and class_name not in self.response_classes
        read_only = class_name in self.response_classes and not is_request
        fields = [
            self.field_view(
                prop, raw_props.get(text(prop.name), {}), request_only=request_only, read_only=read_only
            )
            for prop in props
        ]
        forms = self._forms(fields, raw_props) if is_request else []
        required_when = self._required_when(class_name, fields) if is_request else []
        named = set().union(*(f.classes | (f.input_classes if is_request else set()) for f in fields))
        names = (named & self.modules.keys()) - {class_name, f"{class_name}Dict"}
        schema = self.schema_by_class.get(class_name, {})
        return ModelView(
            class_name=class_name,
            description=docstring_text(schema.get("description") or text(model.description or ""))
            or describe_model(class_name),
            fields=fields,
            imports=self.import_lines(names, "."),
            is_request=is_request,
            is_response=class_name in self.response_classes,
            id_only=fields[0].kind if len(fields) == 1 and fields[0].name == "id" else "",
            forms=forms,
            required_when=required_when,
        )

    def _required_when(self, class_name: str, fields: list[FieldView]) -> list[RequiredWhenView]:
        """The model's `x-sdk-required-when` rules: {field: {field: ENUM_FIELD, values: [...]}}."""
        by_name = {f.name: f for f in fields}
        rules = self.flatten(self.schema_by_class.get(class_name, {})).get("x-sdk-required-when") or {}
        found = []
        for name, rule in rules.items():
            if name not in by_name or rule.get("field") not in by_name:
                raise ValueError(
                    f"{class_name}: x-sdk-required-when names a field it does not have: {name}, {rule}"
                )
            values = [str(value) for value in rule["values"]]
            found.append(RequiredWhenView(field=by_name[name], by=by_name[rule["field"]], values=values))
        return found

    FORMS = ("email", "hostname", "ip-network")  # what runtime/_validation.py's check_form knows

    def _forms(self, fields: list[FieldView], raw_props: dict[str, Schema]) -> list[FormView]:
        """The `x-sdk-forms` rules of a model: for each enum field whose schema has one, the field it
        names (if the model has it), and the exempting field (if the model has that)."""
        by_name = {f.name: f for f in fields}
        found = []
        for by in fields:
            rule = self.flatten(raw_props.get(by.name, {})).get("x-sdk-forms")
            if not rule or rule.get("field") not in by_name:
                continue
            forms = {str(value): str(form) for value, form in (rule.get("forms") or {}).items()}
            unknown = sorted(set(forms.values()) - set(self.FORMS))
            if unknown:
                raise ValueError(f"{by.name}: x-sdk-forms names forms the runtime does not know: {unknown}")
            unless = by_name.get(rule.get("unless", ""))
            found.append(FormView(field=by_name[rule["field"]], by=by, unless=unless, forms=forms))
        return found

    # ---- operations -------------------------------------------------------------------------------
    def _raw_operation(self, endpoint: Endpoint) -> tuple[Schema, Schema]:
        item = self.document["paths"][text(endpoint.path)]
        return item, item[endpoint.method]

    def _raw_params(self, endpoint: Endpoint) -> dict[tuple[str, str], Schema]:
        item, operation = self._raw_operation(endpoint)
        params = {}
        for param in item.get("parameters", []) + operation.get("parameters", []):
            param = self.resolve(param)
            params[(param["in"], param["name"])] = param
        return params

    def _param_view(self, prop: Property, raw: Schema, *, where: str) -> FieldView:
        view = self.field_view(
            prop, raw.get("schema", {}), required=bool(raw.get("required")), writable=False
        )
        view.description = docstring_text(raw.get("description") or view.description)
        view.deprecated = bool(raw.get("deprecated")) or view.deprecated
        view.deprecation_rule = deprecation_rule(raw) or view.deprecation_rule
        if where == "path":
            view.input_annotation = view.annotation
            view.input_annotation_in_class = view.annotation_in_class
            view.input_classes = view.classes
        return view

    def operation(self, endpoint: Endpoint) -> OperationView:
        _, raw = self._raw_operation(endpoint)
        raw_params = self._raw_params(endpoint)
        path_params = [
            self._param_view(p, raw_params[("path", text(p.name))], where="path")
            for p in endpoint.path_parameters
        ]
        query_params = [
            self._param_view(p, raw_params[("query", text(p.name))], where="query")
            for p in endpoint.query_parameters
        ]
        success = next(
            (r for r in endpoint.responses.patterns if str(r.status_code.pattern).startswith("2")), None
        )
        if success is None or self._kind(success.prop) != "ModelProperty":
            raise ValueError(
                f"{text(endpoint.name)}: its success answer is not a JSON envelope (an object schema under "
                "application/json); the client reads only those"
            )
        # A 204 besides the success status (a verification already done) answers with no body: None.
        no_content = "204" in raw.get("responses", {}) and str(success.status_code.pattern) != "204"
        envelope = self.model_view_of(str(success.prop.class_info.name))  # type: ignore[attr-defined]
        result = next(f for f in envelope.fields if f.name == "result")
        paginated = any(f.name == "result_info" for f in envelope.fields)
        cursor = paginated and self._cursor_paginated(envelope.class_name, query_params)
        body = None
        if endpoint.bodies:
            prop = endpoint.bodies[0].prop
            if self._kind(prop) == "ModelProperty":
                model = self.model(prop)  # type: ignore[arg-type]
                schema = self.resolve(raw["requestBody"]["content"]["application/json"]["schema"])
                body = BodyView(
                    kind="fields",
                    model=model.class_name,
                    fields=model.fields,
                    min_properties=int(schema.get("minProperties", 0)),
                )
            else:
                name = raw.get("x-codegen-request-body-name", "body")
                schema = raw["requestBody"]["content"]["application/json"]["schema"]
                argument = self.field_view(prop, schema, required=True)
                argument.name = argument.attr = name
                body = BodyView(kind="array", model="", fields=[], argument=argument)
        arguments = path_params + query_params
        named = {envelope.class_name} | result.classes
        if body:
            arguments += body.fields + ([body.argument] if body.argument else [])
            named.add(body.model)  # "" for an array body, which no module defines
        classes = named.union(*(p.input_classes for p in arguments)) & self.modules.keys()
        method_name = method_of({"operationId": text(endpoint.name), **raw})
        view = OperationView(
            method_name=method_name,
            operation_id=text(endpoint.name),
            module=str(PythonIdentifier(text(endpoint.name), "")),
            http_method=endpoint.method.upper(),
            path=text(endpoint.path),
            path_parts=path_parts(text(endpoint.path)),
            summary=docstring_text(raw.get("summary")),
            description=docstring_text(raw.get("description")),
            deprecated=bool(raw.get("deprecated")),
            deprecation=deprecation_message(
                f"{(raw.get('tags') or ['api'])[0]}.{method_name}()", raw, self.sdk_methods
            ),
            status=int(str(success.status_code.pattern)),
            path_params=path_params,
            query_params=query_params,
            body=body,
            envelope=envelope.class_name,
            result_annotation=result.annotation + (" | None" if no_content else ""),
            result_annotation_in_class=result.annotation_in_class + (" | None" if no_content else ""),
            no_content=no_content,
            paginated=paginated,
            cursor=cursor,
            wait=self._wait(raw),
            item_annotation=result.annotation.removeprefix("list[").removesuffix("]") if paginated else "",
            classes=sorted(classes),
            availability="Not in the official Cloudflare SDKs."
            if raw.get("x-sdk-not-in-official-sdks")
            else "",
        )
        clashes = [p.attr for p in view.signature_params if p.attr in CALL_OPTIONS]
        if clashes:
            raise ValueError(f"{view.operation_id}: {clashes} would hide the per-call options {CALL_OPTIONS}")
        return view

    def _cursor_paginated(self, envelope: str, query_params: list[FieldView]) -> bool:
        """A list whose `result_info` names the next page's `cursor`, and which takes a `cursor` argument."""
        props, _ = self.properties(self.schema_by_class[envelope])
        info, _ = self.properties(self.flatten(self.resolve(props.get("result_info", {}))))
        return "cursor" in info and any(p.name == "cursor" for p in query_params)

    @staticmethod
    def _wait(raw: Schema) -> WaitView | None:
        rule = raw.get("x-sdk-wait")
        if not rule:
            return None
        done, failed = [str(v) for v in rule["done"]], [str(v) for v in rule.get("failed", [])]
        if not set(failed) <= set(done):
            raise ValueError(
                f"{raw.get('operationId')}: x-sdk-wait failed {failed} must be among done {done}"
            )
        return WaitView(
            field=str(rule["field"]),
            done=done,
            failed=failed,
            interval=float(rule["interval"]),
            max_interval=float(rule["max_interval"]),
        )

    # ---- resources --------------------------------------------------------------------------------
    def resource(self, collection: EndpointCollection) -> ResourceView:
        tag = str(collection.tag)
        descriptions = {t["name"]: t.get("description", "") for t in self.document.get("tags", [])}
        operations = [self.operation(endpoint) for endpoint in collection.endpoints]
        classes = sorted({name for op in operations for name in op.classes})
        return ResourceView(
            tag=tag,
            attr=tag,
            class_name=pascal(tag),
            description=docstring_text(descriptions.get(tag, tag)),
            operations=operations,
            classes=classes,
        )

    @property
    def resource_shapes(self) -> list[ResourceShapeView]:
        """For every resource whose `list` entity declares `x-natural-key`: what plan and the batch
        helpers need, read from the spec (models by name, batch arrays and their limit)."""
        shapes = []
        for resource in self.resources:
            ops = {op.method_name: op for op in resource.operations}
            listing = next((op for op in resource.operations if op.paginated), None)
            entity = listing.item_annotation if listing else ""
            key = self.schema_by_class.get(entity, {}).get("x-natural-key")
            if not key:
                continue
            entity_props, _ = self.properties(self.schema_by_class.get(entity, {}))
            shape = ResourceShapeView(
                resource=resource.attr,
                entity=entity,
                natural_key=list(key),
                deprecated=sorted(
                    name for name, prop in entity_props.items() if self.flatten(prop).get("deprecated")
                ),
                create=ops["create"].body.model if "create" in ops and ops["create"].body else "",
                update=ops["update"].body.model if "update" in ops and ops["update"].body else "",
                page_size=self._page_size(listing),
                plan_policy=plan_policy(entity, self.schema_by_class[entity]),
                dashboard_csv=dashboard_csv(
                    entity,
                    self.schema_by_class[entity],
                    {n: self.flatten(p) for n, p in entity_props.items()},
                ),
            )
            batch = ops.get("batch")
            if batch is not None and batch.body is not None:
                body = self.models_by_class[batch.body.model]
                props = list(body.required_properties or []) + list(body.optional_properties or [])
                models = {text(p.name): str(p.inner_property.class_info.name) for p in props}  # type: ignore[attr-defined]
                raw_props, _ = self.properties(self.schema_by_class[batch.body.model])
                limits = [int(raw["maxItems"]) for raw in raw_props.values() if "maxItems" in raw]
                shape.batch_arrays = [name for name in BATCH_ORDER if name in models]
                shape.batch_models = models
                shape.batch_result = batch.result_annotation
                shape.max_items = min(limits) if limits else 0
            shapes.append(shape)
        return shapes

    @functools.cached_property
    def shapes_by_resource(self) -> dict[str, ResourceShapeView]:
        """`resource_shapes` by resource name, made once: per-resource templates look theirs up."""
        return {shape.resource: shape for shape in self.resource_shapes}

    @staticmethod
    def _page_size(listing: OperationView | None) -> int:
        """The largest `per_page` a list operation allows, 0 when it states none."""
        sizes = (
            [p.rules.get("maximum", 0) for p in listing.query_params if p.name == "per_page"]
            if listing
            else []
        )
        return int(sizes[0]) if sizes else 0

    @property
    def account_param(self) -> FieldView:
        """`account_id`, which every path starts with: its rules must agree, so one check serves all."""
        by_rules = {
            (p.kind, p.items, tuple(p.rules.items())): p
            for resource in self.resources
            for op in resource.operations
            for p in op.path_params
            if p.name == "account_id"
        }
        if len(by_rules) != 1:
            raise ValueError(f"operations disagree on the rules of account_id: {sorted(map(str, by_rules))}")
        return next(iter(by_rules.values()))

    @property
    def resources(self) -> list[ResourceView]:
        order = [t["name"] for t in self.document.get("tags", [])]
        collections = self.data.endpoint_collections_by_tag
        tags = sorted(collections, key=lambda tag: order.index(tag) if tag in order else len(order))
        return [self.resource(collections[tag]) for tag in tags]
