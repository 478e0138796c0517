"""A stateful, in-memory stand-in for the Email Security API: moto, for this API.

    from cf_email_security.testing import FakeEmailSecurity

    fake = FakeEmailSecurity()                 # three domains, and 200 messages of mail
    with fake.client() as es:                  # an EmailSecurity on an httpx transport, no socket
        es.allow_policies.create(pattern="a@example.com", ...)
        es.investigate.list(sender="partner.example")
    fake.entries("allow_policies")             # what the fake now holds
    fake.deliver(sender="x@bad.example", subject="Invoice")   # a message of your own

Over HTTP for other processes: `with FakeServer(fake) as server: ... server.base_url`, or
`python -m cf_email_security.testing --port 8787`. It serves every operation of the spec the package
ships (or of `FakeEmailSecurity(spec=...)`), reading operations, shapes and rules from it at run time:
ids in order, every list filter, search, order and direction, `result_info`, atomic batches, the
Cloudflare envelope for errors (400 invalid body or query, 401 no credentials, 404 unknown id or route,
405). `Faults` injects rate limiting, server errors and latency, deterministically.

Layout, as moto's: `spec` reads the document, `validate` checks values against its schemas, `urls` is the
routing table, `responses` turns a request into a reply, `models` holds the accounts and their entries,
`fake` ties them together; `_faults`, `_seed`, `_transport` and `_server` around them. The mail's
behaviour: `mailbox` (search, move, release, reclassify), `_jobs` (bulk jobs), `_mail_handlers` (their
operations over HTTP), `_mail_seed` with `_mail_words` (the seeded mail) and `_mail_render` (sources,
traces, detections), on `_fill` (values shaped by the spec) and `_query` (list filters and cursors).
"""

from ._faults import Faults
from ._mail_seed import MailSeed
from ._seed import Seed, default_seed, domain
from ._server import FakeServer
from ._transport import AsyncFakeTransport, FakeTransport
from .fake import FAKE_ACCOUNT_ID, FAKE_API_TOKEN, MAX_BATCH_ITEMS, FakeEmailSecurity, RecordedRequest
from .models import StepClock, system_clock

__all__ = [
    "FAKE_ACCOUNT_ID",
    "FAKE_API_TOKEN",
    "MAX_BATCH_ITEMS",
    "AsyncFakeTransport",
    "FakeEmailSecurity",
    "FakeServer",
    "FakeTransport",
    "Faults",
    "MailSeed",
    "RecordedRequest",
    "Seed",
    "StepClock",
    "default_seed",
    "domain",
    "system_clock",
]
