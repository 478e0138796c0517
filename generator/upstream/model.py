"""What every reader produces: operations with flattened fields, so one comparison serves all sources.

A field is named by its path from the part of the request or response it lives in: `status` (a query
filter), `body.puts[].lookback_hops` (a body field inside an array's items), `result.authorization`
(a result field). Facts a source cannot state are None, and are then not compared.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SCOPE_PREFIX = "/accounts/{}/email-security/"


@dataclass(frozen=True)
class Field:
    """What one source says about one field; None means the source cannot tell."""

    type: str | None = None  # string, integer, number, boolean, array, object; None: unknown
    required: bool | None = None
    nullable: bool | None = None
    enum: tuple[str, ...] | None = None
    deprecated: bool | None = None
    file: str = ""


@dataclass
class Operation:
    """One HTTP operation as one source declares it."""

    method: str  # upper case
    path: str  # the path template with the source's parameter names, snake_case
    file: str
    name: str = ""  # the source's own name for it: "domains.list"
    deprecated: bool | None = None
    query: dict[str, Field] | None = None  # None: the source cannot tell
    body: dict[str, Field] | None = None  # "body" is the root; None: the source cannot tell
    result: dict[str, Field] | None = None  # "result" is the root
    envelope: dict[str, Field] = field(default_factory=dict)  # result / result_info beside the result
    files: dict[str, str] = field(default_factory=dict)  # part (query, body, result) -> declaring file

    @property
    def path_params(self) -> tuple[str, ...]:
        return path_params(self.path)

    @property
    def match_key(self) -> tuple[str, str]:
        return self.method, normalised_path(self.path)


@dataclass
class Source:
    """The operations one upstream source declares, with where they came from."""

    kind: str  # npm, pypi, openapi
    label: str  # "npm cloudflare@7.3.0"
    operations: list[Operation]
    where: str = ""  # the folder or file read, named when an operation is missing from it
    integers_known: bool = True  # TypeScript has only `number`


def path_params(template: str) -> tuple[str, ...]:
    """The `{name}` holes of a path template, in order (the template is an already-parsed string)."""
    names: list[str] = []
    rest = template
    while "{" in rest:
        _, _, after = rest.partition("{")
        name, _, rest = after.partition("}")
        names.append(name)
    return tuple(names)


def normalised_path(template: str) -> str:
    """The template with every parameter name dropped, so that sources naming them differently match."""
    out: list[str] = []
    rest = template.rstrip("/")
    while "{" in rest:
        before, _, after = rest.partition("{")
        _, _, rest = after.partition("}")
        out.append(before + "{}")
    out.append(rest)
    return "".join(out)


def in_scope(template: str) -> bool:
    """Whether a path is one of the Email Security operations this tool compares."""
    return normalised_path(template).startswith(SCOPE_PREFIX)


def snake_case(name: str) -> str:
    """`domainID` -> `domain_id`, `sendingDomainRestrictionID` -> `sending_domain_restriction_id`."""
    out: list[str] = []
    for index, char in enumerate(name):
        previous = name[index - 1] if index else ""
        following = name[index + 1] if index + 1 < len(name) else ""
        if (
            char.isupper()
            and index
            and (previous.islower() or previous.isdigit() or (previous.isupper() and following.islower()))
        ):
            out.append("_")
        out.append(char.lower())
    return "".join(out)


def doc_deprecates(doc: str | None) -> bool:
    """Whether a field's doc text deprecates it where no marker does.

    The SDKs say it in words too: "Deprecated: use cursor pagination instead", "Query param: Deprecated,
    use `start` instead", "Nonfunctional field. End of life: December 1, 2026.".
    """
    text = (doc or "").strip().lower()
    for prefix in ("query param:", "body param:", "path param:"):
        text = text.removeprefix(prefix).lstrip()
    return text.startswith("deprecated") or "end of life" in text
