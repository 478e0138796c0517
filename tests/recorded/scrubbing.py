"""What a cassette may hold: the scrubbing hooks, the request matchers and the secret scan.

vcrpy runs `before_record_request`/`before_record_response` when it records an interaction, on every
live request before matching it, and again on every interaction of a cassette it loads. So the hooks
must be idempotent: scrubbing a scrubbed interaction changes nothing (a test checks it).

What is kept is an allowlist, not a denylist: a header the client does not read is dropped, so a new
credential or tracking header in a future API version cannot slip into a cassette unnoticed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml

from cf_email_security.testing import FAKE_ACCOUNT_ID, FAKE_API_TOKEN

# The one account id a cassette may contain. The fake's id: 32 hex characters like a real one, so the
# URLs keep the shape upstream's schema demands.
PLACEHOLDER_ACCOUNT_ID = FAKE_ACCOUNT_ID
# Cassettes hold the URL the client uses by default, whatever server was recorded (the fake listens
# on a different 127.0.0.1 port on every run).
CANONICAL_ORIGIN = "https://api.cloudflare.com"
REPLAY_BASE_URL = CANONICAL_ORIGIN + "/client/v4"
# cf-ray differs on every request to the real API (and its suffix names the data centre): kept, so
# that errors and RawResponse still carry one in replay, but as one fixed value, so that re-recording
# does not rewrite every cassette.
RAY_PLACEHOLDER = "0000000000000000-REC"

CREDENTIAL_HEADERS = frozenset({"authorization", "x-auth-key", "x-auth-email", "x-auth-user-service-key"})
COOKIE_HEADERS = frozenset({"cookie", "set-cookie"})
# Only what matters for replay: the client sends JSON and reads content-type, cf-ray and the retry
# headers. Date, server, content-length, user-agent (it names the versions installed) and the like
# are dropped: they change between runs and machines and would make every re-record a diff.
KEPT_REQUEST_HEADERS = frozenset({"accept", "content-type"})
KEPT_RESPONSE_HEADERS = frozenset({"content-type", "cf-ray", "retry-after", "retry-after-ms"})

_ORIGIN = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]+")
_ACCOUNT_SEGMENT = re.compile(r"/accounts/[^/?#]+")


@dataclass(frozen=True)
class Scrubber:
    """The vcrpy hooks, knowing the real account id and token of a recording (none in replay)."""

    account_id: str | None = None
    secrets: tuple[str, ...] = ()

    def _text(self, data: bytes | str | None) -> bytes | str | None:
        """A body with the real account id replaced and any known secret blanked out."""
        if not data:
            return data
        # A secret too short to be a real credential (a test's "t") would only mangle the body.
        replacements = [(secret, "<scrubbed>") for secret in self.secrets if len(secret) >= 8]
        if self.account_id and self.account_id != PLACEHOLDER_ACCOUNT_ID:
            replacements.append((self.account_id, PLACEHOLDER_ACCOUNT_ID))
        for old, new in replacements:
            data = (
                data.replace(old.encode(), new.encode())
                if isinstance(data, bytes)
                else data.replace(old, new)
            )
        return data

    def request(self, request: Any) -> Any:
        """`before_record_request`: canonical origin and account, allowlisted headers, scrubbed body.

        `request` is a vcr.request.Request (vcrpy passes a deep copy)."""
        uri = _ORIGIN.sub(CANONICAL_ORIGIN, request.uri, count=1)
        request.uri = _ACCOUNT_SEGMENT.sub(f"/accounts/{PLACEHOLDER_ACCOUNT_ID}", uri, count=1)
        request.headers = {
            name.lower(): value
            for name, value in request.headers.items()
            if name.lower() in KEPT_REQUEST_HEADERS
        }
        request.body = self._text(request.body)
        return request

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        """`before_record_response`: allowlisted headers (cf-ray fixed) and a scrubbed body, as a new dict."""
        headers: dict[str, list[str]] = {}
        for name, values in response["headers"].items():
            lower = name.lower()
            if lower in KEPT_RESPONSE_HEADERS:
                headers[lower] = [RAY_PLACEHOLDER] if lower == "cf-ray" else list(values)
        body = dict(response["body"])
        body["string"] = self._text(body.get("string"))
        return {**response, "headers": headers, "body": body}


# ---- matching ----------------------------------------------------------------------------------


def canonical_json(body: bytes | str | None) -> bytes | str:
    """A JSON body in one canonical text (keys sorted, no spaces); a non-JSON body as it is.

    Parsed-then-reserialised rather than compared as Python objects: `True == 1` and `1 == 1.0` in
    Python, so a field that changed from boolean to integer would still "match" as parsed objects.
    The text keeps true, 1 and 1.0 apart, while key order and whitespace (no change on the wire that
    a server would notice) are ignored.
    """
    if not body:
        return b""
    try:
        return json.dumps(json.loads(body), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    except ValueError:
        return body


def json_body(new: Any, recorded: Any) -> None:
    """vcrpy matcher: the same JSON document (see canonical_json)."""
    mine, theirs = canonical_json(new.body), canonical_json(recorded.body)
    assert mine == theirs, f"body {mine!r} != recorded {theirs!r}"


def all_query(new: Any, recorded: Any) -> None:
    """vcrpy matcher: the same query parameters in any order, repeats and blank values included.

    vcrpy's own `query` matcher drops blank values (`?search=` would match no search at all)."""

    def pairs(request: Any) -> list[tuple[str, str]]:
        return sorted(parse_qsl(urlsplit(request.uri).query, keep_blank_values=True))

    assert pairs(new) == pairs(recorded), f"query {pairs(new)} != recorded {pairs(recorded)}"


