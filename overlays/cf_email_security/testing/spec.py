"""The served API, read from an OpenAPI document as data: its resources, operations, shapes and rules.

Nothing here names a resource or a field of this API. What the fake serves follows from the document:

- Operations: every method and path. An operation's first tag names its resource (without tags, the
  path segment after the part all paths share, `/accounts/{account_id}/email-security`); the first
  path parameter after the resource's own path (what its paths share, or up to the segment named like
  it) is the entry id. `x-sdk-method` names what an operation does (list, create, get, update,
  replace, delete, batch, bulk_delete, get_verification, move, cancel...); without it, the method and
  the path's shape say it.
- Entities: the `result` schema of the resource's get (else list, create, batch) response; its id
  field (`id`, else the one named like the entry's path parameter, `job_id`, else a required `..._id`
  string, `submission_id`) gives the id format (`type: integer`: 1, 2, 3...; a string: UUID4 strings).
- Timestamps: the entity's `date-time` fields that the create body does not carry; the ones named
  `created...` are set once, the others move on every change.
- Deprecated aliases: a deprecated entity field whose replacement the spec names (`x-deprecation.use`,
  or "use `<field>`" in its description) reports that field's value (and is written last, in the order
  the list's filters name the aliases), unless `x-deprecation.kind` is `replacement`: the new field
  holds other values (an enum replacing a boolean), so nothing is copied.
- List filters: the list operation's query parameters other than page, per_page, order, direction,
  search and cursor. A filter named like an entity field matches on equality (membership if the field
  is an array); an array-valued filter (`domain=a&domain=b`) matches any of its values; a filter `x`
  where the entity has no `x` but an array `xs` (`allowed_delivery_mode`, `allowed_delivery_modes`)
  matches membership there; `query` holds terms each found in some text of the entry; a date-time or
  date parameter named `start`/`end` (or `from...`/`to...`) bounds the entity's time (its first
  required date-time field, else its first); a deprecated parameter whose `x-deprecation.use` names
  another means what that one means; any other name matches a stored field of that name (seed data
  may carry fields the entity schema does not show, such as `active_delivery_mode`). A list whose
  description says it covers "the last N days" does so where no range is given.
- Search: a case-insensitive substring of the entity's free-text fields (strings that are neither
  enums, UUIDs nor date-times).
- Rules in prose made data (the vendor extensions the spec's `info.x-maintainer-notes` lists): an entity
  field's enum with `x-sdk-forms` decides the form of a field beside it (`FormRule`), checked against
  the document's `x-sdk-ip-rules`; `x-sdk-locked` entries cannot be changed; `x-sdk-unique` fields are
  not repeated; `x-sdk-server-defaults` fill what a create leaves out; a `get_verification`
  operation's `x-sdk-verification` says which field holds where verification stands.

A deliberately independent oracle: the client and the command line are generated from one reading
of the spec (the generator's views); the fake reads it here on its own, sharing no code with that
reading, so that a misreading shows as the client and the fake disagreeing, not as both agreeing.
"""

from __future__ import annotations

import copy
import functools
import importlib
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any, cast
from urllib.parse import urlsplit

from .validate import ANY, IpRules, Schemas, Validator

SPEC_PACKAGE = "cf_email_security_generated"
SPEC_FILE = "openapi.json"
DEFAULT_API_PREFIX = "/client/v4"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
LIST_PROTOCOL = ("page", "per_page", "order", "direction", "search", "cursor")  # how lists are walked
TERMS = "query"  # a list parameter of space-separated terms, each to be found in some text of an entry
LOWER_BOUNDS = (
    "start",
    "since",
    "after",
    "from",
)  # a time parameter named so (or `from_date`) starts a range
UPPER_BOUNDS = ("end", "until", "before", "to")
BATCH_ARRAYS = ("deletes", "patches", "puts", "posts")  # the batch convention, in the order applied

SpecSource = Mapping[str, Any] | str | os.PathLike[str]


def packaged_document() -> dict[str, Any]:
    """The spec the generated package ships (`cf_email_security_generated/openapi.json`)."""
    return copy.deepcopy(_packaged())


@functools.cache
def _packaged() -> dict[str, Any]:
    text = resources.files(SPEC_PACKAGE).joinpath(SPEC_FILE).read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


