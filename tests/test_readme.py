"""README's operations table must list exactly what the spec defines, so the docs cannot drift."""

from __future__ import annotations

import re
from pathlib import Path

from shared_docs import load_spec

README = Path(__file__).resolve().parent.parent / "README.md"
ROW = re.compile(r"^\| (\w+) \| `(\w+)` \| (\w+) \| `([^`]+)` \| `(\w+)` \|$")
METHODS = ("get", "post", "put", "patch", "delete")


def spec_rows() -> set[tuple[str, str, str, str, str]]:
    rows = set()
    for path, item in load_spec()["paths"].items():
        for method in METHODS:
            if method in item:
                op = item[method]
                rows.add((op["tags"][0], op["x-sdk-method"], method.upper(), path, op["operationId"]))
    return rows


def readme_rows() -> set[tuple[str, str, str, str, str]]:
    lines = README.read_text(encoding="utf-8").splitlines()
    return {match.groups() for line in lines if (match := ROW.match(line))}  # type: ignore[misc]


def test_readme_table_matches_spec() -> None:
    readme, spec = readme_rows(), spec_rows()
    assert len(spec) == 29
    assert readme - spec == set(), "README rows the spec does not have"
    assert spec - readme == set(), "spec operations missing from README"
