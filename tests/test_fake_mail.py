"""The fake's mail: a seeded, deterministic mailbox per account, searched by every filter the spec
gives, walked by cursor, and changed by move, release and reclassify as the real API shows it.

Through the generated client (sync and async) on the fake's transport; the bulk jobs are in
test_fake_mail_jobs.py, every answer's conformance to the spec in test_fake_spec_driven.py.
"""

from __future__ import annotations

import asyncio
import copy
import email
from datetime import datetime, timedelta, timezone
from email.policy import default as default_policy
from typing import Any

import httpx
import pytest

from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity, MailSeed, StepClock
from cf_email_security.testing.spec import packaged_document

START = datetime(2026, 1, 1, tzinfo=timezone.utc)  # where a StepClock starts
OTHER_ACCOUNT = "fedcba9876543210fedcba9876543210"
BASE = f"https://api.cloudflare.com/client/v4/accounts/{FAKE_ACCOUNT_ID}/email-security"


def steady(**options: Any) -> FakeEmailSecurity:
    return FakeEmailSecurity(clock=StepClock(), **options)


def messages(fake: FakeEmailSecurity, account_id: str = FAKE_ACCOUNT_ID) -> list[dict[str, Any]]:
    return fake.entries("investigate", account_id)


def ids(found: Any) -> list[str]:
    return [message.id if hasattr(message, "id") else message["id"] for message in found]


def raw_list(fake: FakeEmailSecurity, query: str) -> httpx.Response:
    with httpx.Client(
        transport=fake.transport(), base_url=BASE, headers={"Authorization": "Bearer t"}
    ) as http:
        return http.get(f"/investigate?{query}")


# ---- the seeded mailbox -------------------------------------------------------------------------------


def test_each_account_gets_the_same_mailbox_every_run() -> None:
    first, second = steady(), steady()
    assert messages(first) == messages(second), "a fixed random seed: the same mail, field for field"
    assert len(messages(first)) == 200
    assert messages(first) != messages(first, OTHER_ACCOUNT), "each account its own mail"
    assert messages(steady(mailbox=MailSeed(messages=200, seed=7))) != messages(first)
    assert len(messages(steady(mailbox=30))) == 30
    assert messages(steady(mailbox=0)) == []
    assert steady(mailbox=0).entries("submissions") == []


def test_the_mailbox_is_realistic_and_follows_the_spec() -> None:
    fake = steady()
    found = messages(fake)
    api = fake.api
    entity = api.resources["investigate"].entity
    for message in found:
        api.validator.check(entity, message, "message", request=False)
    domains = {entry["domain"] for entry in fake.entries("domains")}
    recipients = {address.rsplit("@", 1)[-1] for message in found for address in message["client_recipients"]}
    assert recipients == domains, "people at the account's protected domains"
    verdicts = {message["final_disposition"] for message in found}
    assert {"NONE", "BULK", "SPAM", "MALICIOUS"} <= verdicts, verdicts
    quarantined = [message for message in found if message["is_quarantined"]]
    assert quarantined and all(message["delivery_status"] == ["quarantined"] for message in quarantined)
    assert all(message["final_disposition"] != "NONE" for message in quarantined), "threats are held"
    times = [datetime.fromisoformat(message["scanned_at"].replace("Z", "+00:00")) for message in found]
    assert min(times) > START - timedelta(days=30) and max(times) <= START, "the last 30 days of the clock"
    assert all(message["ts"] == message["scanned_at"] for message in found), "the deprecated alias reports it"
    assert (
        len({message["id"] for message in found}) == len({message["postfix_id"] for message in found}) == 200
    )
    assert all(message["alert_id"] for message in found if message["final_disposition"] == "MALICIOUS")
    reports = fake.entries("phishguard_reports")
    postfixes = {message["postfix_id"] for message in found}
    assert reports and all(report["fields"]["postfix_id"] in postfixes for report in reports)
    submissions = fake.entries("submissions")
    assert submissions and all(entry["original_postfix_id"] in postfixes for entry in submissions)


