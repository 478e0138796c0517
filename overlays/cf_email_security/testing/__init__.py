"""A stateful, in-memory stand-in for the Email Security Settings API: moto, for this API.

    from cf_email_security.testing import FakeEmailSecurity

    fake = FakeEmailSecurity()                 # seeded with three domains
    with fake.client() as es:                  # an EmailSecurity on an httpx transport, no socket
        es.allow_policies.create(pattern="a@example.com", ...)
    fake.entries("allow_policies")             # what the fake now holds

Over HTTP for other processes: `with FakeServer(fake) as server: ... server.base_url`, or
`python -m cf_email_security.testing --port 8787`. All 29 operations follow the spec: ids in order,
every list filter, search, order and direction, `result_info`, atomic batches, the Cloudflare
envelope for errors (400 invalid body or query, 401 no credentials, 404 unknown id or route, 405).
`Faults` injects rate limiting, server errors and latency, deterministically.
"""

from ._app import (
    FAKE_ACCOUNT_ID,
    FAKE_API_TOKEN,
    MAX_BATCH_ITEMS,
    FakeEmailSecurity,
    RecordedRequest,
    StepClock,
    system_clock,
)
from ._faults import Faults
from ._seed import Seed, default_seed, domain
from ._server import FakeServer
from ._transport import AsyncFakeTransport, FakeTransport

__all__ = [
    "FAKE_ACCOUNT_ID",
    "FAKE_API_TOKEN",
    "MAX_BATCH_ITEMS",
    "AsyncFakeTransport",
    "FakeEmailSecurity",
    "FakeServer",
    "FakeTransport",
    "Faults",
    "RecordedRequest",
    "Seed",
    "StepClock",
    "default_seed",
    "domain",
    "system_clock",
]
