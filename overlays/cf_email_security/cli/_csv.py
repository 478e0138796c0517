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
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
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
BOOLEAN_FIELDS = {
    "verify_sender",
    "is_trusted_sender",
    "is_exempt_recipient",
    "is_acceptable_sender",
    "is_regex",
}


def _header(text: str) -> str:
    return " ".join(text.replace("_", " ").split()).lower()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(_cell(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def write(out: IO[str], rows: Iterable[Row], columns: Sequence[str], resource: str | None) -> None:
    """Rows as CSV: the dashboard's layout for allow and block lists unless columns were chosen."""
    writer = csv.writer(out, lineterminator="\n")
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


def read(text: str, where: str, resource: str | None, schema_of: Any) -> tuple[str, list[dict[str, Any]]]:
    """(resource, entries) from a CSV document: a dashboard list, or a header of API field names for
    `resource`. `schema_of(resource)` gives the schema of a resource's entries (to type the cells)."""
    reader = csv.reader(io.StringIO(text), skipinitialspace=True)
    header = next(reader, None)
    if not header:
        raise UsageError(f"{where}: empty CSV file (the first row must be a header)")
    detected = dashboard_resource(header)
    name = resource or detected
    if name is None:
        raise UsageError(f"{where}: not a dashboard allow or block list: name its resource with --resource")
    layout = DASHBOARD.get(name) if detected == name else None
    fields = _fields(header, layout, where)
    schema = schema_of(name) or {}
    properties = schema.get("properties", {})
    entries = []
    for number, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(fields):
            raise UsageError(f"{where}: line {number} has {len(cells)} cells, the header {len(fields)}")
        values = dict(zip(fields, (cell.strip() for cell in cells), strict=False))
        try:
            entry = _entry(values, properties, layout is not None)
        except ValueError as error:
            raise UsageError(f"{where}: line {number}: {error}") from None
        entries.append(entry)
    return name, entries


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
    if not dashboard:  # API field names, typed by the schema: an empty cell leaves the field out,
        # but for a list it is the empty list (`ip_restrictions`, `exclude`: lists a create requires)
        return {
            name: from_text(text, properties.get(name, {}))
            for name, text in values.items()
            if text != "" or properties.get(name, {}).get("type") == "array"
        }
    entry: dict[str, Any] = {}
    for name, text in values.items():
        if name in BOOLEAN_FIELDS:
            entry[name] = parse_bool(text)
        elif name == "pattern_type":
            entry[name] = text.upper() or None
        elif name == "comments":
            entry[name] = text or None
        else:
            entry[name] = text
    if not entry.get("pattern"):
        raise ValueError("no pattern")
    if not entry.get("pattern_type"):
        entry["pattern_type"] = _pattern_type(entry["pattern"])
    entry.setdefault("is_regex", False)
    for name in BOOLEAN_FIELDS & set(properties):
        entry.setdefault(name, False)  # a dashboard column left out: the box is unchecked
    return entry
