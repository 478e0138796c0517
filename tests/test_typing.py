"""The client's types catch mistakes before anything runs, under mypy --strict and pyright strict alike.

tests/typing/mistakes.py marks each mistake with `# E: <what>`: each checker must report an error on
each marked line and on no other. The file's unmarked lines are correct uses (enum members and their
string values, TypedDicts, per-call options), so a type that is too strict fails here as surely as one
that is too loose. tests/typing/usage.py and every Python example of README.md must pass both with no
error, and pyright's `--verifytypes` must find the public package's types complete.

pyright comes with the dev extra; where it is not installed (the per-Python runs install `.[test]`
only) its tests are skipped, saying so.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from shared_docs import generate_client, load_spec
from support import IdMaker

ROOT = Path(__file__).resolve().parent.parent
MISTAKES = Path("tests", "typing", "mistakes.py")
USAGE = Path("tests", "typing", "usage.py")
README = ROOT / "README.md"
MARK = re.compile(r"#\s*E:\s*(?P<what>.+)$")
ERROR = re.compile(r"^(?P<path>[^:\n]+):(?P<line>\d+): error: (?P<message>.*)$", re.MULTILINE)
PYTHON_BLOCK = re.compile(r"^```python\n(?P<code>.*?)^```$", re.MULTILINE | re.DOTALL)
# Names the README's examples leave to the reader (an id from an earlier call, say), as the reader has them.
README_GIVEN = """\
old_id = "f174e90a-fafe-4643-bbbc-4a0ed4fc8415"
other_id = "2d4d1e3c-0b7a-4c55-9a55-0c1e0f3e8d11"
"""
# The share of the public package's symbols whose types pyright's --verifytypes finds known: all of
# them, so that an attribute left to inference (which checkers may infer differently) fails here.
MIN_COMPLETENESS = 1.0

needs_pyright = pytest.mark.skipif(
    importlib.util.find_spec("pyright") is None,
    reason="needs pyright, not installed here: the dev extra has it (pip install -e '.[dev]')",
)


def mypy(*arguments: str, cwd: Path = ROOT, path: Path | None = None) -> dict[tuple[str, int], list[str]]:
    """Run the venv's mypy --strict (with MYPYPATH=path if given); its errors as (path, line) ->
    messages. Fails if mypy itself fails."""
    command = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--show-error-codes"]
    env = {**os.environ, **({"MYPYPATH": str(path)} if path else {})}
    result = subprocess.run([*command, *arguments], cwd=cwd, env=env, capture_output=True, text=True)
    assert result.returncode in (0, 1), f"mypy failed to run:\n{result.stdout}\n{result.stderr}"
    errors: dict[tuple[str, int], list[str]] = {}
    for match in ERROR.finditer(result.stdout):
        key = (Path(match["path"]).as_posix(), int(match["line"]))
        errors.setdefault(key, []).append(match["message"])
    return errors


def pyright(*arguments: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run the venv's pyright (with --outputjson) from the project root, with the project's
    configuration (pyproject: strict); its report. Fails if pyright itself fails."""
    command = [sys.executable, "-m", "pyright", "--outputjson", *arguments]
    # No look-up of a newer pyright on the package index: the version is the dev extra's, pinned.
    environment = {**os.environ, "PYRIGHT_PYTHON_IGNORE_WARNINGS": "1", **(env or {})}
    result = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True)
    assert result.returncode in (0, 1), f"pyright failed to run:\n{result.stdout}\n{result.stderr}"
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def pyright_errors(*paths: Path) -> dict[tuple[str, int], list[str]]:
    """pyright strict's errors on the given files as (path, line) -> messages (paths as given)."""
    report = pyright("--pythonpath", sys.executable, *map(str, paths))
    given = {str(path.resolve() if path.is_absolute() else (ROOT / path).resolve()): path for path in paths}
    errors: dict[tuple[str, int], list[str]] = {}
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            path = given.get(str(Path(diagnostic["file"]).resolve()), Path(diagnostic["file"]))
            key = (path.as_posix(), diagnostic["range"]["start"]["line"] + 1)
            errors.setdefault(key, []).append(diagnostic["message"].splitlines()[0])
    return errors


