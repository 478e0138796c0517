"""Chunked batches against the fake: request counts at the boundaries, failures that lose nothing,
resuming with one call, and re-sending only where the client's retry policy says it is safe."""

from __future__ import annotations

import asyncio
import json
import math
from typing import Any

import httpx
import pytest

from cf_email_security import EmailSecurity, InternalServerError, NotFoundError
from cf_email_security.batch import BatchError
from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity
from contract import CapturingTransport, assert_conforms
from support import Factory, IdMaker, NoSleep, wire_ids
from support.batch import FlakyTransport, batch_requests, flaky_client, ids, new_fake, patterns, policy


def pattern_list(count: int, **overrides: Any) -> list[str]:
    return [policy(n, **overrides)["pattern"] for n in range(count)]


@pytest.mark.parametrize("count", [999, 1000, 1001, 10_000])
def test_posts_go_in_chunks_of_1000(count: int) -> None:
    fake = new_fake()
    es = fake.client()
    builder = es.allow_policies.batch_builder().post(*(policy(n) for n in range(count)))
    result = es.allow_policies.apply_batch(builder)
    assert batch_requests(fake) == [200] * math.ceil(count / 1000)
    assert len(fake.requests) == math.ceil(count / 1000), "no list, no retry, nothing else"
    assert [p.pattern for p in result.posts] == pattern_list(count), "merged in order"
    assert sorted(wire_ids(result.posts), key=str) == sorted(ids(fake), key=str)
    assert result.deletes == result.patches == result.puts == []
    assert sorted(patterns(fake)) == sorted(pattern_list(count))


def existing(fake: FakeEmailSecurity, count: int) -> tuple[EmailSecurity, list[Any]]:
    """A client on `fake` after allow policies 0..count-1 were created, their ids; requests cleared."""
    es = fake.client()
    made = es.allow_policies.apply_batch(
        es.allow_policies.batch_builder().post(*(policy(n) for n in range(count)))
    )
    fake.requests.clear()
    return es, wire_ids(made.posts)


def test_a_replacement_deletes_everything_before_posting_anything() -> None:
    fake = new_fake()
    es, old = existing(fake, 1500)
    builder = es.allow_policies.batch_builder()
    builder.delete(*old).post(*(policy(n, comments="new") for n in range(1500)))
    result = es.allow_policies.apply_batch(builder)
    assert batch_requests(fake) == [200, 200, 200]  # 1000 deletes | 500 deletes + 1000 posts | 500 posts
    assert (len(result.deletes), len(result.posts)) == (1500, 1500)
    entries = fake.entries("allow_policies")
    assert sorted(ids(fake), key=str) == sorted(wire_ids(result.posts), key=str)
    assert not set(ids(fake)) & set(old)
    assert {e["comments"] for e in entries} == {"new"}


def test_chunked_traffic_conforms_to_both_specs() -> None:
    fake = new_fake()
    capture = CapturingTransport(fake.transport())
    es = EmailSecurity(api_token="t", account_id=FAKE_ACCOUNT_ID, transport=capture)
    made = es.allow_policies.apply_batch(
        es.allow_policies.batch_builder().post(*(policy(n) for n in range(3)))
    )
    first, second, third = wire_ids(made.posts)
    builder = es.allow_policies.batch_builder()
    builder.delete(first).patch({"id": second, "comments": None}).put({**policy(7), "id": third}).post(
        policy(8)
    )
    es.allow_policies.apply_batch(builder, chunk_size=1)
    bodies = [json.loads(exchange.request_body) for exchange in capture.exchanges]
    assert [sorted(name for name, items in body.items() if items) for body in bodies[1:]] == [
        ["deletes", "patches", "posts", "puts"],
    ], "one of each array fits one request of chunk_size=1: the server applies them in order"
    assert assert_conforms(capture.exchanges) == 2


def test_a_failed_middle_chunk_keeps_what_was_applied_and_what_remains() -> None:
    fake = new_fake()
    es, old = existing(fake, 2500)
    builder = es.allow_policies.batch_builder()
    builder.delete(*old).post(*(policy(n, comments="v2") for n in range(2500)))
    # chunks: 1000 d | 1000 d | 500 d + 1000 p | 1000 p | 500 p; the third answers 500
    fake.inject(500, method="POST", path="/batch", after=2)
    with pytest.raises(BatchError) as caught:
        es.allow_policies.apply_batch(builder)
    error = caught.value
    assert (error.chunk, error.chunks) == (3, 5)
    assert isinstance(error.cause, InternalServerError) and error.__cause__ is error.cause
    assert error.outcome_unknown, "after a 5xx the server may have acted"
    assert batch_requests(fake) == [200, 200, 500], "a POST is not re-sent after a 5xx"
    assert error.failed.counts() == {"deletes": 500, "patches": 0, "puts": 0, "posts": 1000}

    remaining = error.remaining.operations
    assert wire_ids(error.applied.deletes) + wire_ids(remaining.deletes) == old
    assert error.applied.posts == [] and remaining.posts == builder.operations.posts
    assert len(error.applied.deletes) + len(remaining) == len(builder), "applied + remaining == input"
    assert len(fake.entries("allow_policies")) == 500, "chunks 1 and 2 applied, chunk 3 not"
    assert "chunk 3 of 5 (500 deletes, 1000 posts) failed" in str(error)
    assert "2 chunk(s) applied, 3000 operation(s) remain" in str(error)

    resumed = es.allow_policies.apply_batch(error.remaining)
    assert len(resumed.deletes) == 500 and len(resumed.posts) == 2500
    entries = fake.entries("allow_policies")
    assert sorted(e["pattern"] for e in entries) == sorted(pattern_list(2500))
    assert {e["comments"] for e in entries} == {"v2"}


