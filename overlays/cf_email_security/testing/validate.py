"""The fake's own reading of the spec's rules: a small validator for the JSON-schema subset the spec uses.

It checks request bodies, query values, path ids and seed data against the served spec's schemas:
`$ref` (local), `allOf` (merged), `type`, `format` (uuid, date-time, int32, int64), `enum`, `nullable`
(and `null` in an enum), `required`, `properties`, `additionalProperties`, `minLength`/`maxLength`,
`minimum`/`maximum`, `minItems`/`maxItems`, `minProperties`/`maxProperties`, `pattern`, `items`,
`readOnly` and the spec's `x-sdk-response-only` enum values (both refused in requests), and
`anyOf`/`oneOf` (one alternative must fit).

It shares nothing with the client's validation (`cf_email_security_generated.runtime.check`): a stand-in
that borrowed the client's reading of the rules would share its mistakes and could not catch them.

It also reads what the spec says in vendor extensions of what a value must look like: the forms of
`x-sdk-forms` (`email`, `hostname`, `ip-network`), the ranges of `x-sdk-ip-rules` (`IpRules`) and the
fields an object needs by the value of another (`x-sdk-required-when`).

Two choices of the fake's own, made once here:
- Request bodies are closed: a field the schema does not name is refused (a misspelt field would
  otherwise be dropped without a word), unless the schema allows more with `additionalProperties`.
  Responses and seed data are open: fields beyond the schema are allowed there.
- `allOf` parts are merged into one schema before checking (properties and `required` united, the
  stricter limit kept, closed if any part is closed), as OpenAPI documents mean them.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

# The canonical form only (8-4-4-4-12 ASCII hex, either case), matched whole: no braces, no `urn:uuid:`,
# no hyphens elsewhere, no trailing newline (which `$` would let through).
UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
DATE_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})"
)  # RFC 3339, matched whole
INTEGER_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
RESPONSE_ONLY = "x-sdk-response-only"

# Forms (x-sdk-forms). A label: letters or digits, hyphens inside, at most 63 characters.
_LABEL = r"[^\W_](?:[^\W_]|-(?=[^.]*[^\W_])){0,62}"
HOSTNAME = re.compile(rf"(?:{_LABEL}\.)+{_LABEL}")
EMAIL = re.compile(r"([^@\s]{1,64})@(.+)")
_MAPPED = ipaddress.IPv6Network("::ffff:0:0/96")  # IPv4-mapped IPv6 addresses

Schema = Mapping[str, Any]
ANY: Schema = {}  # the schema that takes anything; one object, since merged schemas are cached by id

# Keywords whose merged value is the stricter of the parts'.
_LOWER_BOUNDS = ("minimum", "minLength", "minItems", "minProperties")
_UPPER_BOUNDS = ("maximum", "maxLength", "maxItems", "maxProperties")


class Invalid(Exception):
    """A value broke a rule; `path` names where (`posts[3].pattern`), `rule` says what it must be."""

    def __init__(self, path: str, rule: str) -> None:
        super().__init__(f"{path}: {rule}" if path else rule)
        self.path = path
        self.rule = rule


class Schemas:
    """The spec's schemas, with `$ref` followed and `allOf` merged (once per schema node)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self._merged: dict[int, dict[str, Any]] = {}
        self._keep: list[Any] = []  # keeps merged inputs alive, so that their ids stay unique

    def resolve(self, node: Any) -> Schema:
        """The schema a node stands for, following `$ref` (and refs to refs)."""
        seen = 0
        while isinstance(node, Mapping) and "$ref" in node:
            node = self._pointer(str(cast("Schema", node)["$ref"]))
            seen += 1
            if seen > 50:
                raise ValueError("a $ref cycle in the spec")
        return cast("Schema", node) if isinstance(node, Mapping) else {}

    def _pointer(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported, not {ref!r}")
        node: Any = self.document
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def merged(self, node: Any) -> dict[str, Any]:
        """The schema with its `allOf` parts merged in; properties stay unmerged until visited. Cached by
        the node's id (the node is kept alive, so the id stays its own): pass spec nodes, merged schemas
        or ANY, not a new dict per call."""
        key = id(node)
        cached = self._merged.get(key)
        if cached is not None:
            return cached
        schema = self.resolve(node)
        result: dict[str, Any] = {}
        for part in schema.get("allOf", ()):
            _merge(result, self.merged(part))
        own = {name: value for name, value in schema.items() if name != "allOf"}
        if "allOf" in schema and "nullable" not in own:
            parts = [self.merged(part) for part in schema["allOf"]]
            own["nullable"] = all(self.accepts_null(part) for part in parts) if parts else False
        _merge(result, own, own_keys=True)
        self._merged[key] = result
        self._keep.append(node)
        return result

    def accepts_null(self, schema: Schema) -> bool:
        if schema.get("nullable") is True or None in schema.get("enum", ()):
            return True
        return not any(key in schema for key in ("type", "enum", "properties", "items", "format"))

    def properties(self, node: Any) -> dict[str, dict[str, Any]]:
        """An object schema's properties, each merged, in the spec's order."""
        return {name: self.merged(value) for name, value in self.merged(node).get("properties", {}).items()}


def _merge(target: dict[str, Any], source: Mapping[str, Any], *, own_keys: bool = False) -> None:
    """Merge one allOf part (or the schema's own keywords) into `target`."""
    for key, value in source.items():
        if key == "properties":
            properties = target.setdefault("properties", {})
            for name, schema in value.items():
                properties[name] = {"allOf": [properties[name], schema]} if name in properties else schema
        elif key == "required":
            target["required"] = list(dict.fromkeys([*target.get("required", ()), *value]))
        elif key == RESPONSE_ONLY:
            target[key] = list(dict.fromkeys([*target.get(key, ()), *value]))
        elif key in _LOWER_BOUNDS and key in target:
            target[key] = max(target[key], value)
        elif key in _UPPER_BOUNDS and key in target:
            target[key] = min(target[key], value)
        elif key == "enum" and "enum" in target:
            target["enum"] = [item for item in target["enum"] if item in value]
        elif key == "additionalProperties" and value is False:
            target[key] = False
        elif key == "nullable" and own_keys:
            target[key] = value
        else:
            target.setdefault(key, value)


Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class IpRules:
    """`x-sdk-ip-rules`: the ranges an `ip-network` may not touch, by what the API calls them, and
    whether the IPv4 ones are refused in their IPv4-mapped IPv6 form too."""

    def __init__(self, rules: Mapping[str, Any]) -> None:
        self.refused: list[tuple[str, list[Network]]] = [
            (str(name), [ipaddress.ip_network(str(text)) for text in ranges])
            for name, ranges in cast("Mapping[str, Any]", rules.get("refused") or {}).items()
        ]
        self.mapped: bool = bool(rules.get("ipv4-mapped"))

    def problem(self, text: str) -> str | None:
        """Why `text` is not an acceptable address or block, or None."""
        try:
            network: Network = ipaddress.ip_network(text, strict=False)
        except ValueError:
            return "must be an IPv4 or IPv6 address or CIDR block"
        candidates = [network]
        if self.mapped and isinstance(network, ipaddress.IPv6Network) and network.overlaps(_MAPPED):
            # The IPv4 addresses a block of IPv4-mapped ones stands for (all, if it holds ::ffff:0:0/96).
            inner = network if network.subnet_of(_MAPPED) else _MAPPED
            first = int(inner.network_address) - int(_MAPPED.network_address)
            candidates.append(ipaddress.IPv4Network((first, inner.prefixlen - 96)))
        for name, ranges in self.refused:
            for candidate in candidates:
                if any(candidate.version == each.version and candidate.overlaps(each) for each in ranges):
                    return f"must be a globally reachable address or block: {name} addresses are refused"
        return None


def form_problem(form: str, value: Any, ip_rules: IpRules) -> str | None:
    """Why `value` does not have the form an `x-sdk-forms` rule asks for, or None."""
    if not isinstance(value, str):
        return None
    if form == "email":
        match = EMAIL.fullmatch(value)
        if match is None or _hostname_problem(match[2]):
            return "must be an email address such as user@example.com"
        return None
    if form == "hostname":
        return _hostname_problem(value)
    if form == "ip-network":
        return ip_rules.problem(value)
    return None  # a form the fake does not know: nothing to check


def _hostname_problem(value: str) -> str | None:
    valid = len(value) <= 253 and HOSTNAME.fullmatch(value) and not value.rsplit(".", 1)[-1].isdigit()
    return None if valid else "must be a domain name such as example.com"


def _kind(schema: Schema) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, str):
        return kind
    if "properties" in schema or "additionalProperties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return None


