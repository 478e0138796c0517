"""The `sdk` template global: what templates need to know that openapi-python-client's parsed model drops.

The generator gives templates typed properties (names, required-ness, classes) but not the validation
keywords (minLength, maximum, maxItems, pattern), array defaults, or vendor extensions. SdkView joins
the parsed properties with the raw document and hands templates small, ready-to-render views, so the
templates stay declarative and all per-operation code is emitted from the spec. Each job has its module
in `views/` (naming, schemas, fields, models, operations, resources); SdkView builds each view once
and keeps it, however many templates ask for it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint, EndpointCollection
from openapi_python_client.parser.properties import ModelProperty, Property
from views.fields import (
    CONSTRAINTS,
    SCALAR_CHECKERS,
    Coercion,
    EnumView,
    FieldView,
    FieldViews,
    ParseView,
    Reader,
    TypeView,
    enum_view,
)
from views.models import FormView, ModelView, ModelViews, RequiredWhenView, describe_model
from views.naming import docstring_text, import_lines, method_of, module_of, pascal, text
from views.operations import (
    CALL_OPTIONS,
    DOC_WIDTH,
    ArgumentView,
    BodyView,
    OperationView,
    OperationViews,
    PathPart,
    WaitView,
    path_parts,
)
from views.resources import (
    BATCH_ORDER,
    ResourceShapeView,
    ResourceView,
    account_param,
    resource_shapes,
    resource_view,
)
from views.schemas import Schema, Schemas, deprecation_message, deprecation_rule, integer_bounds

__all__ = [  # the views, importable from here as before the split
    "BATCH_ORDER",
    "CALL_OPTIONS",
    "CONSTRAINTS",
    "DOC_WIDTH",
    "SCALAR_CHECKERS",
    "ArgumentView",
    "BodyView",
    "Coercion",
    "EnumView",
    "FieldView",
    "FormView",
    "ModelView",
    "OperationView",
    "ParseView",
    "PathPart",
    "Reader",
    "RequiredWhenView",
    "ResourceShapeView",
    "ResourceView",
    "Schema",
    "SdkView",
    "TypeView",
    "WaitView",
    "deprecation_message",
    "deprecation_rule",
    "describe_model",
    "docstring_text",
    "integer_bounds",
    "method_of",
    "module_of",
    "pascal",
    "path_parts",
    "text",
]


class SdkView:
    """Views over the raw document joined with the generator's parsed data, for the templates."""

    batch_order = BATCH_ORDER  # the order the API applies a batch's arrays in (shapes.py carries it)

    def __init__(self, document: Schema, data: GeneratorData, *, version: str) -> None:
        self.version = version
        self.document = document
        self.data = data
        self.schemas = Schemas(document)
        self.schema_by_class = self.schemas.schema_by_class
        self.request_classes = self.schemas.request_classes
        self.response_classes = self.schemas.response_classes
        self.models_by_class = {str(model.class_info.name): model for model in data.models}
        enums = {str(enum.class_info.name): enum for enum in data.enums}
        self.enums_by_class = {
            name: enum_view(enum, self.schema_by_class.get(name, {})) for name, enum in enums.items()
        }
        self.enum_classes = set(self.enums_by_class)
        self.modules = self._modules()  # every importable name of the models package -> its module
        self.info = document.get("info", {})
        self.ip_rules = self._ip_rules(document.get("x-sdk-ip-rules") or {})
        self.base_url = document.get("servers", [{}])[0].get("url", "")
        self.fields = FieldViews(self.schemas, self.enums_by_class, self.modules, self._id_only)
        self.models = ModelViews(self.schemas, self.fields, self.models_by_class, self.modules)
        self.operations = OperationViews(self.schemas, self.fields, self.models, self.modules)

    @staticmethod
    def _ip_rules(rules: Schema) -> dict[str, Any]:
        """`x-sdk-ip-rules` as `_constants.py` holds it: ((what the API calls them, ranges), ...) and
        whether the IPv4 ranges are refused in their IPv4-mapped IPv6 form too."""
        refused = tuple(
            (str(name), tuple(str(network) for network in networks))
            for name, networks in (rules.get("refused") or {}).items()
        )
        return {"refused": refused, "ipv4_mapped": bool(rules.get("ipv4-mapped"))}

    def _id_only(self, class_name: str) -> str:
        return self.models.model_view_of(class_name).id_only

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

    def enum(self, enum: Any) -> EnumView:
        return self.enums_by_class[str(enum.class_info.name)]

    @property
    def model_exports(self) -> list[str]:
        """Import lines of the names the models package adds to the generator's: aliases, TypedDicts."""
        return [
            f"from .{module} import {name}"
            for name, module in sorted(self.modules.items())
            if name not in self.models_by_class and name not in self.enum_classes
        ]

    # ---- the raw document (views/schemas.py) ------------------------------------------------------
    def resolve(self, node: Schema) -> Schema:
        return self.schemas.resolve(node)

    def flatten(self, schema: Schema) -> Schema:
        return self.schemas.flatten(schema)

    def properties(self, schema: Schema) -> tuple[dict[str, Schema], set[str]]:
        return self.schemas.properties(schema)

    @property
    def sdk_methods(self) -> dict[str, str]:
        return self.schemas.sdk_methods

    # ---- views, each built once ------------------------------------------------------------------
    def field_view(self, prop: Property, raw: Schema, **options: Any) -> FieldView:
        return self.fields.field_view(prop, raw, **options)

    def import_lines(self, names: Iterable[str], package: str) -> list[str]:
        """`from <package><module> import <name>` for each name, e.g. package "...models." or "."."""
        return import_lines(self.modules, names, package)

    def model_view_of(self, class_name: str) -> ModelView:
        return self.models.model_view_of(class_name)

    def model(self, model: ModelProperty) -> ModelView:
        return self.models.model(model)

    def operation(self, endpoint: Endpoint) -> OperationView:
        return self.operations.operation(endpoint)

    def resource(self, collection: EndpointCollection) -> ResourceView:
        descriptions = {t["name"]: t.get("description", "") for t in self.document.get("tags", [])}
        return resource_view(collection, self.operation, descriptions)

    @functools.cached_property
    def resources(self) -> list[ResourceView]:
        order = [t["name"] for t in self.document.get("tags", [])]
        collections = self.data.endpoint_collections_by_tag
        tags = sorted(collections, key=lambda tag: order.index(tag) if tag in order else len(order))
        return [self.resource(collections[tag]) for tag in tags]

    @functools.cached_property
    def resource_shapes(self) -> list[ResourceShapeView]:
        """For every resource whose `list` entity declares `x-natural-key`: what plan and the batch
        helpers need, read from the spec (models by name, batch arrays and their limit)."""
        return resource_shapes(self.resources, self.schemas, self.models_by_class)

    @functools.cached_property
    def shapes_by_resource(self) -> dict[str, ResourceShapeView]:
        """`resource_shapes` by resource name, made once: per-resource templates look theirs up."""
        return {shape.resource: shape for shape in self.resource_shapes}

    @functools.cached_property
    def account_param(self) -> FieldView:
        """`account_id`, which every path starts with: its rules must agree, so one check serves all."""
        return account_param(self.resources)
