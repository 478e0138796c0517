"""The recorded flows of the account's mail: investigate, bulk jobs, submissions, PhishGuard reports.

They are not settings (nothing is created, listed back and deleted), so they are written here, one per
resource, by hand, and run through both clients as flows.py's are. What they name is behaviour the
client promises (a cursor walk, a move that changes where a message is, a job followed to its end),
not a field list: the arguments come from the messages the server lists.

    investigate          every page by cursor; a filtered walk; get and its detections, preview, raw
                         source and trace; preview by id; move one, move several, release, reclassify
                         (deprecated), each seen in the message's state afterwards
    investigate_bulk     a MOVE job over one sender's mail followed with wait() to COMPLETED, its
                         messages listed; a second job cancelled; both deleted
    submissions          every page, and filtered
    phishguard_reports   every page, and from a date on

Moving and releasing real mail is not a test's to do: investigate and investigate_bulk are recorded
against the fake only (FAKE_ONLY in flows.py); the other two only read.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from flows import Client, Flow, call, deprecated, items, pages
from support import assert_typed

PER_PAGE = 25  # the mailbox recorded (flows.MAILBOX, 60 messages) is three pages


def ids_of(entries: list[Any]) -> list[Any]:
    return [entry.id for entry in entries]


def statuses(message: Any) -> set[str]:
    return {str(status) for status in message.delivery_status or ()}


async def investigate(client: Client, concurrent: bool) -> None:
    api = client.investigate
    walked = await pages(api.list(per_page=PER_PAGE))
    messages = [message for page in walked for message in page.result]
    assert len(walked) >= 2 and walked[-1].result_info.cursor is None, (
        "a walk over several pages, to the last"
    )
    assert all(page.result_info.cursor for page in walked[:-1]), "each page but the last names the next"
    assert len(set(ids_of(messages))) == len(messages), "no message twice"
    assert_typed(messages)

    sender = Counter(message.from_ for message in messages).most_common(1)[0][0]
    theirs = await items(api.list(sender=sender, per_page=PER_PAGE))
    assert theirs and all(message.from_ == sender for message in theirs)

    first = messages[0]
    got = await call(api.get(first.id))
    assert got.id == first.id and got.subject == first.subject
    for method in ("get_detections", "get_preview", "get_raw", "get_trace"):
        assert_typed(await call(getattr(api, method)(first.id)), where=method)
    source = await call(api.get_raw(first.id))
    assert isinstance(source.raw, str) and str(first.subject) in source.raw
    assert_typed(await call(api.preview(id=first.id)), where="preview")

    delivered = [m for m in messages if statuses(m) == {"delivered"}]
    one, *several = delivered[:3]
    moved = await call(api.move(one.id, destination="JunkEmail"))
    assert moved and all(result.success for result in moved)
    assert "moved" in statuses(await call(api.get(one.id)))
    moved = await call(api.move_many(ids=ids_of(several), destination="DeletedItems"))
    assert moved and all(result.success for result in moved)
    for message in several:
        assert "moved" in statuses(await call(api.get(message.id)))

    quarantined = next(m for m in messages if "quarantined" in statuses(m))
    released = await call(api.release(ids=[quarantined.id]))
    assert [result.id for result in released] == [quarantined.id]
    assert "quarantined" not in statuses(await call(api.get(quarantined.id)))

    with deprecated("investigate.reclassify()"):
        await call(api.reclassify(first.id, expected_disposition="SPAM"))


async def investigate_bulk(client: Client, concurrent: bool) -> None:
    api = client.investigate_bulk
    messages = await items(client.investigate.list(per_page=PER_PAGE))
    sender = Counter(message.from_ for message in messages).most_common(1)[0][0]
    matching = [message for message in messages if message.from_ == sender]

    job = await call(api.create(action="MOVE", destination="JunkEmail", search_params={"sender": sender}))
    assert str(job.status) == "PENDING"
    polled: list[str] = []
    done = await call(
        api.wait(job.job_id, interval=0, max_interval=0, on_poll=lambda j: polled.append(str(j.status)))
    )
    assert str(done.status) == "COMPLETED" and polled[-1] == "COMPLETED" and len(polled) >= 2
    assert done.total_messages_discovered == len(matching)
    counted = (
        done.messages_successful + done.messages_failed + done.messages_skipped + done.messages_cancelled
    )
    assert counted + done.messages_pending == done.total_messages_discovered
    handled = await items(api.list_messages(job.job_id, per_page=PER_PAGE))
    assert len(handled) == len(matching)
    assert_typed(handled)
    assert job.job_id in [entry.job_id for entry in await items(api.list(per_page=PER_PAGE))]

    other = await call(api.create(action="RELEASE", search_params={"sender": sender}))
    cancelled = await call(api.cancel(other.job_id))
    assert str(cancelled.status) == "CANCELLED"
    for finished in (job, other):
        gone = await call(api.delete(finished.job_id))
        assert_typed(gone, where="delete")


async def submissions(client: Client, concurrent: bool) -> None:
    walked = await items(client.submissions.list(per_page=2))
    assert walked
    assert_typed(walked)
    first = walked[0]
    found = await items(client.submissions.list(submission_id=first.submission_id))
    assert [entry.submission_id for entry in found] == [first.submission_id]


async def phishguard_reports(client: Client, concurrent: bool) -> None:
    walked = await items(client.phishguard_reports.list(per_page=1))
    assert walked
    assert_typed(walked)
    newest = max(report.created_at for report in walked)
    found = await items(client.phishguard_reports.list(start=newest))
    assert found and all(report.created_at >= newest for report in found)


MAIL_FLOWS: dict[str, Flow] = {
    "investigate": investigate,
    "investigate_bulk": investigate_bulk,
    "submissions": submissions,
    "phishguard_reports": phishguard_reports,
}
FAKE_ONLY = frozenset({"investigate", "investigate_bulk"})  # they move and release mail
