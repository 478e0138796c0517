"""The public clients: the generated ones with the batch helpers on every resource whose entity has a
natural key, wired by the generator from the spec's shapes (`cf_email_security_generated._planned`):
a new resource gets plan and export with no edit here."""

from cf_email_security_generated._planned import AsyncEmailSecurity, EmailSecurity

__all__ = ["AsyncEmailSecurity", "EmailSecurity"]
