"""A list request's query, read against the list operation's parameters: how to walk (page or cursor,
per_page, order, direction) and what to keep (one predicate per filter given).

What each filter keeps follows from the spec (`spec.Filter`): equality, membership, one of several
values, the bounds of a time range (a date-only bound means its first or last moment) and free-text
terms. A resource's behaviour may replace a filter's meaning (`Matchers`: the mailbox's `sender`
matches an address or a domain); a deprecated parameter means what its replacement means, and the
replacement wins where both are given. A list whose description says it covers "the last N days"
gets that range where none is given, ending now.
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any, cast

from .spec import Api, Filter, Operation, Parameter, Resource
from .validate import ANY, Invalid

DEFAULT_PER_PAGE = 20  # the API's default, where the spec states none

Entry = dict[str, Any]
Predicate = Callable[[Entry], bool]
Matcher = Callable[[Any], Predicate]  # a filter's value -> what it keeps
Matchers = Mapping[str, Matcher]

_INTEGER = re.compile(r"-?[0-9]+")  # ASCII digits only: int() also reads Arabic-Indic and fullwidth ones
_MAX_DIGITS = 19  # beyond int64: refused before int() (which refuses over 4300 digits with a ValueError)


def query_value(parameter: Parameter, text: str, schema: Mapping[str, Any] | None = None) -> Any:
    """One query (or path) value read as its schema's type; Invalid naming the parameter otherwise."""
    schema = parameter.schema if schema is None else schema
    kind = schema.get("type")
    if kind == "boolean":
        if text not in ("true", "false"):
            raise Invalid(parameter.name, "must be true or false")
        return text == "true"
    if kind in ("integer", "number"):
        if kind == "integer" and not _INTEGER.fullmatch(text):
            minimum = schema.get("minimum")
            raise Invalid(
                parameter.name, "must be an integer" + (f" >= {minimum}" if minimum is not None else "")
            )
        if kind == "integer" and len(text.lstrip("-0")) > _MAX_DIGITS:  # say which bound it is beyond
            low, high = schema.get("minimum", -(2**31)), schema.get("maximum", 2**31 - 1)
            raise Invalid(
                parameter.name, f"must be >= {low}" if text.startswith("-") else f"must be <= {high}"
            )
        try:
            return int(text) if kind == "integer" else float(text)
        except ValueError:
            raise Invalid(parameter.name, "must be a number") from None
    if schema.get("format") == "uuid":
        return text.lower()
    if schema.get("format") == "date":
        try:
            date.fromisoformat(text)
        except ValueError:
            raise Invalid(parameter.name, "must be a date such as 2026-01-31") from None
    return text


@functools.lru_cache(maxsize=65536)
def moment(text: str) -> datetime:
    """An RFC 3339 date-time (or a date: its first moment, UTC) as an aware datetime."""
    if len(text) == 10:
        return datetime.combine(date.fromisoformat(text), time(), timezone.utc)
    parsed = datetime.fromisoformat(text.replace("z", "Z").replace("Z", "+00:00"))
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=timezone.utc)


def _bound(rule: Filter, value: Any) -> datetime:
    """A range bound: a date-only `before` bound means the last moment of that day."""
    found = moment(str(value))
    if rule.match == "before" and len(str(value)) == 10:
        found += timedelta(days=1, microseconds=-1)
    return found


def texts(entry: Entry, fields: Iterable[str]) -> Iterable[str]:
    """The strings of `fields` in an entry, those inside arrays too, folded for matching."""
    for name in fields:
        value = entry.get(name)
        if isinstance(value, str):
            yield value.casefold()
        elif isinstance(value, list):
            yield from (item.casefold() for item in cast("Iterable[Any]", value) if isinstance(item, str))


def terms_matcher(fields: Callable[[Entry], Iterable[str]]) -> Matcher:
    """Every space-separated term of the value found in some text `fields` gives of an entry."""

    def matcher(value: Any) -> Predicate:
        wanted = str(value).casefold().split()

        def keeps(entry: Entry) -> bool:
            found = list(fields(entry))
            return all(any(term in text for text in found) for term in wanted)

        return keeps

    return matcher


def predicate(rule: Filter, value: Any, resource: Resource) -> Predicate:
    """What one filter of the spec keeps, by its kind of match."""
    field, match = rule.field, rule.match
    if match == "terms":
        fields = [*resource.search_fields, *_string_arrays(resource)]
        return terms_matcher(lambda entry: texts(entry, fields or list(entry)))(value)
    if match in ("after", "before"):
        bound = _bound(rule, value)
        if match == "after":
            return lambda entry: _time_of(entry, field) >= bound
        return lambda entry: _time_of(entry, field) <= bound
    fold = rule.parameter.schema.get("format") == "uuid"
    if match == "any":
        wanted = frozenset(value)
        return lambda entry: _folded(entry.get(field), fold) in wanted
    if match == "member":
        return lambda entry: value in (entry.get(field) or ())
    return lambda entry: _folded(entry.get(field), fold) == value


def _string_arrays(resource: Resource) -> list[str]:
    return [
        name
        for name, schema in resource.fields.items()
        if schema.get("type") == "array" and resource_items_type(schema) == "string"
    ]


def resource_items_type(schema: Mapping[str, Any]) -> Any:
    items = schema.get("items")
    return cast("Mapping[str, Any]", items).get("type") if isinstance(items, Mapping) else None


def _time_of(entry: Entry, field: str) -> datetime:
    value = entry.get(field)
    return moment(value) if isinstance(value, str) else datetime.min.replace(tzinfo=timezone.utc)


