"""The mailbox each account starts with: messages, the submissions made of some, PhishGuard reports on
the worst, from a generator with a fixed random seed, so that every run sees the same mail.

`MailSeed(messages=200, seed=0)` says how much and which; `FakeEmailSecurity(mailbox=...)` takes one
(or a number of messages). Timestamps fall over the last 29 days before the fake's clock reads at the
account's first use, so the lists' default range (the last 30 days) holds them all. Recipients are
people at the account's protected domains (the seeded `domains`), reached by each domain's delivery
mode.

What a message says comes from `_mail_words`; what a message is comes from the spec: each entity is
built by `_fill.Filler`, every enum value picked from the spec's values. Besides its fields a message
keeps, under `MAIL`, what the API shows only through other operations (its body, links, attachments,
sending host, folder), never sent as a field.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.utils import format_datetime
from typing import Any

from . import _mail_words as words
from ._fill import Filler
from .spec import Api, Resource

Entry = dict[str, Any]
MAIL = "_mail"  # a message's hidden part: body, links, attachments, sending host, folder
SPAN = timedelta(days=29)  # messages fall this far back from the clock at the account's first use
SUBMISSION_SHARE = 0.03  # of the messages, how many someone asked to reclassify
REPORT_SHARE = 0.35  # of the worst messages (MALICIOUS, BEC, SPOOF), how many PhishGuard reported
DEFAULT_DOMAINS = ("example.com",)
MESSAGES_RESOURCE = "investigate"
SUBMISSIONS_RESOURCE = "submissions"
REPORTS_RESOURCE = "phishguard_reports"
POSTFIX_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


@dataclass(frozen=True)
class MailSeed:
    """How many messages each account's mailbox starts with, and the random seed they come from."""

    messages: int = 200
    seed: int = 0


DEFAULT_MAIL = MailSeed()


@dataclass
class Recipient:
    name: str
    address: str
    domain: str
    delivery_mode: str | None


@dataclass
class Draft:
    """What a message is about, before the spec shapes it: the realism, chosen or given."""

    disposition: str | None
    sender: words.Sender
    sender_name: str
    recipients: list[Recipient]
    subject: str
    scanned_at: datetime
    statuses: list[str]
    folder: str | None = None
    reasons: list[str] = field(default_factory=list[str])
    threats: list[str] = field(default_factory=list[str])
    attachments: list[dict[str, Any]] = field(default_factory=list[dict[str, Any]])
    links: list[str] = field(default_factory=list[str])
    auth: tuple[str, str, str] = ("pass", "pass", "pass")
    body: str = ""
    phish_submission: bool = False


class Values(dict[str, Any]):
    """The words a subject or body template names, each chosen when first named (`format_map`)."""

    CHOICES: Mapping[str, Sequence[Any]] = {
        "project": words.PROJECTS,
        "company": words.COMPANIES,
        "city": words.CITIES,
        "doc": words.DOCUMENTS,
        "topic": words.TOPICS,
        "weekday": words.WEEKDAYS,
        "pct": (15, 20, 30, 40, 50, 70),
    }

    def __init__(self, rng: random.Random, when: datetime) -> None:
        super().__init__()
        self.rng = rng
        self.when = when

    def __missing__(self, key: str) -> Any:
        if key in self.CHOICES:
            value: Any = self.rng.choice(self.CHOICES[key])
        elif key == "n":
            value = self.rng.randint(10_000, 99_999)
        elif key == "q":
            value = (self.when.month - 1) // 3 + 1
        elif key == "month":
            value = self.when.strftime("%B")
        elif key == "year":
            value = self.when.year + 1
        else:
            value = ""
        self[key] = value
        return value


