"""CSV the command line writes is safe to open in a spreadsheet: no cell starts a formula (`=`, `+`,
`-`, `@`, tab, carriage return; OWASP's CSV injection guidance), and reading the file back gives the
values as they were, so that export then plan still finds no change."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from cf_email_security.batch import _csv
from cli_support import Served, blocked, served

__all__ = ["served"]  # the fixture, imported for pytest

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Values that start a formula, and values that start with the quote the neutralising adds, which
# must come back as they were too.
TRICKY = [
    '=HYPERLINK("http://evil.example","click")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\tcmd",
    "\rcmd",
    "'=already quoted",
    "''double",
    "'",
    "'plain quote",
    "a=b is fine",
]


def cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


@pytest.mark.parametrize("value", TRICKY)
def test_a_cell_is_neutralised_and_restored(value: str) -> None:
    written = _csv.escape(value)
    assert written[:1] not in FORMULA_STARTS
    assert _csv.unescape(written) == value


def test_cells_that_start_no_formula_are_written_as_they_are() -> None:
    for value in ("ceo@example.com", "a=b", "'quoted'", "", "x'"):
        assert _csv.escape(value) == value


def test_export_then_plan_round_trips_every_dangerous_first_character(served: Served, tmp_path: Path) -> None:
    """Each tricky value as a blocked sender's notes (the dashboard's columns) and as a URL ignore
    pattern's comments (the API's field names): the exported files start no cell with a formula
    character, and planning them back finds no change."""
    with served.fake.client() as es:
        es.block_senders.batch(
            posts=[blocked(f"s{n}@example.com", comments=value) for n, value in enumerate(TRICKY)]
        )
        es.block_senders.create(pattern="-dash@example.com", pattern_type="EMAIL", is_regex=False)
        for n, value in enumerate(TRICKY):
            es.url_ignore_patterns.create(pattern=f"https://{n}.example/*", comments=value)
    for resource in ("block-senders", "url-ignore-patterns"):
        exported = tmp_path / f"{resource}.csv"
        result = served.run("export", "-f", str(exported), "--resource", resource)
        assert result.returncode == 0, result.stderr
        text = exported.read_text(encoding="utf-8")
        assert not [cell for cell in cells(text) if cell[:1] in FORMULA_STARTS], text
        plan = served.run("plan", "-f", str(exported), "-o", "json", "--prune")
        assert plan.returncode == 0, plan.stderr
        (only,) = json.loads(plan.stdout).values()
        assert (only["create"], only["change"], only["delete"]) == ([], [], []), only
    listed = served.run("block-senders", "list", "-o", "csv")  # a listing as CSV is written the same way
    assert listed.returncode == 0 and "'=HYPERLINK" in listed.stdout
    assert not [cell for cell in cells(listed.stdout) if cell[:1] in FORMULA_STARTS]


def test_a_quote_a_person_typed_stays(served: Served, tmp_path: Path) -> None:
    """A quote before an ordinary character is not one export adds: reading keeps it."""
    upload = tmp_path / "blocked.csv"
    upload.write_text(
        "Pattern,Pattern Type,Notes\nq@example.com,EMAIL,'quoted' note\nr@example.com,EMAIL,'=x\n"
    )
    plan = served.run("plan", "-f", str(upload), "-o", "json")
    assert plan.returncode == 0, plan.stderr
    created = {
        entry["pattern"]: entry["comments"] for entry in json.loads(plan.stdout)["block_senders"]["create"]
    }
    assert created == {"q@example.com": "'quoted' note", "r@example.com": "=x"}
