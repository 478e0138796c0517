"""Checking what a caller passes against the spec's rules, before any request is built or sent.

Generated `validate` methods and request builders call `check` once per field with the rules the
spec states (type, required, nullable, lengths, ranges, item counts, patterns). The first broken rule
raises ValidationError naming the field and the rule. Values are never echoed: a message stays short
and cannot carry what the caller meant to keep private.
"""

from __future__ import annotations

import datetime
import re
import sys
import warnings
import weakref
from collections.abc import Mapping, Sequence
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast
from uuid import UUID

import attrs

from ._constants import IP_REFUSED, IP_REFUSED_MAPPED
from .errors import ValidationError
from .types import UNSET

if TYPE_CHECKING:
    from ipaddress import IPv4Network, IPv6Network

M = TypeVar("M")
# The packages a warning looks past to name the caller's line: this one, and the one built on it
# (whose batch builders and plans check entries too).
_LIBRARY = ("cf_email_security_generated", "cf_email_security")
# An id as the API writes it: 8-4-4-4-12 ASCII hex digits, either case. Python's UUID() also reads
# braces, `urn:uuid:`, hyphens anywhere and non-ASCII digits, none of which the API takes.
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
# The models whose deprecated fields were warned of, by id(): checked again (a builder's entries when
# they are sent), a model does not warn twice. Weak: a model leaves the table when it is collected.
_warned: weakref.WeakValueDictionary[int, Any] = weakref.WeakValueDictionary()
TYPE_NAMES: dict[type, str] = {
    str: "a string",
    int: "an integer",
    bool: "a boolean",
    float: "a number",
    datetime.datetime: "a datetime",
    datetime.date: "a date",
    UUID: "a UUID",
    list: "a list",
}


# The kinds a value of exactly that type always passes (a bool is not taken for an int: its type is bool).
_PLAIN = frozenset({str, int, float, bool})


class Validatable(Protocol):
    def validate(self, path: str = ...) -> None: ...


def join(parent: str, key: str) -> str:
    if not parent:
        return key
    return f"{parent}{key}" if key.startswith("[") else f"{parent}.{key}"


def check(
    value: Any,
    parent: str,
    key: str,
    kind: type | object,
    *,
    required: bool = False,
    nullable: bool = False,
    min_length: int | None = None,
    max_length: int | None = None,
    minimum: float | None = None,
    maximum: float | None = None,
    min_items: int | None = None,
    max_items: int | None = None,
    pattern: str | None = None,
    format: str | None = None,
    items: type | object = object,
    response_only: Sequence[str] = (),
) -> None:
    """Raise ValidationError for the first rule `value` breaks; UNSET means "not sent".

    `response_only` names the values of an enum (of a list's items) that only a server sends: a field
    of a request body refuses them, a filter (which may look for them) does not pass any.
    """
    if value is UNSET:
        if required:
            raise ValidationError(join(parent, key), "is required")
        return
    if value is None:
        if nullable:
            return
        raise ValidationError(join(parent, key), "must not be None")
    _check_kind(value, parent, key, kind, items, response_only)
    path = join(parent, key)
    if isinstance(value, str):
        if not value.isascii() and not _is_unicode(value):
            raise ValidationError(path, "must be valid Unicode text (it holds a lone surrogate)")
        if min_length is not None and len(value) < min_length:
            rule = (
                "must not be empty" if min_length == 1 else f"must be at least {min_length} characters long"
            )
            raise ValidationError(path, rule)
        if max_length is not None and len(value) > max_length:
            raise ValidationError(path, f"must be at most {max_length} characters long (got {len(value)})")
        if pattern is not None and not _regex(pattern).search(value):
            raise ValidationError(path, f"must match {pattern}")
        if format == "uuid" and not _is_uuid(value):
            raise ValidationError(path, "must be a UUID such as f174e90a-fafe-4643-bbbc-4a0ed4fc8415")
    elif isinstance(value, (int, float)):
        if minimum is not None and value < minimum:
            raise ValidationError(path, f"must be >= {minimum}")
        if maximum is not None and value > maximum:
            raise ValidationError(path, f"must be <= {maximum}")
    elif isinstance(value, (list, tuple)):
        entries = cast("Sequence[Any]", value)
        if min_items is not None and len(entries) < min_items:
            raise ValidationError(path, f"must have at least {min_items} entries")
        if max_items is not None and len(entries) > max_items:
            raise ValidationError(path, f"must have at most {max_items} entries (got {len(entries)})")


