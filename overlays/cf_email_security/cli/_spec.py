"""The command model, read from the OpenAPI document packaged with the generated client.

Reading the spec (one small JSON file) rather than importing every resource module keeps `--help` and
parsing cheap, and makes a new operation of the spec a new command with no change here: each operation
is `RESOURCE VERB`, its tag naming the client attribute and `x-sdk-method` (else its operationId) the
method, exactly as the generator names them. The tests check this model against the client's signatures.

Beyond the operations of the document, three things follow from its shapes and its `x-` data:
- a `get` with `x-sdk-wait` (a long-running job) gives its resource a `wait` command, as it gives the
  client a `wait()` method;
- an object in a request body (a bulk job's `search_params`) offers its scalar fields as options of
  their own, beside `--file`;
- `x-cli` (on an operation or a schema) says what only a command line needs: option aliases, an array
  taken as positional words, when to ask before acting, a job's progress counters, a table's columns.
"""

from __future__ import annotations

import builtins
import functools
import json
import keyword
from collections.abc import Mapping, Sequence
from typing import Any, Literal, cast

Schema = Mapping[str, Any]
Location = Literal["path", "query", "body", "body-array", "field"]
HTTP_METHODS = ("get", "post", "put", "patch", "delete")
# Names the generator suffixes with `_` in Python (`type` -> `type_`), as openapi-python-client does.
_SHADOWED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


class Param:
    """One argument of a client method: a path id, a query filter, a body field or a whole array body;
    or ("field") one scalar field of an object in the body, whose name is `parent`.

    (Plain classes, not dataclasses, here: building dataclasses costs milliseconds at `--help` time.)"""

    def __init__(
        self,
        name: str,
        location: Location,
        schema: Schema,
        required: bool,
        description: str = "",
        deprecated: bool = False,
        parent: str | None = None,
    ) -> None:
        self.name = name
        self.location = location
        self.schema = schema
        self.required = required
        self.description = description
        self.deprecated = deprecated
        self.parent = parent

    @property
    def arg(self) -> str:
        """The client method's name for it: the JSON name, `_` added where Python has the word."""
        if self.location == "field":
            return self.name  # a key of the parent's dict
        return f"{self.name}_" if self.name in _SHADOWED or keyword.iskeyword(self.name) else self.name

    def __repr__(self) -> str:
        return f"Param({self.name!r}, {self.location!r})"

    @property
    def file_only(self) -> bool:
        """Whether only `--file` can carry it: objects, and arrays of objects (batch arrays, bodies)."""
        if self.location == "body-array":
            return True
        return _structured(self.schema)


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
    def fields(self) -> tuple[Param, ...]:
        """The scalar fields of the body's objects, each an option of its own (`--sender` fills
        `search_params.sender`) unless its name is taken by another argument: then only --file has it."""
        taken = {p.name for p in self.params}
        out: list[Param] = []
        for parent in self.params:
            if parent.location != "body" or parent.schema.get("type") != "object":
                continue
            for name, prop in parent.schema.get("properties", {}).items():
                if prop.get("readOnly") or name in taken or _structured(prop):
                    continue
                taken.add(name)
                description, deprecated = prop.get("description", ""), bool(prop.get("deprecated"))
                out.append(Param(name, "field", prop, False, description, deprecated, parent=parent.name))
        return tuple(out)

    @property
    def options(self) -> tuple[Param, ...]:
        """Every argument the command line takes: the method's own and the fields of its objects."""
        return self.params + self.fields

    @functools.cached_property
    def cli(self) -> Mapping[str, Any]:
        """The operation's `x-cli`: aliases, positional, confirm, progress (see the spec's info)."""
        data: Mapping[str, Any] = self.raw.get("x-cli") or {}
        return data

    @property
    def aliases(self) -> dict[str, list[str]]:
        """Option aliases by the field they name: {"start": ["since"]}."""
        out: dict[str, list[str]] = {}
        given: Mapping[str, str] = self.cli.get("aliases") or {}
        for alias, field in given.items():
            out.setdefault(str(field), []).append(str(alias))
        return out

    @property
    def positional(self) -> Param | None:
        """The array argument given as the command's words (`release ID...`), if any."""
        name = self.cli.get("positional")
        return next((p for p in self.params if p.name == name), None) if name else None

    def asks(self, arguments: Mapping[str, Any]) -> bool:
        """Whether acting needs a confirmation: always, or when the `confirm` field holds several."""
        rule = self.cli.get("confirm")
        if rule == "always":
            return True
        value: Any = arguments.get(str(rule)) if rule else None
        return isinstance(value, (list, tuple)) and len(cast("Sequence[Any]", value)) > 1

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
        """A list walked page by page, by page number or by the cursor each page names."""
        return any(p.name in ("page", "cursor") and p.location == "query" for p in self.params)

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


