"""The batch helpers of `impersonation_registry`: plan and export. It has no batch operation: a
plan is applied with single create, update and delete calls, a few at a time.
"""

from __future__ import annotations

from cf_email_security.batch._kinds import KINDS
from cf_email_security.batch._methods import AsyncSinglePlans, SyncSinglePlans

from ..resources import impersonation_registry as generated


class ImpersonationRegistry(SyncSinglePlans, generated.ImpersonationRegistry):
    _batch_kind = KINDS["impersonation_registry"]


class AsyncImpersonationRegistry(AsyncSinglePlans, generated.AsyncImpersonationRegistry):
    _batch_kind = KINDS["impersonation_registry"]
