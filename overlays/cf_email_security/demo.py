"""`make demo`: a realistic session through the public client, printed as it goes.

By default it runs against the in-process fake (`cf_email_security.testing`), so it needs no
account and no network. `make demo BASE_URL=http://127.0.0.1:8787/client/v4` (or `--base-url`)
runs the same session against another server, e.g. `python -m cf_email_security.testing`; the
session removes what it created before it ends.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from typing import Any

from . import EmailSecurity, EmailSecurityError, NotFoundError, ValidationError, __version__
from .testing import FAKE_ACCOUNT_ID, FakeEmailSecurity

ALLOW_POLICIES: list[dict[str, Any]] = [
    {"pattern": "payroll@vendor.example", "pattern_type": "EMAIL", "is_trusted_sender": True},
    {"pattern": "partner.example", "pattern_type": "DOMAIN", "is_exempt_recipient": True},
    {"pattern": "192.0.2.25", "pattern_type": "IP", "is_acceptable_sender": True, "comments": "scanner"},
]
FLAGS = ("is_trusted_sender", "is_exempt_recipient", "is_acceptable_sender", "verify_sender", "is_regex")


def _policy(fields: dict[str, Any]) -> dict[str, Any]:
    """An allow policy with every flag it does not set turned off."""
    return {**dict.fromkeys(FLAGS, False), **fields}


def _trusted(pattern: str, **fields: Any) -> dict[str, Any]:
    """A trusted domain, neither recent nor a look-alike unless `fields` say so."""
    return {"pattern": pattern, "is_recent": False, "is_regex": False, "is_similarity": False, **fields}


def _say(text: str) -> None:
    print(f"\n== {text}")


def session(es: EmailSecurity) -> None:
    """Create, list across pages, update, batch, delete, and handle errors; then tidy up."""
    _say("Domains protected by this account (onboarded outside the API)")
    for entry in es.domains.list():
        modes = ", ".join(map(str, entry.allowed_delivery_modes))
        print(f"  #{entry.id:<3} {entry.domain:<20} delivery: {modes}")

    _say("Create allow policies")
    policies = [es.allow_policies.create(**_policy(fields)) for fields in ALLOW_POLICIES]
    for policy in policies:
        print(f"  created #{policy.id:<4} {policy.pattern_type!s:<6} {policy.pattern}")

    _say("Block senders: two one by one, 45 more in one batch request")
    blocked = [
        es.block_senders.create(pattern=pattern, pattern_type=kind, is_regex=False)
        for pattern, kind in (("invoice@phish.example", "EMAIL"), ("phish.example", "DOMAIN"))
    ]
    posts = [
        {"pattern": f"promo{n:02}@spam.example", "pattern_type": "EMAIL", "is_regex": False}
        for n in range(45)
    ]
    blocked += es.block_senders.batch(posts=posts).posts
    print(f"  {len(blocked)} blocked senders, ids {blocked[0].id}..{blocked[-1].id}")

    _say("List blocked EMAIL senders, 10 per page")
    pager = es.block_senders.list(pattern_type="EMAIL", search="spam.example", per_page=10)
    for page in pager.pages():
        info = page.result_info
        first, last = page.result[0].pattern, page.result[-1].pattern
        print(f"  page {info.page}: {info.count} of {info.total_count}  ({first} .. {last})")
    trusted = [p.pattern for p in es.allow_policies.list(is_trusted_sender=True)]
    print(f"  trusted senders: {', '.join(trusted)}")

    _say("Update a policy")
    updated = es.allow_policies.update(
        policies[2].id, comments="scanner, reviewed by secops", verify_sender=True
    )
    print(f"  #{updated.id} comments={updated.comments!r} verify_sender={updated.verify_sender}")
    print(f"  created {updated.created_at:%Y-%m-%d %H:%M:%S}, last modified {updated.last_modified:%H:%M:%S}")

    _say("One batch: delete two, patch one, add one (applied atomically)")
    result = es.block_senders.batch(
        deletes=[blocked[2].id, blocked[3].id],
        patches=[{"id": blocked[0].id, "comments": "seen in the March campaign"}],
        posts=[{"pattern": "phish-login.example", "pattern_type": "DOMAIN", "is_regex": False}],
    )
    deleted = [ref.id for ref in result.deletes]
    print(f"  deleted {deleted}, patched #{result.patches[0].id}, added #{result.posts[0].id}")
    blocked = [
        entry for entry in blocked if entry.id not in {ref.id for ref in result.deletes}
    ] + result.posts

    _say("Delete one blocked sender, then ask for it again")
    gone = es.block_senders.delete(blocked[1].id)
    print(f"  deleted #{gone.id}")
    try:
        es.block_senders.get(gone.id)
    except NotFoundError as error:
        print(f"  NotFoundError as expected: HTTP {error.status_code}")

    _say("Bad input is refused before anything is sent")
    try:
        es.allow_policies.create(**_policy({"pattern": "", "pattern_type": "EMAIL"}))
    except ValidationError as error:
        print(f"  ValidationError: field {error.field!r}: {error.rule}")

    _say("Say what the trusted domains should be: plan, apply, plan again")
    for name in ("old-vendor.example", "partner.example"):
        es.trusted_domains.create(**_trusted(name))
    desired = [
        _trusted("partner.example", comments="contract signed 2026", is_recent=True),
        _trusted("supplier.example", is_similarity=True),
    ]
    plan = es.trusted_domains.plan(desired, prune=True)
    print("  " + str(plan).replace("\n", "\n  "))
    plan.apply()
    print(f"  applied; planning again: {es.trusted_domains.plan(desired, prune=True)}")

    _say("Tidy up")
    remaining = [entry.id for entry in blocked if entry.id != gone.id]
    for start in range(0, len(remaining), 1000):
        es.block_senders.batch(deletes=remaining[start : start + 1000])
    es.allow_policies.batch(deletes=[policy.id for policy in policies])
    es.trusted_domains.plan([], prune=True).apply()
    print(
        f"  removed {len(remaining)} blocked senders, {len(policies)} allow policies and the trusted domains"
    )


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m cf_email_security.demo", description=__doc__)
    parser.add_argument(
        "--base-url", default=os.environ.get("BASE_URL") or None, help="server to use (default: the fake)"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = _arguments(argv)
    print(f"cloudflare-email-security {__version__}")
    if args.base_url is None:
        fake = FakeEmailSecurity()
        print("Against the in-process fake API (cf_email_security.testing); no account, no network.")
        with fake.client() as es:
            session(es)
        errors = sum(request.status >= 400 for request in fake.requests)
        print(f"\n{len(fake.requests)} requests, {errors} answered with an error (the 404 above).")
        return
    print(f"Against {args.base_url}")
    token = os.environ.get("CLOUDFLARE_API_TOKEN") or "demo-token"
    account = os.environ.get("CLOUDFLARE_ACCOUNT_ID") or FAKE_ACCOUNT_ID
    with EmailSecurity(api_token=token, account_id=account, base_url=args.base_url) as es:
        try:
            session(es)
        except EmailSecurityError as error:  # e.g. no server there: say so, without a traceback
            raise SystemExit(f"demo stopped: {error}") from None


if __name__ == "__main__":
    main()
