"""Schemathesis against the fake API, with upstream's live reference as the schema (`make conformance`).

    .venv/bin/python tests/conformance/run_schemathesis.py [--max-examples 20] [--max-time 300] [...]

Starts the fake (`cf_email_security.testing.FakeServer` on 127.0.0.1, any free port, accepting only
one bearer token, a step clock) and runs `schemathesis run` on ../shared/reference/upstream-live-openapi.json
with the base URL http://127.0.0.1:PORT/client/v4, every check, bounded in examples per operation and
in time, with tests/conformance/schemathesis.toml (the account id and the credentials). Every entity
the reference shows an example id for exists in the fake under that id, so the examples reach entries,
not only 404s. Arguments after `--` go to schemathesis as they are.

Then each failure schemathesis reports is looked up in tests/conformance/findings.yaml: a quirk of
the reference or a deliberate divergence of the fake passes, a known fake bug or a failure no entry
explains fails (exit 1, with the request and the response). Schemathesis's own status when it could
not run; 2 without ../shared/. Not part of `make test`: it needs schemathesis (not a dependency of
the project) and takes minutes.
"""

from __future__ import annotations

import argparse
import base64
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: the spec's Factory

from cf_email_security.testing import (  # noqa: E402
    FAKE_API_TOKEN,
    FakeEmailSecurity,
    FakeServer,
    StepClock,
)
from support import Factory, spec  # noqa: E402

ROOT = HERE.parents[1]
REFERENCE = ROOT.parent / "shared" / "reference" / "upstream-live-openapi.json"
CONFIG = HERE / "schemathesis.toml"
FINDINGS = HERE / "findings.yaml"
VERDICTS = ("reference", "divergence", "fake-bug")


def example_ids(document: dict[str, Any]) -> set[str]:
    """The `example` of every entry id the reference's paths take (one UUID, for all seven)."""
    found = set()
    for path, item in document["paths"].items():
        names = re.findall(r"\{([^}]+)\}", path)[1:]  # the ids after the account
        parameters = list(item.get("parameters", ()))
        for operation in item.values():
            if isinstance(operation, dict):
                parameters += operation.get("parameters", ())
        for parameter in parameters:
            parameter = resolve(document, parameter)
            if parameter.get("in") == "path" and parameter.get("name") in names:
                example = resolve(document, parameter.get("schema", {})).get("example")
                if example is not None:
                    found.add(example)
    return found


