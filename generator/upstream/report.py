"""Says what the comparison found: a readable report, or the same as JSON (`--json`).

Differences are grouped by key; each line under a key names the source, its file and what differs.
Explained ones come first and short, the unexplained ones last, next to the summary a scheduled job's
log ends with.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass

from .compare import Difference
from .declared import Declared, Judgement


@dataclass(frozen=True)
class Run:
    """What was compared: the spec, the declared file and the sources read."""

    spec: str
    declared: str
    sources: list[tuple[str, str]]  # (kind, label)


def grouped(
    items: list[tuple[Difference, Declared | None]],
) -> dict[str, list[tuple[Difference, Declared | None]]]:
    out: dict[str, list[tuple[Difference, Declared | None]]] = defaultdict(list)
    for item in items:
        out[item[0].key].append(item)
    return dict(sorted(out.items()))


def text(run: Run, judgement: Judgement) -> str:
    labels = ", ".join(label for _, label in run.sources) or "no source"
    lines = [f"upstream-diff: {run.spec} against {labels}", ""]
    explained = [item for item in judgement.differences if item[1] is not None]
    unexplained = [item for item in judgement.differences if item[1] is None]
    if explained:
        groups = grouped(explained)
        lines.append(f"Explained by {run.declared} ({len(groups)} keys):")
        for key, items in groups.items():
            sources = ", ".join(sorted({difference.label for difference, _ in items}))
            lines.append(f"  ok   {key}   [{sources}]")
        lines.append("")
    if unexplained:
        groups = grouped(unexplained)
        lines.append(f"Not explained by {run.declared} ({len(groups)} keys):")
        for key, items in groups.items():
            lines.append(f"  DIFF {key}")
            lines.extend(f"       {difference.line()}" for difference, _ in items)
        lines.append("")
    if judgement.stale:
        lines.append(
            f"Stale entries in {run.declared} (an error: they explain nothing any more; remove them):"
        )
        for entry in judgement.stale:
            sources = f" (sources: {', '.join(entry.sources)})" if entry.sources else ""
            lines.append(f"  STALE {entry.key}{sources}")
        lines.append("")
    keys_unexplained = len(grouped(unexplained))
    summary = (
        f"{len(grouped(judgement.differences))} differences: {keys_unexplained} not explained, "
        f"{len(grouped(explained))} explained; {len(judgement.stale)} stale entries."
    )
    if judgement.failed:
        summary += " Follow the change in the spec, or explain it in " + run.declared + "."
    lines.append(summary)
    return "\n".join(lines) + "\n"


def as_json(run: Run, judgement: Judgement) -> str:
    document = {
        "spec": run.spec,
        "declared": run.declared,
        "sources": [{"kind": kind, "label": label} for kind, label in run.sources],
        "differences": [
            {
                "key": difference.key,
                "source": difference.source,
                "label": difference.label,
                "file": difference.file,
                "message": difference.message,
                "explained": entry is not None,
                "reason": entry.reason if entry is not None else None,
            }
            for difference, entry in judgement.differences
        ],
        "stale": [{"key": entry.key, "sources": list(entry.sources)} for entry in judgement.stale],
        "unexplained": sorted({difference.key for difference in judgement.unexplained}),
        "ok": not judgement.failed,
    }
    return json.dumps(document, indent=2) + "\n"
