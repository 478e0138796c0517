"""The clients: one attribute per resource of the spec, each made (and its models imported) on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..client import AsyncClient, SyncClient

OPERATIONS: tuple[tuple[str, str, str, str, str], ...] = (
    # (resource, method, HTTP method, path, operationId): every operation of the spec
    (
        "allow_policies",
        "list",
        "GET",
        "/accounts/{account_id}/email-security/settings/allow_policies",
        "email_security_list_allow_policies",
    ),
    (
        "allow_policies",
        "create",
        "POST",
        "/accounts/{account_id}/email-security/settings/allow_policies",
        "email_security_create_allow_policy",
    ),
    (
        "allow_policies",
        "batch",
        "POST",
        "/accounts/{account_id}/email-security/settings/allow_policies/batch",
        "email_security_batch_allow_policies",
    ),
    (
        "allow_policies",
        "get",
        "GET",
        "/accounts/{account_id}/email-security/settings/allow_policies/{policy_id}",
        "email_security_get_allow_policy",
    ),
    (
        "allow_policies",
        "delete",
        "DELETE",
        "/accounts/{account_id}/email-security/settings/allow_policies/{policy_id}",
        "email_security_delete_allow_policy",
    ),
    (
        "allow_policies",
        "update",
        "PATCH",
        "/accounts/{account_id}/email-security/settings/allow_policies/{policy_id}",
        "email_security_update_allow_policy",
    ),
    (
        "block_senders",
        "list",
        "GET",
        "/accounts/{account_id}/email-security/settings/block_senders",
        "email_security_list_blocked_senders",
    ),
    (
        "block_senders",
        "create",
        "POST",
        "/accounts/{account_id}/email-security/settings/block_senders",
        "email_security_create_blocked_sender",
    ),
    (
        "block_senders",
        "batch",
        "POST",
        "/accounts/{account_id}/email-security/settings/block_senders/batch",
        "email_security_batch_blocked_senders",
    ),
    (
        "block_senders",
        "get",
        "GET",
        "/accounts/{account_id}/email-security/settings/block_senders/{pattern_id}",
        "email_security_get_blocked_sender",
    ),
    (
        "block_senders",
        "delete",
        "DELETE",
        "/accounts/{account_id}/email-security/settings/block_senders/{pattern_id}",
        "email_security_delete_blocked_sender",
    ),
    (
        "block_senders",
        "update",
        "PATCH",
        "/accounts/{account_id}/email-security/settings/block_senders/{pattern_id}",
        "email_security_update_blocked_sender",
    ),
    (
        "domains",
        "list",
        "GET",
        "/accounts/{account_id}/email-security/settings/domains",
        "email_security_list_domains",
    ),
    (
        "domains",
        "bulk_delete",
        "DELETE",
        "/accounts/{account_id}/email-security/settings/domains",
        "email_security_delete_domains",
    ),
    (
        "domains",
        "get",
        "GET",
        "/accounts/{account_id}/email-security/settings/domains/{domain_id}",
        "email_security_get_domain",
    ),
    (
        "domains",
        "delete",
        "DELETE",
        "/accounts/{account_id}/email-security/settings/domains/{domain_id}",
        "email_security_delete_domain",
    ),
    (
        "domains",
        "update",
        "PATCH",
        "/accounts/{account_id}/email-security/settings/domains/{domain_id}",
        "email_security_update_domain",
    ),
    (
        "impersonation_registry",
        "list",
        "GET",
        "/accounts/{account_id}/email-security/settings/impersonation_registry",
        "email_security_list_display_names",
    ),
    (
        "impersonation_registry",
        "create",
        "POST",
        "/accounts/{account_id}/email-security/settings/impersonation_registry",
        "email_security_create_display_name",
    ),
    (
        "impersonation_registry",
        "get",
        "GET",
        "/accounts/{account_id}/email-security/settings/impersonation_registry/{display_name_id}",
        "email_security_get_display_name",
    ),
    (
        "impersonation_registry",
        "delete",
        "DELETE",
        "/accounts/{account_id}/email-security/settings/impersonation_registry/{display_name_id}",
        "email_security_delete_display_name",
    ),
    (
        "impersonation_registry",
        "update",
        "PATCH",
        "/accounts/{account_id}/email-security/settings/impersonation_registry/{display_name_id}",
        "email_security_update_display_name",
    ),
    (
        "sending_domain_restrictions",
        "batch",
        "POST",
        "/accounts/{account_id}/email-security/settings/sending_domain_restrictions/batch",
        "email_security_batch_sending_domain_restrictions",
    ),
    (
        "trusted_domains",
        "list",
        "GET",
        "/accounts/{account_id}/email-security/settings/trusted_domains",
        "email_security_list_trusted_domains",
    ),
    (
        "trusted_domains",
        "create",
        "POST",
        "/accounts/{account_id}/email-security/settings/trusted_domains",
        "email_security_create_trusted_domain",
    ),
    (
        "trusted_domains",
        "batch",
        "POST",
        "/accounts/{account_id}/email-security/settings/trusted_domains/batch",
        "email_security_batch_trusted_domains",
    ),
    (
        "trusted_domains",
        "get",
        "GET",
        "/accounts/{account_id}/email-security/settings/trusted_domains/{trusted_domain_id}",
        "email_security_get_trusted_domain",
    ),
    (
        "trusted_domains",
        "delete",
        "DELETE",
        "/accounts/{account_id}/email-security/settings/trusted_domains/{trusted_domain_id}",
        "email_security_delete_trusted_domain",
    ),
    (
        "trusted_domains",
        "update",
        "PATCH",
        "/accounts/{account_id}/email-security/settings/trusted_domains/{trusted_domain_id}",
        "email_security_update_trusted_domain",
    ),
)

if TYPE_CHECKING:
    from .allow_policies import AllowPolicies, AsyncAllowPolicies
    from .block_senders import AsyncBlockSenders, BlockSenders
    from .domains import AsyncDomains, Domains
    from .impersonation_registry import AsyncImpersonationRegistry, ImpersonationRegistry
    from .sending_domain_restrictions import AsyncSendingDomainRestrictions, SendingDomainRestrictions
    from .trusted_domains import AsyncTrustedDomains, TrustedDomains


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
    def domains(self) -> Domains:
        """Domains protected by Email Security (created by onboarding, not by this API)."""
        from .domains import Domains

        return self._resource("domains", Domains)

    @property
    def impersonation_registry(self) -> ImpersonationRegistry:
        """Display names that attackers may impersonate."""
        from .impersonation_registry import ImpersonationRegistry

        return self._resource("impersonation_registry", ImpersonationRegistry)

    @property
    def sending_domain_restrictions(self) -> SendingDomainRestrictions:
        """Restrictions on sending domains; this API can only delete them, in batches."""
        from .sending_domain_restrictions import SendingDomainRestrictions

        return self._resource("sending_domain_restrictions", SendingDomainRestrictions)

    @property
    def trusted_domains(self) -> TrustedDomains:
        """Domains exempt from recent-domain and similar-domain detections."""
        from .trusted_domains import TrustedDomains

        return self._resource("trusted_domains", TrustedDomains)


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
    def domains(self) -> AsyncDomains:
        """Domains protected by Email Security (created by onboarding, not by this API)."""
        from .domains import AsyncDomains

        return self._resource("domains", AsyncDomains)

    @property
    def impersonation_registry(self) -> AsyncImpersonationRegistry:
        """Display names that attackers may impersonate."""
        from .impersonation_registry import AsyncImpersonationRegistry

        return self._resource("impersonation_registry", AsyncImpersonationRegistry)

    @property
    def sending_domain_restrictions(self) -> AsyncSendingDomainRestrictions:
        """Restrictions on sending domains; this API can only delete them, in batches."""
        from .sending_domain_restrictions import AsyncSendingDomainRestrictions

        return self._resource("sending_domain_restrictions", AsyncSendingDomainRestrictions)

    @property
    def trusted_domains(self) -> AsyncTrustedDomains:
        """Domains exempt from recent-domain and similar-domain detections."""
        from .trusted_domains import AsyncTrustedDomains

        return self._resource("trusted_domains", AsyncTrustedDomains)
