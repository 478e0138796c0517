"""tests/conformance/findings.yaml, read as run_schemathesis.py reads it (schemathesis itself is not
needed): every entry well formed, and each explains the failure it was written for, and only that."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import run_schemathesis as runner

SETTINGS = "/accounts/{account_id}/email-security/settings"


def failure(operation: str, message: str, check: str = "positive_data_acceptance") -> runner.Failure:
    body = (
        '{"success":false,"errors":[{"code":1001,"message":"' + message + '"}],"messages":[],"result":null}'
    )
    return runner.Failure(check, "ST202", operation, "", 400, body)


def verdict(found: runner.Failure) -> str | None:
    entry = next((entry for entry in runner.findings() if entry.explains(found)), None)
    return None if entry is None else entry.verdict


def test_every_finding_is_well_formed() -> None:
    entries = runner.findings()
    assert entries
    for entry in entries:
        assert len(entry.reason.split()) >= 12, f"{entry.response}: say why"


@pytest.mark.parametrize(
    ("operation", "message", "expected"),
    [
        (
            f"POST {SETTINGS}/allow_policies",
            "invalid request body: pattern_type: must be one of EMAIL, DOMAIN, IP",
            "reference",
        ),
        (  # a value the spec gains later is named too: UNKNOWN is still the one refused
            f"POST {SETTINGS}/allow_policies",
            "invalid request body: pattern_type: must be one of EMAIL, DOMAIN, IP, URL",
            "reference",
        ),
        (
            f"PATCH {SETTINGS}/domains/{{domain_id}}",
            "invalid request body: domain: is not a known field",
            "reference",
        ),
        (
            f"POST {SETTINGS}/domains/batch",
            "invalid request body: patches[0].domain: is not a known field",
            "reference",
        ),
        (f"POST {SETTINGS}/trusted_domains", "invalid request body: x7: is not a known field", "divergence"),
        (f"GET {SETTINGS}/domains", "invalid query: page must be <= 2147483647", "divergence"),
        (
            f"GET {SETTINGS}/domains",
            "invalid query: page must be an integer >= 1",
            None,
        ),  # fixed: unexplained
        (f"POST {SETTINGS}/allow_policies", "invalid request body: pattern: must be a string", None),
    ],
)
def test_each_finding_explains_its_failure_only(operation: str, message: str, expected: str | None) -> None:
    assert verdict(failure(operation, message)) == expected


def test_a_server_error_is_never_explained() -> None:
    assert verdict(failure(f"GET {SETTINGS}/domains", "boom", check="not_a_server_error")) is None
