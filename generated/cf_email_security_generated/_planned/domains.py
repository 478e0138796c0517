"""The batch helpers of `domains`: batch_builder, apply_batch, plan and export; a plan is applied
in batches of at most 1000 entries per array.

A plan never creates an entry nor deletes one unless `delete=` names it: creating a domain onboards
it, and deleting one offboards it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cf_email_security.batch._kinds import KINDS
from cf_email_security.batch._methods import AsyncBatchMethods, SyncBatchMethods

from ..resources import domains as generated

if TYPE_CHECKING:  # named in the quoted base-class arguments, which ruff does not read
    from ..models import DomainBatchResult  # noqa: F401


class Domains(SyncBatchMethods["DomainBatchResult"], generated.Domains):
    _batch_kind = KINDS["domains"]


class AsyncDomains(AsyncBatchMethods["DomainBatchResult"], generated.AsyncDomains):
    _batch_kind = KINDS["domains"]
