# ruff: noqa
"""Deliberate mistakes for mypy --strict, each on a line whose comment starts with `E:` and says what
is wrong; tests/test_typing.py checks that mypy reports exactly those lines. Unmarked lines are
correct uses that must pass.

Not collected by pytest (the name does not start with test_) and never run: only type-checked.
"""

from __future__ import annotations

from typing import Any

import httpx

from cf_email_security import AsyncEmailSecurity, EmailSecurity
from cf_email_security.batch import loads
from cf_email_security.models import (
    CreateBlockedSenderDict,
    EntryRef,
    PatternOrder,
    PatternType,
    Region,
    UpdateBlockedSenderDict,
)

es = EmailSecurity(api_token="t", account_id="a" * 32)
ID = "f174e90a-fafe-4643-bbbc-4a0ed4fc8415"

# ---- enum arguments take the enum or one of its values, nothing else
es.allow_policies.create(
    pattern="ceo@example.com",
    pattern_type="EMIAL",  # E: not a PatternType value, in create
    is_regex=False,
    is_trusted_sender=True,
    is_acceptable_sender=False,
    is_exempt_recipient=False,
    verify_sender=True,
)
es.allow_policies.list(pattern_type="EMIAL")  # E: not a PatternType value, in a list filter
es.allow_policies.list(order="name")  # E: not a PatternOrder value (it is a DisplayNameOrder one)
es.impersonation_registry.list(order="pattern")  # E: not a DisplayNameOrder value
es.allow_policies.with_raw_response.list(direction="up")  # E: not a SortingDirection value, raw variant
es.allow_policies.update(ID, pattern_type="email")  # E: values are case-sensitive
es.block_senders.create(pattern="x.example", pattern_type="UNKNOWN", is_regex=False)  # E: response-only value
es.allow_policies.list(pattern_type="UNKNOWN")
es.domains.update(ID, ip_restrictions=[], regions=["EU"])  # E: not a Region value, in a list
es.block_senders.create(pattern="x@bad.example", pattern_type="EMAIL", is_regex=False)
es.allow_policies.list(pattern_type=PatternType.EMAIL, order=PatternOrder.CREATED_AT, direction="desc")
es.allow_policies.update(ID, pattern_type="DOMAIN", comments=None)
es.impersonation_registry.list(order="name")
es.domains.update(ID, ip_restrictions=["192.0.2.0/24"], regions=["US", Region.AU], folder="Inbox")

# ---- batch entries are models or their TypedDicts (deletes: also bare ids)
es.allow_policies.batch(posts=[{"patern": "x"}])  # E: batch entry with a misspelt key
es.block_senders.batch(patches=[{"comments": "no id"}])  # E: a patch entry needs its id
es.block_senders.batch(deletes=[{"idd": ID}])  # E: a delete entry is {"id": ...}
es.trusted_domains.batch(puts=[{"id": ID, "pattern": 7}])  # E: a put's pattern is a string
es.domains.bulk_delete(domains=[3])  # E: an id is a UUID string
entry: CreateBlockedSenderDict = {"pattern": "x", "pattern_type": "EMIAL", "is_regex": False}  # E: value
sender: CreateBlockedSenderDict = {"pattern": "x.example", "pattern_type": "DOMAIN", "is_regex": False}
es.block_senders.batch(posts=[sender, {"pattern": "y", "pattern_type": "EMAIL", "is_regex": True}])
es.block_senders.batch(deletes=[ID, {"id": ID}, EntryRef(id=ID)], patches=[{"id": ID, "comments": None}])
es.domains.bulk_delete(domains=[ID, {"id": ID}, EntryRef(id=ID)])
changes: UpdateBlockedSenderDict = {"comments": "VIP", "pattern_type": "DOMAIN"}
es.block_senders.update(ID, **changes)

# ---- batch builders take what their resource's batch takes
es.allow_policies.batch_builder().post({"patern": "x"})  # E: builder post with a misspelt key
es.trusted_domains.batch_builder().patch({"is_recent": True})  # E: a builder patch needs its id
es.sending_domain_restrictions.batch_builder().post(sender)  # E: that resource can only delete
ops = (
    es.block_senders.batch_builder().post(sender).patch({"id": ID, "comments": "VIP"}).delete(ID, {"id": ID})
)
es.block_senders.apply_batch(ops)
es.allow_policies.plan(loads("[]"))
es.trusted_domains.plan(
    [{"pattern": "x.example", "is_recent": False, "is_regex": False, "is_similarity": False}]
)

# ---- per-call options
es.allow_policies.get(1, timeout="5")  # E: timeout is a number or an httpx.Timeout
es.allow_policies.get(1, extra_headers={"X-Trace": 1})  # E: header values are strings
es.allow_policies.list(extra_query={"debug": None})  # E: query values are str, int, float or bool
es.allow_policies.get(ID, timeout=5, extra_headers={"X-Trace": "1"}, extra_query={"debug": True})
es.allow_policies.with_raw_response.delete(ID, timeout=httpx.Timeout(5.0, connect=1.0))
es.allow_policies.list(timeout=2.5, extra_query={"n": 1, "ratio": 0.5, "tag": "x"}, account_id="b" * 32)

# ---- the constructor's keyword arguments
EmailSecurity(api_tokn="t")  # E: misspelt constructor keyword
AsyncEmailSecurity(api_token="t", account_id="a" * 32, max_retries=0)

# ---- models
body: str = EntryRef(id=ID).to_json()
size: int = es.allow_policies.get(1).to_json()  # E: to_json returns str


async def walk(aes: AsyncEmailSecurity) -> list[Any]:
    await aes.block_senders.create(pattern="x", pattern_type="EMIAL", is_regex=False)  # E: async too
    return [p async for p in aes.allow_policies.list(pattern_type="IP", extra_headers={"X-Trace": "1"})]
