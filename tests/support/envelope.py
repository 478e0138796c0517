"""Cloudflare's response envelope, the one shape the client accepts, built once for every test."""

from __future__ import annotations

from typing import Any


def envelope(
    result: Any = None,
    *,
    success: bool = True,
    errors: list[dict[str, Any]] | None = None,
    messages: list[dict[str, Any]] | None = None,
    result_info: dict[str, int] | None = None,
) -> dict[str, Any]:
    """The envelope around `result`; `result_info` for a page of a list."""
    body: dict[str, Any] = {
        "success": success,
        "errors": errors or [],
        "messages": messages or [],
        "result": result,
    }
    if result_info is not None:
        body["result_info"] = result_info
    return body


def page(
    items: list[Any], *, page: int = 1, per_page: int = 100, total_count: int | None = None
) -> dict[str, Any]:
    """One page of a list, with the `result_info` the pager reads to decide whether to go on."""
    info = {
        "count": len(items),
        "page": page,
        "per_page": per_page,
        "total_count": len(items) if total_count is None else total_count,
    }
    return envelope(items, result_info=info)


def cursor_page(items: list[Any], *, cursor: str | None, per_page: int = 100) -> dict[str, Any]:
    """One page of a cursor-paginated list: `result_info.cursor` names the next page, None on the last."""
    return envelope(items, result_info={"count": len(items), "per_page": per_page, "cursor": cursor})


def failure(status: int, message: str = "failed", *, code: int | None = None) -> dict[str, Any]:
    """The error envelope of a refused request."""
    return envelope(
        None, success=False, errors=[{"code": status if code is None else code, "message": message}]
    )
