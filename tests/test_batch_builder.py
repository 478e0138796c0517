"""Batch builders check each entry as it is added, and chunking keeps the meaning of one big batch."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from cf_email_security import ValidationError
from cf_email_security.batch import BatchBuilder, DeleteBatchBuilder, Operations
from support import IdMaker, spec, wire_ids
from support.batch import new_fake, policy


def rejected(call: Any, *args: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args)
    return caught.value


INVALID_POSTS = {
    "unknown enum value": lambda: (
        policy(1, pattern_type="MAILBOX"),
        "posts[0].pattern_type",
        spec.one_of("CreateAllowPolicy", "pattern_type"),
    ),
    "wrong type": lambda: (
        {**policy(1), "is_regex": "no"},
        "posts[0].is_regex",
        "must be a boolean, not str",
    ),
    "missing field": lambda: (
        {k: v for k, v in policy(1).items() if k != "verify_sender"},
        "posts[0].verify_sender",
        "is required",
    ),
    "unknown field": lambda: ({**policy(1), "id": 4}, "posts[0].id", "is not a field of CreateAllowPolicy"),
    "empty pattern": lambda: (policy(1, pattern=""), "posts[0].pattern", "must not be empty"),
    "not an entry": lambda: (
        "user@example.com",
        "posts[0]",
        "must be a CreateAllowPolicy or a mapping of its fields",
    ),
}


@pytest.mark.parametrize("case", sorted(INVALID_POSTS))
def test_an_invalid_post_names_the_field_and_the_rule_at_once(case: str) -> None:
    entry, field, rule = INVALID_POSTS[case]()
    fake = new_fake()
    es = fake.client()
    builder = es.allow_policies.batch_builder()
    error = rejected(builder.post, entry)
    assert (error.field, error.rule) == (field, rule)
    assert len(builder) == 0
    assert fake.requests == [], "a builder sends nothing"


def test_the_index_in_the_field_counts_every_entry_of_the_array() -> None:
    builder = BatchBuilder("allow_policies").post(policy(1), policy(2))
    error = rejected(builder.post, policy(3), policy(4, pattern_type=None))
    assert error.field == "posts[3].pattern_type"
    assert len(builder) == 2, "a call adds all of its entries or none"


TWICE = {
    "patched after deleted": (("delete", None), ("patch", {"comments": "x"}), "patches[0].id", "deletes[0]"),
    "deleted after patched": (("patch", {"comments": "x"}), ("delete", None), "deletes[0].id", "patches[0]"),
    "deleted twice": (("delete", None), ("delete", {}), "deletes[1].id", "deletes[0]"),
    "put after patched": (("patch", {"comments": "x"}), ("put", policy), "puts[0].id", "patches[0]"),
    "put twice": (("put", policy), ("put", policy), "puts[1].id", "puts[0]"),
}


def entry_with(ident: Any, form: Any, n: int) -> Any:
    """The bare id (None), a mapping of fields with the id, or a desired entry with the id."""
    if form is None:
        return ident
    if callable(form):
        return {**form(n), "id": ident}
    return {**form, "id": ident}


@pytest.mark.parametrize("case", sorted(TWICE))
def test_an_id_is_deleted_patched_or_put_once(case: str) -> None:
    (first, first_form), (then, then_form), field, where = TWICE[case]
    ident = IdMaker()()
    builder = BatchBuilder("allow_policies")
    getattr(builder, first)(entry_with(ident, first_form, 1))
    error = rejected(getattr(builder, then), entry_with(ident, then_form, 2))
    assert error.field == field
    assert error.rule.startswith(f"id {ident} is already in {where}")
    assert len(builder) == 1


def test_a_repeated_id_within_one_call_is_caught_too() -> None:
    from cf_email_security.models import EntryRef

    first, second = IdMaker().many(2)
    builder = BatchBuilder("block_senders")
    assert rejected(builder.delete, first, second, EntryRef(id=first)).field == "deletes[2].id"
    assert len(builder) == 0


def test_entries_may_be_models_mappings_or_bare_ids() -> None:
    from cf_email_security.models import AllowPolicyPatch, CreateAllowPolicy, EntryRef

    patched, first, second, third = IdMaker().many(4)
    model = CreateAllowPolicy(**policy(1))
    builder = (
        BatchBuilder("allow_policies")
        .post(model, policy(2))
        .patch(AllowPolicyPatch(id=patched, comments="VIP"))
        .delete(first, EntryRef(id=second), {"id": third})
    )
    ops = builder.operations
    assert ops.posts[0] is model
    assert ops.posts[1] == CreateAllowPolicy(**policy(2))
    assert wire_ids(ops.deletes) == [first, second, third]
    assert ops.counts() == {"deletes": 3, "patches": 1, "puts": 0, "posts": 2}
    assert repr(builder) == "BatchBuilder(allow_policies: 3 deletes, 1 patches, 2 posts)"


def test_ids_and_patches_are_checked_by_the_generated_rules() -> None:
    builder = BatchBuilder("trusted_domains")
    assert rejected(builder.delete, 0).field == "deletes[0].id"
    assert rejected(builder.delete, True).rule == "must be a EntryRef or a mapping of its fields"
    error = rejected(builder.patch, {"id": IdMaker()(), "is_regex": None})
    assert (error.field, error.rule) == ("patches[0].is_regex", "must not be None")


def test_sending_domain_restrictions_take_deletes_only() -> None:
    es = new_fake().client()
    builder = es.sending_domain_restrictions.batch_builder()
    assert type(builder) is DeleteBatchBuilder
    assert not hasattr(builder, "post")
    with pytest.raises(ValueError, match="sending_domain_restrictions batches take only deletes"):
        BatchBuilder("sending_domain_restrictions")
    with pytest.raises(ValueError, match="impersonation_registry batches take only"):
        BatchBuilder("impersonation_registry")  # it has plan, but no batch operation
    unknown = spec.fresh("widgets", spec.resources_of())  # a resource the spec does not have
    with pytest.raises(ValueError, match=f"no batch helpers for '{unknown}'"):
        BatchBuilder(unknown)


def test_a_builder_applies_only_to_its_own_resource() -> None:
    fake = new_fake()
    es = fake.client()
    with pytest.raises(ValueError, match="a block_senders builder cannot be applied to allow_policies"):
        es.allow_policies.apply_batch(es.block_senders.batch_builder().delete(IdMaker()()))
    assert fake.requests == []


@pytest.mark.parametrize("size", [0, 1001, 2.5])
def test_the_chunk_size_is_checked_before_anything_is_sent(size: Any) -> None:
    fake = new_fake()
    es = fake.client()
    error = rejected(
        lambda: es.allow_policies.apply_batch(
            es.allow_policies.batch_builder().delete(IdMaker()()), chunk_size=size
        )
    )
    assert error.field == "chunk_size"
    assert fake.requests == []


def ops(deletes: int = 0, patches: int = 0, puts: int = 0, posts: int = 0) -> Operations:
    """Operations with distinct markers standing for entries: ("d", 0), ("p", 0), ..."""
    return Operations(
        deletes=tuple(("d", n) for n in range(deletes)),
        patches=tuple(("pa", n) for n in range(patches)),
        puts=tuple(("pu", n) for n in range(puts)),
        posts=tuple(("po", n) for n in range(posts)),
    )


def shape(chunks: list[Operations]) -> list[tuple[int, int, int, int]]:
    return [(len(c.deletes), len(c.patches), len(c.puts), len(c.posts)) for c in chunks]


@pytest.mark.parametrize(
    ("given", "size", "expected"),
    [
        (ops(posts=999), 1000, [(0, 0, 0, 999)]),
        (ops(posts=1000), 1000, [(0, 0, 0, 1000)]),
        (ops(posts=1001), 1000, [(0, 0, 0, 1000), (0, 0, 0, 1)]),
        (ops(deletes=1000, posts=1000), 1000, [(1000, 0, 0, 1000)]),
        (ops(deletes=1001, patches=2, posts=5), 1000, [(1000, 0, 0, 0), (1, 2, 0, 5)]),
        (ops(deletes=3, patches=1, puts=1, posts=3), 2, [(2, 0, 0, 0), (1, 1, 1, 2), (0, 0, 0, 1)]),
        (ops(), 1000, []),
    ],
)
def test_chunks_send_every_delete_before_any_post(
    given: Operations, size: int, expected: list[tuple[int, int, int, int]]
) -> None:
    chunks = list(given.chunks(size))
    assert shape(chunks) == expected
    assert sum(chunks, Operations()) == given, "nothing lost, nothing reordered"
    # A later chunk never carries an array that comes earlier in the API's order than one already sent.
    order = ("deletes", "patches", "puts", "posts")
    for earlier, later in itertools.pairwise(chunks):
        last_sent = max(i for i, name in enumerate(order) if getattr(earlier, name))
        first_next = min(i for i, name in enumerate(order) if getattr(later, name))
        assert first_next >= last_sent


def test_chunks_follow_the_resource_s_own_batch_limit_by_default_and_at_most() -> None:
    """A resource whose batch takes fewer entries than another's is chunked by its own maxItems,
    without `chunk_size=`, and a larger `chunk_size` is refused before anything is sent."""
    import dataclasses

    from cf_email_security.batch._apply import ChunkedRun
    from cf_email_security.batch._kinds import KINDS, Kind

    small = Kind(dataclasses.replace(KINDS["block_senders"].shape, max_items=2))
    builder = BatchBuilder(small)
    make_id = IdMaker()
    for _ in range(5):
        builder.delete(make_id())
    assert [len(chunk) for chunk in ChunkedRun(builder, None, None, True).chunks] == [2, 2, 1]
    with pytest.raises(ValidationError) as refused:
        ChunkedRun(builder, 3, None, True)
    assert refused.value.field == "chunk_size"
