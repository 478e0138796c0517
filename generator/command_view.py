"""The `commands` template global: the command line's table, read from the views the client is made from.

Each operation of the client is a command `RESOURCE VERB`: its resource, method name and the Python
names of its arguments come from the same OperationView and FieldView objects that render the
client's methods, so the two cannot name anything differently. Beside those names the command line
needs some JSON Schema of the spec (types and formats to convert words, enums to offer as choices,
limits for help text, a result's fields for table columns, `x-cli` and `x-sdk-wait` data): it gets
those fragments here, resolved and merged once, with only the keywords it reads, so that it never
reads the spec itself at run time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sdk_view import FieldView, OperationView, SdkView
from views.schemas import HTTP_METHODS

Schema = dict[str, Any]
ACCOUNT = "account_id"  # the client's own setting (--account-id), not an argument of a command
SUCCESS = ("200", "201", "2XX")  # the statuses whose envelope's `result` a command prints
UNIONS = ("anyOf", "oneOf")
# What the command line reads of a schema (a dry run's answer, the alternatives of a union too); the rest
# (descriptions, examples, patterns) stays out of the table.
SCHEMA_KEYS = frozenset(
    {
        "type", "format", "enum", "items", "properties", "required", "nullable", "deprecated",
        "x-deprecation", "minLength", "maxLength", "minimum", "maximum", "maxItems",
        "x-sdk-response-only", "x-cli", "x-natural-key", "anyOf", "oneOf",
    }
)  # fmt: skip


@dataclass
class ParamRow:
    """One argument of a command: a method's own (path, query, body, body-array), or ("field") one
    scalar field of an object of the body, whose name is `parent`."""

    name: str  # on the wire
    arg: str  # the client method's name for it (the same as `name` for a field of an object)
    location: str
    required: bool
    deprecated: bool
    description: str
    schema: str  # the name of its schema among its resource's
    parent: str | None = None


@dataclass
class CommandRow:
    """One operation as a command: names from its OperationView, schema fragments by name."""

    resource: str
    method: str
    http_method: str
    path: str
    summary: str
    description: str
    params: list[ParamRow]
    fields: list[ParamRow]
    body: str | None  # the request body's schema (a name among its resource's), None without a body
    result: str | None  # the envelope's `result` schema, None when the answer has none
    cli: Schema  # the operation's `x-cli`
    wait: Schema | None  # the operation's `x-sdk-wait`: the resource gains a `wait` command
    no_content: str  # what the spec says of an answer without content (its 204), "" when nothing
    order: tuple[int, int] = field(default=(0, 0), repr=False)


def plain_text(text: str) -> str:
    """A view's text as the spec wrote it: the escaping that made it safe in a docstring undone."""
    return text.replace('\\"\\"\\"', '"""').replace("\\\\", "\\")


