"""The batch helpers of `url_ignore_patterns`: batch_builder, apply_batch, plan and export; a plan
is applied in batches of at most 1000 entries per array.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cf_email_security.batch._kinds import KINDS
from cf_email_security.batch._methods import AsyncBatchMethods, SyncBatchMethods

from ..resources import url_ignore_patterns as generated

if TYPE_CHECKING:  # named in the quoted base-class arguments, which ruff does not read
    from ..models import UrlIgnorePatternBatchResult  # noqa: F401


class UrlIgnorePatterns(SyncBatchMethods["UrlIgnorePatternBatchResult"], generated.UrlIgnorePatterns):
    _batch_kind = KINDS["url_ignore_patterns"]


class AsyncUrlIgnorePatterns(
    AsyncBatchMethods["UrlIgnorePatternBatchResult"], generated.AsyncUrlIgnorePatterns
):
    _batch_kind = KINDS["url_ignore_patterns"]
