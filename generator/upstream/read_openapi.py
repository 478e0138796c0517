"""Reads an OpenAPI 3.0 document (our spec, or Cloudflare's published one) into operations and fields.

Both documents go through this one reader, so a difference between them is a difference in what they
say, not in how they were read. `$ref` and `allOf` are merged; `nullable` and a `null` enum member both
make a field nullable.
"""

from __future__ import annotations

import importlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from .model import Field, Operation, in_scope

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MAX_DEPTH = 12

Schema = dict[str, Any]


def load_document(path: Path) -> dict[str, Any]:
    """A YAML or JSON document (JSON is YAML, but json is much faster on a large file)."""
    text = path.read_text(encoding="utf-8")
    document = json.loads(text) if path.suffix == ".json" else load_yaml(text)
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise ValueError(f"{path} is not an OpenAPI document: it has no `paths`")
    return document


def load_yaml(text: str) -> Any:
    """PyYAML's safe loader (PyYAML ships no type information, hence the untyped import)."""
    yaml: Any = importlib.import_module("yaml")
    return yaml.safe_load(text)


class Resolver:
    """Follows local `$ref`s and merges `allOf` into one schema dict."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def lookup(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise ValueError(f"only local references are read, not {ref!r}")
        node: Any = self.document
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def deref(self, node: Any) -> Any:
        """A parameter, request body or response object with its `$ref` followed."""
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < MAX_DEPTH:
            node = self.lookup(node["$ref"])
            seen += 1
        return node

    def merged(self, schema: Any, depth: int = 0) -> Schema:
        """The schema with `$ref` and `allOf` resolved into one dict (properties and required merged)."""
        if not isinstance(schema, dict) or depth > MAX_DEPTH:
            return {}
        out: Schema = {}
        if "$ref" in schema:
            out = dict(self.merged(self.lookup(schema["$ref"]), depth + 1))
        if "allOf" in schema:
            parts = [self.merged(part, depth + 1) for part in schema["allOf"]]
            combined = combine(parts)
            # Nullable only if every part is: allOf [Update, EntryRef] is not made nullable by one part.
            combined["nullable"] = bool(parts) and all(part.get("nullable") for part in parts)
            out = combine([out, combined]) if out else combined
        own = {key: value for key, value in schema.items() if key not in ("$ref", "allOf")}
        if own:
            nullable = own.get("nullable", out.get("nullable", False))
            out = combine([out, own]) if out else dict(own)
            out["nullable"] = nullable
        return out


def combine(parts: list[Schema]) -> Schema:
    """allOf semantics for the facts compared here: properties and required add up, the rest is the first."""
    out: Schema = {}
    properties: dict[str, Any] = {}
    required: list[str] = []
    for part in parts:
        for key, value in part.items():
            if key == "properties" and isinstance(value, dict):
                properties.update(value)
            elif key == "required" and isinstance(value, list):
                required.extend(name for name in value if name not in required)
            elif key == "deprecated":
                out["deprecated"] = bool(out.get("deprecated")) or bool(value)
            elif key not in out:
                out[key] = value
    if properties:
        out["properties"] = properties
    if required:
        out["required"] = required
    return out


def schema_type(schema: Schema) -> str | None:
    declared = schema.get("type")
    if isinstance(declared, str):
        return declared
    if "properties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    if "enum" in schema:
        return "string"
    return None


def flatten(
    resolver: Resolver,
    schema: Any,
    path: str,
    required: bool | None,
    out: dict[str, Field],
    file: str,
    skip: str = "readOnly",
    depth: int = 0,
) -> None:
    """Adds the field at `path` and, for objects and arrays, every field below it.

    `skip` leaves out the properties a request (readOnly) or a response (writeOnly) does not carry.
    """
    merged = resolver.merged(schema)
    values = merged.get("enum")
    enum: tuple[str, ...] | None = None
    nullable = bool(merged.get("nullable"))
    if isinstance(values, list):
        nullable = nullable or None in values
        enum = tuple(str(value) for value in values if value is not None)
    kind = schema_type(merged)
    if "oneOf" in merged or "anyOf" in merged:
        kind = None  # a union: its members are not compared field by field
    out[path] = Field(
        type=kind,
        required=required,
        nullable=nullable,
        enum=enum,
        deprecated=bool(merged.get("deprecated")),
        file=file,
    )
    if depth > MAX_DEPTH:
        return
    if kind == "object":
        names = merged.get("required", [])
        for name, child in (merged.get("properties") or {}).items():
            if resolver.merged(child).get(skip):
                continue
            flatten(resolver, child, f"{path}.{name}", name in names, out, file, skip, depth + 1)
    elif kind == "array":
        flatten(resolver, merged.get("items", {}), f"{path}[]", None, out, file, skip, depth + 1)


def json_schema(resolver: Resolver, holder: Any) -> Any:
    """The application/json schema of a request body or response, or None."""
    holder = resolver.deref(holder)
    if not isinstance(holder, dict):
        return None
    content = holder.get("content") or {}
    for media, entry in content.items():
        if media.split(";")[0].strip() == "application/json" and isinstance(entry, dict):
            return entry.get("schema")
    return None


def parameters(
    resolver: Resolver, path_item: dict[str, Any], operation: dict[str, Any]
) -> list[dict[str, Any]]:
    """Path-level parameters overridden by operation-level ones of the same name and location."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*path_item.get("parameters", []), *operation.get("parameters", [])]:
        parameter = resolver.deref(raw)
        if isinstance(parameter, dict) and "name" in parameter:
            found[(parameter["name"], parameter.get("in", ""))] = parameter
    return list(found.values())


