"""Acceptance test of issue 12: the next API change costs its spec edit and a regeneration, and almost
nothing else.

Benign changes, all applied to a copy of the spec (a new optional response field on an entity, a
new enum value, a new list filter, a new resource `widgets` with list/create/get/update/delete and
batch, whose entity has a natural key), give a client, generated into a temporary directory, that
passes the cassette replay and the spec-driven tests as they are: run in a subprocess with that
client first on PYTHONPATH (the fake reads the spec from the generated package's `openapi.json`, so it
serves the changed spec). Each change picks a name the spec does not have yet (`URL`, else `URL_2`;
`widgets`, else `widgets2`), so that it stays the next change once the spec has gained the last one.
A breaking change (a response field's type changes: `pattern` becomes an
integer) fails them, and the first failure lines say which field.

Issue 23: `widgets` with `x-natural-key` gets the batch helpers (client properties, sync and async,
batch_builder, apply_batch, plan, export) and the command line's export with no hand-written line: the
generator wires them from the shapes. A boolean deprecated for a new enum field (`x-deprecation.kind:
replacement`) is not copied into the enum, nor the enum into it, by the fake.
"""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

import shared_docs
from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity, FakeTransport
from support import spec as spec_reader

ROOT = Path(__file__).resolve().parent.parent
SUITES = ["tests/recorded/test_flows.py", "tests/test_spec_driven.py"]

Spec = dict[str, Any]


# ---- the changes ----------------------------------------------------------------------------------------

# Each change adds what the spec does not have yet, named once here from the spec it is applied to: the
# test keeps testing the next change after the spec itself gains a `modified_by`, a URL or a `widgets`.
SPEC = shared_docs.load_spec()
SCHEMAS = SPEC["components"]["schemas"]
LISTED = "allow_policies"  # the resource given a new response field and a new list filter
FIELD = spec_reader.fresh("modified_by", spec_reader.schema("AllowPolicy", SPEC)["properties"])
VALUE = spec_reader.fresh("URL", SCHEMAS["PatternType"]["enum"])
FILTERED = next(
    resource
    for resource in [LISTED, *spec_reader.keyed_resources(SPEC)]
    if spec_reader.unfiltered_fields(resource, doc=SPEC)
)
FILTER = spec_reader.unfiltered_fields(FILTERED, doc=SPEC)[0]  # a field the list does not filter on yet
WIDGETS, WIDGET, WIDGET_SCHEMA = spec_reader.fresh_resource(SPEC, "widgets", "widget", "Widget")


def new_response_field(spec: Spec) -> None:
    """(a) Allow policies gain an optional response field."""
    spec["components"]["schemas"]["AllowPolicy"]["properties"][FIELD] = {"type": "string", "nullable": True}


def new_enum_value(spec: Spec) -> None:
    """(b) A pattern may match a URL."""
    spec["components"]["schemas"]["PatternType"]["enum"].append(VALUE)


def new_list_filter(spec: Spec) -> None:
    """(c) A list gains a filter on a field it did not filter on (allow policies' first such field)."""
    listing = spec_reader.operation(FILTERED, "list", spec)
    schema = spec_reader.merged_object(spec, spec_reader.operation(FILTERED, "create", spec).body)
    kind = spec_reader.merged_object(spec, schema["properties"][FILTER])["type"]
    spec["paths"][listing.path]["get"].setdefault("parameters", []).append(
        {"name": FILTER, "in": "query", "schema": {"type": kind}}
    )


