"""What the JSON and YAML readers of settings files share, so that both give and refuse alike: the
entries they yield, the `Entries` an outline holds for a list they streamed, the key given twice."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from ._errors import UsageError

Entry = tuple[Any, Any, int]  # (the resource's key in the file, one entry, the line it starts on)
Walk = Generator[Entry, None, Any]  # a document's entries one by one, then the document


class Entries:
    """Where a list of entries stood in a settings file: its length, read but not kept."""

    __slots__ = ("count",)

    def __init__(self) -> None:
        self.count = 0

    def __bool__(self) -> bool:
        return self.count > 0


def given_twice(where: str, path: str, key: Any, line: int | None) -> UsageError:
    """`settings.yaml: block_senders[1]: 'pattern' is given twice (line 7)`; a body read whole has no line."""
    at = f"(line {line})" if line is not None else "in an object"
    return UsageError(f"{where}: {path + ': ' if path else ''}{key!r} is given twice {at}")
