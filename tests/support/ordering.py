"""The cassette replay runs first: after a spec change its messages, which name what changed on the
wire, are the first failures in the output whatever else fails (tests/conftest.py calls this)."""

from __future__ import annotations

from pathlib import Path

import pytest

RECORDED = Path(__file__).resolve().parents[1] / "recorded"
REPLAY = RECORDED / "test_flows.py"


def rank(item: pytest.Item) -> int:
    """0: the replay itself; 1: the rest of tests/recorded/; 2: everything else."""
    path = Path(item.path)
    if path == REPLAY:
        return 0
    return 1 if RECORDED in path.parents else 2


def replay_first(items: list[pytest.Item]) -> None:
    """Reorder in place, keeping the order within each rank (a stable sort)."""
    items.sort(key=rank)
