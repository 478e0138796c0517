"""The one recorder transport: a MockTransport handler that answers from a script and keeps a snapshot
of every request, taken when it is sent (the client blanks credential headers in the request object
afterwards, so a request read later would have lost them).

    recorder = Recorder(error_status(503), ok(entity))      # steps: handlers or httpx.Responses
    es = client(recorder, sleep=NoSleep())
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from cf_email_security import AsyncEmailSecurity, EmailSecurity

from .envelope import envelope, failure

Handler = Callable[[httpx.Request], httpx.Response]
Step = Handler | httpx.Response

TOKEN = "test-token"
ACCOUNT = "acc123"
ENV_VARS = (
    "CLOUDFLARE_API_TOKEN",
    "CLOUDFLARE_API_KEY",
    "CLOUDFLARE_EMAIL",
    "CLOUDFLARE_ACCOUNT_ID",
    "CLOUDFLARE_BASE_URL",
    "CLOUDFLARE_LOG",
    "CLOUDFLARE_RATE_LIMIT",
)


def snapshot(request: httpx.Request) -> httpx.Request:
    """A copy of a request as it was sent."""
    copy = httpx.Request(request.method, request.url, headers=request.headers.copy(), content=request.read())
    copy.extensions = dict(request.extensions)
    return copy


class Recorder:
    """Answers with its steps in order (a handler is called, a Response is returned as it is; the
    last step answers every further request when `repeat` is set) and keeps every request it saw."""

    def __init__(self, *steps: Step, repeat: bool = False) -> None:
        self.steps = list(steps)
        self.repeat = repeat
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(snapshot(request))
        index = len(self.requests) - 1
        if index >= len(self.steps):
            assert self.repeat and self.steps, (
                f"unexpected request #{index + 1}: {request.method} {request.url}"
            )
            index = len(self.steps) - 1
        step = self.steps[index]
        return step if isinstance(step, httpx.Response) else step(request)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    @property
    def methods(self) -> list[str]:
        """The HTTP methods sent, in order: the count shows how often a call was (re)sent."""
        return [request.method for request in self.requests]


def respond(status: int, body: Any = None, *, headers: dict[str, str] | None = None) -> Handler:
    """A step answering with `status` and a JSON body (a success envelope of null by default)."""

    def step(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=envelope() if body is None else body, headers=headers)

    return step


def ok(result: Any = None, *, status: int = 200, headers: dict[str, str] | None = None) -> Handler:
    """A step answering with a success envelope around `result`."""
    return respond(status, envelope(result), headers=headers)


def error_status(code: int, headers: dict[str, str] | None = None) -> Handler:
    """A step answering with an error status and Cloudflare's error envelope."""
    return respond(code, failure(code), headers=headers)


def respond_text(status: int, text: str, content_type: str = "text/html") -> Handler:
    """A step answering with a non-JSON body, as an edge proxy or a broken server would."""

    def step(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, text=text, headers={"content-type": content_type})

    return step


def raise_(error: type[httpx.TransportError]) -> Handler:
    """A step that fails at the transport, as a refused connection or a slow server would."""

    def step(request: httpx.Request) -> httpx.Response:
        raise error("simulated transport failure", request=request)

    return step


def _options(options: dict[str, Any]) -> dict[str, Any]:
    if not any(name in options for name in ("api_token", "api_key", "email")):
        options["api_token"] = TOKEN
    options.setdefault("account_id", ACCOUNT)
    return options


def client(handler: Handler | httpx.BaseTransport, **options: Any) -> EmailSecurity:
    """An EmailSecurity on a mock transport (or the given one); test credentials unless `options` say."""
    transport = handler if isinstance(handler, httpx.BaseTransport) else httpx.MockTransport(handler)
    return EmailSecurity(transport=transport, **_options(options))


def async_client(handler: Any, **options: Any) -> AsyncEmailSecurity:
    """The AsyncEmailSecurity twin of `client`."""
    transport = handler if isinstance(handler, httpx.AsyncBaseTransport) else httpx.MockTransport(handler)
    return AsyncEmailSecurity(transport=transport, **_options(options))
