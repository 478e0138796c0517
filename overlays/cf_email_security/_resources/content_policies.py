"""Content policies with batch_builder, apply_batch, plan and export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cf_email_security_generated.resources import content_policies as generated

from ..batch._kinds import KINDS
from ..batch._methods import AsyncBatchMethods, SyncBatchMethods

if TYPE_CHECKING:  # named in the quoted base-class arguments, which ruff does not read
    from cf_email_security_generated.models import ContentPolicyBatchResult  # noqa: F401


class ContentPolicies(SyncBatchMethods["ContentPolicyBatchResult"], generated.ContentPolicies):
    _batch_kind = KINDS["content_policies"]


class AsyncContentPolicies(AsyncBatchMethods["ContentPolicyBatchResult"], generated.AsyncContentPolicies):
    _batch_kind = KINDS["content_policies"]