def _check_kind(
    value: Any,
    parent: str,
    key: str,
    kind: type | object,
    items: type | object,
    response_only: Sequence[str],
) -> None:
    if kind is object or (type(value) is kind and kind in _PLAIN):  # the common case, told at once
        return
    path = join(parent, key)
    if isinstance(kind, type) and issubclass(kind, Enum):
        _check_enum(value, path, kind, response_only)
        return
    if kind is list:
        if not isinstance(value, (list, tuple)):
            raise ValidationError(path, "must be a list")
        entries = cast("Sequence[Any]", value)
        for index, entry in enumerate(entries):
            check(entry, path, f"[{index}]", items, required=True, response_only=response_only)
        return
    if isinstance(kind, type) and attrs.has(kind):
        if not isinstance(value, kind):
            raise ValidationError(path, f"must be a {kind.__name__}")
        cast(Validatable, value).validate(path)
        return
    bad_bool = kind in (int, float) and isinstance(value, bool)
    if bad_bool or not isinstance(value, kind if kind is not float else (int, float)):  # type: ignore[arg-type]
        name = TYPE_NAMES.get(kind, getattr(kind, "__name__", str(kind)))  # type: ignore[call-overload]
        raise ValidationError(path, f"must be {name}, not {type(value).__name__}")


def _check_enum(value: Any, path: str, kind: type[Enum], response_only: Sequence[str]) -> None:
    """A member of `kind` or its value, and not one that only a server sends."""
    member = value if isinstance(value, kind) else None
    if isinstance(value, str) and member is None:
        member = kind._value2member_map_.get(value)
    if member is not None and member.value not in response_only:
        return
    writable = [str(each.value) for each in kind if each.value not in response_only]
    if member is None:
        raise ValidationError(path, f"must be one of {', '.join(writable)}")
    if member.value in response_only:
        raise ValidationError(
            path, f"{member.value} is only sent by the server; a request may carry {_either(writable)}"
        )


def check_form(
    value: Any,
    parent: str,
    key: str,
    forms: Mapping[str, str],
    selector: Any,
    *,
    by: str,
    exempt: Any = False,
    exempt_by: str = "",
) -> None:
    """The form a string must have by the value of the enum field `by` beside it (the spec's
    `x-sdk-forms`): `email`, `hostname` or `ip-network`. Nothing is checked unless the three are known
    here: the string, the enum value, and `exempt` (say `is_regex`) false; a change that leaves one of
    them as stored is for the server to judge."""
    if not isinstance(value, str) or exempt is not False:
        return
    chosen = selector.value if isinstance(selector, Enum) else selector
    form = forms.get(chosen) if isinstance(chosen, str) else None
    if form is None:
        return
    problem = _FORM_CHECKS[form](value)
    if problem:
        because = f"{by} {chosen}" + (f", {exempt_by} false" if exempt_by else "")
        raise ValidationError(join(parent, key), f"{problem} ({because})")


def check_required_when(
    value: Any, parent: str, key: str, selector: Any, *, by: str, values: Sequence[str]
) -> None:
    """A field the body must carry when the enum field `by` beside it holds one of `values` (the
    spec's `x-sdk-required-when`): a MOVE job names where to move."""
    chosen = selector.value if isinstance(selector, Enum) else selector
    if chosen in values and (value is UNSET or value is None):
        raise ValidationError(join(parent, key), f"is required when {by} is {chosen}")


def _email_problem(value: str) -> str:
    local, at, domain = value.rpartition("@")
    if not at or not local or len(local) > 64 or any(c.isspace() or c == "@" for c in local):
        return "must be an email address such as user@example.com"
    return (
        "must be an email address with a domain name such as example.com" if _hostname_problem(domain) else ""
    )


def _hostname_problem(value: str) -> str:
    labels = value.split(".")
    valid = (
        len(value) <= 253
        and len(labels) >= 2
        and all(_is_label(label) for label in labels)
        and not labels[-1].isdigit()
    )
    return "" if valid else "must be a domain name such as example.com"


def _is_label(label: str) -> bool:
    return (
        0 < len(label) <= 63
        and not label.startswith("-")
        and not label.endswith("-")
        and all(c.isalnum() or c == "-" for c in label)
    )


