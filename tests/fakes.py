"""Thin re-exports for the two modules not yet moved to the `support` toolbox; new code imports `support`.

tests/conftest.py reads ENV_VARS; tests/test_fake.py reads ALLOW_POLICY_FIELDS, an example body whose
values its assertions depend on (it moves there, or to `support.Factory`, when that module migrates;
then this file goes).
"""

from __future__ import annotations

from typing import Any

from support import ENV_VARS

__all__ = ["ALLOW_POLICY_FIELDS", "ENV_VARS"]

ALLOW_POLICY_FIELDS: dict[str, Any] = {
    "pattern": "a@example.com",
    "pattern_type": "EMAIL",
    "is_regex": False,
    "is_trusted_sender": True,
    "is_acceptable_sender": False,
    "is_exempt_recipient": False,
    "verify_sender": True,
}