def _describe_enum(values: Iterable[Any]) -> str:
    return ", ".join(str(value) for value in values)


class Validator:
    """Checks values against schemas of one spec. `request=True` for what a client sends: closed objects,
    no readOnly fields, no response-only enum values."""

    def __init__(self, schemas: Schemas) -> None:
        self.schemas = schemas

    def check(self, schema: Any, value: Any, path: str = "", *, request: bool) -> None:
        merged = self.schemas.merged(schema)
        if value is None:
            if self.schemas.accepts_null(merged):
                return
            raise Invalid(path, "must not be null")
        if "anyOf" in merged or "oneOf" in merged:
            self._one_of(merged, value, path, request=request)
        if "enum" in merged:
            allowed = [item for item in merged["enum"] if item is not None]
            if request:
                hidden = set(merged.get(RESPONSE_ONLY, ()))
                allowed = [item for item in allowed if item not in hidden]
            if value not in allowed or isinstance(value, bool) != any(isinstance(a, bool) for a in allowed):
                raise Invalid(path, f"must be one of {_describe_enum(allowed)}")
        kind = _kind(merged)
        if kind == "object":
            self._object(merged, value, path, request=request)
        elif kind == "array":
            self._array(merged, value, path, request=request)
        elif kind == "string":
            self._string(merged, value, path)
        elif kind in ("integer", "number"):
            self._number(merged, value, path, integer=kind == "integer")
        elif kind == "boolean" and not isinstance(value, bool):
            raise Invalid(path, "must be a boolean")

    def _one_of(self, schema: Schema, value: Any, path: str, *, request: bool) -> None:
        options = [*schema.get("anyOf", ()), *schema.get("oneOf", ())]
        first: Invalid | None = None
        for option in options:
            try:
                self.check(option, value, path, request=request)
                return
            except Invalid as error:
                first = first or error
        if first is not None:
            raise first

    def _object(self, schema: Schema, value: Any, path: str, *, request: bool) -> None:
        if not isinstance(value, dict):
            raise Invalid(path, "must be a JSON object")
        value = cast("dict[str, Any]", value)
        prefix = f"{path}." if path else ""
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", not request)
        for name in value:
            if name not in properties:
                if extra is False:
                    raise Invalid(f"{prefix}{name}", "is not a known field")
                if isinstance(extra, Mapping):
                    self.check(extra, value[name], f"{prefix}{name}", request=request)
        required = set(schema.get("required", ()))
        for name, node in properties.items():
            where = f"{prefix}{name}"
            if name not in value:
                if name in required:
                    raise Invalid(where, "is required")
                continue
            if request and self.schemas.merged(node).get("readOnly") is True:
                raise Invalid(where, "is read-only: the server sets it")
            self.check(node, value[name], where, request=request)
        for name in required - set(properties):
            if name not in value:
                raise Invalid(f"{prefix}{name}", "is required")
        needs: Mapping[str, Mapping[str, Any]] = schema.get("x-sdk-required-when") or {}
        for name, rule in needs.items():
            chosen = value.get(rule["field"])
            if chosen in rule["values"] and value.get(name) is None:
                raise Invalid(f"{prefix}{name}", f"is required when {rule['field']} is {chosen}")
        if "minProperties" in schema and len(value) < schema["minProperties"]:
            raise Invalid(path, f"must have at least {schema['minProperties']} fields")
        if "maxProperties" in schema and len(value) > schema["maxProperties"]:
            raise Invalid(path, f"must have at most {schema['maxProperties']} fields")

    def _array(self, schema: Schema, value: Any, path: str, *, request: bool) -> None:
        if not isinstance(value, list):
            raise Invalid(path, "must be an array")
        value = cast("Sequence[Any]", value)
        if "minItems" in schema and len(value) < schema["minItems"]:
            raise Invalid(path, f"must be an array of at least {schema['minItems']} items")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            raise Invalid(path, f"must be an array of at most {schema['maxItems']} items")
        if "items" in schema:
            for index, item in enumerate(value):
                self.check(schema["items"], item, f"{path}[{index}]", request=request)

    @staticmethod
    def _string(schema: Schema, value: Any, path: str) -> None:
        if not isinstance(value, str):
            raise Invalid(path, "must be a string")
        if "minLength" in schema and len(value) < schema["minLength"]:
            raise Invalid(path, f"must be at least {schema['minLength']} characters")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            raise Invalid(path, f"must be at most {schema['maxLength']} characters")
        form = schema.get("format")
        if form == "uuid" and not UUID.fullmatch(value):
            raise Invalid(path, "must be a UUID")
        if form == "date-time" and not DATE_TIME.fullmatch(value):
            raise Invalid(path, "must be an RFC 3339 date-time")
        if "pattern" in schema and re.search(str(schema["pattern"]), value) is None:
            raise Invalid(path, f"must match the pattern {schema['pattern']}")

    @staticmethod
    def _number(schema: Schema, value: Any, path: str, *, integer: bool) -> None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise Invalid(path, "must be an integer" if integer else "must be a number")
        if integer and not isinstance(value, int):
            raise Invalid(path, "must be an integer")
        low, high = INTEGER_RANGES.get(str(schema.get("format")), (None, None))
        minimum = schema.get("minimum", low)
        maximum = schema.get("maximum", high)
        if low is not None and minimum is not None:
            minimum = max(minimum, low)
        if high is not None and maximum is not None:
            maximum = min(maximum, high)
        if minimum is not None and value < minimum:
            raise Invalid(path, f"must be >= {minimum}")
        if maximum is not None and value > maximum:
            raise Invalid(path, f"must be <= {maximum}")
        if schema.get("exclusiveMinimum") is True and minimum is not None and value <= minimum:
            raise Invalid(path, f"must be > {minimum}")
        if schema.get("exclusiveMaximum") is True and maximum is not None and value >= maximum:
            raise Invalid(path, f"must be < {maximum}")
