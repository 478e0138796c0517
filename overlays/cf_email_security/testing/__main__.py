"""`python -m cf_email_security.testing --port N`: the fake API over HTTP on 127.0.0.1."""

from __future__ import annotations

import argparse
import contextlib
import json
import threading
from collections.abc import Sequence

from ._faults import Faults
from ._jobs import DEFAULT_BATCH
from ._mail_seed import MailSeed
from ._server import FakeServer
from .fake import FakeEmailSecurity
from .models import StepClock, system_clock


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m cf_email_security.testing",
        description="Serve a stateful fake of the Email Security API (settings and mail) on 127.0.0.1.",
    )
    parser.add_argument("--port", type=int, default=8787, help="port on 127.0.0.1 (0: any free one)")
    parser.add_argument("--seed", metavar="FILE", help="JSON object of entries per resource, e.g. domains")
    parser.add_argument(
        "--mailbox",
        type=int,
        default=MailSeed().messages,
        metavar="N",
        help="messages in each account's mail (default: %(default)s; 0: none)",
    )
    parser.add_argument("--mail-seed", type=int, default=0, metavar="N", help="random seed of the mail")
    parser.add_argument(
        "--job-batch",
        type=int,
        default=DEFAULT_BATCH,
        metavar="N",
        help="messages a bulk job handles per poll",
    )
    parser.add_argument(
        "--spec",
        metavar="FILE",
        help="serve this OpenAPI document (JSON, or YAML with PyYAML) instead of the packaged one",
    )
    parser.add_argument("--token", help="accept only this bearer token (default: any credentials)")
    parser.add_argument("--api-key", help="accept only this X-Auth-Key (with --email: that pair)")
    parser.add_argument("--email", help="accept only this X-Auth-Email (with --api-key: that pair)")
    parser.add_argument(
        "--steady-clock", action="store_true", help="timestamps from a fixed start, 1 s apart"
    )
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every response")
    parser.add_argument("--error-rate", type=float, default=0.0, help="share of requests answered 5xx")
    parser.add_argument("--error-status", type=int, default=503)
    parser.add_argument("--rate-limit-after", type=int, help="a 429 after every N requests")
    parser.add_argument("--retry-after", type=float, default=1.0, help="Retry-After of the 429s, seconds")
    parser.add_argument("--fault-seed", type=int, default=0, help="seed for the random faults")
    parser.add_argument("--exit-after", type=float, help="stop by itself after this many seconds")
    parser.add_argument("--verbose", action="store_true", help="log every request")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = _arguments(argv)
    seed = None
    if args.seed:
        with open(args.seed, encoding="utf-8") as file:
            seed = json.load(file)
    fake = FakeEmailSecurity(
        seed=seed,
        spec=args.spec,
        api_token=args.token,
        api_key=args.api_key,
        email=args.email,
        clock=StepClock() if args.steady_clock else system_clock,
        mailbox=MailSeed(messages=max(args.mailbox, 0), seed=args.mail_seed),
        job_batch=max(args.job_batch, 1),
        faults=Faults(
            rate_limit_after=args.rate_limit_after,
            retry_after=args.retry_after,
            error_rate=args.error_rate,
            error_status=args.error_status,
            latency=args.latency,
            seed=args.fault_seed,
        ),
    )
    server = FakeServer(fake, port=args.port, verbose=args.verbose)
    if args.exit_after is not None:
        timer = threading.Timer(args.exit_after, server.stop)
        timer.daemon = True
        timer.start()
    print(f"fake Email Security API on {server.base_url}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


if __name__ == "__main__":
    main()