MATCH_ON = ("method", "path", "all_query", "json_body")
MATCHERS = {"all_query": all_query, "json_body": json_body}


# ---- the secret scan ---------------------------------------------------------------------------

_LONG_HEX = re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{32,}(?![0-9A-Fa-f])")  # account ids, 37-hex API keys
_BEARER = re.compile(r"(?i)\bbearer\s+[^\s'\",]+")
# Cloudflare API tokens are 40 characters of [A-Za-z0-9_-]; any run of 32 or more that mixes letters
# and digits is flagged.
_TOKEN_LIKE = re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{32,}(?![A-Za-z0-9_-])")
_UUID = re.compile(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")  # integration ids: not secret
_KEY_VALUE = re.compile(
    r"(?i)\b(api[_-]?(key|token)|auth[_-]?key|secret|password)\b['\"]?\s*[:=]\s*['\"]?[^\s'\",}]{6,}"
)
_KNOWN_TOKENS = (FAKE_API_TOKEN,)
# JSON fields whose values are public by design, and may look like a secret: a domain's verification
# record is a DNS TXT record, which the account publishes to the world (`GET .../verification`); a
# message's content fingerprints (hex hashes of its body and structure), a page's cursor (the server's
# opaque position, sent back in the next request's query) and a preview's screenshot (base64) are data
# about the mail, not credentials.
PUBLIC_FIELDS = frozenset(
    {"txt_record_value", "edf_hash", "original_edf_hash", "htmltext_structure_hash", "cursor", "screenshot"}
)


def _strings(value: Any) -> Iterable[str]:
    """Every string in a parsed cassette, keys included, bytes decoded."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, bytes):
        yield value.decode("utf-8", "replace")
    elif isinstance(value, str):
        yield value


def _public_values(value: Any) -> Iterable[str]:
    """The values of PUBLIC_FIELDS anywhere in a JSON document."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            if key in PUBLIC_FIELDS and isinstance(item, str):
                yield item
            else:
                yield from _public_values(item)
    elif isinstance(value, list):
        for item in value:
            yield from _public_values(item)


def _json_bodies(data: Mapping[str, Any]) -> Iterable[Any]:
    for interaction in data.get("interactions", ()):
        for side in ("request", "response"):
            body = (interaction.get(side) or {}).get("body")
            text = body.get("string") if isinstance(body, Mapping) else body
            if isinstance(text, bytes):
                text = text.decode("utf-8", "replace")
            if text:
                try:
                    yield json.loads(text)
                except ValueError:
                    continue


def find_secrets(text: str) -> list[str]:
    """Everything in a cassette's text that looks like a credential or a real account id.

    Both the raw text and the parsed YAML are searched: YAML may fold a long body over lines or
    escape it, and header names are only reliable in the parsed form. What lies wholly inside the
    value of a public field (PUBLIC_FIELDS) is not reported."""
    found: list[str] = []
    data = yaml.safe_load(text) or {}
    public = [item for body in _json_bodies(data) for item in _public_values(body)]

    def secret(match: str) -> bool:
        return not any(match in item for item in public)

    for interaction in data.get("interactions", ()):
        for side in ("request", "response"):
            for name in (interaction.get(side) or {}).get("headers") or {}:
                if name.lower() in CREDENTIAL_HEADERS | COOKIE_HEADERS:
                    found.append(f"{side} header {name}")
    for chunk in (text, *_strings(data)):
        found += [
            f"32+ hex characters {m}"
            for m in _LONG_HEX.findall(chunk)
            if m != PLACEHOLDER_ACCOUNT_ID and secret(m)
        ]
        found += [f"bearer value {m}" for m in _BEARER.findall(chunk)]
        found += [f"key/value {m.group(0)}" for m in _KEY_VALUE.finditer(chunk)]
        found += [
            f"token-like {m}"
            for m in _TOKEN_LIKE.findall(chunk)
            if re.search(r"[0-9]", m) and re.search(r"[A-Za-z]", m)
            if not (_LONG_HEX.fullmatch(m) or _UUID.fullmatch(m)) and secret(m)
        ]
        found += [f"known token {token}" for token in _KNOWN_TOKENS if token in chunk]
    return sorted(set(found))


def scan_file(path: Path) -> list[str]:
    return find_secrets(path.read_text(encoding="utf-8"))
