"""The argument parser, built from the command model: `RESOURCE VERB` per operation (and `RESOURCE
WORD VERB` for a resource spelled `RESOURCE_WORD`), plus the settings commands (export, plan, apply)
and `completion`.

Only the parsers the command line names are filled in (all of them for `completion`), so that
`--help` and a single command pay for a few dozen `add_argument` calls rather than all of them.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from ._errors import EXIT_CODES_HELP, UsageError
from ._spec import Operation, Param, Spec

PROG = "cf-email-security"
FORMATS = ("table", "json", "jsonl", "yaml", "csv")
EXPORT_FORMATS = ("yaml", "json", "csv")
SETTINGS_COMMANDS = ("export", "plan", "apply")
SHELLS = ("bash", "zsh", "fish")
# Global options that take a value: the command-line scan below skips their values.
VALUED_GLOBALS = ("--account-id", "--api-token", "--base-url", "--timeout", "--rate-limit")
FLAG_GLOBALS = ("--no-progress", "-h", "--help", "--version")
# Names the command line uses itself; an API field of the same name becomes --body-NAME / --query-NAME.
RESERVED = {
    "account_id", "api_token", "base_url", "timeout", "output", "file", "dry_run", "limit", "columns",
    "help", "no_progress", "version", "rate_limit", "yes", "wait", "wait_timeout", "interval",
}  # fmt: skip

DESCRIPTION = """Cloudflare Email Security from the command line: every API operation as `RESOURCE
VERB`, for the settings and for processed mail (investigate: search, move, release; bulk jobs, which
`--wait` follows; submissions; PhishGuard reports); and the account's settings (every resource with a
natural key: allow and block lists, content policies, domains, the impersonation registry,
sending-domain restrictions, trusted domains, URL ignore patterns) as one file to export, plan and
apply. Acting on more than one message asks first (--yes for scripts); --dry-run sends nothing."""
ENVIRONMENT_HELP = """environment:
  CLOUDFLARE_API_TOKEN                    API token (or CLOUDFLARE_API_KEY with CLOUDFLARE_EMAIL)
  CLOUDFLARE_ACCOUNT_ID                   account (or --account-id)
  CLOUDFLARE_BASE_URL                     API base URL (default https://api.cloudflare.com/client/v4)
  CLOUDFLARE_RATE_LIMIT                   requests per window, such as 1200/300 (or --rate-limit)
  NO_COLOR                                no colors in plans"""


def kebab(name: str) -> str:
    return name.replace("_", "-")


def _text(text: str) -> str:
    """Spec text as argparse help (which %-formats it)."""
    return " ".join(text.split()).replace("%", "%%")


class _Names(dict[str, "Parser"]):
    """Subcommand parsers by name, found by their snake_case spelling too: `allow_policies list`
    names `allow-policies list`, as the resource is spelled in Python. Only command words are looked
    up here, never option values, which are sent as typed."""

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and super().__contains__(kebab(name))

    def __getitem__(self, name: str) -> Parser:
        return super().__getitem__(kebab(name))


if TYPE_CHECKING:  # generic for type checkers only
    _SubParsersAction = argparse._SubParsersAction["Parser"]  # pyright: ignore[reportPrivateUsage]
else:
    _SubParsersAction = argparse._SubParsersAction


class _Commands(_SubParsersAction):
    """The subcommands of a parser, named in kebab-case or snake_case."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._name_parser_map = self.choices = _Names()

    def __call__(
        self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any, option: Any = None
    ) -> None:
        super().__call__(parser, namespace, [kebab(values[0]), *values[1:]], option)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line (UsageError, exit code 2), not usage plus a line,
    and never quote what may be a secret: the value of an option it does not know."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.register("action", "parsers", _Commands)

    def error(self, message: str) -> NoReturn:
        where = self.prog.removeprefix(PROG).strip()
        raise UsageError(f"{where + ': ' if where else ''}{message} (see --help)")

    def parse(self, argv: Sequence[str]) -> argparse.Namespace:
        """The arguments, or a UsageError naming the first unknown command, verb or option, with the
        nearest name when one is close, but not the word after it (`--api-tokn SECRET`: argparse
        would quote SECRET as an unknown command or argument)."""
        try:
            return self.parse_args(argv)
        except UsageError as error:
            from ._mistakes import redacted

            raise UsageError(redacted(self, argv, str(error))) from None


def _formatter(prog: str) -> argparse.HelpFormatter:
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=32)


