"""Test data built from the spec: wire entities as the server sends them, request bodies as a client
sends them, and ids in the spec's id format.

Every value is the simplest one the schema accepts (the first enum value, the minimum, the shortest
string that fits the length and pattern rules), and strings carry a number so that two entities do not
collide on a natural key: `Factory().wire("TrustedDomain")` gives pattern "pattern-1", the next call
"pattern-2". Pass `n=` to get the same entity again, and keyword overrides for the fields a test is
about. Nothing here names a field of this API: the spec says what exists.

A field whose form an enum beside it decides (the enum's `x-sdk-forms`) gets a value of that form, unless
the exempting field is true or the field is overridden: an EMAIL pattern "pattern-1@example.com", a DOMAIN
one "pattern-1.example.com", an IP one "2001:db8::1" (a documentation address, globally reachable as far
as `x-sdk-ip-rules` goes). Overriding the enum field alone gives the field the form of the new value.
"""

from __future__ import annotations

import itertools
import re
import uuid
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime, timedelta, timezone
from typing import Any

from . import spec as spec_module

EPOCH = datetime(2024, 5, 1, 10, tzinfo=timezone.utc)
INT32_MAX = 2**31 - 1
RESPONSE_ONLY = "x-sdk-response-only"
FORMS = "x-sdk-forms"


def form_value(form: str, name: str, n: int) -> str:
    """A value of an `x-sdk-forms` form, numbered n."""
    text = _text(name, n)
    values = {
        "email": f"{text}@example.com",
        "hostname": f"{text}.example.com",
        "ip-network": f"2001:db8::{n:x}",
    }
    assert form in values, f"{name}: no value for the form {form!r}; teach form_value"
    return values[form]


def _text(name: str, n: int) -> str:
    return f"{name.replace('_', '-') or 'value'}-{n}"


class IdMaker:
    """Ids in the format of the spec's entry ids: 1, 2, 3 for `type: integer`; UUID strings for
    `type: string, format: uuid`; "<name>-1" for any other string. Values are wire values (JSON)."""

    def __init__(self, document: Mapping[str, Any] | None = None, *, schema: Any = None, start: int = 1):
        self.doc = spec_module.load() if document is None else document
        self.schema = spec_module.merged_object(
            self.doc, schema if schema is not None else id_schema(self.doc)
        )
        self._numbers = itertools.count(start)

    def __call__(self) -> Any:
        return self.make(next(self._numbers))

    def many(self, count: int) -> list[Any]:
        return [self() for _ in range(count)]

    def make(self, n: int) -> Any:
        kind, form = self.schema.get("type"), self.schema.get("format")
        if kind == "integer":
            return max(int(self.schema.get("minimum", 1)), 1) + n - 1
        if form == "uuid":
            return str(uuid.UUID(int=n, version=4))
        return _text("id", n)

    def refused(self) -> list[tuple[str, Any, str]]:
        """Ids the client must refuse before sending, by the spec's rules for them: (what is wrong, the
        value, the words the error's rule holds). The wrong JSON type always; then the bounds of an
        integer id, or the format, length and pattern of a string one."""
        node = self.schema
        if node.get("type") == "integer":  # int32 unless the spec bounds it tighter
            low, high = int(node.get("minimum", -(2**31))), int(node.get("maximum", INT32_MAX))
            return [
                ("below the minimum", low - 1, f">= {low}"),
                ("beyond the maximum", high + 1, f"<= {high}"),
                ("a string", str(max(low, 1)), "an integer"),
                ("a bool", True, "an integer"),
            ]
        found: list[tuple[str, Any, str]] = [
            ("a number", 5, "must be a string"),
            ("a bool", True, "must be a string"),
        ]
        if node.get("format") == "uuid":
            found.append(("not a UUID", "not-a-uuid", "must be a UUID"))
        if int(node.get("minLength", 0)) == 1:
            found.append(("empty", "", "must not be empty"))
        pattern = node.get("pattern")
        if pattern is not None:
            against = next(
                (text for text in (".", "..", " ", "/", "x") if not re.search(pattern, text)), None
            )
            assert against is not None, f"no simple id breaks the pattern {pattern!r}; teach refused"
            found.append(("against the pattern", against, f"must match {pattern}"))
        return found

    def edges(self) -> list[Any]:
        """Ids at the edges of the spec's rule, which the client must send as they are: the bounds of an
        integer id; a UUID in either case; the shortest string otherwise."""
        node = self.schema
        if node.get("type") == "integer":
            return [max(int(node.get("minimum", 1)), 1), int(node.get("maximum", INT32_MAX))]
        if node.get("format") == "uuid":
            return [self.make(1), str(self.make(2)).upper()]
        return ["x" * max(int(node.get("minLength", 1)), 1)]

    def unknown(self) -> Any:
        """An id this maker never hands out (for 404s): the largest int32, or a UUID far from 1, 2, 3."""
        if self.schema.get("type") == "integer":
            return int(self.schema.get("maximum", INT32_MAX))
        return self.make(999_999_999)


