"""The batch helpers of `allow_policies`: batch_builder, apply_batch, plan and export; a plan is
applied in batches of at most 1000 entries per array.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cf_email_security.batch._kinds import KINDS
from cf_email_security.batch._methods import AsyncBatchMethods, SyncBatchMethods

from ..resources import allow_policies as generated

if TYPE_CHECKING:  # named in the quoted base-class arguments, which ruff does not read
    from ..models import AllowPolicyBatchResult  # noqa: F401


class AllowPolicies(SyncBatchMethods["AllowPolicyBatchResult"], generated.AllowPolicies):
    _batch_kind = KINDS["allow_policies"]


class AsyncAllowPolicies(AsyncBatchMethods["AllowPolicyBatchResult"], generated.AsyncAllowPolicies):
    _batch_kind = KINDS["allow_policies"]
