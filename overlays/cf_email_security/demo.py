"""`make demo`: a realistic session through the public client, printed as it goes.

By default it runs against the in-process fake (`cf_email_security.testing`), so it needs no
account and no network. `make demo BASE_URL=http://127.0.0.1:8787/client/v4` (or `--base-url`)
runs the same session against another server, e.g. `python -m cf_email_security.testing`.

Against a server it changes only what it created itself: every entry it makes carries a random run
id in its pattern and in its comments ("cf-email-security demo <run id>"), the plan it applies names
only such entries and never prunes, and the tidy-up deletes by the ids recorded as they were created.
It lists domains (and asks how their verification stands) but never changes them, and it only reads
mail: a server's messages are not its to move. Run against the in-process fake, it also delivers
mail of its own and cleans it up after a block (a move, then a bulk job followed to its end), and it
ends by driving the command line (`cf-email-security`) against the same fake over HTTP on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import datetime
import os
import secrets
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

from . import EmailSecurity, EmailSecurityError, NotFoundError, ValidationError, __version__
from .testing import FAKE_ACCOUNT_ID, FakeEmailSecurity

if TYPE_CHECKING:
    from .batch import DeleteBatchBuilder, Plan

MARK = "cf-email-security demo"
# What the tidy-up deletes (by recorded id), in this order, and how each is named in its summary line.
TIDY_UP = {
    "block_senders": "blocked senders",
    "allow_policies": "allow policies",
    "trusted_domains": "trusted domains",
    "url_ignore_patterns": "URL ignore patterns",
    "content_policies": "content policies",
    "sending_domain_restrictions": "sending-domain restrictions",
    "impersonation_registry": "impersonation registry entries",
}
FLAGS = ("is_trusted_sender", "is_exempt_recipient", "is_acceptable_sender", "verify_sender", "is_regex")


class DemoRefused(Exception):
    """The demo was about to change an entry this run did not create, and stopped instead."""


@dataclass
class Run:
    """One session's run id, the names it derives from it, and the ids of what it created so far."""

    id: str = field(default_factory=lambda: secrets.token_hex(4))
    created: dict[str, list[str]] = field(default_factory=lambda: {name: [] for name in TIDY_UP})

    @property
    def mark(self) -> str:
        return f"{MARK} {self.id}"

    def note(self, text: str) -> str:
        """A comment that keeps the run's mark in front of what a person would write."""
        return f"{self.mark}: {text}"

    def host(self, name: str) -> str:
        """`partner` -> `partner-<run id>.example`: no account entry made before this run has it."""
        return f"{name}-{self.id}.example"

    def ip(self) -> str:
        """An address in the IPv6 documentation prefix that spells the run id."""
        return f"2001:db8:{self.id[:4]}:{self.id[4:]}::25"

    def add(self, resource: str, *ids: str | None) -> None:
        self.created[resource].extend(i for i in ids if i is not None)

    def drop(self, resource: str, *ids: str | None) -> None:
        self.created[resource] = [i for i in self.created[resource] if i not in ids]


class _Deletes(Protocol):
    """What the tidy-up needs of a resource: a builder and a way to send it."""

    def batch_builder(self) -> DeleteBatchBuilder: ...
    def apply_batch(self, builder: DeleteBatchBuilder) -> object: ...


def _policy(fields: dict[str, Any]) -> dict[str, Any]:
    """An allow policy with every flag it does not set turned off."""
    return {**dict.fromkeys(FLAGS, False), **fields}


def _trusted(pattern: str, **fields: Any) -> dict[str, Any]:
    """A trusted domain, neither recent nor a look-alike unless `fields` say so."""
    return {"pattern": pattern, "is_recent": False, "is_regex": False, "is_similarity": False, **fields}


def _say(text: str) -> None:
    print(f"\n== {text}")