def id_schema(doc: Mapping[str, Any]) -> Any:
    """The schema of entry ids: the first path parameter naming an entry (not the account)."""
    for operation in spec_module.operations(doc):
        for parameter in operation.path_ids:
            return parameter["schema"]
    raise AssertionError("the spec has no path parameter for an entry id")


def id_schema_names(doc: Mapping[str, Any]) -> frozenset[str]:
    """The component schemas a path parameter naming an entry takes ("EntryId", "JobId"): a string
    of one of them, wherever it is, is the id of an entry."""
    return frozenset(
        name
        for operation in spec_module.operations(doc)
        for parameter in operation.path_ids
        if (name := spec_module.ref_name(parameter["schema"])) is not None
    )


def entry_key(resource: str, document: Mapping[str, Any] | None = None) -> str:
    """The field an entry of `resource` holds its id in, as the spec has it: `id`; else the one named
    like the entry's path parameter (a bulk job's `job_id`); else the first required string named
    `..._id` (a submission's `submission_id`)."""
    doc = spec_module.load() if document is None else document
    schema = spec_module.entity(resource, doc)
    if schema is None:
        return "id"
    node = spec_module.merged_object(doc, schema)
    fields = node.get("properties", {})
    if "id" in fields:
        return "id"
    for operation in spec_module.resources_of(doc)[resource].values():
        for parameter in operation.path_ids:
            if parameter["name"] in fields:
                return str(parameter["name"])
    for name in node.get("required", ()):
        if str(name).endswith("_id") and spec_module.merged_object(doc, fields[name]).get("type") == "string":
            return str(name)
    raise AssertionError(f"{resource}: no field of its entries holds their id")


