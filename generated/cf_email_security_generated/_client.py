"""The clients users make: one attribute per resource of the spec, each made (and its models imported)
on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._base_client import AsyncClient, SyncClient

if TYPE_CHECKING:
    from .resources.allow_policies import AllowPolicies, AsyncAllowPolicies
    from .resources.block_senders import AsyncBlockSenders, BlockSenders
    from .resources.content_policies import AsyncContentPolicies, ContentPolicies
    from .resources.domains import AsyncDomains, Domains
    from .resources.impersonation_registry import AsyncImpersonationRegistry, ImpersonationRegistry
    from .resources.investigate import AsyncInvestigate, Investigate
    from .resources.investigate_bulk import AsyncInvestigateBulk, InvestigateBulk
    from .resources.phishguard_reports import AsyncPhishguardReports, PhishguardReports
    from .resources.sending_domain_restrictions import (
        AsyncSendingDomainRestrictions,
        SendingDomainRestrictions,
    )
    from .resources.submissions import AsyncSubmissions, Submissions
    from .resources.trusted_domains import AsyncTrustedDomains, TrustedDomains
    from .resources.url_ignore_patterns import AsyncUrlIgnorePatterns, UrlIgnorePatterns


class EmailSecurity(SyncClient):
    """Client for Cloudflare Email Security Settings.

    Credentials come from the arguments or from CLOUDFLARE_API_TOKEN (or CLOUDFLARE_API_KEY and
    CLOUDFLARE_EMAIL); the account from account_id= or CLOUDFLARE_ACCOUNT_ID; the server from
    base_url= or CLOUDFLARE_BASE_URL (default https://api.cloudflare.com/client/v4).
    """

    @cached_property
    def allow_policies(self) -> AllowPolicies:
        """Senders and recipients that bypass some or all detections."""
        from .resources.allow_policies import AllowPolicies

        return AllowPolicies(self)

    @cached_property
    def block_senders(self) -> BlockSenders:
        """Senders whose mail is always blocked."""
        from .resources.block_senders import BlockSenders

        return BlockSenders(self)

    @cached_property
    def content_policies(self) -> ContentPolicies:
        """Patterns matched against the subject or body of a message."""
        from .resources.content_policies import ContentPolicies

        return ContentPolicies(self)

    @cached_property
    def domains(self) -> Domains:
        """Protected domains; the API can now create them, and unprotecting is irreversible."""
        from .resources.domains import Domains

        return Domains(self)

    @cached_property
    def impersonation_registry(self) -> ImpersonationRegistry:
        """Identities (display name and address) that attackers may impersonate."""
        from .resources.impersonation_registry import ImpersonationRegistry

        return ImpersonationRegistry(self)

    @cached_property
    def sending_domain_restrictions(self) -> SendingDomainRestrictions:
        """Sending domains whose mail must arrive over TLS, with subdomains exempted."""
        from .resources.sending_domain_restrictions import SendingDomainRestrictions

        return SendingDomainRestrictions(self)

    @cached_property
    def trusted_domains(self) -> TrustedDomains:
        """Domains exempt from recent-domain and similar-domain detections."""
        from .resources.trusted_domains import TrustedDomains

        return TrustedDomains(self)

    @cached_property
    def url_ignore_patterns(self) -> UrlIgnorePatterns:
        """URLs that Email Security leaves unrewritten."""
        from .resources.url_ignore_patterns import UrlIgnorePatterns

        return UrlIgnorePatterns(self)

    @cached_property
    def investigate(self) -> Investigate:
        """Processed mail, searched and acted on (previewed, traced, moved, released, reclassified)."""
        from .resources.investigate import Investigate

        return Investigate(self)

    @cached_property
    def investigate_bulk(self) -> InvestigateBulk:
        """Jobs that move or release every message a search matches."""
        from .resources.investigate_bulk import InvestigateBulk

        return InvestigateBulk(self)

    @cached_property
    def submissions(self) -> Submissions:
        """Requests to reclassify messages, by end users or the security team, and their outcome."""
        from .resources.submissions import Submissions

        return Submissions(self)

    @cached_property
    def phishguard_reports(self) -> PhishguardReports:
        """PhishGuard alert reports on the threats found in an account's mail."""
        from .resources.phishguard_reports import PhishguardReports

        return PhishguardReports(self)


class AsyncEmailSecurity(AsyncClient):
    """Async client for Cloudflare Email Security Settings.

    Credentials come from the arguments or from CLOUDFLARE_API_TOKEN (or CLOUDFLARE_API_KEY and
    CLOUDFLARE_EMAIL); the account from account_id= or CLOUDFLARE_ACCOUNT_ID; the server from
    base_url= or CLOUDFLARE_BASE_URL (default https://api.cloudflare.com/client/v4).
    """

    @cached_property
    def allow_policies(self) -> AsyncAllowPolicies:
        """Senders and recipients that bypass some or all detections."""
        from .resources.allow_policies import AsyncAllowPolicies

        return AsyncAllowPolicies(self)

    @cached_property
    def block_senders(self) -> AsyncBlockSenders:
        """Senders whose mail is always blocked."""
        from .resources.block_senders import AsyncBlockSenders

        return AsyncBlockSenders(self)

    @cached_property
    def content_policies(self) -> AsyncContentPolicies:
        """Patterns matched against the subject or body of a message."""
        from .resources.content_policies import AsyncContentPolicies

        return AsyncContentPolicies(self)

    @cached_property
    def domains(self) -> AsyncDomains:
        """Protected domains; the API can now create them, and unprotecting is irreversible."""
        from .resources.domains import AsyncDomains

        return AsyncDomains(self)

    @cached_property
    def impersonation_registry(self) -> AsyncImpersonationRegistry:
        """Identities (display name and address) that attackers may impersonate."""
        from .resources.impersonation_registry import AsyncImpersonationRegistry

        return AsyncImpersonationRegistry(self)

    @cached_property
    def sending_domain_restrictions(self) -> AsyncSendingDomainRestrictions:
        """Sending domains whose mail must arrive over TLS, with subdomains exempted."""
        from .resources.sending_domain_restrictions import AsyncSendingDomainRestrictions

        return AsyncSendingDomainRestrictions(self)

    @cached_property
    def trusted_domains(self) -> AsyncTrustedDomains:
        """Domains exempt from recent-domain and similar-domain detections."""
        from .resources.trusted_domains import AsyncTrustedDomains

        return AsyncTrustedDomains(self)

    @cached_property
    def url_ignore_patterns(self) -> AsyncUrlIgnorePatterns:
        """URLs that Email Security leaves unrewritten."""
        from .resources.url_ignore_patterns import AsyncUrlIgnorePatterns

        return AsyncUrlIgnorePatterns(self)

    @cached_property
    def investigate(self) -> AsyncInvestigate:
        """Processed mail, searched and acted on (previewed, traced, moved, released, reclassified)."""
        from .resources.investigate import AsyncInvestigate

        return AsyncInvestigate(self)

    @cached_property
    def investigate_bulk(self) -> AsyncInvestigateBulk:
        """Jobs that move or release every message a search matches."""
        from .resources.investigate_bulk import AsyncInvestigateBulk

        return AsyncInvestigateBulk(self)

    @cached_property
    def submissions(self) -> AsyncSubmissions:
        """Requests to reclassify messages, by end users or the security team, and their outcome."""
        from .resources.submissions import AsyncSubmissions

        return AsyncSubmissions(self)

    @cached_property
    def phishguard_reports(self) -> AsyncPhishguardReports:
        """PhishGuard alert reports on the threats found in an account's mail."""
        from .resources.phishguard_reports import AsyncPhishguardReports

        return AsyncPhishguardReports(self)
