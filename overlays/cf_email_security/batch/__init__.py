"""Batch helpers: builders checked as entries are added, chunked batches, plan/apply and export.

    plan = es.allow_policies.plan(desired, prune=False)   # desired: models or dicts, e.g. from YAML
    print(plan)                                            # + create, ~ change, - delete
    plan.check_deletes(max_share=0.10, max_count=100)      # TooManyDeletesError if it deletes more
    plan.apply()                                           # chunked batches, deletes first
    text = es.allow_policies.export("yaml")                # the shape plan reads: a round trip
    desired = loads(dashboard_csv, "csv")                  # the dashboard's allow or block list
    data = plan.to_dict()                                  # typed: PlanData
    name, rows = read_csv(open("blocked.csv"))             # CSV rows one at a time, with their lines

    ops = es.allow_policies.batch_builder().post({...}).delete(7)
    es.allow_policies.apply_batch(ops)                     # BatchError keeps what remains on failure

Every resource whose entries have a natural key (a field or two that name an entry) has plan and export.
Those whose batch takes all four arrays have all of it; sending_domain_restrictions, whose batch takes
deletes only, and the impersonation registry, which has no batch, apply a plan's other changes with
single calls (`AppliedPlan` says what was done). A domains plan never creates or deletes a domain
unless `delete=` names it. `read_csv` and `write_csv` stream what `loads` and `dumps` hold whole (the
command line reads and writes its CSV files with them); `dashboard_columns(resource)` gives a resource's
columns in the Cloudflare dashboard's CSV, none for most. Names load on first use, so
`import cf_email_security` does not pay for them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._builder import BatchBuilder, DeleteBatchBuilder
    from ._csv import dashboard as dashboard_columns
    from ._csv import read as read_csv
    from ._csv import write as write_csv
    from ._errors import ApplyStopped, BatchError, MissingDependencyError, StalePlanError
    from ._export import FORMATS, dumps, loads
    from ._guard import TooManyDeletesError
    from ._kinds import MAX_CHUNK
    from ._operations import Operations
    from ._plan import Change, Plan, PlanPolicy
    from ._plan_data import FieldChange, PlanData, PlannedChange, PlannedDelete
    from ._single import AppliedPlan, PlanApplyError

# Each name's module, and its name there where the package exports it under another.
_HOMES: dict[str, str | tuple[str, str]] = {
    "ApplyStopped": "_errors",
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
    "PlanPolicy": "_plan",
    "FieldChange": "_plan_data",
    "PlanData": "_plan_data",
    "PlannedChange": "_plan_data",
    "PlannedDelete": "_plan_data",
    "TooManyDeletesError": "_guard",
    "AppliedPlan": "_single",
    "PlanApplyError": "_single",
    "dashboard_columns": ("_csv", "dashboard"),
    "read_csv": ("_csv", "read"),
    "write_csv": ("_csv", "write"),
}

__all__ = [
    "FORMATS",
    "MAX_CHUNK",
    "AppliedPlan",
    "ApplyStopped",
    "BatchBuilder",
    "BatchError",
    "Change",
    "DeleteBatchBuilder",
    "FieldChange",
    "MissingDependencyError",
    "Operations",
    "Plan",
    "PlanApplyError",
    "PlanData",
    "PlanPolicy",
    "PlannedChange",
    "PlannedDelete",
    "StalePlanError",
    "TooManyDeletesError",
    "dashboard_columns",
    "dumps",
    "loads",
    "read_csv",
    "write_csv",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attribute = home if isinstance(home, tuple) else (home, name)
    return getattr(importlib.import_module(f"{__name__}.{module}"), attribute)