def test_a_spec_change_flows_into_the_mailbox() -> None:
    """A verdict the spec gains is seen, one it drops is never produced, and a field it adds is filled."""
    document = packaged_document()
    schemas = document["components"]["schemas"]
    label = schemas["NullableDispositionLabel"]
    label["enum"] = [value for value in label["enum"] if value != "SPAM"] + ["GRAYMAIL"]
    label.pop("x-sdk-nullable-of", None)
    message = schemas["InvestigateMessage"]
    message["properties"]["risk_score"] = {"type": "integer", "format": "int32", "minimum": 0}
    message["required"] = [*message["required"], "risk_score"]
    fake = FakeEmailSecurity(spec=document, clock=StepClock(), mailbox=2000)
    found = messages(fake)
    verdicts = {entry["final_disposition"] for entry in found}
    assert "GRAYMAIL" in verdicts and "SPAM" not in verdicts
    assert all(entry["risk_score"] == 0 for entry in found), "a required field nobody chose: a plain value"


def test_five_thousand_messages_are_seeded_on_first_use() -> None:
    """Made on the first request that needs them (its cost is measured by `make bench`, not asserted)."""
    fake = steady(mailbox=5000)
    first = next(iter(fake.client().investigate.list(per_page=1)))
    assert first.id == max(messages(fake), key=lambda m: (m["scanned_at"], m["id"]))["id"]
    assert len(messages(fake)) == 5000


# ---- search --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def searched() -> FakeEmailSecurity:
    fake = steady(mailbox=600)
    fake.deliver(
        sender="alerts@lists.shady.example",
        subject="Quarterly invoice overdue",
        recipients=["ava.thompson@example.com"],
        links=["https://pay.shady.example/now"],
        attachments=["overdue-invoice.pdf"],
        disposition="SUSPICIOUS",
        delivery_status="delivered",
    )
    return fake


def matching(fake: FakeEmailSecurity, test: Any) -> set[str]:
    return {message["id"] for message in messages(fake) if test(message)}


def test_every_filter_selects_what_its_description_says(searched: FakeEmailSecurity) -> None:
    es = searched.client()
    every = messages(searched)
    partner = matching(searched, lambda m: m["from"].endswith("@partner.example"))
    assert partner and set(ids(es.investigate.list(sender="partner.example"))) == partner
    one = next(m for m in every if m["from"].endswith("@partner.example"))["from"]
    assert set(ids(es.investigate.list(sender=one.upper()))) == matching(searched, lambda m: m["from"] == one)
    shady = matching(searched, lambda m: m["from"].endswith("shady.example"))
    assert len(shady) == 1 and set(ids(es.investigate.list(sender="shady.example"))) == shady, (
        "subdomains too"
    )
    ava = matching(searched, lambda m: "ava.thompson@example.com" in m["client_recipients"])
    assert set(ids(es.investigate.list(recipient="ava.thompson@example.com"))) == ava
    assert set(ids(es.investigate.list(domain="pay.shady.example"))) == shady, "a link's domain"
    assert set(ids(es.investigate.list(subject="overdue QUARTERLY"))) == shady, "words in any order"
    assert set(ids(es.investigate.list(query="overdue-invoice shady"))) == shady, "attachment names, senders"
    for verdict in ("MALICIOUS", "BULK", "NONE"):
        expected = matching(searched, lambda m, v=verdict: m["final_disposition"] == v)
        assert set(ids(es.investigate.list(final_disposition=verdict))) == expected, verdict
    held = matching(searched, lambda m: "quarantined" in m["delivery_status"])
    assert set(ids(es.investigate.list(delivery_status="quarantined"))) == held
    detected = matching(searched, lambda m: m["final_disposition"] != "NONE")
    assert set(ids(es.investigate.list(detections_only=True))) == detected
    target = next(m for m in every if m["alert_id"])
    assert ids(es.investigate.list(alert_id=target["alert_id"])) == [target["id"]]
    assert ids(es.investigate.list(message_id=target["message_id"].strip("<>"))) == [target["id"]]
    assert ids(es.investigate.list(smtp_helo_ip="192.0.2.200")) == ids(
        sorted(
            (m for m in every if m["smtp_helo_server_ip"] == "192.0.2.200"),
            key=lambda m: (m["scanned_at"], m["id"]),
            reverse=True,
        )
    )
    moved = matching(searched, lambda m: "MOVE" in (m["post_delivery_operations"] or []))
    assert moved and set(ids(es.investigate.list(message_action="MOVED"))) == moved