def marked_lines(path: Path) -> dict[int, str]:
    """Line number -> what the `# E:` comment on it says is wrong."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {number: match["what"] for number, line in enumerate(lines, 1) if (match := MARK.search(line))}


def test_mypy_reports_each_marked_mistake_and_nothing_else() -> None:
    """The project's mypy configuration (pyproject: strict, mypy_path generated/ and overlays/)."""
    marked = marked_lines(ROOT / MISTAKES)
    assert len(marked) >= 20, "the mistakes file lost its marks"
    errors = mypy("--config-file", str(ROOT / "pyproject.toml"), str(MISTAKES))
    reported = {line: messages for (path, line), messages in errors.items() if path == MISTAKES.as_posix()}
    missed = {line: what for line, what in marked.items() if line not in reported}
    unexpected = {line: messages for line, messages in reported.items() if line not in marked}
    assert not missed, f"mypy accepted these mistakes (line: what): {missed}"
    assert not unexpected, f"mypy rejected correct uses (line: errors): {unexpected}"


CREATE_UNKNOWN = """
from cf_email_security_generated import EmailSecurity
from cf_email_security_generated.models.pattern_type import PatternTypeWritable

es = EmailSecurity(api_token="t", account_id="acc")
es.block_senders.create(pattern="x", pattern_type="{refused}", is_regex=False)  # refused: body
es.block_senders.batch(posts=[{{"pattern": "x", "pattern_type": "{refused}", "is_regex": False}}])  # refused
es.block_senders.update({ident!r}, pattern_type="{refused}")  # refused: body
es.block_senders.list(pattern_type="{refused}")  # a filter: old entries carry {refused}
es.block_senders.create(pattern="x", pattern_type="{allowed}", is_regex=False)
writable: PatternTypeWritable = "{allowed}"
"""


def literal(values: list[str]) -> str:
    return f"Literal[{', '.join(json.dumps(value) for value in values)}]"


def test_response_only_enum_values_are_refused_in_request_bodies_only(tmp_path: Path) -> None:
    """`x-sdk-response-only` on an enum: its values leave the body fields' Literal, not the filters'.

    Upstream says UNKNOWN may appear on existing entries but cannot be sent on create or update; a spec
    that marks it so gets `PatternTypeWritable` (the other values) for body fields.
    """
    spec = copy.deepcopy(load_spec())
    pattern_type = spec["components"]["schemas"]["PatternType"]
    values = list(pattern_type["enum"])
    only = list(pattern_type.get("x-sdk-response-only") or values[-1:])
    pattern_type["x-sdk-response-only"] = only
    writable = [value for value in values if value not in only]
    out = generate_client(spec, tmp_path)
    module = (out / "cf_email_security_generated" / "models" / "pattern_type.py").read_text()
    assert f"PatternTypeWritable = {literal(writable)}" in module
    assert f"PatternTypeValue = {literal(values)}" in module
    code = CREATE_UNKNOWN.format(refused=only[0], allowed=writable[-1], ident=IdMaker()())
    (tmp_path / "check.py").write_text(code, encoding="utf-8")
    cache = ROOT / ".mypy_cache" / "generated-variants"  # kept apart: another cf_email_security_generated
    errors = mypy("--cache-dir", str(cache), "check.py", cwd=tmp_path, path=out)
    lines = code.splitlines()
    expected = {number for number, line in enumerate(lines, 1) if line.endswith(("refused", "refused: body"))}
    reported = {line for (path, line) in errors if path == "check.py"}
    assert reported == expected, errors


@needs_pyright
def test_pyright_reports_each_marked_mistake_and_nothing_else() -> None:
    """What mypy catches, pyright (and so VS Code) catches too, and it accepts the same correct uses."""
    marked = marked_lines(ROOT / MISTAKES)
    reported = {line: messages for (path, line), messages in pyright_errors(MISTAKES).items()}
    missed = {line: what for line, what in marked.items() if line not in reported}
    unexpected = {line: messages for line, messages in reported.items() if line not in marked}
    assert not missed, f"pyright accepted these mistakes (line: what): {missed}"
    assert not unexpected, f"pyright rejected correct uses (line: errors): {unexpected}"