def read_document(source: SpecSource) -> dict[str, Any]:
    """A spec given as a dict (copied), or a path to a JSON or YAML file (YAML needs PyYAML)."""
    if isinstance(source, Mapping):
        return copy.deepcopy(dict(source))
    path = os.fspath(source)
    with open(path, encoding="utf-8") as file:
        text = file.read()
    if path.endswith((".yaml", ".yml")):
        try:
            yaml: Any = importlib.import_module("yaml")  # untyped; PyYAML is in the test and yaml extras
        except ImportError:
            raise ImportError(f"reading {path} needs PyYAML: pip install pyyaml") from None
        document: dict[str, Any] = yaml.safe_load(text)
        return document
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@dataclass(frozen=True)
class Parameter:
    """A query parameter: its merged schema, and whether it may repeat (an array: `a=1&a=2`)."""

    name: str
    schema: Mapping[str, Any]
    repeatable: bool
    use: str | None = None  # a deprecated parameter's replacement (`x-deprecation.use`)
    description: str = ""


@dataclass(frozen=True)
class Filter:
    """How a list filter selects entries: `field` of the entry, matched by "eq" (equals the value),
    "member" (the entry's array holds the value), "any" (the field equals one of the values), "after"
    or "before" (a time range's bounds: a date means its first or its last moment) or "terms" (every
    term found in some text of the entry). `alias_of`: the parameter a deprecated one stands for,
    which wins where both are given."""

    parameter: Parameter
    field: str
    match: str
    alias_of: str | None = None


@dataclass(frozen=True)
class Operation:
    id: str
    method: str  # upper case
    path: str  # the spec's template, e.g. /accounts/{account_id}/.../domains/{domain_id}
    segments: tuple[str, ...]  # the template's segments; "{name}" for a parameter
    verb: str  # list, create, get, update, replace, delete, batch, bulk_delete, get_verification, ...
    resource: str
    query: Mapping[str, Parameter]
    path_parameters: Mapping[str, Mapping[str, Any]]  # name -> merged schema
    body: Any | None  # the JSON request body's schema node, None without one
    statuses: tuple[int, ...]  # the documented 2xx statuses
    result: Mapping[str, Any] | None  # the merged `result` schema of the first 2xx, None without one
    extensions: Mapping[str, Any] = field(default_factory=dict[str, Any])  # the operation's `x-` keys
    tags: tuple[str, ...] = ()
    description: str = ""
    entry_parameter: str | None = None  # the path parameter naming the entry (the first after the resource)

    @property
    def success(self) -> int:
        return self.statuses[0] if self.statuses else 200


@dataclass(frozen=True)
class FormRule:
    """`x-sdk-forms` on the enum of `by`: the form `field` must have for each value of `by` (email,
    hostname, ip-network), unless the boolean `unless` is true."""

    field: str
    by: str
    unless: str | None
    forms: Mapping[str, str]


@dataclass(frozen=True)
class Lock:
    """`x-sdk-locked`: an entry whose `field` holds one of `values` cannot be changed, for `reason`."""

    field: str
    values: tuple[Any, ...]
    reason: str


@dataclass(frozen=True)
class Verification:
    """`x-sdk-verification`: the field holding where verification stands, its value while an entry
    needs its DNS record (`pending`) and once verified (`verified`: what onboarded entries hold)."""

    field: str
    pending: Any
    verified: Any


@dataclass(frozen=True)
class Resource:
    """One resource of the API as the fake serves it: operations by verb and the entity's shape."""

    name: str
    operations: Mapping[str, Operation]
    entity: Mapping[str, Any] | None  # merged; None when no operation shows the whole entry
    fields: Mapping[str, Mapping[str, Any]]  # the entity's properties, merged, in the spec's order
    id_schema: Mapping[str, Any]
    created: tuple[str, ...]  # timestamps set once
    modified: tuple[str, ...]  # timestamps that move on every change
    aliases: Mapping[str, str]  # deprecated field -> the field it reports
    filters: Mapping[str, Filter]
    search_fields: tuple[str, ...]
    natural_key: tuple[str, ...]
    create_fields: tuple[str, ...]
    forms: tuple[FormRule, ...] = ()
    locks: tuple[Lock, ...] = ()
    unique: tuple[str, ...] = ()
    server_defaults: Mapping[str, Any] = field(default_factory=dict[str, Any])
    verification: Verification | None = None
    key: str = "id"  # the entity field holding its id (`job_id`, `submission_id` where it has no `id`)
    time_field: str | None = None  # what places an entry in time (its ranges, its cursor order)
    window_days: int | None = None  # a list without a time range covers the last so many days

    @property
    def uuid_ids(self) -> bool:
        return self.id_schema.get("type") != "integer"

    def field_nullable(self, name: str, schemas: Schemas) -> bool:
        """Whether the entity may hold null in `name` (True when the spec shows no entity)."""
        if self.entity is None or name not in self.fields:
            return self.entity is None
        return schemas.accepts_null(self.fields[name])


