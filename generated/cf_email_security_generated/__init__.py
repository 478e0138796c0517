"""Generated client for Cloudflare Email Security Settings.

Do not edit: change the spec, a template or a module of generator/runtime/ and run `make generate`.

The public, stable import is `cf_email_security`, which builds on this package; code built on it uses
the clients and RateLimit named here, `runtime`, `errors`, `models`, `shapes` and `resources`, never a
module whose name starts with `_`. The clients load on first use, so that reading VERSION imports nothing else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import VERSION

if TYPE_CHECKING:
    from ._client import AsyncEmailSecurity, EmailSecurity
    from ._pacing import RateLimit

__all__ = ["VERSION", "AsyncEmailSecurity", "EmailSecurity", "RateLimit"]


def __getattr__(name: str) -> Any:
    if name in ("EmailSecurity", "AsyncEmailSecurity"):
        from . import _client

        return getattr(_client, name)
    if name == "RateLimit":
        from ._pacing import RateLimit

        return RateLimit
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
