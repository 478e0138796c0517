"""The fake's bulk jobs: a search's messages moved or released a batch per poll, counted as they go,
cancellable; and the command-line server serving the mail (`--mailbox N`).

Through the generated client on the fake's transport (sync and async); `wait()` polls `get`, and each
poll moves a job on one step, so these runs are deterministic and take no time.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from typing import Any

import httpx
import pytest

from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity, StepClock
from cf_email_security_generated.errors import JobFailedError
from support import spec

# The job's message counters, as the spec's BulkJob lists them; their sum is its total, as it says.
COUNTERS = tuple(name for name in spec.schema("BulkJob")["properties"] if name.startswith("messages_"))
BASE = f"https://api.cloudflare.com/client/v4/accounts/{FAKE_ACCOUNT_ID}/email-security"


def counted(job: Any) -> tuple[int, ...]:
    return tuple(getattr(job, name) for name in COUNTERS)


def adds_up(job: Any) -> bool:
    return sum(counted(job)) == job.total_messages_discovered


def newsletter_fake(**options: Any) -> FakeEmailSecurity:
    """A fake with 25 delivered and 5 quarantined messages from one newsletter, among 300 others."""
    fake = FakeEmailSecurity(clock=StepClock(), mailbox=300, **options)
    for n in range(25):
        fake.deliver(sender=f"news{n % 3}@bulk-news.example", subject=f"Issue {n}", disposition="BULK")
    for n in range(5):
        fake.deliver(sender="news@bulk-news.example", subject=f"Held {n}", delivery_status="quarantined")
    return fake


def test_a_move_job_progresses_to_completed_and_moves_the_messages() -> None:
    fake = newsletter_fake(job_batch=10)
    es = fake.client()
    matched = {message.id for message in es.investigate.list(sender="bulk-news.example")}
    assert len(matched) == 30
    job = es.investigate_bulk.create(
        action="MOVE",
        destination="JunkEmail",
        search_params={"sender": "bulk-news.example"},
        comment="cleanup",
    )
    assert str(job.status) == "PENDING" and job.comment == "cleanup" and adds_up(job)
    polled: list[Any] = []
    done = es.investigate_bulk.wait(job.job_id, interval=0, max_interval=0, on_poll=polled.append)
    assert [str(state.status) for state in polled] == [
        "DISCOVERING",
        "PROCESSING",  # 30 found: 25 to move, 5 in no mailbox (quarantined), skipped
        "PROCESSING",  # 10 moved
        "PROCESSING",  # 20
        "COMPLETED",  # 25
    ]
    assert all(adds_up(state) for state in polled), [counted(state) for state in polled]
    assert [state.messages_successful for state in polled] == [0, 0, 10, 20, 25]
    assert (done.total_messages_discovered, done.messages_successful, done.messages_skipped) == (30, 25, 5)
    assert done.started_at is not None and done.completed_at is not None
    moved = {
        message.id for message in es.investigate.list(sender="bulk-news.example", message_action="MOVED")
    }
    assert len(moved) == 25 and moved < matched
    assert list(es.investigate.list(sender="bulk-news.example", delivery_status="delivered")) == []
    per_message = list(es.investigate_bulk.list_messages(job.job_id, per_page=7))
    assert {entry.message_id for entry in per_message} == matched
    assert sorted(str(entry.status) for entry in per_message) == ["COMPLETED"] * 25 + ["SKIPPED"] * 5
    skipped = [entry for entry in per_message if str(entry.status) == "SKIPPED"]
    assert all("in no mailbox" in str(entry.status_message) for entry in skipped)
    moved_entry = next(entry for entry in per_message if str(entry.status) == "COMPLETED")
    assert [str(status) for status in moved_entry.message.delivery_status or []] == ["moved"]
    assert str(moved_entry.action_params.destination) == "JunkEmail"
    only_skipped = list(es.investigate_bulk.list_messages(job.job_id, status="SKIPPED"))
    assert len(only_skipped) == 5
    listed = list(es.investigate_bulk.list(action_type="MOVE", status="COMPLETED"))
    assert [entry.job_id for entry in listed] == [job.job_id]
    es.investigate_bulk.delete(job.job_id)
    assert list(es.investigate_bulk.list()) == []


def test_a_job_selects_what_the_list_selects() -> None:
    fake = newsletter_fake()
    es = fake.client()
    search = {"final_disposition": "MALICIOUS", "recipient": "example.org", "detections_only": True}
    listed = {message.id for message in es.investigate.list(**search)}
    job = es.investigate_bulk.create(action="RELEASE", search_params=search)
    es.investigate_bulk.wait(job.job_id, interval=0, max_interval=0)
    assert {
        entry.message_id for entry in es.investigate_bulk.list_messages(job.job_id, per_page=1000)
    } == listed


def test_a_release_job_releases_the_quarantined_and_skips_the_rest() -> None:
    fake = newsletter_fake()
    es = fake.client()
    job = es.investigate_bulk.create(action="RELEASE", search_params={"sender": "news@bulk-news.example"})
    done = es.investigate_bulk.wait(job.job_id, interval=0, max_interval=0)
    held = [m for m in fake.entries("investigate") if m["subject"].startswith("Held")]
    assert (done.messages_successful, done.messages_skipped) == (5, done.total_messages_discovered - 5)
    assert all(
        not message["is_quarantined"] and message["delivery_status"] == ["delivered"] for message in held
    )
    assert str(done.action_params.type_) == "RELEASE"


def test_cancel_leaves_the_pending_messages_alone() -> None:
    fake = newsletter_fake(job_batch=10)
    es = fake.client()
    job = es.investigate_bulk.create(
        action="MOVE", destination="DeletedItems", search_params={"sender": "bulk-news.example"}
    )
    for _ in range(3):  # started, found 30 (5 skipped), moved 10
        state = es.investigate_bulk.get(job.job_id)
    assert (str(state.status), state.messages_successful, state.messages_pending) == ("PROCESSING", 10, 15)
    cancelled = es.investigate_bulk.cancel(job.job_id)
    assert str(cancelled.status) == "CANCELLED" and adds_up(cancelled)
    assert counted(cancelled) == (0, 10, 0, 5, 15)
    assert cancelled.completed_at is not None and "15 messages were left alone" in str(
        cancelled.status_message
    )
    assert es.investigate_bulk.get(job.job_id).messages_successful == 10, "polling moves it on no further"
    states = [str(entry.status) for entry in es.investigate_bulk.list_messages(job.job_id, per_page=100)]
    assert sorted(states) == ["CANCELLED"] * 15 + ["COMPLETED"] * 10 + ["SKIPPED"] * 5
    moved = list(es.investigate.list(sender="bulk-news.example", message_action="MOVED"))
    assert len(moved) == 10, "the cancelled ones were not moved"
    assert counted(es.investigate_bulk.cancel(job.job_id)) == counted(cancelled), "cancelling again: as it is"
    es.investigate_bulk.delete(job.job_id)


def test_what_a_job_refuses() -> None:
    fake = newsletter_fake()
    es = fake.client()
    finished = es.investigate_bulk.create(action="RELEASE", search_params={"sender": "nobody.example"})
    running = es.investigate_bulk.create(action="RELEASE", search_params={})
    with httpx.Client(
        transport=fake.transport(), base_url=BASE, headers={"Authorization": "Bearer t"}
    ) as http:
        assert es.investigate_bulk.wait(finished.job_id, interval=0).total_messages_discovered == 0
        for body, problem in (
            ({"action": "MOVE", "search_params": {}}, "destination: is required when action is MOVE"),
            ({"action": "MOVE", "destination": "Attic", "search_params": {}}, "destination: must be one of"),
            ({"action": "MOVE", "destination": "Inbox"}, "search_params: is required"),
        ):
            response = http.post("/investigate/bulk", json=body)
            assert response.status_code == 400 and problem in response.text, (body, response.text)
        response = http.post(f"/investigate/bulk/{finished.job_id}/cancel")
        assert response.status_code == 409 and "has ended (COMPLETED)" in response.text
        response = http.delete(f"/investigate/bulk/{running.job_id}")
        assert response.status_code == 409 and "cancel it first" in response.text
        assert http.get("/investigate/bulk/no-such-job").status_code == 404
        assert http.get("/investigate/bulk/no-such-job/messages").status_code == 404


def test_a_job_whose_every_move_fails_ends_failed() -> None:
    fake = FakeEmailSecurity(clock=StepClock(), mailbox=20)
    for n in range(3):
        fake.deliver(sender="stuck@legacy-mail.example", subject=f"Stuck {n}", delivery_status="move_failed")
    es = fake.client()
    job = es.investigate_bulk.create(
        action="MOVE", destination="Inbox", search_params={"sender": "legacy-mail.example"}
    )
    with pytest.raises(JobFailedError) as raised:
        es.investigate_bulk.wait(job.job_id, interval=0, max_interval=0)
    failed = raised.value.job
    assert (str(failed.status), failed.messages_failed, failed.messages_successful) == ("FAILED", 3, 0)
    assert "3 messages failed" in str(failed.status_message)
    reasons = {str(entry.status_message) for entry in es.investigate_bulk.list_messages(job.job_id)}
    assert reasons == {"Failed: the mailbox refused the move"}


def test_advance_jobs_runs_them_without_polling() -> None:
    fake = newsletter_fake(job_batch=3)
    es = fake.client()
    job = es.investigate_bulk.create(
        action="MOVE", destination="JunkEmail", search_params={"subject": "issue"}
    )
    (state,) = fake.advance_jobs(2)
    assert state["status"] == "PROCESSING" and state["messages_pending"] == 25
    (done,) = fake.advance_jobs(None)
    assert done["status"] == "COMPLETED" and done["messages_successful"] == 25
    assert es.investigate_bulk.get(job.job_id).messages_successful == 25


def test_the_async_client_waits_for_a_job() -> None:
    fake = newsletter_fake(job_batch=7)

    async def run() -> Any:
        async with fake.async_client() as es:
            job = await es.investigate_bulk.create(
                action="MOVE", destination="JunkEmail", search_params={"sender": "bulk-news.example"}
            )
            done = await es.investigate_bulk.wait(job.job_id, interval=0, max_interval=0)
            messages = [entry async for entry in es.investigate_bulk.list_messages(job.job_id, per_page=4)]
            return done, messages

    done, messages = asyncio.run(run())
    assert str(done.status) == "COMPLETED" and done.messages_successful == 25 and len(messages) == 30


def test_the_command_line_server_serves_the_mail() -> None:
    command = [sys.executable, "-m", "cf_email_security.testing", "--port", "0", "--steady-clock"]
    process = subprocess.Popen(
        [*command, "--mailbox", "40", "--job-batch", "15", "--exit-after", "30"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().split(" on ")[-1].strip()
        url = f"{base_url}/accounts/{FAKE_ACCOUNT_ID}/email-security"
        headers = {"Authorization": "Bearer t"}
        with httpx.Client(base_url=url, headers=headers) as http:
            page = http.get("/investigate?per_page=30").json()
            assert len(page["result"]) == 30 and page["result_info"]["cursor"]
            rest = http.get(f"/investigate?per_page=30&cursor={page['result_info']['cursor']}").json()
            assert len(rest["result"]) == 10 and rest["result_info"]["cursor"] is None
            job = http.post("/investigate/bulk", json={"action": "RELEASE", "search_params": {}}).json()[
                "result"
            ]
            states = [
                http.get(f"/investigate/bulk/{job['job_id']}").json()["result"]["status"] for _ in range(4)
            ]
            assert states[:2] == ["DISCOVERING", "PROCESSING"] and states[-1] == "COMPLETED"
    finally:
        process.terminate()
        process.wait(timeout=10)
