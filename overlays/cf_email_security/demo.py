"""`make demo`: show what the client offers, one line per operation of the spec."""

from __future__ import annotations

from cf_email_security_generated.api import OPERATIONS

from . import __version__


def main() -> None:
    print(f"cloudflare-email-security {__version__}: {len(OPERATIONS)} operations\n")
    width = max(len(f"{resource}.{method}") for resource, method, *_ in OPERATIONS)
    for resource, method, http_method, path, _ in OPERATIONS:
        call = f"{resource}.{method}"
        print(f"  es.{call:<{width}}  {http_method:<6} {path.removeprefix('/accounts/{account_id}')}")


if __name__ == "__main__":
    main()
