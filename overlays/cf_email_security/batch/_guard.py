"""The mass-delete guard: a plan that would delete a large share of a resource's entries (a desired
list cut short, the wrong file, `prune` on the wrong resource) is refused before anything is sent."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from cf_email_security_generated.errors import EmailSecurityError, ValidationError

if TYPE_CHECKING:
    from ._plan import Plan

MAX_SHARE = 0.10
MAX_COUNT = 100


class TooManyDeletesError(EmailSecurityError, ValueError):
    """A plan deletes more of a resource's entries than its guard allows: `deletes` of `current`,
    against at most `max_share` of them and at most `max_count` (None: that limit is off)."""

    def __init__(
        self, resource: str, deletes: int, current: int, max_share: float | None, max_count: int | None
    ) -> None:
        limits: list[str] = []
        if max_share is not None and deletes > max_share * current:
            limits.append(f"{max_share:.0%}")
        if max_count is not None and deletes > max_count:
            limits.append(f"{max_count} entr{'y' if max_count == 1 else 'ies'}")
        over = " and more than ".join(limits)
        super().__init__(f"{resource}: the plan deletes {deletes} of {current} entries, more than {over}")
        self.resource = resource
        self.deletes = deletes
        self.current = current
        self.max_share = max_share
        self.max_count = max_count


def _limits(max_share: Any, max_count: Any) -> None:
    if max_share is not None and (
        isinstance(max_share, bool)
        or not isinstance(max_share, (int, float))
        or not math.isfinite(max_share)
        or not 0 <= max_share <= 1
    ):
        raise ValidationError("max_share", "must be a number from 0 to 1 (0.10 is 10 %), or None")
    if max_count is not None and (
        isinstance(max_count, bool) or not isinstance(max_count, int) or max_count < 0
    ):
        raise ValidationError("max_count", "must be an integer >= 0, or None")


def check_deletes(plan: Plan[Any], max_share: float | None, max_count: int | None) -> None:
    """Raise TooManyDeletesError when the plan deletes more than `max_share` of the resource's current
    entries or more than `max_count` of them."""
    _limits(max_share, max_count)
    deletes = len(plan.deletes)
    current = plan.unchanged + len(plan.changes) + deletes + plan.left_alone
    over_share = max_share is not None and deletes > max_share * current
    over_count = max_count is not None and deletes > max_count
    if over_share or over_count:
        raise TooManyDeletesError(plan.kind.name, deletes, current, max_share, max_count)
