"""plan/apply against the fake: matching by natural key, readable diffs, idempotence, prune, async."""

from __future__ import annotations

import asyncio

import pytest
from batch_entries import batch_requests, list_requests, new_fake, patterns, policy, sender, trusted

from cf_email_security import AsyncEmailSecurity, EmailSecurity, ValidationError
from cf_email_security.batch import BatchError, Plan, StalePlanError
from cf_email_security.models import AllowPolicyPatch, CreateAllowPolicy, TrustedDomainPut
from cf_email_security.testing import FakeEmailSecurity


def seeded(fake: FakeEmailSecurity, *entries: dict[str, object]) -> EmailSecurity:
    es = fake.client()
    for entry in entries:
        es.allow_policies.create(**entry)  # type: ignore[arg-type]
    fake.requests.clear()
    return es


def test_a_plan_from_nothing_creates_and_a_second_plan_is_empty() -> None:
    fake = new_fake()
    es = fake.client()
    desired = [policy(n) for n in range(2500)]
    plan = es.allow_policies.plan(desired)
    assert (len(plan.creates), len(plan.changes), len(plan.deletes)) == (2500, 0, 0)
    assert fake.requests and batch_requests(fake) == [], "planning only lists"
    result = plan.apply()
    assert batch_requests(fake) == [200, 200, 200]
    assert len(result.posts) == 2500

    fake.requests.clear()
    again = es.allow_policies.plan(desired)
    assert not again and len(again) == 0
    assert again.unchanged == 2500
    assert str(again) == "allow_policies: 0 to create, 0 to change, 0 to delete (2500 unchanged)"
    assert list_requests(fake) == 25, "2500 entries at 100 per page"
    again.apply()
    assert batch_requests(fake) == [], "an empty plan sends nothing"
    with pytest.raises(StalePlanError, match="allow_policies plan was applied already"):
        plan.apply()  # its 2500 creates, sent again, would be created again
    assert batch_requests(fake) == [] and len(fake.entries("allow_policies")) == 2500


def test_changes_are_minimal_patches_and_the_diff_reads_well() -> None:
    fake = new_fake()
    es = seeded(fake, policy(1), policy(2, comments="keep"), policy(3), policy(4))
    plan = es.allow_policies.plan(
        [
            policy(1, comments="VIP", verify_sender=False),  # two fields change
            policy(2),  # comments not given: not compared, so unchanged
            policy(3, pattern_type="DOMAIN"),  # another key: a new entry, user3 (EMAIL) untouched
            policy(9),
        ]
    )
    assert str(plan) == "\n".join(
        [
            "allow_policies: 2 to create, 1 to change, 0 to delete"
            " (1 unchanged, 2 not in the desired list left alone)",
            "+ user3@example.com (DOMAIN)  is_acceptable_sender=false is_exempt_recipient=false"
            " is_regex=false is_trusted_sender=true verify_sender=true",
            "+ user9@example.com (EMAIL)  is_acceptable_sender=false is_exempt_recipient=false"
            " is_regex=false is_trusted_sender=true verify_sender=true",
            '~ user1@example.com (EMAIL) [id 1]  comments: null -> "VIP"; verify_sender: true -> false',
        ]
    )
    assert plan.changes[0].request == AllowPolicyPatch(id=1, comments="VIP", verify_sender=False)
    plan.apply()
    entries = {(e["pattern"], e["pattern_type"]): e for e in fake.entries("allow_policies")}
    assert len(entries) == 6
    assert entries["user1@example.com", "EMAIL"]["comments"] == "VIP"
    assert entries["user1@example.com", "EMAIL"]["verify_sender"] is False
    assert entries["user2@example.com", "EMAIL"]["comments"] == "keep"
    assert entries["user4@example.com", "EMAIL"]["id"] == 4, "not in the desired list: left alone"
    assert not es.allow_policies.plan([policy(1, comments="VIP", verify_sender=False), policy(2)])


def test_prune_deletes_what_the_desired_list_does_not_name() -> None:
    fake = new_fake()
    es = seeded(fake, policy(1), policy(2), policy(3))
    plan = es.allow_policies.plan([policy(2), policy(7)], prune=True)
    assert [e.id for e in plan.deletes] == [1, 3]
    assert plan.left_alone == 0
    assert str(plan).splitlines()[-2:] == [
        "- user1@example.com (EMAIL) [id 1]",
        "- user3@example.com (EMAIL) [id 3]",
    ]
    result = plan.apply()
    assert [ref.id for ref in result.deletes] == [1, 3]
    assert patterns(fake) == ["user2@example.com", "user7@example.com"]
    assert not es.allow_policies.plan([policy(2), policy(7)], prune=True)


def test_prune_removes_duplicates_of_one_key_but_keeps_the_first() -> None:
    fake = new_fake()
    es = seeded(fake, policy(1), policy(1, comments="copy"))
    plan = es.allow_policies.plan([policy(1)])
    assert (plan.unchanged, plan.left_alone) == (1, 1)
    es.allow_policies.plan([policy(1)], prune=True).apply()
    assert [e["id"] for e in fake.entries("allow_policies")] == [1]