def test_typed_usage_is_clean_under_mypy() -> None:
    """Builders, results and plans of every resource, sync and async, have the types usage.py asserts."""
    errors = mypy("--config-file", str(ROOT / "pyproject.toml"), str(USAGE))
    assert not errors, errors


@needs_pyright
def test_typed_usage_is_clean_under_pyright() -> None:
    errors = pyright_errors(USAGE)
    assert not errors, errors


def readme_examples(directory: Path) -> tuple[Path, list[int]]:
    """README.md's Python examples in order as one module, as a reader runs them in one session (a
    later one uses what an earlier one made), after the names the README leaves to the reader; and
    the README line of each line of that module (0 for the lines given here)."""
    text = README.read_text(encoding="utf-8")
    lines = README_GIVEN.splitlines()
    origin = [0] * len(lines)
    for block in PYTHON_BLOCK.finditer(text):
        first = text.count("\n", 0, block.start("code")) + 1
        code = block["code"].splitlines()
        lines += code
        origin += range(first, first + len(code))
    module = directory / "readme_examples.py"
    module.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return module, origin


def in_readme(errors: dict[tuple[str, int], list[str]], module: Path, origin: list[int]) -> list[str]:
    return [
        f"README.md:{origin[line - 1] if line <= len(origin) else '?'}: {message}"
        for (path, line), messages in sorted(errors.items())
        if Path(path).name == module.name
        for message in messages
    ]


def test_readme_examples_are_found(tmp_path: Path) -> None:
    """The control: the examples below are the README's, every one of them."""
    module, origin = readme_examples(tmp_path)
    assert len(PYTHON_BLOCK.findall(README.read_text(encoding="utf-8"))) >= 3
    assert "batch_builder()" in module.read_text(encoding="utf-8")
    assert origin[len(README_GIVEN.splitlines())] > 1


def test_readme_examples_are_clean_under_mypy(tmp_path: Path) -> None:
    module, origin = readme_examples(tmp_path)
    errors = mypy("--config-file", str(ROOT / "pyproject.toml"), str(module))
    assert not errors, "\n".join(in_readme(errors, module, origin))


@needs_pyright
def test_readme_examples_are_clean_under_pyright(tmp_path: Path) -> None:
    """pyright strict, as VS Code's strict mode checks a pasted example."""
    module, origin = readme_examples(tmp_path)
    errors = pyright_errors(module)
    assert not errors, "\n".join(in_readme(errors, module, origin))


@needs_pyright
def test_the_public_package_types_are_complete() -> None:
    """pyright --verifytypes: the share of cf_email_security's public symbols (and what they expose)
    whose types are declared, not left to inference, at least MIN_COMPLETENESS."""
    # --verifytypes reads the import roots of the `python` on PATH, not --pythonpath; and no static
    # tool follows the editable install's import hook, so the source folders are named.
    env = {
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
        "PYTHONPATH": os.pathsep.join([str(ROOT / "generated"), str(ROOT / "overlays")]),
    }
    report = pyright("--verifytypes", "cf_email_security", "--ignoreexternal", env=env)
    problems = [d["message"] for d in report["generalDiagnostics"] if d["severity"] == "error"]
    assert not problems, problems
    completeness = report["typeCompleteness"]
    counts = completeness["exportedSymbolCounts"]
    assert sum(counts.values()) > 100, f"the package was not found or exports almost nothing: {counts}"
    unknown = [
        f"{symbol['name']}: {'; '.join(d['message'].splitlines()[0] for d in symbol['diagnostics'])}"
        for symbol in completeness["symbols"]
        if not symbol["isTypeKnown"] or symbol["isTypeAmbiguous"]
    ]
    score = completeness["completenessScore"]
    assert score >= MIN_COMPLETENESS, f"type completeness {score:.1%}; not known:\n" + "\n".join(unknown)