def add_globals(parser: argparse.ArgumentParser, *, leaf: bool) -> None:
    """Connection options, accepted before the command and after it (leaf copies never override)."""
    default: Any = argparse.SUPPRESS if leaf else None
    group = parser.add_argument_group("connection")
    group.add_argument(
        "--account-id", metavar="ID", default=default, help="account (default: $CLOUDFLARE_ACCOUNT_ID)"
    )
    group.add_argument(
        "--api-token",
        metavar="TOKEN",
        default=default,
        help="API token (default: $CLOUDFLARE_API_TOKEN; prefer the variable: arguments show in ps)",
    )
    group.add_argument(
        "--base-url", metavar="URL", default=default, help="API base URL (default: $CLOUDFLARE_BASE_URL)"
    )
    group.add_argument(
        "--timeout",
        metavar="SECONDS",
        type=float,
        default=default,
        help="most a request may take, its retries and the waits between them included",
    )
    group.add_argument(
        "--rate-limit",
        metavar="N/SECONDS",
        default=default,
        help="send at most N requests in any SECONDS, such as 1200/300, Cloudflare's limit per user "
        "(default: $CLOUDFLARE_RATE_LIMIT, else no pacing)",
    )
    group.add_argument(
        "--no-progress",
        action="store_true",
        default=default if leaf else False,
        help="no progress bar (shown only when stderr is a terminal)",
    )


def _limits(schema: Any) -> str:
    """The spec's rules as help text: lengths, ranges, item counts."""
    low, high = schema.get("minLength"), schema.get("maxLength")
    if low is not None or high is not None:
        return f"{low or 0} to {high} characters" if high is not None else f"at least {low} characters"
    low, high = schema.get("minimum"), schema.get("maximum")
    if high is not None and high < 2**31 - 1:
        return f"{low if low is not None else '...'} to {high}"
    if low is not None:
        return f"at least {low}"
    if schema.get("maxItems") is not None:
        return f"at most {schema['maxItems']} entries"
    return ""


def _deprecation(about: Any) -> str:
    """`deprecated` with what the spec's `x-deprecation` adds: the replacement and the end of life."""
    use, end = about.get("use"), about.get("end_of_life")
    replaced = about.get("kind") == "replacement"  # a new field of other values, not a new name
    instead = (f"; replaced by {use}" if replaced else f"; use {use}") if use else ""
    return "deprecated" + instead + (f"; ends {end}" if end else "")


def _help(param: Param) -> str:
    from ._convert import TIME_HELP

    when = TIME_HELP if param.schema.get("format") == "date-time" else ""
    text = " ".join(part for part in (_text(param.description), _limits(param.schema), when) if part)
    notes: list[str] = []
    if param.required:
        notes.append("required")
    if param.deprecated:
        notes.append(_deprecation(param.schema.get("x-deprecation") or {}))
    if param.schema.get("type") == "array":
        notes.append("repeatable")
    suffix = f" ({', '.join(notes)})" if notes else ""
    return (text + suffix).strip()


def _flags(op: Operation, param: Param) -> list[str]:
    """The option's name (`--body-NAME` where the command line uses NAME itself) and its aliases."""
    name = param.name
    if name in RESERVED:
        name = f"{'query' if param.location == 'query' else 'body'}_{name}"
    aliases = [alias for alias in op.aliases.get(param.name, ()) if alias not in RESERVED]
    return [f"--{kebab(name)}", *(f"--{kebab(alias)}" for alias in aliases)]


