"""The public surface of the generated client, and the check that a breaking change to it names itself.

The surface is what a caller's code depends on, read from the spec through the views the templates
render (sdk_view.py's `SdkView`), so it describes the methods and models exactly as generated: each
operation (`resource.method`) with its arguments (Python name, where it goes, type, required or
optional, default, the API's default, limits, accepted values), what it returns, and each model's
fields and each enum's values. `make generate` writes it to generated/docs/surface.json.

spec/released-surface.json holds the surface of the last release. `make breaking`, first in
`make test`, compares the spec's surface with it and prints each difference in words: BREAKING lines
first (what a caller's working code may no longer do), then `info` lines (additions). One spec edit
often reaches several operations and models alike (a field of a schema that five request bodies hold):
the same difference is said once, with every place it reaches. The check fails while a breaking
difference is not named in CHANGELOG.md above the release's section (its [Unreleased] section): one
entry there (a bullet, or a paragraph) must hold, each as a whole word, the argument, field or value
it is about (for a limit, its new value) and at least one of the places it names: an operation
(`block_senders.get`), model or enum. The BREAKING line itself, pasted, always does.

Usage: python generator/surface.py            the check (what `make breaking` runs)
       python generator/surface.py --release  write the spec's surface as the released one
                                              (`make released-surface`, when a version is released)
       python generator/surface.py --print    the spec's surface, to standard output
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sdk_view import FieldView, OperationView, SdkView

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "email-security-settings.yaml"
RELEASED = ROOT / "spec" / "released-surface.json"
CHANGELOG = ROOT / "CHANGELOG.md"
SURFACE_FILE = "surface.json"  # beside the reference pages in generated/docs

Entry = dict[str, Any]
# FieldView.rules that limit a value, as the surface names them; the key is True when a larger value
# allows more (a maximum), False when a smaller one does (a minimum).
LIMITS = {
    "max_length": True,
    "max_items": True,
    "maximum": True,
    "min_length": False,
    "min_items": False,
    "minimum": False,
}
# Rules named as in the spec, for the lines a person reads.
SPEC_NAMES = {
    "max_length": "maxLength",
    "max_items": "maxItems",
    "maximum": "maximum",
    "min_length": "minLength",
    "min_items": "minItems",
    "minimum": "minimum",
    "pattern": "pattern",
    "format": "format",
}
WHERE = {"path": "path parameter", "query": "query parameter", "body": "body parameter"}


# ---- the surface, from the views ------------------------------------------------------------------


def load_sdk(spec_path: Path, version: str = "") -> SdkView:
    """The views `make generate` renders, over the spec at spec_path (nothing is written)."""
    import normalize
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from ruamel.yaml import YAML

    config_file = ConfigFile.load_from_path(ROOT / "generator" / "config.yaml")
    config = Config.from_sources(
        config_file, MetaType.NONE, spec_path, file_encoding="utf-8", overwrite=True, output_path=ROOT
    )
    document = normalize.for_generator(YAML(typ="safe").load(spec_path.read_bytes()))
    data = GeneratorData.from_dict(document, config=config)
    if not isinstance(data, GeneratorData):
        raise SystemExit(f"the spec could not be parsed: {data.header}\n{data.detail}")
    return SdkView(document, data, version=version)


def plain_type(annotation: str) -> str:
    """An annotation without `Unset`, which the required flag says already."""
    return " | ".join(part for part in type_parts(annotation) if part != "Unset")


def type_parts(annotation: str) -> list[str]:
    """The members of a union annotation, at its top level: `list[A | B] | None` has two."""
    parts, depth, current = [], 0, ""
    for char in annotation:
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    return [*parts, current.strip()] if current.strip() else parts


def field_entry(sdk: SdkView, view: FieldView, annotation: str, raw: dict[str, Any]) -> Entry:
    """One argument or field: only what is set, so that the file reads easily (absent means no/none)."""
    entry: Entry = {"type": plain_type(annotation)}
    if view.name != view.attr:
        entry["wire"] = view.name
    if view.required:
        entry["required"] = True
    if view.default not in (None, "UNSET"):
        entry["default"] = view.default
    flat = sdk.flatten(raw) if raw else {}
    if "default" in flat:
        entry["api_default"] = flat["default"]
    limits = {rule: view.rules[rule] for rule in (*LIMITS, "pattern", "format") if rule in view.rules}
    if limits:
        entry["limits"] = limits
    if view.values:
        entry["values"] = list(view.values)
    enums = sorted(name for name in view.classes if name in sdk.enums_by_class)
    if enums:
        entry["enum"] = enums[0]
    if view.deprecated:
        entry["deprecated"] = True
    return entry


def raw_parameters(sdk: SdkView, op: OperationView) -> dict[tuple[str, str], dict[str, Any]]:
    """The spec's schema of each parameter of an operation, by (in, name)."""
    item = sdk.document["paths"][op.path]
    found = {}
    for param in item.get("parameters", []) + item[op.http_method.lower()].get("parameters", []):
        param = sdk.resolve(param)
        found[(param["in"], param["name"])] = param.get("schema", {})
    return found


