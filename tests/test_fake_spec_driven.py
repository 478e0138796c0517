"""The fake reads the spec at run time: a changed spec is served with no change to the fake.

Three checks, all through raw HTTP (httpx on the fake's transport):
- the packaged spec (the API Cloudflare serves today: UUID ids, `modified_at`, domain create, replace,
  batch and verification) served whole: every operation of it, with bodies the toolbox's factory
  builds from the spec; the mail's operations (investigate, bulk jobs, submissions, PhishGuard
  reports) through a flow of their own, since their answers depend on the seeded mail;
- the packaged spec changed in memory: a new optional response field, a new enum value, a new list
  filter and a whole new resource `widgets` (block_senders' paths and schemas under new names);
- the packaged spec with the first generation's integer ids (`EntryId` an int32): 1, 2, 3 in order,
  seed ids continued after the largest, and no id used up by a failed batch.

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
from support import Factory, IdMaker
from support import spec as spec_reader

PREFIX = "/accounts/{account_id}/email-security/settings"
BASE = f"https://api.cloudflare.com/client/v4/accounts/{FAKE_ACCOUNT_ID}/email-security/settings"
TOKEN = {"Authorization": "Bearer test-token"}
SEED_TIME = "2025-12-01T09:00:00Z"  # what the fake gives seed entries that bring no timestamps


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


def is_uuid4(value: Any) -> bool:
    return isinstance(value, str) and uuid.UUID(value).version == 4


def sender(n: int | None = None, **fields: Any) -> dict[str, Any]:
    """A blocked sender's create body, from the packaged spec."""
    body: dict[str, Any] = Factory().create("block_senders", n, **fields)
    return body


# ---- the packaged spec, changed in memory -------------------------------------------------------------


# What the changed spec adds, named once from the packaged spec: names it does not have yet (`URL`, else
# `URL_2`; `widgets`, else `widgets2`), so that the changes stay new whatever the spec has gained since.
PACKAGED = packaged_document()
SENDER_FIELDS = spec_reader.schema("BlockedSender", PACKAGED)["properties"]
NUMBER = spec_reader.fresh("risk_score", SENDER_FIELDS)  # (a) nullable
TEXT = spec_reader.fresh("source", [*SENDER_FIELDS, NUMBER])  # (a) with a default
VALUE = spec_reader.fresh("URL", spec_reader.schema("PatternType", PACKAGED)["enum"])  # (b)
FLAGS = spec_reader.unfiltered_fields("block_senders", ("boolean",), PACKAGED, deprecated=True)
WIDGETS, WIDGET, WIDGET_SCHEMA = spec_reader.fresh_resource(PACKAGED, "widgets", "widget", "Widget")


def flag() -> str:
    """(c) A boolean of blocked senders their list does not filter on yet: the new filter."""
    assert FLAGS, "blocked senders are filtered by every boolean they have: pick another new filter"
    return FLAGS[0]


def _rename(node: Any, old: str, new: str) -> Any:
    text = json.dumps(node)
    for before, after in ((old, new), ("block_senders", WIDGETS), ("blocked_sender", WIDGET)):
        text = text.replace(before, after)
    return json.loads(text)


def changed_spec() -> dict[str, Any]:
    """The packaged spec with (a) an optional response field, (b) an enum value, (c) a list filter and
    (d) a resource `widgets`: block_senders' paths and schemas under new names."""
    document = packaged_document()
    schemas = document["components"]["schemas"]
    paths = document["paths"]
    # (a) Two new optional fields of blocked senders: one nullable, one with a default.
    schemas["BlockedSender"] = {
        "allOf": [
            schemas["BlockedSender"],
            {
                "type": "object",
                "properties": {
                    NUMBER: {"type": "integer", "nullable": True},
                    TEXT: {"type": "string", "default": "api"},
                },
            },
        ]
    }
    # (b) A new pattern type.
    schemas["PatternType"]["enum"].append(VALUE)
    # (c) A new filter of blocked senders.
    listing = paths[f"{PREFIX}/block_senders"]["get"]
    listing["parameters"].append({"name": flag(), "in": "query", "schema": {"type": "boolean"}})
    # (d) widgets: every path and schema of block_senders, renamed.
    for path in [path for path in paths if "/block_senders" in path]:
        paths[path.replace("block_senders", WIDGETS)] = _rename(paths[path], "BlockedSender", WIDGET_SCHEMA)
    for name in [name for name in schemas if "BlockedSender" in name]:
        renamed = name.replace("BlockedSender", WIDGET_SCHEMA)
        schemas[renamed] = _rename(schemas[name], "BlockedSender", WIDGET_SCHEMA)
    document["tags"].append({"name": WIDGETS, "description": "Widgets, served with no fake code."})
    return document


