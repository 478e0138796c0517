"""Batch helpers: builders checked as entries are added, chunked batches, plan/apply and export.

    plan = es.allow_policies.plan(desired, prune=False)   # desired: models or dicts, e.g. from YAML
    print(plan)                                            # + create, ~ change, - delete
    plan.apply()                                           # chunked batches, deletes first
    text = es.allow_policies.export("yaml")                # the shape plan reads: a round trip

    ops = es.allow_policies.batch_builder().post({...}).delete(7)
    es.allow_policies.apply_batch(ops)                     # BatchError keeps what remains on failure

allow_policies, block_senders and trusted_domains have all of it; sending_domain_restrictions, which
the API can only delete, has `batch_builder().delete(...)` and `apply_batch`. Names load on first
use, so that `import cf_email_security` does not pay for them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._builder import BatchBuilder, DeleteBatchBuilder
    from ._errors import BatchError, MissingDependencyError, StalePlanError
    from ._export import FORMATS, dumps, loads
    from ._kinds import MAX_CHUNK
    from ._operations import Operations
    from ._plan import Change, Plan

_HOMES = {
    "BatchBuilder": "_builder",
    "DeleteBatchBuilder": "_builder",
    "BatchError": "_errors",
    "MissingDependencyError": "_errors",
    "StalePlanError": "_errors",
    "FORMATS": "_export",
    "dumps": "_export",
    "loads": "_export",
    "MAX_CHUNK": "_kinds",
    "Operations": "_operations",
    "Change": "_plan",
    "Plan": "_plan",
}

__all__ = [
    "FORMATS",
    "MAX_CHUNK",
    "BatchBuilder",
    "BatchError",
    "Change",
    "DeleteBatchBuilder",
    "MissingDependencyError",
    "Operations",
    "Plan",
    "StalePlanError",
    "dumps",
    "loads",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
