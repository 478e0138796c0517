"""Block senders with batch_builder, apply_batch, plan and export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cf_email_security_generated.resources import block_senders as generated

from ..batch._kinds import KINDS
from ..batch._methods import AsyncBatchMethods, SyncBatchMethods

if TYPE_CHECKING:  # named in the quoted base-class arguments, which ruff does not read
    from cf_email_security_generated.models import BlockedSenderBatchResult  # noqa: F401


class BlockSenders(SyncBatchMethods["BlockedSenderBatchResult"], generated.BlockSenders):
    _batch_kind = KINDS["block_senders"]


class AsyncBlockSenders(AsyncBatchMethods["BlockedSenderBatchResult"], generated.AsyncBlockSenders):
    _batch_kind = KINDS["block_senders"]
