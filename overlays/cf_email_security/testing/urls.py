"""The routing table, built from the spec's paths: which operation a method and a path reach.

`Router.url_paths` maps each path template (as segments, "{name}" for a parameter) to its operations by
method. A request path matches the template whose literal segments it has, preferring literals over
parameters (`/allow_policies/batch` is the batch route, not an entry called "batch"). No template: 404.
A template without the method: 405 with Allow. An account id that is not 32 characters long: 400, as
upstream answers it (its schema makes the id exactly 32 characters; the spec's path template says where
the account id is).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .responses import CODE_INVALID_IDENTIFIER, CODE_METHOD_NOT_ALLOWED, CODE_NO_ROUTE, ApiError
from .spec import Api, Operation

ACCOUNT_ID_LENGTH = 32  # upstream's schema: minLength = maxLength = 32
# Every method some route of Cloudflare's v4 API takes: refused with 405 before credentials are read if
# not one of these; one of these on a route without it is a 405 after authentication.
CLOUDFLARE_METHODS = ("DELETE", "GET", "PATCH", "POST", "PUT")


@dataclass(frozen=True)
class Match:
    """A request path matched to a template: its operations by method and the parameters' values."""

    operations: Mapping[str, Operation]
    parameters: Mapping[str, str]

    def allow(self) -> str:
        return ", ".join(sorted(self.operations))


class Router:
    def __init__(self, api: Api) -> None:
        self.api: Api = api
        self.url_paths: dict[tuple[str, ...], dict[str, Operation]] = {}
        for operation in api.operations:
            self.url_paths.setdefault(operation.segments, {})[operation.method] = operation
        self.served_methods: tuple[str, ...] = tuple(sorted({*CLOUDFLARE_METHODS, *api.methods}))
        common = api.common
        self._account = next((s[1:-1] for s in common if s.startswith("{")), None)
        self._common = common

    def _parts(self, path: str) -> list[str]:
        return path.removeprefix(self.api.prefix).strip("/").split("/")

    def match(self, path: str) -> Match:
        """The route of `path`, or an ApiError: 400 for a malformed account id, 404 for no route."""
        parts = self._parts(path)
        self._check_account(path, parts)
        best: tuple[int, ...] | None = None
        found: Match | None = None
        for segments, operations in self.url_paths.items():
            if len(segments) != len(parts):
                continue
            parameters: dict[str, str] = {}
            score: list[int] = []
            for segment, part in zip(segments, parts, strict=True):
                if segment.startswith("{") and segment.endswith("}"):
                    if not part:
                        break
                    parameters[segment[1:-1]] = part
                    score.append(0)
                elif segment == part:
                    score.append(1)
                else:
                    break
            else:
                if best is None or tuple(score) > best:
                    best, found = tuple(score), Match(operations, parameters)
        if found is None:
            raise ApiError(404, CODE_NO_ROUTE, f"No route for that URI: {path}")
        return found

    def _check_account(self, path: str, parts: list[str]) -> None:
        """Under the shared prefix (`accounts/{account_id}/email-security/settings/...`), the account id
        must be 32 characters long. The real API answers a malformed identifier with 400 and the errors
        7003 "Could not route to ..., perhaps your object identifier is invalid?" then 7000 "No route for
        that URI" (cloudflare-go issue 118 shows both), not with a 404. Only the length is checked: the
        schema promises no alphabet."""
        if self._account is None or len(parts) <= len(self._common):
            return
        value = ""
        for segment, part in zip(self._common, parts[: len(self._common)], strict=True):
            if segment == f"{{{self._account}}}":
                value = part
            elif segment != part:
                return
        if len(value) != ACCOUNT_ID_LENGTH:
            raise ApiError(
                400,
                CODE_INVALID_IDENTIFIER,
                f"Could not route to {path}, perhaps your object identifier is invalid?",
                more=[(CODE_NO_ROUTE, "No route for that URI")],
            )

    def account_of(self, match: Match) -> str:
        return match.parameters.get(self._account or "", "")

    def method(self, match: Match, method: str) -> Operation:
        operation = match.operations.get(method)
        if operation is None:
            raise ApiError(
                405, CODE_METHOD_NOT_ALLOWED, f"Method {method} not allowed here", {"Allow": match.allow()}
            )
        return operation

    def allowed(self, path: str) -> str:
        """The Allow header for `path`: its route's methods, or every method the API takes elsewhere."""
        try:
            return self.match(path).allow()
        except ApiError:
            return ", ".join(self.served_methods)