def _folded(value: Any, fold: bool) -> Any:
    return value.lower() if fold and isinstance(value, str) else value


def encode_cursor(position: Sequence[Any]) -> str:
    """An opaque cursor: where the next page starts, as the position of the last entry sent."""
    return base64.urlsafe_b64encode(json.dumps(list(position)).encode()).decode().rstrip("=")


def decode_cursor(text: str) -> list[Any]:
    try:
        decoded = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
    except (ValueError, binascii.Error):
        raise Invalid("cursor", "is not a cursor this list gave") from None
    if not isinstance(decoded, list) or len(cast("Sequence[Any]", decoded)) != 2:
        raise Invalid("cursor", "is not a cursor this list gave")
    return list(cast("Sequence[Any]", decoded))


def parse_values(operation: Operation, pairs: Sequence[tuple[str, str]], api: Api) -> dict[str, Any]:
    """The query's values read as their parameters' types and checked against their schemas; Invalid
    for a parameter the operation does not take, or one given twice that cannot repeat."""
    values: dict[str, list[str]] = {}
    for name, value in pairs:
        values.setdefault(name, []).append(value)
    parsed: dict[str, Any] = {}
    for name, given in values.items():
        parameter = operation.query.get(name)
        if parameter is None:
            raise Invalid("", f"unknown query parameter {name!r}")
        if len(given) > 1 and not parameter.repeatable:
            raise Invalid(name, "was given more than once")
        if parameter.repeatable:
            items = api.schemas.merged(parameter.schema.get("items", ANY))
            parsed[name] = [query_value(parameter, text, items) for text in given]
        else:
            parsed[name] = query_value(parameter, given[0])
        api.validator.check(parameter.schema, parsed[name], name, request=False)
    return parsed


@dataclass(frozen=True)
class ListQuery:
    """A list request's query, read and checked against the list operation's parameters."""

    page: int
    per_page: int
    order: str | None
    descending: bool
    search: str | None
    predicates: tuple[Predicate, ...]
    cursor: list[Any] | None = None
    page_given: bool = False

    @classmethod
    def parse(
        cls,
        operation: Operation,
        resource: Resource,
        pairs: Sequence[tuple[str, str]],
        api: Api,
        *,
        now: Callable[[], datetime] | None = None,
        matchers: Matchers | None = None,
        filters: Mapping[str, Filter] | None = None,
    ) -> ListQuery:
        """`filters`: the operation's, when they are not the resource's list's (a job's messages)."""
        parsed = parse_values(operation, pairs, api)

        def default(name: str, fallback: int) -> int:
            parameter = operation.query.get(name)
            return int(parameter.schema.get("default", fallback)) if parameter is not None else fallback

        rules = resource.filters if filters is None else filters
        chosen = {
            name: value
            for name, value in parsed.items()
            if name in rules and rules[name].alias_of not in parsed
        }
        predicates = select(resource, rules, chosen, matchers or {}, now)
        return cls(
            page=parsed.get("page", default("page", 1)),
            per_page=parsed.get("per_page", default("per_page", DEFAULT_PER_PAGE)),
            order=parsed.get("order"),
            descending=parsed.get("direction") == "desc",
            search=str(parsed.get("search") or "").lower() or None,
            predicates=predicates,
            cursor=decode_cursor(parsed["cursor"]) if "cursor" in parsed else None,
            page_given="page" in parsed,
        )

    def keeps(self, entry: Entry, resource: Resource) -> bool:
        if not all(keep(entry) for keep in self.predicates):
            return False
        if self.search is None:
            return True
        fields = resource.search_fields or [name for name, value in entry.items() if isinstance(value, str)]
        return any(self.search in str(entry.get(name) or "").lower() for name in fields)

    def sort_key(self, entry: Entry, rank: Mapping[Any, int]) -> tuple[Any, ...]:
        """By the chosen field, ties in list order; in list order when no order is asked for."""
        if self.order is None:
            return (rank[entry["id"]],)
        value = entry.get(self.order)
        return (value is not None, str(value).lower() if isinstance(value, str) else value, rank[entry["id"]])


def select(
    resource: Resource,
    rules: Mapping[str, Filter],
    values: Mapping[str, Any],
    matchers: Matchers,
    now: Callable[[], datetime] | None,
) -> tuple[Predicate, ...]:
    """The predicates of the filters given (`values`, already read), with the resource's default time
    range where it has one and no bound of that kind is given. Invalid for a range that starts in the
    future where the list says it may not."""
    predicates: list[Predicate] = []
    bounds: set[str] = set()
    for name, value in values.items():
        rule = rules.get(name)
        if value is None or (rule is None and name not in matchers):
            continue
        if name in matchers:
            predicates.append(matchers[name](value))
            continue
        assert rule is not None
        if rule.match in ("after", "before"):
            bounds.add(rule.match)
            description = rule.parameter.description
            future = rule.match == "after" and "not in the future" in description.casefold()
            if future and now is not None and _bound(rule, value) > now():
                raise Invalid(name, "must not be in the future")
        predicates.append(predicate(rule, value, resource))
    if resource.window_days is not None and now is not None:
        moment_now = now()
        timed = next((rule for rule in rules.values() if rule.match in ("after", "before")), None)
        if timed is not None:
            start = moment_now - timedelta(days=resource.window_days)
            if "after" not in bounds:
                predicates.append(lambda entry: _time_of(entry, timed.field) >= start)
            if "before" not in bounds:
                predicates.append(lambda entry: _time_of(entry, timed.field) <= moment_now)
    return tuple(predicates)