def operation_entry(sdk: SdkView, op: OperationView) -> Entry:
    """One method: where it sends, what it returns, and its arguments but the account (every one has it)."""
    raw = raw_parameters(sdk, op)
    body_raw: dict[str, Any] = {}
    if op.body and op.body.model:
        body_raw, _ = sdk.properties(sdk.schema_by_class.get(op.body.model, {}))
    params: dict[str, Entry] = {}
    for position, view in enumerate(p for p in op.path_params if p.name != "account_id"):
        params[view.attr] = {
            "in": "path",
            "position": position,
            **field_entry(sdk, view, view.input_annotation, raw.get(("path", view.name), {})),
        }
    for view in op.query_params:
        entry = field_entry(sdk, view, view.input_annotation, raw.get(("query", view.name), {}))
        params[view.attr] = {"in": "query", **entry}
    for view in op.body.fields if op.body else []:
        entry = field_entry(sdk, view, view.input_annotation, body_raw.get(view.name, {}))
        params[view.attr] = {"in": "body", **entry}
    if op.body and op.body.argument:
        view = op.body.argument
        params[view.attr] = {"in": "body", **field_entry(sdk, view, view.input_annotation, {})}
    found: Entry = {
        "call": f"{op.http_method} {op.path}",
        "returns": ("pages of " + op.item_annotation) if op.paginated else op.result_annotation,
        "params": params,
    }
    if op.deprecated:
        found["deprecated"] = True
    return found


def surface(sdk: SdkView) -> Entry:
    """The public surface of the client generated from the spec the views read."""
    operations = {
        f"{resource.attr}.{op.method_name}": operation_entry(sdk, op)
        for resource in sdk.resources
        for op in resource.operations
    }
    models: dict[str, Entry] = {}
    for name in sorted(sdk.models_by_class):
        model = sdk.model_view_of(name)
        raw, _ = sdk.properties(sdk.schema_by_class.get(name, {}))
        roles = [role for role, on in (("request", model.is_request), ("response", model.is_response)) if on]
        models[name] = {
            "role": " and ".join(roles) or "neither",
            "fields": {f.attr: field_entry(sdk, f, f.annotation, raw.get(f.name, {})) for f in model.fields},
        }
    enums = {name: list(view.values) for name, view in sorted(sdk.enums_by_class.items())}
    return {"version": sdk.version, "operations": operations, "models": models, "enums": enums}


