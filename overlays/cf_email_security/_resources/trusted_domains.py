"""Trusted domains with batch_builder, apply_batch, plan and export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cf_email_security_generated.resources import trusted_domains as generated

from ..batch._kinds import KINDS
from ..batch._methods import AsyncBatchMethods, SyncBatchMethods

if TYPE_CHECKING:  # named in the quoted base-class arguments, which ruff does not read
    from cf_email_security_generated.models import TrustedDomainBatchResult  # noqa: F401


class TrustedDomains(SyncBatchMethods["TrustedDomainBatchResult"], generated.TrustedDomains):
    _batch_kind = KINDS["trusted_domains"]


class AsyncTrustedDomains(AsyncBatchMethods["TrustedDomainBatchResult"], generated.AsyncTrustedDomains):
    _batch_kind = KINDS["trusted_domains"]
