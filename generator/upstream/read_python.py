"""Reads the Python SDK's Email Security resources and types with `ast`: nothing is imported or run.

In `cloudflare/resources/email_security/**/*.py` each method of a `SyncAPIResource` class calls
`self._post(path_template("..."), body=maybe_transform({...}, x_params.XParams), cast_to=...)` (or
`_get_api_list(..., model=X, method="delete")`): the verb, path, params class and result class come from
that call. The params classes are TypedDicts (`Required[...]`, `Optional[...]` for nullable) and the
results pydantic models, where `Optional[T] = None` stands for a field that may be absent and for one
always sent that may be null alike: so result nullability is left unknown, and so is such a field's
requiredness.
"""

from __future__ import annotations

import ast
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path, PurePosixPath

from .model import Field, Operation, doc_deprecates, in_scope

RESOURCES = "cloudflare/resources/email_security"
VERBS = {"_get": "GET", "_post": "POST", "_put": "PUT", "_patch": "PATCH", "_delete": "DELETE"}
ARRAYS = {"List", "list", "Iterable", "Sequence", "SequenceNotStr", "Tuple", "tuple", "Set", "set"}
SCALARS = {
    "str": "string",
    "int": "integer",
    "float": "number",
    "bool": "boolean",
    "datetime": "string",
    "date": "string",
}
OPAQUE = {"object", "Any", "Dict", "dict", "Mapping", "Unknown"}
MAX_DEPTH = 12


