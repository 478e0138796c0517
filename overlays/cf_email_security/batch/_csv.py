"""CSV for spreadsheets and the Cloudflare dashboard, written and read back: `dumps(..., "csv")`,
`loads(..., "csv")`, `export("csv")`, and the command line's CSV files and output.

Resources whose shape carries the dashboard's CSV columns (the spec's entity says them; today the
allow and block lists) use those, so that the dashboard's exports can be planned and ours uploaded:
allow list `Pattern, Pattern Type, Verify Email, Trusted Sender, Exempt Recipient, Acceptable Sender,
Notes`; block list `Pattern, Pattern Type, Notes` (an older `Blocked_Sender, Notes` upload is read
too). Booleans are `true`/`false`; Notes is the API's `comments`, empty for none. An optional column
(`Regex`, which the dashboard has no place for) is added only when some entry sets its field (and
read when present; absent, entries are literal patterns). A file without `Pattern Type` gets it from
the pattern (an address with `@` is EMAIL, an IP address or network IP, anything else DOMAIN).

Other resources use the API's field names as headers, typed by the resource's create body in the
spec; lists are joined with `;` (an empty cell is an empty list; any other empty cell leaves its field
out).

Cells are safe to open in a spreadsheet: one that would start a formula (`=`, `+`, `-`, `@`, a tab or
a carriage return first) is written with a `'` before it, which spreadsheets take as "this is text";
reading takes that `'` off again, so that an export plans back to the same values.
"""

from __future__ import annotations

import csv
import functools
import io
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import IO, Any, cast

from cf_email_security_generated.errors import ValidationError
from cf_email_security_generated.shapes import CsvColumn

Row = Mapping[str, Any]
Schema = Mapping[str, Any]
FORMULA_STARTS = frozenset("=+-@\t\r")  # what makes a spreadsheet read a cell as a formula
ESCAPED = FORMULA_STARTS | {"'"}
TRUE_WORDS = frozenset({"true", "t", "yes", "y", "1", "on", "x"})
FALSE_WORDS = frozenset({"false", "f", "no", "n", "0", "off", ""})


# ----- cells ------------------------------------------------------------------------------------------


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
        return ";".join(_text(item) for item in cast("Iterable[Any]", value))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def parse_bool(text: str) -> bool:
    """A boolean as people and spreadsheets write it."""
    value = text.strip().lower()
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    raise ValueError(f"not a boolean: {text!r} (use true or false)")


def from_text(text: str, schema: Schema) -> Any:
    """A cell as a value of this schema: booleans and numbers parsed, arrays split on `;`, an empty
    cell null; ValueError saying why not."""
    kind = schema.get("type")
    if kind == "array":
        return [from_text(part.strip(), schema.get("items", {})) for part in text.split(";") if part.strip()]
    if text == "":
        return None
    if kind == "boolean":
        return parse_bool(text)
    if kind == "integer":
        try:
            return int(text)
        except ValueError:
            raise ValueError(f"not an integer: {text!r}") from None
    if kind == "number":
        try:
            return float(text)
        except ValueError:
            raise ValueError(f"not a number: {text!r}") from None
    return text


# ----- writing ----------------------------------------------------------------------------------------


class _Writer:
    """csv.writer, but a row with a carriage return in a cell is quoted whole: with `\n` ending the
    lines, Python before 3.12 leaves such a cell unquoted, and reading it back splits the row."""

    def __init__(self, out: IO[str]) -> None:
        self.minimal = csv.writer(out, lineterminator="\n")
        self.quoted = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)

    def writerow(self, cells: Sequence[str]) -> None:
        (self.quoted if any("\r" in cell for cell in cells) else self.minimal).writerow(cells)


def dashboard(resource: str | None) -> tuple[CsvColumn, ...]:
    """The dashboard's CSV columns of a resource, as the spec gives them; none for most resources."""
    from ._kinds import KINDS

    kind = KINDS.get(resource or "")
    return kind.shape.dashboard_csv if kind is not None else ()


def _dashboards() -> dict[str, tuple[CsvColumn, ...]]:
    from ._kinds import KINDS

    return {name: kind.shape.dashboard_csv for name, kind in KINDS.items() if kind.shape.dashboard_csv}


