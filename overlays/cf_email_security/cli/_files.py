"""Reading and writing the documents the command line takes and gives: JSON, YAML, CSV; `-` is stdio.

A document is read exactly or refused: UTF-8 only (a UTF-8 byte-order mark is fine, UTF-16 is named
as such), one YAML document per file, no key given twice in a mapping, nesting as deep as it likes.

Settings files are streamed: a first pass checks the whole file and keeps its outline (resources,
`prune`, how many entries), a second pass gives one resource's entries one at a time while a plan
takes them. So a file of 100,000 entries is never in memory as text, nor as a list of mappings.
Standard input cannot be read twice and is kept in memory as bytes.

YAML needs PyYAML (the `cli` or `yaml` extra), imported only when a YAML document is read or written,
with its C parser and dumper when built with them. YAML is read from the parser's events rather than
with `yaml.load`, which composes a node for every scalar of the document first.
"""

from __future__ import annotations

import codecs
import contextlib
import importlib
import io
import json
import os
import sys
from collections.abc import Generator, Iterator
from typing import IO, Any

from ._errors import UsageError

EXTENSIONS = {".json": "json", ".yaml": "yaml", ".yml": "yaml", ".csv": "csv"}
# Byte-order marks of the encodings a settings file is refused in (UTF-32's first: it starts with UTF-16's).
FOREIGN_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)
Entry = tuple[Any, Any, int]  # (the resource's key in the file, one entry, the line it starts on)


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


class Entries:
    """Where a list of entries stood in a settings file: its length, read but not kept."""

    __slots__ = ("count",)

    def __init__(self) -> None:
        self.count = 0

    def __bool__(self) -> bool:
        return self.count > 0


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
    def reading(self) -> Iterator[None]:
        """Failures of reading the document as its reason, one line: not UTF-8, too deeply nested."""
        try:
            yield
        except UnicodeDecodeError as error:
            byte = error.object[error.start : error.start + 1].hex()
            raise UsageError(f"{self.where}: not UTF-8 text (byte 0x{byte}): save it as UTF-8") from None
        except RecursionError:
            raise UsageError(f"{self.where}: nested too deeply to be read") from None


# ----- JSON ------------------------------------------------------------------------------------------


class _Duplicate(Exception):
    """A key given twice in one JSON object."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are all different (json keeps the last of two silently)."""
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _Duplicate(key)
        found[key] = value
    return found


