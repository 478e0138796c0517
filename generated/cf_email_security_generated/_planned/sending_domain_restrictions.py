"""The batch helpers of `sending_domain_restrictions`: apply_batch, plan and export. Its batch
takes only deletes: a plan sends those in batches, and the rest as single create, update and
delete calls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cf_email_security.batch._kinds import KINDS
from cf_email_security.batch._methods import AsyncApply, AsyncSinglePlans, SyncApply, SyncSinglePlans

from ..resources import sending_domain_restrictions as generated

if TYPE_CHECKING:  # named in the quoted base-class arguments, which ruff does not read
    from ..models import SendingDomainRestrictionBatchResult  # noqa: F401


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