def dumps(found: Entry) -> str:
    """The surface as stable, readable JSON: sorted, one line per argument, field or enum."""
    lines = ["{", f'  "version": {json.dumps(found["version"])},']
    sections = [
        ("operations", found["operations"], "params"),
        ("models", found["models"], "fields"),
    ]
    for section, items, members in sections:
        lines.append(f'  "{section}": {{')
        for index, (name, item) in enumerate(sorted(items.items())):
            lines.append(f"    {json.dumps(name)}: {{")
            for key, value in sorted((k, v) for k, v in item.items() if k != members):
                lines.append(f"      {json.dumps(key)}: {json.dumps(value, sort_keys=True)},")
            inner = [
                f"        {json.dumps(member)}: {json.dumps(entry)}"
                for member, entry in sorted(item[members].items())
            ]
            body = ("\n" + ",\n".join(inner) + "\n      ") if inner else ""
            comma = "," if index < len(items) - 1 else ""
            lines += [f'      "{members}": {{{body}}}', f"    }}{comma}"]
        lines.append("  },")
    enums = [
        f"    {json.dumps(name)}: {json.dumps(values)}" for name, values in sorted(found["enums"].items())
    ]
    lines += ['  "enums": {', ",\n".join(enums), "  }", "}"]
    return "\n".join(lines) + "\n"


def write_surface(sdk: SdkView, out_dir: Path) -> None:
    """generated/docs/surface.json, at `make generate`: the surface a reviewer reads in a diff."""
    (out_dir / SURFACE_FILE).write_text(dumps(surface(sdk)), encoding="utf-8")


# ---- comparing two surfaces ------------------------------------------------------------------------


@dataclass(frozen=True)
class Difference:
    """One difference between the released surface and the spec's: what it is about (`subject`), what
    changed, in words, whether it breaks working code, and the names a CHANGELOG entry must hold."""

    subject: str  # "block_senders.get", "CreateBlockedSender", "PatternType"
    text: str
    breaking: bool
    names: tuple[str, ...]

    @property
    def line(self) -> str:
        return f"{'BREAKING' if self.breaking else 'info'} {self.subject}: {self.text}"