def new_resource(spec: Spec) -> None:
    """(d) `widgets`, made the way the other resources are: list, create, batch, get, update, delete."""
    prefix = f"/accounts/{{account_id}}/email-security/settings/{WIDGETS}"
    ref = lambda name: {"$ref": f"#/components/schemas/{name}"}  # noqa: E731
    account, widget_id = (
        {"$ref": "#/components/parameters/account_id"},
        {"$ref": f"#/components/parameters/{WIDGET}_id"},
    )
    client_error = {"$ref": "#/components/responses/ClientError"}

    def operation(sdk: str, noun: str, schema: str, status: str = "200", body: str | None = None) -> Any:
        made: dict[str, Any] = {
            "tags": [WIDGETS],
            "operationId": f"email_security_{sdk}_{noun}",
            "x-sdk-method": sdk,
            "summary": f"{sdk.capitalize()} {WIDGETS}",
            "description": f"{sdk.capitalize()} {WIDGETS}.",
            "responses": {
                status: {"description": "ok", "content": {"application/json": {"schema": ref(schema)}}},
                "4XX": client_error,
            },
        }
        if body is not None:
            made["requestBody"] = {"required": True, "content": {"application/json": {"schema": ref(body)}}}
        return made

    listing = operation("list", WIDGETS, f"{WIDGET_SCHEMA}ListResponse")
    listing["parameters"] = [
        {"$ref": "#/components/parameters/page"},
        {"$ref": "#/components/parameters/per_page"},
        {"$ref": "#/components/parameters/direction"},
        {"$ref": "#/components/parameters/search"},
        {"name": "size", "in": "query", "schema": {"type": "integer", "format": "int32", "minimum": 1}},
    ]
    spec["tags"].append({"name": WIDGETS, "description": "Made-up entries, to prove the spec defines all."})
    spec["paths"][prefix] = {
        "parameters": [account],
        "get": listing,
        "post": operation("create", WIDGET, f"{WIDGET_SCHEMA}Response", "201", f"Create{WIDGET_SCHEMA}"),
    }
    spec["paths"][prefix + "/batch"] = {
        "parameters": [account],
        "post": operation("batch", WIDGETS, f"{WIDGET_SCHEMA}BatchResponse", body=f"{WIDGET_SCHEMA}Batch"),
    }
    spec["paths"][prefix + f"/{{{WIDGET}_id}}"] = {
        "parameters": [account, widget_id],
        "get": operation("get", WIDGET, f"{WIDGET_SCHEMA}Response"),
        "patch": operation("update", WIDGET, f"{WIDGET_SCHEMA}Response", body=f"Update{WIDGET_SCHEMA}"),
        "delete": operation("delete", WIDGET, "DeletedIdResponse"),
    }
    components = spec["components"]
    components["parameters"][f"{WIDGET}_id"] = {
        "name": f"{WIDGET}_id",
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
            f"Create{WIDGET_SCHEMA}": {
                "type": "object",
                "required": ["name", "size"],
                "properties": {
                    "comments": ref("Comments"),
                    "name": {"type": "string", "minLength": 1, "maxLength": 64},
                    "size": {"type": "integer", "format": "int32", "minimum": 1},
                },
            },
            WIDGET_SCHEMA: {
                "allOf": [
                    ref(f"Create{WIDGET_SCHEMA}"),
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
            f"Update{WIDGET_SCHEMA}": {
                "type": "object",
                "properties": {
                    "comments": ref("Comments"),
                    "name": {"type": "string", "minLength": 1, "maxLength": 64},
                    "size": {"type": "integer", "format": "int32", "minimum": 1},
                },
            },
            f"{WIDGET_SCHEMA}Patch": {"allOf": [ref(f"Update{WIDGET_SCHEMA}"), ref("EntryRef")]},
            f"{WIDGET_SCHEMA}Put": {"allOf": [ref(f"Create{WIDGET_SCHEMA}"), ref("EntryRef")]},
            f"{WIDGET_SCHEMA}Batch": {
                "type": "object",
                "required": ["deletes", "patches", "posts", "puts"],
                "properties": {
                    "deletes": batch(ref("EntryRef")),
                    "patches": batch(ref(f"{WIDGET_SCHEMA}Patch")),
                    "posts": batch(ref(f"Create{WIDGET_SCHEMA}")),
                    "puts": batch(ref(f"{WIDGET_SCHEMA}Put")),
                },
            },
            f"{WIDGET_SCHEMA}BatchResult": {
                "type": "object",
                "required": ["deletes", "patches", "posts", "puts"],
                "properties": {
                    "deletes": results(ref("EntryRef")),
                    "patches": results(ref(WIDGET_SCHEMA)),
                    "posts": results(ref(WIDGET_SCHEMA)),
                    "puts": results(ref(WIDGET_SCHEMA)),
                },
            },
            f"{WIDGET_SCHEMA}Response": envelope(ref(WIDGET_SCHEMA)),
            f"{WIDGET_SCHEMA}BatchResponse": envelope(ref(f"{WIDGET_SCHEMA}BatchResult")),
            f"{WIDGET_SCHEMA}ListResponse": {
                "allOf": [
                    ref("ApiResponseCommon"),
                    {
                        "type": "object",
                        "required": ["result", "result_info"],
                        "properties": {
                            "result": results(ref(WIDGET_SCHEMA)),
                            "result_info": ref("ResultInfo"),
                        },
                    },
                ]
            },
        }
    )


def pattern_becomes_an_integer(spec: Spec) -> None:
    """Breaking: the `pattern` of allow policies, blocked senders and trusted domains is an integer now."""
    spec["components"]["schemas"]["Pattern"] = {"type": "integer", "format": "int32"}


def widgets_have_a_natural_key(spec: Spec) -> None:
    """(e) A widget is identified by its name: plan and export follow."""
    spec["components"]["schemas"][WIDGET_SCHEMA]["x-natural-key"] = ["name"]


BENIGN: list[Callable[[Spec], None]] = [
    new_response_field,
    new_enum_value,
    new_list_filter,
    new_resource,
    widgets_have_a_natural_key,
]


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
            assert f"[{WIDGETS}.{method}-{mode}]" in output, f"{WIDGETS}.{method} was not called:\n{output}"


def test_a_breaking_change_names_the_field_in_the_first_failure_lines(tmp_path: Path) -> None:
    run = run_suites(generated([pattern_becomes_an_integer], tmp_path))
    output = run.stdout + run.stderr
    assert run.returncode == 1, output
    first = first_failure_lines(output)
    assert first and all(re.search(r"\bpattern\b", line) for line in first), (
        "\n".join(first) + "\n\n" + output
    )


# ---- issue 23: a new resource with a natural key and a batch is wired from the spec alone ------------------

# Run with the generated client first on PYTHONPATH: the client, a plan applied and exported, against the
# in-process fake, and `cf-email-security export --resource widgets` against the fake served over HTTP
# (`widgets` read as WIDGETS, the name new_resource gave it).
WIDGETS_SCRIPT = """
import asyncio, json, os, subprocess, sys
from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity, FakeServer

HELPERS = ("batch_builder", "apply_batch", "plan", "export")
fake = FakeEmailSecurity()
found = {}


async def exported():
    async with fake.async_client() as aes:
        found["async_helpers"] = [name for name in HELPERS if hasattr(aes.widgets, name)]
        return json.loads(await aes.widgets.export("json"))


with fake.client() as es:
    found["sync_helpers"] = [name for name in HELPERS if hasattr(es.widgets, name)]
    es.widgets.apply_batch(es.widgets.batch_builder().post({"name": "a", "size": 1}))
    plan = es.widgets.plan([{"name": "a", "size": 2}, {"name": "b", "size": 3}])
    found["plan"] = [len(plan.creates), len(plan.changes)]
    plan.apply()
    found["export"] = json.loads(es.widgets.export("json"))
found["async_export"] = asyncio.run(exported())
with FakeServer(fake) as server:
    env = {**os.environ, "CLOUDFLARE_API_TOKEN": "t", "CLOUDFLARE_ACCOUNT_ID": FAKE_ACCOUNT_ID,
           "CLOUDFLARE_BASE_URL": server.base_url}
    command = ["export", "--resource", "widgets", "-o", "json"]
    cli = subprocess.run([sys.executable, "-m", "cf_email_security", *command],
                         env=env, capture_output=True, text=True, timeout=120)
found["cli"] = [cli.returncode, cli.stdout, cli.stderr]
print(json.dumps(found))
"""


def test_a_new_resource_with_a_natural_key_gets_plan_export_and_the_cli_with_no_hand_line(
    tmp_path: Path,
) -> None:
    env = generated([new_resource, widgets_have_a_natural_key], tmp_path)
    run = subprocess.run(
        [sys.executable, "-c", WIDGETS_SCRIPT.replace("widgets", WIDGETS)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    found = json.loads(run.stdout.splitlines()[-1])
    helpers = ["batch_builder", "apply_batch", "plan", "export"]
    assert found["sync_helpers"] == found["async_helpers"] == helpers
    assert found["plan"] == [1, 1]  # b is created, a's size changes
    assert [(w["name"], w["size"]) for w in found["export"]] == [("a", 2), ("b", 3)]
    assert found["async_export"] == found["export"]
    code, stdout, stderr = found["cli"]
    assert code == 0, stderr
    settings = json.loads(stdout)
    assert list(settings) == [WIDGETS]  # the settings file plan reads: one key per resource
    assert [(w["name"], w["size"]) for w in settings[WIDGETS]["entries"]] == [("a", 2), ("b", 3)]


def test_without_a_natural_key_a_new_resource_has_no_plan(tmp_path: Path) -> None:
    """The control: the wiring follows the spec's `x-natural-key`, not the resource's name."""
    env = generated([new_resource], tmp_path)
    code = (
        "from cf_email_security.testing import FakeEmailSecurity\n"
        "with FakeEmailSecurity().client() as es:\n"
        f"    print(hasattr(es.{WIDGETS}, 'list'), hasattr(es.{WIDGETS}, 'plan'))"
    )
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert run.stdout.strip() == "True False", run.stderr


# ---- issue 23: a deprecation that is a replacement is not a rename ----------------------------------------


def flag_replaced_by_an_enum(kind: str | None) -> Spec:
    """Allow policies' boolean `is_spoof` deprecated for a new enum `acceptance` (NONE, SPAM, ALL)."""
    spec = copy.deepcopy(shared_docs.load_spec())
    schemas = spec["components"]["schemas"]
    for name in ("AllowPolicy", "CreateAllowPolicy", "UpdateAllowPolicy"):
        properties = schemas[name]["properties"]
        properties["acceptance"] = {"type": "string", "enum": ["NONE", "SPAM", "ALL"]}
        facts = properties["is_spoof"]["x-deprecation"]
        facts["use"] = "acceptance"
        if kind is not None:
            facts["kind"] = kind
        else:
            facts.pop("kind", None)
    return spec


def created_policy(spec: Spec, **fields: Any) -> dict[str, Any]:
    """An allow policy created on a fake serving `spec`, as the fake answers it."""
    fake = FakeEmailSecurity(spec=spec)
    base = f"https://api.cloudflare.com/client/v4/accounts/{FAKE_ACCOUNT_ID}/email-security/settings"
    body = {
        "pattern": "a@example.com",
        "pattern_type": "EMAIL",
        "is_regex": False,
        "verify_sender": False,
        "is_trusted_sender": False,
        "is_exempt_recipient": False,
        "is_acceptable_sender": False,
        **fields,
    }
    with httpx.Client(
        transport=FakeTransport(fake), base_url=base, headers={"Authorization": "Bearer t"}
    ) as http:
        reply = http.post("/allow_policies", json=body)
    assert reply.status_code == 201, reply.text
    created: dict[str, Any] = reply.json()["result"]
    return created


def test_a_flag_replaced_by_an_enum_is_not_copied_into_it_by_the_fake() -> None:
    replaced = flag_replaced_by_an_enum("replacement")
    enum_given = created_policy(replaced, acceptance="SPAM")
    assert enum_given["acceptance"] == "SPAM" and enum_given.get("is_spoof") is None
    flag_given = created_policy(replaced, is_spoof=True)
    assert flag_given["is_spoof"] is True and flag_given.get("acceptance") is None


def test_a_rename_is_still_copied_by_the_fake() -> None:
    """The control: the same spec with the default kind (a rename) reports the new field's value."""
    renamed = flag_replaced_by_an_enum(None)
    assert created_policy(renamed, acceptance="SPAM")["is_spoof"] == "SPAM"
    assert created_policy(renamed, is_spoof=True)["acceptance"] is True