def test_invalid_desired_entries_fail_before_anything_is_sent() -> None:
    fake = new_fake()
    es = fake.client()
    with pytest.raises(ValidationError) as caught:
        es.allow_policies.plan([policy(1), policy(2, is_trusted_sender="yes")])
    assert caught.value.field == "desired[1].is_trusted_sender"
    with pytest.raises(ValidationError) as caught:
        es.allow_policies.plan([policy(1), policy(2), policy(1, comments="again")])
    assert (caught.value.field, caught.value.rule) == (
        "desired[2].pattern_type",
        "repeats pattern+pattern_type of desired[0]",
    )
    with pytest.raises(ValidationError, match="desired: must be a list of entries"):
        es.allow_policies.plan(policy(1))  # type: ignore[arg-type]
    assert fake.requests == []


def test_models_and_listed_entries_are_desired_entries_too() -> None:
    """Copying one account's allow policies to another: desired entries straight from `list`."""
    fake = new_fake()
    es = seeded(fake, policy(1, comments="from A"), policy(2))
    other = "fedcba9876543210fedcba9876543210"
    source = list(es.allow_policies.list())
    plan = es.allow_policies.plan([*source, CreateAllowPolicy(**policy(3))], account_id=other)
    assert len(plan.creates) == 3
    plan.apply()
    assert [e["comments"] for e in fake.entries("allow_policies", other)] == ["from A", None, None]
    assert len(fake.entries("allow_policies")) == 2, "the source account is untouched"


def test_blocked_senders_are_matched_by_pattern_and_type() -> None:
    fake = new_fake()
    es = fake.client()
    es.block_senders.plan([sender(1), sender(2)]).apply()
    plan = es.block_senders.plan(
        [sender(1, comments="noisy"), sender(2, pattern_type="IP", pattern="192.0.2.1")], prune=True
    )
    assert (len(plan.creates), len(plan.changes), len(plan.deletes)) == (1, 1, 1)
    plan.apply()
    assert [(e["pattern"], e["comments"]) for e in fake.entries("block_senders")] == [
        ("spam1.example", "noisy"),
        ("192.0.2.1", None),
    ]


def test_a_trusted_domain_comment_is_cleared_with_a_put() -> None:
    """A trusted-domain patch cannot carry a null comment (the spec), so that change goes as a put."""
    fake = new_fake()
    es = fake.client()
    es.trusted_domains.plan([trusted(1, comments="old"), trusted(2, comments="old")]).apply()
    plan = es.trusted_domains.plan([trusted(1, comments=None), trusted(2, comments="new")])
    puts = [c.request for c in plan.changes if isinstance(c.request, TrustedDomainPut)]
    assert [p.id for p in puts] == [1]
    assert str(plan).splitlines()[1:] == [
        '~ partner1.example [id 1]  comments: "old" -> null',
        '~ partner2.example [id 2]  comments: "old" -> "new"',
    ]
    result = plan.apply()
    assert (len(result.puts), len(result.patches)) == (1, 1)
    assert [e["comments"] for e in fake.entries("trusted_domains")] == [None, "new"]
    assert not es.trusted_domains.plan([trusted(1, comments=None), trusted(2, comments="new")])


def test_a_failed_apply_is_finished_by_planning_again() -> None:
    """Re-planning is the safe way to resume even when a 5xx leaves a chunk's outcome unknown."""
    fake = new_fake()
    es = fake.client()
    desired = [policy(n) for n in range(2500)]
    fake.inject(503, method="POST", path="/batch", after=1)
    with pytest.raises(BatchError) as caught:
        es.allow_policies.plan(desired).apply()
    assert caught.value.outcome_unknown and len(caught.value.applied.posts) == 1000
    plan = es.allow_policies.plan(desired)
    assert (len(plan.creates), plan.unchanged) == (1500, 1000)
    plan.apply()
    assert patterns(fake) == [f"user{n}@example.com" for n in range(2500)]
    assert not es.allow_policies.plan(desired)


def test_with_options_keeps_the_batch_helpers() -> None:
    es = new_fake().client()
    view = es.with_options(max_retries=0, timeout=5)
    assert type(view) is EmailSecurity
    assert view.allow_policies is not es.allow_policies
    assert view.allow_policies._client is view
    assert isinstance(view.trusted_domains.plan([]), Plan)


def test_the_async_client_plans_and_applies_alike() -> None:
    fake = new_fake()

    async def run() -> None:
        async with fake.async_client() as aes:
            assert type(aes) is AsyncEmailSecurity
            desired = [policy(n) for n in range(1200)]
            plan = await aes.allow_policies.plan(desired)
            assert len(plan.creates) == 1200
            result = await plan.apply()
            assert len(result.posts) == 1200
            assert not await aes.allow_policies.plan(desired)
            changed = await aes.allow_policies.plan([policy(0, comments="x")], prune=True)
            assert (len(changed.changes), len(changed.deletes)) == (1, 1199)
            await changed.apply(chunk_size=500)

    asyncio.run(run())
    assert batch_requests(fake) == [200, 200, 200, 200, 200]  # 2 to create | 3 to prune and patch
    assert [(e["pattern"], e["comments"]) for e in fake.entries("allow_policies")] == [
        ("user0@example.com", "x")
    ]