class Files:
    """The files of an unpacked wheel folder or of a .whl, read by their path inside the package."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._zip: zipfile.ZipFile | None = None
        self._names: set[str] = set()
        if root.is_file():
            self._zip = zipfile.ZipFile(root)
            self._names = set(self._zip.namelist())

    def read(self, name: str) -> str | None:
        if self._zip is not None:
            return self._zip.read(name).decode("utf-8") if name in self._names else None
        path = self.root / name
        return path.read_text(encoding="utf-8") if path.is_file() else None

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def exists(self, name: str) -> bool:
        return name in self._names if self._zip is not None else (self.root / name).is_file()

    def listing(self, folder: str) -> list[str]:
        """The files of a folder and of its subfolders (nested resources: investigate/bulk/bulk.py)."""
        prefix = folder.rstrip("/") + "/"
        if self._zip is not None:
            return sorted(n for n in self._names if n.startswith(prefix) and not n.endswith("/"))
        directory = self.root / folder
        if not directory.is_dir():
            return []
        return sorted(
            prefix + p.relative_to(directory).as_posix() for p in directory.rglob("*") if p.is_file()
        )


@dataclass
class Module:
    """A parsed module and where its imported names come from."""

    name: str  # file path inside the package: cloudflare/types/x.py
    tree: ast.Module
    imports: dict[str, tuple[str, str]]  # local name -> (module file or package folder, imported name or "")

    @cached_property
    def classes(self) -> dict[str, ast.ClassDef]:
        return {node.name: node for node in self.tree.body if isinstance(node, ast.ClassDef)}


class Package:
    """Parses modules on demand and resolves names across their relative imports."""

    def __init__(self, files: Files) -> None:
        self.files = files
        self._modules: dict[str, Module | None] = {}

    def module(self, name: str) -> Module | None:
        if name not in self._modules:
            text = self.files.read(name)
            self._modules[name] = None if text is None else self._parse(name, text)
        return self._modules[name]

    def _parse(self, name: str, text: str) -> Module:
        tree = ast.parse(text, filename=name)
        imports: dict[str, tuple[str, str]] = {}
        here = PurePosixPath(name).parent
        top = PurePosixPath(name).parts[0]
        for node in tree.body:
            if not isinstance(node, ast.ImportFrom):
                continue
            if node.level:
                base = here
                for _ in range(node.level - 1):
                    base = base.parent
                target = base.joinpath(*node.module.split(".")) if node.module else base
            elif node.module and node.module.split(".")[0] == top:
                target = PurePosixPath(*node.module.split("."))
            else:
                continue  # typing, pydantic, ...: names known by their own name
            for alias in node.names:
                local = alias.asname or alias.name
                submodule = f"{target}/{alias.name}.py"
                if self.files.exists(submodule):
                    imports[local] = (submodule, "")
                elif self.files.exists(f"{target}.py"):
                    imports[local] = (f"{target}.py", alias.name)
                else:
                    imports[local] = (f"{target}/__init__.py", alias.name)
        return Module(name, tree, imports)

    def find_class(
        self, module: Module, expression: ast.expr, depth: int = 0
    ) -> tuple[Module, ast.ClassDef] | None:
        """The class a name (`X`) or attribute (`x_params.X`) refers to, following imports."""
        if depth > MAX_DEPTH:
            return None
        if isinstance(expression, ast.Name):
            own = module.classes.get(expression.id)
            if own is not None:
                return module, own
            imported = module.imports.get(expression.id)
            if imported is None or not imported[1]:
                return None
            other = self.module(imported[0])
            if other is None:
                return None
            return self.find_class(other, ast.Name(id=imported[1]), depth + 1)
        if isinstance(expression, ast.Attribute) and isinstance(expression.value, ast.Name):
            imported = module.imports.get(expression.value.id)
            if imported is None or imported[1]:
                return None
            other = self.module(imported[0])
            if other is None:
                return None
            return self.find_class(other, ast.Name(id=expression.attr), depth + 1)
        return None


def base_names(node: ast.ClassDef) -> list[str]:
    return [ast.unparse(base) for base in node.bases]


def is_typed_dict(node: ast.ClassDef) -> bool:
    return any(name.rsplit(".", 1)[-1] == "TypedDict" for name in base_names(node))


def total(node: ast.ClassDef) -> bool:
    for keyword in node.keywords:
        if keyword.arg == "total" and isinstance(keyword.value, ast.Constant):
            return bool(keyword.value.value)
    return True


def class_fields(
    package: Package, module: Module, node: ast.ClassDef, depth: int = 0
) -> Iterator[tuple[str, ast.expr, bool, str | None, Module]]:
    """(name, annotation, has a default, docstring, module) of each annotated field, inherited ones first."""
    if depth > MAX_DEPTH:
        return
    for base in node.bases:
        found = package.find_class(module, base)
        if found is not None:
            yield from class_fields(package, found[0], found[1], depth + 1)
    body = node.body
    for index, statement in enumerate(body):
        if not isinstance(statement, ast.AnnAssign) or not isinstance(statement.target, ast.Name):
            continue
        following = body[index + 1] if index + 1 < len(body) else None
        doc = None
        if isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant):
            doc = str(following.value.value)
        name = statement.target.id
        alias = field_alias(statement)
        yield alias or name, statement.annotation, statement.value is not None, doc, module


def field_alias(statement: ast.AnnAssign) -> str | None:
    """The JSON name of a field renamed by `PropertyInfo(alias=...)` or `FieldInfo(alias=...)`."""
    candidates: list[ast.expr] = []
    if isinstance(statement.value, ast.Call):
        candidates.append(statement.value)
    annotation = statement.annotation
    if isinstance(annotation, ast.Subscript) and subscript_name(annotation) == "Annotated":
        candidates.extend(subscript_args(annotation)[1:])
    for candidate in candidates:
        if isinstance(candidate, ast.Call):
            for keyword in candidate.keywords:
                if keyword.arg == "alias" and isinstance(keyword.value, ast.Constant):
                    return str(keyword.value.value)
    return None


def subscript_name(node: ast.Subscript) -> str:
    return ast.unparse(node.value).rsplit(".", 1)[-1]


def subscript_args(node: ast.Subscript) -> list[ast.expr]:
    return list(node.slice.elts) if isinstance(node.slice, ast.Tuple) else [node.slice]


@dataclass
class Shape:
    """What an annotation says, before it becomes fields."""

    kind: str | None = None
    nullable: bool = False
    enum: tuple[str, ...] | None = None
    required: bool | None = None  # Required[...] / NotRequired[...]
    item: ast.expr | None = None
    model: tuple[Module, ast.ClassDef] | None = None


def shape(package: Package, module: Module, annotation: ast.expr) -> Shape:
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        return shape(package, module, ast.parse(annotation.value, mode="eval").body)
    if isinstance(annotation, ast.Constant) and annotation.value is None:
        return Shape(nullable=True)
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        return union(package, module, [annotation.left, annotation.right])
    if isinstance(annotation, ast.Subscript):
        name = subscript_name(annotation)
        args = subscript_args(annotation)
        if name in ("Required", "NotRequired"):
            inner = shape(package, module, args[0])
            inner.required = name == "Required"
            return inner
        if name == "Annotated":
            return shape(package, module, args[0])
        if name == "Optional":
            inner = shape(package, module, args[0])
            inner.nullable = True
            return inner
        if name == "Union":
            return union(package, module, args)
        if name == "Literal":
            values = [arg.value for arg in args if isinstance(arg, ast.Constant)]
            kind = "string" if all(isinstance(value, str) for value in values) else None
            return Shape(kind=kind, enum=tuple(str(value) for value in values))
        if name in ARRAYS:
            return Shape(kind="array", item=args[0])
        if name in OPAQUE:
            return Shape(kind="object")
        return Shape()
    if isinstance(annotation, (ast.Name, ast.Attribute)):
        name = ast.unparse(annotation).rsplit(".", 1)[-1]
        if name in SCALARS:
            return Shape(kind=SCALARS[name])
        if name == "None":
            return Shape(nullable=True)
        if name in OPAQUE:
            return Shape(kind="object")
        found = package.find_class(module, annotation)
        if found is not None:
            return Shape(kind="object", model=found)
    return Shape()


def union(package: Package, module: Module, members: list[ast.expr]) -> Shape:
    shapes = [shape(package, module, member) for member in members]
    nullable = any(s.nullable for s in shapes)
    solid = [s for s in shapes if s.kind is not None or s.enum is not None]
    if len(solid) == 1:
        out = solid[0]
        out.nullable = out.nullable or nullable
        return out
    if solid and all(s.enum is not None for s in solid):
        values = tuple(value for s in solid for value in (s.enum or ()))
        return Shape(kind=solid[0].kind, nullable=nullable, enum=values)
    plain = all(s.enum is None and s.item is None and s.model is None for s in solid)
    if solid and plain and len({s.kind for s in solid}) == 1:  # `Union[str, datetime]`: a string
        return Shape(kind=solid[0].kind, nullable=nullable)
    return Shape(nullable=nullable)


def add_field(
    package: Package,
    module: Module,
    annotation: ast.expr,
    path: str,
    required: bool | None,
    nullable_known: bool,
    deprecated: bool | None,
    out: dict[str, Field],
    depth: int = 0,
) -> None:
    found = shape(package, module, annotation)
    out[path] = Field(
        type=found.kind,
        required=required if found.required is None else found.required,
        nullable=found.nullable if nullable_known else None,
        enum=found.enum,
        deprecated=deprecated,
        file=module.name,
    )
    if depth > MAX_DEPTH:
        return
    if found.item is not None:
        add_field(package, module, found.item, f"{path}[]", None, True, None, out, depth + 1)
    elif found.model is not None:
        add_model(package, found.model, path, out, depth + 1)


def add_model(
    package: Package, model: tuple[Module, ast.ClassDef], path: str, out: dict[str, Field], depth: int = 0
) -> None:
    """The fields of a TypedDict (request) or pydantic model (response) under `path`."""
    module, node = model
    typed_dict = is_typed_dict(node)
    default_required = total(node) if typed_dict else True
    for name, annotation, has_default, doc, declared_in in class_fields(package, module, node):
        required: bool | None = default_required if typed_dict else not has_default
        # A pydantic field `Optional[T] = None` is how the SDK writes both "may be absent" and "always
        # there, may be null" (TypeScript's `x?: T` and `x: T | null`): neither fact is known.
        ambiguous = not typed_dict and has_default and shape(package, declared_in, annotation).nullable
        if ambiguous:
            required = None
        add_field(
            package,
            declared_in,
            annotation,
            f"{path}.{name}",
            required,
            typed_dict or not has_default,
            doc_deprecates(doc),
            out,
            depth,
        )


@dataclass
class Call:
    """The request a resource method makes."""

    verb: str
    path: str
    body_keys: list[str] | None
    body_params: ast.expr | None
    query_keys: list[str] | None
    query_params: ast.expr | None
    has_body: bool
    result: ast.expr | None
    is_list: bool
    page: ast.expr | None


def transform_target(value: ast.expr) -> tuple[list[str] | None, ast.expr | None]:
    """`maybe_transform({"a": a}, x_params.XParams)` -> (["a"], x_params.XParams)."""
    if isinstance(value, ast.Await):
        value = value.value
    if isinstance(value, ast.Call) and len(value.args) >= 2:
        data, params = value.args[0], value.args[1]
        keys = None
        if isinstance(data, ast.Dict):
            keys = [str(k.value) for k in data.keys if isinstance(k, ast.Constant)]
        return keys, params
    return None, None


def path_string(node: ast.expr) -> str | None:
    """The template of `path_template("/accounts/{account_id}/...", ...)` or of an f-string."""
    if isinstance(node, ast.Call) and node.args:
        node = node.args[0]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts: list[str] = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            elif isinstance(value, ast.FormattedValue):
                parts.append("{" + ast.unparse(value.value) + "}")
        return "".join(parts)
    return None


def result_class(node: ast.expr) -> ast.expr:
    """`cast(Type[Optional[X]], ResultWrapper[X])` or `ResultWrapper[X]` -> X."""
    if isinstance(node, ast.Call) and ast.unparse(node.func) == "cast" and len(node.args) == 2:
        node = node.args[1]
    while isinstance(node, ast.Subscript) and subscript_name(node) in ("ResultWrapper", "Optional", "Type"):
        node = subscript_args(node)[0]
    return node


def find_call(function: ast.FunctionDef) -> Call | None:
    for node in ast.walk(function):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self"):
            continue
        attr = node.func.attr
        if attr not in VERBS and attr != "_get_api_list":
            continue
        template = path_string(node.args[0]) if node.args else None
        if template is None:
            continue
        keywords = {keyword.arg: keyword.value for keyword in node.keywords if keyword.arg}
        verb = VERBS.get(attr, "GET")
        method = keywords.get("method")
        if attr == "_get_api_list" and isinstance(method, ast.Constant):
            verb = str(method.value).upper()
        body_keys, body_params = transform_target(keywords["body"]) if "body" in keywords else (None, None)
        query_keys: list[str] | None = None
        query_params: ast.expr | None = None
        options = keywords.get("options")
        if isinstance(options, ast.Call):
            for keyword in options.keywords:
                if keyword.arg == "query":
                    query_keys, query_params = transform_target(keyword.value)
        result: ast.expr | None = None
        is_list = attr == "_get_api_list"
        if is_list and "model" in keywords:
            result = keywords["model"]
        elif "cast_to" in keywords:
            result = result_class(keywords["cast_to"])
        page = keywords.get("page")
        if isinstance(page, ast.Subscript):
            page = page.value
        return Call(
            verb,
            template,
            body_keys,
            body_params,
            query_keys,
            query_params,
            "body" in keywords,
            result,
            is_list,
            page,
        )
    return None


def is_deprecated(function: ast.FunctionDef) -> bool:
    for decorator in function.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if ast.unparse(target).rsplit(".", 1)[-1] == "deprecated":
            return True
    return False


def params_fields(
    package: Package,
    module: Module,
    params: ast.expr | None,
    keys: list[str] | None,
    skip: set[str],
    prefix: str,
) -> tuple[dict[str, Field], str]:
    out: dict[str, Field] = {}
    found = package.find_class(module, params) if params is not None else None
    if found is None:
        return out, module.name
    scratch: dict[str, Field] = {}
    add_model(package, found, "", scratch)
    for path, value in scratch.items():
        top = path[1:].split(".", 1)[0].split("[", 1)[0]
        if top in skip or (keys is not None and top not in keys):
            continue
        out[prefix + path[1:]] = value
    return out, found[0].name


def read_method(package: Package, module: Module, function: ast.FunctionDef) -> Operation | None:
    call = find_call(function)
    if call is None or not in_scope(call.path):
        return None
    holes = set()
    rest = call.path
    while "{" in rest:
        _, _, after = rest.partition("{")
        hole, _, rest = after.partition("}")
        holes.add(hole)
    files: dict[str, str] = {}
    query, files["query"] = params_fields(package, module, call.query_params, call.query_keys, holes, "")
    body: dict[str, Field] = {}
    if call.has_body:
        fields, files["body"] = params_fields(
            package, module, call.body_params, call.body_keys, holes, "body."
        )
        body = {"body": Field(type="object", file=files["body"]), **fields}
    result: dict[str, Field] = {}
    envelope: dict[str, Field] = {}
    found = package.find_class(module, call.result) if call.result is not None else None
    files["result"] = found[0].name if found else module.name
    if found is not None:
        if call.is_list:
            result["result"] = Field(type="array", file=found[0].name)
            result["result[]"] = Field(type="object", file=found[0].name)
            add_model(package, found, "result[]", result)
        else:
            result["result"] = Field(type="object", file=found[0].name)
            add_model(package, found, "result", result)
    elif call.result is not None:  # not a model: `object` (untyped), `str`, ...
        if call.is_list:
            result["result"] = Field(type="array", file=module.name)
        add_field(
            package, module, call.result, "result[]" if call.is_list else "result", None, False, None, result
        )
    if call.page is not None:
        page = package.find_class(module, call.page)
        if page is not None:
            for name, _annotation, has_default, _doc, declared_in in class_fields(package, page[0], page[1]):
                if name == "result_info":
                    envelope[name] = Field(required=not has_default, file=declared_in.name)
    resource = resource_name(module.name)
    return Operation(
        method=call.verb,
        path=call.path,
        file=module.name,
        name=f"{resource}.{function.name}",
        deprecated=is_deprecated(function),
        query=query,
        body=body,
        result=result,
        envelope=envelope,
        files=files,
    )


def resource_name(module: str) -> str:
    """`.../email_security/settings/domains.py` -> `settings.domains`.

    A resource with children lives in a module named as its package (`investigate/bulk/bulk.py`),
    which names it once: `investigate.bulk`.
    """
    path = PurePosixPath(module).with_suffix("")
    parts = list(path.relative_to(RESOURCES).parts if path.is_relative_to(RESOURCES) else [path.name])
    if len(parts) > 1 and parts[-1] == parts[-2]:
        parts.pop()
    return ".".join(parts)


def read_operations(root: Path, folder: str = RESOURCES) -> list[Operation]:
    """The Email Security operations of the sync resource classes (the async ones mirror them)."""
    files = Files(root)
    package = Package(files)
    operations: list[Operation] = []
    try:
        for name in files.listing(folder):
            module = package.module(name) if name.endswith(".py") else None
            if module is None:
                continue
            for node in module.tree.body:
                if not isinstance(node, ast.ClassDef) or "SyncAPIResource" not in base_names(node):
                    continue
                for function in node.body:
                    if isinstance(function, ast.FunctionDef):
                        operation = read_method(package, module, function)
                        if operation is not None:
                            operations.append(operation)
    finally:
        files.close()
    return operations
