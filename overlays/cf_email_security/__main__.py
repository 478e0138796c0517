"""`python -m cf_email_security`: the `cf-email-security` command line."""

from cf_email_security.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
