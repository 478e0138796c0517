"""Domain: A protected domain as the server returns it."""

from __future__ import annotations

import datetime
from operator import itemgetter
from typing import Any

from attrs import define
from attrs import field as attrs_field  # a model may have a field named `field`

from .._model import ReadModel, no_fields
from .._parsing import (
    JSON_OBJECT,
    MISSING,
    as_bool,
    as_datetime,
    as_int,
    as_object,
    as_str,
    enum_members,
    enum_of,
    fromisoformat,
    list_of,
    maybe,
    required,
    where,
)
from .delivery_mode import DeliveryMode
from .disposition_label import DispositionLabel
from .dmarc_status import DmarcStatus
from .domain_authorization import DomainAuthorization
from .domain_status import DomainStatus
from .emails_processed import EmailsProcessed
from .inbox_provider import InboxProvider
from .region import Region
from .scannable_folder import ScannableFolder
from .spf_status import SpfStatus


@define
class Domain(ReadModel):
    """A protected domain as the server returns it.

    Attributes:
        id: The unique identifier of an entry, a UUID.
        last_modified: Deprecated (end of life 2026-11-01); use `modified_at`.
        authorization: Whether the domain is authorized, and since when; null where the API has not said.
        emails_processed: Mail counts of the domain; null before any mail was counted.
        folder: The mailbox folder to scan, for API-scanning domains.
        status: Where the DNS TXT verification of a domain stands.

    `additional_properties` keeps the fields the spec does not know, as received.
    """

    id: str
    created_at: datetime.datetime | None = None
    modified_at: datetime.datetime | None = None
    last_modified: datetime.datetime | None = None
    allowed_delivery_modes: list[DeliveryMode | str] | None = None
    authorization: DomainAuthorization | None = None
    dmarc_status: DmarcStatus | str | None = None
    domain: str | None = None
    drop_dispositions: list[DispositionLabel | str] | None = None
    emails_processed: EmailsProcessed | None = None
    folder: ScannableFolder | str | None = None
    inbox_provider: InboxProvider | str | None = None
    integration_id: str | None = None
    ip_restrictions: list[str] | None = None
    lookback_hops: int | None = None
    o365_tenant_id: str | None = None
    regions: list[Region | str] | None = None
    require_tls_inbound: bool | None = None
    require_tls_outbound: bool | None = None
    spf_status: SpfStatus | str | None = None
    status: DomainStatus | str | None = None
    transport: str | None = None
    additional_properties: dict[str, Any] = attrs_field(init=False, factory=no_fields)

    @classmethod
    def from_dict(cls, data: Any, parent: str = "", key: str | None = None) -> Domain:
        """Read a JSON object; ResponseValidationError names the field that does not fit the spec.

        `parent` and `key` place the object in the response, for that error's path (`result[3]`).
        """
        if type(data) is not JSON_OBJECT:
            data = as_object(data, parent, key or cls.__name__)
        whole = False  # every field there, and no other: none to keep in additional_properties
        fields = _ABSENT  # MISSING for every field, until they are read
        if len(data) >= 22:
            try:
                fields = _FIELDS(data)
                whole = len(data) == 22
            except KeyError:
                pass
        if not whole:  # MISSING in place of an absent field
            fields = tuple(map(data.get, _KEYS, _ABSENT))
        (
            id_,
            created_at_,
            modified_at_,
            last_modified_,
            allowed_delivery_modes_,
            authorization_,
            dmarc_status_,
            domain_,
            drop_dispositions_,
            emails_processed_,
            folder_,
            inbox_provider_,
            integration_id_,
            ip_restrictions_,
            lookback_hops_,
            o365_tenant_id_,
            regions_,
            require_tls_inbound_,
            require_tls_outbound_,
            spf_status_,
            status_,
            transport_,
        ) = fields
        if type(id_) is not str:
            id_ = required(id_, where(parent, key, cls), "id", as_str)
        if type(created_at_) is str:
            try:
                created_at_ = fromisoformat(created_at_)
            except ValueError:
                created_at_ = maybe(created_at_, where(parent, key, cls), "created_at", as_datetime)
        elif created_at_ is not None:
            created_at_ = maybe(created_at_, where(parent, key, cls), "created_at", as_datetime)
        if type(modified_at_) is str:
            try:
                modified_at_ = fromisoformat(modified_at_)
            except ValueError:
                modified_at_ = maybe(modified_at_, where(parent, key, cls), "modified_at", as_datetime)
        elif modified_at_ is not None:
            modified_at_ = maybe(modified_at_, where(parent, key, cls), "modified_at", as_datetime)
        if type(last_modified_) is str:
            try:
                last_modified_ = fromisoformat(last_modified_)
            except ValueError:
                last_modified_ = maybe(last_modified_, where(parent, key, cls), "last_modified", as_datetime)
        elif last_modified_ is not None:
            last_modified_ = maybe(last_modified_, where(parent, key, cls), "last_modified", as_datetime)
        if allowed_delivery_modes_ is not None:
            allowed_delivery_modes_ = maybe(
                allowed_delivery_modes_,
                where(parent, key, cls),
                "allowed_delivery_modes",
                _read_allowed_delivery_modes,
            )
        if authorization_ is not None:
            authorization_ = maybe(
                authorization_, where(parent, key, cls), "authorization", DomainAuthorization.from_dict
            )
        if type(dmarc_status_) is str:
            dmarc_status_ = _DMARC_STATUS_MEMBERS.get(dmarc_status_, dmarc_status_)
        elif dmarc_status_ is not None:
            dmarc_status_ = maybe(
                dmarc_status_, where(parent, key, cls), "dmarc_status", enum_of(DmarcStatus)
            )
        if type(domain_) is not str and domain_ is not None:
            domain_ = maybe(domain_, where(parent, key, cls), "domain", as_str)
        if drop_dispositions_ is not None:
            drop_dispositions_ = maybe(
                drop_dispositions_, where(parent, key, cls), "drop_dispositions", _read_drop_dispositions
            )
        if emails_processed_ is not None:
            emails_processed_ = maybe(
                emails_processed_, where(parent, key, cls), "emails_processed", EmailsProcessed.from_dict
            )
        if type(folder_) is str:
            folder_ = _SCANNABLE_FOLDER_MEMBERS.get(folder_, folder_)
        elif folder_ is not None:
            folder_ = maybe(folder_, where(parent, key, cls), "folder", enum_of(ScannableFolder))
        if type(inbox_provider_) is str:
            inbox_provider_ = _INBOX_PROVIDER_MEMBERS.get(inbox_provider_, inbox_provider_)
        elif inbox_provider_ is not None:
            inbox_provider_ = maybe(
                inbox_provider_, where(parent, key, cls), "inbox_provider", enum_of(InboxProvider)
            )
        if type(integration_id_) is not str and integration_id_ is not None:
            integration_id_ = maybe(integration_id_, where(parent, key, cls), "integration_id", as_str)
        if ip_restrictions_ is not None:
            ip_restrictions_ = maybe(
                ip_restrictions_, where(parent, key, cls), "ip_restrictions", _read_ip_restrictions
            )
        if type(lookback_hops_) is not int and lookback_hops_ is not None:
            lookback_hops_ = maybe(lookback_hops_, where(parent, key, cls), "lookback_hops", as_int)
        if type(o365_tenant_id_) is not str and o365_tenant_id_ is not None:
            o365_tenant_id_ = maybe(o365_tenant_id_, where(parent, key, cls), "o365_tenant_id", as_str)
        if regions_ is not None:
            regions_ = maybe(regions_, where(parent, key, cls), "regions", _read_regions)
        if type(require_tls_inbound_) is not bool and require_tls_inbound_ is not None:
            require_tls_inbound_ = maybe(
                require_tls_inbound_, where(parent, key, cls), "require_tls_inbound", as_bool
            )
        if type(require_tls_outbound_) is not bool and require_tls_outbound_ is not None:
            require_tls_outbound_ = maybe(
                require_tls_outbound_, where(parent, key, cls), "require_tls_outbound", as_bool
            )
        if type(spf_status_) is str:
            spf_status_ = _SPF_STATUS_MEMBERS.get(spf_status_, spf_status_)
        elif spf_status_ is not None:
            spf_status_ = maybe(spf_status_, where(parent, key, cls), "spf_status", enum_of(SpfStatus))
        if type(status_) is str:
            status_ = _DOMAIN_STATUS_MEMBERS.get(status_, status_)
        elif status_ is not None:
            status_ = maybe(status_, where(parent, key, cls), "status", enum_of(DomainStatus))
        if type(transport_) is not str and transport_ is not None:
            transport_ = maybe(transport_, where(parent, key, cls), "transport", as_str)
        # Made without __init__, which would only set the same attributes (a model has no validators or
        # converters) in one more call: a page's items read a tenth faster.
        obj = object.__new__(cls)
        obj.id = id_
        obj.created_at = created_at_
        obj.modified_at = modified_at_
        obj.last_modified = last_modified_
        obj.allowed_delivery_modes = allowed_delivery_modes_
        obj.authorization = authorization_
        obj.dmarc_status = dmarc_status_
        obj.domain = domain_
        obj.drop_dispositions = drop_dispositions_
        obj.emails_processed = emails_processed_
        obj.folder = folder_
        obj.inbox_provider = inbox_provider_
        obj.integration_id = integration_id_
        obj.ip_restrictions = ip_restrictions_
        obj.lookback_hops = lookback_hops_
        obj.o365_tenant_id = o365_tenant_id_
        obj.regions = regions_
        obj.require_tls_inbound = require_tls_inbound_
        obj.require_tls_outbound = require_tls_outbound_
        obj.spf_status = spf_status_
        obj.status = status_
        obj.transport = transport_
        obj.additional_properties = {} if whole else {k: v for k, v in data.items() if k not in _KNOWN}
        return obj


