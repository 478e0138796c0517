"""The reference: each resource's api.md shows the code's methods as the code has them, and the docs
site (`make docs`) builds with `--strict`, so a broken reference fails here rather than on a reader."""

from __future__ import annotations

import functools
import importlib
import importlib.util
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cf_email_security import EmailSecurity
from cf_email_security_generated._resource import SyncResource

ROOT = Path(__file__).resolve().parent.parent
API_DOCS = ROOT / "generated" / "docs" / "api"
CONFIG = ROOT / "generator" / "docs" / "mkdocs.yml"
DOCS_MODULES = ("mkdocs", "material", "mkdocstrings", "mkdocstrings_handlers.python")
MISSING = [name for name in DOCS_MODULES if importlib.util.find_spec(name.split(".")[0]) is None]
needs_mkdocs = pytest.mark.skipif(
    bool(MISSING),
    reason=f"the docs extra is not installed here ({', '.join(MISSING)} missing): `make docs` installs it",
)
TAGS = sorted(  # the client's resource attributes
    name for name, member in vars(EmailSecurity).items() if isinstance(member, functools.cached_property)
)


def resource_classes(tag: str) -> tuple[type, type]:
    """The generated sync resource class of a tag and the public one built on it."""
    generated = importlib.import_module(f"cf_email_security_generated.resources.{tag}")
    (base,) = (
        value
        for value in vars(generated).values()
        if isinstance(value, type) and issubclass(value, SyncResource) and value is not SyncResource
    )
    client = EmailSecurity(api_token="docs-test", account_id="docs-test")
    return base, type(getattr(client, tag))


def as_read(annotation: object) -> str:
    """An annotation as a page shows it: `list`, which a resource class writes `builtins.list`."""
    return str(annotation).replace("builtins.list", "list")


def public_methods(cls: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_")
    }


def section(page: str, method: str) -> str:
    """The part of a page under a method's heading, up to the next heading of that level."""
    match = re.search(rf"^### `{method}`\n(.*?)(?=^#{{1,3}} |\Z)", page, re.M | re.S)
    assert match, f"no `### {method}` section"
    return match.group(1)


def signature_block(part: str) -> list[str]:
    match = re.search(r"^```python\n(.*?)^```", part, re.M | re.S)
    assert match, "no signature block"
    return match.group(1).splitlines()


@pytest.mark.parametrize("tag", TAGS)
def test_api_md_shows_every_operation_with_the_code_signature(tag: str) -> None:
    page = (API_DOCS / f"{tag}.md").read_text(encoding="utf-8")
    generated, _ = resource_classes(tag)
    methods = public_methods(generated)
    assert methods, f"{tag}: no methods found"
    for name, signature in methods.items():
        lines = signature_block(section(page, name))
        assert lines[0] == f"es.{tag}.{name}(", f"{tag}.{name}: {lines[0]!r}"
        assert lines[-1] == f") -> {as_read(signature.return_annotation)}", f"{tag}.{name}: {lines[-1]!r}"
        params = [p for p in signature.parameters.values() if p.name != "self"]
        shown = [line.strip() for line in lines[1:-1] if line.strip() != "*,"]
        assert len(shown) == len(params), f"{tag}.{name}: {shown}"
        for param, line in zip(params, shown, strict=True):
            assert line.startswith(f"{param.name}: {as_read(param.annotation)}"), f"{tag}.{name}: {line!r}"
            assert (" = " in line) == (param.default is not param.empty), f"{tag}.{name}: {line!r}"


@pytest.mark.parametrize("tag", TAGS)
def test_api_md_shows_the_batch_helpers_a_resource_has(tag: str) -> None:
    page = (API_DOCS / f"{tag}.md").read_text(encoding="utf-8")
    generated, public = resource_classes(tag)
    helpers = public_methods(public).keys() - public_methods(generated).keys()
    for name in sorted(helpers):
        lines = signature_block(section(page, name))
        params = [p.name for p in inspect.signature(getattr(public, name)).parameters.values()][1:]
        shown = [line.strip().split(":")[0].split(" = ")[0] for line in lines[1:-1] if line.strip() != "*,"]
        assert shown == params, f"{tag}.{name}: {shown} != {params}"
    documented = set(re.findall(r"^### `(\w+)`", page, re.M))
    assert documented == helpers | public_methods(generated).keys(), f"{tag}: {sorted(documented)}"


# `make docs`, and the same build with other pages in place of the project's (for the broken reference).
BUILD = """
import logging
import sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

logging.basicConfig(format="%(levelname)s %(message)s", level=logging.WARNING)
config_file, site, docs = sys.argv[1:4]
overrides = {"docs_dir": docs, "nav": [{"Page": "index.md"}]} if docs else {}
config = load_config(config_file, site_dir=site, strict=True, **overrides)
config.plugins.on_startup(command="build", dirty=False)
try:
    build(config)
except MkDocsException as error:
    sys.exit(f"the build failed: {error}")
finally:
    config.plugins.on_shutdown()
"""


def build(site: Path, docs: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Build the site strict, into site; from docs (a folder with an index.md) instead when given."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-c", BUILD, str(CONFIG), str(site), str(docs or "")]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


@needs_mkdocs
def test_the_site_builds_strict_with_every_page(tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = build(site)
    assert result.returncode == 0, result.stdout + result.stderr
    index = re.sub(r"<[^>]+>", "", (site / "index.html").read_text(encoding="utf-8"))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for heading in re.findall(r"^#+ (.+)$", readme.split("```")[0], re.M):  # those before any code
        assert heading.replace("`", "") in index, f"the home page lacks the README's {heading!r}"
    for tag in TAGS:
        page = (site / "api" / tag / "index.html").read_text(encoding="utf-8")
        assert 'id="list"' in page, f"api/{tag}: no list section"
    client = (site / "reference" / "client" / "index.html").read_text(encoding="utf-8")
    assert "max_retries" in client and "with_options" in client
    errors = (site / "reference" / "errors" / "index.html").read_text(encoding="utf-8")
    assert all(f'errors.{name}"' in errors for name in ("APIStatusError", "NotFoundError", "ValidationError"))
    for page in ("batch", "testing"):
        assert (site / "reference" / page / "index.html").is_file(), page


@needs_mkdocs
@pytest.mark.parametrize(
    ("markdown", "named"),
    [
        ("::: cf_email_security.NoSuchClient", "cf_email_security.NoSuchClient"),  # a name the code lacks
        ("See [the client](reference/nowhere.md).", "reference/nowhere.md"),  # a page the site lacks
    ],
)
def test_a_broken_reference_fails_the_build(markdown: str, named: str, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text(f"# Broken\n\n{markdown}\n", encoding="utf-8")
    result = build(tmp_path / "site", docs)
    assert result.returncode != 0
    assert named in result.stderr, result.stderr
