"""Method signatures as a package's source states them, read with `ast`: nothing is imported.

The reference pages show each method as the code has it. Reading the source rather than importing it
means generation works while the overlay is mid-change, and gives the same text wherever it runs.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, replace
from pathlib import Path


@dataclass(frozen=True)
class Param:
    name: str
    annotation: str
    default: str  # as written, "" when the parameter is required
    kind: str  # "positional", "keyword", "*" or "**"

    @property
    def text(self) -> str:
        star = self.kind if self.kind in ("*", "**") else ""
        text = star + self.name + (f": {self.annotation}" if self.annotation else "")
        return text + (f" = {self.default}" if self.default else "")


@dataclass(frozen=True)
class Signature:
    name: str
    params: tuple[Param, ...]  # without self
    returns: str
    doc: str  # the docstring, "" when there is none
    is_async: bool

    @property
    def lines(self) -> list[str]:
        """The parameters one a line, with `*,` where the keyword-only ones start."""
        lines = []
        for index, param in enumerate(self.params):
            if param.kind == "keyword" and (index == 0 or self.params[index - 1].kind == "positional"):
                lines.append("*,")
            lines.append(param.text + ",")
        return lines

    @property
    def words(self) -> set[str]:
        """The names its annotations use."""
        return set(re.findall(r"\w+", " ".join([*(p.annotation for p in self.params), self.returns])))

    def bound(self, types: dict[str, str]) -> Signature:
        """The signature with type variables replaced by what they stand for."""
        if not types:
            return self
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(types))) + r")\b")

        def sub(text: str) -> str:
            return pattern.sub(lambda match: types[match.group(1)], text)

        params = tuple(replace(p, annotation=sub(p.annotation)) for p in self.params)
        return replace(self, params=params, returns=sub(self.returns))


@dataclass(eq=False)
class ClassSource:
    name: str
    bases: list[ast.expr]  # unevaluated
    methods: dict[str, Signature]
    module: ModuleSource


@dataclass(eq=False)
class ModuleSource:
    path: Path
    doc: str
    classes: dict[str, ClassSource]
    imported: dict[str, Path]  # a name imported from a module of the same tree -> that module's path
    type_variables: set[str]  # the names it assigns a TypeVar to


def annotation_text(node: ast.expr | None) -> str:
    """An annotation as written; a quoted one (a forward reference) without its quotes."""
    if node is None:
        return ""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return ast.unparse(node)


def segment(lines: list[str], node: ast.expr) -> str:
    """The source text of `node`, as ast.get_source_segment gives it, from lines split once per module
    (get_source_segment splits the whole module again on every call)."""
    end_lineno, end_col = node.end_lineno, node.end_col_offset
    if end_lineno is None or end_col is None:
        return ast.unparse(node)
    rows = [line.encode() for line in lines[node.lineno - 1 : end_lineno]]
    if len(rows) == 1:
        return rows[0][node.col_offset : end_col].decode()
    rows[0], rows[-1] = rows[0][node.col_offset :], rows[-1][:end_col]
    return b"".join(rows).decode()


def signature_of(function: ast.FunctionDef | ast.AsyncFunctionDef, lines: list[str]) -> Signature:
    args = function.args

    def param(arg: ast.arg, default: ast.expr | None, kind: str) -> Param:
        written = "" if default is None else segment(lines, default)
        return Param(arg.arg, annotation_text(arg.annotation), written, kind)

    positional = args.posonlyargs + args.args
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults))
    defaults += args.defaults
    params = [param(a, d, "positional") for a, d in zip(positional, defaults, strict=True)]
    if params and params[0].name in ("self", "cls"):
        params = params[1:]
    if args.vararg:
        params.append(param(args.vararg, None, "*"))
    params += [param(a, d, "keyword") for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)]
    if args.kwarg:
        params.append(param(args.kwarg, None, "**"))
    return Signature(
        name=function.name,
        params=tuple(params),
        returns=annotation_text(function.returns),
        doc=ast.get_docstring(function) or "",
        is_async=isinstance(function, ast.AsyncFunctionDef),
    )


def makes_type_variables(value: ast.expr) -> bool:
    calls = value.elts if isinstance(value, ast.Tuple) else [value]
    return bool(calls) and all(isinstance(c, ast.Call) and "TypeVar" in ast.unparse(c.func) for c in calls)


def is_overload(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(ast.unparse(decorator).endswith("overload") for decorator in function.decorator_list)


class SourceTree:
    """The modules of a package tree, each read once, on demand; relative imports are followed, and
    absolute ones of the packages `roots` maps to their directories (`cf_email_security` -> overlays/...)."""

    def __init__(self, roots: dict[str, Path] | None = None) -> None:
        self._modules: dict[Path, ModuleSource] = {}
        self.roots = roots or {}

    def module(self, path: Path) -> ModuleSource:
        if path not in self._modules:
            self._modules[path] = self._read(path)
        return self._modules[path]

    @property
    def type_variables(self) -> set[str]:
        """The type variables of every module read so far."""
        return set().union(*(module.type_variables for module in self._modules.values()))

    def _read(self, path: Path) -> ModuleSource:
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        lines = source.splitlines(keepends=True)
        module = ModuleSource(path, ast.get_docstring(tree) or "", {}, {}, set())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level:
                home = self._relative(path, node.level, node.module or "")
                module.imported.update({alias.asname or alias.name: home for alias in node.names})
            elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in self.roots:
                root, *rest = (node.module or "").split(".")
                home = self._module_path(self.roots[root].joinpath(*rest))
                module.imported.update({alias.asname or alias.name: home for alias in node.names})
            elif isinstance(node, ast.Assign) and makes_type_variables(node.value):
                for target in node.targets:
                    names = target.elts if isinstance(target, ast.Tuple) else [target]
                    module.type_variables |= {name.id for name in names if isinstance(name, ast.Name)}
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                methods = {
                    item.name: signature_of(item, lines)
                    for item in node.body
                    if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) and not is_overload(item)
                }
                module.classes[node.name] = ClassSource(node.name, node.bases, methods, module)
        return module

    @staticmethod
    def _relative(path: Path, level: int, name: str) -> Path:
        base = path.parents[level - 1].joinpath(*name.split(".")) if name else path.parents[level - 1]
        return SourceTree._module_path(base)

    @staticmethod
    def _module_path(base: Path) -> Path:
        return base / "__init__.py" if base.is_dir() else base.with_suffix(".py")

    def resolve(self, module: ModuleSource, base: ast.expr) -> tuple[ClassSource | None, list[str]]:
        """The class a base-class expression names, if this tree defines it, and its type arguments."""
        arguments: list[str] = []
        if isinstance(base, ast.Subscript):
            items = base.slice.elts if isinstance(base.slice, ast.Tuple) else [base.slice]
            arguments = [annotation_text(item) for item in items]
            base = base.value
        if not isinstance(base, ast.Name):
            return None, arguments  # `generated.AllowPolicies`: another package's
        if base.id in module.classes:
            return module.classes[base.id], arguments
        path = module.imported.get(base.id)
        if path is None or not path.is_file():
            return None, arguments
        return self.module(path).classes.get(base.id), arguments

    def linearized(self, cls: ClassSource) -> list[ClassSource]:
        """The class and those of its bases this tree defines, in method resolution order (C3)."""
        bases = [found for found, _ in (self.resolve(cls.module, base) for base in cls.bases) if found]
        sequences = [self.linearized(base) for base in bases] + [bases]
        order = [cls]
        while sequences := [sequence for sequence in sequences if sequence]:
            head = next(s[0] for s in sequences if not any(s[0] in other[1:] for other in sequences))
            order.append(head)
            sequences = [[c for c in sequence if c is not head] for sequence in sequences]
        return order

    def type_parameters(self, cls: ClassSource) -> list[str]:
        """A generic class's type variables in order: those of `Generic[...]`, else of its bases."""
        found: list[str] = []
        for base in cls.bases:
            if not isinstance(base, ast.Subscript):
                continue
            names = re.findall(r"\w+", annotation_text(base.slice))
            if ast.unparse(base.value) == "Generic":
                return names
            found += [name for name in names if name in cls.module.type_variables and name not in found]
        return found

    def public_methods(self, cls: ClassSource) -> tuple[dict[str, Signature], dict[str, str]]:
        """The public methods of the class and its bases in this tree (the first in the MRO wins), and
        what its subscripted bases bind: `SyncApply["X"]` binds SyncApply's type variable to X."""
        methods: dict[str, Signature] = {}
        for each in self.linearized(cls):
            for name, signature in each.methods.items():
                if not name.startswith("_"):
                    methods.setdefault(name, signature)
        bound: dict[str, str] = {}
        for base in cls.bases:
            found, arguments = self.resolve(cls.module, base)
            if found and arguments:
                bound.update(zip(self.type_parameters(found), arguments, strict=False))
        return methods, bound
