"""Allow policies with batch_builder, apply_batch, plan and export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cf_email_security_generated.resources import allow_policies as generated

from ..batch._kinds import KINDS
from ..batch._methods import AsyncBatchMethods, SyncBatchMethods

if TYPE_CHECKING:  # named in the quoted base-class arguments, which ruff does not read
    from cf_email_security_generated.models import AllowPolicyBatchResult  # noqa: F401


class AllowPolicies(SyncBatchMethods["AllowPolicyBatchResult"], generated.AllowPolicies):
    _batch_kind = KINDS["allow_policies"]


class AsyncAllowPolicies(AsyncBatchMethods["AllowPolicyBatchResult"], generated.AsyncAllowPolicies):
    _batch_kind = KINDS["allow_policies"]
