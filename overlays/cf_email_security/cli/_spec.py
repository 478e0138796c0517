"""The command model, read from the OpenAPI document packaged with the generated client.

Reading the spec (one small JSON file) rather than importing every resource module keeps `--help` and
parsing cheap, and makes a new operation of the spec a new command with no change here: each operation
is `RESOURCE VERB`, its tag naming the client attribute and `x-sdk-method` (else its operationId) the
method, exactly as the generator names them. The tests check this model against the client's signatures.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from typing import Any, Literal

Schema = Mapping[str, Any]
Location = Literal["path", "query", "body", "body-array"]
HTTP_METHODS = ("get", "post", "put", "patch", "delete")


class Param:
    """One argument of a client method: a path id, a query filter, a body field or a whole array body.

    (Plain classes, not dataclasses, here: building dataclasses costs milliseconds at `--help` time.)"""

    def __init__(
        self,
        name: str,
        location: Location,
        schema: Schema,
        required: bool,
        description: str = "",
        deprecated: bool = False,
    ) -> None:
        self.name = name
        self.location = location
        self.schema = schema
        self.required = required
        self.description = description
        self.deprecated = deprecated

    def __repr__(self) -> str:
        return f"Param({self.name!r}, {self.location!r})"

    @property
    def file_only(self) -> bool:
        """Whether only `--file` can carry it: objects, and arrays of objects (batch arrays, bodies)."""
        if self.location == "body-array":
            return True
        kind = self.schema.get("type")
        return kind == "object" or (kind == "array" and self.schema.get("items", {}).get("type") == "object")


class Operation:
    """One spec operation as a command: `resource` and `method` name the client call.

    Parameters and the result schema are resolved on first use: `--help` needs only the names."""

    def __init__(self, spec: Spec, path: str, http_method: str, raw: Mapping[str, Any], shared: Any) -> None:
        self.spec = spec
        self.path = path
        self.http_method = http_method.upper()
        self.raw = raw
        self.shared: list[Any] = list(shared)
        self.resource: str = (raw.get("tags") or ["default"])[0]
        self.method: str = raw.get("x-sdk-method") or raw["operationId"]
        self.summary: str = raw.get("summary", "")
        self.description: str = raw.get("description", "")

    def __repr__(self) -> str:
        return f"Operation({self.resource}.{self.method}: {self.http_method} {self.path})"

    @functools.cached_property
    def params(self) -> tuple[Param, ...]:
        return tuple(_params(self.spec, self.shared, self.raw))

    @functools.cached_property
    def body(self) -> Schema | None:
        """The request body's schema, flattened; None when the operation takes no body."""
        raw = self.raw.get("requestBody")
        if raw is None:
            return None
        content = _deref(self.spec.document, raw).get("content", {}).get("application/json", {})
        return self.spec.resolve(content.get("schema", {}))

    @functools.cached_property
    def result(self) -> Schema | None:
        """The envelope's `result`, flattened."""
        return _result(self.spec, self.raw)

    @property
    def no_content(self) -> str:
        """What an answer without content means, for people: `no verification data: ` and the spec's
        description of the operation's 204 (the domain needs no DNS record), or "no content"."""
        response = self.raw.get("responses", {}).get("204")
        description = _deref(self.spec.document, response).get("description", "") if response else ""
        subject = self.method.removeprefix("get_").replace("_", " ") if self.method.startswith("get_") else ""
        label = f"no {subject} data" if subject else "no content"
        return f"{label}: {description}" if description else label

    @property
    def verb(self) -> str:
        return self.method.replace("_", "-")

    @property
    def writes(self) -> bool:
        return self.http_method not in ("GET", "HEAD")

    @property
    def paginated(self) -> bool:
        return any(p.name == "page" and p.location == "query" for p in self.params)

    @property
    def has_body(self) -> bool:
        return any(p.location in ("body", "body-array") for p in self.params)

    def item_schema(self) -> Schema | None:
        """The schema of one row of the result: the items of an array result, else the result."""
        if self.result is None:
            return None
        if self.result.get("type") == "array":
            items: Schema = self.result.get("items", {})
            return items
        return self.result


