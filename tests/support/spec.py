"""The spec as the tests read it: the generated package's `openapi.json`, resolved and walked as data.

Everything is read from the package that `import cf_email_security_generated` finds, so a client
generated from a changed spec into a temporary directory (first on PYTHONPATH) brings its own spec,
and the tests follow it. `load_source()` reads spec/email-security-settings.yaml instead, for the few
checks of the hand-maintained document itself.

A deliberately independent oracle: the generator (generator/sdk_view.py, generator/command_view.py)
reads the spec once for the client and the command line, and the fake has its own reader
(cf_email_security.testing.spec); this one shares no code with either, so that a misreading in one
of them shows as a disagreement with it instead of passing unseen.
"""

from __future__ import annotations

import builtins
import functools
import itertools
import json
import keyword
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
SOURCE_PATH = REPO_ROOT / "spec" / "email-security-settings.yaml"
PACKAGE = "cf_email_security_generated"
SPEC_DATA = "openapi.json"
# The order operations are listed in within one path (openapi-python-client's, and the README's).
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
ACCOUNT_PARAMETER = "account_id"


@functools.cache
def load() -> dict[str, Any]:
    """The spec the importable generated package was generated from; callers must not mutate it."""
    text = resources.files(PACKAGE).joinpath(SPEC_DATA).read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


@functools.cache
def load_source() -> dict[str, Any]:
    """spec/email-security-settings.yaml, the hand-maintained source; callers must not mutate it."""
    import yaml

    with SOURCE_PATH.open(encoding="utf-8") as handle:
        document: dict[str, Any] = yaml.safe_load(handle)
    return document


# ---- resolving ------------------------------------------------------------------------------------


def resolve(doc: Mapping[str, Any], node: Any) -> Any:
    """Follow local $refs ("#/components/...") until a node that is not a reference."""
    while isinstance(node, Mapping) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), f"only local references are supported: {ref}"
        target: Any = doc
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def ref_name(node: Any) -> str | None:
    """The component name a schema refers to ("AllowPolicy"), or None for an inline schema."""
    if isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return None


def merged_object(doc: Mapping[str, Any], schema: Any) -> dict[str, Any]:
    """Resolve a schema and fold its allOf parts into one schema (properties and required lists merged)."""
    schema = resolve(doc, schema) or {}
    if "allOf" not in schema:
        return dict(schema)
    merged: dict[str, Any] = {}
    properties: dict[str, Any] = {}
    required: list[str] = []
    own = {key: value for key, value in schema.items() if key != "allOf"}
    for part in [*(merged_object(doc, sub) for sub in schema["allOf"]), own]:
        properties.update(part.get("properties", {}))
        required += [name for name in part.get("required", []) if name not in required]
        for key, value in part.items():
            if key not in ("properties", "required"):
                merged[key] = value
    if properties:
        merged["properties"] = properties
    if required:
        merged["required"] = required
    return merged


