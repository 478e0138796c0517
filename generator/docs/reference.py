"""The reference pages under generated/docs: one api.md per resource, and the site's own pages.

A resource's page shows each method with its signature as the code has it (sources.py reads it from the
freshly generated module, and the batch helpers from the overlay's source), and says from the spec
what each operation does, which request it sends and what it returns. The pages of generator/docs/pages
(the home page, the reference that mkdocstrings reads from the code) are copied verbatim.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment

from .sources import Signature, SourceTree

PAGES = Path(__file__).resolve().parent / "pages"
API_TEMPLATE = "api.md.jinja"
# What the overlay's type variables in the helpers' signatures stand for on one resource: the entries
# of an array of its generated `batch`, or the entity its `list` yields. A result type is bound by the
# generated wiring's class itself (`SyncBatchMethods["AllowPolicyBatchResult"]` in _planned/<tag>.py).
ENTRY_VARIABLES = {"PostT": "posts", "PatchT": "patches", "PutT": "puts"}
ENTITY_VARIABLE = "EntryT"
# Inside a resource class `list` names its method, so the code writes `builtins.list`; callers read `list`.
AS_CALLERS_READ = {"builtins.list": "list"}


@dataclass
class ResourcePage:
    """What api.md.jinja renders for one resource."""

    resource: Any  # sdk_view.ResourceView
    shape: Any  # sdk_view.ResourceShapeView, None when the resource has no plan
    operations: dict[str, Signature]  # method -> its signature in the generated sync class
    helpers: list[Signature]  # the overlay's own methods: plan, export, batch_builder, apply_batch
    helpers_doc: str  # the overlay module's docstring: what its helpers do on this resource

    @property
    def base_path(self) -> str:
        """The path every operation's is under: `/accounts/{account_id}/email-security/settings`."""
        common: str = os.path.commonpath([str(op.path) for op in self.resource.operations])
        return common.rsplit("/", 1)[0]


def helper_types(operations: dict[str, Signature], entity: str, bound: dict[str, str]) -> dict[str, str]:
    """Type variable -> what it stands for on one resource: the entries of each array of its generated
    `batch` (`posts: Sequence[CreateAllowPolicy | CreateAllowPolicyDict]`), its entity, and the types
    the overlay class binds."""
    batch = operations.get("batch")
    arrays = {p.name: p.annotation for p in batch.params} if batch else {}
    types = dict(bound)
    for variable, array in ENTRY_VARIABLES.items():
        if array in arrays:
            types[variable] = re.sub(r"^Sequence\[(.*)\]$", r"\1", arrays[array])
    if entity:
        types[ENTITY_VARIABLE] = entity
    return types


def resource_pages(sdk: Any, package_dir: Path, overlay_dir: Path) -> list[ResourcePage]:
    generated, overlay = SourceTree(), SourceTree(roots={"cf_email_security": overlay_dir})
    shapes = {shape.resource: shape for shape in sdk.resource_shapes}
    pages = []
    for resource in sdk.resources:
        module = generated.module(package_dir / "resources" / f"{resource.tag}.py")
        methods = module.classes[resource.class_name].methods
        operations = {n: sig.bound(AS_CALLERS_READ) for n, sig in methods.items() if not n.startswith("_")}
        shape = shapes.get(resource.attr)
        page = ResourcePage(resource, shape, operations, [], "")
        source = package_dir / "_planned" / f"{resource.tag}.py"  # the batch helpers' wiring
        public = overlay.module(source).classes.get(resource.class_name) if source.is_file() else None
        if public is not None:
            helpers, bound = overlay.public_methods(public)
            types = helper_types(operations, shape.entity if shape else "", bound)
            page.helpers = [helpers[name].bound(types) for name in sorted(helpers.keys() - operations.keys())]
            page.helpers_doc = public.module.doc
            unbound = overlay.type_variables & set().union(*(helper.words for helper in page.helpers))
            if unbound:
                raise ValueError(
                    f"{resource.tag}: the reference cannot tell what {sorted(unbound)} stand for in the "
                    "batch helpers' signatures: see ENTRY_VARIABLES in generator/docs/reference.py"
                )
        pages.append(page)
    return pages


def status_errors(package_dir: Path) -> list[tuple[int, str]]:
    """(status, error class) of the generated errors module's STATUS_ERRORS table, in its order."""
    text = (package_dir / "errors.py").read_text(encoding="utf-8")
    table = re.search(r"^STATUS_ERRORS\b.*?\{(.*?)^\}", text, re.M | re.S)
    if table is None:
        raise ValueError("errors.py has no STATUS_ERRORS table")
    return [(int(status), name) for status, name in re.findall(r"(\d+):\s*(\w+)", table.group(1))]


def responses(sdk: Any, operation: Any) -> dict[str, str]:
    """An operation's documented responses: status -> description."""
    replies = sdk.document["paths"][operation.path][operation.http_method.lower()]["responses"]
    return {str(status): str(sdk.resolve(reply).get("description", "")) for status, reply in replies.items()}


def plain(text: str) -> str:
    """Spec text as docstrings hold it (sdk_view.docstring_text) back as written, for Markdown."""
    return text.replace('\\"\\"\\"', '"""').replace("\\\\", "\\")


def line(text: str) -> str:
    """Text on one line, for a list item or a table cell."""
    return " ".join(text.split())


def first_sentence(text: str) -> str:
    """The first sentence (or clause before a semicolon) of a docstring, on one line."""
    return re.split(r"(?<=[.;])\s", line(text), maxsplit=1)[0].rstrip(".;")


def title(tag: str) -> str:
    """A page title from a resource's name: `url_ignore_patterns` -> "URL ignore patterns"."""
    text = " ".join({"url": "URL", "ip": "IP", "dns": "DNS"}.get(word, word) for word in tag.split("_"))
    return text[:1].upper() + text[1:]


def tidy(text: str) -> str:
    """At most one blank line in a row, no trailing spaces: Markdown as a person writes it, whatever
    the template's whitespace."""
    lines: list[str] = []
    for row in text.splitlines():
        if row.strip() or (lines and lines[-1]):
            lines.append(row.rstrip())
    return "\n".join(lines).strip("\n") + "\n"


def write_docs(env: Environment, sdk: Any, package_dir: Path, overlay_dir: Path, out_dir: Path) -> None:
    """Copy the site's own pages into out_dir and render one api.md per resource into out_dir/api."""
    shutil.rmtree(out_dir, ignore_errors=True)
    shutil.copytree(PAGES, out_dir, ignore=shutil.ignore_patterns("__pycache__"))
    env = env.overlay()
    env.filters.update(plain=plain, line=line, first_sentence=first_sentence, title=title)
    template = env.get_template(API_TEMPLATE)
    errors = status_errors(package_dir)
    (out_dir / "api").mkdir(exist_ok=True)
    for page in resource_pages(sdk, package_dir, overlay_dir):
        text = template.render(page=page, status_errors=errors, responses=lambda op: responses(sdk, op))
        (out_dir / "api" / f"{page.resource.tag}.md").write_text(tidy(text), encoding="utf-8")
