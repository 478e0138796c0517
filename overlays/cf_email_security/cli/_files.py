"""Reading and writing the documents the command line takes and gives: JSON, YAML, CSV; `-` is stdio.

A document is read exactly or refused: UTF-8 only (a UTF-8 byte-order mark is fine, UTF-16 is named
as such), one YAML document per file, no key given twice in a mapping, nesting as deep as it likes.

Settings files are streamed: a first pass checks the whole file and keeps its outline (resources,
`prune`, how many entries), a second pass gives one resource's entries one at a time while a plan
takes them. So a file of 100,000 entries is never in memory as text, nor as a list of mappings.
Standard input cannot be read twice and is kept in memory as bytes. The readers are `_json_stream`
and `_yaml_stream`.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import os
import sys
from collections.abc import Generator, Iterator
from typing import IO, Any

from . import _json_stream, _yaml_stream
from ._entries import Entries as Entries  # the outline's entries lists: callers test for it
from ._entries import Walk
from ._errors import UsageError
from ._yaml_stream import yaml_module

EXTENSIONS = {".json": "json", ".yaml": "yaml", ".yml": "yaml", ".csv": "csv"}
# Byte-order marks of the encodings a settings file is refused in (UTF-32's first: it starts with UTF-16's).
FOREIGN_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)
_JsonReader = _json_stream.Reader  # the tests read JSON in small chunks through it


def format_of(path: str) -> str | None:
    """A document's format from its file name, or None (stdin, no known extension)."""
    return EXTENSIONS.get(os.path.splitext(path)[1].lower()) if path != "-" else None


class Source:
    """A document to read, maybe more than once: a file is opened anew each time, standard input is
    read once and kept."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.where = "stdin" if path == "-" else path
        self.format = format_of(path)
        self._data = sys.stdin.buffer.read() if path == "-" and hasattr(sys.stdin, "buffer") else None
        if path == "-" and self._data is None:  # a text-only stdin (a test's): its text as UTF-8
            self._data = sys.stdin.read().encode("utf-8")

    def open(self, *, newline: str | None = None) -> IO[str]:
        """The text, decoded as UTF-8 (a BOM dropped); another encoding's BOM is refused here, bytes
        that are not UTF-8 when they are read (see `reading`)."""
        binary: IO[bytes]
        if self._data is not None:
            binary, start = io.BytesIO(self._data), self._data[:4]
        else:
            binary = file = open(self.path, "rb")  # noqa: SIM115 - the text stream closes it
            start = file.peek(4)[:4]
        for bom, name in FOREIGN_BOMS:
            if start.startswith(bom):
                binary.close()
                raise UsageError(f"{self.where}: the file is {name} text: save it as UTF-8")
        if b"\x00" in start:
            binary.close()
            raise UsageError(f"{self.where}: the file is not UTF-8 text (UTF-16?): save it as UTF-8")
        return io.TextIOWrapper(binary, encoding="utf-8-sig", errors="strict", newline=newline)

    @contextlib.contextmanager
    def reading(self) -> Generator[None, None, None]:
        """Failures of reading the document as its reason, one line: not UTF-8, too deeply nested."""
        try:
            yield
        except UnicodeDecodeError as error:
            byte = error.object[error.start : error.start + 1].hex()
            raise UsageError(f"{self.where}: not UTF-8 text (byte 0x{byte}): save it as UTF-8") from None
        except RecursionError:
            raise UsageError(f"{self.where}: nested too deeply to be read") from None

    @contextlib.contextmanager
    def text(self) -> Generator[IO[str], None, None]:
        """The text, `open` and `reading` at once: how a JSON or YAML document is read."""
        with self.reading(), self.open() as text:
            yield text


# ----- documents and settings ------------------------------------------------------------------------


def load(path: str) -> Any:
    """A JSON or YAML file (or stdin) as data."""
    return _drain(_document(Source(path), stream=False, keep=True))


def _drain(walk: Walk) -> Any:
    """What a walk returns once every entry it yields has gone by."""
    while True:
        try:
            next(walk)
        except StopIteration as stop:
            return stop.value


def _document(source: Source, *, stream: bool, keep: bool) -> Walk:
    """A document's entries (with `stream`: those of each resource, one at a time; YAML's built
    only when `keep`), then the whole document (with `Entries` for the lists streamed).
    The format is the file name's, else JSON if the text starts as JSON and parses, else YAML; the
    source remembers which for the next pass."""
    fmt = source.format
    if fmt == "yaml" or (fmt is None and _starts(source) not in ("{", "[")):
        return (yield from _yaml(source, fmt, stream, keep))
    try:
        with source.text() as text:
            document = yield from _json_stream.read(text, source.where, stream)
    except _json_stream.NotJson as error:
        if fmt == "json":
            raise UsageError(f"{source.where}: not valid JSON (line {error.line})") from None
        source.format = "yaml"
        return (yield from _yaml(source, None, stream, keep))
    source.format = "json"
    return document


def _yaml(source: Source, fmt: str | None, stream: bool, keep: bool) -> Walk:
    yaml = yaml_module()  # before the file is opened: a missing PyYAML is said first
    with source.text() as text:
        return (yield from _yaml_stream.read(yaml, text, source.where, fmt, stream, keep))


def _starts(source: Source) -> str:
    """The first character of a document that is not white space, to tell JSON from YAML."""
    with source.text() as text:
        return text.read(4096).lstrip()[:1]


def outline(source: Source) -> Any:
    """A settings document checked whole, its resources' entries lists given as `Entries`."""
    return _drain(_document(source, stream=True, keep=False))


def entries(source: Source, key: Any) -> Iterator[tuple[Any, int]]:
    """The entries (and their lines) of one resource of a settings document that `outline` read,
    read again one at a time; the reading stops at the end of that resource."""
    walk = _document(source, stream=True, keep=True)
    seen = False
    try:
        for name, entry, line in walk:
            if name == key:
                seen = True
                yield entry, line
            elif seen:
                return
    finally:
        walk.close()


# ----- writing ---------------------------------------------------------------------------------------


def dump_yaml(data: Any, stream: IO[str]) -> None:
    yaml = yaml_module()
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    yaml.dump(data, stream, Dumper=dumper, sort_keys=False, allow_unicode=True, default_flow_style=False)


@contextlib.contextmanager
def output(path: str) -> Generator[IO[str], None, None]:
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