class Api:
    """The served API: every resource with its operations, built once from the document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document: Mapping[str, Any] = document
        self.schemas: Schemas = Schemas(document)
        self.validator: Validator = Validator(self.schemas)
        self.ip_rules: IpRules = IpRules(document.get("x-sdk-ip-rules") or {})
        self.prefix: str = _server_path(document)
        operations = self._operations()
        self.common: tuple[str, ...] = _common_prefix([operation.segments for operation in operations])
        named = self._named(operations)
        self.operations: tuple[Operation, ...] = tuple(named)
        grouped: dict[str, dict[str, Operation]] = {}
        for operation in named:
            grouped.setdefault(operation.resource, {})[operation.verb] = operation
        self.resources: dict[str, Resource] = {
            name: self._resource(name, by_verb) for name, by_verb in sorted(grouped.items())
        }
        self.methods: tuple[str, ...] = tuple(sorted({operation.method for operation in named}))

    # ----- operations ----------------------------------------------------------------------------

    def _operations(self) -> list[Operation]:
        found: list[Operation] = []
        for path, item in self.document.get("paths", {}).items():
            shared = list(item.get("parameters", ()))
            for method, spec in item.items():
                if method not in HTTP_METHODS:
                    continue
                parameters = [self.schemas.resolve(p) for p in [*shared, *spec.get("parameters", ())]]
                found.append(self._operation(path, method.upper(), spec, parameters))
        return found

    def _operation(
        self, path: str, method: str, spec: Mapping[str, Any], parameters: list[Mapping[str, Any]]
    ) -> Operation:
        query: dict[str, Parameter] = {}
        in_path: dict[str, Mapping[str, Any]] = {}
        for parameter in parameters:
            schema = self.schemas.merged(parameter.get("schema", ANY))
            name = str(parameter["name"])
            if parameter.get("in") == "query":
                deprecated = renamed_as(parameter)
                description = str(parameter.get("description", ""))
                query[name] = Parameter(name, schema, schema.get("type") == "array", deprecated, description)
            elif parameter.get("in") == "path":
                in_path[name] = schema
        statuses = tuple(sorted(int(code) for code in spec.get("responses", {}) if str(code).isdigit()))
        successes = tuple(status for status in statuses if 200 <= status < 300)
        return Operation(
            id=str(spec.get("operationId", f"{method} {path}")),
            method=method,
            path=path,
            segments=tuple(part for part in path.split("/") if part),
            verb=str(spec.get("x-sdk-method", "")),
            resource="",
            query=query,
            path_parameters=in_path,
            body=_json_schema(self.schemas.resolve(spec.get("requestBody", {}))),
            statuses=successes,
            result=self._result(spec, successes),
            extensions={key: value for key, value in spec.items() if key.startswith("x-")},
            tags=tuple(str(tag) for tag in spec.get("tags", ())),
            description=str(spec.get("description", "")),
        )

    def _result(self, spec: Mapping[str, Any], successes: tuple[int, ...]) -> Mapping[str, Any] | None:
        for status in successes:
            response = self.schemas.resolve(spec["responses"].get(str(status), spec["responses"].get(status)))
            schema = _json_schema(response)
            if schema is not None:
                result = self.schemas.properties(schema).get("result")
                if result is not None:
                    return result
        return None

    def _named(self, operations: list[Operation]) -> list[Operation]:
        """The operations with their resource (the first tag, else the path segment after the shared
        prefix), their entry parameter and, where `x-sdk-method` is absent, their verb from their shape
        after the resource's own path (the part all its paths share)."""
        grouped: dict[str, list[int]] = {}
        for index, operation in enumerate(operations):
            rest = operation.segments[len(self.common) :]
            name = operation.tags[0] if operation.tags else (rest[0] if rest else "")
            grouped.setdefault(name, []).append(index)
        named = list(operations)
        for name, members in grouped.items():
            paths = [operations[index].segments for index in members]
            base = _resource_path(name, paths, len(self.common))
            for index in members:
                operation = operations[index]
                rest = operation.segments[base:]
                entry = next((part[1:-1] for part in rest if part.startswith("{")), None)
                verb = operation.verb or _verb(operation.method, rest) or operation.id
                named[index] = replace(operation, resource=name, verb=verb, entry_parameter=entry)
        return named

    # ----- resources -----------------------------------------------------------------------------

    def _resource(self, name: str, operations: Mapping[str, Operation]) -> Resource:
        entity = self._entity(operations)
        fields = self.schemas.properties(entity) if entity is not None else {}
        create = operations.get("create")
        create_fields = tuple(self.schemas.properties(create.body)) if create and create.body else ()
        stamps = [
            field_name
            for field_name, schema in fields.items()
            if schema.get("format") == "date-time" and field_name not in create_fields
        ]
        aliases = {
            field_name: target
            for field_name, schema in fields.items()
            if field_name not in stamps
            and (target := _replacement(schema, fields)) is not None
            and target not in stamps
        }
        # Written after the other fields, in the order the list's filters name them (then the entity's):
        # the order the fake has always sent them in, so re-recorded traffic stays byte for byte the same.
        listing = operations.get("list")
        named = list(listing.query) if listing is not None else []
        rank = {
            name: (named.index(name) if name in named else len(named), index)
            for index, name in enumerate(fields)
        }
        aliases = {name: aliases[name] for name in sorted(aliases, key=rank.__getitem__)}
        key = _key(operations, entity, fields)
        return Resource(
            name=name,
            operations=operations,
            entity=entity,
            fields=fields,
            id_schema=self._id_schema(operations, fields, key),
            created=tuple(stamp for stamp in stamps if stamp.startswith("created")),
            modified=tuple(stamp for stamp in stamps if not stamp.startswith("created")),
            aliases=aliases,
            filters=self.filters(operations.get("list"), entity),
            search_fields=tuple(
                field_name
                for field_name, schema in fields.items()
                if schema.get("type") == "string"
                and "enum" not in schema
                and schema.get("format") not in ("uuid", "date-time")
                and field_name != "id"
            ),
            natural_key=tuple(entity.get("x-natural-key", ())) if entity is not None else (),
            create_fields=create_fields,
            forms=_forms(fields),
            locks=tuple(
                Lock(str(lock["field"]), tuple(lock.get("values", ())), str(lock.get("reason", "")))
                for lock in (entity or {}).get("x-sdk-locked", ())
                if lock.get("field") in fields
            ),
            unique=tuple(str(name) for name in (entity or {}).get("x-sdk-unique", ()) if name in fields),
            server_defaults=dict((entity or {}).get("x-sdk-server-defaults", {})),
            verification=_verification(operations, fields),
            key=key,
            time_field=_time_field(fields, (entity or {}).get("required", ())),
            window_days=_window(listing),
        )

    def _entity(self, operations: Mapping[str, Operation]) -> Mapping[str, Any] | None:
        for verb in ("get", "list", "create", "update", "replace"):
            operation = operations.get(verb)
            if operation is not None and operation.result is not None:
                result = operation.result
                if result.get("type") == "array":
                    result = self.schemas.merged(result.get("items", ANY))
                if result.get("properties"):
                    return result
        batch = operations.get("batch")
        if batch is not None and batch.result is not None:
            for array in ("posts", "puts", "patches"):
                schema = self.schemas.properties(batch.result).get(array)
                if schema is not None and "items" in schema:
                    return self.schemas.merged(schema["items"])
        return None

    def _id_schema(
        self, operations: Mapping[str, Operation], fields: Mapping[str, Mapping[str, Any]], key: str
    ) -> Mapping[str, Any]:
        """The id's schema: the entity's id field, else the entry path parameter's, else a batch
        delete's."""
        if key in fields:
            return fields[key]
        for operation in operations.values():
            parameter = operation.entry_parameter
            if parameter is not None:
                return operation.path_parameters[parameter]
        for verb in ("batch", "bulk_delete"):
            deleting = operations.get(verb)
            if deleting is not None and deleting.body is not None:
                body = self.schemas.merged(deleting.body)
                array = self.schemas.properties(body).get("deletes", body)
                reference = self.schemas.properties(array.get("items", ANY))
                if "id" in reference:
                    return reference["id"]
        return {"type": "integer", "format": "int32", "minimum": 1}

    def filters(self, listing: Operation | None, entity: Mapping[str, Any] | None) -> dict[str, Filter]:
        """How each query parameter of a list (other than the walking ones) selects the `entity`s."""
        if listing is None:
            return {}
        fields = self.schemas.properties(entity) if entity is not None else {}
        timed = _time_field(fields, (entity or {}).get("required", ()))
        filters: dict[str, Filter] = {}
        for name, parameter in listing.query.items():
            if name in LIST_PROTOCOL:
                continue
            target = _deprecated_for(parameter, listing.query)
            meaning = listing.query[target] if target is not None else parameter
            found = self._filter(meaning, fields, timed)
            filters[name] = replace(found, parameter=parameter, alias_of=target)
        return filters

    @staticmethod
    def _filter(parameter: Parameter, fields: Mapping[str, Mapping[str, Any]], timed: str | None) -> Filter:
        name = parameter.name
        if parameter.repeatable:
            return Filter(parameter, name, "any")
        if name in fields:
            is_array = fields[name].get("type") == "array"
            return Filter(parameter, name, "member" if is_array else "eq")
        if fields.get(f"{name}s", {}).get("type") == "array":
            return Filter(parameter, f"{name}s", "member")
        if name == TERMS:
            return Filter(parameter, "", "terms")
        stem = name.split("_")[0]
        bounded = stem in LOWER_BOUNDS or stem in UPPER_BOUNDS
        if timed is not None and bounded and parameter.schema.get("format") in ("date-time", "date"):
            return Filter(parameter, timed, "after" if stem in LOWER_BOUNDS else "before")
        return Filter(parameter, name, "eq")


