"""The mail an account's Email Security has processed, and what can be done to it: searched, moved,
released, reclassified. Behaviour only: the messages' shapes are the spec's (`_mail_seed`), the
requests' and answers' too (`_mail_handlers`).

Search: each list filter of the messages means what its description says, where its name is not a
field it compares (`MESSAGE_MATCHERS`); the others are the spec's (`_query`). A bulk job's
`search_params` select messages with the same code.

Actions change a message as the real API would show it:
- move: a message in a mailbox (delivered, or moved before) goes to the folder asked for; its
  delivery status becomes `moved`, its action log and post-delivery operations say MOVE. A message
  in no mailbox (quarantined, rejected, bounced, deferred, queued) is not moved: the result says
  `success: false` for each recipient. One whose earlier move failed (`move_failed`) fails again
  (its mailbox refuses moves), so jobs and scripts meet failures too.
- release: a quarantined message is delivered to every recipient (`delivered`, no longer
  quarantined, QUARANTINE_RELEASE); releasing one that is not quarantined changes nothing and lists
  its recipients under `undelivered` (no error: the request as a whole is valid).
- reclassify: records a submission by the security team asking for the disposition given (listed
  by `submissions`); the verdict itself changes only once the submission is reviewed, as upstream
  handles it asynchronously, so the message keeps its `final_disposition`. With
  `escalated_submission_id` naming a user's submission, that one records the team's (an id the fake
  does not know is let through: it may be older than the fake's mail).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timezone
from typing import Any, cast

from . import _mail_words as words
from ._mail_render import folder, hidden, put
from ._mail_seed import Draft, MailGenerator, MailSeed, Recipient, timestamp
from ._query import Entry, Matcher, Matchers, Predicate, select, terms_matcher, texts
from .models import Backend, Clock, Store
from .spec import Api, Resource

MAILBOX_VERBS = ("move", "move_many", "release", "reclassify")  # the resource with these holds the mail
IN_A_MAILBOX = ("delivered", "moved", "move_failed")  # statuses of a message its recipients have
REQUESTED_BY = "API"


def _address_or_domain(fields: Sequence[str]) -> Matcher:
    """An address matches itself; a domain matches its addresses and its subdomains'."""

    def matcher(value: Any) -> Predicate:
        wanted = str(value).casefold()

        def keeps(entry: Entry) -> bool:
            for text in texts(entry, fields):
                if "@" in wanted:
                    if text == wanted:
                        return True
                else:
                    domain = text.rsplit("@", 1)[-1]
                    if domain == wanted or domain.endswith(f".{wanted}"):
                        return True
            return False

        return keeps

    return matcher


def _named_domain(value: Any) -> Predicate:
    """The sender's, a recipient's or a link's domain (or a subdomain of it)."""
    addresses = _address_or_domain(("from", "envelope_from", "to", "envelope_to", "client_recipients"))(value)
    wanted = str(value).casefold()

    def keeps(entry: Entry) -> bool:
        if addresses(entry):
            return True
        for link in hidden(entry).get("links", ()):
            host = re.sub(r"^[a-z]+://", "", str(link).casefold()).split("/", 1)[0]
            if host == wanted or host.endswith(f".{wanted}"):
                return True
        return False

    return keeps


def _words(field: str) -> Matcher:
    """Every word of the value is a word of the field, in any order."""

    def matcher(value: Any) -> Predicate:
        wanted = set(re.findall(r"\w+", str(value).casefold()))
        return lambda entry: wanted <= set(re.findall(r"\w+", str(entry.get(field) or "").casefold()))

    return matcher


def _same(field: str, *, fold: bool = False, strip: str = "") -> Matcher:
    def matcher(value: Any) -> Predicate:
        def norm(text: Any) -> str:
            found = str(text).strip(strip)
            return found.casefold() if fold else found

        wanted = norm(value)
        return lambda entry: entry.get(field) is not None and norm(entry[field]) == wanted

    return matcher


def _action(value: Any) -> Predicate:
    """A search's action (MOVED, QUARANTINE_RELEASED) is the post-delivery operation it starts with
    (MOVE, QUARANTINE_RELEASE): the API spells the two differently."""
    wanted = str(value)

    def keeps(entry: Entry) -> bool:
        return any(wanted.startswith(str(done)) for done in entry.get("post_delivery_operations") or ())

    return keeps


