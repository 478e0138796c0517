"""What a mistyped command line is told: the first word that names nothing where it stands (a command,
a verb or an option), with the nearest name when one is close ("did you mean"), in one line.

Never a value: a word after an option may be a secret (`--api-tokn SECRET`), so an option is named
alone, and `--name=value` as `--name`. A command or verb is repeated only when it is close to a real
one (a typo); a word like none of them may be something else in the wrong place, and is not shown.
"""

from __future__ import annotations

import argparse
import difflib
import re
from collections.abc import Mapping, Sequence
from typing import cast

_NUMBER = re.compile(r"^-\d+$|^-\d*\.\d+$")  # a negative number is a value, not an option


def _kebab(name: str) -> str:
    """A command word as the parser looks it up: `allow_policies` names `allow-policies`."""
    return name.replace("_", "-")


def _lookup(parser: argparse.ArgumentParser, word: str) -> argparse.Action | bool:
    """The option a word names in this parser, as argparse matches it (exactly, by a unique prefix of
    a long option, or a short option with its value attached); True when several match (argparse
    says so, quoting no value), False when none does."""
    actions = parser._option_string_actions  # pyright: ignore[reportPrivateUsage]
    name = word.split("=", 1)[0]
    if name in actions:
        return actions[name]
    if name.startswith("--"):
        matches = {actions[option] for option in actions if option.startswith(name)}
        return matches.pop() if len(matches) == 1 else len(matches) > 1
    return actions.get(name[:2], False)


def _subcommands(parser: argparse.ArgumentParser) -> Mapping[str, argparse.ArgumentParser] | None:
    """The commands (or verbs) a parser takes next, by name; None for a parser that takes none."""
    for action in parser._actions:  # pyright: ignore[reportPrivateUsage]
        given = action.choices  # read as Action declares it: a subparsers action's maps names to parsers
        if isinstance(action, argparse._SubParsersAction):  # pyright: ignore[reportPrivateUsage]
            return cast("Mapping[str, argparse.ArgumentParser]", given)
    return None


def _nearest(word: str, names: Sequence[str]) -> str | None:
    close = difflib.get_close_matches(word, names, n=1, cutoff=0.6)
    return close[0] if close else None


def _option(parser: argparse.ArgumentParser, word: str, where: str) -> str:
    name = word.split("=", 1)[0] if word.startswith("--") else word[:2]
    known = [option for option in parser._option_string_actions if option.startswith("--")]  # pyright: ignore[reportPrivateUsage]
    near = _nearest(name, known) if name.startswith("--") else None
    return f"{where}unrecognized option {name}" + (f": did you mean {near}?" if near else "")


def _command(word: str, names: Sequence[str], where: str, kind: str) -> str:
    near = _nearest(_kebab(word), names)
    if near is not None:
        return f"{where}unknown {kind} {word!r}: did you mean {near}?"
    return f"{where}unknown {kind}: choose from {', '.join(names)}"


def first(root: argparse.ArgumentParser, argv: Sequence[str]) -> str | None:
    """The first word of `argv` that names nothing where it stands, as the line that says so; None
    when every command, verb and option is known (the mistake is elsewhere)."""
    parser, path = root, ""
    words = iter(argv)
    for word in words:
        where = f"{path}: " if path else ""
        if word == "--":
            break
        if word.startswith("-") and len(word) > 1 and not _NUMBER.match(word):
            action = _lookup(parser, word)
            if action is False:
                return _option(parser, word, where)
            attached = "=" in word or not (word.startswith("--") or len(word) == 2)
            if isinstance(action, argparse.Action) and action.nargs != 0 and not attached:
                next(words, None)  # the option's value
            continue
        commands = _subcommands(parser)
        if commands is None:
            continue  # a positional argument of the command, such as an id
        if word not in commands:
            return _command(word, list(commands), where, "command" if parser is root else "verb")
        parser = commands[word]
        path = f"{path} {_kebab(word)}".strip()
    return None


def redacted(root: argparse.ArgumentParser, argv: Sequence[str], message: str) -> str:
    """An argparse message made safe and useful: the first unknown word named (with a suggestion),
    else the message with no value of an option in it (`--name=value` quoted as `--name`)."""
    mistake = first(root, argv)
    if mistake is not None:
        return f"{mistake} (see --help)"
    for word in argv:
        if word.startswith("-") and "=" in word:
            name, value = word.split("=", 1)
            message = message.replace(word, name)
            if value:
                message = message.replace(repr(value), "(its value is not shown)")
    return message