def _forms(fields: Mapping[str, Mapping[str, Any]]) -> tuple[FormRule, ...]:
    """The entity's form rules: an enum field whose schema has `x-sdk-forms` naming a field it has."""
    found: list[FormRule] = []
    for name, schema in fields.items():
        rule = _mapping(schema.get("x-sdk-forms"))
        if rule is not None and rule.get("field") in fields:
            unless = rule.get("unless")
            found.append(
                FormRule(
                    field=str(rule["field"]),
                    by=name,
                    unless=str(unless) if unless in fields else None,
                    forms={
                        str(value): str(form)
                        for value, form in cast("Mapping[str, Any]", rule.get("forms") or {}).items()
                    },
                )
            )
    return tuple(found)


def _verification(
    operations: Mapping[str, Operation], fields: Mapping[str, Mapping[str, Any]]
) -> Verification | None:
    for operation in operations.values():
        rule = _mapping(operation.extensions.get("x-sdk-verification"))
        if rule is not None and rule.get("field") in fields:
            return Verification(str(rule["field"]), rule.get("pending"), rule.get("verified"))
    return None


def _key(
    operations: Mapping[str, Operation], entity: Mapping[str, Any] | None, fields: Mapping[str, Any]
) -> str:
    """The field holding an entity's id: `id`, else one named like the entry's path parameter
    (`job_id`), else the first required string field named `..._id` (`submission_id`)."""
    if "id" in fields or entity is None:
        return "id"
    for operation in operations.values():
        if operation.entry_parameter in fields:
            return str(operation.entry_parameter)
    for name in entity.get("required", ()):
        if str(name).endswith("_id") and fields.get(name, {}).get("type") == "string":
            return str(name)
    return "id"