def test_a_rejected_chunk_was_not_applied() -> None:
    fake = new_fake()
    es, old = existing(fake, 3)
    unknown = IdMaker().unknown()
    builder = es.allow_policies.batch_builder().delete(old[0], old[1], unknown).post(policy(5))
    with pytest.raises(BatchError) as caught:
        es.allow_policies.apply_batch(builder, chunk_size=2)
    error = caught.value
    assert isinstance(error.cause, NotFoundError)
    assert not error.outcome_unknown, "a 4xx: the atomic batch was refused"
    assert wire_ids(error.applied.deletes) == old[:2]
    assert wire_ids(error.remaining.operations.deletes) == [unknown]
    assert patterns(fake) == [policy(2)["pattern"]]


def test_a_429_chunk_is_re_sent_by_the_client_and_the_run_goes_on() -> None:
    fake = new_fake()
    es = fake.client()
    fake.inject(429, method="POST", path="/batch", after=1, retry_after=0)
    result = es.allow_policies.apply_batch(
        es.allow_policies.batch_builder().post(*(policy(n) for n in range(2500)))
    )
    assert batch_requests(fake) == [200, 429, 200, 200]
    assert len(result.posts) == 2500 == len(fake.entries("allow_policies"))


def test_a_connection_never_made_is_retried_by_the_client() -> None:
    fake = new_fake()
    clock = NoSleep()
    transport = FlakyTransport(fake, 2, httpx.ConnectError, before=True)
    es = flaky_client(transport, clock)
    result = es.allow_policies.apply_batch(
        es.allow_policies.batch_builder().post(*(policy(n) for n in range(2500)))
    )
    assert transport.seen == 4, "the second chunk went twice"
    assert batch_requests(fake) == [200, 200, 200], "the fake saw each chunk once"
    assert len(result.posts) == 2500 == len(fake.entries("allow_policies"))
    assert len(clock.delays) == 1, "after the client's backoff, once"


def test_a_dropped_connection_is_not_re_sent_as_the_chunk_may_have_been_applied() -> None:
    fake = new_fake()
    clock = NoSleep()
    es = flaky_client(FlakyTransport(fake, 2, httpx.ReadError, before=False), clock)
    with pytest.raises(BatchError) as caught:
        es.allow_policies.apply_batch(
            es.allow_policies.batch_builder().post(*(policy(n) for n in range(2500)))
        )
    error = caught.value
    assert error.outcome_unknown
    assert batch_requests(fake) == [200, 200], "sent once: the fake applied it, the answer was lost"
    assert len(fake.entries("allow_policies")) == 2000
    assert len(error.applied.posts) == 1000 and len(error.remaining) == 1500
    assert clock.delays == [], "no retry, so no wait"


def test_sending_domain_restrictions_are_deleted_in_chunks() -> None:
    make = Factory()
    seeded = [make.entity("sending_domain_restrictions") for _ in range(2501)]
    fake = new_fake(sending_domain_restrictions=seeded)
    es = fake.client()
    resource = es.sending_domain_restrictions
    doomed = [entry["id"] for entry in seeded[:2500]]
    result = resource.apply_batch(resource.batch_builder().delete(*doomed))
    assert batch_requests(fake) == [200, 200, 200]
    assert wire_ids(result.deletes) == doomed
    assert [e["id"] for e in fake.entries("sending_domain_restrictions")] == [e["id"] for e in seeded[2500:]]


def test_the_async_client_sends_the_same_chunks() -> None:
    fake = new_fake()

    async def run() -> None:
        async with fake.async_client() as aes:
            builder = aes.allow_policies.batch_builder().post(*(policy(n) for n in range(1001)))
            fake.inject(500, method="POST", path="/batch", after=1)
            with pytest.raises(BatchError) as caught:
                await aes.allow_policies.apply_batch(builder)
            assert len(caught.value.applied.posts) == 1000
            resumed = await aes.allow_policies.apply_batch(caught.value.remaining)
            assert [p.pattern for p in resumed.posts] == [policy(1000)["pattern"]]

    asyncio.run(run())
    assert batch_requests(fake) == [200, 500, 200]
    assert len(fake.entries("allow_policies")) == 1001
