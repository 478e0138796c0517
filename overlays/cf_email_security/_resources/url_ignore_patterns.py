"""URL ignore patterns with batch_builder, apply_batch, plan and export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cf_email_security_generated.resources import url_ignore_patterns as generated

from ..batch._kinds import KINDS
from ..batch._methods import AsyncBatchMethods, SyncBatchMethods

if TYPE_CHECKING:  # named in the quoted base-class arguments, which ruff does not read
    from cf_email_security_generated.models import UrlIgnorePatternBatchResult  # noqa: F401


class UrlIgnorePatterns(SyncBatchMethods["UrlIgnorePatternBatchResult"], generated.UrlIgnorePatterns):
    _batch_kind = KINDS["url_ignore_patterns"]


class AsyncUrlIgnorePatterns(
    AsyncBatchMethods["UrlIgnorePatternBatchResult"], generated.AsyncUrlIgnorePatterns
):
    _batch_kind = KINDS["url_ignore_patterns"]