def _time_field(fields: Mapping[str, Mapping[str, Any]], required: Any) -> str | None:
    """The time that places an entity in a range: its first required date-time field, else its first."""
    stamps = [name for name, schema in fields.items() if schema.get("format") == "date-time"]
    return next((name for name in stamps if name in required), stamps[0] if stamps else None)


def _deprecated_for(parameter: Parameter, query: Mapping[str, Parameter]) -> str | None:
    """The list parameter a deprecated one stands for (`x-deprecation.use`), if the list has it."""
    use = parameter.use
    return use if use in query and use != parameter.name else None


def _window(listing: Operation | None) -> int | None:
    """How many days a list covers when no range is given, where its description says ("the last 30
    days")."""
    if listing is None:
        return None
    found = re.search(r"\blast (\d+) days\b", listing.description)
    return int(found[1]) if found else None


def _verb(method: str, rest: tuple[str, ...]) -> str | None:
    """What an operation without `x-sdk-method` does, from its method and what follows the resource."""
    item = len(rest) == 1 and rest[0].startswith("{")
    shapes: dict[tuple[str, tuple[str, ...]], str] = {
        ("GET", ()): "list",
        ("POST", ()): "create",
        ("DELETE", ()): "bulk_delete",
        ("POST", ("batch",)): "batch",
    }
    if item:
        return {"GET": "get", "PATCH": "update", "PUT": "replace", "DELETE": "delete"}.get(method)
    return shapes.get((method, rest))