def _add_param(parser: Any, op: Operation, param: Param) -> None:
    from ._convert import choices, scalar_type

    schema, writable = param.schema, param.location != "query"
    if param.location == "path":
        parser.add_argument(
            param.name, metavar=param.name.upper(), type=scalar_type(schema), help=_help(param) or None
        )
        return
    if op.positional is param:  # `release ID...`; --file may carry them instead
        parser.add_argument(
            param.name,
            nargs="*",
            default=argparse.SUPPRESS,
            type=scalar_type(schema.get("items", {})),
            metavar=param.name.removesuffix("s").upper(),
            help=_help(param) or None,
        )
        return
    flags = _flags(op, param)
    name = flags[0][2:]
    help_text = _help(param)
    values = choices(schema, writable=writable) or choices(schema.get("items", {}), writable=writable)
    metavar = None  # an enum's values, listed by argparse; once in the help when the option has aliases
    if values and len(flags) > 1:
        metavar = name.upper()
        help_text = f"{help_text} One of {', '.join(values)}.".strip()
    common: dict[str, Any] = {"dest": param.name, "default": argparse.SUPPRESS, "help": help_text or None}
    if schema.get("type") == "boolean":
        parser.add_argument(*flags, action=argparse.BooleanOptionalAction, **common)
    elif schema.get("type") == "array":
        items = schema.get("items", {})
        parser.add_argument(
            *flags,
            action="append",
            type=scalar_type(items),
            choices=choices(items, writable=writable),
            metavar=name.upper() if not items.get("enum") else metavar,
            **common,
        )
    else:
        parser.add_argument(
            *flags,
            type=scalar_type(schema),
            choices=choices(schema, writable=writable),
            metavar=metavar if schema.get("enum") else name.upper(),
            **common,
        )
    if schema.get("nullable") and param.location == "body":
        parser.add_argument(
            f"--clear-{kebab(name)}",
            dest=param.name,
            action="store_const",
            const=None,
            default=argparse.SUPPRESS,
            help=f"send {param.name} as null",
        )