def _detected(value: Any) -> Predicate:
    return (lambda entry: entry.get("final_disposition") not in (None, "NONE")) if value else (lambda _: True)


def _submitted(value: Any) -> Predicate:
    return lambda entry: bool(entry.get("is_phish_submission")) == bool(value)


def _everything(_: Any) -> Predicate:
    return lambda _entry: True


def _searched_texts(entry: Entry) -> Iterable[str]:
    yield from texts(
        entry, ("from", "from_name", "to", "client_recipients", "subject", "message_id", "id", "postfix_id")
    )
    for attachment in hidden(entry).get("attachments", ()):
        yield from texts(attachment, ("filename", "md5", "sha1", "sha256"))


# What the messages' search parameters mean where their names are not the fields they compare (a bulk
# job's search_params use the same names, and a few of their own).
MESSAGE_MATCHERS: dict[str, Matcher] = {
    "sender": _address_or_domain(("from", "envelope_from")),
    "recipient": _address_or_domain(("to", "envelope_to", "client_recipients")),
    "domain": _named_domain,
    "subject": _words("subject"),
    "exact_subject": _same("subject"),
    "query": terms_matcher(_searched_texts),
    "message_id": _same("message_id", fold=True, strip="<> "),
    "smtp_helo_ip": _same("smtp_helo_server_ip"),
    "message_action": _action,
    "detections_only": _detected,
    "submissions": _submitted,
    "metric": _everything,  # aggregation, which the fake does not do
    "action_log": _everything,
}
# The submissions' filters that are not the field of their name: the review status is
# `customer_status`, `type` is spelt TEAM/USER in the filter and Team/User in results.
SUBMISSION_MATCHERS: dict[str, Matcher] = {
    "status": _same("customer_status", fold=True),
    "type": _same("type", fold=True),
    "escalated_from_user": lambda value: lambda entry: (entry.get("escalated_by") is not None) == bool(value),
}