# The JSON keys of the fields, in the order the constructor takes them: from_dict reads all at once.
_KEYS = (
    "id",
    "created_at",
    "modified_at",
    "last_modified",
    "allowed_delivery_modes",
    "authorization",
    "dmarc_status",
    "domain",
    "drop_dispositions",
    "emails_processed",
    "folder",
    "inbox_provider",
    "integration_id",
    "ip_restrictions",
    "lookback_hops",
    "o365_tenant_id",
    "regions",
    "require_tls_inbound",
    "require_tls_outbound",
    "spf_status",
    "status",
    "transport",
)
_KNOWN = frozenset(_KEYS)  # any other key is an unknown field, kept in additional_properties
_FIELDS = itemgetter(*_KEYS)  # KeyError unless every field is there
_ABSENT = (MISSING,) * len(_KEYS)  # what an absent field reads as
# The members of an enum by value: a str is looked up among them, and stays a str if unknown.
_DMARC_STATUS_MEMBERS = enum_members(DmarcStatus)
_SCANNABLE_FOLDER_MEMBERS = enum_members(ScannableFolder)
_INBOX_PROVIDER_MEMBERS = enum_members(InboxProvider)
_SPF_STATUS_MEMBERS = enum_members(SpfStatus)
_DOMAIN_STATUS_MEMBERS = enum_members(DomainStatus)
# The checkers of the fields made of others (a list's items, a union's choices), made once.
_read_allowed_delivery_modes = list_of(enum_of(DeliveryMode))
_read_drop_dispositions = list_of(enum_of(DispositionLabel))
_read_ip_restrictions = list_of(as_str)
_read_regions = list_of(enum_of(Region))