class Comparison:
    """Walks the released surface (old) and the spec's (new) and collects each difference once."""

    def __init__(self, old: Entry, new: Entry) -> None:
        self.old, self.new = old, new
        self.found: list[Difference] = []
        self.removed_values = {
            name: set(values) - set(new["enums"].get(name, values)) for name, values in old["enums"].items()
        }

    def add(self, subject: str, text: str, *names: str, breaking: bool) -> None:
        self.found.append(Difference(subject, text, breaking, (subject, *names)))

    def run(self) -> list[Difference]:
        self.operations()
        self.models()
        self.enums()
        kinds = {"operations": 0, "models": 1, "enums": 2}
        order = {
            name: kinds[section]
            for section in kinds
            for surface in (self.old, self.new)
            for name in surface[section]
        }
        return sorted(self.found, key=lambda d: (not d.breaking, order.get(d.subject, 3), d.subject, d.text))

    def operations(self) -> None:
        old, new = self.old["operations"], self.new["operations"]
        removed, added = sorted(old.keys() - new.keys()), sorted(new.keys() - old.keys())
        by_call = {shape(new[name]["call"]): name for name in added}
        for name in removed:
            renamed = by_call.pop(shape(old[name]["call"]), None)
            if renamed:
                added.remove(renamed)
                self.add(name, f"operation renamed to {renamed}", renamed, breaking=True)
                self.operation(renamed, old[name], new[renamed])
            else:
                self.add(name, "operation removed", breaking=True)
        for name in added:
            self.add(name, "new operation", breaking=False)
        for name in sorted(old.keys() & new.keys()):
            self.operation(name, old[name], new[name])

    def operation(self, name: str, before: Entry, after: Entry) -> None:
        """One operation on both sides: where it sends, what it returns, its arguments."""
        if shape(before["call"]) != shape(after["call"]):  # the method hides where it sends
            self.add(name, f"now sends {after['call']}, was {before['call']}", breaking=False)
        if before["returns"] != after["returns"]:
            wider = not set(type_parts(after["returns"])) <= set(type_parts(before["returns"]))
            text = f"returns {after['returns']}, was {before['returns']}"
            self.add(name, text, breaking=wider or "pages of" in before["returns"] + after["returns"])
        if after.get("deprecated") and not before.get("deprecated"):
            self.add(name, "deprecated", breaking=False)
        self.members(name, before["params"], after["params"], inputs=True)

    def models(self) -> None:
        old, new = self.old["models"], self.new["models"]
        for name in sorted(old.keys() - new.keys()):
            self.add(name, "model removed", breaking=True)
        for name in sorted(new.keys() - old.keys()):
            self.add(name, "new model", breaking=False)
        for name in sorted(old.keys() & new.keys()):
            if "neither" in (old[name]["role"], new[name]["role"]):
                # A schema no operation sends or answers with is generated all the same, but is no
                # part of what a call gives or takes: its fields read differently, and do not matter.
                if old[name]["role"] != new[name]["role"]:
                    used = "no operation uses it now" if new[name]["role"] == "neither" else "used again"
                    self.add(name, used, breaking=False)
                continue
            roles = set(old[name]["role"].split(" and ")) | set(new[name]["role"].split(" and "))
            self.members(
                name,
                old[name]["fields"],
                new[name]["fields"],
                inputs="request" in roles,
                outputs="response" in roles,
            )

    def enums(self) -> None:
        old, new = self.old["enums"], self.new["enums"]
        for name in sorted(old.keys() - new.keys()):
            self.add(name, "enum removed", breaking=True)
        for name in sorted(new.keys() - old.keys()):
            self.add(name, "new enum", breaking=False)
        for name in sorted(old.keys() & new.keys()):
            for value in [v for v in old[name] if v not in new[name]]:
                self.add(name, f"enum value {value} removed{self.takers(name)}", value, breaking=True)
            for value in [v for v in new[name] if v not in old[name]]:
                self.add(name, f"new enum value {value}", value, breaking=False)

    def takers(self, enum: str) -> str:
        """The operations whose arguments take an enum, said after a change to it: `(taken by ...)`."""
        found = [
            f"{name} {param}"
            for name, operation in sorted(self.old["operations"].items())
            for param, entry in sorted(operation["params"].items())
            if entry.get("enum") == enum
        ]
        if not found:
            return ""
        more = f" and {len(found) - 3} more" if len(found) > 3 else ""
        return f" (taken by {', '.join(found[:3])}{more})"

    def members(
        self,
        subject: str,
        old: dict[str, Entry],
        new: dict[str, Entry],
        *,
        inputs: bool,
        outputs: bool = False,
    ) -> None:
        """Arguments of an operation (inputs) or fields of a model (inputs when a request sends it,
        outputs when a response holds it): removed, renamed, added, and each one changed."""
        removed = {name: old[name] for name in old.keys() - new.keys()}
        added = {name: new[name] for name in new.keys() - old.keys()}
        renamed = renames(removed, added)
        what: Callable[[Entry], str] = lambda e: WHERE[e["in"]] if "in" in e else "field"  # noqa: E731
        for name, to in sorted(renamed.items()):
            callers = " (keyword callers break)" if what(old[name]) != "field" else ""
            self.add(subject, f"{what(old[name])} {name} renamed to {to}{callers}", name, to, breaking=True)
        for name in sorted(removed.keys() - renamed.keys()):
            self.add(subject, f"{what(old[name])} {name} removed", name, breaking=True)
        for name in sorted(added.keys() - set(renamed.values())):
            entry = new[name]
            required = entry.get("required") and "default" not in entry
            kind = f"{'required' if required else 'optional'} {what(entry)}"
            self.add(subject, f"new {kind} {name}", name, breaking=bool(required and inputs))
        for name in sorted(old.keys() & new.keys()):
            self.member(subject, what(new[name]), name, old[name], new[name], inputs=inputs, outputs=outputs)

    def member(
        self, subject: str, what: str, name: str, old: Entry, new: Entry, *, inputs: bool, outputs: bool
    ) -> None:
        """One argument or field present on both sides: each way it changed."""
        label = f"{what} {name}"
        add: Callable[..., None] = lambda text, *names, breaking: self.add(  # noqa: E731
            subject, f"{label}: {text}", name, *names, breaking=breaking
        )
        if old.get("in") != new.get("in"):
            moved = f"moves from the {old.get('in')} to the {new.get('in')}"
            add(moved, breaking="path" in (old.get("in"), new.get("in")))  # a path argument is positional
        if old.get("position") != new.get("position"):
            add(
                f"position {old.get('position')} -> {new.get('position')} (positional callers break)",
                breaking=True,
            )
        if old.get("wire") != new.get("wire"):
            add(f"sent as {new.get('wire', name)}, was {old.get('wire', name)}", breaking=False)
        if old["type"] != new["type"]:
            before, after = set(type_parts(old["type"])), set(type_parts(new["type"]))
            breaking = (inputs and not before <= after) or (outputs and not after <= before)
            add(f"type {old['type']} -> {new['type']}", breaking=breaking)
        was, now = bool(old.get("required")), bool(new.get("required"))
        if was != now:
            text = "became required" if now else "became optional"
            add(text, breaking=(now and inputs) or (was and outputs))
        for key, words in (("default", "default"), ("api_default", "the API's default")):
            if old.get(key) != new.get(key):
                add(f"{words} {show(old.get(key))} -> {show(new.get(key))}", breaking=inputs)
        self.limits(add, old.get("limits", {}), new.get("limits", {}), inputs=inputs)
        gone = [v for v in old.get("values", []) if v not in new.get("values", [])]
        gone = [v for v in gone if v not in self.removed_values.get(old.get("enum", ""), set())]
        if gone and inputs:
            add(f"no longer accepts {', '.join(map(str, gone))}", *map(str, gone), breaking=True)
        if new.get("deprecated") and not old.get("deprecated"):
            add("deprecated", breaking=False)

    @staticmethod
    def limits(add: Callable[..., None], old: Entry, new: Entry, *, inputs: bool) -> None:
        """A limit that allows less than it did breaks a caller who sends what it allowed."""
        for rule in sorted(old.keys() | new.keys()):
            before, after = old.get(rule), new.get(rule)
            if before == after:
                continue
            spec_name = SPEC_NAMES[rule]
            if rule in LIMITS:
                larger_allows_more = LIMITS[rule]
                narrowed = after is not None and (
                    before is None or (after < before if larger_allows_more else after > before)
                )
            else:  # a pattern or a format: any new or changed one may refuse what was sent
                narrowed = after is not None
            text = f"{spec_name} {show(before)} -> {show(after)} ({'narrowed' if narrowed else 'widened'})"
            add(text, *([str(after)] if narrowed and rule in LIMITS else []), breaking=narrowed and inputs)


