"""The clients with the batch helpers (plan, export and, where the batch allows, batch_builder and
apply_batch) on every resource whose entity has a natural key: `cf_email_security` exports these.

Only those resource attributes differ from the clients of `_client.py`; every other attribute, the
transport, retries and `with_options` (which keeps the subclass) are inherited unchanged. Each is a
lazy property: a resource's module (and `cf_email_security.batch` with it) loads on first use.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._client import AsyncEmailSecurity as _AsyncEmailSecurity
from .._client import EmailSecurity as _EmailSecurity

if TYPE_CHECKING:
    from .allow_policies import AllowPolicies, AsyncAllowPolicies
    from .block_senders import AsyncBlockSenders, BlockSenders
    from .content_policies import AsyncContentPolicies, ContentPolicies
    from .domains import AsyncDomains, Domains
    from .impersonation_registry import AsyncImpersonationRegistry, ImpersonationRegistry
    from .sending_domain_restrictions import AsyncSendingDomainRestrictions, SendingDomainRestrictions
    from .trusted_domains import AsyncTrustedDomains, TrustedDomains
    from .url_ignore_patterns import AsyncUrlIgnorePatterns, UrlIgnorePatterns


class EmailSecurity(_EmailSecurity):
    __doc__ = _EmailSecurity.__doc__

    @cached_property
    def allow_policies(self) -> AllowPolicies:
        """Senders and recipients that bypass some or all detections; with plan and export."""
        from .allow_policies import AllowPolicies

        return AllowPolicies(self)

    @cached_property
    def block_senders(self) -> BlockSenders:
        """Senders whose mail is always blocked; with plan and export."""
        from .block_senders import BlockSenders

        return BlockSenders(self)

    @cached_property
    def content_policies(self) -> ContentPolicies:
        """Patterns matched against the subject or body of a message; with plan and export."""
        from .content_policies import ContentPolicies

        return ContentPolicies(self)

    @cached_property
    def domains(self) -> Domains:
        """Protected domains; the API can now create them, and unprotecting is irreversible; with plan and export."""
        from .domains import Domains

        return Domains(self)

    @cached_property
    def impersonation_registry(self) -> ImpersonationRegistry:
        """Identities (display name and address) that attackers may impersonate; with plan and export."""
        from .impersonation_registry import ImpersonationRegistry

        return ImpersonationRegistry(self)

    @cached_property
    def sending_domain_restrictions(self) -> SendingDomainRestrictions:
        """Sending domains whose mail must arrive over TLS, with subdomains exempted; with plan and export."""
        from .sending_domain_restrictions import SendingDomainRestrictions

        return SendingDomainRestrictions(self)

    @cached_property
    def trusted_domains(self) -> TrustedDomains:
        """Domains exempt from recent-domain and similar-domain detections; with plan and export."""
        from .trusted_domains import TrustedDomains

        return TrustedDomains(self)

    @cached_property
    def url_ignore_patterns(self) -> UrlIgnorePatterns:
        """URLs that Email Security leaves unrewritten; with plan and export."""
        from .url_ignore_patterns import UrlIgnorePatterns

        return UrlIgnorePatterns(self)


class AsyncEmailSecurity(_AsyncEmailSecurity):
    __doc__ = _AsyncEmailSecurity.__doc__

    @cached_property
    def allow_policies(self) -> AsyncAllowPolicies:
        """Senders and recipients that bypass some or all detections; with plan and export."""
        from .allow_policies import AsyncAllowPolicies

        return AsyncAllowPolicies(self)

    @cached_property
    def block_senders(self) -> AsyncBlockSenders:
        """Senders whose mail is always blocked; with plan and export."""
        from .block_senders import AsyncBlockSenders

        return AsyncBlockSenders(self)

    @cached_property
    def content_policies(self) -> AsyncContentPolicies:
        """Patterns matched against the subject or body of a message; with plan and export."""
        from .content_policies import AsyncContentPolicies

        return AsyncContentPolicies(self)

    @cached_property
    def domains(self) -> AsyncDomains:
        """Protected domains; the API can now create them, and unprotecting is irreversible; with plan and export."""
        from .domains import AsyncDomains

        return AsyncDomains(self)

    @cached_property
    def impersonation_registry(self) -> AsyncImpersonationRegistry:
        """Identities (display name and address) that attackers may impersonate; with plan and export."""
        from .impersonation_registry import AsyncImpersonationRegistry

        return AsyncImpersonationRegistry(self)

    @cached_property
    def sending_domain_restrictions(self) -> AsyncSendingDomainRestrictions:
        """Sending domains whose mail must arrive over TLS, with subdomains exempted; with plan and export."""
        from .sending_domain_restrictions import AsyncSendingDomainRestrictions

        return AsyncSendingDomainRestrictions(self)

    @cached_property
    def trusted_domains(self) -> AsyncTrustedDomains:
        """Domains exempt from recent-domain and similar-domain detections; with plan and export."""
        from .trusted_domains import AsyncTrustedDomains

        return AsyncTrustedDomains(self)

    @cached_property
    def url_ignore_patterns(self) -> AsyncUrlIgnorePatterns:
        """URLs that Email Security leaves unrewritten; with plan and export."""
        from .url_ignore_patterns import AsyncUrlIgnorePatterns

        return AsyncUrlIgnorePatterns(self)
