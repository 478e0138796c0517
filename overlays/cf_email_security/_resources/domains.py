"""Domains with batch_builder, apply_batch, plan and export; a plan never creates a domain (that
onboards it) nor deletes one (that offboards it) unless `delete=` names it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cf_email_security_generated.resources import domains as generated

from ..batch._kinds import KINDS
from ..batch._methods import AsyncBatchMethods, SyncBatchMethods
from ..batch._plan import PlanPolicy

NEVER_ONBOARD_OR_OFFBOARD = PlanPolicy(create=False, prune=False)

if TYPE_CHECKING:  # named in the quoted base-class arguments, which ruff does not read
    from cf_email_security_generated.models import DomainBatchResult  # noqa: F401


class Domains(SyncBatchMethods["DomainBatchResult"], generated.Domains):
    _batch_kind = KINDS["domains"]
    _plan_policy = NEVER_ONBOARD_OR_OFFBOARD


class AsyncDomains(AsyncBatchMethods["DomainBatchResult"], generated.AsyncDomains):
    _batch_kind = KINDS["domains"]
    _plan_policy = NEVER_ONBOARD_OR_OFFBOARD
