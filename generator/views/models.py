"""One model class as its template renders it: its fields, imports, and the request rules beside them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from openapi_python_client.parser.properties import ModelProperty

from .fields import FieldView, FieldViews
from .naming import docstring_text, import_lines, text
from .schemas import Schema, Schemas


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


class ModelViews:
    """Builds each model's view once, by class name: templates, operations and other models' fields
    (a model argument's bare id) ask for the same views again and again."""

    FORMS = ("email", "hostname", "ip-network")  # what runtime/_validation.py's check_form knows

    def __init__(
        self,
        schemas: Schemas,
        fields: FieldViews,
        models_by_class: dict[str, ModelProperty],
        modules: dict[str, str],
    ) -> None:
        self.schemas = schemas
        self.fields = fields
        self.models_by_class = models_by_class
        self.modules = modules
        self._built: dict[str, ModelView] = {}

    def model_view_of(self, class_name: str) -> ModelView:
        return self.model(self.models_by_class[class_name])

    def model(self, model: ModelProperty) -> ModelView:
        class_name = str(model.class_info.name)
        view = self._built.get(class_name)
        if view is None:
            view = self._built[class_name] = self._model(model)
        return view

    def _model(self, model: ModelProperty) -> ModelView:
        class_name = str(model.class_info.name)
        raw_props, _ = self.schemas.properties(self.schemas.schema_by_class.get(class_name, {}))
        props = list(model.required_properties or []) + list(model.optional_properties or [])
        is_request = class_name in self.schemas.request_classes
        request_only = is_request and class_name not in self.schemas.response_classes
        read_only = class_name in self.schemas.response_classes and not is_request
        fields = [
            self.fields.field_view(
                prop, raw_props.get(text(prop.name), {}), request_only=request_only, read_only=read_only
            )
            for prop in props
        ]
        forms = self._forms(fields, raw_props) if is_request else []
        required_when = self._required_when(class_name, fields) if is_request else []
        named = set().union(*(f.classes | (f.input_classes if is_request else set()) for f in fields))
        names = (named & self.modules.keys()) - {class_name, f"{class_name}Dict"}
        schema = self.schemas.schema_by_class.get(class_name, {})
        return ModelView(
            class_name=class_name,
            description=docstring_text(schema.get("description") or text(model.description or ""))
            or describe_model(class_name),
            fields=fields,
            imports=import_lines(self.modules, names, "."),
            is_request=is_request,
            is_response=class_name in self.schemas.response_classes,
            id_only=fields[0].kind if len(fields) == 1 and fields[0].name == "id" else "",
            forms=forms,
            required_when=required_when,
        )

    def _required_when(self, class_name: str, fields: list[FieldView]) -> list[RequiredWhenView]:
        """The model's `x-sdk-required-when` rules: {field: {field: ENUM_FIELD, values: [...]}}."""
        by_name = {f.name: f for f in fields}
        rules = (
            self.schemas.flatten(self.schemas.schema_by_class.get(class_name, {})).get("x-sdk-required-when")
            or {}
        )
        found = []
        for name, rule in rules.items():
            if name not in by_name or rule.get("field") not in by_name:
                raise ValueError(
                    f"{class_name}: x-sdk-required-when names a field it does not have: {name}, {rule}"
                )
            values = [str(value) for value in rule["values"]]
            found.append(RequiredWhenView(field=by_name[name], by=by_name[rule["field"]], values=values))
        return found

    def _forms(self, fields: list[FieldView], raw_props: dict[str, Schema]) -> list[FormView]:
        """The `x-sdk-forms` rules of a model: for each enum field whose schema has one, the field it
        names (if the model has it), and the exempting field (if the model has that)."""
        by_name = {f.name: f for f in fields}
        found = []
        for by in fields:
            rule = self.schemas.flatten(raw_props.get(by.name, {})).get("x-sdk-forms")
            if not rule or rule.get("field") not in by_name:
                continue
            forms = {str(value): str(form) for value, form in (rule.get("forms") or {}).items()}
            unknown = sorted(set(forms.values()) - set(self.FORMS))
            if unknown:
                raise ValueError(f"{by.name}: x-sdk-forms names forms the runtime does not know: {unknown}")
            unless = by_name.get(rule.get("unless", ""))
            found.append(FormView(field=by_name[rule["field"]], by=by, unless=unless, forms=forms))
        return found