def timestamp(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds").replace("+00:00", "Z")


class MailGenerator:
    """Builds mailboxes, messages and submissions the spec's way, with `_mail_words`' realism."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.fill: Filler = Filler(api.schemas)
        self.messages: Resource | None = api.resources.get(MESSAGES_RESOURCE)
        self.submissions: Resource | None = api.resources.get(SUBMISSIONS_RESOURCE)
        self.reports: Resource | None = api.resources.get(REPORTS_RESOURCE)
        fields: Mapping[str, Mapping[str, Any]] = self.messages.fields if self.messages is not None else {}
        self._fields = fields
        self.items: dict[str, dict[str, Any]] = {
            name: api.schemas.merged(schema.get("items", {}))
            for name, schema in fields.items()
            if schema.get("type") == "array"
        }
        kinds = api.schemas.properties(fields["properties"]) if "properties" in fields else {}
        allowlisted = kinds.get("allowlisted_pattern_type")
        self._allowlisted = self.fill.first(allowlisted, ("acceptable_sender",)) if allowlisted else None

    # ----- whole mailboxes -------------------------------------------------------------------------

    def mailbox(
        self, seed: MailSeed, account_id: str, now: datetime, domains: Sequence[Mapping[str, Any]]
    ) -> dict[str, list[Entry]]:
        """Every resource's entries for one account: messages, submissions, reports."""
        if self.messages is None or seed.messages <= 0:
            return {}
        rng = random.Random(f"{seed.seed}:{account_id}")
        people = self.people(domains)
        messages = [self.message(self.draft(rng, now, people), rng) for _ in range(seed.messages)]
        messages.sort(key=lambda message: (message.get("scanned_at") or "", message["id"]))
        found: dict[str, list[Entry]] = {MESSAGES_RESOURCE: messages}
        if self.submissions is not None:
            chosen = [message for message in messages if rng.random() < SUBMISSION_SHARE]
            found[SUBMISSIONS_RESOURCE] = sorted(
                (self.seeded_submission(message, rng) for message in chosen),
                key=lambda submission: (submission.get("requested_at") or "", submission["id"]),
            )
        if self.reports is not None:
            worst = [
                message
                for message in messages
                if message.get("final_disposition") in words.REPORT_TITLES and rng.random() < REPORT_SHARE
            ]
            found[REPORTS_RESOURCE] = [
                self.report(index, message, rng) for index, message in enumerate(worst, start=1)
            ]
        return found

    def people(self, domains: Sequence[Mapping[str, Any]]) -> list[Recipient]:
        """Who works at the account: every name of `PEOPLE` at each protected domain, in turn."""
        names = [(str(entry.get("domain")), entry.get("active_delivery_mode")) for entry in domains]
        names = [(name, mode) for name, mode in names if name and name != "None"] or [
            (name, None) for name in DEFAULT_DOMAINS
        ]
        people: list[Recipient] = []
        for index, person in enumerate(words.PEOPLE):
            domain, mode = names[index % len(names)]
            address = f"{person.lower().replace(' ', '.')}@{domain}"
            people.append(Recipient(person, address, domain, str(mode) if mode else None))
        return people

    # ----- one message -----------------------------------------------------------------------------

    def draft(self, rng: random.Random, now: datetime, people: Sequence[Recipient]) -> Draft:
        """A message's realism, chosen at random: its kind by verdict, then who, what and where."""
        verdict_schema = self._fields.get("final_disposition")
        disposition = (
            self.fill.pick(verdict_schema, words.DISPOSITIONS, rng, words.DISPOSITIONS)
            if verdict_schema is not None
            else None
        )
        kind = words.KINDS.get(str(disposition), words.OTHER)
        if disposition == "NONE":
            kind = words.COLLEAGUE if rng.random() < words.COLLEAGUE_SHARE else words.PARTNER
        recipient = rng.choice(people)
        recipients = [recipient]
        if rng.random() < 0.15:  # a few go to a colleague or two as well
            others = [
                person for person in people if person.domain == recipient.domain and person is not recipient
            ]
            recipients += rng.sample(others, min(len(others), rng.randint(1, 2)))
        if kind.senders:
            sender = rng.choice(kind.senders)
            name = sender.name
        else:
            colleague = rng.choice([person for person in people if person is not recipient] or list(people))
            sender = words.Sender(
                colleague.name, colleague.address, colleague.address, "192.0.2.200", "", 0, ""
            )
            name = colleague.name
        if kind.impersonates:
            name = rng.choice(words.PEOPLE)
        scanned = now - timedelta(seconds=rng.uniform(60, SPAN.total_seconds()))
        values = self._values(rng, scanned)
        statuses = [self._status(kind, rng)]
        draft = Draft(
            disposition=disposition,
            sender=sender,
            sender_name=name,
            recipients=recipients,
            subject=rng.choice(kind.subjects).format_map(values),
            scanned_at=scanned,
            statuses=statuses,
            reasons=list(kind.reasons),
            threats=list(kind.threats),
            auth=kind.auth,
            phish_submission=rng.random() < 0.01,
        )
        if "moved" in statuses:
            draft.folder = words.MOVED_TO.get(str(disposition), words.MOVED_TO_DEFAULT)
        elif not {"quarantined", "rejected", "bounced"} & set(statuses):
            draft.folder = "Inbox"
        domain = sender.address.rsplit("@", 1)[-1]
        values["domain"] = domain
        draft.links = [link.format_map(values) for link in kind.links if rng.random() < 0.8]
        if kind.attachments and rng.random() < kind.attachment_share:
            filename, content_type = rng.choice(kind.attachments)
            draft.attachments = [self.attachment(filename.format_map(values), content_type, disposition, rng)]
        first = recipient.name.split()[0]
        body = words.BODY.get(str(disposition), words.BODY["NONE"])
        values.update(first=first, sender=name or sender.address)
        draft.body = body.format_map(values)
        return draft

    def message(self, draft: Draft, rng: random.Random, **fields: Any) -> Entry:
        """The message `draft` describes, shaped by the spec's schema; `fields` win over the draft's."""
        assert self.messages is not None and self.messages.entity is not None
        postfix = "".join(rng.choices(POSTFIX_ALPHABET, k=16))
        scanned = timestamp(draft.scanned_at)
        sent = draft.scanned_at - timedelta(seconds=rng.randint(2, 90))
        sender_domain = draft.sender.address.rsplit("@", 1)[-1]
        addresses = [recipient.address for recipient in draft.recipients]
        detected = draft.disposition not in (None, "NONE")
        moved = draft.folder not in (None, "Inbox")
        released = (
            "delivered" in draft.statuses
            and draft.disposition in ("SUSPICIOUS", "SPAM")
            and rng.random() < 0.2
        )
        log: list[dict[str, Any]] = []
        operations: list[str] = []
        if moved:
            log.append(
                self.action("MOVE", draft.scanned_at + timedelta(minutes=rng.randint(1, 600)), draft.folder)
            )
            operations.append(self.operation("MOVE"))
        if released:
            log.append(self.action("RELEASE", draft.scanned_at + timedelta(minutes=rng.randint(5, 900))))
            operations.append(self.operation("QUARANTINE_RELEASE"))
        statuses = [self.delivery(status) for status in draft.statuses]
        given: dict[str, Any] = {
            "id": f"{postfix}-{scanned[:19]}-{rng.randrange(10**8):08d}",
            "postfix_id": postfix,
            "alert_id": f"{postfix}-{scanned[:10]}" if detected and draft.disposition != "BULK" else None,
            "message_id": f"<{rng.getrandbits(64):016x}@{sender_domain}>",
            "subject": draft.subject,
            "from": draft.sender.address,
            "from_name": draft.sender_name or None,
            "replyto": f"reply@{sender_domain}"
            if draft.disposition in ("MALICIOUS", "MALICIOUS-BEC")
            else None,
            "to": addresses,
            "to_name": [recipient.name for recipient in draft.recipients],
            "envelope_from": draft.sender.envelope,
            "envelope_to": addresses,
            "client_recipients": addresses,
            "scanned_at": scanned,
            "sent_at": timestamp(sent),
            "sent_date": format_datetime(sent),
            "delivery_mode": self._mode(draft.recipients[0].delivery_mode),
            "delivery_status": statuses,
            "final_disposition": draft.disposition,
            "detection_reasons": list(draft.reasons),
            "threat_categories": list(draft.threats) if detected else None,
            "findings": self.findings(draft) if detected else None,
            "is_quarantined": "quarantined" in draft.statuses,
            "is_phish_submission": draft.phish_submission,
            "post_delivery_operations": operations,
            "action_log": log,
            "properties": self._properties(draft, rng),
            "validation": dict(zip(("spf", "dkim", "dmarc"), draft.auth, strict=True)) | {"comment": None},
            "edf_hash": f"{rng.getrandbits(160):040x}",
            "htmltext_structure_hash": f"{rng.getrandbits(128):032x}",
            "smtp_helo_server_ip": draft.sender.ip,
            "smtp_previous_hop_ip": draft.sender.ip,
            "x_originating_ip": None,
            **fields,
        }
        message = self.fill.object(self.messages.entity, given)
        message[MAIL] = {
            "folder": draft.folder,
            "body": draft.body,
            "links": list(draft.links),
            "attachments": [dict(attachment) for attachment in draft.attachments],
            "sender": draft.sender,
        }
        return message

    def attachment(
        self, filename: str, content_type: str, disposition: str | None, rng: random.Random
    ) -> dict[str, Any]:
        dangerous = content_type in ("text/html", "application/zip") and disposition == "MALICIOUS"
        return {
            "filename": filename,
            "content_type": content_type,
            "size": rng.randint(18_000, 2_400_000) if not dangerous else rng.randint(2_000, 60_000),
            "encrypted": content_type == "application/pkcs7-mime",
            "detection": "MALICIOUS" if dangerous else None,
            "md5": f"{rng.getrandbits(128):032x}",
            "sha1": f"{rng.getrandbits(160):040x}",
            "sha256": f"{rng.getrandbits(256):064x}",
        }

    def findings(self, draft: Draft) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        for index, reason in enumerate(draft.reasons):
            found.append(
                {
                    "detection": draft.disposition,
                    "name": reason.split(":")[0],
                    "reason": reason,
                    "detail": None,
                    "field": "body" if draft.links else "headers",
                    "value": draft.links[0] if draft.links and index == 0 else draft.sender.address,
                    "portion": None,
                    "attachment": draft.attachments[0]["filename"] if draft.attachments else None,
                    "score": round(0.97 - index * 0.11, 2),
                }
            )
        return found

    def action(
        self, operation: str, when: datetime, folder: str | None = None, by: str = "Email Security"
    ) -> dict[str, Any]:
        """One entry of a message's action log."""
        items = self.items.get("action_log", {})
        fields = self.api.schemas.properties(items)
        chosen = self.fill.first(fields["operation"], (operation,)) if "operation" in fields else operation
        properties = {"folder": folder, "requested_by": by} if folder else {"requested_by": by}
        return {
            "completed_at": timestamp(when),
            "operation": chosen,
            "status": "Success",
            "properties": properties,
        }

    def operation(self, name: str) -> str:
        """A post-delivery operation's value as the spec spells it."""
        items = self.items.get("post_delivery_operations")
        return self.fill.first(items, (name,)) if items is not None and self.fill.enum(items) else name

    def delivery(self, status: str) -> str:
        items = self.items.get("delivery_status")
        return status if items is None or self.fill.allows(items, status) else self.fill.enum(items)[0]

    def _status(self, kind: words.Kind, rng: random.Random) -> str:
        items = self.items.get("delivery_status")
        if items is None or not self.fill.enum(items):
            return max(kind.delivery, key=kind.delivery.__getitem__)
        return str(self.fill.pick(items, kind.delivery, rng, words.DELIVERY_STATUSES))

    def _mode(self, mode: str | None) -> str | None:
        schema = self._fields.get("delivery_mode")
        if schema is None:
            return mode
        return (
            mode
            if mode is not None and self.fill.allows(schema, mode)
            else self.fill.first(schema, ("DIRECT",))
        )

    def _properties(self, draft: Draft, rng: random.Random) -> dict[str, Any]:
        allowed = draft.disposition == "NONE" and draft.sender in words.PARTNERS and rng.random() < 0.3
        kind = self._allowlisted if allowed else None
        return {
            "allowlisted_pattern": draft.sender.address.rsplit("@", 1)[-1] if allowed else None,
            "allowlisted_pattern_type": kind,
            "whitelisted_pattern_type": kind,
            "blocklisted_message": False,
            "blocklisted_pattern": None,
        }

    @staticmethod
    def _values(rng: random.Random, when: datetime) -> Values:
        return Values(rng, when)

    # ----- submissions and reports -----------------------------------------------------------------

    def submission(
        self,
        message: Mapping[str, Any],
        requested: str | None,
        when: datetime,
        rng: random.Random,
        **fields: Any,
    ) -> Entry:
        """A request to reclassify `message` as `requested`, made `when` (by the team unless `fields`
        say otherwise)."""
        assert self.submissions is not None and self.submissions.entity is not None
        schema = self.submissions.fields.get("original_disposition")
        original = message.get("final_disposition")
        if schema is not None and not self.fill.allows(schema, original):
            original = None
        given = {
            "submission_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "type": self._submitter("Team"),
            "subject": message.get("subject"),
            "requested_at": timestamp(when),
            "requested_by": "secops@"
            + str((message.get("client_recipients") or ["@example.com"])[0]).rsplit("@", 1)[-1],
            "requested_disposition": requested,
            "original_disposition": original,
            "outcome_disposition": None,
            "outcome": None,
            "status": "pending",
            "customer_status": self._review("unreviewed"),
            "original_postfix_id": message.get("postfix_id"),
            "original_edf_hash": message.get("edf_hash"),
            **fields,
        }
        entry = self.fill.object(self.submissions.entity, given)
        entry["id"] = entry[self.submissions.key]
        entry[MAIL] = {
            "message": message.get("id"),
            "escalated_from_user": given.get("escalated_by") is not None,
        }
        return entry

    def seeded_submission(self, message: Mapping[str, Any], rng: random.Random) -> Entry:
        """One of the mailbox's past submissions: users reporting phish that got through, the team
        reporting mail quarantined by mistake; most already reviewed."""
        scanned = datetime.fromisoformat(str(message.get("scanned_at")).replace("Z", "+00:00"))
        when = scanned + timedelta(minutes=rng.randint(10, 2000))
        clean = message.get("final_disposition") in ("NONE", "BULK")
        requested = "NONE" if not clean else rng.choice(("MALICIOUS", "SPAM", "SUSPICIOUS"))
        by_user = rng.random() < 0.6
        reviewed = rng.random() < 0.7
        user = str((message.get("client_recipients") or ["someone@example.com"])[0])
        fields: dict[str, Any] = {
            "customer_status": self._review("reviewed" if reviewed else "unreviewed"),
            "status": "completed" if reviewed else "pending",
            "outcome_disposition": requested if reviewed and rng.random() < 0.6 else None,
        }
        if reviewed:
            fields["outcome"] = "Reclassified" if fields["outcome_disposition"] else "No change"
            if fields["outcome_disposition"] is None:
                fields["outcome_disposition"] = self._disposition(message.get("final_disposition"))
        if by_user:
            fields |= {"type": self._submitter("User"), "requested_by": user}
            if rng.random() < 0.25:  # escalated to the security team
                fields |= {
                    "customer_status": self._review("escalated"),
                    "escalated_as": requested,
                    "escalated_at": timestamp(when + timedelta(minutes=rng.randint(5, 300))),
                    "escalated_by": user,
                    "escalated_submission_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                }
        return self.submission(message, requested, when, rng, **fields)

    def report(self, number: int, message: Mapping[str, Any], rng: random.Random) -> Entry:
        """A PhishGuard report on one of the worst messages."""
        assert self.reports is not None and self.reports.entity is not None
        disposition = str(message.get("final_disposition"))
        recipients = list(message.get("client_recipients") or [])
        first = str((message.get("to_name") or ["the team"])[0]).split()[0]
        brand = str(message.get("from_name") or "a known brand")
        occurred = str(message.get("scanned_at"))
        created = datetime.fromisoformat(occurred.replace("Z", "+00:00")) + timedelta(
            minutes=rng.randint(20, 240)
        )
        threats = list(message.get("threat_categories") or [])
        given = {
            "id": number,
            "title": words.REPORT_TITLES[disposition].format(brand=brand, first=first),
            "content": (
                f"PhishGuard found a message from {message.get('from')} to {', '.join(recipients)} "
                f"({message.get('subject')!r}). {' '.join(message.get('detection_reasons') or [])}"
            ),
            "priority": words.PRIORITIES.get(disposition, "low"),
            "disposition": disposition,
            "fields": {
                "to": recipients,
                "from": message.get("from"),
                "occurred_at": occurred,
                "postfix_id": message.get("postfix_id"),
            },
            "tags": [{"category": "threat", "value": threat} for threat in threats]
            + [{"category": "postfix_id", "value": str(message.get("postfix_id"))}],
            "created_at": timestamp(created),
            "updated_at": timestamp(created + timedelta(minutes=rng.randint(0, 90))),
        }
        return self.fill.object(self.reports.entity, given)

    def _submitter(self, value: str) -> str | None:
        schema = self.submissions.fields.get("type") if self.submissions is not None else None
        return value if schema is None or self.fill.allows(schema, value) else None

    def _review(self, value: str) -> str | None:
        schema = self.submissions.fields.get("customer_status") if self.submissions is not None else None
        return value if schema is None or self.fill.allows(schema, value) else None

    def _disposition(self, value: Any) -> Any:
        schema = self.submissions.fields.get("outcome_disposition") if self.submissions is not None else None
        return value if schema is None or self.fill.allows(schema, value) else None
