"""Regenerate generated/ from the spec: openapi-python-client with our templates, then ruff.

Usage: python generator/generate.py            rebuild generated/ from scratch
       python generator/generate.py --check    generate into a temporary directory, diff, exit 1 on drift
       python generator/generate.py --spec S --out D   generate from another spec into D (used by tests)

openapi-python-client is driven as a library rather than through its CLI for one reason: its parsed
properties drop what validation needs (minLength, maximum, maxItems, pattern, defaults of arrays) and
vendor extensions never reach templates. The `sdk` global (see sdk_view.py) gives templates that view
of the raw document. openapi-python-client renders the models; the rest of the package is ours:
generator/runtime/*.py copied verbatim (nothing in them depends on the spec), and the templates of
SPEC_MODULES and RESOURCE_MODULES for what the spec decides. Beside the package, generated/docs holds
the reference pages the docs site is built from (generator/docs/reference.py).
"""

from __future__ import annotations

import argparse
import difflib
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import tomllib
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import ErrorLevel
from ruamel.yaml import YAML

sys.path.insert(0, str(Path(__file__).resolve().parent))
import normalize
from command_view import CommandTable
from docs.reference import write_docs
from sdk_view import SdkView
from surface import write_surface

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "email-security-settings.yaml"
CONFIG = ROOT / "generator" / "config.yaml"
TEMPLATES = ROOT / "generator" / "templates"
OUTPUT = ROOT / "generated"
RUNTIME = ROOT / "generator" / "runtime"  # modules with nothing to substitute, copied verbatim
OVERLAY = ROOT / "overlays" / "cf_email_security"  # its batch helpers are in the reference pages
DOCS = "docs"  # the reference pages beside the package: generator/docs/reference.py
# openapi-python-client renders the models; it also writes these, which our own modules replace.
REPLACED = ("api", "client.py", "errors.py", "types.py")
# Modules the spec decides, one each: template -> module.
SPEC_MODULES = {
    "_client.py.jinja": "_client.py",
    "_constants.py.jinja": "_constants.py",
    "_version.py.jinja": "_version.py",
    "shapes.py.jinja": "shapes.py",
    "commands.py.jinja": "commands.py",  # the command line's table: see command_view.py
}
# Per resource (tag) of the spec: template -> package holding one module per resource.
# A template may render nothing for a resource (planned.py.jinja: those without a natural key): no module.
RESOURCE_MODULES = {
    "resource.py.jinja": "resources",
    "requests.py.jinja": "_requests",
    "planned.py.jinja": "_planned",
    "command_details.py.jinja": "_commands",  # what each command of the command line takes
}
INIT_TEMPLATES = {"_requests": "requests_init.py.jinja", "_planned": "planned_init.py.jinja"}
SPEC_DATA = "openapi.json"  # the spec, shipped inside the package (see write_spec)


