"""The account's settings as one document: resource -> {prune, entries}, as export writes and plan reads.

A resource may also be given as a bare list of entries (prune false), and a CSV file holds one
resource's entries (a dashboard allow or block list, or API field names with --resource).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any

from . import _csv, _files
from ._convert import coerce, needs_coercion
from ._errors import UsageError
from ._spec import Spec

KEYS = ("prune", "entries")


def snake(name: str) -> str:
    return name.strip().replace("-", "_")


class Desired:
    """One resource's desired entries, whether unlisted entries are deleted, and where they came from."""

    def __init__(self, resource: str, entries: list[Any], prune: bool, source: str) -> None:
        self.resource = resource
        self.entries = entries
        self.prune = prune
        self.source = source


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


def _from_document(document: Any, where: str) -> list[Desired]:
    if not isinstance(document, Mapping):
        raise UsageError(f"{where}: a settings file is a mapping of resource to {{prune, entries}}")
    found = []
    for name, value in document.items():
        resource = snake(str(name))
        if isinstance(value, list):
            value = {"entries": value}
        if not isinstance(value, Mapping):
            raise UsageError(f"{where}: {name}: expected {{prune: false, entries: [...]}}")
        unknown = [str(key) for key in value if key not in KEYS]
        if unknown:
            raise UsageError(f"{where}: {name}: unknown key {unknown[0]!r} (keys: prune, entries)")
        entries, prune = value.get("entries") or [], value.get("prune", False)
        if not isinstance(entries, list):
            raise UsageError(f"{where}: {name}.entries must be a list")
        if not isinstance(prune, bool):
            raise UsageError(f"{where}: {name}.prune must be true or false")
        found.append(Desired(resource, entries, prune, where))
    return found


def _csv_resource(path: str, only: Sequence[str]) -> str | None:
    """The resource a CSV file's header does not tell: the one --resource, else the file's name."""
    if len(only) == 1:
        return only[0]
    stem = snake(os.path.splitext(os.path.basename(path))[0])
    return stem if stem else None


def load(spec: Spec, paths: Sequence[str], only: Sequence[str], prune: bool) -> dict[str, Desired]:
    """Every desired resource of the files, restricted to `only` when given; a resource named twice
    or unknown to the spec is an error."""
    only = [snake(name) for name in only]
    for name in only:
        if name not in spec.resources:
            raise UsageError(f"--resource: no resource {name!r} (resources: {', '.join(spec.resources)})")
    desired: dict[str, Desired] = {}
    for path in paths:
        where = "stdin" if path == "-" else path
        if _files.format_of(path) == "csv":
            guess = _csv_resource(path, only)
            resource, entries = _csv.read(
                _files.read_text(path), where, guess if guess in spec.resources else None,
                lambda name: entry_schema(spec, name),
            )  # fmt: skip
            found = [Desired(resource, entries, prune, where)]
        else:
            found = _from_document(_files.load(path), where)
        for item in found:
            if item.resource not in spec.resources:
                raise UsageError(
                    f"{where}: no resource {item.resource!r} (resources: {', '.join(spec.resources)})"
                )
            if item.resource in desired:
                raise UsageError(
                    f"{where}: {item.resource} is given twice (also in {desired[item.resource].source})"
                )
            if not only or item.resource in only:
                desired[item.resource] = item
    for item in desired.values():
        schema = entry_schema(spec, item.resource)
        if schema is not None and needs_coercion(schema):
            item.entries = [coerce(entry, schema) for entry in item.entries]
    return desired