def session(es: EmailSecurity, run_id: str | None = None, fake: FakeEmailSecurity | None = None) -> None:
    """Create, list across pages, update, batch, delete, handle errors and plan; search the mail;
    then delete by id whatever this run created, even when a step failed, so that a server is left as
    it was found. `run_id` (8 hex digits; random by default) lets a test choose the run's names. With
    `fake` (the in-process fake `es` talks to), the run also delivers mail of its own and cleans it
    up after a block; against a server it only reads mail, as it can move no message it did not send."""
    run = Run(run_id) if run_id else Run()
    print(
        f"\nRun id {run.id}: what this session creates is marked {run.mark!r} and deleted by id at the end."
    )
    try:
        _domains(es)
        policies = _allow_policies(es, run)
        blocked = _block_senders(es, run)
        _update_policy(es, run, policies[2].id)
        _batch_and_delete(es, run, blocked)
        _bad_input(es)
        _trusted_domains(es, run)
        _newer_resources(es, run)
        _impersonation_registry(es, run)
        _mail(es, run, fake)
    except BaseException:  # a failed step, or Ctrl-C: still remove what was made, then report the first error
        try:
            _tidy_up(es, run)
        except EmailSecurityError as error:
            print(f"  tidy-up failed too ({error}); what is left has {run.mark!r} in its comments")
        raise
    _tidy_up(es, run)


def _domains(es: EmailSecurity) -> None:
    _say("Domains protected by this account (read only), and how their verification stands")
    for entry in es.domains.list():
        modes = ", ".join(map(str, entry.allowed_delivery_modes or ()))
        status = f"  status: {entry.status}" if entry.status is not None else ""  # not every domain has one
        print(f"  {_short(entry.id)}  {entry.domain or '?':<20} delivery: {modes:<12}{status}")
    first = next(iter(es.domains.list(per_page=1)), None)
    if first is not None:
        check = es.domains.get_verification(first.id)  # None: 204, verified by other means
        if check is None:
            print(f"  verification of {first.domain}: no DNS TXT record needed (verified by other means)")
        else:
            print(
                f"  verification of {first.domain}: {check.status}: publish a TXT record "
                f"{check.txt_record_name} = {check.txt_record_value}"
            )


def _short(entry_id: str | None) -> str:
    """The first block of a UUID: enough to tell a session's entries apart on screen."""
    return f"#{(entry_id or '?')[:8]}"


def _allow_policies(es: EmailSecurity, run: Run) -> list[Any]:
    _say("Create allow policies")
    wanted = [
        {"pattern": f"payroll@{run.host('vendor')}", "pattern_type": "EMAIL", "is_trusted_sender": True},
        {"pattern": run.host("partner"), "pattern_type": "DOMAIN", "is_exempt_recipient": True},
        {
            "pattern": run.ip(),
            "pattern_type": "IP",
            "is_acceptable_sender": True,
            "comments": run.note("scanner"),
        },
    ]
    policies: list[Any] = []
    for fields in wanted:
        policy = es.allow_policies.create(**_policy({"comments": run.mark, **fields}))
        run.add("allow_policies", policy.id)
        policies.append(policy)
        print(f"  created {_short(policy.id)} {policy.pattern_type!s:<6} {policy.pattern}")
    return policies


def _block_senders(es: EmailSecurity, run: Run) -> list[Any]:
    _say("Block senders: two one by one, 45 more in one batch request")
    blocked: list[Any] = []
    singles: tuple[tuple[str, Literal["EMAIL", "DOMAIN"]], ...] = (
        (f"invoice@{run.host('phish')}", "EMAIL"),
        (run.host("phish"), "DOMAIN"),
    )
    for pattern, kind in singles:
        entry = es.block_senders.create(pattern=pattern, pattern_type=kind, is_regex=False, comments=run.mark)
        run.add("block_senders", entry.id)
        blocked.append(entry)
    spam = run.host("spam")
    created = (
        es.block_senders.batch(
            posts=[
                {
                    "pattern": f"promo{n:02}@{spam}",
                    "pattern_type": "EMAIL",
                    "is_regex": False,
                    "comments": run.mark,
                }
                for n in range(45)
            ]
        ).posts
        or []
    )
    run.add("block_senders", *(entry.id for entry in created))
    blocked += created
    print(f"  {len(blocked)} blocked senders, ids {_short(blocked[0].id)} .. {_short(blocked[-1].id)}")

    _say(f"List blocked EMAIL senders matching {spam}, 10 per page")
    for page in es.block_senders.list(pattern_type="EMAIL", search=spam, per_page=10).pages():
        info = page.result_info  # a page may come without it
        first, last = page.result[0].pattern, page.result[-1].pattern
        where = f"page {info.page}: {info.count} of {info.total_count}" if info else len(page.result)
        print(f"  {where}  ({first} .. {last})")
    trusted = [p.pattern or "?" for p in es.allow_policies.list(is_trusted_sender=True, search=run.id)]
    print(f"  trusted senders of this run: {', '.join(trusted)}")
    return blocked


