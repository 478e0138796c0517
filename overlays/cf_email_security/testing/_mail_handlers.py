"""The mail's operations over HTTP: each request read and checked against the spec, the mailbox or the
jobs asked, the answer in the envelope. Registered on `Responses` for the resources that hold the mail
(the one with move and release) and the jobs (the one whose `get` says how to wait for it), by the
spec's kinds of operation (`x-sdk-method`).

Errors, beyond the spec's request checks: an unknown message, job or submission id is a 404; a body
naming several messages with one unknown changes none of them; a MOVE job without `destination` is a
400 (the spec's `x-sdk-required-when`, read by `validate`); deleting a running job, or cancelling one
that has ended, is a 409.
`preview` (the screenshot taken in the recipient's mailbox) of a message in no mailbox is a 404, as
the description says it works only while the message is there.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from . import _mail_render as render
from ._jobs import Jobs
from .mailbox import Mailbox
from .models import Entry, NotFound
from .responses import CODE_NOT_FOUND, ApiError, Call, Handler, Reply, Responses


class MailHandlers:
    """Handlers for the mail's and the jobs' operations."""

    def __init__(self, responses: Responses, mailbox: Mailbox, jobs: Jobs) -> None:
        self.responses = responses
        self.mailbox = mailbox
        self.jobs = jobs

    def register(self) -> None:
        """Add the handlers (and the filters' meanings) to `responses`."""
        found: dict[tuple[str, str], Handler] = {}
        if self.mailbox.resource is not None:
            name = self.mailbox.resource.name
            for verb, handler in {
                "get": self.get,
                "get_detections": self.get_detections,
                "get_preview": self.get_preview,
                "get_raw": self.get_raw,
                "get_trace": self.get_trace,
                "preview": self.preview,
                "move": self.move,
                "move_many": self.move_many,
                "release": self.release,
                "reclassify": self.reclassify,
            }.items():
                found[(name, verb)] = handler
        if self.jobs.resource is not None and self.mailbox.resource is not None:
            name = self.jobs.resource.name
            for verb, handler in {
                "create": self.create_job,
                "get": self.get_job,
                "cancel": self.cancel_job,
                "delete": self.delete_job,
                "list_messages": self.job_messages,
            }.items():
                found[(name, verb)] = handler
        self.responses.overrides.update(found)
        self.responses.matchers.update(self.mailbox.matchers())

    # ----- messages --------------------------------------------------------------------------------

    def _message(self, call: Call, message_id: Any = None) -> Entry:
        wanted = self.responses.entry_id(call) if message_id is None else message_id
        return self.mailbox.message(call.account_id, wanted)

    def _wire(self, message: Entry) -> Entry:
        assert self.mailbox.resource is not None
        return self.responses.backend.wire(self.mailbox.resource, message)

    def get(self, call: Call) -> Reply:
        """A message; `submission=true` looks among phish submissions only, otherwise among the rest."""
        wanted = self.responses.parameters(call).get("submission") is True
        message = self._message(call)
        if bool(message.get("is_phish_submission")) != wanted:
            raise NotFound(call.resource.name, message["id"])
        return self.responses.reply(call, self._wire(message))

    def get_detections(self, call: Call) -> Reply:
        return self._shaped(call, render.detections(self._message(call)))

    def get_preview(self, call: Call) -> Reply:
        return self._shaped(call, {"screenshot": render.screenshot(self._message(call))})

    def get_raw(self, call: Call) -> Reply:
        return self._shaped(call, {"raw": render.raw_source(self._message(call))})

    def get_trace(self, call: Call) -> Reply:
        return self._shaped(call, render.trace(self._message(call)))

    def preview(self, call: Call) -> Reply:
        body = self.responses.body(call)
        message = self._message(call, body["id"])
        if render.folder(message) is None:
            statuses = ", ".join(message.get("delivery_status") or [])
            raise ApiError(
                404,
                CODE_NOT_FOUND,
                f"message {message['id']} is in no mailbox ({statuses}): get_preview shows a message "
                "with a detection",
            )
        self.mailbox.preview(message)
        return self._shaped(call, {"screenshot": render.screenshot(message)})

    def move(self, call: Call) -> Reply:
        body = self.responses.body(call)
        message = self._message(call)
        return self._results(call, self.mailbox.move(message, str(body["destination"])))

    def move_many(self, call: Call) -> Reply:
        body = self.responses.body(call)
        messages = self._messages(
            call, [*body.get("ids", ()), *self._by_postfix(call, body.get("postfix_ids"))]
        )
        results = [
            result for message in messages for result in self.mailbox.move(message, str(body["destination"]))
        ]
        return self._results(call, results)

    def release(self, call: Call) -> Reply:
        body = self.responses.body(call)
        messages = self._messages(call, list(body["ids"]))
        return self._results(call, [self.mailbox.release(message) for message in messages])

    def reclassify(self, call: Call) -> Reply:
        body = self.responses.body(call)
        message = self._message(call)
        self.mailbox.reclassify(
            call.account_id, message, str(body["expected_disposition"]), body.get("escalated_submission_id")
        )
        return self.responses.reply(call, {})

    def _messages(self, call: Call, ids: list[Any]) -> list[Entry]:
        """Every message named, or a 404 before any is touched."""
        return [self._message(call, message_id) for message_id in dict.fromkeys(ids)]

    def _by_postfix(self, call: Call, postfix_ids: Any) -> list[Any]:
        """The ids of the messages the deprecated `postfix_ids` name."""
        if not postfix_ids:
            return []
        by_postfix = {
            message.get("postfix_id"): message["id"]
            for message in self.mailbox.messages(call.account_id).entries.values()
        }
        missing = [postfix for postfix in postfix_ids if postfix not in by_postfix]
        if missing:
            raise ApiError(404, CODE_NOT_FOUND, f"no message with postfix id {missing[0]}")
        return [by_postfix[postfix] for postfix in postfix_ids]

    def _shaped(self, call: Call, result: Mapping[str, Any]) -> Reply:
        """`result` as the operation's result schema has it (what it leaves out, filled)."""
        schema = call.operation.result
        shaped = self.mailbox.generator.fill.object(schema, result) if schema is not None else dict(result)
        return self.responses.reply(call, shaped)

    def _results(self, call: Call, results: list[dict[str, Any]]) -> Reply:
        schema = call.operation.result
        items = self.responses.api.schemas.merged(schema.get("items", {})) if schema is not None else None
        fill = self.mailbox.generator.fill
        return self.responses.reply(
            call, [fill.object(items, result) if items else result for result in results]
        )

    # ----- bulk jobs -------------------------------------------------------------------------------

    def _job(self, call: Call) -> Entry:
        assert self.jobs.resource is not None
        store = self.jobs.store(call.account_id)
        job = self.responses.backend.existing(self.jobs.resource, store, self.responses.entry_id(call))
        return self.jobs.known(job, call.account_id)

    def _wire_job(self, job: Entry) -> Entry:
        assert self.jobs.resource is not None
        return self.responses.backend.wire(self.jobs.resource, job)

    def create_job(self, call: Call) -> Reply:
        body = cast("dict[str, Any]", self.responses.body(call))  # checked: x-sdk-required-when too
        return self.responses.reply(call, self._wire_job(self.jobs.create(call.account_id, body)))

    def get_job(self, call: Call) -> Reply:
        """The job, one step further on: each poll moves it on (see `_jobs`)."""
        return self.responses.reply(call, self._wire_job(self.jobs.advance(self._job(call))))

    def cancel_job(self, call: Call) -> Reply:
        return self.responses.reply(call, self._wire_job(self.jobs.cancel(self._job(call))))

    def delete_job(self, call: Call) -> Reply:
        """The deleted job's id, under the name the result schema gives it (`id`, else the job's key)."""
        job = self._job(call)
        self.jobs.delete(self.jobs.store(call.account_id), job)
        assert self.jobs.resource is not None
        named = self.responses.api.schemas.properties(call.operation.result or {})
        return self.responses.reply(call, {"id" if "id" in named else self.jobs.resource.key: job["id"]})

    def job_messages(self, call: Call) -> Reply:
        """A page of the job's messages, in the order found, filtered by the operation's filters."""
        job = self._job(call)
        operation = call.operation
        schema = (
            self.responses.api.schemas.merged(operation.result.get("items", {})) if operation.result else None
        )
        filters = self.responses.api.filters(operation, schema)
        query = self.responses.query(call, filters=filters)
        records = [
            record
            for record in self.jobs.message_records(job)
            if all(keep(record) for keep in query.predicates)
        ]
        start = (query.page - 1) * query.per_page
        page = records[start : start + query.per_page]
        info = {
            "count": len(page),
            "page": query.page,
            "per_page": query.per_page,
            "total_count": len(records),
        }
        return self.responses.reply(
            call, [self.jobs.wire_message(job, record, operation) for record in page], info
        )
