"""The fake reads the spec at run time: a changed spec is served with no change to the fake.

Two checks, both through raw HTTP (httpx on the fake's transport):
- the packaged spec changed in memory: a new optional response field, a new enum value, a new list
  filter and a whole new resource `widgets` (block_senders' paths and schemas under new names);
- the draft of the current API (/tmp/live-spec/email-security-settings.yaml: 50 operations, 8
  resources, UUID ids, `modified_at`, domain create/replace/verification), every operation of it. That
  file lives outside the repository: without it the test is skipped with that reason.

Every exchange is then checked with openapi-core against the spec served (skipped where openapi-core is
not installed: the behaviour checks run before that).
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import uuid
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest

from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity, StepClock, domain
from cf_email_security.testing.spec import packaged_document

LIVE_SPEC = Path("/tmp/live-spec/email-security-settings.yaml")
PREFIX = "/accounts/{account_id}/email-security/settings"
BASE = f"https://api.cloudflare.com/client/v4/accounts/{FAKE_ACCOUNT_ID}/email-security/settings"
TOKEN = {"Authorization": "Bearer test-token"}


class Recording(httpx.BaseTransport):
    """The fake's transport, every request and response kept for the contract check."""

    def __init__(self, fake: FakeEmailSecurity, *, checked: bool) -> None:
        self.inner = fake.transport()
        self.checked = checked  # False: requests invalid on purpose, only the responses are checked
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        self.exchanges.append((request, response))
        return response


def assert_conforms(document: Mapping[str, Any], transports: list[Recording]) -> None:
    """Every request and response valid for `document`, by openapi-core (not the fake's own reading)."""
    pytest.importorskip("openapi_core", reason="the contract check needs openapi-core (the dev extra)")
    from openapi_core import OpenAPI

    from contract import Exchange, errors

    spec = OpenAPI.from_dict(copy.deepcopy(dict(document)))
    problems = [
        line
        for transport in transports
        for request, response in transport.exchanges
        for line in errors(Exchange.from_httpx(request, response), spec, check_request=transport.checked)
    ]
    assert not problems, "\n".join(problems)


@pytest.fixture
def recorded() -> Iterator[list[Recording]]:
    transports: list[Recording] = []
    yield transports


def http(fake: FakeEmailSecurity, transports: list[Recording], *, checked: bool = True) -> httpx.Client:
    transport = Recording(fake, checked=checked)
    transports.append(transport)
    return httpx.Client(transport=transport, base_url=BASE, headers=TOKEN)


