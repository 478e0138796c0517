"""The public clients: the generated ones, with batch helpers and plan on every resource that has them.

Only these resource attributes differ from the generated clients; every other resource, the
transport, retries and `with_options` (which keeps the subclass) are inherited unchanged.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from cf_email_security_generated import api

if TYPE_CHECKING:
    from cf_email_security_generated.client import BaseClient

    from ._resources.allow_policies import AllowPolicies, AsyncAllowPolicies
    from ._resources.block_senders import AsyncBlockSenders, BlockSenders
    from ._resources.content_policies import AsyncContentPolicies, ContentPolicies
    from ._resources.domains import AsyncDomains, Domains
    from ._resources.impersonation_registry import AsyncImpersonationRegistry, ImpersonationRegistry
    from ._resources.sending_domain_restrictions import (
        AsyncSendingDomainRestrictions,
        SendingDomainRestrictions,
    )
    from ._resources.trusted_domains import AsyncTrustedDomains, TrustedDomains
    from ._resources.url_ignore_patterns import AsyncUrlIgnorePatterns, UrlIgnorePatterns

ResourceT = TypeVar("ResourceT")


class _Resource(Generic[ResourceT]):
    """A resource attribute that, like the generated properties, imports and builds on first use:
    the class `cls` of the overlay module named after the attribute."""

    def __init__(self, cls: str) -> None:
        self.cls = cls
        self.name = ""

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.name = name

    @overload
    def __get__(self, client: None, owner: type[Any]) -> _Resource[ResourceT]: ...
    @overload
    def __get__(self, client: BaseClient[Any, Any], owner: type[Any]) -> ResourceT: ...
    def __get__(
        self, client: BaseClient[Any, Any] | None, owner: type[Any]
    ) -> ResourceT | _Resource[ResourceT]:
        if client is None:
            return self
        module = importlib.import_module(f"{__package__}._resources.{self.name}")
        resource: ResourceT = client._resource(self.name, getattr(module, self.cls))
        return resource


class EmailSecurity(api.EmailSecurity):
    __doc__ = api.EmailSecurity.__doc__

    allow_policies: _Resource[AllowPolicies] = _Resource("AllowPolicies")
    block_senders: _Resource[BlockSenders] = _Resource("BlockSenders")
    content_policies: _Resource[ContentPolicies] = _Resource("ContentPolicies")
    domains: _Resource[Domains] = _Resource("Domains")
    impersonation_registry: _Resource[ImpersonationRegistry] = _Resource("ImpersonationRegistry")
    sending_domain_restrictions: _Resource[SendingDomainRestrictions] = _Resource("SendingDomainRestrictions")
    trusted_domains: _Resource[TrustedDomains] = _Resource("TrustedDomains")
    url_ignore_patterns: _Resource[UrlIgnorePatterns] = _Resource("UrlIgnorePatterns")


class AsyncEmailSecurity(api.AsyncEmailSecurity):
    __doc__ = api.AsyncEmailSecurity.__doc__

    allow_policies: _Resource[AsyncAllowPolicies] = _Resource("AsyncAllowPolicies")
    block_senders: _Resource[AsyncBlockSenders] = _Resource("AsyncBlockSenders")
    content_policies: _Resource[AsyncContentPolicies] = _Resource("AsyncContentPolicies")
    domains: _Resource[AsyncDomains] = _Resource("AsyncDomains")
    impersonation_registry: _Resource[AsyncImpersonationRegistry] = _Resource("AsyncImpersonationRegistry")
    sending_domain_restrictions: _Resource[AsyncSendingDomainRestrictions] = _Resource(
        "AsyncSendingDomainRestrictions"
    )
    trusted_domains: _Resource[AsyncTrustedDomains] = _Resource("AsyncTrustedDomains")
    url_ignore_patterns: _Resource[AsyncUrlIgnorePatterns] = _Resource("AsyncUrlIgnorePatterns")