class Factory:
    """Builds valid values of any schema of the spec. `ids` makes the value of every string property
    named `id`, and of every string of an entry id's schema (the items of a body's `ids`): pass your
    own, say `iter(existing).__next__`, to point a body at entries that exist."""

    def __init__(
        self,
        document: Mapping[str, Any] | None = None,
        *,
        ids: Callable[[], Any] | None = None,
        start: int = 1,
    ) -> None:
        self.doc = spec_module.load() if document is None else document
        self.ids = ids if ids is not None else IdMaker(self.doc)
        self._numbers: Iterator[int] = itertools.count(start)
        self._merged: dict[int, tuple[Any, dict[str, Any]]] = {}
        self._id_schemas = id_schema_names(self.doc)

    def merged(self, schema: Any) -> dict[str, Any]:
        """`spec.merged_object`, remembered per schema node (the document does not change)."""
        key = id(schema)
        if key not in self._merged:
            self._merged[key] = (schema, spec_module.merged_object(self.doc, schema))
        return self._merged[key][1]

    # ---- public ---------------------------------------------------------------------------------

    def wire(self, schema: Any, n: int | None = None, *, full: bool = False, **overrides: Any) -> Any:
        """A value as the server sends it (read-only fields included). `schema` is a component name or
        a schema; `full` fills optional properties too."""
        return self._top(schema, n, request=False, full=full, overrides=overrides)

    def body(self, schema: Any, n: int | None = None, *, full: bool = False, **overrides: Any) -> Any:
        """A value as a client sends it: no read-only fields, no response-only enum values."""
        return self._top(schema, n, request=True, full=full, overrides=overrides)

    def entity(self, resource: str, n: int | None = None, *, full: bool = True, **overrides: Any) -> Any:
        """One entry of a resource as the server sends it, every field it knows filled in (upstream marks
        most of them optional, but a server sends them); {"id": ...} for a resource whose entries the
        API never shows."""
        schema = spec_module.entity(resource, self.doc)
        if schema is None:
            return {"id": self.ids(), **overrides}
        return self.wire(schema, n, full=full, **overrides)

    def entities(self, resource: str, count: int) -> list[Any]:
        """`count` entries of a resource that differ in their ids only: quick for long lists."""
        template, key = self.entity(resource), entry_key(resource, self.doc)
        return [{**template, key: self.ids()} for _ in range(count)]

    def create(self, resource: str, n: int | None = None, *, full: bool = False, **overrides: Any) -> Any:
        """The body of a resource's `create`."""
        return self.body(spec_module.operation(resource, "create", self.doc).body, n, full=full, **overrides)

    def query(self, parameter: Mapping[str, Any], n: int | None = None) -> Any:
        """A value for a query parameter, as JSON would hold it (the client takes it like that)."""
        number = next(self._numbers) if n is None else n
        return self.value(parameter["schema"], str(parameter["name"]), number, request=True, full=False)

    # ---- values ---------------------------------------------------------------------------------

    def _top(
        self, schema: Any, n: int | None, *, request: bool, full: bool, overrides: dict[str, Any]
    ) -> Any:
        if isinstance(schema, str):
            schema = self.doc["components"]["schemas"][schema]
        number = next(self._numbers) if n is None else n
        value = self.value(schema, "", number, request=request, full=full, skip=set(overrides))
        if overrides:
            assert isinstance(value, dict), "overrides need an object schema"
            value.update(overrides)
            self._fit_forms(self.merged(schema), value, number, fixed=set(overrides))
        return value

    def value(
        self,
        schema: Any,
        name: str,
        n: int,
        *,
        request: bool,
        full: bool,
        skip: set[str] | None = None,
    ) -> Any:
        node = self.merged(schema)
        for union in ("oneOf", "anyOf"):
            if node.get(union):
                return self.value(node[union][0], name, n, request=request, full=full)
        kind = node.get("type") or (
            "object" if "properties" in node else "array" if "items" in node else None
        )
        if "enum" in node:
            allowed = [v for v in node["enum"] if not (request and v in node.get(RESPONSE_ONLY, ()))]
            assert allowed, f"{name}: no enum value a request may carry"
            return allowed[0]
        if kind == "object":
            return self._object(node, n, request=request, full=full, skip=skip or set())
        if kind == "array":
            count = max(int(node.get("minItems", 0)), 1)
            if "maxItems" in node:
                count = min(count, int(node["maxItems"]))
            items = node.get("items", {})
            nested = self.merged(items).get("type", "object") == "object"
            return [  # entries of an array of objects get numbers of their own: no two share a key
                self.value(items, name, next(self._numbers) if nested else n, request=request, full=full)
                for _ in range(count)
            ]
        if kind == "boolean":
            return False
        if kind == "integer":
            if name == "id":  # an integer id (a PhishGuard report's): the entry's number keeps it unique
                return max(int(node.get("minimum", 1)), 1) + n
            return self._number(node, int)
        if kind == "number":
            return self._number(node, float)
        if kind == "string":
            if name == "id" or spec_module.ref_name(schema) in self._id_schemas:
                return self.ids()
            return self._string(node, name, n)
        return None  # no type: anything goes, null included

    def _object(
        self, node: Mapping[str, Any], n: int, *, request: bool, full: bool, skip: set[str]
    ) -> dict[str, Any]:
        required = set(node.get("required", ()))
        built: dict[str, Any] = {}
        for prop, sub in node.get("properties", {}).items():
            if prop in skip:
                continue
            merged = self.merged(sub)
            if request and merged.get("readOnly"):
                continue
            if prop not in required and (not full or merged.get("deprecated")):
                continue
            built[prop] = self.value(sub, prop, n, request=request, full=full)
        for prop, rule in (node.get("x-sdk-required-when") or {}).items():  # a MOVE job's destination
            if prop not in built and built.get(rule["field"]) in rule["values"]:
                built[prop] = self.value(node["properties"][prop], prop, n, request=request, full=full)
        self._fit_forms(node, built, n, fixed=skip)
        return built

    def _fit_forms(self, node: Mapping[str, Any], built: dict[str, Any], n: int, *, fixed: set[str]) -> None:
        """Give each field an `x-sdk-forms` rule covers the form the enum value beside it asks for."""
        for by, sub in node.get("properties", {}).items():
            rule = self.merged(sub).get(FORMS)
            if not isinstance(rule, Mapping) or by not in built or rule.get("field") not in built:
                continue
            target = rule["field"]
            form = (rule.get("forms") or {}).get(built[by])
            if target in fixed or form is None or built.get(rule.get("unless", "")) is True:
                continue
            built[target] = form_value(form, target, n)

    @staticmethod
    def _number(node: Mapping[str, Any], kind: type) -> Any:
        low = node.get("minimum")
        if low is not None and node.get("exclusiveMinimum") is True:
            low += 1
        high = node.get("maximum")
        value = low if low is not None else 1
        if high is not None:
            value = min(value, high)
        return kind(value)

    def _string(self, node: Mapping[str, Any], name: str, n: int) -> str:
        form = node.get("format")
        if form == "date-time":
            return (EPOCH + timedelta(seconds=n)).isoformat().replace("+00:00", "Z")
        if form == "date":
            return (EPOCH + timedelta(days=n)).date().isoformat()
        if form == "uuid":
            return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{name}/{n}"))
        if form == "email":
            return f"{name.replace('_', '-') or 'user'}{n}@example.com"
        low, high = int(node.get("minLength", 0)), node.get("maxLength")
        pattern = node.get("pattern")
        for candidate in (_text(name, n), f"{name}{n}", str(n), "x" * max(low, 1)):
            if len(candidate) < low:
                candidate += "x" * (low - len(candidate))
            if high is not None and len(candidate) > int(high):
                candidate = candidate[-int(high) :]
            if pattern is None or re.search(pattern, candidate):
                return candidate
        raise AssertionError(f"{name}: no simple value fits the pattern {pattern!r}; pass it as an override")