class Spec:
    """The packaged OpenAPI document: resources (tags) with their descriptions, and operations."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.resources: dict[str, str] = {}  # client attribute -> description
        self.operations: tuple[Operation, ...] = ()

    def of(self, resource: str) -> tuple[Operation, ...]:
        return tuple(op for op in self.operations if op.resource == resource)

    def find(self, resource: str, method: str) -> Operation | None:
        return next((op for op in self.of(resource) if op.method == method), None)

    def resolve(self, schema: Schema) -> Schema:
        """A schema with its `$ref` followed and `allOf` merged into one object schema."""
        return _flatten(self.document, schema, 0)


def _deref(document: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    seen = 0
    while "$ref" in node:
        seen += 1
        if seen > 32:
            raise ValueError(f"$ref cycle at {node['$ref']}")
        target: Any = document
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def _flatten(document: Mapping[str, Any], schema: Schema, depth: int) -> Schema:
    """Follow refs; merge allOf (properties, required); flatten array items and object properties too."""
    if depth > 16:
        return schema
    node = dict(_deref(document, schema))
    parts = node.pop("allOf", None)
    if parts:
        properties: dict[str, Any] = {}
        required: list[str] = []
        for part in parts:
            merged = _flatten(document, part, depth + 1)
            properties.update(merged.get("properties", {}))
            required += [name for name in merged.get("required", ()) if name not in required]
            for key, value in merged.items():
                if key not in ("properties", "required"):
                    node.setdefault(key, value)
        if properties or node.get("type") == "object":  # an object made of parts, not a nullable wrapper
            node.update(type="object", properties=properties, required=required)
        return node
    if "properties" in node:
        node["properties"] = {
            name: _flatten(document, prop, depth + 1) for name, prop in node["properties"].items()
        }
    if "items" in node:
        node["items"] = _flatten(document, node["items"], depth + 1)
    return node


def _params(spec: Spec, shared: list[Any], operation: Mapping[str, Any]) -> list[Param]:
    out: list[Param] = []
    for raw in [*shared, *operation.get("parameters", ())]:
        param = _deref(spec.document, raw)
        if param["name"] == "account_id":  # the client's own setting (--account-id)
            continue
        out.append(
            Param(
                name=param["name"],
                location=param["in"],
                schema=spec.resolve(param.get("schema", {})),
                required=bool(param.get("required", False)),
                description=param.get("description", ""),
                deprecated=bool(param.get("deprecated", False)),
            )
        )
    body = operation.get("requestBody")
    if body is None:
        return out
    body = _deref(spec.document, body)
    schema = spec.resolve(body.get("content", {}).get("application/json", {}).get("schema", {}))
    if schema.get("type") == "array":
        name = operation.get("x-codegen-request-body-name", "body")
        out.append(Param(name, "body-array", schema, True, schema.get("description", "")))
        return out
    required = set(schema.get("required", ()))
    for name, prop in schema.get("properties", {}).items():
        if prop.get("readOnly"):
            continue
        is_required = name in required and "default" not in prop  # a default makes the argument optional
        out.append(
            Param(name, "body", prop, is_required, prop.get("description", ""), bool(prop.get("deprecated")))
        )
    return out


def _result(spec: Spec, operation: Mapping[str, Any]) -> Schema | None:
    for status in ("200", "201", "2XX"):
        response = operation.get("responses", {}).get(status)
        if response is None:
            continue
        content = _deref(spec.document, response).get("content", {}).get("application/json", {})
        envelope = spec.resolve(content.get("schema", {}))
        result: Schema | None = envelope.get("properties", {}).get("result")
        return result
    return None


def parse(document: Mapping[str, Any]) -> Spec:
    """The command model of an OpenAPI document."""
    spec = Spec(document)
    for tag in document.get("tags", ()):
        spec.resources[tag["name"]] = tag.get("description", "")
    operations: list[Operation] = []
    for path, item in document.get("paths", {}).items():
        shared = item.get("parameters", [])
        for http_method in HTTP_METHODS:
            if http_method in item:
                operation = Operation(spec, path, http_method, item[http_method], shared)
                spec.resources.setdefault(operation.resource, "")
                operations.append(operation)
    spec.operations = tuple(operations)
    return spec


@functools.cache
def load() -> Spec:
    """The spec that ships inside the generated package (`cf_email_security_generated/openapi.json`):
    read by path when installed as files (importlib.resources, for zip installs, costs a few ms)."""
    import os

    import cf_email_security_generated

    path = os.path.join(os.path.dirname(cf_email_security_generated.__file__ or ""), "openapi.json")
    try:
        with open(path, encoding="utf-8") as file:
            text = file.read()
    except OSError:
        from importlib.resources import files

        text = files("cf_email_security_generated").joinpath("openapi.json").read_text(encoding="utf-8")
    return parse(json.loads(text))
