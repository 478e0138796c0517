"""Per-account, per-resource entry tables: ids handed out in order, a cheap copy for atomic batches."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

Entry = dict[str, Any]


class Collection:
    """The entries of one resource in one account, keyed by id, in creation order."""

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self.entries: dict[int, Entry] = {}
        for entry in entries:
            self.entries[int(entry["id"])] = copy.deepcopy(dict(entry))
        self.next_id = max(self.entries, default=0) + 1

    def allocate_id(self) -> int:
        entry_id = self.next_id
        self.next_id += 1
        return entry_id

    def draft(self) -> Collection:
        """A copy to apply a batch to; entries are replaced, never changed in place, so a shallow copy
        of the table is enough, and the original stays as it was if the batch fails."""
        draft = Collection()
        draft.entries = dict(self.entries)
        draft.next_id = self.next_id
        return draft

    def commit(self, draft: Collection) -> None:
        self.entries = draft.entries
        self.next_id = draft.next_id
