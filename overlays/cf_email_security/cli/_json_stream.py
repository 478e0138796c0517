"""JSON read exactly, and a settings file in pieces, with the standard library alone.

The json module keeps the last of a key given twice: here that is refused. A settings file is read
token by token at its outer levels and each entry whole with the json module, so that only the text
of the entry being read is in memory, never the file's.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from ._entries import Entries, Walk, given_twice


class NotJson(Exception):
    """Text that is not JSON, and the line that shows it: a document not named .json may be YAML."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


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


_DELIMITERS = frozenset((" ", "\t", "\r", "\n", ",", ":", "]", "}"))


class Reader:
    """A JSON document read in pieces: objects and arrays token by token where the caller asks
    (`items`, `members`), any other value whole with the json module (`value`)."""

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
            raise NotJson(self.line)
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
                raise NotJson(self.line + self.buffer.count("\n", self.pos, error.pos)) from None
            if self.buffer[end : end + 1] not in _DELIMITERS and self._more():
                continue  # `1` of `1e5` at the end of a chunk: a value ends where a delimiter is seen
            self._skip(end)
            return value

    def items(self, close: str) -> Iterator[int]:
        """The items of the array or object just opened, up to its `close`: the line each starts on;
        the caller reads each item before asking for the next."""
        if self.peek() == close:
            self._skip(self.pos + 1)
            return
        while True:
            self.peek()  # past white space: the line the item starts on
            yield self.line
            following = self.peek()
            if following not in (",", close):
                raise NotJson(self.line)
            self._skip(self.pos + 1)
            if following == close:
                return

    def members(self) -> Iterator[tuple[str, int]]:
        """The keys of the object whose `{` was just taken, each with its line; the caller reads each
        key's value before asking for the next key."""
        for line in self.items("}"):
            if self.peek() != '"':
                raise NotJson(self.line)
            key = self.value()
            self.take(":")
            yield key, line

    def end(self) -> None:
        if self.peek() != "":
            raise NotJson(self.line)


def read(text: IO[str], where: str, stream: bool) -> Walk:
    """A document; with `stream`, a settings document's entries one by one, then its outline (the
    entries lists as `Entries`). Raises NotJson where the text is not JSON."""
    if stream:
        return (yield from _settings(Reader(text), where))
    try:
        return json.loads(text.read(), object_pairs_hook=_unique)  # quicker than Reader, whole
    except _Duplicate as error:
        raise given_twice(where, "", error.key, None) from None
    except json.JSONDecodeError as error:
        raise NotJson(error.lineno) from None


def _settings(reader: Reader, where: str) -> Walk:
    try:
        document: Any
        if reader.peek() != "{":
            document = reader.value()
        else:
            reader.take("{")
            document = {}
            for key, line in reader.members():
                if key in document:
                    raise given_twice(where, "", key, line)
                document[key] = yield from _section(reader, key, where)
        reader.end()
        return document
    except _Duplicate as error:
        raise given_twice(where, "", error.key, reader.line) from None


def _section(reader: Reader, key: str, where: str) -> Walk:
    """One resource's value: a list of entries (streamed), or {prune, entries} with its entries streamed."""
    following = reader.peek()
    if following == "[":
        return (yield from _entries(reader, key, where))
    if following != "{":
        return reader.value()
    reader.take("{")
    section: dict[str, Any] = {}
    for name, line in reader.members():
        if name in section:
            raise given_twice(where, key, name, line)
        if name == "entries" and reader.peek() == "[":
            section[name] = yield from _entries(reader, key, where)
        else:
            section[name] = reader.value()
    return section


def _entries(reader: Reader, key: str, where: str) -> Walk:
    reader.take("[")
    marker = Entries()
    for line in reader.items("]"):
        try:
            value = reader.value()
        except _Duplicate as error:
            raise given_twice(where, f"{key}[{marker.count}]", error.key, line) from None
        marker.count += 1
        yield key, value, line
    return marker