class Mailbox:
    """Each account's mail: seeded on first use, searched, and changed by the actions."""

    def __init__(self, api: Api, backend: Backend, seed: MailSeed, clock: Clock) -> None:
        self.api = api
        self.backend = backend
        self.seed = seed
        self.clock = clock
        self.generator: MailGenerator = MailGenerator(api)
        self.resource: Resource | None = next(
            (
                resource
                for resource in api.resources.values()
                if set(MAILBOX_VERBS) & set(resource.operations)
            ),
            None,
        )
        self.submissions: Resource | None = self.generator.submissions
        self.rng: random.Random = random.Random(f"actions:{seed.seed}")
        self._checked = False

    def matchers(self) -> dict[str, Matchers]:
        """The resources' filters whose meaning is behaviour, by resource name."""
        found: dict[str, Matchers] = {}
        if self.resource is not None:
            found[self.resource.name] = MESSAGE_MATCHERS
        if self.submissions is not None:
            found[self.submissions.name] = SUBMISSION_MATCHERS
        return found

    # ----- seeding ---------------------------------------------------------------------------------

    def seeded_resources(self) -> frozenset[str]:
        """The resources the mailbox seeds: asking for one of them makes the account's mail."""
        found = [self.resource, self.submissions, self.generator.reports]
        return frozenset(resource.name for resource in found if resource is not None)

    def populate(self, account_id: str, stores: Mapping[str, Store]) -> None:
        """Fill a new account's mail resources from the seed (the Backend calls this on first use). A
        resource the fake's `seed` names holds the seed's entries only; if it names the messages, no
        mail is made at all (submissions and reports are made of the messages)."""
        named = set(self.backend.seed)
        if self.resource is None or self.resource.name in named:
            return
        domains = [entry for entry in stores["domains"].ordered()] if "domains" in stores else []
        found = self.generator.mailbox(self.seed, account_id, self.clock(), domains)
        for name, entries in found.items():
            store = stores.get(name)
            if store is None or name in named:
                continue
            for entry in entries:  # new dicts: no copy needed (5,000 messages in well under a second)
                store.entries[entry["id"]] = entry
            if not store.uuid_ids:
                store.next_id = max(store.entries, default=0) + 1
        if not self._checked:  # one of each, against the spec: a realism the spec refuses fails here
            self._checked = True
            for name, entries in found.items():
                if entries and name not in named:
                    resource = self.api.resources[name]
                    self.api.validator.check(
                        resource.entity, self.backend.wire(resource, entries[0]), name, request=False
                    )

    def messages(self, account_id: str) -> Store:
        assert self.resource is not None, "the served spec has no mail"
        return self.backend.store(account_id, self.resource.name)

    def message(self, account_id: str, message_id: Any) -> Entry:
        assert self.resource is not None
        return self.backend.existing(self.resource, self.messages(account_id), message_id)

    # ----- search ----------------------------------------------------------------------------------

    def search(self, account_id: str, params: Mapping[str, Any]) -> list[Entry]:
        """The messages a bulk job's `search_params` select, newest first (the list's own order)."""
        assert self.resource is not None
        rules = self.resource.filters
        values = {name: value for name, value in params.items() if value is not None}
        predicates = select(self.resource, rules, values, MESSAGE_MATCHERS, self.clock)
        found = [
            message
            for message in self.messages(account_id).entries.values()
            if all(p(message) for p in predicates)
        ]
        found.sort(key=newest_first)
        return found

    # ----- actions ---------------------------------------------------------------------------------

    def move(self, message: Entry, destination: str, by: str = REQUESTED_BY) -> list[dict[str, Any]]:
        """Move a message to a folder of its recipients' mailboxes; the outcome per recipient."""
        now = self.clock()
        statuses = list(message.get("delivery_status") or [])
        if folder(message) is None:
            outcome: tuple[bool, str] = (
                False,
                f"Failed: the message is in no mailbox ({', '.join(statuses)})",
            )
        elif "move_failed" in statuses:
            outcome = (False, "Failed: the mailbox refused the move")
        else:
            outcome = (True, "Success")
            put(message, destination)
            message["delivery_status"] = [self._status("moved")]
            self._record(message, "MOVE", "MOVE", now, folder=destination, by=by)
        return [
            {
                "success": outcome[0],
                "status": outcome[1],
                "operation": "MOVE",
                "destination": destination,
                "recipient": recipient,
                "message_id": message["id"],
                "completed_at": timestamp(now),
                "item_count": 1 if outcome[0] else 0,
            }
            for recipient in cast("list[str]", message.get("client_recipients") or [])
        ]

    def can_move(self, message: Entry) -> bool:
        return folder(message) is not None and not message.get("is_phish_submission")

    def can_release(self, message: Entry) -> bool:
        return bool(message.get("is_quarantined")) and not message.get("is_phish_submission")

    def release(self, message: Entry, by: str = REQUESTED_BY) -> dict[str, Any]:
        """Deliver a quarantined message to its recipients; which it reached and which it did not."""
        recipients = list(message.get("client_recipients") or [])
        if not message.get("is_quarantined"):
            return {"id": message["id"], "delivered": [], "undelivered": recipients, "failed": []}
        now = self.clock()
        message["is_quarantined"] = False
        message["delivery_status"] = [self._status("delivered")]
        put(message, "Inbox")
        self._record(message, "RELEASE", "QUARANTINE_RELEASE", now, by=by)
        return {"id": message["id"], "delivered": recipients, "undelivered": [], "failed": []}

    def reclassify(
        self, account_id: str, message: Entry, disposition: str, escalated_from: str | None = None
    ) -> Entry | None:
        """Record the team's request to reclassify a message: a submission, listed from now on (where
        the served spec lists submissions; without them, the message's log alone records it)."""
        now = self.clock()
        if self.submissions is None:
            self._record(message, "RECLASSIFY", "SUBMISSION", now, by=REQUESTED_BY)
            return None
        store = self.backend.store(account_id, self.submissions.name)
        user = store.entries.get(escalated_from) if escalated_from is not None else None
        submission = self.generator.submission(message, disposition, now, self.rng)
        store.entries[submission["id"]] = submission
        if user is not None:
            user["escalated_submission_id"] = submission["id"]
            user["escalated_as"] = user.get("escalated_as") or disposition
            user["escalated_at"] = user.get("escalated_at") or timestamp(now)
        self._record(message, "RECLASSIFY", "SUBMISSION", now, by=REQUESTED_BY)
        return submission

    def preview(self, message: Entry) -> None:
        """Note that the message was looked at in its recipient's mailbox."""
        self._record(message, "PREVIEW", "PREVIEW", self.clock(), by=REQUESTED_BY)

    def _record(
        self,
        message: Entry,
        logged: str,
        operation: str,
        when: datetime,
        *,
        folder: str | None = None,
        by: str,
    ) -> None:
        log = message.get("action_log")
        if isinstance(log, list):
            entry = self.generator.action(logged, when, folder, by)
            items = self.api.schemas.merged(self.generator.items.get("action_log", {}))
            cast("list[object]", log).append(self.generator.fill.object(items, entry))
        done = message.get("post_delivery_operations")
        value = self.generator.operation(operation)
        if isinstance(done, list) and value not in done:
            cast("list[object]", done).append(value)
        elif done is None and "post_delivery_operations" in (self.resource.fields if self.resource else {}):
            message["post_delivery_operations"] = [value]

    def _status(self, status: str) -> str:
        return self.generator.delivery(status)

    # ----- messages made by tests ------------------------------------------------------------------

    def deliver(self, account_id: str, **given: Any) -> Entry:
        """A message delivered now (see FakeEmailSecurity.deliver), stored and returned."""
        assert self.resource is not None and self.resource.entity is not None
        store = self.messages(account_id)
        rng = random.Random(f"deliver:{self.seed.seed}:{account_id}:{len(store.entries)}")
        domains = (
            self.backend.store(account_id, "domains").ordered() if "domains" in self.api.resources else []
        )
        people = self.generator.people(domains)
        now = self.clock()
        draft = self.generator.draft(rng, now, people)
        disposition = given.pop("disposition", given.pop("final_disposition", "NONE"))
        kind = words.KINDS.get(str(disposition), words.COLLEAGUE if disposition == "NONE" else words.OTHER)
        sender = str(given.pop("sender", draft.sender.address))
        recipients = given.pop("recipients", None) or [people[0].address]
        if isinstance(recipients, str):
            recipients = [recipients]
        statuses = given.pop("delivery_status", None) or [
            "quarantined" if disposition in ("MALICIOUS", "MALICIOUS-BEC", "SPOOF") else "delivered"
        ]
        if isinstance(statuses, str):
            statuses = [statuses]
        when = given.pop("scanned_at", now)
        scanned = (
            when if isinstance(when, datetime) else datetime.fromisoformat(str(when).replace("Z", "+00:00"))
        )
        known = {person.address: person for person in people}
        draft = Draft(
            disposition=disposition,
            sender=words.Sender(
                given.pop("sender_name", ""),
                sender,
                sender,
                draft.sender.ip,
                draft.sender.as_name,
                draft.sender.as_number,
                draft.sender.geo,
            ),
            sender_name=str(given.pop("from_name", "")),
            recipients=[
                known.get(address)
                or Recipient(address.split("@")[0], address, address.rsplit("@", 1)[-1], None)
                for address in recipients
            ],
            subject=str(given.pop("subject", draft.subject)),
            scanned_at=scanned.astimezone(timezone.utc),
            statuses=list(statuses),
            reasons=list(kind.reasons) if disposition != "NONE" else [],
            threats=list(kind.threats) if disposition != "NONE" else [],
            auth=kind.auth,
            body=str(given.pop("body", draft.body)),
            links=list(given.pop("links", draft.links if disposition != "NONE" else [])),
            attachments=[
                self.generator.attachment(name, _content_type(name), disposition, rng)
                for name in given.pop("attachments", [])
            ],
        )
        if {"quarantined", "rejected", "bounced", "deferred", "queued"} & set(statuses):
            draft.folder = None
        elif "moved" in statuses:
            draft.folder = given.pop("folder", words.MOVED_TO_DEFAULT)
        else:
            draft.folder = "Inbox"
        message = self.generator.message(draft, rng, **given)
        try:
            self.api.validator.check(
                self.resource.entity, self.backend.wire(self.resource, message), "message", request=False
            )
        except Exception as error:
            raise ValueError(f"deliver(): {error}") from None
        if message["id"] in store.entries:
            raise ValueError(f"deliver(): a message with id {message['id']!r} exists already")
        store.entries[message["id"]] = message
        return message


def _content_type(name: str) -> str:
    suffix = name.rsplit(".", 1)[-1].lower()
    return {
        "pdf": "application/pdf",
        "html": "text/html",
        "htm": "text/html",
        "zip": "application/zip",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    }.get(suffix, "application/octet-stream")


def newest_first(message: Entry) -> tuple[str, str]:
    """The messages' order: by scan time, then id; lists sort by it descending."""
    return (str(message.get("scanned_at") or ""), str(message["id"]))