def _network_problem(value: str) -> str:
    import ipaddress  # here, not at import: only IP patterns need it

    try:
        network = ipaddress.ip_network(value, strict=False)
    except ValueError:
        return "must be an IPv4 or IPv6 address or CIDR block"
    for name, ranges in _refused(IP_REFUSED, IP_REFUSED_MAPPED):
        if any(network.version == each.version and network.overlaps(each) for each in ranges):
            return f"must be globally reachable: {name} addresses, and blocks holding one, are refused"
    return ""


@cache
def _refused(
    refused: tuple[tuple[str, tuple[str, ...]], ...], mapped: bool
) -> list[tuple[str, list[IPv4Network | IPv6Network]]]:
    """The refused ranges as networks, each IPv4 one with its IPv4-mapped IPv6 form when `mapped`."""
    import ipaddress

    prefix = int(ipaddress.IPv6Address("::ffff:0:0"))
    found: list[tuple[str, list[IPv4Network | IPv6Network]]] = []
    for name, texts in refused:
        networks: list[IPv4Network | IPv6Network] = []
        for text in texts:
            network = ipaddress.ip_network(text)
            networks.append(network)
            if mapped and network.version == 4:
                start = prefix + int(network.network_address)
                networks.append(ipaddress.IPv6Network((start, 96 + network.prefixlen)))
        found.append((name, networks))
    return found


_FORM_CHECKS = {"email": _email_problem, "hostname": _hostname_problem, "ip-network": _network_problem}


def _either(values: Sequence[str]) -> str:
    """Values as a sentence lists them: "EMAIL, DOMAIN or IP"."""
    return f"{', '.join(values[:-1])} or {values[-1]}" if len(values) > 1 else "".join(values)


def _is_uuid(text: str) -> bool:
    """Ids are sent as given (a string), so they are checked as written: the canonical form only."""
    return _UUID.fullmatch(text) is not None


def warn_deprecated(model: Any, path: str, fields: Mapping[str, str]) -> None:
    """Warn of each deprecated field `model` sends (`fields`: attribute -> what is said of it), by
    its path; once per model, so that a builder's entries, checked when added, do not warn again
    when they are sent."""
    sent = [attr for attr in fields if getattr(model, attr) is not UNSET]
    if not sent or _warned.get(id(model)) is model:
        return
    _warned[id(model)] = model
    renamed: Mapping[str, str] = getattr(model, "_RENAMED", {})
    for attr in sent:
        deprecated(f"{join(path, renamed.get(attr, attr))} {fields[attr]}")


def deprecated(message: str) -> None:
    """Warn the caller that what it sends is deprecated: the warning names the first frame outside
    this library (the user's call, through the raw-response view, a batch builder or a plan)."""
    frame, level = sys._getframe(1), 2  # pyright: ignore[reportPrivateUsage]
    while frame.f_back is not None and _in_library(frame.f_globals.get("__name__", "")):
        frame, level = frame.f_back, level + 1
    warnings.warn(message, DeprecationWarning, stacklevel=level)


def _in_library(module: str) -> bool:
    return module.partition(".")[0] in _LIBRARY


def _is_unicode(text: str) -> bool:
    """False for a str holding lone surrogates (from bad decoding), which no JSON body can carry."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def coerce_model(cls: type[M], value: Any, path: str) -> M:
    """A model from what a caller may pass: the model itself, a mapping of its fields, or a bare id."""
    if isinstance(value, cls):
        return value
    fields = {f.name: f for f in attrs.fields(cast(Any, cls)) if f.init}
    if isinstance(value, (int, str)) and not isinstance(value, bool) and set(fields) == {"id"}:
        return cls(id=value)  # type: ignore[call-arg]  # a bare id, checked by validate()
    if not isinstance(value, Mapping):
        raise ValidationError(path, f"must be a {cls.__name__} or a mapping of its fields")
    given = cast("Mapping[str, Any]", value)
    for name in given:
        if name not in fields:
            raise ValidationError(join(path, str(name)), f"is not a field of {cls.__name__}")
    for name, spec in fields.items():
        if spec.default is attrs.NOTHING and name not in given:
            raise ValidationError(join(path, name), "is required")
    return cls(**given)


def coerce_models(cls: type[M], values: Any, path: str) -> list[M]:
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Sequence):
        raise ValidationError(path, f"must be a list of {cls.__name__}")
    given = cast("Sequence[object]", values)
    return [coerce_model(cls, value, f"{path}[{index}]") for index, value in enumerate(given)]
