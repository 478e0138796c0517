"""Test doubles shared by the client tests: wire payloads, envelopes and a scripted transport handler."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from cf_email_security import EmailSecurity

Handler = Callable[[httpx.Request], httpx.Response]

ENV_VARS = (
    "CLOUDFLARE_API_TOKEN",
    "CLOUDFLARE_API_KEY",
    "CLOUDFLARE_EMAIL",
    "CLOUDFLARE_ACCOUNT_ID",
    "CLOUDFLARE_BASE_URL",
    "CLOUDFLARE_LOG",
)


# Every required field of an allow policy create (the body and the keyword arguments alike).
ALLOW_POLICY_FIELDS: dict[str, Any] = {
    "pattern": "a@example.com",
    "pattern_type": "EMAIL",
    "is_regex": False,
    "is_trusted_sender": True,
    "is_acceptable_sender": False,
    "is_exempt_recipient": False,
    "verify_sender": True,
}


def allow_policy_wire(number: int = 1, **overrides: Any) -> dict[str, Any]:
    """An allow policy as the API sends it: every required field, overridable per test."""
    return {
        "id": number,
        "created_at": "2024-05-01T10:00:00Z",
        "last_modified": "2024-05-01T10:00:00Z",
        **ALLOW_POLICY_FIELDS,
        "pattern": f"user{number}@example.com",
        **overrides,
    }


POLICY: dict[str, Any] = allow_policy_wire(1, pattern="a@example.com")


def envelope(
    result: Any = None,
    *,
    success: bool = True,
    errors: list[dict[str, Any]] | None = None,
    result_info: dict[str, int] | None = None,
) -> dict[str, Any]:
    """Cloudflare's response envelope around `result`."""
    body: dict[str, Any] = {"success": success, "errors": errors or [], "messages": [], "result": result}
    if result_info is not None:
        body["result_info"] = result_info
    return body


def snapshot(request: httpx.Request) -> httpx.Request:
    """A copy of a request as it was sent: the client blanks the credentials of the original afterwards."""
    copy = httpx.Request(request.method, request.url, headers=request.headers.copy(), content=request.read())
    copy.extensions = dict(request.extensions)
    return copy


class Recorder:
    """A MockTransport handler that answers from a fixed script and keeps every request it saw."""

    def __init__(self, *steps: Handler) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(snapshot(request))
        assert len(self.requests) <= len(self.steps), f"unexpected request #{len(self.requests)}"
        return self.steps[len(self.requests) - 1](request)

    @property
    def methods(self) -> list[str]:
        """The HTTP methods sent, in order: the count shows how often a call was (re)sent."""
        return [request.method for request in self.requests]


def respond(status: int, body: Any = None, *, headers: dict[str, str] | None = None) -> Handler:
    """A step answering with `status` and a JSON body (the success envelope of POLICY by default)."""

    def step(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=envelope(POLICY) if body is None else body, headers=headers)

    return step


def ok(result: Any = None) -> Handler:
    """A step answering 200 with a success envelope (an AllowPolicy by default)."""
    return respond(200, envelope(POLICY if result is None else result))


def error_status(code: int, headers: dict[str, str] | None = None) -> Handler:
    """A step answering with an error status and Cloudflare's error envelope."""
    body = envelope(None, success=False, errors=[{"code": code, "message": "failed"}])
    return respond(code, body, headers=headers)


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


def create_policy(es: EmailSecurity) -> Any:
    """A create call (POST) with every required field."""
    return es.allow_policies.create(**ALLOW_POLICY_FIELDS)