def test_a_time_range_and_the_default_of_the_last_30_days() -> None:
    fake = steady(mailbox=50)
    old = fake.deliver(subject="Old news", scanned_at=START - timedelta(days=45))
    es = fake.client()
    assert old["id"] not in ids(es.investigate.list()), "without start and end: the last 30 days"
    since = START - timedelta(days=60)
    assert old["id"] in ids(es.investigate.list(start=since))
    week = set(ids(es.investigate.list(start=START - timedelta(days=7), end=START - timedelta(days=2))))
    expected = matching(
        fake,
        lambda m: "2025-12-25T00:00:00" <= m["scanned_at"] <= "2025-12-30T00:00:00" and m["id"] != old["id"],
    )
    assert week == expected and week
    future = raw_list(fake, "start=2030-01-01T00:00:00Z")
    assert future.status_code == 400 and "start must not be in the future" in future.text


@pytest.mark.parametrize(
    ("query", "problem"),
    [
        ("final_disposition=SCARY", "final_disposition must be one of"),
        ("per_page=1001", "per_page must be <= 1000"),
        ("cursor=not-a-cursor", "cursor is not a cursor this list gave"),
        ("detections_only=maybe", "detections_only must be true or false"),
        ("start=yesterday", "start must be an RFC 3339 date-time"),
        ("colour=red", "unknown query parameter 'colour'"),
    ],
)
def test_a_bad_search_is_refused_naming_the_problem(
    searched: FakeEmailSecurity, query: str, problem: str
) -> None:
    response = raw_list(searched, query)
    assert response.status_code == 400 and problem in response.json()["errors"][0]["message"]


# ---- cursor pagination -------------------------------------------------------------------------------


def test_a_cursor_walk_over_5000_messages_is_one_request_per_page_without_duplicates() -> None:
    fake = steady(mailbox=5000)
    before = len(fake.requests)
    pager = fake.client().investigate.list(per_page=100)
    walked = ids(pager)
    requests = fake.requests[before:]
    assert len(walked) == 5000 and len(set(walked)) == 5000
    assert len(requests) == 50, "one request per page"
    assert pager.report.complete and pager.report.duplicates == 0
    assert [dict(request.query).get("cursor") is None for request in requests] == [True] + [False] * 49
    expected = sorted(messages(fake), key=lambda m: (m["scanned_at"], m["id"]), reverse=True)
    assert walked == ids(expected), "newest first, the same order every page"


def test_a_walk_is_not_shifted_by_mail_arriving_meanwhile() -> None:
    fake = steady(mailbox=60)
    es = fake.client()
    pages = es.investigate.list(per_page=25).pages()
    first = next(pages)
    fake.deliver(subject="Arrived during the walk")
    rest = [message for page in pages for message in page.result]
    walked = [*ids(first.result), *ids(rest)]
    assert len(walked) == 60 and len(set(walked)) == 60, "nothing repeated, nothing skipped"


def test_the_deprecated_page_is_still_honoured() -> None:
    fake = steady(mailbox=90)
    es = fake.client()
    by_cursor = list(es.investigate.list(per_page=20).pages())
    second = raw_list(fake, "per_page=20&page=2").json()
    assert ids(second["result"]) == ids(by_cursor[1].result)
    assert second["result_info"]["cursor"] is not None
    last = raw_list(fake, "per_page=20&page=5").json()
    assert len(last["result"]) == 10 and last["result_info"]["cursor"] is None
    assert raw_list(fake, "per_page=20&page=6").json()["result"] == []


def test_the_async_client_walks_the_same_pages() -> None:
    fake = steady(mailbox=130)

    async def walk() -> list[str]:
        async with fake.async_client() as es:
            return [message.id async for message in es.investigate.list(per_page=50)]

    walked = asyncio.run(walk())
    assert walked == ids(fake.client().investigate.list(per_page=50)) and len(walked) == 130


# ---- one message: details, source, trace ---------------------------------------------------------------


