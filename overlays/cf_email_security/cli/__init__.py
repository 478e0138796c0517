"""`cf-email-security`: the command line, built from the spec that ships with the client.

    cf-email-security block-senders list --pattern-type EMAIL -o json
    cf-email-security investigate list --sender bad@evil.example --since 7d -o table
    cf-email-security investigate bulk create --action MOVE --to JunkEmail --sender bad@evil.example --wait
    cf-email-security export -f settings.yaml && cf-email-security plan -f settings.yaml

Every operation is `RESOURCE VERB` (read from the packaged OpenAPI document and called on the public
client), and export/plan/apply handle the account's settings as one file. `python -m cf_email_security`
is the same command.
"""

from ._main import main

__all__ = ["main"]
