"""Shell completion scripts (bash, zsh, fish), generated from the full parser: static, so completing
costs the shell nothing and never starts Python. zsh reuses the bash function through bashcompinit."""

from __future__ import annotations

import argparse
from typing import Any, cast

from ._parser import PROG

FUNCTION = "_cf_email_security"


class Node:
    """A command with its subcommands and its options (flag names, value choices, whether a file)."""

    def __init__(self, help_text: str = "") -> None:
        self.help = help_text
        self.subs: dict[str, Node] = {}
        self.options: list[
            tuple[list[str], list[str] | None, bool, bool, str]
        ] = []  # flags, choices, value, file


def _listed(metavar: Any) -> list[str] | None:
    """The values a `{a,b,c}` metavar lists: an option checked after parsing (export's -o, which
    also takes the old spelling, a file) still completes its values."""
    if isinstance(metavar, str) and metavar.startswith("{") and metavar.endswith("}"):
        return metavar[1:-1].split(",")
    return None


def tree(parser: argparse.ArgumentParser, node: Node | None = None) -> Node:
    node = node or Node(parser.description or "")
    for action in parser._actions:
        given = action.choices  # read as Action declares it: a subparsers action's maps names to parsers
        if isinstance(action, argparse._SubParsersAction):  # pyright: ignore[reportPrivateUsage]
            helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
            for name, sub in cast("dict[str, argparse.ArgumentParser]", given).items():
                node.subs[name] = tree(sub, Node(helps.get(name, "")))
        elif action.option_strings:
            takes_value = action.nargs != 0
            choices = [str(c) for c in action.choices] if action.choices else _listed(action.metavar)
            is_file = (action.metavar or "") == "FILE"
            node.options.append(
                (list(action.option_strings), choices, takes_value, is_file, action.help or "")
            )
        elif action.choices:  # a positional with choices (the shell of `completion`)
            node.subs.update({str(choice): Node() for choice in action.choices})
    return node


def _words(node: Node) -> str:
    return " ".join([*node.subs, *(flag for flags, *_ in node.options for flag in flags)])


def _walk(node: Node, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Node]]:
    found = [(path, node)]
    for name, sub in node.subs.items():
        found += _walk(sub, (*path, name))
    return found


def bash(root: Node) -> str:
    nodes = _walk(root)
    valued = sorted(
        {flag for _, n in nodes for flags, _, value, _, _ in n.options if value for flag in flags}
    )
    words_cases: list[str] = []
    value_cases: list[str] = []
    for path, node in nodes:
        key = " ".join(path)
        words_cases.append(f'        "{key}") words="{_words(node)}" ;;')
        for flags, choices, value, is_file, _ in node.options:
            for flag in flags:
                if choices:
                    listed = " ".join(choices)
                    value_cases.append(
                        f'        "{key}|{flag}") COMPREPLY=($(compgen -W "{listed}" -- "$cur")); return ;;'
                    )
                elif is_file:
                    value_cases.append(
                        f'        "{key}|{flag}") COMPREPLY=($(compgen -f -- "$cur")); return ;;'
                    )
                elif value:
                    value_cases.append(f'        "{key}|{flag}") return ;;')
    return f"""# bash completion for {PROG}: eval "$({PROG} completion bash)"
{FUNCTION}() {{
    local cur="${{COMP_WORDS[COMP_CWORD]}}" prev="${{COMP_WORDS[COMP_CWORD-1]}}"
    local valued=" {" ".join(valued)} "
    local path="" i word skip=""
    for ((i = 1; i < COMP_CWORD; i++)); do
        word="${{COMP_WORDS[i]}}"
        if [[ -n "$skip" ]]; then skip=""; continue; fi
        if [[ "$word" == -* ]]; then
            [[ "$valued" == *" $word "* ]] && skip=1
            continue
        fi
        local next="${{path:+$path }}$word"
        case "$next" in
{chr(10).join(f'            "{" ".join(p)}") path="$next" ;;' for p, _ in nodes if p)}
        esac
    done
    case "$path|$prev" in
{chr(10).join(value_cases)}
    esac
    local words=""
    case "$path" in
{chr(10).join(words_cases)}
    esac
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
}}
complete -o default -F {FUNCTION} {PROG}
"""


def zsh(root: Node) -> str:
    return f"""#compdef {PROG}
# zsh completion for {PROG}: eval "$({PROG} completion zsh)" after compinit
autoload -U +X bashcompinit && bashcompinit
{bash(root)}"""


def _fish_quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def fish(root: Node) -> str:
    lines = [f"# fish completion for {PROG}: {PROG} completion fish > ~/.config/fish/completions/{PROG}.fish"]
    lines.append(f"complete -c {PROG} -f")
    for path, node in _walk(root):
        if len(path) == 0:
            condition = "__fish_use_subcommand"
        else:
            seen = "; and ".join(f"__fish_seen_subcommand_from {word}" for word in path)
            others = " ".join(node.subs)
            condition = seen + (f"; and not __fish_seen_subcommand_from {others}" if others else "")
        for name, sub in node.subs.items():
            lines.append(
                f"complete -c {PROG} -n {_fish_quote(condition)} -a {name} -d {_fish_quote(sub.help[:80])}"
            )
        for flags, choices, value, is_file, help_text in node.options:
            parts: list[str] = []
            for flag in flags:
                parts.append(f"-l {flag[2:]}" if flag.startswith("--") else f"-s {flag[1:]}")
            extra = (
                f" -xa {_fish_quote(' '.join(choices))}"
                if choices
                else (" -rF" if is_file else (" -x" if value else ""))
            )
            described = _fish_quote(help_text[:80])
            lines.append(
                f"complete -c {PROG} -n {_fish_quote(condition)} {' '.join(parts)}{extra} -d {described}"
            )
    return "\n".join(lines) + "\n"


def script(shell: str, parser: Any) -> str:
    root = tree(parser)
    return {"bash": bash, "zsh": zsh, "fish": fish}[shell](root)
