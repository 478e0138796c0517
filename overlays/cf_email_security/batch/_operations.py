"""Validated batch operations as plain data, and how they are split into requests.

Pure: no I/O here, so the sync and async clients share every rule about order and size.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any

from ._kinds import ORDER


@dataclass(frozen=True)
class Operations:
    """The four arrays of a batch, each in the order given; entries are generated request models."""

    deletes: tuple[Any, ...] = ()
    patches: tuple[Any, ...] = ()
    puts: tuple[Any, ...] = ()
    posts: tuple[Any, ...] = ()

    def __len__(self) -> int:
        return sum(len(getattr(self, name)) for name in ORDER)

    def __add__(self, other: Operations) -> Operations:
        return Operations(**{name: getattr(self, name) + getattr(other, name) for name in ORDER})

    def counts(self) -> dict[str, int]:
        """How many entries each array holds, e.g. for a message."""
        return {f.name: len(getattr(self, f.name)) for f in fields(self)}

    def arrays(self, names: tuple[str, ...]) -> dict[str, list[Any]]:
        """The arrays `names` as keyword arguments for a resource's `batch`."""
        return {name: list(getattr(self, name)) for name in names}

    def chunks(self, size: int) -> Iterator[Operations]:
        """Requests of at most `size` entries per array that, sent in turn, mean what one batch would.

        The API applies deletes, patches, puts, then posts; so a chunk takes entries of the next array
        only once the previous one is used up, and every delete is sent before any post (a replacement,
        delete then re-create, works across chunks).
        """
        pending = [(name, getattr(self, name)) for name in ORDER if getattr(self, name)]
        index = offset = 0
        while index < len(pending):
            chunk: dict[str, tuple[Any, ...]] = {}
            while index < len(pending):
                name, items = pending[index]
                chunk[name] = items[offset : offset + size]
                offset += len(chunk[name])
                if offset < len(items):
                    break  # more of this array wait for the next request; later arrays wait behind them
                index, offset = index + 1, 0
            yield Operations(**chunk)


def merge_into(merged: Any, result: Any, names: tuple[str, ...]) -> None:
    """Append one chunk's batch result to the merged one, array by array."""
    for name in names:
        getattr(merged, name).extend(getattr(result, name) or ())  # an array the server left out: none
