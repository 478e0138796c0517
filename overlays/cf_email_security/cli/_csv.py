"""CSV for spreadsheets and the Cloudflare dashboard, written and read back.

Allow and block lists use the dashboard's columns, so that its exports can be planned and ours
uploaded: allow list `Pattern, Pattern Type, Verify Email, Trusted Sender, Exempt Recipient,
Acceptable Sender, Notes` (Cloudflare's docs); block list `Pattern, Pattern Type, Notes` (assumed: the
docs show only an older `Blocked_Sender, Notes` upload, which is read too). Booleans are `true`/`false`;
Notes is the API's `comments`, empty for none. The dashboard's columns have no place for `is_regex`: a
`Regex` column is added only when some entry is a regular expression (and read when present; absent,
entries are literal patterns). A file without `Pattern Type` gets it from the pattern (an address with
`@` is EMAIL, an IP address IP, anything else DOMAIN).

Other resources use the API's field names as headers; lists are joined with `;` (an empty cell is an
empty list; any other empty cell leaves its field out).

Cells are safe to open in a spreadsheet: one that would start a formula (`=`, `+`, `-`, `@`, a tab or
a carriage return first) is written with a `'` before it, which spreadsheets take as "this is text";
reading takes that `'` off again, so that an export plans back to the same values.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import IO, Any

from ._convert import from_text, parse_bool
from ._errors import UsageError

Row = Mapping[str, Any]
REGEX = ("Regex", "is_regex")
DASHBOARD: dict[str, tuple[tuple[str, str], ...]] = {
    "allow_policies": (
        ("Pattern", "pattern"),
        ("Pattern Type", "pattern_type"),
        ("Verify Email", "verify_sender"),
        ("Trusted Sender", "is_trusted_sender"),
        ("Exempt Recipient", "is_exempt_recipient"),
        ("Acceptable Sender", "is_acceptable_sender"),
        ("Notes", "comments"),
    ),
    "block_senders": (("Pattern", "pattern"), ("Pattern Type", "pattern_type"), ("Notes", "comments")),
}
ALIASES = {"blocked sender": "pattern", "blocked senders": "pattern", "comments": "comments"}
FORMULA_STARTS = frozenset("=+-@\t\r")  # what makes a spreadsheet read a cell as a formula
ESCAPED = FORMULA_STARTS | {"'"}
BOOLEAN_FIELDS = {
    "verify_sender",
    "is_trusted_sender",
    "is_exempt_recipient",
    "is_acceptable_sender",
    "is_regex",
}


def _header(text: str) -> str:
    return " ".join(text.replace("_", " ").split()).lower()


def escape(text: str) -> str:
    """A cell a spreadsheet shows as text: one that would start a formula (`=`, `+`, `-`, `@`, a tab or
    a carriage return) gets a `'` before it, and so does one that starts with `'` and then one of
    those or another `'`, so that `unescape` gives back exactly what was written."""
    if text[:1] in FORMULA_STARTS or (text[:1] == "'" and text[1:2] in ESCAPED):
        return "'" + text
    return text


def unescape(text: str) -> str:
    """A cell as `escape` was given it: the `'` it added taken off (a `'` before anything else stays)."""
    return text[1:] if text[:1] == "'" and text[1:2] in ESCAPED else text


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(_text(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _cell(value: Any) -> str:
    return escape(_text(value))


class _Writer:
    """csv.writer, but a row with a carriage return in a cell is quoted whole: with `\n` ending the
    lines, Python before 3.12 leaves such a cell unquoted, and reading it back splits the row."""

    def __init__(self, out: IO[str]) -> None:
        self.minimal = csv.writer(out, lineterminator="\n")
        self.quoted = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)

    def writerow(self, cells: Sequence[str]) -> None:
        (self.quoted if any("\r" in cell for cell in cells) else self.minimal).writerow(cells)


def write(out: IO[str], rows: Iterable[Row], columns: Sequence[str], resource: str | None) -> None:
    """Rows as CSV: the dashboard's layout for allow and block lists unless columns were chosen."""
    writer = _Writer(out)
    layout = DASHBOARD.get(resource or "") if columns == () else None
    if layout is None:
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(name)) for name in columns])
        return
    rows = list(rows)  # the Regex column appears only when needed, which only all rows tell
    if any(row.get("is_regex") for row in rows):
        layout = (*layout, REGEX)
    writer.writerow([title for title, _ in layout])
    for row in rows:
        writer.writerow([_cell(row.get(name)) for _, name in layout])