# A blocked sender's body, the new filter's flag set to false (an optional flag is not sent otherwise).
SENDER = {**dict.fromkeys(FLAGS[:1], False), **sender(pattern="spam@bad.example")}


def test_changed_spec_is_served_with_no_fake_change(recorded: list[Recording]) -> None:
    document = changed_spec()
    fake = FakeEmailSecurity(spec=document, clock=StepClock())
    with http(fake, recorded) as client, http(fake, recorded, checked=False) as bad:
        # (a) the new optional fields: null where nullable, the spec's default where it has one.
        created = result(client.post("/block_senders", json=SENDER), 201)
        assert (created[NUMBER], created[TEXT]) == (None, "api")
        assert result(client.get(f"/block_senders/{created['id']}")) == created
        # (b) the new enum value, in a body and in a filter.
        url = result(
            client.post("/block_senders", json={**SENDER, "pattern": "https://x", "pattern_type": VALUE}), 201
        )
        typed = result(client.get(f"/block_senders?pattern_type={VALUE}"))
        assert [entry["id"] for entry in typed] == [url["id"]]
        # (c) the new filter.
        name = flag()
        regex = result(client.post("/block_senders", json={**SENDER, "pattern": ".*@bad", name: True}), 201)
        assert [entry["id"] for entry in result(client.get(f"/block_senders?{name}=true"))] == [regex["id"]]
        assert len(result(client.get(f"/block_senders?{name}=false"))) == 2
        refused = bad.get(f"/block_senders?{name}=maybe")
        assert refused.status_code == 400 and f"{name} must be true or false" in refused.text
        # (d) widgets: list, create, get, update, batch, delete, and the errors.
        widget = result(client.post(f"/{WIDGETS}", json=SENDER), 201)
        first = widget["id"]
        assert is_uuid4(first) and widget["created_at"] == widget["modified_at"] == widget["last_modified"]
        assert widget[TEXT] == "api", "the renamed schema keeps the new field"
        assert result(client.get(f"/{WIDGETS}/{first}")) == widget
        updated = result(client.patch(f"/{WIDGETS}/{first}", json={"comments": "seen"}))
        assert updated["comments"] == "seen" and updated["modified_at"] > widget["modified_at"]
        batch = result(
            client.post(
                f"/{WIDGETS}/batch",
                json={
                    "deletes": [],
                    "patches": [{"id": first, name: True}],
                    "puts": [],
                    "posts": [
                        {**SENDER, "pattern": "w2@bad.example"},
                        {**SENDER, "pattern": "w3@bad.example"},
                    ],
                },
            )
        )
        second, third = (entry["id"] for entry in batch["posts"])
        assert len({first, second, third}) == 3 and batch["patches"][0][name] is True
        page = client.get(f"/{WIDGETS}?per_page=2&order=pattern&direction=desc&search=BAD").json()
        assert [entry["pattern"] for entry in page["result"]] == ["w3@bad.example", "w2@bad.example"]
        assert page["result_info"] == {"count": 2, "page": 1, "per_page": 2, "total_count": 3}
        assert result(client.delete(f"/{WIDGETS}/{second}")) == {"id": second}
        assert client.get(f"/{WIDGETS}/{second}").status_code == 404
        invalid = bad.post(
            f"/{WIDGETS}/batch",
            json={"deletes": [], "patches": [], "puts": [], "posts": [{**SENDER, "pattern": ""}]},
        )
        assert invalid.status_code == 400 and "posts[0].pattern" in invalid.json()["errors"][0]["message"]
        assert bad.put(f"/{WIDGETS}/{first}", json=SENDER).headers["Allow"] == "DELETE, GET, PATCH"
    assert [entry["id"] for entry in fake.entries(WIDGETS)] == [first, third]
    assert_conforms(document, recorded)


def test_the_packaged_spec_refuses_what_the_changed_one_adds(recorded: list[Recording]) -> None:
    """The control: the same requests against the packaged spec."""
    fake = FakeEmailSecurity(clock=StepClock())
    with http(fake, recorded, checked=False) as client:
        assert NUMBER not in result(client.post("/block_senders", json=SENDER), 201)
        assert client.post("/block_senders", json={**SENDER, "pattern_type": VALUE}).status_code == 400
        unknown = client.get(f"/block_senders?{flag()}=true")
        assert unknown.status_code == 400 and f"unknown query parameter '{flag()}'" in unknown.text
        assert client.get(f"/{WIDGETS}").status_code == 404
    with pytest.raises(KeyError, match=WIDGETS):
        fake.entries(WIDGETS)
    assert_conforms(packaged_document(), recorded)