def schema(name: str, doc: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A component schema by name, merged."""
    doc = load() if doc is None else doc
    return merged_object(doc, doc["components"]["schemas"][name])


# ---- operations -----------------------------------------------------------------------------------


def python_name(wire: str) -> str:
    """The argument name the generator gives a wire name: snake_case, a valid identifier."""
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", wire)
    name = re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()
    if name[:1].isdigit():
        return f"field_{name}"
    # A keyword or a builtin (`type`, `filter`) takes a trailing underscore; `id` stays as it is.
    return f"{name}_" if keyword.iskeyword(name) or name in _RESERVED else name


_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with what a test needs to call it through the client."""

    resource: str  # the first tag: the client's attribute
    method: str  # x-sdk-method, or the operationId
    http: str  # GET, POST, ...
    path: str  # the template, "/accounts/{account_id}/..."
    operation_id: str
    raw: Mapping[str, Any] = field(repr=False, compare=False)
    parameters: tuple[Mapping[str, Any], ...] = field(repr=False, compare=False)
    doc: Mapping[str, Any] = field(repr=False, compare=False)

    @property
    def id(self) -> str:
        return f"{self.resource}.{self.method}"

    @property
    def path_ids(self) -> list[Mapping[str, Any]]:
        """The path parameters besides the account: the positional arguments, in path order."""
        found = {
            p["name"]: p for p in self.parameters if p["in"] == "path" and p["name"] != ACCOUNT_PARAMETER
        }
        return [found[name] for name in re.findall(r"\{([^}]+)\}", self.path) if name in found]

    @property
    def query(self) -> list[Mapping[str, Any]]:
        return [p for p in self.parameters if p["in"] == "query"]

    @property
    def body(self) -> Any:
        """The JSON request body's schema (unresolved), or None."""
        body = resolve(self.doc, self.raw.get("requestBody"))
        if not body:
            return None
        return body.get("content", {}).get("application/json", {}).get("schema")

    @property
    def body_argument(self) -> str | None:
        """The one argument that carries a body that is not an object (x-codegen-request-body-name)."""
        name = self.raw.get("x-codegen-request-body-name")
        return None if name is None else python_name(str(name))

    @property
    def success(self) -> tuple[int, Any]:
        """The 2xx status and the schema (unresolved) of its JSON body."""
        for status, response in self.raw.get("responses", {}).items():
            if str(status).startswith("2"):
                response = resolve(self.doc, response)
                content = response.get("content", {}).get("application/json", {})
                return int(status), content.get("schema")
        raise AssertionError(f"{self.id} has no 2xx response")

    @property
    def result(self) -> Any:
        """The schema (unresolved) of the envelope's `result`."""
        envelope = merged_object(self.doc, self.success[1])
        return envelope.get("properties", {}).get("result")

    @property
    def paged(self) -> bool:
        """A list: the envelope carries result_info, and the client walks the pages."""
        return "result_info" in merged_object(self.doc, self.success[1]).get("properties", {})

    @property
    def cursor(self) -> bool:
        """A list walked by cursor: its result_info names the next page's `cursor`, not a page number."""
        envelope = merged_object(self.doc, self.success[1])
        info = merged_object(self.doc, envelope.get("properties", {}).get("result_info", {}))
        return self.paged and "cursor" in info.get("properties", {})

    def url_path(self, account: str, *ids: Any) -> str:
        """The path with the account and the ids filled in (as the client sends them, unquoted)."""
        path = self.path.replace("{" + ACCOUNT_PARAMETER + "}", account)
        for parameter, value in zip(self.path_ids, ids, strict=True):
            path = path.replace("{" + parameter["name"] + "}", str(value))
        return path


_READ: dict[int, tuple[Mapping[str, Any], list[Operation]]] = {}


def operations(doc: Mapping[str, Any] | None = None) -> list[Operation]:
    """Every operation, in the spec's path order and the generator's method order."""
    doc = load() if doc is None else doc
    if id(doc) not in _READ or _READ[id(doc)][0] is not doc:
        _READ[id(doc)] = (doc, _read_operations(doc))
    return list(_READ[id(doc)][1])


def _read_operations(doc: Mapping[str, Any]) -> list[Operation]:
    found = []
    for path, item in doc.get("paths", {}).items():
        item = resolve(doc, item)
        shared = [resolve(doc, p) for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            if method not in item:
                continue
            raw = item[method]
            own = [resolve(doc, p) for p in raw.get("parameters", [])]
            merged = {(p["in"], p["name"]): p for p in [*shared, *own]}
            found.append(
                Operation(
                    resource=raw["tags"][0],
                    method=raw.get("x-sdk-method") or raw["operationId"],
                    http=method.upper(),
                    path=path,
                    operation_id=raw["operationId"],
                    raw=raw,
                    parameters=tuple(merged.values()),
                    doc=doc,
                )
            )
    return found


def operation(resource: str, method: str, doc: Mapping[str, Any] | None = None) -> Operation:
    for candidate in operations(doc):
        if (candidate.resource, candidate.method) == (resource, method):
            return candidate
    raise KeyError(f"no operation {resource}.{method} in the spec")


def resources_of(doc: Mapping[str, Any] | None = None) -> dict[str, dict[str, Operation]]:
    """resource -> method -> operation."""
    grouped: dict[str, dict[str, Operation]] = {}
    for candidate in operations(doc):
        grouped.setdefault(candidate.resource, {})[candidate.method] = candidate
    return grouped


def entity(resource: str, doc: Mapping[str, Any] | None = None) -> Any:
    """The schema (unresolved) of one entry of a resource, as `get`, `list` or `create` answer it; None
    for a resource whose entries the API never sends (sending_domain_restrictions: deletes only)."""
    methods = resources_of(doc).get(resource, {})
    for name in ("get", "create", "update"):
        if name in methods:
            return methods[name].result
    if "list" in methods:
        return merged_object(methods["list"].doc, methods["list"].result).get("items")
    return None


def keyed_resources(doc: Mapping[str, Any] | None = None) -> list[str]:
    """The resources whose entries have a natural key (`x-natural-key`), in the spec's order: the
    account's settings, which export, plan and apply handle (mail has none)."""
    doc = load() if doc is None else doc
    return [
        resource
        for resource in resources_of(doc)
        if "x-natural-key" in merged_object(doc, entity(resource, doc) or {})
    ]


def required_flags(resource: str, doc: Mapping[str, Any] | None = None) -> tuple[str, ...]:
    """The booleans a create of `resource` requires, in the spec's order (an allow policy's is_regex,
    is_trusted_sender, ...): a body the test writes by hand sets them all."""
    doc = load() if doc is None else doc
    body = merged_object(doc, operation(resource, "create", doc).body)
    return tuple(
        name
        for name, sub in body.get("properties", {}).items()
        if name in body.get("required", ()) and merged_object(doc, sub).get("type") == "boolean"
    )


# ---- values a test may use ------------------------------------------------------------------------


def writable_values(name: str, field: str | None = None, doc: Mapping[str, Any] | None = None) -> list[str]:
    """The values of the enum `name` (or of its property `field`) that a request may carry, in the
    spec's order: those not marked `x-sdk-response-only` (only a server sends them)."""
    doc = load() if doc is None else doc
    enum = schema(name, doc)
    if field is not None:
        enum = merged_object(doc, enum["properties"][field])
    return [value for value in enum["enum"] if value not in enum.get("x-sdk-response-only", ())]


def one_of(name: str, field: str | None = None, doc: Mapping[str, Any] | None = None) -> str:
    """The rule the client and the fake give a value outside the enum: "must be one of A, B, C"."""
    return f"must be one of {', '.join(writable_values(name, field, doc))}"


def fresh(base: str, taken: Collection[str], joiner: str = "_") -> str:
    """`base`, else `base_2`, `base_3`, ...: the first name `taken` does not hold. A test that makes
    "the next API change" picks its new field, value or filter this way, so that it still makes a new
    one once the spec itself has gained `base`."""
    numbered = (f"{base}{joiner}{n}" for n in itertools.count(2))
    return next(name for name in itertools.chain([base], numbered) if name not in taken)


def fresh_resource(doc: Mapping[str, Any], plural: str, singular: str, title: str) -> tuple[str, str, str]:
    """Names for a resource the spec does not have: (`plural`, `singular`, `title`), e.g. ("widgets",
    "widget", "Widget"), numbered alike ("widgets2", "widget2", "Widget2") when the spec has one of
    them already: as a tag, a path segment, a path parameter `<singular>_id` or a schema name's start."""
    tags = {str(tag["name"]) for tag in doc.get("tags", [])}
    segments = {segment for path in doc.get("paths", {}) for segment in path.split("/")}
    parameters = set(doc.get("components", {}).get("parameters", {}))
    schemas = list(doc.get("components", {}).get("schemas", {}))

    def taken(n: str) -> bool:
        own_schema = re.compile(re.escape(title + n) + r"(?![0-9a-z])")
        return (
            bool({plural + n} & (tags | segments))
            or f"{singular}{n}_id" in parameters
            or any(own_schema.match(name) for name in schemas)
        )

    numbers = itertools.chain([""], (str(n) for n in itertools.count(2)))
    suffix = next(n for n in numbers if not taken(n))
    return plural + suffix, singular + suffix, title + suffix


def unfiltered_fields(
    resource: str,
    types: Collection[str] = ("string", "boolean"),
    doc: Mapping[str, Any] | None = None,
    *,
    deprecated: bool = False,
) -> list[str]:
    """The fields a create of `resource` takes, of one of `types` (not an enum) and not deprecated
    unless `deprecated`, that its list does not filter on yet, in the spec's order: where a test adds
    "the next list filter"."""
    doc = load() if doc is None else doc
    body = merged_object(doc, operation(resource, "create", doc).body)
    filters = {parameter["name"] for parameter in operation(resource, "list", doc).query}
    return [
        name
        for name, sub in body.get("properties", {}).items()
        if name not in filters
        and (deprecated or not merged_object(doc, sub).get("deprecated"))
        and merged_object(doc, sub).get("type") in types
        and "enum" not in merged_object(doc, sub)
    ]