def _batch_and_delete(es: EmailSecurity, run: Run, blocked: list[Any]) -> None:
    _say("One batch: delete two, patch one, add one (applied atomically)")
    result = es.block_senders.batch(
        deletes=[blocked[2].id, blocked[3].id],
        patches=[{"id": blocked[0].id, "comments": run.note("seen in the March campaign")}],
        posts=[
            {
                "pattern": run.host("phish-login"),
                "pattern_type": "DOMAIN",
                "is_regex": False,
                "comments": run.mark,
            }
        ],
    )
    posts, deletes, patches = result.posts or [], result.deletes or [], result.patches or []
    run.add("block_senders", *(entry.id for entry in posts))
    run.drop("block_senders", *(ref.id for ref in deletes))
    deleted = ", ".join(_short(ref.id) for ref in deletes)
    print(f"  deleted {deleted}; patched {_short(patches[0].id)}; added {_short(posts[0].id)}")

    _say("Delete one blocked sender, then ask for it again")
    gone = es.block_senders.delete(blocked[1].id)
    run.drop("block_senders", gone.id)
    print(f"  deleted {_short(gone.id)}")
    try:
        es.block_senders.get(gone.id or "")
    except NotFoundError as error:
        print(f"  NotFoundError as expected: HTTP {error.status_code}")


def _update_policy(es: EmailSecurity, run: Run, policy_id: str | None) -> None:
    _say("Update a policy")
    updated = es.allow_policies.update(
        policy_id or "", comments=run.note("scanner, reviewed by secops"), verify_sender=True
    )
    print(f"  {_short(updated.id)} comments={updated.comments!r} verify_sender={updated.verify_sender}")
    print(f"  created {updated.created_at:%Y-%m-%d %H:%M:%S}, modified {updated.modified_at:%H:%M:%S}")


def _bad_input(es: EmailSecurity) -> None:
    _say("Bad input is refused before anything is sent")
    try:
        es.allow_policies.create(**_policy({"pattern": "", "pattern_type": "EMAIL"}))
    except ValidationError as error:
        print(f"  ValidationError: field {error.field!r}: {error.rule}")


def _trusted_domains(es: EmailSecurity, run: Run) -> None:
    _say("Say what this run's trusted domains should be: plan (no pruning), apply, plan again")
    old = es.trusted_domains.create(**_trusted(run.host("old-vendor"), comments=run.mark))
    run.add("trusted_domains", old.id)
    partner = es.trusted_domains.create(**_trusted(run.host("partner"), comments=run.mark))
    run.add("trusted_domains", partner.id)
    desired = [
        _trusted(
            partner.pattern or run.host("partner"), comments=run.note("contract signed 2026"), is_recent=True
        ),
        _trusted(run.host("supplier"), is_similarity=True, comments=run.mark),
    ]
    plan = es.trusted_domains.plan(desired, prune=False)  # entries of the account it does not name stay
    _check_only_ours(plan, run)
    ops = plan.builder().delete(old.id or "")  # retire the run's own old vendor in the same batch, by id
    print("  " + str(plan).replace("\n", "\n  "))
    print(f"  plus, by id, in the same batch: - {old.pattern} [{_short(old.id)}], created by this run")
    result = es.trusted_domains.apply_batch(ops)
    run.add("trusted_domains", *(entry.id for entry in result.posts or []))
    run.drop("trusted_domains", *(ref.id for ref in result.deletes or []))
    print(f"  applied; planning again: {es.trusted_domains.plan(desired, prune=False).summary()}")