def show(value: Any) -> str:
    return "none" if value is None else str(value)


def shape(call: str) -> str:
    """An operation's method and path with its parameters unnamed: a rename of one keeps the shape."""
    return re.sub(r"\{[^}]+\}", "{}", call)


def renames(removed: dict[str, Entry], added: dict[str, Entry]) -> dict[str, str]:
    """Pair a removed argument or field with an added one where they are alike but for the name (same
    place, type, rules), and exactly one candidate matches on each side: a rename, not two changes."""

    def alike(entry: Entry) -> Entry:
        return {key: value for key, value in entry.items() if key not in ("wire", "deprecated")}

    matches = {old: [new for new in added if alike(added[new]) == alike(removed[old])] for old in removed}
    candidates = [new for found in matches.values() for new in found]
    return {
        old: found[0] for old, found in matches.items() if len(found) == 1 and candidates.count(found[0]) == 1
    }


def compare(old: Entry, new: Entry) -> list[Difference]:
    """Every difference from the released surface (old) to the spec's (new), breaking ones first."""
    return Comparison(old, new).run()


@dataclass(frozen=True)
class Change:
    """One difference as the check says it: the same change to every place it reaches (`subjects`),
    and the names besides those places that an entry naming it must hold."""

    subjects: tuple[str, ...]
    text: str
    breaking: bool
    names: tuple[str, ...]

    @property
    def line(self) -> str:
        return f"{'BREAKING' if self.breaking else 'info'} {', '.join(self.subjects)}: {self.text}"


def changes(differences: list[Difference]) -> list[Change]:
    """The differences said once each: those alike but for their subject are one change, in the
    order the first of them comes."""
    places: dict[tuple[str, bool, tuple[str, ...]], list[str]] = {}
    for difference in differences:
        key = (difference.text, difference.breaking, difference.names[1:])
        places.setdefault(key, []).append(difference.subject)
    return [
        Change(tuple(subjects), text, breaking, names) for (text, breaking, names), subjects in places.items()
    ]


