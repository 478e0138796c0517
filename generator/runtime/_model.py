"""What every generated model does alike: its JSON object, from its attrs fields in the spec's order.

The models themselves hold only what the spec decides: their fields, how each is read (`_READ`)
and the rules a request checks (validate).
"""

from __future__ import annotations

import datetime
import functools
import json
import linecache
import operator
import threading
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, NoReturn, TypeVar, cast

import attrs

from ._parsing import (
    CHOICES,
    ENUM_MEMBERS,
    EXACT_TYPES,
    LIST_ITEMS,
    MISSING,
    NATIVE_ISO,
    Checker,
    Field,
    Rule,
    as_datetime,
    as_object,
    join,
    list_of,
    one_of,
)
from ._serialization import dump_fields
from .errors import ResponseValidationError

R = TypeVar("R", bound="ReadModel")


class Model:
    """The base of every model: `to_dict` and `to_json`, unknown fields included."""

    __slots__ = ()

    # A field whose Python name differs from its JSON key (a keyword, a leading digit): {attribute: key}.
    _RENAMED: ClassVar[Mapping[str, str]] = {}

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for, unknown fields included."""
        return dump_fields(self, wire_names(type(self)))

    def to_json(self) -> str:
        """`to_dict()` as JSON text, as a request carries it: compact, fields in the spec's order."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def no_fields() -> dict[str, Any]:
    """The `additional_properties` of a model made in code: none. A typed factory, as `dict` is not."""
    return {}


_wire_names: dict[type, tuple[tuple[str, str], ...]] = {}


def wire_names(cls: type) -> tuple[tuple[str, str], ...]:
    """(JSON key, attribute) of every field of a model, in the spec's order; worked out once per class."""
    names = _wire_names.get(cls)
    if names is None:
        renamed: Mapping[str, str] = getattr(cls, "_RENAMED", {})
        fields = [f.name for f in attrs.fields(cls) if f.name != "additional_properties"]
        names = _wire_names[cls] = tuple((renamed.get(name, name), name) for name in fields)
    return names


class ReadModel(Model):
    """A model read from responses: `from_dict` reads it by its `_READ` table, one row per field."""

    __slots__ = ()

    # (JSON key, rule, checker) of every field in the order of the attrs fields; the generator writes it.
    _READ: ClassVar[tuple[Field, ...]] = ()
    additional_properties: dict[str, Any]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "from_dict" not in cls.__dict__:  # the reader compiled for a base class reads other fields
            type.__setattr__(cls, "from_dict", ReadModel.__dict__["from_dict"])

    @classmethod
    def from_dict(cls: type[R], data: Any, parent: str = "", key: str | None = None) -> R:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec.

        The first call compiles the class's reader (`_compile_reader`), which then takes this method's
        place: a page holds hundreds of fields, and a loop over `_READ` reads them at half the speed.
        """
        reader: Callable[..., R] = _readers.get(cls) or cls._compile_reader()
        return reader(data, parent, key)

    @classmethod
    def _compile_reader(cls) -> Callable[..., Any]:
        """`from_dict` written out for `_READ`, a few lines per field, and put in its place.

        An object is read with one `itemgetter` call, which fails (KeyError) unless it holds every
        field; one that also has as many keys as the model has fields has no unknown fields, and is
        read without looking for them. A value that already has the type its checker returns (a str
        for `as_str`, an int for `as_int`; a str that `fromisoformat` reads for `as_datetime` on
        Python >= 3.11; a str for an enum, looked up among its values) skips its rule, which would
        only call that checker: the rules differ from their checker on absence and null alone. A null
        reads as its rule reads it (`_null_of`) without calling it, where the rule has a value for
        it. Any other value goes to the rule, which raises ResponseValidationError with its path.
        """
        with _compile_lock:  # one thread at a time: another's model in `_compiling` would keep its stub
            bound = _readers.get(cls)
            if bound is not None:
                return bound
            keys = [key for key, _, _ in cls._READ]
            if len(set(keys)) != len(keys):
                raise TypeError(f"{cls.__qualname__}._READ names a JSON key twice")
            _compiling.add(cls)
            try:
                rows = [(key, rule, ReadModel._direct(check)) for key, rule, check in cls._READ]
            finally:
                _compiling.discard(cls)
            return _install(cls, *_reader_source(keys, rows))

    @staticmethod
    def _direct(check: Checker[Any]) -> Checker[Any]:
        """`check`, or, when it is a model's `from_dict` not compiled yet (itself, or in `list_of` or
        `one_of`), with that model's compiled reader in its place: a page's items are then read
        without going through this class's `from_dict` first."""
        owner = getattr(check, "__self__", None)
        if getattr(check, "__func__", None) is _stub and isinstance(owner, type) and owner not in _compiling:
            return cast("type[ReadModel]", owner)._compile_reader()
        item = LIST_ITEMS.get(check)
        if item is not None and (direct := ReadModel._direct(item)) is not item:
            return list_of(direct)
        choices = CHOICES.get(check)
        if choices is not None and (alternatives := tuple(map(ReadModel._direct, choices))) != choices:
            return one_of(*alternatives)
        return check


