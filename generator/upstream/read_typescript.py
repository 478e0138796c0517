"""Reads the TypeScript SDK's Email Security resources: node parses them (read_ts.mjs), this interprets them.

A method of a resource class is an operation: `this._client.post(path\\`...\\`)` gives the verb and
path, `const { account_id, ...body } = params` says which members of the params interface go into the
body (or the query), and the declared return type (`APIPromise<X>`, `PagePromise<Page, X>` for lists)
names the result. TypeScript is the one source that tells optional (`x?:`) from nullable (`| null`).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any

from .model import Field, Operation, doc_deprecates, in_scope, snake_case

SCRIPT = Path(__file__).with_name("read_ts.mjs")
FOLDER = "src/resources/email-security"
ARRAY_TYPES = {"Array", "ReadonlyArray"}
OPAQUE_TYPES = {"Record", "Object", "Core.Uploadable", "Uploadable"}
MAX_DEPTH = 12

TypeTree = dict[str, Any]


class TypeScriptUnavailable(RuntimeError):
    """node or the typescript package is missing: the caller says how to install it."""


def run_parser(package_root: Path, typescript: Path, folder: str = FOLDER) -> dict[str, Any]:
    """What read_ts.mjs prints for the folder, parsed."""
    node = shutil.which("node")
    if node is None:
        raise TypeScriptUnavailable("node is not on PATH; it reads the TypeScript SDK (node 18 or later)")
    if not (typescript / "package.json").is_file():
        raise TypeScriptUnavailable(
            f"the typescript package is not installed at {typescript}; `make upstream-diff` installs it"
        )
    if not (package_root / folder).is_dir():
        raise ValueError(f"{package_root} has no {folder}/: the npm package must ship its TypeScript sources")
    completed = subprocess.run(
        [node, str(SCRIPT), str(typescript), str(package_root), folder],
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"reading the TypeScript sources failed:\n{completed.stderr.strip()}")
    parsed: dict[str, Any] = json.loads(completed.stdout)
    return parsed


class FileTypes:
    """The declarations of one .ts file, with TypeScript's lookup through enclosing namespaces."""

    def __init__(self, file: str, declared: dict[str, Any]) -> None:
        self.file = file
        self.types: dict[str, Any] = dict(declared.get("types", {}))
        self.types.update(declared.get("external", {}))

    def find(self, name: str, scope: str) -> tuple[str, Any] | None:
        """A name as TypeScript looks it up from inside `scope`, through the enclosing namespaces.

        `Patch.Authorization` used in `DomainBatchResponse.Patch` is
        `DomainBatchResponse.Patch.Authorization`.
        """
        parts = scope.split(".")[:-1] if scope else []
        while True:
            candidate = ".".join([*parts, name])
            if candidate in self.types:
                return candidate, self.types[candidate]
            if not parts:
                return None
            parts.pop()

    def members(self, name: str, depth: int = 0) -> list[tuple[dict[str, Any], str]]:
        """The members of an interface (its parents' first), each with the name of its declaring scope."""
        found = self.find(name, "")
        if found is None or depth > MAX_DEPTH:
            return []
        full, declared = found
        if declared.get("kind") == "alias":
            target = declared["type"]
            return self.members(target["name"], depth + 1) if target.get("k") == "ref" else []
        out: list[tuple[dict[str, Any], str]] = []
        for parent in declared.get("extends", []):
            resolved = self.find(parent["name"], full)
            if resolved is not None:
                out.extend(self.members(resolved[0], depth + 1))
        out.extend((member, full) for member in declared.get("members", []) if "name" in member)
        return out


def member_field(
    types: FileTypes,
    tree: TypeTree,
    scope: str,
    path: str,
    required: bool | None,
    deprecated: bool | None,
    out: dict[str, Field],
    depth: int = 0,
) -> None:
    """Adds the field at `path` with what its type says, and the fields below it."""
    variants = tree["types"] if tree.get("k") == "union" else [tree]
    # `unknown` (or `any`) may be null or anything else: whether it is nullable is not said.
    nullable: bool | None = any(variant.get("k") == "null" for variant in variants)
    if any(variant.get("k") == "unknown" for variant in variants):
        nullable = None
    rest = [variant for variant in variants if variant.get("k") not in ("null", "undefined")]
    literals = [variant for variant in rest if variant.get("k") == "lit"]
    kind: str | None = None
    enum: tuple[str, ...] | None = None
    child: TypeTree | None = None
    object_name: str | None = None
    inline: list[dict[str, Any]] | None = None
    if rest and len(literals) == len(rest):
        values = [variant["v"] for variant in literals]
        kind = "string" if all(isinstance(value, str) for value in values) else None
        enum = tuple(str(value) for value in values)
    elif len(rest) == 1:
        single = rest[0]
        k = single.get("k")
        if k in ("string", "number", "boolean"):
            kind = str(k)
        elif k == "array":
            kind, child = "array", single["of"]
        elif k == "object":
            kind, inline = "object", single.get("members", [])
        elif k == "ref":
            name = single["name"]
            if name in ARRAY_TYPES and single.get("args"):
                kind, child = "array", single["args"][0]
            elif name not in OPAQUE_TYPES:
                found = types.find(name, scope)
                if found is not None and found[1].get("kind") == "alias":
                    member_field(
                        types, found[1]["type"], found[0], path, required, deprecated, out, depth + 1
                    )
                    if nullable:
                        out[path] = replace(out[path], nullable=True)
                    return
                if found is not None:
                    kind, object_name = "object", found[0]
            else:
                kind = "object"
    out[path] = Field(
        type=kind, required=required, nullable=nullable, enum=enum, deprecated=deprecated, file=types.file
    )
    if depth > MAX_DEPTH:
        return
    if child is not None:
        member_field(types, child, scope, f"{path}[]", None, None, out, depth + 1)
    elif object_name is not None:
        for member, declared_in in types.members(object_name):
            add_member(types, member, declared_in, path, out, depth + 1)
    elif inline is not None:
        for member in inline:
            if "name" in member:
                add_member(types, member, scope, path, out, depth + 1)