def read_operations(document: dict[str, Any], file: str, names: bool = False) -> list[Operation]:
    """Every Email Security operation of the document. `names`: use `tag.x-sdk-method` as name."""
    resolver = Resolver(document)
    operations: list[Operation] = []
    for template, raw_item in document["paths"].items():
        path_item = resolver.deref(raw_item)
        if not isinstance(path_item, dict) or not in_scope(template):
            continue
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if not isinstance(operation, dict):
                continue
            operations.append(read_operation(resolver, template, method, path_item, operation, file, names))
    return operations


def operation_name(operation: dict[str, Any]) -> str:
    tags = operation.get("tags") or []
    method = operation.get("x-sdk-method") or operation.get("operationId") or ""
    return f"{tags[0]}.{method}" if tags else str(method)


def read_operation(
    resolver: Resolver,
    template: str,
    method: str,
    path_item: dict[str, Any],
    operation: dict[str, Any],
    file: str,
    names: bool,
) -> Operation:
    query: dict[str, Field] = {}
    for parameter in parameters(resolver, path_item, operation):
        if parameter.get("in") == "query":
            schema = parameter.get("schema", {})
            name = parameter["name"]
            flatten(resolver, schema, name, bool(parameter.get("required")), query, file)
            if parameter.get("deprecated"):  # the parameter's own flag, beside its schema's
                query[name] = replace(query[name], deprecated=True)
    body: dict[str, Field] = {}
    request = resolver.deref(operation.get("requestBody"))
    if isinstance(request, dict):
        flatten(
            resolver, json_schema(resolver, request) or {}, "body", bool(request.get("required")), body, file
        )
    result: dict[str, Field] | None = None
    envelope: dict[str, Field] = {}
    responses = operation.get("responses") or {}
    for status in sorted(str(code) for code in responses):
        if not status.startswith("2"):
            continue
        schema = json_schema(
            resolver, responses.get(status, responses.get(int(status) if status.isdigit() else status))
        )
        if schema is None:
            continue
        merged = resolver.merged(schema)
        properties = merged.get("properties") or {}
        required = merged.get("required") or []
        result = {}
        if "result" in properties:
            # Whether `result` must be there is an envelope fact, compared as such.
            flatten(resolver, properties["result"], "result", None, result, file, "writeOnly")
        for name in ("result", "result_info"):
            if name in properties:
                envelope[name] = Field(
                    type=schema_type(resolver.merged(properties[name])), required=name in required, file=file
                )
        break
    return Operation(
        method=method.upper(),
        path=template,
        file=file,
        name=operation_name(operation) if names else "",
        deprecated=bool(operation.get("deprecated")),
        query=query,
        body=body,
        result=result,
        envelope=envelope,
        files={"query": file, "body": file, "result": file},
    )
