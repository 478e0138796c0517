"""Every resource's flow through the sync and the async client, replayed from its cassette.

In replay the cassette must exist and be played to the end: a regenerated client that sends a
request the cassette lacks fails at that request, and one that stops sending a recorded request fails
here as well.
"""

from __future__ import annotations

from typing import Any

import pytest

import flows

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]

FLOWS = [
    pytest.param(name, marks=[pytest.mark.fake_only] if name in flows.FAKE_ONLY else [], id=name)
    for name in flows.FLOWS
]


@pytest.mark.parametrize("mode", flows.MODES)
@pytest.mark.parametrize("name", FLOWS)
def test_flow(name: str, mode: str, client_options: dict[str, Any], vcr: Any, record_mode: str) -> None:
    if record_mode == "none":
        assert len(vcr) > 0, f"no cassette {vcr._path}: record it with `make record`"
    flows.run(flows.FLOWS[name], mode, client_options)
    if record_mode == "none":
        unplayed = len(vcr) - vcr.play_count
        assert vcr.all_played, f"{unplayed} recorded requests of {vcr._path} were not sent"
