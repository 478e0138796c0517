"""The raw OpenAPI document, which the generator's parsed model summarises: $ref resolution, properties
with allOf merged, the operations, and which component schemas requests and answers reach."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

from .naming import method_of, pascal
from .shape_data import deprecation_kind

# The HTTP methods an operation of the spec may have, in the order a path's verbs are listed.
HTTP_METHODS = ("get", "post", "put", "patch", "delete")

Schema = dict[str, Any]

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


class Schemas:
    """The document, read: every lookup the views make in it, each computed once."""

    def __init__(self, document: Schema) -> None:
        self.document = document
        schemas = document.get("components", {}).get("schemas", {})
        self.schema_by_class: dict[str, Schema] = {pascal(name): schema for name, schema in schemas.items()}
        self.request_classes = self._reachable(self._operation_schemas(request=True))
        self.response_classes = self._reachable(self._operation_schemas(request=False))

    def resolve(self, node: Schema) -> Schema:
        while "$ref" in node:
            node = self.pointer(node["$ref"])
        return node

    def pointer(self, ref: str) -> Schema:
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
            merged.update(self.flatten(self.pointer(part)))
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
            for _, _, _, operation in self.operations()
            if "operationId" in operation
        }

    def operations(self) -> Iterator[tuple[str, str, Schema, Schema]]:
        """(path, method, path item, operation) of every operation in the document."""
        for path, item in self.document.get("paths", {}).items():
            for method, operation in item.items():
                if method in HTTP_METHODS:
                    yield path, method, item, operation

    def _operation_schemas(self, *, request: bool) -> list[Schema]:
        found = []
        for _, _, _, operation in self.operations():
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
                        stack.append(self.pointer(ref))
                stack += [value for key, value in node.items() if key != "$ref"]
        return seen
