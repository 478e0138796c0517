"""A list request's query read and checked: page, per_page, order, direction, search and the filters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ._resources import Entry, Filter, Resource
from ._rules import UUID, positive_int32

DEFAULT_PER_PAGE = 20  # the API's default, not the client's


class InvalidQuery(Exception):
    """A query parameter broke a rule; the message names it."""


def _positive(name: str, text: str) -> int:
    number = positive_int32(text)
    if number is None:
        raise InvalidQuery(f"{name} must be an integer >= 1")
    return number


def _filter_value(name: str, rule: Filter, text: str) -> Any:
    if rule.kind == "bool":
        if text not in ("true", "false"):
            raise InvalidQuery(f"{name} must be true or false")
        return text == "true"
    if rule.kind == "enum" and text not in rule.choices:
        raise InvalidQuery(f"{name} must be one of {', '.join(rule.choices)}")
    if rule.kind == "uuid" and not UUID.match(text):
        raise InvalidQuery(f"{name} must be a UUID")
    return text


@dataclass(frozen=True)
class ListQuery:
    page: int
    per_page: int
    order: str | None
    descending: bool
    search: str | None
    filters: tuple[tuple[Filter, Any], ...]

    @classmethod
    def parse(cls, resource: Resource, pairs: Sequence[tuple[str, str]]) -> ListQuery:
        values: dict[str, list[str]] = {}
        for name, value in pairs:
            values.setdefault(name, []).append(value)
        known = {"page", "per_page", "order", "direction", "search", *resource.filters}
        for name, given in values.items():
            if name not in known:
                raise InvalidQuery(f"unknown query parameter {name!r}")
            repeatable = name in resource.filters and resource.filters[name].match == "any"
            if len(given) > 1 and not repeatable:
                raise InvalidQuery(f"{name} was given more than once")

        def one(name: str) -> str | None:
            return values[name][0] if name in values else None

        # An empty `order=` or `direction=` is a value, and not a valid one: it is not the default.
        order = one("order")
        if order is not None and order not in resource.orders:
            raise InvalidQuery(f"order must be one of {', '.join(resource.orders)}")
        direction = one("direction")
        if direction is not None and direction not in ("asc", "desc"):
            raise InvalidQuery("direction must be asc or desc")
        filters = []
        for name, rule in resource.filters.items():
            if name in values:
                parsed = [_filter_value(name, rule, text) for text in values[name]]
                filters.append((rule, frozenset(parsed) if rule.match == "any" else parsed[0]))
        page, per_page = one("page"), one("per_page")
        return cls(
            page=_positive("page", page) if page is not None else 1,
            per_page=_positive("per_page", per_page) if per_page is not None else DEFAULT_PER_PAGE,
            order=order,
            descending=direction == "desc",
            search=(one("search") or "").lower() or None,
            filters=tuple(filters),
        )

    def keeps(self, entry: Entry, search_fields: Sequence[str]) -> bool:
        for rule, wanted in self.filters:
            value = entry.get(rule.field)
            if rule.match == "member":
                if wanted not in (value or ()):
                    return False
            elif rule.match == "any":
                if value not in wanted:
                    return False
            elif value != wanted:
                return False
        if self.search is None:
            return True
        return any(self.search in str(entry.get(name) or "").lower() for name in search_fields)

    def sort_key(self, entry: Entry) -> tuple[Any, ...]:
        """By the chosen field, ties by id; by id alone when no order is asked for."""
        if self.order is None:
            return (entry["id"],)
        value = entry.get(self.order)
        return (str(value).lower() if isinstance(value, str) else value, entry["id"])
