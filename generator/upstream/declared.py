"""The declared-differences file: the differences the spec keeps on purpose, each with its reason.

It is a YAML list of `{key, sources?, reason}`. An entry explains every difference with its key from the
sources it names (any source when it names none); a `*` in a key stands for any text, for a judgement
that holds for every operation (`* envelope.result required`). An entry that explains nothing in a
run that read all its sources is stale: an error, because a forgotten entry would silence the same key
when it comes back with another meaning.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .compare import Difference
from .read_openapi import load_yaml

KINDS = ("npm", "pypi", "openapi")
# An entry that names no source is judged stale only when both SDK packages were read.
DEFAULT_KINDS = ("npm", "pypi")


class DeclaredError(ValueError):
    """The declared-differences file is malformed; the message names the entry."""


@dataclass(frozen=True)
class Declared:
    key: str
    reason: str
    sources: tuple[str, ...] = ()

    def explains(self, difference: Difference) -> bool:
        return matches(self.key, difference.key) and (not self.sources or difference.source in self.sources)

    def judged_by(self, kinds_read: set[str]) -> bool:
        """Whether a run that read these kinds of sources can tell this entry is stale."""
        return set(self.sources or DEFAULT_KINDS) <= kinds_read


def matches(pattern: str, key: str) -> bool:
    """Whether a key fits a declared key, where `*` stands for any text (and nothing else is special)."""
    parts = pattern.split("*")
    if len(parts) == 1:
        return pattern == key
    if not (key.startswith(parts[0]) and key.endswith(parts[-1])) or len(key) < len(parts[0]) + len(
        parts[-1]
    ):
        return False
    position = len(parts[0])
    end = len(key) - len(parts[-1])
    for part in parts[1:-1]:
        found = key.find(part, position, end)
        if found < 0:
            return False
        position = found + len(part)
    return True


def load(path: Path) -> list[Declared]:
    if not path.exists():
        return []
    data: Any = load_yaml(path.read_text(encoding="utf-8"))
    if data is None:
        return []
    if not isinstance(data, list):
        raise DeclaredError(f"{path.name}: expected a list of {{key, sources?, reason}} entries")
    entries: list[Declared] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for index, raw in enumerate(data, start=1):
        where = f"{path.name} entry {index}"
        if not isinstance(raw, dict):
            raise DeclaredError(f"{where}: expected a mapping with key and reason")
        unknown = set(raw) - {"key", "sources", "reason"}
        if unknown:
            raise DeclaredError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
        key, reason, sources = raw.get("key"), raw.get("reason"), raw.get("sources", [])
        if not isinstance(key, str) or not key.strip():
            raise DeclaredError(f"{where}: `key` must be a non-empty string")
        if not isinstance(reason, str) or not reason.strip():
            raise DeclaredError(f"{where} ({key}): `reason` must say, in words, why the spec differs")
        if not isinstance(sources, list) or any(source not in KINDS for source in sources):
            raise DeclaredError(f"{where} ({key}): `sources` must be a list of {', '.join(KINDS)}")
        entry = Declared(key.strip(), " ".join(reason.split()), tuple(sorted(set(sources))))
        if (entry.key, entry.sources) in seen:
            raise DeclaredError(f"{where}: {entry.key} is declared twice")
        seen.add((entry.key, entry.sources))
        entries.append(entry)
    return entries


@dataclass
class Judgement:
    """Each difference with the entry that explains it (or None), and the stale entries."""

    differences: list[tuple[Difference, Declared | None]]
    stale: list[Declared]

    @property
    def unexplained(self) -> list[Difference]:
        return [difference for difference, entry in self.differences if entry is None]

    @property
    def failed(self) -> bool:
        return bool(self.unexplained or self.stale)


def judge(differences: list[Difference], entries: list[Declared], kinds_read: set[str]) -> Judgement:
    used: set[Declared] = set()
    out: list[tuple[Difference, Declared | None]] = []
    for difference in differences:
        entry = next((entry for entry in entries if entry.explains(difference)), None)
        if entry is not None:
            used.add(entry)
        out.append((difference, entry))
    stale = [entry for entry in entries if entry not in used and entry.judged_by(kinds_read)]
    return Judgement(out, stale)
