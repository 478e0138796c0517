"""The batch helpers of `trusted_domains`: batch_builder, apply_batch, plan and export; a plan is
applied in batches of at most 1000 entries per array.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cf_email_security.batch._kinds import KINDS
from cf_email_security.batch._methods import AsyncBatchMethods, SyncBatchMethods

from ..resources import trusted_domains as generated

if TYPE_CHECKING:  # named in the quoted base-class arguments, which ruff does not read
    from ..models import TrustedDomainBatchResult  # noqa: F401


class TrustedDomains(SyncBatchMethods["TrustedDomainBatchResult"], generated.TrustedDomains):
    _batch_kind = KINDS["trusted_domains"]


class AsyncTrustedDomains(AsyncBatchMethods["TrustedDomainBatchResult"], generated.AsyncTrustedDomains):
    _batch_kind = KINDS["trusted_domains"]
