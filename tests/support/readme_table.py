"""README.md read as data: its "## Operations" table, rendered from the spec, and its sections and
fenced code blocks, which the tests run as written.

    python tests/support/readme_table.py            print the table the spec gives
    python tests/support/readme_table.py --check    exit 1, showing the expected table, if README differs
    python tests/support/readme_table.py --write    rewrite the table in README.md in place

Rows: the operation's first tag (the resource), its x-sdk-method (or operationId), the HTTP method,
the path and the operationId, in the spec's path order. Only the table's lines are rewritten: any text
of the section before or after it stays.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `support` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from support import spec

README = spec.REPO_ROOT / "README.md"
CONTRIBUTING = spec.REPO_ROOT / "CONTRIBUTING.md"
HEADING = "## Operations"
HEADING_LINE = re.compile(r"(#{1,6}) ")
HEADER = ["| Resource | Method | HTTP | Path | operationId |", "|---|---|---|---|---|"]


def render(document: Mapping[str, Any] | None = None) -> list[str]:
    """The table's lines, header included."""
    rows = [
        f"| {op.resource} | `{op.method}` | {op.http} | `{op.path}` | `{op.operation_id}` |"
        for op in spec.operations(document)
    ]
    return [*HEADER, *rows]


def table_span(lines: list[str]) -> tuple[int, int]:
    """[start, end) of the table in the Operations section; an empty span after the heading if none."""
    try:
        heading = lines.index(HEADING)
    except ValueError:
        raise SystemExit(f"{README}: no '{HEADING}' section") from None
    end_of_section = next(
        (i for i in range(heading + 1, len(lines)) if lines[i].startswith("## ")), len(lines)
    )
    start = next((i for i in range(heading + 1, end_of_section) if lines[i].startswith("|")), None)
    if start is None:
        return heading + 2, heading + 2
    end = start
    while end < end_of_section and lines[end].startswith("|"):
        end += 1
    return start, end


def current(text: str) -> list[str]:
    lines = text.splitlines()
    start, end = table_span(lines)
    return lines[start:end]


def rewritten(text: str, table: list[str]) -> str:
    lines = text.splitlines()
    start, end = table_span(lines)
    lines[start:end] = table
    return "\n".join(lines) + ("\n" if text.endswith("\n") else "")


def section(text: str, heading: str) -> str:
    """The text under `heading` (a whole line such as "## Install"), up to the next heading of its level
    or higher; "" if there is no such heading."""
    lines = text.splitlines()
    if heading not in lines:
        return ""
    start = lines.index(heading) + 1
    level = len(heading) - len(heading.lstrip("#"))
    fenced = False
    for i in range(start, len(lines)):
        fenced ^= lines[i].startswith("```")
        match = HEADING_LINE.match(lines[i])
        if match and not fenced and len(match.group(1)) <= level:
            return "\n".join(lines[start:i])
    return "\n".join(lines[start:])


def code_blocks(text: str, language: str) -> list[str]:
    """The fenced blocks opened with ```language, in order, their text as written."""
    blocks: list[str] = []
    current: list[str] | None = None
    for line in text.splitlines():
        if current is None:
            if line.strip() == f"```{language}":
                current = []
        elif line.strip() == "```":
            blocks.append("\n".join(current) + "\n")
            current = None
        else:
            current.append(line)
    return blocks


def main(argv: list[str]) -> int:
    table = render(spec.load_source())
    if "--write" in argv:
        text = README.read_text(encoding="utf-8")
        README.write_text(rewritten(text, table), encoding="utf-8")
        print(f"{README}: {len(table) - 2} operations")
        return 0
    if "--check" in argv:
        if current(README.read_text(encoding="utf-8")) != table:
            print("README.md's operations table is not the spec's; expected:\n" + "\n".join(table))
            return 1
        return 0
    print("\n".join(table))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