def test_the_raw_source_is_the_message_as_its_recipients_got_it() -> None:
    fake = steady(mailbox=10)
    sent = fake.deliver(
        sender="dana.whitfield@partner.example",
        subject="Contract renewal 2027 (signed copy)",
        recipients=["noah.patel@example.org", "mia.rossi@example.com"],
        attachments=["contract-2027.pdf"],
        body="Hi Noah,\n\nThe signed contract is attached.\n",
    )
    raw = fake.client().investigate.get_raw(sent["id"]).raw
    parsed = email.message_from_string(raw, policy=default_policy)
    assert parsed["Subject"] == sent["subject"] and parsed["Message-ID"] == sent["message_id"]
    assert parsed["From"].addresses[0].addr_spec == "dana.whitfield@partner.example"
    assert [address.addr_spec for address in parsed["To"].addresses] == sent["client_recipients"]
    assert "spf=pass" in parsed["Authentication-Results"]
    body = parsed.get_body(preferencelist=("plain",))
    assert body is not None and "The signed contract is attached." in body.get_content()
    assert [part.get_filename() for part in parsed.iter_attachments()] == ["contract-2027.pdf"]


def test_details_detections_trace_and_previews() -> None:
    fake = steady(mailbox=10)
    es = fake.client()
    threat = fake.deliver(
        sender="no-reply@m1crosoft-login.example",
        subject="Your password expires today",
        disposition="MALICIOUS",
        links=["https://m1crosoft-login.example/login"],
    )
    found = es.investigate.get(threat["id"])
    assert found.is_quarantined and [str(status) for status in found.delivery_status or []] == ["quarantined"]
    detections = es.investigate.get_detections(threat["id"])
    assert (
        detections.action == "QUARANTINED"
        and detections.links[0].href == "https://m1crosoft-login.example/login"
    )
    assert {header.name: header.value for header in detections.headers}["Subject"] == threat["subject"]
    lines = [line.message for line in es.investigate.get_trace(threat["id"]).inbound.lines or []]
    assert any("status=quarantined" in line for line in lines)
    assert es.investigate.get_preview(threat["id"]).screenshot.startswith("iVBORw0KGgo"), "a PNG, base64"
    missing = httpx.Client(transport=fake.transport(), base_url=BASE, headers={"Authorization": "Bearer t"})
    with missing:
        response = missing.post("/investigate/preview", json={"id": threat["id"]})
        assert response.status_code == 404 and "in no mailbox" in response.text, (
            "quarantined: not in a mailbox"
        )
        assert missing.get("/investigate/no-such-message/raw").status_code == 404
    delivered = fake.deliver(subject="Lunch?")
    assert es.investigate.preview(id=delivered["id"]).screenshot
    assert "PREVIEW" in [str(op) for op in es.investigate.get(delivered["id"]).post_delivery_operations or []]


def test_get_looks_among_phish_submissions_only_when_asked() -> None:
    fake = steady(mailbox=10)
    reported = fake.deliver(subject="Suspicious parcel notice", is_phish_submission=True)
    with httpx.Client(
        transport=fake.transport(), base_url=BASE, headers={"Authorization": "Bearer t"}
    ) as http:
        assert http.get(f"/investigate/{reported['id']}").status_code == 404
        assert (
            http.get(f"/investigate/{reported['id']}?submission=true").json()["result"]["id"]
            == reported["id"]
        )


# ---- actions change the message ------------------------------------------------------------------------


