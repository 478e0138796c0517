"""The batch helpers of `content_policies`: batch_builder, apply_batch, plan and export; a plan is
applied in batches of at most 1000 entries per array.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cf_email_security.batch._kinds import KINDS
from cf_email_security.batch._methods import AsyncBatchMethods, SyncBatchMethods

from ..resources import content_policies as generated

if TYPE_CHECKING:  # named in the quoted base-class arguments, which ruff does not read
    from ..models import ContentPolicyBatchResult  # noqa: F401


class ContentPolicies(SyncBatchMethods["ContentPolicyBatchResult"], generated.ContentPolicies):
    _batch_kind = KINDS["content_policies"]


class AsyncContentPolicies(AsyncBatchMethods["ContentPolicyBatchResult"], generated.AsyncContentPolicies):
    _batch_kind = KINDS["content_policies"]