class WaitOperation(Operation):
    """`RESOURCE wait ID`: the client's `wait()`, which polls the `get` that has `x-sdk-wait` until the
    job ends. Not an operation of the API; its arguments are the `get`'s path ids."""

    def __init__(self, get: Operation) -> None:
        super().__init__(get.spec, get.path, "get", get.raw, get.shared)
        self.get = get
        self.method = "wait"
        rule: Mapping[str, Any] = get.raw["x-sdk-wait"]
        self.rule = rule
        self.summary = "Wait until the job ends"
        ended = ", ".join(str(value) for value in rule.get("done", ()))
        self.description = (
            f"Polls `{get.verb}` (first after --interval seconds, then less and less often) until "
            f"{rule.get('field')} is one of {ended}, showing how far the job is, and prints the job as "
            "it ended. Waiting changes nothing: Ctrl-C or --wait-timeout stop the wait, and the job "
            "goes on. Exit code 0 when the job completed or was cancelled, 1 when it failed or "
            "--wait-timeout passed, 130 on Ctrl-C."
        )

    @functools.cached_property
    def params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.get.params if p.location == "path")

    @property
    def writes(self) -> bool:
        return False

    @property
    def cancel(self) -> str | None:
        """The verb that cancels the job (`x-sdk-wait`'s `cancel`), if any."""
        method = self.rule.get("cancel")
        return str(method).replace("_", "-") if method else None

    @property
    def ids(self) -> list[str]:
        """The path ids, which name fields of the job too (`job_id`)."""
        return [p.name for p in self.params]


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

    def waiter(self, op: Operation) -> WaitOperation | None:
        """The `wait` of the job a write returns (create, cancel), when the resource has one: the write's
        result is the job, and names it by the `wait`'s path ids."""
        wait = self.find(op.resource, "wait")
        if not isinstance(wait, WaitOperation) or not op.writes or op.result is None:
            return None
        fields = op.result.get("properties", {})
        return wait if op.result == wait.result and all(name in fields for name in wait.ids) else None

    def nested(self, resource: str) -> dict[str, str]:
        """Resources spelled `RESOURCE_WORD` (`investigate_bulk`), by WORD: the command line takes
        `investigate bulk VERB` as well as `investigate-bulk VERB`. A verb of the resource wins."""
        verbs = {op.verb for op in self.of(resource)}
        out: dict[str, str] = {}
        for other in self.resources:
            word = other.removeprefix(f"{resource}_")
            if other.startswith(f"{resource}_") and "_" not in word and word not in verbs and self.of(other):
                out[word] = other
        return out

    def resolve(self, schema: Schema) -> Schema:
        """A schema with its `$ref` followed and `allOf` merged into one object schema."""
        return _flatten(self.document, schema, 0)


def _structured(schema: Schema) -> bool:
    """Objects and arrays of objects: only a file carries them."""
    kind = schema.get("type")
    return kind == "object" or (kind == "array" and schema.get("items", {}).get("type") == "object")


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
    methods = {(op.resource, op.method) for op in operations}
    operations += [
        WaitOperation(op)
        for op in list(operations)
        if op.raw.get("x-sdk-wait") and (op.resource, "wait") not in methods
    ]
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