def result(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()["result"]


# ---- the packaged spec, changed in memory -------------------------------------------------------------


def _rename(node: Any, old: str, new: str) -> Any:
    text = json.dumps(node)
    for before, after in ((old, new), ("block_senders", "widgets"), ("blocked_sender", "widget")):
        text = text.replace(before, after)
    return json.loads(text)


def changed_spec() -> dict[str, Any]:
    """The packaged spec with (a) an optional response field, (b) an enum value, (c) a list filter and
    (d) a resource `widgets`: block_senders' paths and schemas under new names."""
    document = packaged_document()
    schemas = document["components"]["schemas"]
    paths = document["paths"]
    # (a) Two new optional fields of blocked senders: one nullable, one with a default.
    schemas["BlockedSender"]["allOf"].append(
        {
            "type": "object",
            "properties": {
                "risk_score": {"type": "integer", "nullable": True},
                "source": {"type": "string", "default": "api"},
            },
        }
    )
    # (b) A new pattern type.
    schemas["PatternType"]["enum"].append("URL")
    # (c) A new filter of blocked senders.
    listing = paths[f"{PREFIX}/block_senders"]["get"]
    listing["parameters"].append({"name": "is_regex", "in": "query", "schema": {"type": "boolean"}})
    # (d) widgets: every path and schema of block_senders, renamed.
    for path in [path for path in paths if "/block_senders" in path]:
        paths[path.replace("block_senders", "widgets")] = _rename(paths[path], "BlockedSender", "Widget")
    for name in [name for name in schemas if "BlockedSender" in name]:
        schemas[name.replace("BlockedSender", "Widget")] = _rename(schemas[name], "BlockedSender", "Widget")
    document["tags"].append({"name": "widgets", "description": "Widgets, served with no fake code."})
    return document


SENDER = {"pattern": "spam@bad.example", "pattern_type": "EMAIL", "is_regex": False}


def test_changed_spec_is_served_with_no_fake_change(recorded: list[Recording]) -> None:
    document = changed_spec()
    fake = FakeEmailSecurity(spec=document, clock=StepClock())
    with http(fake, recorded) as client, http(fake, recorded, checked=False) as bad:
        # (a) the new optional fields: null where nullable, the spec's default where it has one.
        created = result(client.post("/block_senders", json=SENDER), 201)
        assert (created["risk_score"], created["source"]) == (None, "api")
        assert result(client.get(f"/block_senders/{created['id']}")) == created
        # (b) the new enum value, in a body and in a filter.
        url = result(
            client.post("/block_senders", json={**SENDER, "pattern": "https://x", "pattern_type": "URL"}), 201
        )
        assert [entry["id"] for entry in result(client.get("/block_senders?pattern_type=URL"))] == [url["id"]]
        # (c) the new filter.
        regex = result(
            client.post("/block_senders", json={**SENDER, "pattern": ".*@bad", "is_regex": True}), 201
        )
        assert [entry["id"] for entry in result(client.get("/block_senders?is_regex=true"))] == [regex["id"]]
        assert len(result(client.get("/block_senders?is_regex=false"))) == 2
        refused = bad.get("/block_senders?is_regex=maybe")
        assert refused.status_code == 400 and "is_regex must be true or false" in refused.text
        # (d) widgets: list, create, get, update, batch, delete, and the errors.
        widget = result(client.post("/widgets", json=SENDER), 201)
        assert widget["id"] == 1 and widget["created_at"] == widget["last_modified"]
        assert widget["source"] == "api", "the renamed schema keeps the new field"
        assert result(client.get("/widgets/1")) == widget
        updated = result(client.patch("/widgets/1", json={"comments": "seen"}))
        assert updated["comments"] == "seen" and updated["last_modified"] > widget["last_modified"]
        batch = result(
            client.post(
                "/widgets/batch",
                json={
                    "deletes": [],
                    "patches": [{"id": 1, "is_regex": True}],
                    "puts": [],
                    "posts": [
                        {**SENDER, "pattern": "w2@bad.example"},
                        {**SENDER, "pattern": "w3@bad.example"},
                    ],
                },
            )
        )
        assert [entry["id"] for entry in batch["posts"]] == [2, 3] and batch["patches"][0]["is_regex"] is True
        page = client.get("/widgets?per_page=2&order=pattern&direction=desc&search=BAD").json()
        assert [entry["pattern"] for entry in page["result"]] == ["w3@bad.example", "w2@bad.example"]
        assert page["result_info"] == {"count": 2, "page": 1, "per_page": 2, "total_count": 3}
        assert result(client.delete("/widgets/2")) == {"id": 2}
        assert client.get("/widgets/2").status_code == 404
        invalid = bad.post(
            "/widgets/batch",
            json={"deletes": [], "patches": [], "puts": [], "posts": [{**SENDER, "pattern": ""}]},
        )
        assert invalid.status_code == 400 and "posts[0].pattern" in invalid.json()["errors"][0]["message"]
        assert bad.put("/widgets/1", json=SENDER).headers["Allow"] == "DELETE, GET, PATCH"
    assert [entry["id"] for entry in fake.entries("widgets")] == [1, 3]
    assert_conforms(document, recorded)


def test_the_packaged_spec_refuses_what_the_changed_one_adds(recorded: list[Recording]) -> None:
    """The control: the same requests against the packaged spec."""
    fake = FakeEmailSecurity(clock=StepClock())
    with http(fake, recorded, checked=False) as client:
        assert "risk_score" not in result(client.post("/block_senders", json=SENDER), 201)
        assert client.post("/block_senders", json={**SENDER, "pattern_type": "URL"}).status_code == 400
        unknown = client.get("/block_senders?is_regex=true")
        assert unknown.status_code == 400 and "unknown query parameter 'is_regex'" in unknown.text
        assert client.get("/widgets").status_code == 404
    with pytest.raises(KeyError, match="widgets"):
        fake.entries("widgets")
    assert_conforms(packaged_document(), recorded)


def test_spec_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(changed_spec()), encoding="utf-8")
    fake = FakeEmailSecurity(spec=path, seed={"widgets": [{**SENDER, "pattern": "seeded"}]})
    assert [(entry["id"], entry["pattern"]) for entry in fake.entries("widgets")] == [(1, "seeded")]
    assert fake.entries("widgets")[0]["created_at"] == "2025-12-01T09:00:00Z", "timestamps filled in"


