"""plan/apply against the fake: matching by natural key, readable diffs, idempotence, prune, async."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from cf_email_security import AsyncEmailSecurity, EmailSecurity, ValidationError
from cf_email_security.batch import BatchError, Plan, StalePlanError
from cf_email_security.testing import FakeEmailSecurity
from support import wire_ids
from support.batch import (
    batch_requests,
    desired,
    ids,
    list_requests,
    new_fake,
    patterns,
    policy,
    sender,
    trusted,
)


def seeded(fake: FakeEmailSecurity, *entries: dict[str, Any]) -> tuple[EmailSecurity, list[Any]]:
    """A client on `fake` holding `entries` (created in order), and their ids; requests cleared."""
    es = fake.client()
    made = [es.allow_policies.create(**entry) for entry in entries]
    fake.requests.clear()
    return es, wire_ids(made)


def flags(entry: dict[str, Any]) -> str:
    """How a plan shows the fields of an entry to create: name=value, sorted, key fields left out."""
    shown = {name: value for name, value in entry.items() if name not in ("pattern", "pattern_type")}
    return " ".join(f"{name}={str(value).lower()}" for name, value in sorted(shown.items()))


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
    assert list_requests(fake) == 3, "2500 entries in pages of 1000, the most the spec's per_page allows"
    assert {dict(r.query).get("per_page") for r in fake.requests if r.method == "GET"} == {"1000"}
    again.apply()
    assert batch_requests(fake) == [], "an empty plan sends nothing"
    with pytest.raises(StalePlanError, match="allow_policies plan was applied already"):
        plan.apply()  # its 2500 creates, sent again, would be created again
    assert batch_requests(fake) == [] and len(fake.entries("allow_policies")) == 2500


def test_changes_are_minimal_patches_and_the_diff_reads_well() -> None:
    from cf_email_security.models import AllowPolicyPatch

    fake = new_fake()
    es, made = seeded(fake, policy(1), policy(2, comments="keep"), policy(3), policy(4))
    flipped = not policy(1)["verify_sender"]
    plan = es.allow_policies.plan(
        [
            policy(1, comments="VIP", verify_sender=flipped),  # two fields change
            policy(2),  # comments not given: not compared, so unchanged
            policy(3, pattern_type="DOMAIN"),  # another key: a new entry, entry 3 untouched
            policy(9),
        ]
    )
    one, three, nine = policy(1), policy(3, pattern_type="DOMAIN"), policy(9)
    before, after = str(not flipped).lower(), str(flipped).lower()
    assert str(plan) == "\n".join(
        [
            "allow_policies: 2 to create, 1 to change, 0 to delete"
            " (1 unchanged, 2 not in the desired list left alone)",
            f"+ {three['pattern']} ({three['pattern_type']})  {flags(three)}",
            f"+ {nine['pattern']} ({nine['pattern_type']})  {flags(nine)}",
            f"~ {one['pattern']} ({one['pattern_type']}) [id {made[0]}]"
            f'  comments: null -> "VIP"; verify_sender: {before} -> {after}',
        ]
    )
    assert plan.changes[0].request == AllowPolicyPatch(id=made[0], comments="VIP", verify_sender=flipped)
    plan.apply()
    entries = {(e["pattern"], e["pattern_type"]): e for e in fake.entries("allow_policies")}
    key = lambda entry: (entry["pattern"], entry["pattern_type"])  # noqa: E731
    assert len(entries) == 6
    assert entries[key(one)]["comments"] == "VIP"
    assert entries[key(one)]["verify_sender"] is flipped
    assert entries[key(policy(2))]["comments"] == "keep"
    assert entries[key(policy(4))]["id"] == made[3], "not in the desired list: left alone"
    assert not es.allow_policies.plan([policy(1, comments="VIP", verify_sender=flipped), policy(2)])


def test_prune_deletes_what_the_desired_list_does_not_name() -> None:
    fake = new_fake()
    es, made = seeded(fake, policy(1), policy(2), policy(3))
    plan = es.allow_policies.plan([policy(2), policy(7)], prune=True)
    assert wire_ids(plan.deletes) == [made[0], made[2]]
    assert plan.left_alone == 0
    assert str(plan).splitlines()[-2:] == [
        f"- {policy(n)['pattern']} ({policy(n)['pattern_type']}) [id {made[n - 1]}]" for n in (1, 3)
    ]
    result = plan.apply()
    assert wire_ids(result.deletes) == [made[0], made[2]]
    assert sorted(patterns(fake)) == sorted([policy(2)["pattern"], policy(7)["pattern"]])
    assert not es.allow_policies.plan([policy(2), policy(7)], prune=True)


def test_prune_removes_duplicates_of_one_key_but_keeps_the_first() -> None:
    fake = new_fake()
    es, made = seeded(fake, policy(1), policy(1, comments="copy"))
    plan = es.allow_policies.plan([policy(1)])
    assert (plan.unchanged, plan.left_alone) == (1, 1)
    es.allow_policies.plan([policy(1)], prune=True).apply()
    assert ids(fake) == made[:1]


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
    from cf_email_security.models import CreateAllowPolicy

    fake = new_fake()
    es, _ = seeded(fake, policy(1, comments="from A"), policy(2))
    other = "fedcba9876543210fedcba9876543210"
    source = list(es.allow_policies.list())
    plan = es.allow_policies.plan([*source, CreateAllowPolicy(**policy(3))], account_id=other)
    assert len(plan.creates) == 3
    plan.apply()
    assert sorted(str(e["comments"]) for e in fake.entries("allow_policies", other)) == [
        "None",
        "None",
        "from A",
    ]
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
    assert sorted((e["pattern"], str(e["comments"])) for e in fake.entries("block_senders")) == sorted(
        [(sender(1)["pattern"], "noisy"), ("192.0.2.1", "None")]
    )


def test_a_trusted_domain_comment_is_cleared_with_a_patch() -> None:
    """The API's current patch takes a null comment (its first generation's did not, which took a put)."""
    from cf_email_security.models import TrustedDomainPatch

    fake = new_fake()
    es = fake.client()
    made = wire_ids(
        es.trusted_domains.plan([trusted(1, comments="old"), trusted(2, comments="old")]).apply().posts
    )
    plan = es.trusted_domains.plan([trusted(1, comments=None), trusted(2, comments="new")])
    patches = [c.request for c in plan.changes if isinstance(c.request, TrustedDomainPatch)]
    assert wire_ids(patches) == made
    assert str(plan).splitlines()[1:] == [
        f'~ {trusted(1)["pattern"]} [id {made[0]}]  comments: "old" -> null',
        f'~ {trusted(2)["pattern"]} [id {made[1]}]  comments: "old" -> "new"',
    ]
    result = plan.apply()
    assert (len(result.puts or ()), len(result.patches or ())) == (0, 2)
    assert {e["pattern"]: e["comments"] for e in fake.entries("trusted_domains")} == {
        trusted(1)["pattern"]: None,
        trusted(2)["pattern"]: "new",
    }
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
    assert sorted(patterns(fake)) == sorted(policy(n)["pattern"] for n in range(2500))
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
        (policy(0)["pattern"], "x")
    ]


def test_an_apply_that_keeps_no_results_still_applies_everything() -> None:
    """keep_results=False: what the server returns is dropped as it arrives (a 100,000-entry apply
    would otherwise hold every created entry); the account is changed all the same."""
    fake = new_fake()
    es = fake.client()
    result = es.allow_policies.plan([policy(n) for n in range(1500)]).apply(keep_results=False)
    assert result.posts == [] and batch_requests(fake) == [200, 200]
    assert len(fake.entries("allow_policies")) == 1500

    people = [desired("impersonation_registry", n) for n in range(30)]
    applied = es.impersonation_registry.plan(people).apply(keep_results=False)
    assert applied.created == [None] * 30 and applied.counts() == "0 deleted, 0 updated, 30 created"
    assert len(fake.entries("impersonation_registry")) == 30


def test_the_mass_delete_guard_refuses_a_plan_deleting_too_much_before_anything_is_sent() -> None:
    """check_deletes: more than max_share of the resource's entries, or more than max_count of them,
    raises TooManyDeletesError saying how many; within both it passes."""
    from cf_email_security.batch import TooManyDeletesError

    fake = new_fake()
    es = fake.client()
    es.allow_policies.plan([policy(n) for n in range(20)]).apply()
    fake.requests.clear()
    plan = es.allow_policies.plan([policy(n) for n in range(2, 20)], prune=True)  # deletes 2 of 20: 10 %
    with pytest.raises(TooManyDeletesError) as caught:
        plan.check_deletes(max_share=0.05)
    error = caught.value
    assert (error.resource, error.deletes, error.current) == ("allow_policies", 2, 20)
    assert str(error) == "allow_policies: the plan deletes 2 of 20 entries, more than 5%"
    plan.check_deletes()  # 10 % of 20 is 2: not more than the default share; 2 is not over 100
    with pytest.raises(TooManyDeletesError, match="deletes 2 of 20 entries, more than 1 entry"):
        plan.check_deletes(max_count=1)
    plan.check_deletes(max_share=None, max_count=None)  # no limit at all
    with pytest.raises(ValidationError, match=r"^max_share: must be a number from 0 to 1"):
        plan.check_deletes(max_share=10)
    with pytest.raises(ValidationError, match=r"^max_count: must be an integer >= 0"):
        plan.check_deletes(max_count=-1)
    assert batch_requests(fake) == []
    plan.apply()
    assert len(fake.entries("allow_policies")) == 18


def test_the_guard_counts_a_large_account_against_the_count() -> None:
    from cf_email_security.batch import TooManyDeletesError

    fake = new_fake()
    es = fake.client()
    es.block_senders.plan([sender(n) for n in range(1200)]).apply()
    plan = es.block_senders.plan([sender(n) for n in range(101, 1200)], prune=True)  # 101 of 1200: 8 %
    with pytest.raises(TooManyDeletesError, match="deletes 101 of 1200 entries, more than 100 entries"):
        plan.check_deletes()
    plan.check_deletes(max_count=101)


def test_a_plan_as_typed_data_and_as_json() -> None:
    import json

    fake = new_fake()
    es, made = seeded(fake, policy(1), policy(2), policy(3))
    plan = es.allow_policies.plan([policy(1, comments="VIP"), policy(2), policy(9)], prune=True)
    data = plan.to_dict()
    one, three = policy(1), policy(3)
    assert data == {
        "resource": "allow_policies",
        "summary": plan.summary(),
        "create": [policy(9)],
        "change": [
            {
                "id": made[0],
                "key": {"pattern": one["pattern"], "pattern_type": one["pattern_type"]},
                "changes": {"comments": {"from": None, "to": "VIP"}},
            }
        ],
        "delete": [
            {"id": made[2], "key": {"pattern": three["pattern"], "pattern_type": three["pattern_type"]}}
        ],
        "not_created": [],
        "unchanged": 1,
        "left_alone": 0,
    }
    assert json.loads(plan.to_json()) == data


def test_a_domains_plan_lists_what_it_never_creates_in_its_data() -> None:
    fake = FakeEmailSecurity()
    es = fake.client()
    wanted = [desired("domains", 0, domain="not-onboarded.example")]
    data = es.domains.plan(wanted).to_dict()
    assert data["create"] == [] and [d["domain"] for d in data["not_created"]] == ["not-onboarded.example"]
    assert data["left_alone"] == len(fake.entries("domains"))
