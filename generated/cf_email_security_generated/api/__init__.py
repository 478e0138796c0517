"""The clients: one attribute per resource of the spec, each made (and its models imported) on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..client import AsyncClient, SyncClient

if TYPE_CHECKING:
    from .allow_policies import AllowPolicies, AsyncAllowPolicies
    from .block_senders import AsyncBlockSenders, BlockSenders
    from .content_policies import AsyncContentPolicies, ContentPolicies
    from .domains import AsyncDomains, Domains
    from .impersonation_registry import AsyncImpersonationRegistry, ImpersonationRegistry
    from .sending_domain_restrictions import AsyncSendingDomainRestrictions, SendingDomainRestrictions
    from .trusted_domains import AsyncTrustedDomains, TrustedDomains
    from .url_ignore_patterns import AsyncUrlIgnorePatterns, UrlIgnorePatterns


class EmailSecurity(SyncClient):
    """Client for Cloudflare Email Security Settings.

    Credentials come from the arguments or from CLOUDFLARE_API_TOKEN (or CLOUDFLARE_API_KEY and
    CLOUDFLARE_EMAIL); the account from account_id= or CLOUDFLARE_ACCOUNT_ID; the server from
    base_url= or CLOUDFLARE_BASE_URL (default https://api.cloudflare.com/client/v4).
    """

    @property
    def allow_policies(self) -> AllowPolicies:
        """Senders and recipients that bypass some or all detections."""
        from .allow_policies import AllowPolicies

        return self._resource("allow_policies", AllowPolicies)

    @property
    def block_senders(self) -> BlockSenders:
        """Senders whose mail is always blocked."""
        from .block_senders import BlockSenders

        return self._resource("block_senders", BlockSenders)

    @property
    def content_policies(self) -> ContentPolicies:
        """Patterns matched against the subject or body of a message."""
        from .content_policies import ContentPolicies

        return self._resource("content_policies", ContentPolicies)

    @property
    def domains(self) -> Domains:
        """Protected domains; the API can now create them, and unprotecting is irreversible."""
        from .domains import Domains

        return self._resource("domains", Domains)

    @property
    def impersonation_registry(self) -> ImpersonationRegistry:
        """Identities (display name and address) that attackers may impersonate."""
        from .impersonation_registry import ImpersonationRegistry

        return self._resource("impersonation_registry", ImpersonationRegistry)

    @property
    def sending_domain_restrictions(self) -> SendingDomainRestrictions:
        """Sending domains whose mail must arrive over TLS, with subdomains exempted."""
        from .sending_domain_restrictions import SendingDomainRestrictions

        return self._resource("sending_domain_restrictions", SendingDomainRestrictions)

    @property
    def trusted_domains(self) -> TrustedDomains:
        """Domains exempt from recent-domain and similar-domain detections."""
        from .trusted_domains import TrustedDomains

        return self._resource("trusted_domains", TrustedDomains)

    @property
    def url_ignore_patterns(self) -> UrlIgnorePatterns:
        """URLs that Email Security leaves unrewritten."""
        from .url_ignore_patterns import UrlIgnorePatterns

        return self._resource("url_ignore_patterns", UrlIgnorePatterns)


class AsyncEmailSecurity(AsyncClient):
    """Async client for Cloudflare Email Security Settings.

    Credentials come from the arguments or from CLOUDFLARE_API_TOKEN (or CLOUDFLARE_API_KEY and
    CLOUDFLARE_EMAIL); the account from account_id= or CLOUDFLARE_ACCOUNT_ID; the server from
    base_url= or CLOUDFLARE_BASE_URL (default https://api.cloudflare.com/client/v4).
    """

    @property
    def allow_policies(self) -> AsyncAllowPolicies:
        """Senders and recipients that bypass some or all detections."""
        from .allow_policies import AsyncAllowPolicies

        return self._resource("allow_policies", AsyncAllowPolicies)

    @property
    def block_senders(self) -> AsyncBlockSenders:
        """Senders whose mail is always blocked."""
        from .block_senders import AsyncBlockSenders

        return self._resource("block_senders", AsyncBlockSenders)

    @property
    def content_policies(self) -> AsyncContentPolicies:
        """Patterns matched against the subject or body of a message."""
        from .content_policies import AsyncContentPolicies

        return self._resource("content_policies", AsyncContentPolicies)

    @property
    def domains(self) -> AsyncDomains:
        """Protected domains; the API can now create them, and unprotecting is irreversible."""
        from .domains import AsyncDomains

        return self._resource("domains", AsyncDomains)

    @property
    def impersonation_registry(self) -> AsyncImpersonationRegistry:
        """Identities (display name and address) that attackers may impersonate."""
        from .impersonation_registry import AsyncImpersonationRegistry

        return self._resource("impersonation_registry", AsyncImpersonationRegistry)

    @property
    def sending_domain_restrictions(self) -> AsyncSendingDomainRestrictions:
        """Sending domains whose mail must arrive over TLS, with subdomains exempted."""
        from .sending_domain_restrictions import AsyncSendingDomainRestrictions

        return self._resource("sending_domain_restrictions", AsyncSendingDomainRestrictions)

    @property
    def trusted_domains(self) -> AsyncTrustedDomains:
        """Domains exempt from recent-domain and similar-domain detections."""
        from .trusted_domains import AsyncTrustedDomains

        return self._resource("trusted_domains", AsyncTrustedDomains)

    @property
    def url_ignore_patterns(self) -> AsyncUrlIgnorePatterns:
        """URLs that Email Security leaves unrewritten."""
        from .url_ignore_patterns import AsyncUrlIgnorePatterns

        return self._resource("url_ignore_patterns", AsyncUrlIgnorePatterns)
