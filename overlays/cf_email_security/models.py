"""The spec's models (AllowPolicy, PatternType, ...), each imported on first use.

A re-export of the generated models package, so that callers depend on `cf_email_security` only. For
annotations it also holds each request model's TypedDict (`CreateAllowPolicyDict`: the dict form calls
and batch builders take) and each enum's Literal of its values (`PatternTypeValue`).
"""

from typing import TYPE_CHECKING, Any

from cf_email_security_generated import models as _generated

if TYPE_CHECKING:
    from cf_email_security_generated.models import *  # noqa: F403

__all__: list[str] = []
__all__ += _generated.__all__  # a form type checkers read: the generated package's names


def __getattr__(name: str) -> Any:
    return getattr(_generated, name)
