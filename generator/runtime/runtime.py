"""The runtime's public surface: what code built on the generated client (the overlays) may use.

Everything else in a module whose name starts with `_` may change shape with any regeneration. The
helpers that load attrs (check, coerce_model, Model, wire_names) load on first use: a command
line's `--help` imports this module and should not pay for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._base_client import AsyncClient, BaseClient, SyncClient
from ._cursor_pagination import AsyncCursorPager, SyncCursorPager
from ._pagination import (
    DEFAULT_PER_PAGE,
    AsyncPager,
    IncompleteWalkWarning,
    PageIgnoredWarning,
    SyncPager,
    WalkReport,
)
from ._resource import AsyncResource, SyncResource
from ._serialization import dump
from .types import UNSET, RawResponse, RequestOptions, Unset

if TYPE_CHECKING:
    from ._model import Model, wire_names
    from ._validation import check, coerce_model

__all__ = [
    "DEFAULT_PER_PAGE",
    "UNSET",
    "AsyncClient",
    "AsyncCursorPager",
    "AsyncPager",
    "AsyncResource",
    "BaseClient",
    "IncompleteWalkWarning",
    "Model",
    "PageIgnoredWarning",
    "RawResponse",
    "RequestOptions",
    "SyncClient",
    "SyncCursorPager",
    "SyncPager",
    "SyncResource",
    "Unset",
    "WalkReport",
    "check",
    "coerce_model",
    "dump",
    "wire_names",
]


def __getattr__(name: str) -> Any:
    if name in ("Model", "wire_names"):
        from . import _model

        return getattr(_model, name)
    if name in ("check", "coerce_model"):
        from . import _validation

        return getattr(_validation, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
