"""The cassettes guard regeneration: a client generated from a changed spec fails them.

The normal run replays the cassettes against generated/, which check-generated proves is exactly what
the spec and templates produce, and passes. Here the spec is changed in a copy, a client generated
from it into tmp, and the cassette suite run against that client in a subprocess (its directory first
on PYTHONPATH, ahead of the editable install); it must fail, in the flows the change touches only.
"""

from __future__ import annotations

import copy
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from shared_docs import generate_client, load_spec
from support import spec as support_spec

ROOT = Path(__file__).resolve().parents[2]
FLOW_TESTS = "tests/recorded/test_flows.py"


def rename_query_parameter(spec: dict[str, Any]) -> None:
    """The wire name of the pattern_type filter becomes patternType. The Python argument keeps its
    name (the generator snake-cases it), so every call still type-checks: only the request changes."""
    spec["components"]["parameters"]["pattern_type"]["name"] = "patternType"


def change_field_type(spec: dict[str, Any]) -> None:
    """last_modified (the deprecated timestamp every entity but content policies shares, as the
    LastModified schema) becomes an integer. Requests are the same, but the recorded answers no longer
    fit the client's models: parsing them fails, naming the field.

    (A change the recorded answers still fit, say date-time to a plain string, passes by design: the
    flows check types as the models declare them, so that an API change costs a spec edit and a
    re-record, not edits of the tests.)"""
    schema = spec["components"]["schemas"]["LastModified"]
    schema["type"] = "integer"
    del schema["format"]


def filtered_by_pattern_type() -> set[str]:
    """The resources whose list takes the shared pattern_type filter: their flows call it."""
    doc = load_spec()
    shared = doc["components"]["parameters"]["pattern_type"]
    return {
        resource
        for resource, methods in support_spec.resources_of(doc).items()
        if "list" in methods and any(parameter is shared for parameter in methods["list"].parameters)
    }


def with_last_modified() -> set[str]:
    """The resources whose entries carry a LastModified field: their flows parse it."""
    doc = load_spec()
    return {
        resource
        for resource in support_spec.resources_of(doc)
        if any(
            support_spec.ref_name(field) == "LastModified"
            for field in support_spec.merged_object(doc, support_spec.entity(resource, doc) or {})
            .get("properties", {})
            .values()
        )
    }


# change -> (the flows it must fail, read from the spec; text the failure must show)
CHANGES: dict[str, tuple[Callable[[dict[str, Any]], None], Callable[[], set[str]], str]] = {
    "renamed query parameter": (rename_query_parameter, filtered_by_pattern_type, "('patternType', 'EMAIL')"),
    "changed field type": (change_field_type, with_last_modified, "last_modified: expected an integer"),
}


@pytest.mark.slow
@pytest.mark.parametrize("change", sorted(CHANGES))
def test_cassettes_fail_against_a_client_generated_from_a_changed_spec(change: str, tmp_path: Path) -> None:
    mutate, touched, symptom = CHANGES[change]
    broken = touched()
    assert broken, f"no flow the change touches: {change} changes nothing the spec has"
    spec = copy.deepcopy(load_spec())
    mutate(spec)
    out = generate_client(spec, tmp_path)
    env = {name: value for name, value in os.environ.items() if name != "RECORD_BASE_URL"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(out), env.get("PYTHONPATH")]))

    where = subprocess.run(
        [
            sys.executable,
            "-c",
            "import cf_email_security, cf_email_security_generated as g; print(g.__file__)",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.strip().startswith(str(out)), "the suite would test the committed client instead"

    command = [
        sys.executable,
        "-m",
        "pytest",
        FLOW_TESTS,
        "--record-mode=none",
        "-p",
        "no:cacheprovider",
        "-q",
    ]
    run = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    output = run.stdout + run.stderr
    assert run.returncode == 1, output
    failed = {
        match.group(1)
        for match in re.finditer(r"^FAILED \S+::test_flow\[(\w+)-(?:sync|async)\]", output, re.M)
    }
    assert failed == broken, output
    tests = 2 * len(support_spec.resources_of())  # one flow per resource, sync and async
    if len(broken) * 2 < tests:
        assert f"{2 * len(broken)} failed, {tests - 2 * len(broken)} passed" in output, output
    else:
        assert f"{tests} failed" in output and " passed" not in output, output
    assert symptom in output, output
