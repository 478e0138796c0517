"""How a name in the spec becomes a name in Python: the one rule for each kind of name.

An argument or attribute takes openapi-python-client's Python name of its spec name: snake_case, `_`
appended to a keyword, a builtin or `self` (`type_`, `self_`), `field_` prepended where the name
cannot start one. So it never starts with `_`: the generated code names its own locals and helpers
with a leading `_` (`_ops`, `_account`, `_check`), and no argument can hide them or be hidden by them.
`check_argument_names` holds the generator to that.
"""

from __future__ import annotations

import keyword
from collections.abc import Iterable
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier


def text(value: Any) -> str:
    """The plain text of a generator string (the generator wraps spec text in UntrustedString)."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


def pascal(name: str) -> str:
    """The class name of a schema or a tag: `allow_policies` -> `AllowPolicies`."""
    return str(ClassName(name, ""))


def module_of(class_name: str) -> str:
    """The module a class is generated in, as openapi-python-client names it: `AllowPolicy` ->
    `allow_policy`, `Widget2` -> `widget_2`."""
    return str(PythonIdentifier(class_name, ""))


def python_name(name: str, prefix: str = "") -> str:
    """A spec name as a Python identifier, the way openapi-python-client names properties."""
    return str(PythonIdentifier(name, prefix))


def method_of(operation: dict[str, Any]) -> str:
    """The client method of an operation: its `x-sdk-method`, else the operationId without its prefix."""
    return str(operation.get("x-sdk-method") or operation["operationId"].removeprefix("email_security_"))


def check_argument_names(operation_id: str, names: Iterable[str]) -> None:
    """Refuse an argument name the generated bodies could confuse with their own names (see above)."""
    bad = [
        name
        for name in names
        if not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_") or name == "self"
    ]
    if bad:
        raise ValueError(
            f"{operation_id}: arguments {bad} would clash with the generated code's own names "
            "(Python names of spec names never start with `_` and are never `self`)"
        )


def docstring_text(text: str | None) -> str:
    """Spec text made safe inside a triple-quoted docstring."""
    plain = (
        (text or "")
        .replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
    )
    return plain.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()


def import_lines(modules: dict[str, str], names: Iterable[str], package: str) -> list[str]:
    """`from <package><module> import <name>` for each name, e.g. package "...models." or "."."""
    return [f"from {package}{modules[name]} import {name}" for name in sorted(names)]