def test_command_line_serves_another_spec(tmp_path: Path) -> None:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(changed_spec()), encoding="utf-8")
    command = [sys.executable, "-m", "cf_email_security.testing", "--port", "0", "--spec", str(path)]
    process = subprocess.Popen([*command, "--exit-after", "20"], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().split(" on ")[-1].strip()
        url = f"{base_url}/accounts/{FAKE_ACCOUNT_ID}/email-security/settings/widgets"
        response = httpx.post(url, json=SENDER, headers=TOKEN)
        assert response.status_code == 201 and response.json()["result"]["id"] == 1
    finally:
        process.terminate()
        process.wait(timeout=10)


# ---- seeds are checked against the spec ------------------------------------------------------------


def test_default_seed_takes_ids_from_the_allocator() -> None:
    fake = FakeEmailSecurity()
    assert [entry["id"] for entry in fake.entries("domains")] == [1, 2, 3]
    assert fake.entries("domains")[2]["emails_processed"] is None
    assert [entry["id"] for entry in fake.entries("sending_domain_restrictions")] == [1, 2, 3]
    assert "active_delivery_mode" not in fake.entries("domains")[0], "kept for its filter, never sent"


@pytest.mark.parametrize(
    ("seed", "problem"),
    [
        (
            {"domains": [domain(1, "x.example", lookback_hops="two")]},
            "domains[0].lookback_hops: must be an integer",
        ),
        ({"domains": [domain(1, "x.example", regions=["MARS"])]}, "domains[0].regions[0]: must be one of"),
        ({"domains": [{"id": 1, "domain": "x.example"}]}, "is required"),
        ({"domains": [domain(0, "x.example")]}, "domains[0].id: must be >= 1"),
        ({"domains": [domain(1, "a.example"), domain(1, "b.example")]}, "appears twice"),
        ({"mailboxes": []}, "unknown resources"),
    ],
)
def test_a_seed_that_breaks_the_spec_is_refused(seed: Any, problem: str) -> None:
    with pytest.raises(ValueError, match="seed") as raised:
        FakeEmailSecurity(seed=seed)
    assert problem in str(raised.value)


def test_seed_ids_continue_after_the_largest(recorded: list[Recording]) -> None:
    fake = FakeEmailSecurity(seed={"domains": [domain(7, "a.example"), domain(None, "b.example")]})
    assert [entry["id"] for entry in fake.entries("domains")] == [7, 8]


# ---- the draft of the current API --------------------------------------------------------------------


def live_document() -> dict[str, Any]:
    if not LIVE_SPEC.exists():
        pytest.skip(f"{LIVE_SPEC} absent: the draft of the current API lives outside the repository")
    yaml = pytest.importorskip("yaml")
    document: dict[str, Any] = yaml.safe_load(LIVE_SPEC.read_text(encoding="utf-8"))
    return document


class Sampler:
    """Request bodies built from the served spec's schemas: every required field (all of them with
    `full`), the first enum value a request may send, the smallest length and number allowed."""

    def __init__(self, fake: FakeEmailSecurity) -> None:
        self.schemas = fake.api.schemas
        self.count = 0

    def body(self, schema: Any, *, full: bool = False, skip: tuple[str, ...] = ()) -> Any:
        self.count += 1
        return self.value(schema, "value", full=full, skip=skip)

    def value(self, node: Any, name: str, *, full: bool = False, skip: tuple[str, ...] = ()) -> Any:
        schema = self.schemas.merged(node)
        if "enum" in schema:
            hidden = set(schema.get("x-sdk-response-only", ()))
            return next(value for value in schema["enum"] if value is not None and value not in hidden)
        kind = schema.get("type") or ("object" if "properties" in schema else None)
        if kind == "object":
            required = set(schema.get("required", ()))
            minimum = schema.get("minProperties", 0)
            out: dict[str, Any] = {}
            for field, sub in schema.get("properties", {}).items():
                wanted = full or field in required or len(out) < minimum
                if wanted and field not in skip and not self.schemas.merged(sub).get("readOnly"):
                    out[field] = self.value(sub, field)
            return out
        if kind == "array":
            return [self.value(schema["items"], name) for _ in range(max(schema.get("minItems", 0), 1))]
        if kind == "integer":
            return max(schema.get("minimum", 1), 1)
        if kind == "boolean":
            return False
        if schema.get("format") == "uuid":
            return str(uuid.UUID(int=self.count, version=4))
        text = f"{name.replace('_', '-')}-{self.count}.example"
        return text[: schema.get("maxLength", len(text))].ljust(schema.get("minLength", 0), "x")


def test_every_operation_of_the_live_draft(recorded: list[Recording]) -> None:
    document = live_document()
    fake = FakeEmailSecurity(spec=document, clock=StepClock())
    api = fake.api
    assert len(api.operations) == 50 and len(api.resources) == 8
    sample = Sampler(fake)
    served: set[str] = set()
    with http(fake, recorded) as client, http(fake, recorded, checked=False) as bad:

        def send(operation: str, method: str, path: str, body: Any = None, status: int = 200) -> Any:
            served.add(operation)
            response = (
                client.request(method, path, json=body) if body is not None else client.request(method, path)
            )
            return result(response, status) if status != 204 else response

        for name, resource in sorted(api.resources.items()):
            ops = resource.operations
            path = f"/{name}"
            created = []
            if "create" in ops:
                for _ in range(3):
                    body = sample.body(ops["create"].body, full=True)
                    entry = send(ops["create"].id, "POST", path, body, status=201)
                    uuid.UUID(entry["id"])  # UUID ids, handed out by the fake
                    assert entry["created_at"] == entry["modified_at"]
                    created.append(entry)
                ids = [entry["id"] for entry in created]
            else:
                ids = [entry["id"] for entry in fake.entries(name)]
            listing = ops["list"]
            everything = send(listing.id, "GET", f"{path}?per_page=1000")
            assert {entry["id"] for entry in everything} >= set(ids)
            sort = (
                "&direction=desc" if "direction" in listing.query else ""
            )  # url_ignore_patterns: paging only
            page = client.get(f"{path}?per_page=2&page=2{sort}").json()
            assert page["result_info"]["page"] == 2 and page["result_info"]["total_count"] == len(everything)
            for filter_name, rule in resource.filters.items():
                entry = everything[0]
                value = entry.get(rule.field)
                if rule.match == "member":
                    value = (value or [None])[0]
                if value is None:
                    continue
                text = str(value).lower() if isinstance(value, bool) else str(value)
                matched = send(listing.id, "GET", f"{path}?{filter_name}={text}")
                assert entry["id"] in [found["id"] for found in matched], filter_name
            if "get" in ops:
                assert send(ops["get"].id, "GET", f"{path}/{ids[0]}")["id"] == ids[0]
                missing = client.get(f"{path}/{uuid.UUID(int=0, version=4)}")
                assert missing.status_code == 404 and missing.json()["errors"][0]["code"] == 1003
                assert bad.get(f"{path}/12").status_code == 400, "an integer is no id here"
            if "update" in ops:
                body = sample.body(ops["update"].body)
                changed = send(ops["update"].id, "PATCH", f"{path}/{ids[0]}", body)
                assert all(changed[key] == value for key, value in body.items() if key in changed)
                assert changed.get("modified_at", "") >= changed.get("created_at", "")
            if "replace" in ops:
                body = sample.body(ops["replace"].body, full=True)
                replaced = send(ops["replace"].id, "PUT", f"{path}/{ids[0]}", body)
                assert replaced["id"] == ids[0]
            if "get_verification" in ops:
                operation = ops["get_verification"].id
                if created:  # made through the API: pending, a TXT record to publish
                    info = send(operation, "GET", f"{path}/{ids[1]}/verification")
                    assert info["status"] == "pending"
                    assert info["txt_record_name"] == f"_cf-email-sec-challenge.{created[1]['domain']}"
                    assert info["last_checked_at"] is None
                    again = send(operation, "GET", f"{path}/{ids[1]}/verification")
                    assert (
                        again["last_checked_at"] is not None
                        and again["txt_record_value"] == info["txt_record_value"]
                    )
                    fake.verify(name, ids[1])
                    assert send(operation, "GET", f"{path}/{ids[1]}/verification", status=204).content == b""
                    assert result(client.get(f"{path}/{ids[1]}"))["status"] == "active"
                seeded = fake.entries(name)[0]["id"] if not created else ids[2]
                if not created:
                    assert send(operation, "GET", f"{path}/{seeded}/verification", status=204).content == b""
            if "batch" in ops:
                batch = api.schemas.properties(ops["batch"].body)
                put_items = batch.get("puts", {}).get("items")
                patch_items = batch.get("patches", {}).get("items")
                body = {
                    "deletes": [{"id": ids[-1]}],
                    **(
                        {"patches": [{**sample.body(patch_items, skip=("id",)), "id": ids[0]}]}
                        if patch_items
                        else {}
                    ),
                    **(
                        {"puts": [{**sample.body(put_items, full=True, skip=("id",)), "id": ids[1]}]}
                        if put_items
                        else {}
                    ),
                    **({"posts": [sample.body(ops["create"].body, full=True)]} if "posts" in batch else {}),
                }
                done = send(ops["batch"].id, "POST", f"{path}/batch", body)
                assert done["deletes"] == [{"id": ids[-1]}]
                assert [entry["id"] for entry in done.get("patches", [])] == ([ids[0]] if patch_items else [])
                ids = ids[:-1] + [entry["id"] for entry in done.get("posts", [])]
                failing = {**body, "deletes": [{"id": ids[0]}, {"id": str(uuid.UUID(int=1, version=4))}]}
                before = fake.entries(name)
                assert bad.post(f"{path}/batch", json=failing).status_code == 404
                assert fake.entries(name) == before, "a failed batch changes nothing"
            if "delete" in ops:
                assert send(ops["delete"].id, "DELETE", f"{path}/{ids[0]}") == {"id": ids[0]}
                assert client.get(f"{path}/{ids[0]}").status_code in (404, 405)
            if "bulk_delete" in ops:
                left = [entry["id"] for entry in fake.entries(name)]
                gone = send(ops["bulk_delete"].id, "DELETE", path, [{"id": entry_id} for entry_id in left])
                assert gone == [{"id": entry_id} for entry_id in left]
                assert fake.entries(name) == []
    assert served == {operation.id for operation in api.operations}
    assert_conforms(document, recorded)


def test_live_draft_seed_fits_its_schemas() -> None:
    fake = FakeEmailSecurity(spec=live_document())
    domains = fake.entries("domains")
    assert [entry["domain"] for entry in domains] == ["example.com", "example.org", "mail.example.net"]
    assert all(uuid.UUID(entry["id"]).version == 4 for entry in domains)
    assert "emails_processed" not in domains[2], "null is not allowed there any more: left out"
    assert {entry["modified_at"] for entry in domains} == {"2025-12-01T09:00:00Z"}
    assert len(fake.entries("sending_domain_restrictions")) == 3
    again = FakeEmailSecurity(spec=live_document())
    assert [entry["id"] for entry in again.entries("domains")] == [entry["id"] for entry in domains]