_readers: dict[type, Callable[..., Any]] = {}
_compiling: set[type] = set()  # a model that holds itself, or a model that holds it, keeps `_stub`
_compile_lock = threading.RLock()  # reentrant: compiling a model compiles the models it holds
_stub = cast("classmethod[Any, Any, Any]", ReadModel.__dict__["from_dict"]).__func__


def _install(cls: type[ReadModel], source: str, names: dict[str, Any]) -> Callable[..., Any]:
    """Compile a model's `from_dict` and put it in place of the stub; the bound reader."""
    filename = f"<from_dict of {cls.__module__}.{cls.__qualname__}>"
    exec(compile(source, filename, "exec"), names)
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)  # for tracebacks
    reader = functools.update_wrapper(names["from_dict"], _stub)  # its docstring and signature
    type.__setattr__(cls, "from_dict", classmethod(reader))
    bound = _readers[cls] = cast("Callable[..., Any]", cls.from_dict)
    return bound


def _reader_source(keys: list[str], rows: list[Field]) -> tuple[str, dict[str, Any]]:
    """The source of a model's `from_dict`, and the names it uses."""
    names: dict[str, Any] = {
        "as_object": as_object,
        "fromisoformat": datetime.datetime.fromisoformat,
        "KNOWN": frozenset(keys),
        "KEYS": tuple(keys),
        "ABSENT": (MISSING,) * len(keys),
    }
    size = len(keys)
    values = "".join(f"v{i}, " for i in range(size))
    lines = [
        "def from_dict(cls, data, parent='', key=None):",
        "    if type(data) is not dict:",
        "        data = as_object(data, parent, key or cls.__name__)",
        "    whole = False",  # every field there, and nothing else
    ]
    if size > 1:  # itemgetter of one key gives the value, not a tuple
        names["fields_of"] = operator.itemgetter(*keys)
        lines += [
            f"    if len(data) >= {size}:",
            "        try:",
            f"            {values}= fields_of(data)",
            f"            whole = len(data) == {size}",
            "        except KeyError:",
            "            pass",
        ]
    if size == 1:
        names["KEY"] = keys[0]
        lines += ["    v0 = data.get(KEY, MISSING)", "    whole = len(data) == 1 and v0 is not MISSING"]
        names["MISSING"] = MISSING
    elif size:
        lines += ["    if not whole:", f"        {values}= map(data.get, KEYS, ABSENT)"]
    for i, row in enumerate(rows):
        lines += ["    " + line for line in _field_lines(i, *row, names)]
    lines += [
        f"    obj = cls({values})",
        "    if not whole:",
        "        obj.additional_properties = {k: v for k, v in data.items() if k not in KNOWN}",
        "    return obj",
    ]
    return "\n".join(lines) + "\n", names


def _field_lines(i: int, key: str, rule: Rule, check: Checker[Any], names: dict[str, Any]) -> list[str]:
    """The lines that read the value in `v{i}` (MISSING when the field is absent) as the field."""
    v = f"v{i}"
    names[f"rule{i}"] = _by_rule(rule, key, check)
    read = f"rule{i}({v}, parent, key, cls)"
    null = _null_of(rule)
    if null is not _UNSETTLED:  # a null the rule reads without its checker: None or UNSET
        names[f"null{i}"] = null
        other = f"null{i} if {v} is None else {read}"
    else:
        other = read
    exact = EXACT_TYPES.get(check)
    members = ENUM_MEMBERS.get(check)
    if exact is not None:
        names[f"exact{i}"] = exact
        return [f"if type({v}) is not exact{i}:", f"    {v} = {other}"]
    if check is as_datetime and NATIVE_ISO:
        parse = [
            "    try:",
            f"        {v} = fromisoformat({v})",
            "    except ValueError:",
            f"        {v} = {read}",
        ]
        return [f"if type({v}) is str:", *parse, "else:", f"    {v} = {other}"]
    if members is not None:
        names[f"members{i}"] = members.get  # a value the spec does not know stays a str
        return [f"if type({v}) is str:", f"    {v} = members{i}({v}, {v})", "else:", f"    {v} = {other}"]
    return [f"{v} = {other}"]


def _by_rule(rule: Rule, name: str, check: Checker[Any]) -> Callable[[Any, str, str | None, type], Any]:
    """A field read by its rule, in the object `from_dict(data, parent, key)` of `cls` reads."""

    def read(value: Any, parent: str, key: str | None, cls: type) -> Any:
        return rule(value, join(parent, key or cls.__name__), name, check)

    return read


class _Called(Exception):
    """A rule called its checker on null: it has no value of its own for it."""


def _probe(value: Any, parent: str, key: str) -> NoReturn:
    raise _Called


_UNSETTLED: Any = object()


def _null_of(rule: Rule) -> Any:
    """What `rule` reads a null as without calling its checker (None, UNSET); _UNSETTLED when it
    raises (a required field) or calls the checker."""
    try:
        return rule(None, "", "", _probe)
    except (ResponseValidationError, _Called):
        return _UNSETTLED
