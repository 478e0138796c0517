"""Generated client for Cloudflare Email Security Settings.

Do not edit: change the spec or a template and run `make generate`.

The public, stable import is `cf_email_security`, which builds on this package.
"""

VERSION = "1.0.0"
