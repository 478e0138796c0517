"""Sending-domain restrictions with chunked deletes: batch_builder().delete(...) and apply_batch."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cf_email_security_generated.api import sending_domain_restrictions as generated

from ..batch import _kinds as kinds
from ..batch._methods import AsyncApply, SyncApply

if TYPE_CHECKING:  # named in the quoted base-class arguments, which ruff does not read
    from cf_email_security_generated.models import SendingDomainRestrictionBatchResult  # noqa: F401


class SendingDomainRestrictions(
    SyncApply["SendingDomainRestrictionBatchResult"], generated.SendingDomainRestrictions
):
    _batch_kind = kinds.SENDING_DOMAIN_RESTRICTIONS


class AsyncSendingDomainRestrictions(
    AsyncApply["SendingDomainRestrictionBatchResult"], generated.AsyncSendingDomainRestrictions
):
    _batch_kind = kinds.SENDING_DOMAIN_RESTRICTIONS
