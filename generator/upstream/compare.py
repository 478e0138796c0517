"""Compares one upstream source with the spec, operation by operation and field by field.

Operations match on HTTP method and path with the parameter names dropped. Each difference gets a key
that names the operation (by the spec's `tag.x-sdk-method`), the field and the fact, such as
`domains.list query.status enum`: the same difference keeps its key from run to run, so the
declared-differences file can explain it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import SCOPE_PREFIX, Field, Operation, Source, normalised_path

PARTS = ("query", "body", "result")


@dataclass(frozen=True)
class Difference:
    """One way one source disagrees with the spec."""

    key: str
    source: str  # npm, pypi, openapi
    label: str  # npm cloudflare@7.3.0
    file: str  # the upstream file that says it
    message: str  # what differs, in words

    def line(self) -> str:
        where = self.label if self.label.endswith(f" {self.file}") else f"{self.label} {self.file}"
        return f"{where}: {self.message}"


def operation_label(operation: Operation) -> str:
    """How an operation the spec lacks is named: its method and path below email-security/."""
    relative = normalised_path(operation.path)[len(SCOPE_PREFIX) :]
    return f"{operation.method} {relative}"


def values(enum: tuple[str, ...] | None) -> str:
    return "|".join(enum) if enum else "any value"


def described(part: str, path: str) -> str:
    """`status` in the query -> "filter status"; `body.puts[].id` -> "body field puts[].id"."""
    if part == "query":
        return f"filter {path}"
    rest = path[len(part) :]
    if not rest:
        return part
    if rest.startswith("[]"):
        return f"{part} item" + (f" field {rest[3:]}" if rest[3:] else "")
    return f"{part} field {rest[1:]}"


def key_path(part: str, path: str) -> str:
    return f"query.{path}" if part == "query" else path


def parent(path: str) -> str | None:
    if path.endswith("[]"):
        return path[:-2]
    if "." in path:
        return path.rsplit(".", 1)[0]
    return None


def ancestors(path: str) -> list[str]:
    out: list[str] = []
    current = parent(path)
    while current is not None:
        out.append(current)
        current = parent(current)
    return out


def has_children(fields: dict[str, Field], path: str) -> bool:
    return any(parent(other) == path for other in fields)


class Comparison:
    """The differences between one source and the spec."""

    def __init__(self, spec: list[Operation], source: Source) -> None:
        self.spec = spec
        self.source = source
        self.found: list[Difference] = []

    def add(self, key: str, file: str, message: str) -> None:
        self.found.append(Difference(key, self.source.kind, self.source.label, file, message))

    def run(self) -> list[Difference]:
        ours = {operation.match_key: operation for operation in self.spec}
        theirs: dict[tuple[str, str], Operation] = {}
        for operation in self.source.operations:
            theirs.setdefault(operation.match_key, operation)
        for match_key, upstream in theirs.items():
            mine = ours.get(match_key)
            if mine is None:
                label = operation_label(upstream)
                name = f" ({upstream.name})" if upstream.name else ""
                self.add(
                    f"{label} missing in spec",
                    upstream.file,
                    f"{upstream.method} {upstream.path}{name}: upstream has it, the spec does not",
                )
            else:
                self.operation(mine, upstream)
        for match_key, mine in ours.items():
            if match_key not in theirs:
                self.add(
                    f"{mine.name} missing upstream",
                    self.source.where,
                    f"{mine.name} ({mine.method} {mine.path}): in the spec, not upstream",
                )
        return self.found

    def operation(self, mine: Operation, upstream: Operation) -> None:
        name = mine.name
        if upstream.path_params != mine.path_params:
            self.add(
                f"{name} path params",
                upstream.file,
                f"{name} path parameters: {listed(upstream.path_params)}, spec {listed(mine.path_params)}",
            )
        if upstream.deprecated is not None and upstream.deprecated != mine.deprecated:
            state = "deprecated" if upstream.deprecated else "not deprecated"
            spec_state = "deprecated" if mine.deprecated else "not deprecated"
            self.add(f"{name} deprecated", upstream.file, f"{name}: {state}, spec {spec_state}")
        for part in PARTS:
            theirs: dict[str, Field] | None = getattr(upstream, part)
            ours: dict[str, Field] | None = getattr(mine, part)
            if theirs is None or ours is None:
                continue
            self.fields(name, part, ours, theirs, upstream.files.get(part, upstream.file))
        for entry, facts in upstream.envelope.items():
            spec_facts = mine.envelope.get(entry)
            if spec_facts is None or facts.required is None or facts.required == spec_facts.required:
                continue
            self.add(
                f"{name} envelope.{entry} required",
                facts.file or upstream.file,
                f"{name} envelope {entry}: {required_word(facts.required)},"
                f" spec {required_word(spec_facts.required)}",
            )

    def fields(
        self, name: str, part: str, ours: dict[str, Field], theirs: dict[str, Field], file: str
    ) -> None:
        blocked: set[str] = set()
        for path in sorted(set(ours) | set(theirs), key=lambda p: (p.count(".") + p.count("[]"), p)):
            if any(ancestor in blocked for ancestor in ancestors(path)):
                blocked.add(path)
                continue
            mine, upstream = ours.get(path), theirs.get(path)
            where = described(part, path)
            key = f"{name} {key_path(part, path)}"
            if upstream is None:
                blocked.add(path)
                self.add(f"{key} missing upstream", file, f"{name} {where}: in the spec, not upstream")
                continue
            source_file = upstream.file or file
            if mine is None:
                blocked.add(path)
                self.add(
                    f"{key} missing in spec",
                    source_file,
                    f"{name} {where}: upstream has it, the spec does not",
                )
                continue
            if not self.same_type(upstream.type, mine.type):
                blocked.add(path)
                self.add(
                    f"{key} type", source_file, f"{name} {where}: type {upstream.type}, spec {mine.type}"
                )
                continue
            if upstream.type is None or mine.type is None:
                blocked.add(path)  # an opaque side: what lies below is not compared
            elif upstream.type == "object" and (
                not has_children(theirs, path) or not has_children(ours, path)
            ):
                blocked.add(path)
            self.facts(key, name, where, mine, upstream, source_file)

    def same_type(self, upstream: str | None, mine: str | None) -> bool:
        if upstream is None or mine is None or upstream == mine:
            return True
        return not self.source.integers_known and upstream == "number" and mine == "integer"

    def facts(self, key: str, name: str, where: str, mine: Field, upstream: Field, file: str) -> None:
        if upstream.required is not None and mine.required is not None and upstream.required != mine.required:
            self.add(
                f"{key} required",
                file,
                f"{name} {where}: {required_word(upstream.required)}, spec {required_word(mine.required)}",
            )
        if upstream.nullable is not None and mine.nullable is not None and upstream.nullable != mine.nullable:
            self.add(
                f"{key} nullable",
                file,
                f"{name} {where}: {nullable_word(upstream.nullable)}, spec {nullable_word(mine.nullable)}",
            )
        if set(upstream.enum or ()) != set(mine.enum or ()):
            self.add(
                f"{key} enum", file, f"{name} {where}: enum {values(upstream.enum)}, spec {values(mine.enum)}"
            )
        if (
            upstream.deprecated is not None
            and mine.deprecated is not None
            and upstream.deprecated != mine.deprecated
        ):
            self.add(
                f"{key} deprecated",
                file,
                f"{name} {where}: {deprecated_word(upstream.deprecated)},"
                f" spec {deprecated_word(mine.deprecated)}",
            )


def listed(names: tuple[str, ...]) -> str:
    return ", ".join(names) or "none"


def required_word(value: bool | None) -> str:
    return "required" if value else "optional"


def nullable_word(value: bool | None) -> str:
    return "nullable" if value else "not nullable"


def deprecated_word(value: bool | None) -> str:
    return "deprecated" if value else "not deprecated"


def compare(spec: list[Operation], source: Source) -> list[Difference]:
    """Every difference between the source and the spec, in a stable order."""
    found = Comparison(spec, source).run()
    return sorted(found, key=lambda difference: (difference.key, difference.source, difference.file))
