"""Acceptance test of issue 12: the next API change costs its spec edit and a regeneration, and almost
nothing else.

Benign changes, all four applied to a copy of the spec (a new optional response field on an entity, a
new enum value, a new list filter, a new resource `widgets` with list/create/get/update/delete and
batch), give a client, generated into a temporary directory, that passes the cassette replay and the
spec-driven tests as they are: run in a subprocess with that client first on PYTHONPATH (the fake
reads the spec from the generated package's `openapi.json`, so it serves the changed spec). A breaking
change (a response field's type changes: `pattern` becomes an integer) fails them, and the first
failure lines say which field.
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

import shared_docs

ROOT = Path(__file__).resolve().parent.parent
SUITES = ["tests/recorded/test_flows.py", "tests/test_spec_driven.py"]

Spec = dict[str, Any]


# ---- the changes ----------------------------------------------------------------------------------------


def new_response_field(spec: Spec) -> None:
    """(a) Allow policies gain an optional response field."""
    spec["components"]["schemas"]["AllowPolicy"]["properties"]["modified_by"] = {
        "type": "string",
        "nullable": True,
    }


def new_enum_value(spec: Spec) -> None:
    """(b) A pattern may match a URL."""
    spec["components"]["schemas"]["PatternType"]["enum"].append("URL")


def new_list_filter(spec: Spec) -> None:
    """(c) Allow policies can be listed by comment."""
    path = spec["paths"]["/accounts/{account_id}/email-security/settings/allow_policies"]
    path["get"]["parameters"].append({"name": "comments", "in": "query", "schema": {"type": "string"}})


def new_resource(spec: Spec) -> None:
    """(d) `widgets`, made the way the other resources are: list, create, batch, get, update, delete."""
    prefix = "/accounts/{account_id}/email-security/settings/widgets"
    ref = lambda name: {"$ref": f"#/components/schemas/{name}"}  # noqa: E731
    account, widget_id = (
        {"$ref": "#/components/parameters/account_id"},
        {"$ref": "#/components/parameters/widget_id"},
    )
    client_error = {"$ref": "#/components/responses/ClientError"}

    def operation(sdk: str, noun: str, schema: str, status: str = "200", body: str | None = None) -> Any:
        made: dict[str, Any] = {
            "tags": ["widgets"],
            "operationId": f"email_security_{sdk}_{noun}",
            "x-sdk-method": sdk,
            "summary": f"{sdk.capitalize()} widgets",
            "description": f"{sdk.capitalize()} widgets.",
            "responses": {
                status: {"description": "ok", "content": {"application/json": {"schema": ref(schema)}}},
                "4XX": client_error,
            },
        }
        if body is not None:
            made["requestBody"] = {"required": True, "content": {"application/json": {"schema": ref(body)}}}
        return made

    listing = operation("list", "widgets", "WidgetListResponse")
    listing["parameters"] = [
        {"$ref": "#/components/parameters/page"},
        {"$ref": "#/components/parameters/per_page"},
        {"$ref": "#/components/parameters/direction"},
        {"$ref": "#/components/parameters/search"},
        {"name": "size", "in": "query", "schema": {"type": "integer", "format": "int32", "minimum": 1}},
    ]
    spec["tags"].append({"name": "widgets", "description": "Made-up entries, to prove the spec defines all."})
    spec["paths"][prefix] = {
        "parameters": [account],
        "get": listing,
        "post": operation("create", "widget", "WidgetResponse", "201", "CreateWidget"),
    }
    spec["paths"][prefix + "/batch"] = {
        "parameters": [account],
        "post": operation("batch", "widgets", "WidgetBatchResponse", body="WidgetBatch"),
    }
    spec["paths"][prefix + "/{widget_id}"] = {
        "parameters": [account, widget_id],
        "get": operation("get", "widget", "WidgetResponse"),
        "patch": operation("update", "widget", "WidgetResponse", body="UpdateWidget"),
        "delete": operation("delete", "widget", "DeletedIdResponse"),
    }
    components = spec["components"]
    components["parameters"]["widget_id"] = {
        "name": "widget_id",
        "in": "path",
        "required": True,
        "schema": ref("EntryId"),
    }
    envelope = lambda result: {  # noqa: E731
        "allOf": [
            ref("ApiResponseCommon"),
            {"type": "object", "required": ["result"], "properties": {"result": result}},
        ]
    }
    batch = lambda items: {"type": "array", "maxItems": 1000, "default": [], "items": items}  # noqa: E731
    results = lambda items: {"type": "array", "items": items}  # noqa: E731
    components["schemas"].update(
        {
            "CreateWidget": {
                "type": "object",
                "required": ["name", "size"],
                "properties": {
                    "comments": ref("Comments"),
                    "name": {"type": "string", "minLength": 1, "maxLength": 64},
                    "size": {"type": "integer", "format": "int32", "minimum": 1},
                },
            },
            "Widget": {
                "allOf": [
                    ref("CreateWidget"),
                    {
                        "type": "object",
                        "required": ["id", "created_at"],
                        "properties": {
                            "id": {"readOnly": True, "allOf": [ref("EntryId")]},
                            "created_at": {"type": "string", "format": "date-time", "readOnly": True},
                            "modified_at": {"type": "string", "format": "date-time", "readOnly": True},
                        },
                    },
                ]
            },
            "UpdateWidget": {
                "type": "object",
                "properties": {
                    "comments": ref("Comments"),
                    "name": {"type": "string", "minLength": 1, "maxLength": 64},
                    "size": {"type": "integer", "format": "int32", "minimum": 1},
                },
            },
            "WidgetPatch": {"allOf": [ref("UpdateWidget"), ref("EntryRef")]},
            "WidgetPut": {"allOf": [ref("CreateWidget"), ref("EntryRef")]},
            "WidgetBatch": {
                "type": "object",
                "required": ["deletes", "patches", "posts", "puts"],
                "properties": {
                    "deletes": batch(ref("EntryRef")),
                    "patches": batch(ref("WidgetPatch")),
                    "posts": batch(ref("CreateWidget")),
                    "puts": batch(ref("WidgetPut")),
                },
            },
            "WidgetBatchResult": {
                "type": "object",
                "required": ["deletes", "patches", "posts", "puts"],
                "properties": {
                    "deletes": results(ref("EntryRef")),
                    "patches": results(ref("Widget")),
                    "posts": results(ref("Widget")),
                    "puts": results(ref("Widget")),
                },
            },
            "WidgetResponse": envelope(ref("Widget")),
            "WidgetBatchResponse": envelope(ref("WidgetBatchResult")),
            "WidgetListResponse": {
                "allOf": [
                    ref("ApiResponseCommon"),
                    {
                        "type": "object",
                        "required": ["result", "result_info"],
                        "properties": {"result": results(ref("Widget")), "result_info": ref("ResultInfo")},
                    },
                ]
            },
        }
    )


def pattern_becomes_an_integer(spec: Spec) -> None:
    """Breaking: the `pattern` of allow policies, blocked senders and trusted domains is an integer now."""
    spec["components"]["schemas"]["Pattern"] = {"type": "integer", "format": "int32"}


BENIGN: list[Callable[[Spec], None]] = [new_response_field, new_enum_value, new_list_filter, new_resource]


# ---- running the suites against a client generated from a changed spec ----------------------------------


def generated(changes: list[Callable[[Spec], None]], directory: Path) -> dict[str, str]:
    """Generate a client from the spec with `changes` into `directory`; the environment that puts it
    first on PYTHONPATH (after checking that it is the one imported)."""
    spec = copy.deepcopy(shared_docs.load_spec())
    for change in changes:
        change(spec)
    out = shared_docs.generate_client(spec, directory)
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
    assert where.stdout.strip().startswith(str(out)), "the suites would test the committed client instead"
    return env


def run_suites(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pytest", *SUITES, "--record-mode=none", "-p", "no:cacheprovider"]
    return subprocess.run(
        [*command, "-q", "-rA", "--tb=line", "-W", "ignore::DeprecationWarning"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def first_failure_lines(output: str, count: int = 2) -> list[str]:
    """The first lines of the FAILURES section (with --tb=line: one line per failed test)."""
    lines = output.splitlines()
    start = next((i for i, line in enumerate(lines) if re.match(r"^=+ FAILURES =+$", line)), None)
    assert start is not None, output
    return [line for line in lines[start + 1 :] if line.strip()][:count]


def test_benign_changes_need_no_edit_of_the_suites(tmp_path: Path) -> None:
    run = run_suites(generated(BENIGN, tmp_path))
    output = run.stdout + run.stderr
    assert run.returncode == 0, output
    for method in ("list", "create", "batch", "get", "update", "delete"):
        for mode in ("sync", "async"):
            assert f"[widgets.{method}-{mode}]" in output, f"widgets.{method} was not called:\n{output}"


def test_a_breaking_change_names_the_field_in_the_first_failure_lines(tmp_path: Path) -> None:
    run = run_suites(generated([pattern_becomes_an_integer], tmp_path))
    output = run.stdout + run.stderr
    assert run.returncode == 1, output
    first = first_failure_lines(output)
    assert first and all(re.search(r"\bpattern\b", line) for line in first), (
        "\n".join(first) + "\n\n" + output
    )
