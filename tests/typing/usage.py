# ruff: noqa
"""Correct uses that mypy --strict and pyright strict must both accept with no error, and whose types
they must both see exactly (`assert_type`): what a typed user of the batch helpers writes, sync and
async, for every resource that has them. A type that turns Unknown or Any fails here.

Not collected by pytest (the name does not start with test_) and never run: only type-checked.
"""

from __future__ import annotations

from typing import Any, Coroutine

from typing_extensions import assert_type

from cf_email_security import APIStatusError, AsyncEmailSecurity, EmailSecurity
from cf_email_security.batch import AppliedPlan, BatchBuilder, BatchError, Change, DeleteBatchBuilder, Plan
from cf_email_security.models import (
    AllowPolicyBatchResult,
    AllowPolicyPatch,
    AllowPolicyPatchDict,
    AllowPolicyPut,
    AllowPolicyPutDict,
    BlockedSenderBatchResult,
    BlockedSenderPatch,
    BlockedSenderPatchDict,
    BlockedSenderPut,
    BlockedSenderPutDict,
    ContentPolicyBatchResult,
    ContentPolicyPatch,
    ContentPolicyPatchDict,
    ContentPolicyPut,
    ContentPolicyPutDict,
    CreateAllowPolicy,
    CreateAllowPolicyDict,
    CreateBlockedSender,
    CreateBlockedSenderDict,
    CreateContentPolicy,
    CreateContentPolicyDict,
    CreateDomain,
    CreateDomainDict,
    CreateTrustedDomain,
    CreateTrustedDomainDict,
    CreateUrlIgnorePattern,
    CreateUrlIgnorePatternDict,
    DomainBatchResult,
    DomainPatch,
    DomainPatchDict,
    DomainPut,
    DomainPutDict,
    TrustedDomainBatchResult,
    TrustedDomainPatch,
    TrustedDomainPatchDict,
    TrustedDomainPut,
    TrustedDomainPutDict,
    UrlIgnorePatternBatchResult,
    UrlIgnorePatternPatch,
    UrlIgnorePatternPatchDict,
    UrlIgnorePatternPut,
    UrlIgnorePatternPutDict,
)

ID = "f174e90a-fafe-4643-bbbc-4a0ed4fc8415"
es = EmailSecurity(api_token="t", account_id="a" * 32)

# ---- each resource's builder takes the entries its batch takes: never Unknown
assert_type(
    es.allow_policies.batch_builder(),
    BatchBuilder[
        CreateAllowPolicy | CreateAllowPolicyDict,
        AllowPolicyPatch | AllowPolicyPatchDict,
        AllowPolicyPut | AllowPolicyPutDict,
    ],
)
assert_type(
    es.block_senders.batch_builder(),
    BatchBuilder[
        CreateBlockedSender | CreateBlockedSenderDict,
        BlockedSenderPatch | BlockedSenderPatchDict,
        BlockedSenderPut | BlockedSenderPutDict,
    ],
)
assert_type(
    es.content_policies.batch_builder(),
    BatchBuilder[
        CreateContentPolicy | CreateContentPolicyDict,
        ContentPolicyPatch | ContentPolicyPatchDict,
        ContentPolicyPut | ContentPolicyPutDict,
    ],
)
assert_type(
    es.domains.batch_builder(),
    BatchBuilder[CreateDomain | CreateDomainDict, DomainPatch | DomainPatchDict, DomainPut | DomainPutDict],
)
assert_type(
    es.trusted_domains.batch_builder(),
    BatchBuilder[
        CreateTrustedDomain | CreateTrustedDomainDict,
        TrustedDomainPatch | TrustedDomainPatchDict,
        TrustedDomainPut | TrustedDomainPutDict,
    ],
)
assert_type(
    es.url_ignore_patterns.batch_builder(),
    BatchBuilder[
        CreateUrlIgnorePattern | CreateUrlIgnorePatternDict,
        UrlIgnorePatternPatch | UrlIgnorePatternPatchDict,
        UrlIgnorePatternPut | UrlIgnorePatternPutDict,
    ],
)
assert_type(es.sending_domain_restrictions.batch_builder(), DeleteBatchBuilder)

# ---- a builder chains, and apply_batch returns the resource's merged result
ops = es.block_senders.batch_builder().delete(ID)
ops.post({"pattern": "x.example", "pattern_type": "DOMAIN", "is_regex": False})
ops.patch({"id": ID, "comments": "VIP"})
assert_type(es.block_senders.apply_batch(ops), BlockedSenderBatchResult)
assert_type(es.allow_policies.apply_batch(es.allow_policies.batch_builder()), AllowPolicyBatchResult)
assert_type(es.content_policies.apply_batch(es.content_policies.batch_builder()), ContentPolicyBatchResult)
assert_type(es.domains.apply_batch(es.domains.batch_builder()), DomainBatchResult)
assert_type(es.trusted_domains.apply_batch(es.trusted_domains.batch_builder()), TrustedDomainBatchResult)
assert_type(
    es.url_ignore_patterns.apply_batch(es.url_ignore_patterns.batch_builder()), UrlIgnorePatternBatchResult
)

# ---- a plan: its lists are declared, its apply returns what the resource's batch does
plan = es.allow_policies.plan([{"pattern": "ceo@example.com", "pattern_type": "EMAIL"}], prune=False)
assert_type(plan, Plan[AllowPolicyBatchResult])
assert_type(plan.creates, tuple[Any, ...])
assert_type(plan.changes, tuple[Change, ...])
assert_type(plan.deletes, tuple[Any, ...])
assert_type(plan.builder(), DeleteBatchBuilder)
assert_type(plan.apply(), AllowPolicyBatchResult)
assert_type(es.impersonation_registry.plan([]).apply(), AppliedPlan)

# ---- errors carry typed attributes
try:
    es.allow_policies.get(ID)
except APIStatusError as error:
    assert_type(error.status_code, int)
    assert_type(error.cf_ray, str | None)
    assert_type(error.retry_after, float | None)
except BatchError as error:
    assert_type(error.remaining, DeleteBatchBuilder)


async def main() -> None:
    async with AsyncEmailSecurity(api_token="t", account_id="a" * 32) as aes:
        builder = aes.block_senders.batch_builder().delete(ID)
        assert_type(
            builder,
            BatchBuilder[
                CreateBlockedSender | CreateBlockedSenderDict,
                BlockedSenderPatch | BlockedSenderPatchDict,
                BlockedSenderPut | BlockedSenderPutDict,
            ],
        )
        assert_type(await aes.block_senders.apply_batch(builder), BlockedSenderBatchResult)
        assert_type(aes.sending_domain_restrictions.batch_builder(), DeleteBatchBuilder)
        domains = await aes.domains.plan([], delete=["old.example"])
        assert_type(domains, Plan[Coroutine[Any, Any, DomainBatchResult]])
        assert_type(await domains.apply(), DomainBatchResult)
        assert_type(await (await aes.impersonation_registry.plan([])).apply(), AppliedPlan)
