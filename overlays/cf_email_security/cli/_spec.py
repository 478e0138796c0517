"""The command model, built from the command table generated beside the client.

`cf_email_security_generated.commands` lists every operation as the client names it (resource,
method), and `cf_email_security_generated._commands.<resource>` what each one takes (the Python name
of each argument, the parts of the spec's schemas a command line needs), loaded when one of the
resource's commands is filled in: `--help` reads names only. Both are made at generation time from
the same views as the client's methods, so a new operation of the spec is a new command with no
change here, and nothing is named differently. Each operation is `RESOURCE VERB`. The tests check
this model against the client's signatures.

Beyond the operations, three things follow from the table's data:
- a `get` with `x-sdk-wait` (a long-running job) gives its resource a `wait` command, as it gives the
  client a `wait()` method;
- an object in a request body (a bulk job's `search_params`) offers its scalar fields as options of
  their own, beside `--file`;
- `x-cli` (on an operation or a schema) says what only a command line needs: option aliases, an array
  taken as positional words, when to ask before acting, a job's progress counters, a table's columns.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

if TYPE_CHECKING:
    from cf_email_security_generated.commands import CommandRow, DetailRow, ParamRow

Schema = Mapping[str, Any]
Location = Literal["path", "query", "body", "body-array", "field"]


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
        arg: str | None = None,
    ) -> None:
        self.name = name
        self.location = location
        self.schema = schema
        self.required = required
        self.description = description
        self.deprecated = deprecated
        self.parent = parent
        self.arg = arg or name  # the client method's name for it (`type_` for `type`), as generated

    @classmethod
    def of(cls, row: ParamRow) -> Param:
        name, arg, location, required, deprecated, description, schema, parent = row
        return cls(name, cast("Location", location), schema, required, description, deprecated, parent, arg)

    def __repr__(self) -> str:
        return f"Param({self.name!r}, {self.location!r})"

    @property
    def file_only(self) -> bool:
        """Whether only `--file` can carry it: objects, and arrays of objects (batch arrays, bodies)."""
        if self.location == "body-array":
            return True
        return _structured(self.schema)


class Operation:
    """One operation of the client as a command: `resource` and `method` name the client call.

    What it takes is read, and made into Params, on first use: `--help` needs only the names."""

    def __init__(self, spec: Spec, row: CommandRow) -> None:
        self.spec = spec
        self.row = row
        self.path: str = row["path"]
        self.http_method: str = row["http_method"]
        self.resource: str = row["resource"]
        self.method: str = row["method"]
        self.summary: str = row["summary"]
        self.description: str = row["description"]

    def __repr__(self) -> str:
        return f"Operation({self.resource}.{self.method}: {self.http_method} {self.path})"

    @functools.cached_property
    def details(self) -> DetailRow:
        """Its arguments, schemas and `x-cli`, from its resource's module of the command table."""
        import importlib

        module = importlib.import_module(f"cf_email_security_generated._commands.{self.resource}")
        details: dict[str, DetailRow] = module.DETAILS
        return details[self.method]

    @functools.cached_property
    def params(self) -> tuple[Param, ...]:
        return tuple(Param.of(row) for row in self.details["params"])

    @functools.cached_property
    def fields(self) -> tuple[Param, ...]:
        """The scalar fields of the body's objects, each an option of its own (`--sender` fills
        `search_params.sender`) unless its name is taken by another argument: then only --file has it."""
        return tuple(Param.of(row) for row in self.details["fields"])

    @property
    def options(self) -> tuple[Param, ...]:
        """Every argument the command line takes: the method's own and the fields of its objects."""
        return self.params + self.fields

    @property
    def cli(self) -> Mapping[str, Any]:
        """The operation's `x-cli`: aliases, positional, confirm, progress (see the spec's info)."""
        return self.details["cli"]

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

    @property
    def body(self) -> Schema | None:
        """The request body's schema; None when the operation takes no body."""
        return self.details["body"]

    @property
    def result(self) -> Schema | None:
        """The envelope's `result`."""
        return self.details["result"]

    @property
    def no_content(self) -> str:
        """What an answer without content means, for people: `no verification data: ` and the spec's
        description of the operation's 204 (the domain needs no DNS record), or "no content"."""
        description = self.details["no_content"]
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
        super().__init__(get.spec, get.row)
        self.get = get
        self.method = "wait"
        rule: Mapping[str, Any] = get.row["wait"] or {}
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
    def details(self) -> DetailRow:
        """The `get`'s: its result is the job, its `x-cli` names the job's counters."""
        return self.get.details

    @functools.cached_property
    def params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.get.params if p.location == "path")

    @functools.cached_property
    def fields(self) -> tuple[Param, ...]:
        return ()

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
    """The commands: resources (the client's attributes) with their descriptions, and operations."""

    def __init__(self, resources: Mapping[str, str]) -> None:
        self.resources: dict[str, str] = dict(resources)  # client attribute -> description
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


def _structured(schema: Schema) -> bool:
    """Objects and arrays of objects: only a file carries them."""
    kind = schema.get("type")
    return kind == "object" or (kind == "array" and schema.get("items", {}).get("type") == "object")


def build(resources: Mapping[str, str], commands: Sequence[CommandRow]) -> Spec:
    """The command model of a command table."""
    spec = Spec(resources)
    operations = [Operation(spec, row) for row in commands]
    for op in operations:
        spec.resources.setdefault(op.resource, "")
    methods = {(op.resource, op.method) for op in operations}
    operations += [
        WaitOperation(op)
        for op in list(operations)
        if op.row["wait"] and (op.resource, "wait") not in methods
    ]
    spec.operations = tuple(operations)
    return spec


@functools.cache
def load() -> Spec:
    """The commands of the generated client (`cf_email_security_generated.commands`)."""
    from cf_email_security_generated.commands import COMMANDS, RESOURCES

    return build(RESOURCES, COMMANDS)
