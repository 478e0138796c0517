"""Rewrites of the spec, in memory, into forms openapi-python-client names well; the meaning is kept.

A nullable object component (`EmailsProcessed: {type: object, nullable: true}`) is what OpenAPI 3.0.3
needs for a `$ref` that may be null: `nullable` beside a `$ref` is ignored, and beside an `allOf` it
does not make the referenced schema accept null (validators such as openapi-core reject it).
openapi-python-client, though, names such a component's model `EmailsProcessedType0`. Handing it
the older idiom instead (the component not nullable, each property that refers to it a nullable
`allOf`) gives the same Python type, `EmailsProcessed | None`, under the component's own name.

An enum that may be null in some places and not in others (a list filter that takes no null beside
fields that may hold one) needs two components, since a `$ref` cannot be made nullable: the nullable one
says `x-sdk-nullable-of: <the other>`. The generator gets the other one, nullable, in its place, so that
both are one enum class: `Provenance | None`, not a second `NullableProvenance`.
"""

from __future__ import annotations

import copy
from typing import Any

REF_PREFIX = "#/components/schemas/"


def for_generator(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of `document` with nullable object components moved onto the properties using them,
    and `null` taken out of the values of nullable enums."""
    normalized = copy.deepcopy(document)
    _fold_nullable_enums(normalized)
    _drop_null_enum_values(normalized)
    schemas: dict[str, Any] = normalized.get("components", {}).get("schemas", {})
    nullable = {
        REF_PREFIX + name
        for name, schema in schemas.items()
        if schema.get("nullable") is True and schema.get("type") == "object"
    }
    for ref in nullable:
        del schemas[ref.removeprefix(REF_PREFIX)]["nullable"]
    _wrap_properties(normalized, nullable)
    return normalized


def _wrap_properties(node: Any, nullable_refs: set[str]) -> None:
    if isinstance(node, list):
        for item in node:
            _wrap_properties(item, nullable_refs)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if key == "properties" and isinstance(value, dict):
            for name, prop in value.items():
                if isinstance(prop, dict) and set(prop) == {"$ref"} and prop["$ref"] in nullable_refs:
                    value[name] = {"nullable": True, "allOf": [prop]}
        _wrap_properties(value, nullable_refs)


def _drop_null_enum_values(node: Any) -> None:
    """`enum: [a, b, null]` with `nullable: true` is how OpenAPI 3.0.3 lets an enum be null (validators
    need the null listed); openapi-python-client reads it as a union with a NoneProperty instead of an
    optional enum. `nullable` alone says the same to it."""
    if isinstance(node, list):
        for item in node:
            _drop_null_enum_values(item)
        return
    if not isinstance(node, dict):
        return
    values = node.get("enum")
    if node.get("nullable") is True and isinstance(values, list) and None in values:
        node["enum"] = [value for value in values if value is not None]
    for value in node.values():
        _drop_null_enum_values(value)


def _fold_nullable_enums(document: dict[str, Any]) -> None:
    """Each component with `x-sdk-nullable-of: X` replaced, wherever it is referred to, by X made
    nullable (the `allOf` idiom), and removed. Its values must be X's and null."""
    schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
    folded = {name: schema for name, schema in schemas.items() if "x-sdk-nullable-of" in schema}
    for name, schema in folded.items():
        target = schemas.get(schema["x-sdk-nullable-of"])
        if target is None or "x-sdk-nullable-of" in target:
            raise ValueError(
                f"{name}: x-sdk-nullable-of names no plain component: {schema['x-sdk-nullable-of']}"
            )
        values = [value for value in schema.get("enum", ()) if value is not None]
        if values != list(target.get("enum", ())) or schema.get("nullable") is not True:
            raise ValueError(
                f"{name}: x-sdk-nullable-of needs nullable: true and exactly the values of its target"
            )
        del schemas[name]
    replacements = {
        REF_PREFIX + name: {
            "nullable": True,
            # what the nullable component says of itself ("..., or null") stays where it was used
            **({"description": schema["description"]} if schema.get("description") else {}),
            "allOf": [{"$ref": REF_PREFIX + schema["x-sdk-nullable-of"]}],
        }
        for name, schema in folded.items()
    }
    if replacements:
        _replace_refs(document, replacements)


def _replace_refs(node: Any, replacements: dict[str, dict[str, Any]]) -> None:
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in list(items):
        if isinstance(value, dict) and set(value) == {"$ref"} and value["$ref"] in replacements:
            node[key] = copy.deepcopy(replacements[value["$ref"]])
        elif isinstance(value, dict) and value.get("$ref") in replacements:
            raise ValueError(f"a $ref to {value['$ref']} with siblings cannot be folded: {sorted(value)}")
        else:
            _replace_refs(value, replacements)
