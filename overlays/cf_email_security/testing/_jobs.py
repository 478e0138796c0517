"""Bulk jobs: a search's messages moved or released in the background, step by step.

A job advances one step each time its `get` is answered (the poll a `wait()` makes), or when a test
calls `FakeEmailSecurity.advance_jobs()`, so a run is deterministic whatever the clock:

1. PENDING -> DISCOVERING: it starts (`started_at`).
2. DISCOVERING -> PROCESSING: the search runs now (newest first); each message found is pending, or
   skipped where the job cannot act on it (a move: in no mailbox or a phish submission; a release:
   not quarantined or a phish submission).
3. PROCESSING: `batch` pending messages handled per step, as `investigate.move` and `release` would
   handle them (a failed move counts as failed); when none is pending, COMPLETED, or FAILED where
   every message acted on failed.

CANCELLED from any of the first three states: the pending messages are counted cancelled. At every
moment total_messages_discovered = pending + successful + failed + skipped + cancelled. Only ended
jobs (COMPLETED, FAILED, CANCELLED) can be deleted; cancelling an ended one answers 409, except a
cancelled one, which is returned as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from ._fill import Filler
from ._mail_seed import timestamp
from .mailbox import Mailbox
from .models import Backend, Clock, Conflict, Entry, Store
from .spec import Api, Operation, Resource

JOB = "_job"  # a job's hidden part: its messages and what it does to each
RUNNING = ("PENDING", "DISCOVERING", "PROCESSING")
DEFAULT_BATCH = 100  # messages a job handles per step
COUNTERS = (
    "messages_pending",
    "messages_successful",
    "messages_failed",
    "messages_skipped",
    "messages_cancelled",
)


def job_resource(api: Api) -> Resource | None:
    """The resource of long-running jobs: the one whose `get` says how to wait for it (`x-sdk-wait`)."""
    for resource in api.resources.values():
        get = resource.operations.get("get")
        if get is not None and "x-sdk-wait" in get.extensions:
            return resource
    return None


class Jobs:
    """Every account's bulk jobs, and how they advance."""

    def __init__(
        self, api: Api, backend: Backend, mailbox: Mailbox, clock: Clock, batch: int = DEFAULT_BATCH
    ) -> None:
        if batch < 1:
            raise ValueError("a job must handle at least one message per step")
        self.api = api
        self.backend = backend
        self.mailbox = mailbox
        self.clock = clock
        self.batch = batch
        self.resource: Resource | None = job_resource(api)
        self.fill: Filler = Filler(api.schemas)

    def store(self, account_id: str) -> Store:
        assert self.resource is not None
        return self.backend.store(account_id, self.resource.name)

    def create(self, account_id: str, body: Mapping[str, Any]) -> Entry:
        """A new job, PENDING, for the validated request `body`."""
        assert self.resource is not None and self.resource.entity is not None
        store = self.store(account_id)
        action = str(body["action"])
        destination = body.get("destination")
        params: dict[str, Any] = {"type": action}
        if destination is not None:
            params["destination"] = destination
        if body.get("expected_disposition") is not None:
            params["expected_disposition"] = body["expected_disposition"]
        job_id = store.allocate(self.backend.rng)
        given = {
            self.resource.key: job_id,
            "action_type": action,
            "action_params": params,
            "search_params": dict(body.get("search_params") or {}),
            "status": "PENDING",
            "status_message": None,
            "comment": body.get("comment"),
            "created_at": timestamp(self.clock()),
            "started_at": None,
            "completed_at": None,
            "total_messages_discovered": 0,
            **dict.fromkeys(COUNTERS, 0),
        }
        job = self.fill.object(self.resource.entity, given)
        job["id"] = job_id
        job[JOB] = {"messages": [], "account": account_id}
        store.entries[job_id] = job
        return job

    def advance(self, job: Entry, steps: int = 1) -> Entry:
        """Move a job on by `steps` (see the module's docstring); an ended job stays as it is."""
        for _ in range(steps):
            status = job["status"]
            if status == "PENDING":
                job["status"] = "DISCOVERING"
                job["started_at"] = timestamp(self.clock())
            elif status == "DISCOVERING":
                self._discover(job)
            elif status == "PROCESSING":
                self._process(job)
            else:
                break
        return job

    def cancel(self, job: Entry) -> Entry:
        status = job["status"]
        if status == "CANCELLED":
            return job
        if status not in RUNNING:
            raise Conflict(f"bulk job {job['id']} has ended ({status}): there is nothing to cancel")
        cancelled = 0
        for record in _records(job):
            if record["status"] == "PENDING":
                record["status"] = "CANCELLED"
                record["status_message"] = "Cancelled before it was handled"
                cancelled += 1
        job["messages_cancelled"] += cancelled
        job["messages_pending"] -= cancelled
        job["status"] = "CANCELLED"
        job["status_message"] = f"Cancelled by request; {cancelled} messages were left alone"
        job["completed_at"] = timestamp(self.clock())
        return job

    def delete(self, store: Store, job: Entry) -> None:
        if job["status"] in RUNNING:
            raise Conflict(f"bulk job {job['id']} is still running ({job['status']}): cancel it first")
        del store.entries[job["id"]]

    def known(self, job: Entry, account_id: str) -> Entry:
        """The job with its hidden part: a job a seed brought gets one (no messages found yet)."""
        job.setdefault(JOB, {"messages": [], "account": account_id})
        return job

    def advance_all(self, account_id: str, steps: int | None) -> list[Entry]:
        """Every job of an account moved on by `steps`, or until it ends when `steps` is None."""
        jobs = [self.known(job, account_id) for job in self.store(account_id).entries.values()]
        for job in jobs:
            if steps is None:
                while job["status"] in RUNNING:
                    self.advance(job)
            else:
                self.advance(job, steps)
        return jobs

    # ----- what a job's messages look like ---------------------------------------------------------

    def message_records(self, job: Entry) -> list[Entry]:
        """The job's messages as stored (status, when handled), in the order found."""
        return _records(job)

    def wire_message(self, job: Entry, record: Entry, operation: Operation) -> Entry:
        """One message of a job as `list_messages` sends it."""
        account = str(job[JOB]["account"])
        message = self.mailbox.message(account, record["message"])
        assert self.mailbox.resource is not None
        params: dict[str, Any] = {"type": job["action_type"], "client_recipient": record["recipient"]}
        action = cast("Mapping[str, Any]", job.get("action_params") or {})
        for name in ("destination", "expected_disposition"):
            if action.get(name) is not None:
                params[name] = action[name]
        given = {
            "message_id": message["id"],
            "postfix_id": message.get("postfix_id"),
            "email_message_id": message.get("message_id"),
            "alert_id": message.get("alert_id"),
            "action_type": job["action_type"],
            "action_params": params,
            "status": record["status"],
            "status_message": record.get("status_message"),
            "retry_count": 0,
            "retry_after": None,
            "created_at": record["created_at"],
            "processed_at": record.get("processed_at"),
            "message": self.backend.wire(self.mailbox.resource, message),
        }
        schema = item_schema(self.api, operation)
        return self.fill.object(schema, given) if schema is not None else given

    # ----- the steps -------------------------------------------------------------------------------

    def _discover(self, job: Entry) -> None:
        account = str(job[JOB]["account"])
        found = self.mailbox.search(account, cast("Mapping[str, Any]", job.get("search_params") or {}))
        now = timestamp(self.clock())
        moving = job["action_type"] == "MOVE"
        records: list[Entry] = []
        for message in found:
            able = self.mailbox.can_move(message) if moving else self.mailbox.can_release(message)
            record: Entry = {
                "message": message["id"],
                "recipient": (message.get("client_recipients") or [""])[0],
                "status": "PENDING" if able else "SKIPPED",
                "status_message": None if able else _why_skipped(message, moving),
                "created_at": now,
                "processed_at": None if able else now,
            }
            records.append(record)
        job[JOB]["messages"] = records
        job["total_messages_discovered"] = len(records)
        job["messages_pending"] = sum(record["status"] == "PENDING" for record in records)
        job["messages_skipped"] = len(records) - job["messages_pending"]
        job["status"] = "PROCESSING"

    def _process(self, job: Entry) -> None:
        account = str(job[JOB]["account"])
        pending = [record for record in _records(job) if record["status"] == "PENDING"][: self.batch]
        destination = str(cast("Mapping[str, Any]", job.get("action_params") or {}).get("destination") or "")
        for record in pending:
            message = self.mailbox.message(account, record["message"])
            if job["action_type"] == "MOVE":
                outcome = self.mailbox.move(message, destination, by="bulk job")
                ok = bool(outcome) and all(result["success"] for result in outcome)
                problem = next((str(result["status"]) for result in outcome if not result["success"]), "")
            else:
                released = self.mailbox.release(message, by="bulk job")
                ok = not released["undelivered"] and not released["failed"]
                problem = "Failed: not delivered to " + ", ".join(
                    released["undelivered"] or released["failed"]
                )
            record["status"] = "COMPLETED" if ok else "FAILED"
            record["status_message"] = None if ok else problem
            record["processed_at"] = timestamp(self.clock())
            job["messages_pending"] -= 1
            job["messages_successful" if ok else "messages_failed"] += 1
        if not any(record["status"] == "PENDING" for record in _records(job)):
            # A job a seed brought may count pending messages it has no record of: the fake cannot act
            # on those, so they count as skipped, and the counters still add up.
            job["messages_skipped"] += job["messages_pending"]
            job["messages_pending"] = 0
            failed = job["messages_failed"] > 0 and job["messages_successful"] == 0
            job["status"] = "FAILED" if failed else "COMPLETED"
            job["status_message"] = (
                f"Every one of the {job['messages_failed']} messages failed" if failed else None
            )
            job["completed_at"] = timestamp(self.clock())


def _records(job: Entry) -> list[Entry]:
    return cast("list[Entry]", job[JOB]["messages"])


def _why_skipped(message: Entry, moving: bool) -> str:
    if message.get("is_phish_submission"):
        return "Skipped: a phish submission, not a message in a mailbox"
    statuses = ", ".join(message.get("delivery_status") or [])
    return f"Skipped: in no mailbox ({statuses})" if moving else f"Skipped: not quarantined ({statuses})"


def item_schema(api: Api, operation: Operation) -> Mapping[str, Any] | None:
    """The schema of one item of a list operation's `result`."""
    if operation.result is None or "items" not in operation.result:
        return None
    return api.schemas.merged(operation.result["items"])