def write(out: IO[str], rows: Iterable[Row], columns: Sequence[str], resource: str | None) -> None:
    """Rows as CSV: the dashboard's layout where the resource has one, unless columns were chosen."""
    writer = _Writer(out)
    layout = dashboard(resource) if columns == () else ()
    if not layout:
        writer.writerow(columns)
        for row in rows:
            writer.writerow([escape(_text(row.get(name))) for name in columns])
        return
    rows = list(rows)  # an optional column appears only when needed, which only all rows tell
    layout = tuple(c for c in layout if not c.optional or any(row.get(c.field) for row in rows))
    writer.writerow([column.header for column in layout])
    for row in rows:
        writer.writerow([escape(_text(row.get(column.field))) for column in layout])


def dumps(rows: Sequence[Row], resource: str | None) -> str:
    """Entries as CSV text: the dashboard's columns where the resource has them, else one column per
    field (the fields plan compares when the resource is named, so that no entries still give a header)."""
    out = io.StringIO()
    if dashboard(resource):
        write(out, rows, (), resource)
    else:
        columns = list(rows[0]) if rows else list(_kind(resource).fields) if resource else []
        write(out, rows, columns, None)
    return out.getvalue()


# ----- reading ----------------------------------------------------------------------------------------


def _header(text: str) -> str:
    return " ".join(text.replace("_", " ").split()).lower()


def _known(layout: Sequence[CsvColumn]) -> dict[str, str]:
    """Header (as `_header` spells it) -> field, for every header and `also` of a dashboard layout."""
    return {_header(title): column.field for column in layout for title in (column.header, *column.also)}


def dashboard_resource(header: Sequence[str]) -> str | None:
    """Which dashboard list a header row is: the one with a column no other list has (an allow flag,
    `Blocked_Sender`), else the smallest whose columns hold all of the header's (the block list's
    `Pattern, Notes`), else none."""
    names = {_header(title) for title in header}
    if not names:
        return None
    known = {name: set(_known(layout)) for name, layout in _dashboards().items()}
    for name, headers in known.items():
        others = set[str]().union(*(h for other, h in known.items() if other != name))
        if names & (headers - others):
            return name
    fitting = [name for name, headers in known.items() if names <= headers]
    return min(fitting, key=lambda name: len(known[name]), default=None)


def _kind(resource: str) -> Any:
    from ._kinds import KINDS

    kind = KINDS.get(resource)
    if kind is None:
        raise ValidationError("resource", f"must be one of {', '.join(KINDS)}")
    return kind


@functools.cache
def _schemas() -> Mapping[str, Any]:
    """The spec's component schemas, from the document the generated package ships."""
    from importlib.resources import files

    text = files("cf_email_security_generated").joinpath("openapi.json").read_text(encoding="utf-8")
    schemas: Mapping[str, Any] = json.loads(text).get("components", {}).get("schemas", {})
    return schemas


def _resolved(schema: Schema, depth: int = 0) -> Schema:
    """A property's schema with `$ref` and a one-part `allOf` (a nullable reference) followed."""
    while depth < 16:
        depth += 1
        if "$ref" in schema:
            target = _schemas().get(str(schema["$ref"]).rsplit("/", 1)[-1], {})
            schema = {**target, **{key: value for key, value in schema.items() if key != "$ref"}}
        elif schema.get("allOf") and not schema.get("type"):
            schema = {**schema["allOf"][0], **{key: value for key, value in schema.items() if key != "allOf"}}
        else:
            break
    if "items" in schema:
        schema = {**schema, "items": _resolved(schema["items"], depth)}
    return schema


def properties(resource: str) -> Mapping[str, Schema]:
    """The fields of a resource's desired entry (its create body), each with its type, to type cells."""
    body = _schemas().get(_kind(resource).shape.create, {})
    return {name: _resolved(dict(prop)) for name, prop in body.get("properties", {}).items()}