def resolve(document: dict[str, Any], node: Any) -> Any:
    """A local $ref followed (and a lone allOf, as the reference wraps its id schemas)."""
    while isinstance(node, dict) and ("$ref" in node or len(node.get("allOf", ())) == 1):
        if "$ref" not in node:
            node = node["allOf"][0]
            continue
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def seed(schema: Path) -> dict[str, list[dict[str, Any]]]:
    """One entry of every resource (built by the spec's Factory) under each id the reference shows as
    an example: the examples schemathesis sends then reach entries that exist, not only 404s."""
    ids = sorted(example_ids(json.loads(schema.read_text(encoding="utf-8"))))
    factory = Factory()
    return {
        resource: [factory.entity(resource, id=entry_id) for entry_id in ids]
        for resource in spec.resources_of()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--schema", type=Path, default=REFERENCE, help="the OpenAPI document to test with")
    parser.add_argument("--max-examples", type=int, default=20, help="test cases per operation and phase")
    parser.add_argument("--max-time", type=int, default=300, help="seconds for the whole run")
    parser.add_argument("--seed", type=int, default=1, help="schemathesis's random seed (a run repeats)")
    parser.add_argument(
        "--report-dir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "cf-email-security-conformance",
        help="where each run writes its reports, in a directory of its own",
    )
    parser.add_argument("extra", nargs="*", help="passed to `schemathesis run` (after --)")
    args = parser.parse_args(argv)
    if not args.schema.exists():
        print(
            f"{args.schema} absent: the reference lives in ../shared/ beside the repository", file=sys.stderr
        )
        return 2
    command = shutil.which("schemathesis", path=str(Path(sys.executable).parent)) or "schemathesis"
    args.report_dir.mkdir(parents=True, exist_ok=True)
    reports = Path(tempfile.mkdtemp(prefix="run-", dir=args.report_dir))
    fake = FakeEmailSecurity(seed=seed(args.schema), api_token=FAKE_API_TOKEN, clock=StepClock())
    with FakeServer(fake) as server:
        run = [
            command,
            "--config-file",
            str(CONFIG),
            "run",
            str(args.schema),
            "--url",
            server.base_url,
            "--checks",
            "all",
            "--max-examples",
            str(args.max_examples),
            "--max-time",
            str(args.max_time),
            "--seed",
            str(args.seed),
            "--workers",
            "1",
            "--report",
            "ndjson,junit",
            "--report-dir",
            str(reports),
            *args.extra,
        ]
        print("fake API on", server.base_url, flush=True)
        print(" ".join(run), flush=True)
        env = {**os.environ, "SCHEMATHESIS_FAKE_TOKEN": FAKE_API_TOKEN}
        # Run in the report directory: schemathesis and hypothesis leave their caches in the working one.
        status = subprocess.run(run, env=env, cwd=reports, check=False).returncode
    if status not in (0, 1):  # schemathesis could not run (a usage error, an unloadable schema)
        return status
    print(f"reports in {reports}")
    return report(failures(reports), findings())


# ---- the findings, explained by findings.yaml -------------------------------------------------------


@dataclass(frozen=True)
class Failure:
    check: str
    code: str
    operation: str
    request: str
    status: int
    response: str


@dataclass(frozen=True)
class Finding:
    check: str
    operation: str
    response: str
    verdict: str
    reason: str

    def explains(self, failure: Failure) -> bool:
        return (
            fnmatch.fnmatchcase(failure.check, self.check)
            and any(
                fnmatch.fnmatchcase(failure.operation, pattern) for pattern in _alternatives(self.operation)
            )
            and fnmatch.fnmatchcase(failure.response, self.response)
        )


def _alternatives(pattern: str) -> list[str]:
    """`{a,b}` (the whole pattern) as its alternatives; any other pattern as itself."""
    if pattern.startswith("{") and pattern.endswith("}") and "," in pattern:
        return pattern[1:-1].split(",")
    return [pattern]


def findings() -> list[Finding]:
    entries = yaml.safe_load(FINDINGS.read_text(encoding="utf-8")) or []
    found = []
    for index, entry in enumerate(entries):
        where = f"{FINDINGS.name}[{index}]"
        assert set(entry) == {"check", "operation", "response", "verdict", "reason"}, f"{where}: keys"
        assert entry["verdict"] in VERDICTS, f"{where}: verdict one of {VERDICTS}"
        found.append(Finding(**entry))
    return found


def _text(data: Any) -> str:
    if isinstance(data, dict) and "$base64" in data:
        return base64.b64decode(data["$base64"]).decode("utf-8", "replace")
    return "" if data is None else str(data)


def failures(report_dir: Path) -> list[Failure]:
    """Every failed check of the run, from schemathesis's NDJSON report, each once."""
    found: dict[tuple[str, ...], Failure] = {}
    for path in sorted(report_dir.glob("*.ndjson")):
        for line in path.read_text(encoding="utf-8").splitlines():
            event = json.loads(line).get("ScenarioFinished")
            if not event or event.get("status") != "failure":
                continue
            recorder = event["recorder"]
            for case_id, checks in recorder.get("checks", {}).items():
                interaction = recorder.get("interactions", {}).get(case_id) or {}
                request, response = interaction.get("request") or {}, interaction.get("response") or {}
                for check in checks:
                    if check.get("status") != "failure":
                        continue
                    info = (check.get("failure_info") or {}).get("failure") or {}
                    failure = Failure(
                        check=check["name"],
                        code=str(info.get("code", "")),
                        operation=str(info.get("operation") or recorder.get("label", "")),
                        request=" ".join(
                            [
                                str(request.get("method", "")),
                                str(request.get("uri", "")),
                                _text(request.get("body")),
                            ]
                        ),
                        status=int(response.get("status_code") or 0),
                        response=_text(response.get("content")),
                    )
                    found.setdefault((failure.check, failure.operation, failure.response), failure)
    return list(found.values())


def report(found: list[Failure], entries: list[Finding]) -> int:
    """Print the failures by the entry that explains them; 1 if one is a fake bug or unexplained."""
    explained: dict[int, list[Failure]] = {}
    unexplained = []
    for failure in found:
        index = next((i for i, entry in enumerate(entries) if entry.explains(failure)), None)
        if index is None:
            unexplained.append(failure)
        else:
            explained.setdefault(index, []).append(failure)
    print(
        f"\n==== {len(found)} failing test cases (distinct responses), by {FINDINGS.relative_to(ROOT)} ===="
    )
    for index, entry in enumerate(entries):
        seen = explained.get(index, [])
        print(f"\n[{entry.verdict}] {entry.check} {entry.response}: {len(seen)} this run")
        for failure in seen[:3]:
            print(f"    {failure.operation} -> {failure.status}: {failure.response[:160]}")
    bugs = [
        failure
        for index, entry in enumerate(entries)
        if entry.verdict == "fake-bug"
        for failure in explained.get(index, [])
    ]
    for failure in unexplained:
        print(f"\nUNEXPLAINED {failure.check} ({failure.code}) {failure.operation}")
        print(f"    request:  {failure.request[:600]}")
        print(f"    response: {failure.status} {failure.response[:600]}")
    if unexplained or bugs:
        print(f"\n{len(unexplained)} unexplained failures, {len(bugs)} of known fake bugs: failed")
        return 1
    print("\nevery failure is a known quirk of the reference or a deliberate divergence: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