def test_spec_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(changed_spec()), encoding="utf-8")
    fake = FakeEmailSecurity(spec=path, seed={WIDGETS: [{**SENDER, "pattern": "seeded@bad.example"}]})
    (seeded,) = fake.entries(WIDGETS)
    assert seeded["pattern"] == "seeded@bad.example" and is_uuid4(seeded["id"])
    assert seeded["created_at"] == seeded["modified_at"] == SEED_TIME, "timestamps filled in"


def test_command_line_serves_another_spec(tmp_path: Path) -> None:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(changed_spec()), encoding="utf-8")
    command = [sys.executable, "-m", "cf_email_security.testing", "--port", "0", "--spec", str(path)]
    process = subprocess.Popen([*command, "--exit-after", "20"], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().split(" on ")[-1].strip()
        url = f"{base_url}/accounts/{FAKE_ACCOUNT_ID}/email-security/settings/{WIDGETS}"
        response = httpx.post(url, json=SENDER, headers=TOKEN)
        assert response.status_code == 201
        assert is_uuid4(response.json()["result"]["id"]) and response.json()["result"][TEXT] == "api"
    finally:
        process.terminate()
        process.wait(timeout=10)


# ---- seeds are checked against the spec ------------------------------------------------------------


def test_default_seed_fits_the_packaged_spec() -> None:
    fake = FakeEmailSecurity()
    domains = fake.entries("domains")
    assert [entry["domain"] for entry in domains] == ["example.com", "example.org", "mail.example.net"]
    assert all(is_uuid4(entry["id"]) for entry in domains), "ids from the allocator"
    assert domains[2]["emails_processed"] is None, "onboarded recently: no mail counted yet"
    assert {entry["modified_at"] for entry in domains} == {SEED_TIME}
    assert "active_delivery_mode" not in domains[0], "kept for its filter, never sent"
    restrictions = fake.entries("sending_domain_restrictions")
    assert [entry["domain"] for entry in restrictions] == [
        "partner.example",
        "newsletter.example",
        "legacy.example",
    ]
    assert all(is_uuid4(entry["id"]) for entry in restrictions)
    again = FakeEmailSecurity()
    assert [entry["id"] for entry in again.entries("domains")] == [entry["id"] for entry in domains]
    other = FakeEmailSecurity(id_seed=1)
    assert [entry["id"] for entry in other.entries("domains")] != [entry["id"] for entry in domains]


ID = IdMaker()()


@pytest.mark.parametrize(
    ("seed", "problem"),
    [
        (
            {"domains": [domain(ID, "x.example", lookback_hops="two")]},
            "domains[0].lookback_hops: must be an integer",
        ),
        ({"domains": [domain(ID, "x.example", regions=["MARS"])]}, "domains[0].regions[0]: must be one of"),
        (
            {"domains": [domain(None, "x.example", lookback_hops=None)]},
            "lookback_hops: must not be null",
        ),
        (
            {"domains": [domain(None, "x.example"), domain(None, "X.Example")]},
            "domains[1]: domains: domain x.example exists already",
        ),
        (
            {"block_senders": [{"pattern": "10.1.2.3", "pattern_type": "IP", "is_regex": False}]},
            "block_senders[0].pattern: must be a globally reachable address or block",
        ),
        (
            {"url_ignore_patterns": [{"comments": "no pattern"}]},
            "url_ignore_patterns[0].pattern: is required",
        ),
        ({"domains": [domain(1, "x.example")]}, "domains[0].id: must be a string"),
        ({"domains": [domain("12", "x.example")]}, "domains[0].id: must be a UUID"),
        ({"domains": [domain(ID, "a.example"), domain(ID, "b.example")]}, "appears twice"),
        ({"mailboxes": []}, "unknown resources"),
    ],
)
def test_a_seed_that_breaks_the_spec_is_refused(seed: Any, problem: str) -> None:
    with pytest.raises(ValueError, match="seed") as raised:
        FakeEmailSecurity(seed=seed)
    assert problem in str(raised.value)


def test_seed_ids_are_kept_and_the_others_allocated() -> None:
    fake = FakeEmailSecurity(seed={"domains": [domain(ID, "a.example"), domain(None, "b.example")]})
    given, allocated = (entry["id"] for entry in fake.entries("domains"))
    assert given == ID and is_uuid4(allocated) and allocated != ID


# ---- the first generation's integer ids ------------------------------------------------------------------


def integer_ids_spec() -> dict[str, Any]:
    """The packaged spec with every id an int32 from 1, as the first generation of the API had them."""
    document = packaged_document()
    document["components"]["schemas"]["EntryId"] = {"type": "integer", "format": "int32", "minimum": 1}
    return document


def test_integer_ids_are_handed_out_in_order(recorded: list[Recording]) -> None:
    document = integer_ids_spec()
    fake = FakeEmailSecurity(
        spec=document, seed={"domains": [domain(7, "a.example"), domain(None, "b.example")]}
    )
    assert [entry["id"] for entry in fake.entries("domains")] == [7, 8], "seed ids go on after the largest"
    with http(fake, recorded) as client, http(fake, recorded, checked=False) as bad:
        first, second = (result(client.post("/block_senders", json=sender(n)), 201)["id"] for n in (1, 2))
        assert (first, second) == (1, 2)
        failing = {
            "deletes": [{"id": first}],
            "patches": [{"id": 99, "comments": "no such entry"}],
            "puts": [],
            "posts": [sender(3)],
        }
        assert bad.post("/block_senders/batch", json=failing).status_code == 404
        assert result(client.post("/block_senders", json=sender(4)), 201)["id"] == 3, "no id used up"
        assert bad.get("/block_senders/abc").status_code == 400
        assert bad.get(f"/block_senders/{uuid.UUID(int=1, version=4)}").status_code == 400
        assert result(client.delete("/domains/7")) == {"id": 7}
    assert [entry["id"] for entry in fake.entries("block_senders")] == [1, 2, 3]
    assert_conforms(document, recorded)


# ---- every operation of the packaged spec ------------------------------------------------------------


def test_every_operation_of_the_packaged_spec(recorded: list[Recording]) -> None:
    document = packaged_document()
    fake = FakeEmailSecurity(spec=document, clock=StepClock())
    api = fake.api
    # The fake's reading of the operations agrees with the tests' own (tags, x-sdk-method).
    assert sorted((operation.resource, operation.verb) for operation in api.operations) == sorted(
        (operation.resource, operation.method) for operation in spec_reader.operations(document)
    )
    factory = Factory(api.document)
    unknown = IdMaker(api.document).unknown()
    served: set[str] = set()
    with http(fake, recorded) as client, http(fake, recorded, checked=False) as bad:

        def send(operation: str, method: str, path: str, body: Any = None, status: int = 200) -> Any:
            served.add(operation)
            response = (
                client.request(method, path, json=body) if body is not None else client.request(method, path)
            )
            return result(response, status) if status != 204 else response

        for name, resource in sorted(api.resources.items()):
            if name in mail_resources(fake):
                continue  # test_every_mail_operation_of_the_packaged_spec
            ops = resource.operations
            path = f"/{name}"
            created = []
            if "create" in ops:
                for _ in range(3):
                    body = factory.body(ops["create"].body, full=True)
                    entry = send(ops["create"].id, "POST", path, body, status=201)
                    assert is_uuid4(entry["id"]), "UUID ids, handed out by the fake"
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
                missing = client.get(f"{path}/{unknown}")
                assert missing.status_code == 404 and missing.json()["errors"][0]["code"] == 1003
                assert bad.get(f"{path}/12").status_code == 400, "an integer is no id here"
            if "update" in ops:
                body = factory.body(ops["update"].body, full=True)
                changed = send(ops["update"].id, "PATCH", f"{path}/{ids[0]}", body)
                assert all(changed[key] == value for key, value in body.items() if key in changed)
                assert changed.get("modified_at", "") >= changed.get("created_at", "")
            if "replace" in ops:
                body = factory.body(ops["replace"].body, full=True)
                replaced = send(ops["replace"].id, "PUT", f"{path}/{ids[0]}", body)
                assert replaced["id"] == ids[0]
            if "get_verification" in ops:
                operation = ops["get_verification"].id
                states = ops["get_verification"].extensions["x-sdk-verification"]
                if created:  # made through the API: pending, a TXT record to publish
                    info = send(operation, "GET", f"{path}/{ids[1]}/verification")
                    assert info["status"] == states["pending"]
                    assert info["txt_record_name"] == f"_cf-email-sec-challenge.{created[1]['domain']}"
                    assert info["last_checked_at"] is None
                    again = send(operation, "GET", f"{path}/{ids[1]}/verification")
                    assert (
                        again["last_checked_at"] is not None
                        and again["txt_record_value"] == info["txt_record_value"]
                    )
                    fake.verify(name, ids[1])
                    assert send(operation, "GET", f"{path}/{ids[1]}/verification", status=204).content == b""
                    assert result(client.get(f"{path}/{ids[1]}"))[states["field"]] == states["verified"]
                seeded = fake.entries(name)[0]["id"]  # onboarded: nothing to verify
                assert send(operation, "GET", f"{path}/{seeded}/verification", status=204).content == b""
            if "batch" in ops:
                batch = api.schemas.properties(ops["batch"].body)
                put_items = batch.get("puts", {}).get("items")
                patch_items = batch.get("patches", {}).get("items")
                body = {
                    "deletes": [{"id": ids[-1]}],
                    **({"patches": [factory.body(patch_items, full=True, id=ids[0])]} if patch_items else {}),
                    **({"puts": [factory.body(put_items, full=True, id=ids[1])]} if put_items else {}),
                    **({"posts": [factory.body(ops["create"].body, full=True)]} if "posts" in batch else {}),
                }
                done = send(ops["batch"].id, "POST", f"{path}/batch", body)
                assert done["deletes"] == [{"id": ids[-1]}]
                assert [entry["id"] for entry in done.get("patches", [])] == ([ids[0]] if patch_items else [])
                assert [entry["id"] for entry in done.get("puts", [])] == ([ids[1]] if put_items else [])
                ids = ids[:-1] + [entry["id"] for entry in done.get("posts", [])]
                failing = {**body, "deletes": [{"id": ids[0]}, {"id": unknown}]}
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
    assert served == {
        operation.id for operation in api.operations if operation.resource not in mail_resources(fake)
    }
    assert_conforms(document, recorded)


def mail_resources(fake: FakeEmailSecurity) -> set[str]:
    """The resources the fake's mailbox seeds or acts on: messages, bulk jobs, submissions, reports."""
    jobs = fake.jobs.resource
    return {*fake.mailbox.seeded_resources(), *([jobs.name] if jobs is not None else [])}


MAIL_BASE = f"https://api.cloudflare.com/client/v4/accounts/{FAKE_ACCOUNT_ID}/email-security"


def test_every_mail_operation_of_the_packaged_spec(recorded: list[Recording]) -> None:
    """Each of the mail's operations, through raw HTTP, answered as the spec says (openapi-core checks
    every exchange), with the state changes each makes."""
    document = packaged_document()
    fake = FakeEmailSecurity(spec=document, clock=StepClock(), mailbox=120)
    api = fake.api
    assert mail_resources(fake) == {"investigate", "investigate_bulk", "submissions", "phishguard_reports"}
    served: set[str] = set()

    def mail(checked: bool = True) -> httpx.Client:
        transport = Recording(fake, checked=checked)
        recorded.append(transport)
        return httpx.Client(transport=transport, base_url=MAIL_BASE, headers=TOKEN)

    with mail() as client, mail(checked=False) as bad:

        def send(method: str, path: str, body: Any = None, status: int = 200) -> Any:
            response = (
                client.request(method, path, json=body) if body is not None else client.request(method, path)
            )
            operation = fake.router.method(fake.router.match(response.request.url.path), method)
            served.add(operation.id)
            return result(response, status)

        # investigate: a cursor walk, then each message operation on a delivered and a quarantined one
        walked: list[dict[str, Any]] = []
        cursor = ""
        while True:
            page = client.get(f"/investigate?per_page=25{cursor}").json()
            walked += page["result"]
            assert (
                page["result_info"]["count"] == len(page["result"]) and page["result_info"]["per_page"] == 25
            )
            if page["result_info"]["cursor"] is None:
                break
            cursor = f"&cursor={page['result_info']['cursor']}"
        served.add("email_security_list_messages")
        assert len(walked) == 120 and len({message["id"] for message in walked}) == 120
        assert [m["scanned_at"] for m in walked] == sorted((m["scanned_at"] for m in walked), reverse=True)
        delivered = next(
            m for m in walked if m["delivery_status"] == ["delivered"] and not m["is_phish_submission"]
        )
        held = next(m for m in walked if m["is_quarantined"] and not m["is_phish_submission"])
        assert send("GET", f"/investigate/{delivered['id']}") == delivered
        assert send("GET", f"/investigate/{held['id']}/detections")["action"] == "QUARANTINED"
        assert send("GET", f"/investigate/{held['id']}/preview")["screenshot"]
        raw = send("GET", f"/investigate/{delivered['id']}/raw")["raw"]
        assert f"Subject: {delivered['subject']}" in raw and str(delivered["message_id"]) in raw
        trace = send("GET", f"/investigate/{delivered['id']}/trace")
        assert trace["inbound"]["lines"] and trace["outbound"]["lines"] == []
        assert send("POST", "/investigate/preview", {"id": delivered["id"]})["screenshot"]
        moved = send("POST", f"/investigate/{delivered['id']}/move", {"destination": "JunkEmail"})
        assert [result["success"] for result in moved] == [True] * len(delivered["client_recipients"])
        after = send("GET", f"/investigate/{delivered['id']}")
        assert (
            after["delivery_status"] == ["moved"]
            and after["action_log"][-1]["properties"]["folder"] == "JunkEmail"
        )
        again = send("POST", "/investigate/move", {"ids": [delivered["id"]], "destination": "Inbox"})
        assert again[0]["destination"] == "Inbox"
        released = send("POST", "/investigate/release", {"ids": [held["id"], delivered["id"]]})
        assert released[0]["delivered"] == held["client_recipients"]
        assert released[1]["undelivered"] == delivered["client_recipients"], "not quarantined: nothing done"
        assert send("GET", f"/investigate/{held['id']}")["is_quarantined"] is False
        assert send("POST", f"/investigate/{held['id']}/reclassify", {"expected_disposition": "NONE"}) == {}
        unknown = bad.post("/investigate/release", json={"ids": [held["id"], "no-such-message"]})
        assert unknown.status_code == 404 and unknown.json()["errors"][0]["code"] == 1003
        # submissions (the reclassification is among them) and PhishGuard reports
        submissions = send("GET", "/submissions?per_page=1000&type=TEAM")
        assert submissions[-1]["original_postfix_id"] == held["postfix_id"]
        assert all(submission["type"] == "Team" for submission in submissions)
        reports = send("GET", "/phishguard/reports?per_page=5")
        assert reports and all(
            report["disposition"] in ("MALICIOUS", "MALICIOUS-BEC", "SPOOF") for report in reports
        )
        # bulk jobs: create, get (each poll a step), list, list_messages, cancel, delete
        job = send(
            "POST",
            "/investigate/bulk",
            {"action": "RELEASE", "search_params": {"final_disposition": "SPOOF"}},
            201,
        )
        assert job["status"] == "PENDING"
        while job["status"] not in ("COMPLETED", "FAILED", "CANCELLED"):
            job = send("GET", f"/investigate/bulk/{job['job_id']}")
            counted = sum(
                job[name]
                for name in (
                    "messages_pending",
                    "messages_successful",
                    "messages_failed",
                    "messages_skipped",
                    "messages_cancelled",
                )
            )
            assert counted == job["total_messages_discovered"]
        assert job["status"] == "COMPLETED" and job["total_messages_discovered"] > 0
        assert [entry["job_id"] for entry in send("GET", "/investigate/bulk?status=COMPLETED")] == [
            job["job_id"]
        ]
        handled = send("GET", f"/investigate/bulk/{job['job_id']}/messages?per_page=1000")
        assert len(handled) == job["total_messages_discovered"]
        assert {entry["status"] for entry in handled} <= {"COMPLETED", "SKIPPED", "FAILED"}
        other = send(
            "POST",
            "/investigate/bulk",
            {"action": "MOVE", "destination": "DeletedItems", "search_params": {}},
            201,
        )
        assert bad.delete(f"/investigate/bulk/{other['job_id']}").status_code == 409, (
            "running: cancel it first"
        )
        assert send("POST", f"/investigate/bulk/{other['job_id']}/cancel")["status"] == "CANCELLED"
        assert send("DELETE", f"/investigate/bulk/{other['job_id']}") == {"id": other["job_id"]}
        assert bad.get(f"/investigate/bulk/{other['job_id']}").status_code == 404
        refused = bad.post("/investigate/bulk", json={"action": "MOVE", "search_params": {}})
        assert refused.status_code == 400 and "destination" in refused.text
    assert served == {
        operation.id for operation in api.operations if operation.resource in mail_resources(fake)
    }
    assert_conforms(document, recorded)
