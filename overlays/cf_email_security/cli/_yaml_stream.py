"""YAML read exactly from PyYAML's parser events, a settings file's entries one at a time.

`yaml.load` composes a node for every scalar of the document before building any value, and keeps
the last of a key given twice; reading the events builds each value once, refuses a key given twice
and a second document, and hands a resource's entries on without keeping them.

PyYAML (the `cli` or `yaml` extra) is imported only when YAML is read or written, with its C parser
and dumper when built with them.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Generator
from typing import IO, Any, cast

from ._entries import Entries, Walk, given_twice
from ._errors import UsageError


def yaml_module() -> Any:
    """PyYAML, untyped (no stubs needed), or a UsageError saying which extra brings it."""
    try:
        return importlib.import_module("yaml")
    except ImportError:
        raise UsageError("YAML needs PyYAML: pip install pyyaml (or use JSON)") from None


def read(yaml: Any, text: IO[str], where: str, fmt: str | None, stream: bool, keep: bool) -> Walk:
    """The first and only document; with `stream`, resources' entries are yielded one by one (built
    only when `keep`) and their lists returned as `Entries`. `fmt` is the file name's format, if any."""
    with _errors(yaml, where, "YAML" if fmt == "yaml" else "JSON or YAML"):
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
        try:
            return (yield from _walk(yaml, loader, where, stream, keep))
        finally:
            loader.dispose()


@contextlib.contextmanager
def _errors(yaml: Any, where: str, kind: str) -> Generator[None, None, None]:
    """PyYAML's errors as one line with the line number."""
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


def _line(event: Any) -> int:
    return int(event.start_mark.line) + 1


def _walk(yaml: Any, loader: Any, where: str, stream: bool, keep: bool) -> Walk:
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
            yield tree.stack[0].key, value, line or _line(event)
        tree.add(value, event)


_NO_KEY: Any = object()
_CACHED = (str, bool, int, float, type(None))  # scalars immutable enough to be shared


class _Open:
    """A collection being read: a list, or a mapping with the key waiting for its value; a streamed
    list (a resource's entries) holds an `Entries` and hands its items on instead of keeping them."""

    __slots__ = ("key", "line", "value")

    def __init__(self, value: Any, line: int) -> None:
        self.value = value
        self.key: Any = _NO_KEY
        self.line = line

    def label(self) -> str:
        value: object = self.value
        if isinstance(value, Entries):
            return f"[{value.count}]"
        if isinstance(value, list):
            return f"[{len(cast('list[object]', value))}]"
        return "" if self.key is _NO_KEY else f".{self.key}"


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
        self.stack.append(_Open(value, _line(event)))

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
            raise UsageError(
                f"{self.where}: no anchor &{event.anchor} before its alias (line {_line(event)})"
            )
        return self.anchors[event.anchor]

    def add(self, value: Any, event: Any) -> None:
        """A finished value into the collection it belongs to (the document, if none)."""
        if not self.stack:
            self.result = value
            return
        parent = self.stack[-1]
        collection: Any = parent.value
        if isinstance(collection, list):
            cast("list[object]", collection).append(value)
        elif isinstance(collection, Entries):
            collection.count += 1
        elif parent.key is _NO_KEY:
            if value in collection:  # TypeError for a list or mapping as a key: `_errors` says so
                raise given_twice(self.where, self.path(), value, _line(event))
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
            raise UsageError(
                f"{self.where}: a second YAML document (---, line {_line(following)}): give one document"
            )
