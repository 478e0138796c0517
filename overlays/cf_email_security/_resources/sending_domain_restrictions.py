"""Sending-domain restrictions: chunked deletes (their batch takes only deletes), and a plan that
deletes in batches and creates and updates with single calls."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cf_email_security_generated.resources import sending_domain_restrictions as generated

from ..batch._kinds import KINDS
from ..batch._methods import AsyncApply, AsyncSinglePlans, SyncApply, SyncSinglePlans

if TYPE_CHECKING:  # named in the quoted base-class arguments, which ruff does not read
    from cf_email_security_generated.models import SendingDomainRestrictionBatchResult  # noqa: F401


class SendingDomainRestrictions(
    SyncSinglePlans, SyncApply["SendingDomainRestrictionBatchResult"], generated.SendingDomainRestrictions
):
    _batch_kind = KINDS["sending_domain_restrictions"]


class AsyncSendingDomainRestrictions(
    AsyncSinglePlans,
    AsyncApply["SendingDomainRestrictionBatchResult"],
    generated.AsyncSendingDomainRestrictions,
):
    _batch_kind = KINDS["sending_domain_restrictions"]