def add_member(
    types: FileTypes, member: dict[str, Any], scope: str, parent: str, out: dict[str, Field], depth: int
) -> None:
    member_field(
        types,
        member["type"],
        scope,
        f"{parent}.{member['name']}",
        not member["optional"],
        member_deprecated(member),
        out,
        depth,
    )


def member_deprecated(member: dict[str, Any]) -> bool:
    """`@deprecated`, or a doc comment that says it in words ("Query param: Deprecated, use ...")."""
    return bool(member.get("deprecated")) or doc_deprecates(member.get("doc"))


def unwrap_result(tree: TypeTree) -> tuple[TypeTree | None, bool]:
    """The result type of `APIPromise<X>` (X) or `PagePromise<Page, X>` (a list of X)."""
    if tree.get("k") != "ref":
        return None, False
    args = tree.get("args") or []
    if tree["name"] == "APIPromise" and args:
        return args[0], False
    if tree["name"] == "PagePromise" and len(args) >= 2:
        return args[1], True
    return None, False


def resource_name(file: str) -> str:
    """`.../email-security/settings/block-senders.ts` -> `settings.block_senders`.

    A resource with children lives in a file named as its folder (`investigate/bulk/bulk.ts`), which
    names it once: `investigate.bulk`.
    """
    path = PurePosixPath(file).with_suffix("")
    parts = list(path.relative_to(FOLDER).parts if path.is_relative_to(FOLDER) else [path.name])
    if len(parts) > 1 and parts[-1] == parts[-2]:
        parts.pop()
    return ".".join(part.replace("-", "_") for part in parts)


def read_method(types: FileTypes, file: str, method: dict[str, Any]) -> Operation | None:
    call = method.get("call")
    if not call or not call.get("path"):
        return None
    verb = call["verb"]
    if verb == "getAPIList":
        verb = call.get("options", {}).get("method", "get")
    template = call["path"]["template"]
    for hole in call["path"]["params"]:
        template = template.replace("{" + hole + "}", "{" + snake_case(hole) + "}")
    if not in_scope(template):
        return None
    holes = {snake_case(hole) for hole in call["path"]["params"]}
    destructured = method.get("destructuring") or {}
    picked = set(destructured.get("picked", [])) | holes
    rest = destructured.get("rest")
    params_type: str | None = None
    for parameter in method.get("parameters", []):
        tree = parameter.get("type", {})
        # `params: XParams` or, where every member is optional, `params: XParams | null | undefined = {}`.
        variants = tree.get("types", []) if tree.get("k") == "union" else [tree]
        named = [variant["name"] for variant in variants if variant.get("k") == "ref"]
        if parameter["name"] == destructured.get("from") and named:
            params_type = named[0]
    query: dict[str, Field] = {}
    body: dict[str, Field] = {}
    if rest in ("body", "query") and params_type is not None:
        target = body if rest == "body" else query
        prefix = "body." if rest == "body" else ""
        if rest == "body":
            body["body"] = Field(type="object", file=file)
        for member, scope in types.members(params_type):
            if member["name"] not in picked:
                member_field(
                    types,
                    member["type"],
                    scope,
                    prefix + member["name"],
                    not member["optional"],
                    member_deprecated(member),
                    target,
                )
    result: dict[str, Field] = {}
    returned, is_list = unwrap_result(method.get("returns", {}))
    if returned is not None:
        if is_list:
            result["result"] = Field(type="array", file=file)
            member_field(types, returned, "", "result[]", None, None, result)
        else:
            member_field(types, returned, "", "result", None, None, result)
    return Operation(
        method=verb.upper(),
        path=template,
        file=file,
        name=f"{resource_name(file)}.{snake_case(method['name'])}",
        deprecated=bool(method.get("deprecated")),
        query=query,
        body=body,
        result=result,
        files={"query": file, "body": file, "result": file},
    )


def read_operations(parsed: dict[str, Any]) -> list[Operation]:
    """The Email Security operations of every resource class read by read_ts.mjs."""
    operations: list[Operation] = []
    for file, declared in sorted(parsed.get("files", {}).items()):
        types = FileTypes(file, declared)
        for declared_class in declared.get("classes", []):
            for method in declared_class.get("methods", []):
                operation = read_method(types, file, method)
                if operation is not None:
                    operations.append(operation)
    return dedupe(operations)


def dedupe(operations: list[Operation]) -> list[Operation]:
    """One operation per method and path: a subclass that overrides a method would declare it twice."""
    seen: set[tuple[str, str]] = set()
    out: list[Operation] = []
    for operation in operations:
        if operation.match_key not in seen:
            seen.add(operation.match_key)
            out.append(operation)
    return out