def _add_output(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("output")
    group.add_argument(
        "-o",
        "--output",
        choices=FORMATS,
        help="table (the default on a terminal), json (the default otherwise: an array for lists), "
        "jsonl (one object per line), yaml, csv (allow and block lists in the dashboard's columns)",
    )
    group.add_argument("--columns", metavar="A,B", help="columns of table and csv output, comma-separated")


def _add_waiting(parser: argparse.ArgumentParser, *, flag: bool) -> None:
    group = parser.add_argument_group("waiting")
    if flag:
        group.add_argument(
            "--wait",
            action="store_true",
            help="then wait until the job ends, showing how far it is, and print it as it ended "
            "(Ctrl-C stops waiting, not the job; exit codes as `wait`'s)",
        )
    group.add_argument(
        "--interval",
        type=float,
        metavar="SECONDS",
        help="seconds between the first two polls; the next pauses grow from there (default: about a second)",
    )
    group.add_argument(
        "--wait-timeout",
        type=float,
        metavar="SECONDS",
        help="stop waiting after SECONDS; the job goes on (default: wait until it ends)",
    )


def fill_operation(parser: argparse.ArgumentParser, op: Operation) -> None:
    """The arguments of one operation: path ids positional, the rest as options; `--file` for bodies;
    the scalar fields of an object of the body as options of their own, in a group of their own."""
    for param in op.params:
        if not param.file_only:
            _add_param(parser, op, param)
    groups: dict[str, Any] = {}
    for param in op.fields:
        parent = param.parent or ""
        if parent not in groups:
            groups[parent] = parser.add_argument_group(
                f"{parent} (fields of the body's {parent}; --file may carry it whole)"
            )
        _add_param(groups[parent], op, param)
    if op.has_body:
        in_file = [p.name for p in op.params if p.file_only] or ["any body field"]
        parser.add_argument(
            "-f",
            "--file",
            metavar="FILE",
            help=f"the request body as JSON or YAML (- for stdin); carries {', '.join(in_file)}; "
            "options given too override its fields",
        )
    if op.writes:
        parser.add_argument(
            "--dry-run", action="store_true", help="print the request (method, URL, body) and send nothing"
        )
    if op.cli.get("confirm"):
        parser.add_argument(
            "-y",
            "--yes",
            action="store_true",
            help="act without asking (for scripts); without it, acting on more than one message asks "
            "first, and without a terminal refuses",
        )
    if op.method == "wait" or op.spec.waiter(op) is not None:
        _add_waiting(parser, flag=op.method != "wait")
    if op.paginated:
        parser.add_argument(
            "--limit", type=int, metavar="N", help="stop after N entries (default: all pages)"
        )
    _add_output(parser)
    add_globals(parser, leaf=True)
    parser.set_defaults(operation=op)


def _operation_description(op: Operation) -> str:
    text = f"{op.summary}.\n\n{op.description}" if op.description else op.summary
    return f"{text}\n\n{op.http_method} {op.path}".replace("%", "%%")


def _settings_args(parser: argparse.ArgumentParser, command: str) -> None:
    resource_help = "only this resource (repeatable); also names the resource of a CSV file"
    if command == "export":
        parser.add_argument(
            "-o",
            "--output",
            metavar="{" + ",".join(EXPORT_FORMATS) + "}",
            help="format (default: from the file's name, else yaml); csv holds one --resource",
        )
        parser.add_argument(
            "-f", "--file", metavar="FILE", help="file to write, whole or not at all (default: stdout)"
        )
        parser.add_argument("--format", choices=EXPORT_FORMATS, help=argparse.SUPPRESS)  # the old -o
        parser.add_argument(
            "--resource", action="append", metavar="RESOURCE", help="only this resource (repeatable)"
        )
    else:
        parser.add_argument(
            "-f",
            "--file",
            action="append",
            required=True,
            metavar="FILE",
            help="settings file (YAML or JSON, as export writes it) or a dashboard CSV; repeatable; "
            "- for stdin",
        )
        parser.add_argument("--resource", action="append", metavar="RESOURCE", help=resource_help)
        parser.add_argument("--prune", action="store_true", help="make the resource of a CSV file exact")
        parser.add_argument(
            "-o",
            "--output",
            choices=("text", "json"),
            default="text",
            help="format: text (a readable diff, the default) or json (each resource's plan as data)",
        )
        parser.add_argument(
            "--allow-deletes",
            action="store_true",
            help="allow a plan to delete more than 10%% of a resource's entries or more than 100",
        )
    if command == "plan":
        parser.add_argument(
            "--detailed-exitcode",
            action="store_true",
            help="exit 0 when there are no changes (entries a plan never creates, marked !, are "
            "none), 2 when there are, 1 on any error",
        )
    if command == "apply":
        parser.add_argument("--auto-approve", action="store_true", help="apply without asking (for CI)")
        parser.add_argument(
            "--dry-run", action="store_true", help="print the write requests and send nothing"
        )
    add_globals(parser, leaf=True)


SETTINGS_HELP = {
    "export": "write the account's settings (every resource that has plan) as one file",
    "plan": "show what applying a settings file would change",
    "apply": "change the account to match a settings file (batches, and single calls where needed)",
}
SETTINGS_DESCRIPTIONS = {
    "export": """Write every resource that supports plan as a mapping of resource to {prune, entries}:
the shape plan and apply read, to standard output or to -f FILE. With -o csv (or a .csv file name)
and one --resource, allow and block lists are written in the Cloudflare dashboard's CSV columns.""",
    "plan": """Compare settings files with the account and print what would change, per resource.
Resources absent from the files are left alone; `prune: true` makes a resource exact (deletes
what the file does not list). Domains are changed but never created nor deleted: a domain the file
names that the account lacks is shown with `!` and left to onboarding, and `prune: true` is refused
for them. A CSV file holds one resource: the dashboard's allow or block list columns say which, or
--resource.""",
    "apply": """Show the plan, ask for confirmation (--auto-approve for CI; without a terminal it
refuses), then apply it with batch requests as large as the API allows, and single calls for what
a resource's batch cannot carry (the impersonation registry has no batch; sending-domain
restrictions batch only deletes). Domains are never created nor deleted; a plan that deletes more
than 10% of a resource's entries, or more than 100, needs --allow-deletes.""",
}


def selected(argv: Sequence[str]) -> tuple[str | None, str | None, str | None] | None:
    """The command and verb the command line names (and the word after them: the verb of `RESOURCE
    WORD VERB`), read without parsing; None when unsure."""
    words: list[str] = []
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word == "--":
            return None
        elif word.startswith("-"):
            if word in VALUED_GLOBALS:
                skip = True
            elif not words and word.split("=")[0] not in (*VALUED_GLOBALS, *FLAG_GLOBALS):
                return None  # an option before the command that is not global: let argparse say so
        else:
            words.append(kebab(word))  # a command word, as the parser looks it up
            if len(words) == 3:
                break
    words += [None] * (3 - len(words))  # type: ignore[list-item]
    return (words[0], words[1], words[2])


def _verbs(parser: argparse.ArgumentParser, operations: Sequence[Operation], wanted: str | bool) -> Any:
    """A resource's verbs, one per operation; only the `wanted` one filled in (all of them when True)."""
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", title="verbs")
    verbs.required = True
    for op in operations:
        leaf = verbs.add_parser(
            op.verb,
            help=_text(op.summary),
            description=_operation_description(op),
            formatter_class=_formatter,
        )
        if wanted is True or wanted == op.verb:
            fill_operation(leaf, op)
    return verbs


def build(spec: Spec, argv: Sequence[str] | None) -> Parser:
    """The parser; `argv` given: only the parsers it names are filled in (None: all of them)."""
    from cf_email_security_generated import VERSION

    wanted = selected(argv) if argv is not None else None  # None: every command in full
    root = Parser(
        prog=PROG,
        description=DESCRIPTION,
        epilog=f"{ENVIRONMENT_HELP}\n\n{EXIT_CODES_HELP}",
        formatter_class=_formatter,
    )
    root.add_argument("--version", action="version", version=f"{PROG} {VERSION}")
    add_globals(root, leaf=False)
    commands = root.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    commands.required = True
    for resource, description in spec.resources.items():
        operations = spec.of(resource)
        if not operations:
            continue
        parser = commands.add_parser(
            kebab(resource), help=_text(description), description=description, formatter_class=_formatter
        )
        if wanted is not None and wanted[0] != kebab(resource):
            continue
        verbs = _verbs(parser, operations, True if wanted is None else wanted[1] or False)
        for word, other in spec.nested(resource).items():
            nested = verbs.add_parser(
                word,
                help=f"{_text(spec.resources[other])} (`{kebab(other)}` too)",
                description=f"{spec.resources[other]}\n\nThe same commands as `{PROG} {kebab(other)}`.",
                formatter_class=_formatter,
            )
            if wanted is None or wanted[1] == word:
                _verbs(nested, spec.of(other), True if wanted is None else wanted[2] or False)
    for command in SETTINGS_COMMANDS:
        parser = commands.add_parser(
            command,
            help=SETTINGS_HELP[command],
            description=SETTINGS_DESCRIPTIONS[command],
            epilog=EXIT_CODES_HELP,
            formatter_class=_formatter,
        )
        if wanted is None or wanted[0] == command:
            _settings_args(parser, command)
    completion = commands.add_parser(
        "completion",
        help="print a shell completion script",
        description='Print a completion script: eval "$(cf-email-security completion bash)" in ~/.bashrc; '
        'zsh: eval "$(cf-email-security completion zsh)" in ~/.zshrc (after compinit); '
        "fish: cf-email-security completion fish > ~/.config/fish/completions/cf-email-security.fish",
        formatter_class=_formatter,
    )
    completion.add_argument("shell", choices=SHELLS)
    return root