def test_move_moves_a_delivered_message_and_refuses_one_in_no_mailbox() -> None:
    fake = steady(mailbox=10)
    es = fake.client()
    inbox = fake.deliver(recipients=["ava.thompson@example.com", "liam.chen@example.com"], subject="Hello")
    results = es.investigate.move(inbox["id"], destination="JunkEmail")
    assert [(r.success, r.recipient, str(r.destination)) for r in results] == [
        (True, "ava.thompson@example.com", "JunkEmail"),
        (True, "liam.chen@example.com", "JunkEmail"),
    ]
    moved = es.investigate.get(inbox["id"])
    assert [str(status) for status in moved.delivery_status or []] == ["moved"]
    assert [str(op) for op in moved.post_delivery_operations or []] == ["MOVE"]
    assert moved.action_log[-1].properties.folder == "JunkEmail"
    assert inbox["id"] in ids(es.investigate.list(message_action="MOVED"))
    lines = [line.message for line in es.investigate.get_trace(inbox["id"]).outbound.lines or []]
    assert lines and "folder=JunkEmail" in lines[-1]
    held = fake.deliver(disposition="MALICIOUS", subject="Invoice attached")
    refused = es.investigate.move(held["id"], destination="Inbox")
    assert refused and not any(result.success for result in refused)
    assert es.investigate.get(held["id"]).is_quarantined, "unchanged"
    broken = fake.deliver(subject="Stuck", delivery_status="move_failed")
    assert not es.investigate.move(broken["id"], destination="Inbox")[0].success, "its mailbox refuses moves"


def test_move_many_moves_all_or_none() -> None:
    fake = steady(mailbox=10)
    es = fake.client()
    first, second = fake.deliver(subject="One"), fake.deliver(subject="Two")
    done = es.investigate.move_many(ids=[first["id"], second["id"]], destination="DeletedItems")
    assert {result.message_id for result in done} == {first["id"], second["id"]}
    third = fake.deliver(subject="Three")
    before = copy.deepcopy(messages(fake))
    with httpx.Client(
        transport=fake.transport(), base_url=BASE, headers={"Authorization": "Bearer t"}
    ) as http:
        response = http.post(
            "/investigate/move", json={"ids": [third["id"], "no-such-id"], "destination": "Inbox"}
        )
    assert response.status_code == 404 and response.json()["errors"][0]["code"] == 1003
    assert messages(fake) == before, "an unknown id: nothing moved"
    with pytest.warns(DeprecationWarning, match="postfix_ids is deprecated"):
        by_postfix = es.investigate.move_many(
            ids=[], postfix_ids=[third["postfix_id"]], destination="JunkEmail"
        )
    assert [result.message_id for result in by_postfix] == [third["id"]], "the deprecated postfix_ids"


def test_release_delivers_quarantined_mail_and_leaves_the_rest() -> None:
    fake = steady(mailbox=10)
    es = fake.client()
    held = fake.deliver(disposition="SPOOF", subject="Quick favour", recipients=["grace.kim@example.org"])
    inbox = fake.deliver(subject="Already here", recipients=["grace.kim@example.org"])
    released = es.investigate.release(ids=[held["id"], inbox["id"]])
    assert [(r.id, r.delivered, r.undelivered) for r in released] == [
        (held["id"], ["grace.kim@example.org"], []),
        (inbox["id"], [], ["grace.kim@example.org"]),
    ]
    after = es.investigate.get(held["id"])
    assert not after.is_quarantined and [str(s) for s in after.delivery_status or []] == ["delivered"]
    assert "QUARANTINE_RELEASE" in [str(op) for op in after.post_delivery_operations or []]
    assert held["id"] in ids(es.investigate.list(message_action="QUARANTINE_RELEASED"))
    assert held["id"] not in ids(es.investigate.list(delivery_status="quarantined"))
    assert es.investigate.get(inbox["id"]).post_delivery_operations == [], "not quarantined: untouched"


@pytest.mark.filterwarnings("ignore:investigate.reclassify\\(\\) is deprecated:DeprecationWarning")
def test_reclassify_records_a_submission() -> None:
    fake = steady(mailbox=10)
    es = fake.client()
    held = fake.deliver(
        disposition="SUSPICIOUS", subject="Overdue invoice 4711", delivery_status="quarantined"
    )
    before = {entry["submission_id"] for entry in fake.entries("submissions")}
    es.investigate.reclassify(held["id"], expected_disposition="NONE")
    (submission,) = [entry for entry in fake.entries("submissions") if entry["submission_id"] not in before]
    assert (
        submission["requested_disposition"] == "NONE" and submission["original_disposition"] == "SUSPICIOUS"
    )
    assert (
        submission["original_postfix_id"] == held["postfix_id"] and submission["subject"] == held["subject"]
    )
    assert (submission["type"], submission["customer_status"]) == ("Team", "unreviewed")
    listed = es.submissions.list(type_="TEAM", status="unreviewed", requested_disposition="NONE")
    assert submission["submission_id"] in [entry.submission_id for entry in listed]
    assert es.investigate.get(held["id"]).final_disposition == "SUSPICIOUS", "changed only once reviewed"
    assert "SUBMISSION" in [str(op) for op in es.investigate.get(held["id"]).post_delivery_operations or []]


