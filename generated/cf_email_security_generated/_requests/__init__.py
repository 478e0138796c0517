"""Request builders, one module per resource: see `_resource.py`."""

from .._validation import check


def check_account(account_id: str) -> None:
    """The account every path starts with, checked against the spec's rules for it."""
    check(
        account_id,
        "",
        "account_id",
        str,
        required=True,
        min_length=1,
        max_length=32,
        pattern="^(?!\\.\\.?$)[^/?#]+$",
    )