class _JsonSyntax(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


_DELIMITERS = frozenset((" ", "\t", "\r", "\n", ",", ":", "]", "}"))


class _JsonReader:
    """A JSON document read in pieces: the outer levels of a settings file token by token, every
    other value (an entry, a `prune`) whole with the json module, so that only the text of the
    value being read is in memory, never the file's."""

    CHUNK = 1 << 16

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.buffer = ""
        self.pos = 0
        self.line = 1
        self.eof = False
        self.decoder = json.JSONDecoder(object_pairs_hook=_unique)

    def _more(self) -> bool:
        """Read on; a value longer than the buffer doubles it, so that it is decoded in a few tries."""
        if self.eof:
            return False
        chunk = self.stream.read(max(self.CHUNK, len(self.buffer) - self.pos))
        if not chunk:
            self.eof = True
            return False
        self.buffer = self.buffer[self.pos :] + chunk
        self.pos = 0
        return True

    def _skip(self, end: int) -> None:
        self.line += self.buffer.count("\n", self.pos, end)
        self.pos = end

    def peek(self) -> str:
        """The next character that is not white space; "" at the end."""
        while True:
            index, end = self.pos, len(self.buffer)
            while index < end and self.buffer[index] in " \t\r\n":
                index += 1
            self._skip(index)
            if index < end:
                return self.buffer[index]
            if not self._more():
                return ""

    def take(self, char: str) -> None:
        if self.peek() != char:
            raise _JsonSyntax(self.line)
        self._skip(self.pos + 1)

    def value(self) -> Any:
        """The next whole value: a scalar, or an object or array with everything in it."""
        self.peek()
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as error:
                if self._more():
                    continue
                raise _JsonSyntax(self.line + self.buffer.count("\n", self.pos, error.pos)) from None
            if self.buffer[end : end + 1] not in _DELIMITERS and self._more():
                continue  # `1` of `1e5` at the end of a chunk: a value ends where a delimiter is seen
            self._skip(end)
            return value

    def members(self) -> Iterator[tuple[str, int]]:
        """The keys of the object whose `{` was just taken, each with its line; the caller reads each
        key's value before asking for the next key."""
        if self.peek() == "}":
            self._skip(self.pos + 1)
            return
        while True:
            if self.peek() != '"':
                raise _JsonSyntax(self.line)
            line = self.line
            key = self.value()
            self.take(":")
            yield key, line
            following = self.peek()
            if following not in (",", "}"):
                raise _JsonSyntax(self.line)
            self.take(following)
            if following == "}":
                return

    def end(self) -> None:
        if self.peek() != "":
            raise _JsonSyntax(self.line)


def _json_entries(reader: _JsonReader, key: str, where: str) -> Generator[Entry, None, Entries]:
    reader.take("[")
    marker = Entries()
    if reader.peek() == "]":
        reader.take("]")
        return marker
    while True:
        reader.peek()  # past white space: the line the entry starts on
        line = reader.line
        try:
            value = reader.value()
        except _Duplicate as error:
            raise UsageError(
                f"{where}: {key}[{marker.count}]: {error.key!r} is given twice (line {line})"
            ) from None
        marker.count += 1
        yield key, value, line
        following = reader.peek()
        if following not in (",", "]"):
            raise _JsonSyntax(reader.line)
        reader.take(following)
        if following == "]":
            return marker


def _json_section(reader: _JsonReader, key: str, where: str) -> Generator[Entry, None, Any]:
    """One resource's value: a list of entries (streamed), or {prune, entries} with its entries streamed."""
    following = reader.peek()
    if following == "[":
        return (yield from _json_entries(reader, key, where))
    if following != "{":
        return reader.value()
    reader.take("{")
    section: dict[str, Any] = {}
    for name, line in reader.members():
        if name in section:
            raise UsageError(f"{where}: {key}: {name!r} is given twice (line {line})")
        if name == "entries" and reader.peek() == "[":
            section[name] = yield from _json_entries(reader, key, where)
        else:
            section[name] = reader.value()
    return section


def _json_settings(stream: IO[str], where: str) -> Generator[Entry, None, Any]:
    """A settings document's entries one by one; returns its outline (entries lists as `Entries`)."""
    reader = _JsonReader(stream)
    try:
        if reader.peek() != "{":
            document = reader.value()
        else:
            reader.take("{")
            document = {}
            for key, line in reader.members():
                if key in document:
                    raise UsageError(f"{where}: {key!r} is given twice (line {line})")
                document[key] = yield from _json_section(reader, key, where)
        reader.end()
        return document
    except _Duplicate as error:
        raise UsageError(f"{where}: {error.key!r} is given twice (line {reader.line})") from None


def _json_document(text: str, where: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_unique)
    except _Duplicate as error:
        raise UsageError(f"{where}: {error.key!r} is given twice in an object") from None


# ----- YAML ------------------------------------------------------------------------------------------


class _Open:
    """A collection being read: a list, or a mapping with the key waiting for its value; a streamed
    list (a resource's entries) holds an `Entries` and hands its items on instead of keeping them."""

    __slots__ = ("key", "line", "value")

    def __init__(self, value: Any, line: int) -> None:
        self.value = value
        self.key: Any = _NO_KEY
        self.line = line

    def label(self) -> str:
        if isinstance(self.value, (list, Entries)):
            return f"[{len(self.value) if isinstance(self.value, list) else self.value.count}]"
        return "" if self.key is _NO_KEY else f".{self.key}"


_NO_KEY: Any = object()
_CACHED = (str, bool, int, float, type(None))  # scalars immutable enough to be shared


class _Tree:
    """The document being built from YAML parser events, with the safe loader's scalar rules (null,
    booleans, numbers, timestamps), anchors and aliases."""

    def __init__(self, yaml: Any, loader: Any, where: str, stream: bool, keep: bool) -> None:
        self.yaml, self.loader, self.where = yaml, loader, where
        self.stream, self.keep = stream, keep
        self.stack: list[_Open] = []
        self.anchors: dict[str, Any] = {}
        self.scalars: dict[tuple[Any, ...], Any] = {}
        self.streamed = -1  # the stack index of the entries list being streamed, if any
        self.result: Any = None

    def scalar(self, event: Any) -> Any:
        """A scalar's value; the short ones built once (keys, `EMAIL`, `false` recur in every entry);
        not built at all inside an entry that is not kept (a check-only pass reads keys alone)."""
        if not self.keep and not event.anchor and self._in_entry_value():
            return None
        key = (event.tag, event.value, event.implicit)
        value = self.scalars.get(key, _NO_KEY)
        if value is _NO_KEY:
            value = self._build(event, key)
        if event.anchor:
            self.anchors[event.anchor] = value
        return value

    def _build(self, event: Any, key: tuple[Any, ...]) -> Any:
        tag, yaml, loader = event.tag, self.yaml, self.loader
        if tag is None or tag == "!":
            tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        # The tag's constructor directly: construct_object would cache every node it builds.
        construct = loader.yaml_constructors.get(tag) or loader.yaml_constructors[None]
        value = construct(loader, yaml.ScalarNode(tag, event.value, style=event.style))
        if len(event.value) <= 64 and type(value) in _CACHED and len(self.scalars) < 1024:
            self.scalars[key] = value  # the first entries bring the keys and values that recur
        return value

    def _in_entry_value(self) -> bool:
        stack = self.stack
        if self.streamed < 0 or len(stack) - 1 <= self.streamed:
            return False
        parent = stack[-1]
        return type(parent.value) is list or parent.key is not _NO_KEY

    def open(self, event: Any) -> None:
        sequence = isinstance(event, self.yaml.SequenceStartEvent)
        value: Any = [] if sequence else {}
        if sequence and self.stream and not event.anchor and self._entries_start():
            value, self.streamed = Entries(), len(self.stack)
        if event.anchor:
            self.anchors[event.anchor] = value
        self.stack.append(_Open(value, event.start_mark.line + 1))

    def _entries_start(self) -> bool:
        """Whether a list starting here is a resource's entries (`name: [...]`, `name: {entries:
        [...]}`). An anchored list is kept whole, for an alias may repeat it."""
        stack = self.stack
        if not stack or type(stack[0].value) is not dict or stack[0].key is _NO_KEY:
            return False
        if len(stack) == 1:
            return True
        return len(stack) == 2 and type(stack[1].value) is dict and stack[1].key == "entries"

    def close(self) -> tuple[Any, int]:
        done = self.stack.pop()
        if len(self.stack) == self.streamed:
            self.streamed = -1
        return done.value, done.line

    def alias(self, event: Any) -> Any:
        if event.anchor not in self.anchors:
            line = event.start_mark.line + 1
            raise UsageError(f"{self.where}: no anchor &{event.anchor} before its alias (line {line})")
        return self.anchors[event.anchor]

    def add(self, value: Any, event: Any) -> None:
        """A finished value into the collection it belongs to (the document, if none)."""
        if not self.stack:
            self.result = value
            return
        parent = self.stack[-1]
        collection = parent.value
        if type(collection) is list:
            collection.append(value)
        elif type(collection) is Entries:
            collection.count += 1
        elif parent.key is _NO_KEY:
            if value in collection:  # TypeError for a list or mapping as a key: the caller says so
                path = self.path()
                line = event.start_mark.line + 1
                raise UsageError(
                    f"{self.where}: {path + ': ' if path else ''}{value!r} is given twice (line {line})"
                )
            parent.key = value
        else:
            collection[parent.key] = value
            parent.key = _NO_KEY

    def path(self) -> str:
        """Where the reader is, as `block_senders[3].pattern` (a resource's `entries` key left out)."""
        labels = [item.label() for item in self.stack]
        if len(self.stack) > 2 and isinstance(self.stack[2].value, Entries):
            del labels[1]  # `.entries` of {prune, entries}
        return "".join(labels).lstrip(".")

    def one_document(self) -> None:
        following = self.loader.peek_event()
        if isinstance(following, self.yaml.DocumentStartEvent):
            line = following.start_mark.line + 1
            raise UsageError(f"{self.where}: a second YAML document (---, line {line}): give one document")


def _yaml_walk(yaml: Any, loader: Any, where: str, stream: bool, keep: bool) -> Generator[Entry, None, Any]:
    """The first and only document; with `stream`, resources' entries are yielded one by one (built
    only when `keep`) and their lists returned as `Entries`."""
    tree = _Tree(yaml, loader, where, stream, keep)
    scalar_event, alias_event = yaml.ScalarEvent, yaml.AliasEvent
    ends = (yaml.SequenceEndEvent, yaml.MappingEndEvent)
    starts = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
    get_event = loader.get_event
    while True:
        event = get_event()
        kind = event.__class__
        line = 0
        if kind is scalar_event:
            value = tree.scalar(event)
        elif kind in ends:
            value, line = tree.close()
        elif kind in starts:
            tree.open(event)
            continue
        elif kind is alias_event:
            value = tree.alias(event)
        elif kind is yaml.DocumentEndEvent:
            tree.one_document()
            continue
        elif kind is yaml.StreamEndEvent:
            return tree.result
        else:
            continue  # stream and document starts
        if tree.stack and type(tree.stack[-1].value) is Entries:
            yield tree.stack[0].key, value, line or event.start_mark.line + 1
        tree.add(value, event)


def _yaml_errors(yaml: Any, where: str, fmt: str | None) -> Any:
    """The context that turns PyYAML's errors into one line with the line number."""

    kind = "YAML" if fmt == "yaml" else "JSON or YAML"

    @contextlib.contextmanager
    def errors() -> Iterator[None]:
        try:
            yield
        except TypeError:  # a list or mapping used as a key
            raise UsageError(f"{where}: not valid {kind} (a key that is a list or mapping)") from None
        except yaml.YAMLError as error:
            mark, problem = getattr(error, "problem_mark", None), getattr(error, "problem", None)
            about = "; ".join(
                part for part in (f"line {mark.line + 1}" if mark else "", str(problem or "")) if part
            )
            raise UsageError(f"{where}: not valid {kind}{f' ({about})' if about else ''}") from None

    return errors()


def _yaml(source: Source, fmt: str | None, stream: bool, keep: bool) -> Generator[Entry, None, Any]:
    yaml = yaml_module()
    with source.reading(), _yaml_errors(yaml, source.where, fmt), source.open() as text:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
        try:
            return (yield from _yaml_walk(yaml, loader, source.where, stream, keep))
        finally:
            loader.dispose()


# ----- documents and settings ------------------------------------------------------------------------


def load(path: str) -> Any:
    """A JSON or YAML file (or stdin) as data."""
    return _drain(_document(Source(path), stream=False, keep=True))


def _drain(walk: Generator[Entry, None, Any]) -> Any:
    """What a walk returns once every entry it yields has gone by."""
    while True:
        try:
            next(walk)
        except StopIteration as stop:
            return stop.value


def _document(source: Source, *, stream: bool, keep: bool) -> Generator[Entry, None, Any]:
    """A document's entries (with `stream`: those of each resource, one at a time), then the whole
    document (with `Entries` for the lists streamed). The format is the file name's, else JSON if the
    text starts as JSON and parses, else YAML; the source remembers which for the next pass."""
    fmt = source.format
    if fmt == "yaml" or (fmt is None and _starts(source) not in ("{", "[")):
        return (yield from _yaml(source, fmt, stream, keep))
    try:
        with source.reading(), source.open() as text:
            if stream:
                document = yield from _json_settings(text, source.where)
            else:
                document = _json_document(text.read(), source.where)
    except (_JsonSyntax, json.JSONDecodeError) as error:
        if fmt == "json":
            line = error.line if isinstance(error, _JsonSyntax) else error.lineno
            raise UsageError(f"{source.where}: not valid JSON (line {line})") from None
        source.format = "yaml"
        return (yield from _yaml(source, None, stream, keep))
    source.format = "json"
    return document


def _starts(source: Source) -> str:
    """The first character of a document that is not white space, to tell JSON from YAML."""
    with source.reading(), source.open() as text:
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