class CommandTable:
    """The commands of every operation, in the spec's order (paths, then get, post, put, patch and
    delete). What `--help` lists (names, summaries) is one module; what a command needs to be filled
    in (arguments, schemas) is one module per resource, loaded when that resource's command runs, with
    the schema fragments its commands share each held once."""

    def __init__(self, sdk: SdkView) -> None:
        self.sdk = sdk
        self.document: Schema = sdk.document
        self._schemas: dict[str, dict[str, str]] = {}  # resource -> a fragment as Python text -> its name
        # resource -> (name, Python text) of its fragments, each after those it names
        self.schemas: dict[str, list[tuple[str, str]]] = {}
        self.paths = list(self.document.get("paths", {}))
        tags = {tag["name"]: tag.get("description", "") for tag in self.document.get("tags", ())}
        views = sdk.resources
        self.resources: dict[str, str] = {view.attr: str(tags.get(view.tag, "")) for view in views}
        commands = []
        for view in views:
            self._resource = view.attr
            self._schemas[view.attr], self.schemas[view.attr] = {}, []
            commands += [self.command(view.attr, op) for op in view.operations]
        self.commands = sorted(commands, key=lambda command: command.order)

    def of(self, resource: str) -> list[CommandRow]:
        """The commands of one resource, in the table's order."""
        return [command for command in self.commands if command.resource == resource]

    # ---- schemas ----------------------------------------------------------------------------------
    def _deref(self, node: Mapping[str, Any]) -> Schema:
        seen = 0
        while "$ref" in node:
            seen += 1
            if seen > 32:
                raise ValueError(f"$ref cycle at {node['$ref']}")
            target: Any = self.document
            for part in str(node["$ref"]).removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = {**target, **{key: value for key, value in node.items() if key != "$ref"}}
        return dict(node)

    def flatten(self, schema: Mapping[str, Any], depth: int = 0) -> Schema:
        """A schema with its `$ref` followed and `allOf` merged into one object schema, its array items
        and object properties flattened too."""
        if depth > 16:
            return dict(schema)
        node = self._deref(schema)
        parts = node.pop("allOf", None)
        if parts:
            properties: dict[str, Any] = {}
            required: list[str] = []
            for part in parts:
                merged = self.flatten(part, depth + 1)
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
                name: self.flatten(prop, depth + 1) for name, prop in node["properties"].items()
            }
        if "items" in node:
            node["items"] = self.flatten(node["items"], depth + 1)
        for union in UNIONS:
            if union in node:
                node[union] = [self.flatten(part, depth + 1) for part in node[union]]
        return node

    def schema(self, flat: Mapping[str, Any]) -> str:
        """The name of a flattened schema among its resource's, with only the keywords the command
        line reads; each object property and array item is a named schema of its own, so that the
        fragments the spec repeats (an entity in a list, in a get, in a job) are held once."""
        fragment: Schema = {}
        for key, value in flat.items():
            if key not in SCHEMA_KEYS:
                continue
            if key == "properties":
                value = {name: Name(self.schema(prop)) for name, prop in value.items()}
            elif key == "items":
                value = Name(self.schema(value))
            elif key in UNIONS:
                value = [Name(self.schema(part)) for part in value]
            fragment[key] = value
        text = repr(fragment)
        known, schemas = self._schemas[self._resource], self.schemas[self._resource]
        if text not in known:
            known[text] = name = f"_S{len(schemas)}"
            schemas.append((name, text))
        return known[text]

    # ---- operations -------------------------------------------------------------------------------
    def _raw(self, op: OperationView) -> tuple[Schema, list[Schema]]:
        """The operation in the document, and its parameters (its path's first) resolved, in order."""
        item = self.document["paths"][op.path]
        raw = item[op.http_method.lower()]
        params = [self._deref(p) for p in [*item.get("parameters", ()), *raw.get("parameters", ())]]
        return raw, params

    def _param(self, view: FieldView, location: str, raw: Mapping[str, Any]) -> ParamRow:
        return ParamRow(
            name=view.name,
            arg=view.attr,
            location=location,
            required=view.required,
            deprecated=view.deprecated,
            description=plain_text(view.description),
            schema=self.schema(self.flatten(raw.get("schema", {}))),
        )

    def _body(self, op: OperationView, raw: Mapping[str, Any]) -> tuple[Schema | None, list[ParamRow]]:
        """The request body's schema, flattened, and its arguments in the spec's order."""
        if op.body is None or "requestBody" not in raw:
            return None, []
        body = self._deref(raw["requestBody"])
        schema = self.flatten(body.get("content", {}).get("application/json", {}).get("schema", {}))
        if op.body.argument is not None:  # an array body: one argument holds it
            view = op.body.argument
            row = ParamRow(
                name=view.name,
                arg=view.attr,
                location="body-array",
                required=True,
                deprecated=False,
                description=str(schema.get("description", "")),
                schema=self.schema(schema),
            )
            return schema, [row]
        properties: dict[str, Schema] = schema.get("properties", {})
        order = list(properties)
        rows = []
        for view in op.body.fields:
            prop = properties.get(view.name)
            if prop is None or prop.get("readOnly"):
                continue
            rows.append(
                ParamRow(
                    name=view.name,
                    arg=view.attr,
                    location="body",
                    # a default makes the argument optional: omitted, the client sends the default
                    required=view.required and "default" not in prop,
                    deprecated=bool(prop.get("deprecated")),
                    description=plain_text(view.description),
                    schema=self.schema(prop),
                )
            )
        return schema, sorted(rows, key=lambda row: order.index(row.name))

    def _fields(self, params: list[ParamRow], body: Schema | None) -> list[ParamRow]:
        """The scalar fields of the body's objects, each an option of its own (`--sender` fills
        `search_params.sender`) unless its name is taken by another argument: then only --file has it."""
        taken = {p.name for p in params}
        out: list[ParamRow] = []
        properties: dict[str, Schema] = (body or {}).get("properties", {})
        for parent in params:
            schema = properties.get(parent.name, {})
            if parent.location != "body" or schema.get("type") != "object":
                continue
            for name, prop in schema.get("properties", {}).items():
                if prop.get("readOnly") or name in taken or structured(prop):
                    continue
                taken.add(name)
                out.append(
                    ParamRow(
                        name=name,
                        arg=name,  # a key of the parent's dict
                        location="field",
                        required=False,
                        deprecated=bool(prop.get("deprecated")),
                        description=str(prop.get("description", "")),
                        schema=self.schema(prop),
                        parent=parent.name,
                    )
                )
        return out

    def _result(self, raw: Mapping[str, Any]) -> Schema | None:
        for status in SUCCESS:
            response = raw.get("responses", {}).get(status)
            if response is None:
                continue
            content = self._deref(response).get("content", {}).get("application/json", {})
            envelope = self.flatten(content.get("schema", {}))
            result: Schema | None = envelope.get("properties", {}).get("result")
            return result
        return None

    def command(self, resource: str, op: OperationView) -> CommandRow:
        """One operation's command: names from the view, schemas and `x-` data from the document."""
        raw, raw_params = self._raw(op)
        where = {(p["in"], p["name"]): index for index, p in enumerate(raw_params)}
        by_place = {(p["in"], p["name"]): p for p in raw_params}
        arguments = [("path", view) for view in op.path_params if view.name != ACCOUNT]
        arguments += [("query", view) for view in op.query_params]
        arguments.sort(key=lambda pair: where[(pair[0], pair[1].name)])
        params = [self._param(view, place, by_place[(place, view.name)]) for place, view in arguments]
        body, body_params = self._body(op, raw)
        params += body_params
        result = self._result(raw)
        no_content = raw.get("responses", {}).get("204")
        return CommandRow(
            resource=resource,
            method=op.method_name,
            http_method=op.http_method,
            path=op.path,
            summary=plain_text(op.summary),
            description=plain_text(op.description),
            params=params,
            fields=self._fields(params, body),
            body=self.schema(body) if body is not None else None,
            result=self.schema(result) if result is not None else None,
            cli=dict(raw.get("x-cli") or {}),
            wait=dict(raw["x-sdk-wait"]) if raw.get("x-sdk-wait") else None,
            no_content=str(self._deref(no_content).get("description", "")) if no_content else "",
            order=(self.paths.index(op.path), HTTP_METHODS.index(op.http_method.lower())),
        )


class Name(str):
    """A schema's name in the table, written as the name (not a string) inside another schema."""

    def __repr__(self) -> str:
        return str(self)


def structured(schema: Mapping[str, Any]) -> bool:
    """Objects and arrays of objects: only a file carries them on the command line."""
    kind = schema.get("type")
    return kind == "object" or (kind == "array" and schema.get("items", {}).get("type") == "object")