def renamed_as(node: Mapping[str, Any]) -> str | None:
    """The new name of a deprecated field or parameter (`x-deprecation.use`), when it is a rename (the
    default `kind`): None when nothing replaces it, or when its replacement holds other values."""
    facts = _mapping(node.get("x-deprecation")) or {}
    if node.get("deprecated") is not True or facts.get("kind", "rename") != "rename":
        return None
    use = facts.get("use")
    return str(use) if use else None


def _replacement(schema: Mapping[str, Any], fields: Mapping[str, Any]) -> str | None:
    """The field a deprecated field stands for (a rename), if the spec names one that the entity has."""
    if schema.get("deprecated") is not True:
        return None
    facts = _mapping(schema.get("x-deprecation")) or {}
    if facts.get("kind", "rename") != "rename":
        return None  # a replacement holds other values: the old field reports nothing of it
    use = renamed_as(schema)
    if use in fields:
        return use
    found = re.search(r"\buse `?([A-Za-z_][A-Za-z0-9_]*)`?", str(schema.get("description", "")))
    return found[1] if found and found[1] in fields else None


def _json_schema(holder: Mapping[str, Any]) -> Any | None:
    """The application/json schema of a request body or response, if it has one."""
    content = holder.get("content", {})
    for media_type, value in content.items():
        if media_type.split(";")[0].strip().endswith("json") and "schema" in value:
            return value["schema"]
    return None


def _server_path(document: Mapping[str, Any]) -> str:
    servers: list[Mapping[str, Any]] = document.get("servers") or [{}]
    path = urlsplit(str(servers[0].get("url", ""))).path.rstrip("/")
    return path or DEFAULT_API_PREFIX


def _mapping(value: object) -> Mapping[str, Any] | None:
    """A spec extension's value when it is a mapping (a JSON object), else None."""
    return cast("Mapping[str, Any]", value) if isinstance(value, Mapping) else None


def _resource_path(name: str, paths: list[tuple[str, ...]], common: int) -> int:
    """How many segments a resource's own path has: up to the segment named like the resource (for
    `.../settings/domains`), else the segments all its paths share (`.../investigate/bulk`)."""
    for index, segment in enumerate(paths[0][common:], start=common):
        if segment == name and all(len(path) > index and path[index] == name for path in paths):
            return index + 1
    shared = 0
    shortest = min(len(path) for path in paths)
    while shared < shortest and all(path[shared] == paths[0][shared] for path in paths):
        shared += 1
    return shared


def _common_prefix(paths: list[tuple[str, ...]]) -> tuple[str, ...]:
    """The segments every path starts with, leaving at least one segment (the resource) to each."""
    if not paths:
        return ()
    shortest = min(len(path) for path in paths)
    prefix: list[str] = []
    for index in range(max(shortest - 1, 0)):
        segment = paths[0][index]
        if all(path[index] == segment for path in paths):
            prefix.append(segment)
        else:
            break
    return tuple(prefix)


@functools.cache
def _packaged_api() -> Api:
    return Api(_packaged())


def load_api(source: SpecSource | None = None) -> Api:
    """The API of `source` (a dict, or a JSON/YAML path), or of the packaged spec (read once)."""
    if source is None:
        return _packaged_api()
    return Api(read_document(source))


__all__ = [
    "Api",
    "Filter",
    "FormRule",
    "Lock",
    "Operation",
    "Parameter",
    "Resource",
    "Verification",
    "load_api",
    "packaged_document",
]