def read(
    lines: Iterable[str], resource: str | None = None
) -> tuple[str, Iterator[tuple[dict[str, Any], int]]]:
    """(resource, entries with their line numbers) from a CSV document: a dashboard list, or a header
    of API field names for `resource`. The header is read at once, the entries as they are taken;
    ValidationError names the header, or the entry (`block_senders[3].is_regex`) and its line."""
    reader = csv.reader(lines, skipinitialspace=True)
    header = next(reader, None)
    if not header:
        raise ValidationError("header", "missing: the first row of a CSV document names its columns")
    detected = dashboard_resource(header)
    name = resource or detected
    if name is None:
        raise ValidationError(
            "resource",
            "not given, and the header is not a dashboard allow or block list: name it with resource=",
        )
    fields = properties(name)  # an unknown resource is named before any row is read
    layout = dashboard(name) if detected == name else ()
    return name, _rows(reader, _columns(header, layout), fields, layout, name)


def _columns(header: Sequence[str], layout: Sequence[CsvColumn]) -> list[str]:
    if not layout:
        return [title.strip() for title in header]
    known = _known(layout)
    fields: list[str] = []
    for title in header:
        name = known.get(_header(title))
        if name is None:
            expected = ", ".join(column.header for column in layout if not column.optional)
            raise ValidationError("header", f"unknown column {title.strip()!r} (expected {expected})")
        fields.append(name)
    return fields


def _rows(
    reader: Any,
    fields: list[str],
    schema: Mapping[str, Schema],
    layout: Sequence[CsvColumn],
    resource: str,
) -> Iterator[tuple[dict[str, Any], int]]:
    index = 0
    for cells in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(fields):
            raise ValidationError(
                f"{resource}[{index}]", f"{len(cells)} cells, but the header has {len(fields)} (line {line})"
            )
        values = dict(zip(fields, (unescape(cell.strip()) for cell in cells), strict=False))
        try:
            entry = _entry(values, schema, layout) if layout else _fields(values, schema)
        except _CellError as error:
            raise ValidationError(
                f"{resource}[{index}].{error.field}", f"{error.problem} (line {line})"
            ) from None
        yield entry, line
        index += 1


class _CellError(Exception):
    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


def _typed(name: str, text: str, schema: Schema) -> Any:
    try:
        return from_text(text, schema)
    except ValueError as error:
        raise _CellError(name, str(error)) from None


def _fields(values: dict[str, str], schema: Mapping[str, Schema]) -> dict[str, Any]:
    """A row of API field names, typed by the schema: an empty cell leaves the field out, but for a
    list it is the empty list (`ip_restrictions`, `exclude`: lists a create requires)."""
    return {
        name: _typed(name, text, schema.get(name, {}))
        for name, text in values.items()
        if text != "" or schema.get(name, {}).get("type") == "array"
    }


def _pattern_type(pattern: str) -> str:
    import ipaddress

    if "@" in pattern:
        return "EMAIL"
    try:
        ipaddress.ip_network(pattern, strict=False)
    except ValueError:
        return "DOMAIN"
    return "IP"


def _entry(
    values: dict[str, str], schema: Mapping[str, Schema], layout: Sequence[CsvColumn]
) -> dict[str, Any]:
    """A row of a dashboard list as a desired entry, the boxes it leaves out unchecked."""
    boxes = {c.field for c in layout if schema.get(c.field, {}).get("type") == "boolean"}
    entry: dict[str, Any] = {}
    for name, text in values.items():
        if name in boxes:
            entry[name] = _typed(name, text, {"type": "boolean"}) if text else False
        elif name == "pattern_type":
            entry[name] = text.upper() or None
        elif name == "comments":
            entry[name] = text or None
        else:
            entry[name] = text
    if not entry.get("pattern"):
        raise _CellError("pattern", "no pattern")
    if not entry.get("pattern_type"):
        entry["pattern_type"] = _pattern_type(entry["pattern"])
    for name in boxes:
        entry.setdefault(name, False)  # a dashboard column left out (no Regex: a literal): unchecked
    return entry


def loads(text: str | bytes, resource: str | None) -> list[dict[str, Any]]:
    """Every entry of a CSV document (`loads(text, "csv")`)."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ValidationError("text", f"is not UTF-8 (byte {error.start})") from None
    _, entries = read(io.StringIO(text.removeprefix("\ufeff"), newline=""), resource)
    return [entry for entry, _ in entries]