def _newer_resources(es: EmailSecurity, run: Run) -> None:
    _say("Resources the API gained since its first generation: URL ignore patterns, content policies")
    pattern = es.url_ignore_patterns.create(
        pattern=rf"^https://intranet-{run.id}\.example/", comments=run.mark
    )
    run.add("url_ignore_patterns", pattern.id)
    print(f"  URL ignore pattern {_short(pattern.id)} {pattern.pattern}")
    policy = es.content_policies.create(
        name=f"invoice-fraud-{run.id}",
        pattern=r"(?i)wire transfer.*urgent",
        targets=["SUBJECT", "BODY"],
        enabled=True,
        notes=run.mark,
    )
    run.add("content_policies", policy.id)
    print(
        f"  content policy {_short(policy.id)} {policy.name} on {', '.join(map(str, policy.targets or ()))}"
    )
    restriction = es.sending_domain_restrictions.create(
        domain=run.host("payroll"), exclude=[f"legacy.{run.host('payroll')}"], comments=run.mark
    )
    run.add("sending_domain_restrictions", restriction.id)
    print(f"  sending-domain restriction {_short(restriction.id)} {restriction.domain} (TLS required)")


def _impersonation_registry(es: EmailSecurity, run: Run) -> None:
    _say("Plan the impersonation registry (no batch endpoint: the plan sends single calls, 8 at a time)")
    desired = [
        {
            "name": f"CEO {run.id}",
            "email": f"ceo@{run.host('corp')}",
            "is_email_regex": False,
            "comments": run.mark,
        },
        {
            "name": f"CFO {run.id}",
            "email": f"cfo@{run.host('corp')}",
            "is_email_regex": False,
            "comments": run.mark,
        },
    ]
    plan = es.impersonation_registry.plan(desired)  # matched by email; never prunes without prune=True
    foreign = [c.entry for c in plan.changes]
    if foreign:
        raise DemoRefused(f"the plan would change {len(foreign)} registry entries this run did not create")
    print("  " + plan.summary())
    applied = plan.apply()
    run.add("impersonation_registry", *(entry.id for entry in applied.created))
    print(f"  created {', '.join(_short(entry.id) for entry in applied.created)}")


def _mail(es: EmailSecurity, run: Run, fake: FakeEmailSecurity | None) -> None:
    _say("Investigate: the last week's mail, walked by cursor 20 a page")
    since = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=7)
    pages = list(es.investigate.list(start=since, per_page=20).pages())
    messages = [message for page in pages for message in page.result]
    print(f"  {len(messages)} messages in {len(pages)} page(s), each once")
    for message in messages[:3]:
        print(f"  {message.scanned_at:%m-%d %H:%M}  {message.from_}  {message.subject!r}")
    if messages:
        trace = es.investigate.get_trace(messages[0].id)
        print(f"  trace of the first: {len(trace.inbound.lines or [])} inbound line(s)")
    if fake is None:
        print("  (moving mail runs on the in-process fake only: the demo moves no message it did not send)")
        return

    sender = f"billing@{run.host('invoices')}"
    _say(f"Clean up after a block: {sender} sent 3 messages before it was blocked")
    for n in range(3):
        fake.deliver(sender=sender, subject=f"Overdue invoice {run.id}-{n}")
    blocked = es.block_senders.create(pattern=sender, pattern_type="EMAIL", is_regex=False, comments=run.mark)
    run.add("block_senders", blocked.id)
    delivered = [m.id for m in es.investigate.list(sender=sender, delivery_status="delivered")]
    moved = es.investigate.move_many(ids=delivered, destination="DeletedItems")
    print(
        f"  blocked {_short(blocked.id)}; moved {sum(result.success for result in moved)} of {len(delivered)}"
    )

    domain = run.host("promo")
    for n in range(4):
        fake.deliver(sender=f"deals{n}@{domain}", subject=f"Flash sale {run.id}")
    _say(f"A bulk job moves {domain}'s mail on the server; wait() follows it")
    job = es.investigate_bulk.create(action="MOVE", destination="JunkEmail", search_params={"domain": domain})
    done = es.investigate_bulk.wait(job.job_id, interval=0.05)
    moved_count = f"{done.messages_successful} of {done.total_messages_discovered} moved"
    print(f"  job {_short(done.job_id)}: {done.status}, {moved_count}")
    es.investigate_bulk.delete(done.job_id)