# ---- the changelog ---------------------------------------------------------------------------------


def changelog_entries(text: str, released: str) -> list[str]:
    """The entries of CHANGELOG.md above the released version's section (its [Unreleased] section):
    each bullet, with its continuation lines, and each paragraph, as one string."""
    entries: list[str] = []
    current: list[str] = []
    for line in text.splitlines():
        if re.match(rf"^## \[{re.escape(released)}\]", line):
            break
        starts = re.match(r"^\s*([-*] |#)", line) or not line.strip()
        if starts and current:
            entries.append(" ".join(current))
            current = []
        if line.strip() and not line.startswith("#"):
            current.append(line.strip())
    if current:
        entries.append(" ".join(current))
    return entries


def holds(entry: str, name: str) -> bool:
    """Whether an entry holds a name as a whole word, not as the start of a longer one (`get_all`)."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", entry) is not None


def names_it(entry: str, change: Change) -> bool:
    """An entry names a change when it holds each of its names and one of its places, as whole words."""
    return all(holds(entry, name) for name in change.names) and any(
        holds(entry, subject) for subject in change.subjects
    )


def unnamed(found: list[Change], entries: list[str]) -> list[Change]:
    """The breaking changes no entry names."""
    return [change for change in found if change.breaking and not any(names_it(e, change) for e in entries)]


def what_names(change: Change) -> str:
    """What an entry must hold to name a change, as the check asks for it."""
    names = [f"`{name}`" for name in change.names]
    places = [f"`{subject}`" for subject in change.subjects]
    if len(places) == 1:
        return ", ".join(places + names)
    return " and ".join(filter(None, [", ".join(names), "one of " + ", ".join(places)]))


def package_version() -> str:
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def check(current: Entry, baseline: Path, changelog: Path) -> int:
    """Print each difference from the released surface to the current one, breaking ones first;
    1 while the CHANGELOG does not name one of those."""
    if not baseline.exists():
        print(f"breaking: {baseline.name} is missing; `make released-surface` writes it from the spec")
        return 1
    released = json.loads(baseline.read_text(encoding="utf-8"))
    differences = changes(compare(released, current))
    missing = unnamed(
        differences, changelog_entries(changelog.read_text(encoding="utf-8"), released["version"])
    )
    for difference in differences:
        named = difference.breaking and difference not in missing
        print(difference.line + ("   [in CHANGELOG]" if named else ""))
    version = package_version()
    if version != released["version"] and not missing:
        print(
            f"note: the package is {version} but {baseline.name} is {released['version']}'s: once "
            f"{version} is released, `make released-surface` makes it the baseline"
        )
    if missing:
        print(
            f"\nbreaking: {len(missing)} breaking change(s) since {released['version']} that "
            f"{changelog.name} does not name. Say each in an entry (a bullet) of its [Unreleased] section, "
            "holding the names below (the BREAKING line itself, pasted, does):"
        )
        for difference in missing:
            print("  " + what_names(difference))
        return 1
    breaking = sum(d.breaking for d in differences)
    others = len(differences) - breaking
    print(f"breaking: {breaking} breaking and {others} other change(s) since {released['version']}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--baseline", type=Path, default=RELEASED)
    parser.add_argument("--changelog", type=Path, default=CHANGELOG)
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--release", action="store_true", help="write the spec's surface as the released one")
    action.add_argument("--print", action="store_true", help="print the spec's surface")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.release:
        version = package_version()
        args.baseline.write_text(dumps(surface(load_sdk(args.spec, version))), encoding="utf-8")
        print(f"{args.baseline.name}: the surface of {version}")
        return 0
    if args.print:
        sys.stdout.write(dumps(surface(load_sdk(args.spec, package_version()))))
        return 0
    status = check(surface(load_sdk(args.spec)), args.baseline, args.changelog)
    print(f"breaking: checked in {time.perf_counter() - started:.1f} s")
    return status


if __name__ == "__main__":
    sys.exit(main())
