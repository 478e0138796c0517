"""The account's settings as one document: resource -> {prune, entries}, as export writes and plan reads.

A resource may also be given as a bare list of entries (prune false), and a CSV file holds one
resource's entries (a dashboard allow or block list, or API field names with --resource).

Files are checked whole when loaded, and their entries read again one at a time as each resource's
plan takes them (`Stream`): memory follows the plans, not the size of the files.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from typing import IO, Any, cast

from cf_email_security_generated.errors import ValidationError

from ..batch import read_csv
from . import _files
from ._convert import coerce, needs_coercion
from ._errors import UsageError
from ._spec import Spec

KEYS = ("prune", "entries")


def snake(name: str) -> str:
    return name.strip().replace("-", "_")


class Stream:
    """A resource's entries as a plan takes them, one at a time, read from their file only then; it
    remembers the line of the last one, for an error about it to name."""

    def __init__(self, entries: Iterable[tuple[Any, int | None]], schema: Mapping[str, Any] | None) -> None:
        self._entries = entries
        self._schema = schema if schema is not None and needs_coercion(schema) else None
        self.taken = 0
        self.line: int | None = None

    def __iter__(self) -> Iterator[Any]:
        for entry, line in self._entries:
            self.taken, self.line = self.taken + 1, line
            yield entry if self._schema is None else coerce(entry, self._schema)


class Desired:
    """One resource's desired entries, whether unlisted entries are deleted, and where they came from."""

    def __init__(self, resource: str, entries: Iterable[Any], prune: bool, source: str) -> None:
        self.resource = resource
        self.entries = entries
        self.prune = prune
        self.source = source

    def refusal(self, error: ValidationError) -> UsageError:
        """A plan's refusal of an entry, naming the file, the resource and the entry (and its line):
        `settings.yaml: block_senders[3].is_regex: must be a boolean, not str (line 12)`."""
        field, rule, line = error.field, error.rule, ""
        if field.startswith("desired"):
            stream = self.entries  # the plan checks each entry as it takes it: the last one taken
            if isinstance(stream, Stream) and field.startswith(f"desired[{stream.taken - 1}]"):
                line = f" (line {stream.line})" if stream.line is not None else ""
            field = self.resource + field.removeprefix("desired")
            rule = rule.replace("desired[", f"{self.resource}[")
        else:
            field = f"{self.resource}: {field}"
        return UsageError(f"{self.source}: {field}: {rule}{line}")


def entry_schema(spec: Spec, resource: str) -> Mapping[str, Any] | None:
    """The schema of one desired entry: the resource's create body, which is also what its batch's
    `posts` carry (the impersonation registry has no batch; sending-domain restrictions batch only
    deletes)."""
    create = spec.find(resource, "create")
    if create is not None and create.body is not None and create.body.get("type") != "array":
        return create.body
    for op in spec.of(resource):
        for param in op.params:
            if param.name == "posts" and param.schema.get("type") == "array":
                items: Mapping[str, Any] = param.schema.get("items", {})
                return items
    return None


def _from_document(document: Any, source: _files.Source) -> list[Desired]:
    """The resources of a settings file's outline; their entries are read when a plan takes them."""
    where = source.where
    if not isinstance(document, Mapping):
        raise UsageError(f"{where}: a settings file is a mapping of resource to {{prune, entries}}")
    found: list[Desired] = []
    for name, value in cast("Mapping[str, Any]", document).items():
        resource = snake(str(name))
        if isinstance(value, (list, _files.Entries)):
            value = {"entries": cast("Sequence[Any] | _files.Entries", value)}
        if not isinstance(value, Mapping):
            raise UsageError(f"{where}: {name}: expected {{prune: false, entries: [...]}}")
        settings = cast("Mapping[str, Any]", value)
        unknown = [str(key) for key in settings if key not in KEYS]
        if unknown:
            raise UsageError(f"{where}: {name}: unknown key {unknown[0]!r} (keys: prune, entries)")
        entries, prune = settings.get("entries") or list[Any](), settings.get("prune", False)
        if not isinstance(entries, (list, _files.Entries)):
            raise UsageError(f"{where}: {name}.entries must be a list")
        if not isinstance(prune, bool):
            raise UsageError(f"{where}: {name}.prune must be true or false")
        read: Iterable[tuple[Any, int | None]] = (
            _files.entries(source, name)
            if isinstance(entries, _files.Entries)
            # a list an alias repeats: kept whole
            else ((entry, None) for entry in cast("Sequence[Any]", entries))
        )
        found.append(Desired(resource, read, prune, where))
    return found


def _csv_resource(path: str, only: Sequence[str]) -> str | None:
    """The resource a CSV file's header does not tell: the one --resource, else the file's name."""
    if len(only) == 1:
        return only[0]
    stem = snake(os.path.splitext(os.path.basename(path))[0])
    return stem if stem else None


def load(spec: Spec, paths: Sequence[str], only: Sequence[str], prune: bool) -> dict[str, Desired]:
    """Every desired resource of the files, restricted to `only` when given; a resource named twice
    or unknown to the spec is an error. Each file is checked whole here; the entries are read again,
    one at a time, when a plan takes them (see `Stream`)."""
    only = [snake(name) for name in only]
    for name in only:
        if name not in spec.resources:
            raise UsageError(f"--resource: no resource {name!r} (resources: {', '.join(spec.resources)})")
    desired: dict[str, Desired] = {}
    for path in paths:
        source = _files.Source(path)
        found = (
            _csv_file(spec, source, only, prune)
            if source.format == "csv"
            else _from_document(_files.outline(source), source)
        )
        for item in found:
            if item.resource not in spec.resources:
                raise UsageError(
                    f"{source.where}: no resource {item.resource!r} (resources: {', '.join(spec.resources)})"
                )
            if item.resource in desired:
                also = desired[item.resource].source
                raise UsageError(f"{source.where}: {item.resource} is given twice (also in {also})")
            if not only or item.resource in only:
                desired[item.resource] = item
    for item in desired.values():
        item.entries = Stream(item.entries, entry_schema(spec, item.resource))
    return desired


def _csv_file(spec: Spec, source: _files.Source, only: Sequence[str], prune: bool) -> list[Desired]:
    """A CSV file's one resource: its header read now, its rows as a plan takes them."""
    guess = _csv_resource(source.path, only)
    text = source.open(newline="")
    try:
        with source.reading(), _named(source):
            resource, rows = read_csv(text, guess if guess in spec.resources else None)
    except BaseException:
        text.close()
        raise
    return [Desired(resource, _closing(source, text, rows), prune, source.where)]


@contextlib.contextmanager
def _named(source: _files.Source) -> Generator[None, None, None]:
    """The library's refusal of a CSV document, as bad input naming the file: `blocked.csv:
    block_senders[3].is_regex: not a boolean: 'maybe' (use true or false) (line 5)`."""
    try:
        yield
    except ValidationError as error:
        raise UsageError(f"{source.where}: {error}") from None


def _closing(
    source: _files.Source, text: IO[str], rows: Iterator[tuple[Any, int]]
) -> Iterator[tuple[Any, int]]:
    """A CSV file's rows, read with its failures named, the file closed once they are taken."""
    with text, source.reading(), _named(source):
        yield from rows