def _check_only_ours(plan: Plan[Any], run: Run) -> None:
    """A plan matches by pattern: refuse one that would change or delete an entry this run did not make."""
    ours = set(run.created["trusted_domains"])
    foreign = [c.entry for c in plan.changes if c.entry.id not in ours] + list(plan.deletes)
    if foreign:
        names = ", ".join(f"{entry.pattern} [id {entry.id}]" for entry in foreign)
        raise DemoRefused(f"the plan would change entries this run did not create: {names}")


def _tidy_up(es: EmailSecurity, run: Run) -> None:
    """Deletes by recorded id only: listing and pruning would take the account's own entries too."""
    if not any(run.created.values()):
        return
    _say("Tidy up: delete by id what this run created")
    counts: list[str] = []
    for resource, label in TIDY_UP.items():
        ids = run.created[resource]
        if not ids:
            continue
        if resource == "impersonation_registry":  # no batch endpoint: one delete each
            for entry_id in ids:
                es.impersonation_registry.delete(entry_id)
        else:
            deletes: _Deletes = getattr(es, resource)
            deletes.apply_batch(deletes.batch_builder().delete(*ids))
        run.created[resource] = []
        counts.append(f"{len(ids)} {label}")
    print("  removed " + ", ".join(counts))


def _command_line(fake: FakeEmailSecurity) -> None:
    """The same fake over HTTP, driven by `cf-email-security` as a person or a CI job would."""
    from .testing import FakeServer

    _say("The command line, against the same fake over HTTP on 127.0.0.1")
    with FakeServer(fake) as server:
        env = {
            **os.environ,
            "CLOUDFLARE_API_TOKEN": "demo-token",
            "CLOUDFLARE_ACCOUNT_ID": FAKE_ACCOUNT_ID,
            "CLOUDFLARE_BASE_URL": server.base_url,
        }
        for args in (
            ["domains", "list", "-o", "csv"],
            [
                "trusted-domains",
                "create",
                "--pattern",
                "example.net",
                "--no-is-recent",
                "--no-is-regex",
                "--no-is-similarity",
                "--dry-run",
            ],
        ):
            print(f"  $ cf-email-security {' '.join(args)}")
            done = subprocess.run(
                [sys.executable, "-m", "cf_email_security", *args], env=env, capture_output=True, text=True
            )
            output = (done.stdout + done.stderr).rstrip()
            print("    " + output.replace("\n", "\n    ") + f"\n    (exit {done.returncode})")


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
            session(es, fake=fake)
        errors = sum(request.status >= 400 for request in fake.requests)
        print(f"\n{len(fake.requests)} requests, {errors} answered with an error (the 404 above).")
        _command_line(fake)
        return
    print(f"Against {args.base_url}")
    token = os.environ.get("CLOUDFLARE_API_TOKEN") or "demo-token"
    account = os.environ.get("CLOUDFLARE_ACCOUNT_ID") or FAKE_ACCOUNT_ID
    with EmailSecurity(api_token=token, account_id=account, base_url=args.base_url) as es:
        try:
            session(es)
        except (EmailSecurityError, DemoRefused) as error:  # e.g. no server there: one line, no traceback
            raise SystemExit(f"demo stopped: {error}") from None


if __name__ == "__main__":
    main()