def package_version() -> str:
    """The distribution's version, so that the User-Agent names what is installed."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def generate(spec_path: Path, out_dir: Path) -> Path:
    """Render the package into out_dir/<package>, replacing whatever was there. Returns the package dir."""
    config_file = ConfigFile.load_from_path(CONFIG)
    package = config_file.package_name_override
    assert package, "config.yaml must set package_name_override"
    package_dir = out_dir / package
    shutil.rmtree(package_dir, ignore_errors=True)
    config = Config.from_sources(
        config_file, MetaType.NONE, spec_path, file_encoding="utf-8", overwrite=True, output_path=package_dir
    )
    source = YAML(typ="safe").load(spec_path.read_bytes())  # read once: YAML parsing is slow
    document = normalize.for_generator(source)  # a copy
    data = GeneratorData.from_dict(document, config=config)
    if not isinstance(data, GeneratorData):
        raise SystemExit(f"the spec could not be parsed: {data.header}\n{data.detail}")
    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
    sdk = project.env.globals["sdk"] = SdkView(document, data, version=package_version())
    project.env.globals["commands"] = CommandTable(sdk)
    project.env.filters["repr"] = repr  # Python literals in generated code, e.g. a `check` rule's pattern
    errors = [error for error in project.build() if error.level == ErrorLevel.ERROR]
    if errors:
        raise SystemExit("\n".join(f"{error.header}: {error.detail}" for error in errors))
    for name in REPLACED:
        path = package_dir / name
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    for module in sorted(RUNTIME.glob("*.py")):
        shutil.copyfile(module, package_dir / module.name)
    for template, module in SPEC_MODULES.items():
        (package_dir / module).write_text(project.env.get_template(template).render(), encoding="utf-8")
    for template, package in RESOURCE_MODULES.items():
        (package_dir / package).mkdir()
        init = INIT_TEMPLATES.get(package)
        text = project.env.get_template(init).render() if init else ""
        (package_dir / package / "__init__.py").write_text(text, encoding="utf-8")
        for resource in sdk.resources:
            rendered = project.env.get_template(template).render(resource=resource)
            if rendered.strip():
                (package_dir / package / f"{resource.tag}.py").write_text(rendered, encoding="utf-8")
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    write_spec(source, package_dir)
    ruff = [sys.executable, "-m", "ruff"]
    settings = ["--config", str(ROOT / "pyproject.toml")]
    # Templates import what any operation may need; unused imports go first, __init__ modules included,
    # so that sorting then writes what is left on one line where it fits.
    unused = ["--select", "F401", "--unsafe-fixes"]
    subprocess.run(
        [*ruff, "check", "--fix-only", "--quiet", *unused, *settings, str(package_dir)], check=True
    )
    subprocess.run([*ruff, "check", "--fix-only", "--quiet", *settings, str(package_dir)], check=True)
    subprocess.run([*ruff, "format", "--quiet", *settings, str(package_dir)], check=True)
    write_docs(project.env, sdk, package_dir, OVERLAY, out_dir / DOCS)
    write_surface(sdk, out_dir / DOCS)  # the public surface, for `make breaking` and reviewers
    return package_dir


def write_spec(document: Any, package_dir: Path) -> None:
    """The spec itself, as package data: the fake API (`cf_email_security.testing`) and the tests
    read its operations, shapes and rules at run time, so an API change reaches them with no edit."""
    text = json.dumps(document, indent=1, ensure_ascii=False, default=str) + "\n"
    (package_dir / SPEC_DATA).write_text(text, encoding="utf-8")


def tree(root: Path) -> dict[str, str]:
    """Relative path -> text of every file under root, ignoring caches."""
    return {
        str(path.relative_to(root)): path.read_text(encoding="utf-8")
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def check(spec_path: Path) -> int:
    """Generate into a temporary directory; print the diff against generated/ and return 1 on drift."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = tree(generate(spec_path, Path(scratch)).parent)
    committed = tree(OUTPUT)
    drift = []
    for name in sorted(set(fresh) | set(committed)):
        before, after = committed.get(name, ""), fresh.get(name, "")
        if before != after:
            drift.extend(
                difflib.unified_diff(
                    before.splitlines(keepends=True),
                    after.splitlines(keepends=True),
                    f"generated/{name} (committed)",
                    f"generated/{name} (fresh)",
                )
            )
    if drift:
        sys.stdout.writelines(drift)
        print("\ngenerated/ differs from a fresh generation: run `make generate` and commit the result.")
        return 1
    print("generated/ matches a fresh generation.")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--out", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="compare a fresh generation with generated/")
    args = parser.parse_args()
    if args.check:
        return check(args.spec)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        built = generate(args.spec, Path(scratch))
        args.out.mkdir(parents=True, exist_ok=True)
        target = args.out / built.name
        for made in (built, built.parent / DOCS):
            shutil.rmtree(args.out / made.name, ignore_errors=True)
            shutil.copytree(made, args.out / made.name)
    files = sum(1 for path in target.rglob("*.py"))
    print(f"generated {target.name}: {files} modules in {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
