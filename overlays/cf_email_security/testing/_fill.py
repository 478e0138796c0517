"""Values shaped by the spec: an object of a schema from the values a behaviour chose, the rest filled.

The mailbox decides what a message says (which sender, which subject); the spec decides what a message
is. `Filler.object(schema, given)` keeps the given fields the schema has, fills each required field the
behaviour left out with a plain value of its schema (the first enum value, an empty array, a zero, a
timestamp), sets the optional nullable ones to null, and copies a renamed field's new value into it
(`x-deprecation.use`: `ts` reports `scanned_at`; not where `x-deprecation.kind` is `replacement`, whose
new field holds other values: a boolean replaced by an enum). So a field the spec gains is sent at
once, and one it drops is no longer sent. Nested objects and arrays of objects in `given` are filled
the same way.

`Filler.pick(schema, weights, rng)` chooses an enum value from the spec's values only: a value the
behaviour weighs but the spec no longer has is never chosen, and one the spec gained is chosen now
and then.

Schemas are compiled once into plans (a list of fields with what to do for each): filling thousands of
messages is a loop over plans, not a walk over schemas.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from .spec import renamed_as
from .validate import ANY, Schemas

NEW_VALUE_WEIGHT = 0.2  # how often an enum value the behaviour does not know is chosen, against its weights
EPOCH = "2026-01-01T00:00:00.000000Z"  # a required date-time nobody gave (never seen in practice)


@dataclass(frozen=True)
class _Field:
    name: str
    schema: Mapping[str, Any]
    required: bool
    nullable: bool
    alias_of: str | None  # a deprecated field reporting this one
    kind: str | None  # "object" or "array-of-objects" where `given` values are filled in turn


class Filler:
    """Objects of the spec's schemas from given values (see the module's docstring)."""

    def __init__(self, schemas: Schemas) -> None:
        self.schemas = schemas
        self._plans: dict[int, list[_Field]] = {}
        self._enums: dict[int, list[Any]] = {}
        self._chances: dict[tuple[int, int], tuple[list[Any], list[float]]] = {}
        self._keep: list[Any] = []

    def object(self, schema: Any, given: Mapping[str, Any]) -> dict[str, Any]:
        """An object of `schema`: `given`'s fields the schema has, the others filled."""
        filled: dict[str, Any] = {}
        for field in self._plan(schema):
            name = field.name
            if name in given:
                value = given[name]
                if field.kind == "object" and isinstance(value, Mapping):
                    value = self.object(field.schema, cast("Mapping[str, Any]", value))
                elif field.kind == "array" and isinstance(value, list):
                    items = field.schema.get("items", ANY)
                    value = [
                        self.object(items, cast("Mapping[str, Any]", item))
                        if isinstance(item, Mapping)
                        else item
                        for item in cast("Iterable[Any]", value)
                    ]
                filled[name] = value
            elif field.alias_of is not None:
                continue  # copied below, once its replacement is there
            elif field.required:
                filled[name] = self.plain(field.schema)
            elif field.nullable:
                filled[name] = None
        for field in self._plan(schema):
            if field.alias_of is not None and field.name not in given and field.alias_of in filled:
                filled[field.name] = filled[field.alias_of]
        return filled

    def plain(self, schema: Any) -> Any:
        """A plain value of a schema: what a required field nobody chose holds."""
        merged = self.schemas.merged(schema)
        if "anyOf" in merged or "oneOf" in merged:
            return self.plain([*merged.get("anyOf", ()), *merged.get("oneOf", ())][0])
        values = [value for value in merged.get("enum", ()) if value is not None]
        if values:
            return values[0]
        kind = merged.get("type") or ("object" if "properties" in merged else None)
        if kind == "object":
            return self.object(merged, {})
        if kind == "array":
            return [self.plain(merged.get("items", ANY)) for _ in range(int(merged.get("minItems", 0)))]
        if kind == "boolean":
            return False
        if kind in ("integer", "number"):
            low = merged.get("minimum", 0)
            return int(low) if kind == "integer" else float(low)
        if merged.get("format") == "date-time":
            return EPOCH
        if merged.get("format") == "date":
            return EPOCH[:10]
        return "x" * max(int(merged.get("minLength", 0)), 1) if kind == "string" else None

    def enum(self, schema: Any) -> list[Any]:
        """The values a field's schema allows, null aside."""
        key = id(schema)
        found = self._enums.get(key)
        if found is None:
            found = [value for value in self.schemas.merged(schema).get("enum", ()) if value is not None]
            self._enums[key] = found
            self._keep.append(schema)  # cached by id: the node must outlive the cache
        return found

    def pick(
        self, schema: Any, weights: Mapping[Any, float], rng: random.Random, known: Collection[Any] = ()
    ) -> Any:
        """An enum value of `schema`, chosen by `weights`; the spec's values only (see the docstring).
        A value the weights leave out is never chosen if it is `known` (the values the behaviour was
        written for), and now and then if it is new. `weights` must not change between calls (the
        chances are worked out once per mapping)."""
        key = (id(schema), id(weights))
        found = self._chances.get(key)
        if found is None:
            values = self.enum(schema)
            if not values:
                raise ValueError("pick() needs an enum schema")
            chances = [weights.get(value, 0.0 if value in known else NEW_VALUE_WEIGHT) for value in values]
            if not any(chances):
                chances = [1.0] + [0.0] * (len(values) - 1)
            total, cumulative = 0.0, list[float]()
            for chance in chances:
                total += chance
                cumulative.append(total)
            found = (values, cumulative)
            self._chances[key] = found
            self._keep.append((schema, weights))
        return rng.choices(found[0], cum_weights=found[1])[0]

    def allows(self, schema: Any, value: Any) -> bool:
        """Whether an enum schema has `value` (a schema without an enum allows anything)."""
        merged = self.schemas.merged(schema)
        return "enum" not in merged or value in merged["enum"]

    def first(self, schema: Any, preferred: Sequence[Any]) -> Any:
        """The first of `preferred` the enum schema has, else its first value."""
        values = self.enum(schema)
        return next((value for value in preferred if value in values), values[0] if values else None)

    def _plan(self, schema: Any) -> list[_Field]:
        merged = self.schemas.merged(schema)
        key = id(merged)
        cached = self._plans.get(key)
        if cached is not None:
            return cached
        properties = self.schemas.properties(merged)
        required = set(merged.get("required", ()))
        plan: list[_Field] = []
        for name, node in properties.items():
            use = renamed_as(node)
            alias = use if use in properties else None
            kind = _kind(self.schemas, node)
            plan.append(_Field(name, node, name in required, self.schemas.accepts_null(node), alias, kind))
        self._plans[key] = plan
        return plan


def _kind(schemas: Schemas, node: Mapping[str, Any]) -> str | None:
    if node.get("type") == "object" or "properties" in node:
        return "object"
    if node.get("type") == "array":
        items = schemas.merged(node.get("items", ANY))
        if items.get("type") == "object" or "properties" in items:
            return "array"
    return None
