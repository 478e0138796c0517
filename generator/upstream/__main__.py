"""`python -m generator.upstream`: compares the official SDKs (and an OpenAPI document) with the spec.

Exit status: 0 when every difference is explained by the declared-differences file and no entry of it
is stale; 1 when a difference is not explained or an entry is stale; 2 when a source could not be read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import read_openapi, read_python, read_typescript
from .compare import Difference, compare
from .declared import DeclaredError, judge, load
from .fetch import FetchError, Package, npm_from_path, npm_from_registry, pypi_from_path, pypi_from_registry
from .model import Source
from .report import Run, as_json, text

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SPEC = REPO / "spec" / "email-security-settings.yaml"
DEFAULT_DECLARED = REPO / "spec" / "upstream-differences.yaml"
DEFAULT_CACHE = REPO / ".venv" / "upstream-cache"
DEFAULT_TYPESCRIPT = REPO / ".venv" / "node" / "node_modules" / "typescript"


def parser() -> argparse.ArgumentParser:
    parse = argparse.ArgumentParser(
        prog="make upstream-diff",
        description=(
            "Compare the Email Security operations of the official Cloudflare SDKs (the newest "
            "npm and PyPI `cloudflare` packages, or local copies) and, if given, a published OpenAPI "
            "document with the spec. Fails on a difference the declared-differences file does not explain."
        ),
    )
    parse.add_argument(
        "--spec",
        type=Path,
        default=DEFAULT_SPEC,
        help="the spec (default: spec/email-security-settings.yaml)",
    )
    parse.add_argument(
        "--declared",
        type=Path,
        default=DEFAULT_DECLARED,
        help="the declared differences (default: spec/upstream-differences.yaml)",
    )
    parse.add_argument(
        "--npm", type=Path, metavar="PATH", help="a local npm package: a .tgz or an unpacked folder"
    )
    parse.add_argument(
        "--pypi", type=Path, metavar="PATH", help="a local wheel: a .whl or an unpacked folder"
    )
    parse.add_argument("--npm-version", metavar="VERSION", help="this npm version instead of the newest")
    parse.add_argument("--pypi-version", metavar="VERSION", help="this PyPI version instead of the newest")
    parse.add_argument("--no-npm", action="store_true", help="do not read the npm package")
    parse.add_argument("--no-pypi", action="store_true", help="do not read the PyPI package")
    parse.add_argument(
        "--openapi",
        type=Path,
        metavar="FILE",
        help="also compare Cloudflare's published OpenAPI document (JSON or YAML)",
    )
    parse.add_argument("--json", action="store_true", help="print the result as JSON")
    parse.add_argument(
        "--cache",
        type=Path,
        default=DEFAULT_CACHE,
        help="where downloads are kept (default: .venv/upstream-cache)",
    )
    parse.add_argument(
        "--typescript",
        type=Path,
        default=DEFAULT_TYPESCRIPT,
        help="the installed typescript package (default: .venv/node/node_modules/typescript)",
    )
    return parse


def shown(path: Path) -> str:
    """A path as the report shows it: relative to the repository when inside it."""
    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        return str(path)


def sources(options: argparse.Namespace) -> list[Source]:
    out: list[Source] = []
    if not options.no_npm:
        package: Package = (
            npm_from_path(options.npm, options.cache)
            if options.npm
            else npm_from_registry(options.npm_version, options.cache)
        )
        parsed = read_typescript.run_parser(package.root, options.typescript)
        out.append(
            Source(
                "npm",
                package.label,
                read_typescript.read_operations(parsed),
                read_typescript.FOLDER + "/",
                integers_known=False,
            )
        )
    if not options.no_pypi:
        package = (
            pypi_from_path(options.pypi)
            if options.pypi
            else pypi_from_registry(options.pypi_version, options.cache)
        )
        out.append(
            Source(
                "pypi", package.label, read_python.read_operations(package.root), read_python.RESOURCES + "/"
            )
        )
    if options.openapi:
        document = read_openapi.load_document(options.openapi)
        name = options.openapi.name
        out.append(Source("openapi", f"openapi {name}", read_openapi.read_operations(document, name), name))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    options = parser().parse_args(argv)
    try:
        spec_file = shown(options.spec)
        spec = read_openapi.read_operations(read_openapi.load_document(options.spec), spec_file, names=True)
        entries = load(options.declared)
        read = sources(options)
    except (
        FetchError,
        DeclaredError,
        read_typescript.TypeScriptUnavailable,
        OSError,
        ValueError,
        RuntimeError,
    ) as error:
        print(f"upstream-diff: {error}", file=sys.stderr)
        return 2
    if not read:
        print("upstream-diff: nothing to compare (--no-npm, --no-pypi and no --openapi)", file=sys.stderr)
        return 2
    differences: list[Difference] = []
    for source in read:
        differences.extend(compare(spec, source))
    judgement = judge(differences, entries, {source.kind for source in read})
    run = Run(spec_file, shown(options.declared), [(source.kind, source.label) for source in read])
    sys.stdout.write(as_json(run, judgement) if options.json else text(run, judgement))
    return 1 if judgement.failed else 0


if __name__ == "__main__":
    sys.exit(main())