def dashboard_resource(header: Sequence[str]) -> str | None:
    """Which dashboard list a header row is: allow policies if it has an allow flag, else block senders."""
    names = {_header(title) for title in header}
    allow_only = {_header(title) for title, _ in DASHBOARD["allow_policies"]} - {
        "pattern",
        "pattern type",
        "notes",
    }
    if names & allow_only:
        return "allow_policies"
    if names and names <= {"pattern", "pattern type", "notes", "regex", *ALIASES}:
        return "block_senders"
    return None


def _pattern_type(pattern: str) -> str:
    import ipaddress

    if "@" in pattern:
        return "EMAIL"
    try:
        ipaddress.ip_network(pattern, strict=False)
    except ValueError:
        return "DOMAIN"
    return "IP"


def read(
    lines: Iterable[str], where: str, resource: str | None, schema_of: Any
) -> tuple[str, Iterator[tuple[dict[str, Any], int]]]:
    """(resource, entries with their line numbers) from a CSV document: a dashboard list, or a header
    of API field names for `resource`. `schema_of(resource)` gives the schema of a resource's entries
    (to type the cells). The header is read at once, the entries as they are taken."""
    reader = csv.reader(lines, skipinitialspace=True)
    header = next(reader, None)
    if not header:
        raise UsageError(f"{where}: empty CSV file (the first row must be a header)")
    detected = dashboard_resource(header)
    name = resource or detected
    if name is None:
        raise UsageError(f"{where}: not a dashboard allow or block list: name its resource with --resource")
    layout = DASHBOARD.get(name) if detected == name else None
    fields = _fields(header, layout, where)
    properties = (schema_of(name) or {}).get("properties", {})
    return name, _rows(reader, fields, properties, layout is not None, f"{where}: {name}")


def _rows(
    reader: Any, fields: list[str], properties: Mapping[str, Any], dashboard: bool, where: str
) -> Iterator[tuple[dict[str, Any], int]]:
    index = 0
    for cells in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(fields):
            raise UsageError(
                f"{where}[{index}]: {len(cells)} cells, but the header has {len(fields)} (line {line})"
            )
        values = dict(zip(fields, (unescape(cell.strip()) for cell in cells), strict=False))
        try:
            entry = _entry(values, properties, dashboard)
        except ValueError as error:
            raise UsageError(f"{where}[{index}]{error} (line {line})") from None
        yield entry, line
        index += 1


def _fields(header: Sequence[str], layout: Sequence[tuple[str, str]] | None, where: str) -> list[str]:
    if layout is None:
        return [title.strip() for title in header]
    known = {_header(title): name for title, name in (*layout, REGEX)} | ALIASES
    fields = []
    for title in header:
        name = known.get(_header(title))
        if name is None:
            expected = ", ".join(title for title, _ in layout)
            raise UsageError(f"{where}: unknown column {title.strip()!r} (expected {expected})")
        fields.append(name)
    return fields


def _entry(values: dict[str, str], properties: Mapping[str, Any], dashboard: bool) -> dict[str, Any]:
    """One row as an entry; a ValueError starts with the field it is about (`.is_regex: ...`)."""
    if not dashboard:  # API field names, typed by the schema: an empty cell leaves the field out,
        # but for a list it is the empty list (`ip_restrictions`, `exclude`: lists a create requires)
        return {
            name: _typed(name, from_text, text, properties.get(name, {}))
            for name, text in values.items()
            if text != "" or properties.get(name, {}).get("type") == "array"
        }
    entry: dict[str, Any] = {}
    for name, text in values.items():
        if name in BOOLEAN_FIELDS:
            entry[name] = _typed(name, lambda text, _: parse_bool(text), text, {})
        elif name == "pattern_type":
            entry[name] = text.upper() or None
        elif name == "comments":
            entry[name] = text or None
        else:
            entry[name] = text
    if not entry.get("pattern"):
        raise ValueError(".pattern: no pattern")
    if not entry.get("pattern_type"):
        entry["pattern_type"] = _pattern_type(entry["pattern"])
    entry.setdefault("is_regex", False)
    for name in BOOLEAN_FIELDS & set(properties):
        entry.setdefault(name, False)  # a dashboard column left out: the box is unchecked
    return entry


def _typed(name: str, convert: Any, text: str, schema: Mapping[str, Any]) -> Any:
    try:
        return convert(text, schema)
    except ValueError as error:
        raise ValueError(f".{name}: {error}") from None
