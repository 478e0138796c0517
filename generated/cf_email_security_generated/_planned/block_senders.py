"""The batch helpers of `block_senders`: batch_builder, apply_batch, plan and export; a plan is
applied in batches of at most 1000 entries per array.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cf_email_security.batch._kinds import KINDS
from cf_email_security.batch._methods import AsyncBatchMethods, SyncBatchMethods

from ..resources import block_senders as generated

if TYPE_CHECKING:  # named in the quoted base-class arguments, which ruff does not read
    from ..models import BlockedSenderBatchResult  # noqa: F401


class BlockSenders(SyncBatchMethods["BlockedSenderBatchResult"], generated.BlockSenders):
    _batch_kind = KINDS["block_senders"]


class AsyncBlockSenders(AsyncBatchMethods["BlockedSenderBatchResult"], generated.AsyncBlockSenders):
    _batch_kind = KINDS["block_senders"]
