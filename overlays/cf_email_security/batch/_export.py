"""Entries to JSON, YAML or CSV in the shape `plan` reads, and back: export, edit, plan, apply.

The shape is a list of mappings holding the fields plan compares (no id, no timestamps), sorted by
natural key so that two exports of one account diff cleanly. JSON and CSV always work (CSV in the
dashboard's columns for allow and block lists, so that a dashboard export plans too); YAML needs
PyYAML, the `yaml` extra, which is imported only here and only when asked for.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, cast

from cf_email_security_generated.errors import ValidationError

from ._errors import MissingDependencyError
from ._kinds import Kind
from ._plan import plain

FORMATS = ("json", "yaml", "csv")


def _yaml() -> Any:
    import importlib

    try:
        return importlib.import_module("yaml")  # untyped (no stubs needed); used through Any
    except ImportError:
        raise MissingDependencyError("YAML needs PyYAML: pip install pyyaml (or use format='json')") from None


def check_format(format: str) -> None:
    """Fail before any request when the format is unknown or needs a package that is missing."""
    if format not in FORMATS:
        raise ValidationError("format", f"must be one of {', '.join(FORMATS)}")
    if format == "yaml":
        _yaml()


def rows(kind: Kind, entries: Iterable[Any]) -> list[dict[str, Any]]:
    """Entries (as `list` returns them) in the shape plan reads, sorted by natural key."""
    out = [_row(kind, entry) for entry in entries]
    out.sort(key=lambda row: tuple(str(row.get(name)) for name in kind.key))
    return out


def _row(kind: Kind, entry: Any) -> dict[str, Any]:
    """One entry's fields; one the API left out is left out here too, unless null is a value its
    create takes (written as null, plan would refuse it: "must not be None")."""
    row: dict[str, Any] = {}
    for name in kind.fields:
        value = plain(getattr(entry, name))
        if value is not None or name in kind.nullable:
            row[name] = value
    return row


def dumps(data: list[dict[str, Any]], format: str = "json", *, resource: str | None = None) -> str:
    """Rows as JSON, YAML or CSV text. For CSV, `resource` chooses the columns: the dashboard's for
    allow_policies and block_senders, else the fields plan compares (the rows' own keys without it)."""
    check_format(format)
    if format == "csv":
        from ._csv import dumps as dumps_csv

        return dumps_csv(data, resource)
    if format == "yaml":
        text: str = _yaml().safe_dump(data, sort_keys=False, allow_unicode=True)
        return text
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _where(error: Exception) -> str:
    """Where a document failed to parse, without quoting it (an edited export may hold anything)."""
    line = getattr(error, "lineno", None)
    mark = getattr(error, "problem_mark", None)
    if line is None and mark is not None:
        line = mark.line + 1
    return f"line {line}" if line is not None else type(error).__name__


def loads(text: str | bytes, format: str = "json", *, resource: str | None = None) -> list[Any]:
    """Desired entries from JSON, YAML or CSV text, e.g. an edited export, ready for `plan`.

    CSV: a dashboard allow or block list is recognised by its header; any other CSV holds one
    resource's entries under its API field names, typed by that resource's fields: name it with
    `resource=` ("trusted_domains"). ValidationError names the entry, the field and the line.
    """
    check_format(format)
    given = cast(object, text)  # checked all the same: an untyped caller may pass anything
    if not isinstance(given, (str, bytes)):
        kind = type(given).__name__
        raise ValidationError("text", f"must be the {format} document as a string, not {kind}")
    if format == "csv":
        from ._csv import loads as loads_csv

        return list(loads_csv(text, resource))
    yaml = _yaml() if format == "yaml" else None
    try:
        data = yaml.safe_load(text) if yaml is not None else json.loads(text)
    except RecursionError:
        raise ValidationError("text", f"the {format} document is nested too deeply") from None
    except (ValueError, UnicodeError) as error:  # json.JSONDecodeError is a ValueError
        raise ValidationError("text", f"is not valid {format}: {_where(error)}") from None
    except Exception as error:
        if yaml is None or not isinstance(error, yaml.YAMLError):
            raise
        raise ValidationError("text", f"is not valid {format}: {_where(error)}") from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise ValidationError("desired", f"the {format} document must be a list of entries")
    return list(cast("Iterable[Any]", data))