@pytest.mark.filterwarnings("ignore:investigate.reclassify\\(\\) is deprecated:DeprecationWarning")
def test_reclassify_works_where_the_spec_lists_no_submissions() -> None:
    """A spec without the submissions list (an operation removed) still serves reclassify: the
    message's log records it, and there is nothing to list."""
    document = packaged_document()
    document["paths"] = {path: item for path, item in document["paths"].items() if "/submissions" not in path}
    document["tags"] = [tag for tag in document["tags"] if tag["name"] != "submissions"]
    fake = FakeEmailSecurity(spec=document, clock=StepClock(), mailbox=10)
    held = fake.deliver(disposition="SUSPICIOUS", subject="Overdue", delivery_status="quarantined")
    headers = {"Authorization": "Bearer t"}
    with httpx.Client(transport=fake.transport(), base_url=BASE, headers=headers) as http:
        answer = http.post(f"/investigate/{held['id']}/reclassify", json={"expected_disposition": "NONE"})
        assert answer.status_code == 200, answer.text
        shown = http.get(f"/investigate/{held['id']}").json()["result"]
    assert "SUBMISSION" in shown["post_delivery_operations"]


def test_the_block_a_sender_then_clean_up_recipe() -> None:
    """Block a sender, find the messages it got delivered, move them out of the inboxes."""
    fake = steady(mailbox=200)
    es = fake.client()
    for n in range(3):
        fake.deliver(sender="promo@spammy-deals.example", subject=f"Deal {n}", disposition="SPAM")
    es.block_senders.create(pattern="spammy-deals.example", pattern_type="DOMAIN", is_regex=False)
    delivered = list(es.investigate.list(sender="spammy-deals.example", delivery_status="delivered"))
    assert len(delivered) == 3
    results = es.investigate.move_many(ids=ids(delivered), destination="JunkEmail")
    assert all(result.success for result in results)
    assert list(es.investigate.list(sender="spammy-deals.example", delivery_status="delivered")) == []
    assert len(list(es.investigate.list(sender="spammy-deals.example", message_action="MOVED"))) == 3


# ---- submissions and PhishGuard reports -----------------------------------------------------------------


def test_submissions_and_reports_are_filtered_as_the_spec_says() -> None:
    fake = steady(mailbox=800)
    es = fake.client()
    seeded = fake.entries("submissions")
    users = {entry["submission_id"] for entry in seeded if entry["type"] == "User"}
    assert users and {entry.submission_id for entry in es.submissions.list(type_="USER")} == users
    escalated = {entry["submission_id"] for entry in seeded if entry["escalated_by"] is not None}
    assert escalated and {e.submission_id for e in es.submissions.list(escalated_from_user=True)} == escalated
    reviewed = {entry["submission_id"] for entry in seeded if entry["customer_status"] == "reviewed"}
    assert {entry.submission_id for entry in es.submissions.list(status="reviewed")} == reviewed
    newest = [entry.requested_at for entry in es.submissions.list(order="requested_at", direction="desc")]
    assert newest == sorted(newest, reverse=True) and len(newest) == len(seeded)
    reports = fake.entries("phishguard_reports")
    assert [report.id for report in es.phishguard_reports.list()] == [report["id"] for report in reports]
    day = reports[0]["created_at"][:10]
    on_day = {report["id"] for report in reports if report["created_at"].startswith(day)}
    date = datetime.fromisoformat(day).date()
    with pytest.warns(DeprecationWarning) as caught:
        found = es.phishguard_reports.list(from_date=date, to_date=date)
    assert sorted(str(warning.message).split(" is ")[0] for warning in caught) == ["from_date", "to_date"]
    assert {report.id for report in found} == on_day, "a date range: whole days"
