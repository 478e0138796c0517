"""Reading and writing the documents the command line takes and gives: JSON, YAML, CSV; `-` is stdio.

YAML needs PyYAML (the `cli` or `yaml` extra), imported only when a YAML document is read or written,
with its C parser and dumper when built with them. YAML is read from the parser's events rather than
with `yaml.load`, which first composes a node for every scalar of the document: for a settings file
of 10,000 entries that graph took 54 MiB, ten times the data it becomes.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import sys
from collections.abc import Iterator
from typing import IO, Any

from ._errors import UsageError

EXTENSIONS = {".json": "json", ".yaml": "yaml", ".yml": "yaml", ".csv": "csv"}


def format_of(path: str) -> str | None:
    """A document's format from its file name, or None (stdin, no known extension)."""
    return EXTENSIONS.get(os.path.splitext(path)[1].lower()) if path != "-" else None


def yaml_module() -> Any:
    """PyYAML, untyped (no stubs needed), or a UsageError saying which extra brings it."""
    try:
        return importlib.import_module("yaml")
    except ImportError:
        raise UsageError(
            "YAML needs PyYAML: pip install 'cloudflare-email-security[cli]' (or use JSON)"
        ) from None


def read_text(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8-sig") as file:  # -sig: spreadsheets write a BOM before the header
        return file.read()


def parse(text: str, fmt: str | None, where: str) -> Any:
    """A JSON or YAML document; without a known format, JSON if it parses, else YAML."""
    if fmt in (None, "json"):
        try:
            return json.loads(text)
        except ValueError as error:
            if fmt == "json":
                line = getattr(error, "lineno", "?")
                raise UsageError(f"{where}: not valid JSON (line {line})") from None
    yaml = yaml_module()
    try:
        return _yaml_events(yaml, text)
    except TypeError:  # a list or mapping used as a key
        raise UsageError(
            f"{where}: not valid {fmt or 'JSON or YAML'} (a key that is a list or mapping)"
        ) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f" (line {mark.line + 1})" if mark is not None else ""
        raise UsageError(f"{where}: not valid {fmt or 'JSON or YAML'}{line}") from None


class _Open:
    """A collection being read: a list, or a mapping with the key waiting for its value."""

    __slots__ = ("key", "value")
    NO_KEY: Any = object()

    def __init__(self, value: Any) -> None:
        self.value = value
        self.key = _Open.NO_KEY

    def add(self, item: Any) -> None:
        if isinstance(self.value, list):
            self.value.append(item)
        elif self.key is _Open.NO_KEY:
            self.key = item
        else:
            self.value[self.key] = item
            self.key = _Open.NO_KEY


def _yaml_events(yaml: Any, text: str) -> Any:
    """The first document of `text`, built from parser events with the safe loader's scalar rules
    (null, booleans, numbers, timestamps), anchors and aliases included."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        stack: list[_Open] = []
        anchors: dict[str, Any] = {}
        result: Any = None
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                stack.pop()
                continue
            if isinstance(event, yaml.DocumentEndEvent):
                break
            if isinstance(event, yaml.ScalarEvent):
                tag = event.tag
                if tag is None or tag == "!":
                    tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
                # The tag's constructor directly: construct_object would cache every node it builds.
                construct = loader.yaml_constructors.get(tag) or loader.yaml_constructors[None]
                value = construct(loader, yaml.ScalarNode(tag, event.value, style=event.style))
            elif isinstance(event, yaml.AliasEvent):
                value = anchors[event.anchor]
            elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                value = [] if isinstance(event, yaml.SequenceStartEvent) else {}
            else:
                continue  # stream and document starts
            if getattr(event, "anchor", None):
                anchors[event.anchor] = value
            if stack:
                stack[-1].add(value)
            else:
                result = value
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                stack.append(_Open(value))
        return result
    finally:
        loader.dispose()


def load(path: str) -> Any:
    """A JSON or YAML file (or stdin) as data."""
    return parse(read_text(path), format_of(path), "stdin" if path == "-" else path)


def dump_yaml(data: Any, stream: IO[str]) -> None:
    yaml = yaml_module()
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    yaml.dump(data, stream, Dumper=dumper, sort_keys=False, allow_unicode=True, default_flow_style=False)


@contextlib.contextmanager
def output(path: str) -> Iterator[IO[str]]:
    """A file to write whole or not at all (written beside it, then renamed), or stdout for `-`."""
    if path == "-":
        yield sys.stdout
        return
    temporary = f"{path}.tmp-{os.getpid()}"
    try:
        with open(temporary, "w", encoding="utf-8", newline="") as file:
            yield file
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
