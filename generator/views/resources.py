"""A resource (a tag of the spec): its operations, and what plan and the batch helpers need of it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from openapi_python_client.parser.openapi import EndpointCollection
from openapi_python_client.parser.properties import ModelProperty

from .fields import FieldView
from .naming import docstring_text, pascal, text
from .operations import OperationView
from .schemas import Schemas
from .shape_data import CsvColumnView, dashboard_csv, plan_policy

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
    plan_policy: dict[str, Any] = field(default_factory=dict[str, Any])  # x-sdk-plan-policy (shape_data.py)
    dashboard_csv: list[CsvColumnView] = field(default_factory=list[CsvColumnView])  # x-sdk-dashboard-csv


@dataclass
class ResourceView:
    tag: str
    attr: str
    class_name: str
    description: str
    operations: list[OperationView]
    classes: list[str]  # the models and aliases its operations name


def resource_view(
    collection: EndpointCollection, operation: Callable[..., OperationView], descriptions: dict[str, str]
) -> ResourceView:
    """A tag's resource, its operations in the spec's order; descriptions: tag -> its description."""
    tag = str(collection.tag)
    operations = [operation(endpoint) for endpoint in collection.endpoints]
    classes = sorted({name for op in operations for name in op.classes})
    return ResourceView(
        tag=tag,
        attr=tag,
        class_name=pascal(tag),
        description=docstring_text(descriptions.get(tag, tag)),
        operations=operations,
        classes=classes,
    )


def resource_shapes(
    resources: list[ResourceView], schemas: Schemas, models_by_class: dict[str, ModelProperty]
) -> list[ResourceShapeView]:
    """For every resource whose `list` entity declares `x-natural-key`: what plan and the batch
    helpers need, read from the spec (models by name, batch arrays and their limit)."""
    shapes = []
    for resource in resources:
        ops = {op.method_name: op for op in resource.operations}
        listing = next((op for op in resource.operations if op.paginated), None)
        entity = listing.item_annotation if listing else ""
        key = schemas.schema_by_class.get(entity, {}).get("x-natural-key")
        if not key:
            continue
        entity_props, _ = schemas.properties(schemas.schema_by_class.get(entity, {}))
        shape = ResourceShapeView(
            resource=resource.attr,
            entity=entity,
            natural_key=list(key),
            deprecated=sorted(
                name for name, prop in entity_props.items() if schemas.flatten(prop).get("deprecated")
            ),
            create=ops["create"].body.model if "create" in ops and ops["create"].body else "",
            update=ops["update"].body.model if "update" in ops and ops["update"].body else "",
            page_size=page_size(listing),
            plan_policy=plan_policy(entity, schemas.schema_by_class[entity]),
            dashboard_csv=dashboard_csv(
                entity,
                schemas.schema_by_class[entity],
                {name: schemas.flatten(prop) for name, prop in entity_props.items()},
            ),
        )
        batch = ops.get("batch")
        if batch is not None and batch.body is not None:
            body = models_by_class[batch.body.model]
            props = list(body.required_properties or []) + list(body.optional_properties or [])
            # Each array's items are models: ListProperty's inner_property, which Property does not name.
            models = {text(p.name): str(cast(Any, p).inner_property.class_info.name) for p in props}
            raw_props, _ = schemas.properties(schemas.schema_by_class[batch.body.model])
            limits = [int(raw["maxItems"]) for raw in raw_props.values() if "maxItems" in raw]
            shape.batch_arrays = [name for name in BATCH_ORDER if name in models]
            shape.batch_models = models
            shape.batch_result = batch.result_annotation
            shape.max_items = min(limits) if limits else 0
        shapes.append(shape)
    return shapes


def page_size(listing: OperationView | None) -> int:
    """The largest `per_page` a list operation allows, 0 when it states none."""
    sizes = (
        [p.rules.get("maximum", 0) for p in listing.query_params if p.name == "per_page"] if listing else []
    )
    return int(sizes[0]) if sizes else 0


def account_param(resources: list[ResourceView]) -> FieldView:
    """`account_id`, which every path starts with: its rules must agree, so one check serves all."""
    by_rules = {
        (p.kind, p.items, tuple(p.rules.items())): p
        for resource in resources
        for op in resource.operations
        for p in op.path_params
        if p.name == "account_id"
    }
    if len(by_rules) != 1:
        raise ValueError(f"operations disagree on the rules of account_id: {sorted(map(str, by_rules))}")
    return next(iter(by_rules.values()))
