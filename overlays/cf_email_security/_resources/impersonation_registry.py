"""The impersonation registry with plan and export: it has no batch operation, so a plan is
applied with single create, update and delete calls, a few at a time."""

from __future__ import annotations

from cf_email_security_generated.resources import impersonation_registry as generated

from ..batch._kinds import KINDS
from ..batch._methods import AsyncSinglePlans, SyncSinglePlans


class ImpersonationRegistry(SyncSinglePlans, generated.ImpersonationRegistry):
    _batch_kind = KINDS["impersonation_registry"]


class AsyncImpersonationRegistry(AsyncSinglePlans, generated.AsyncImpersonationRegistry):
    _batch_kind = KINDS["impersonation_registry"]
