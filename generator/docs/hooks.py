"""Build-time hooks of the docs site (mkdocs.yml names this file).

A line `<!-- include README.md -->` in a page is replaced by that file of the repository, so that the
home page is the README itself, never a copy that drifts. The README's relative links lead to files
the site does not hold (CHANGELOG.md, CONTRIBUTING.md): they are made links to the repository's copy,
so that the strict build keeps refusing links that lead nowhere. The Resources section of the nav
lists every page `make generate` wrote under api/, so that a resource the spec gains gets its page in
the site with no edit here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

ROOT = Path(__file__).resolve().parents[2]
INCLUDE = re.compile(r"^<!-- include (?P<path>[\w.-]+) -->$", re.MULTILINE)
RELATIVE_LINK = re.compile(r"\]\((?!\w+:|#|/)(?P<target>[^)\s]+)\)")


RESOURCES = "Resources"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Fill the nav's Resources section with one entry per generated api/*.md page, in name order."""
    pages = sorted(Path(config.docs_dir, "api").glob("*.md"))
    for section in config.nav or []:
        if isinstance(section, dict) and RESOURCES in section:
            section[RESOURCES] = [f"api/{page.name}" for page in pages]
    return config


def on_page_markdown(markdown: str, page: Any, config: MkDocsConfig, files: Any) -> str:
    repository = f"{str(config.repo_url).rstrip('/')}/blob/main/"

    def include(match: re.Match[str]) -> str:
        text = (ROOT / match["path"]).read_text(encoding="utf-8")
        return RELATIVE_LINK.sub(lambda link: f"]({repository}{link['target']})", text)

    return INCLUDE.sub(include, markdown)
