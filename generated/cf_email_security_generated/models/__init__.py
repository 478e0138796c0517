"""Every model of the spec, with its TypedDict and each enum's Literal alias, imported on first use so
that `import` stays cheap."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .allow_policy import AllowPolicy
    from .allow_policy_batch import AllowPolicyBatch, AllowPolicyBatchDict
    from .allow_policy_batch_response import AllowPolicyBatchResponse
    from .allow_policy_batch_result import AllowPolicyBatchResult
    from .allow_policy_list_response import AllowPolicyListResponse
    from .allow_policy_patch import AllowPolicyPatch, AllowPolicyPatchDict
    from .allow_policy_put import AllowPolicyPut, AllowPolicyPutDict
    from .allow_policy_response import AllowPolicyResponse
    from .api_response_common import ApiResponseCommon
    from .blocked_sender import BlockedSender
    from .blocked_sender_batch import BlockedSenderBatch, BlockedSenderBatchDict
    from .blocked_sender_batch_response import BlockedSenderBatchResponse
    from .blocked_sender_batch_result import BlockedSenderBatchResult
    from .blocked_sender_list_response import BlockedSenderListResponse
    from .blocked_sender_patch import BlockedSenderPatch, BlockedSenderPatchDict
    from .blocked_sender_put import BlockedSenderPut, BlockedSenderPutDict
    from .blocked_sender_response import BlockedSenderResponse
    from .create_allow_policy import CreateAllowPolicy, CreateAllowPolicyDict
    from .create_blocked_sender import CreateBlockedSender, CreateBlockedSenderDict
    from .create_display_name import CreateDisplayName, CreateDisplayNameDict
    from .create_trusted_domain import CreateTrustedDomain, CreateTrustedDomainDict
    from .deleted_id_list_response import DeletedIdListResponse
    from .deleted_id_response import DeletedIdResponse
    from .delivery_mode import DeliveryMode, DeliveryModeValue
    from .display_name import DisplayName
    from .display_name_list_response import DisplayNameListResponse
    from .display_name_order import DisplayNameOrder, DisplayNameOrderValue
    from .display_name_response import DisplayNameResponse
    from .disposition_label import DispositionLabel, DispositionLabelValue
    from .dmarc_status import DmarcStatus, DmarcStatusValue
    from .domain import Domain
    from .domain_authorization import DomainAuthorization
    from .domain_list_response import DomainListResponse
    from .domain_order import DomainOrder, DomainOrderValue
    from .domain_response import DomainResponse
    from .emails_processed import EmailsProcessed
    from .entry_meta import EntryMeta
    from .entry_ref import EntryRef, EntryRefDict
    from .error_response import ErrorResponse
    from .inbox_provider import InboxProvider, InboxProviderValue
    from .message import Message
    from .pattern_order import PatternOrder, PatternOrderValue
    from .pattern_type import PatternType, PatternTypeValue, PatternTypeWritable
    from .provenance import Provenance, ProvenanceValue
    from .region import Region, RegionValue
    from .result_info import ResultInfo
    from .scannable_folder import ScannableFolder, ScannableFolderValue
    from .sending_domain_restriction_batch import (
        SendingDomainRestrictionBatch,
        SendingDomainRestrictionBatchDict,
    )
    from .sending_domain_restriction_batch_response import SendingDomainRestrictionBatchResponse
    from .sending_domain_restriction_batch_result import SendingDomainRestrictionBatchResult
    from .sorting_direction import SortingDirection, SortingDirectionValue
    from .spf_status import SpfStatus, SpfStatusValue
    from .trusted_domain import TrustedDomain
    from .trusted_domain_batch import TrustedDomainBatch, TrustedDomainBatchDict
    from .trusted_domain_batch_response import TrustedDomainBatchResponse
    from .trusted_domain_batch_result import TrustedDomainBatchResult
    from .trusted_domain_list_response import TrustedDomainListResponse
    from .trusted_domain_patch import TrustedDomainPatch, TrustedDomainPatchDict
    from .trusted_domain_put import TrustedDomainPut, TrustedDomainPutDict
    from .trusted_domain_response import TrustedDomainResponse
    from .update_allow_policy import UpdateAllowPolicy, UpdateAllowPolicyDict
    from .update_blocked_sender import UpdateBlockedSender, UpdateBlockedSenderDict
    from .update_display_name import UpdateDisplayName, UpdateDisplayNameDict
    from .update_domain import UpdateDomain, UpdateDomainDict
    from .update_trusted_domain import UpdateTrustedDomain, UpdateTrustedDomainDict

_MODULES = {
    "AllowPolicy": ".allow_policy",
    "AllowPolicyBatch": ".allow_policy_batch",
    "AllowPolicyBatchDict": ".allow_policy_batch",
    "AllowPolicyBatchResponse": ".allow_policy_batch_response",
    "AllowPolicyBatchResult": ".allow_policy_batch_result",
    "AllowPolicyListResponse": ".allow_policy_list_response",
    "AllowPolicyPatch": ".allow_policy_patch",
    "AllowPolicyPatchDict": ".allow_policy_patch",
    "AllowPolicyPut": ".allow_policy_put",
    "AllowPolicyPutDict": ".allow_policy_put",
    "AllowPolicyResponse": ".allow_policy_response",
    "ApiResponseCommon": ".api_response_common",
    "BlockedSender": ".blocked_sender",
    "BlockedSenderBatch": ".blocked_sender_batch",
    "BlockedSenderBatchDict": ".blocked_sender_batch",
    "BlockedSenderBatchResponse": ".blocked_sender_batch_response",
    "BlockedSenderBatchResult": ".blocked_sender_batch_result",
    "BlockedSenderListResponse": ".blocked_sender_list_response",
    "BlockedSenderPatch": ".blocked_sender_patch",
    "BlockedSenderPatchDict": ".blocked_sender_patch",
    "BlockedSenderPut": ".blocked_sender_put",
    "BlockedSenderPutDict": ".blocked_sender_put",
    "BlockedSenderResponse": ".blocked_sender_response",
    "CreateAllowPolicy": ".create_allow_policy",
    "CreateAllowPolicyDict": ".create_allow_policy",
    "CreateBlockedSender": ".create_blocked_sender",
    "CreateBlockedSenderDict": ".create_blocked_sender",
    "CreateDisplayName": ".create_display_name",
    "CreateDisplayNameDict": ".create_display_name",
    "CreateTrustedDomain": ".create_trusted_domain",
    "CreateTrustedDomainDict": ".create_trusted_domain",
    "DeletedIdListResponse": ".deleted_id_list_response",
    "DeletedIdResponse": ".deleted_id_response",
    "DeliveryMode": ".delivery_mode",
    "DeliveryModeValue": ".delivery_mode",
    "DisplayName": ".display_name",
    "DisplayNameListResponse": ".display_name_list_response",
    "DisplayNameOrder": ".display_name_order",
    "DisplayNameOrderValue": ".display_name_order",
    "DisplayNameResponse": ".display_name_response",
    "DispositionLabel": ".disposition_label",
    "DispositionLabelValue": ".disposition_label",
    "DmarcStatus": ".dmarc_status",
    "DmarcStatusValue": ".dmarc_status",
    "Domain": ".domain",
    "DomainAuthorization": ".domain_authorization",
    "DomainListResponse": ".domain_list_response",
    "DomainOrder": ".domain_order",
    "DomainOrderValue": ".domain_order",
    "DomainResponse": ".domain_response",
    "EmailsProcessed": ".emails_processed",
    "EntryMeta": ".entry_meta",
    "EntryRef": ".entry_ref",
    "EntryRefDict": ".entry_ref",
    "ErrorResponse": ".error_response",
    "InboxProvider": ".inbox_provider",
    "InboxProviderValue": ".inbox_provider",
    "Message": ".message",
    "PatternOrder": ".pattern_order",
    "PatternOrderValue": ".pattern_order",
    "PatternType": ".pattern_type",
    "PatternTypeValue": ".pattern_type",
    "PatternTypeWritable": ".pattern_type",
    "Provenance": ".provenance",
    "ProvenanceValue": ".provenance",
    "Region": ".region",
    "RegionValue": ".region",
    "ResultInfo": ".result_info",
    "ScannableFolder": ".scannable_folder",
    "ScannableFolderValue": ".scannable_folder",
    "SendingDomainRestrictionBatch": ".sending_domain_restriction_batch",
    "SendingDomainRestrictionBatchDict": ".sending_domain_restriction_batch",
    "SendingDomainRestrictionBatchResponse": ".sending_domain_restriction_batch_response",
    "SendingDomainRestrictionBatchResult": ".sending_domain_restriction_batch_result",
    "SortingDirection": ".sorting_direction",
    "SortingDirectionValue": ".sorting_direction",
    "SpfStatus": ".spf_status",
    "SpfStatusValue": ".spf_status",
    "TrustedDomain": ".trusted_domain",
    "TrustedDomainBatch": ".trusted_domain_batch",
    "TrustedDomainBatchDict": ".trusted_domain_batch",
    "TrustedDomainBatchResponse": ".trusted_domain_batch_response",
    "TrustedDomainBatchResult": ".trusted_domain_batch_result",
    "TrustedDomainListResponse": ".trusted_domain_list_response",
    "TrustedDomainPatch": ".trusted_domain_patch",
    "TrustedDomainPatchDict": ".trusted_domain_patch",
    "TrustedDomainPut": ".trusted_domain_put",
    "TrustedDomainPutDict": ".trusted_domain_put",
    "TrustedDomainResponse": ".trusted_domain_response",
    "UpdateAllowPolicy": ".update_allow_policy",
    "UpdateAllowPolicyDict": ".update_allow_policy",
    "UpdateBlockedSender": ".update_blocked_sender",
    "UpdateBlockedSenderDict": ".update_blocked_sender",
    "UpdateDisplayName": ".update_display_name",
    "UpdateDisplayNameDict": ".update_display_name",
    "UpdateDomain": ".update_domain",
    "UpdateDomainDict": ".update_domain",
    "UpdateTrustedDomain": ".update_trusted_domain",
    "UpdateTrustedDomainDict": ".update_trusted_domain",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "AllowPolicy",
    "AllowPolicyBatch",
    "AllowPolicyBatchDict",
    "AllowPolicyBatchResponse",
    "AllowPolicyBatchResult",
    "AllowPolicyListResponse",
    "AllowPolicyPatch",
    "AllowPolicyPatchDict",
    "AllowPolicyPut",
    "AllowPolicyPutDict",
    "AllowPolicyResponse",
    "ApiResponseCommon",
    "BlockedSender",
    "BlockedSenderBatch",
    "BlockedSenderBatchDict",
    "BlockedSenderBatchResponse",
    "BlockedSenderBatchResult",
    "BlockedSenderListResponse",
    "BlockedSenderPatch",
    "BlockedSenderPatchDict",
    "BlockedSenderPut",
    "BlockedSenderPutDict",
    "BlockedSenderResponse",
    "CreateAllowPolicy",
    "CreateAllowPolicyDict",
    "CreateBlockedSender",
    "CreateBlockedSenderDict",
    "CreateDisplayName",
    "CreateDisplayNameDict",
    "CreateTrustedDomain",
    "CreateTrustedDomainDict",
    "DeletedIdListResponse",
    "DeletedIdResponse",
    "DeliveryMode",
    "DeliveryModeValue",
    "DisplayName",
    "DisplayNameListResponse",
    "DisplayNameOrder",
    "DisplayNameOrderValue",
    "DisplayNameResponse",
    "DispositionLabel",
    "DispositionLabelValue",
    "DmarcStatus",
    "DmarcStatusValue",
    "Domain",
    "DomainAuthorization",
    "DomainListResponse",
    "DomainOrder",
    "DomainOrderValue",
    "DomainResponse",
    "EmailsProcessed",
    "EntryMeta",
    "EntryRef",
    "EntryRefDict",
    "ErrorResponse",
    "InboxProvider",
    "InboxProviderValue",
    "Message",
    "PatternOrder",
    "PatternOrderValue",
    "PatternType",
    "PatternTypeValue",
    "PatternTypeWritable",
    "Provenance",
    "ProvenanceValue",
    "Region",
    "RegionValue",
    "ResultInfo",
    "ScannableFolder",
    "ScannableFolderValue",
    "SendingDomainRestrictionBatch",
    "SendingDomainRestrictionBatchDict",
    "SendingDomainRestrictionBatchResponse",
    "SendingDomainRestrictionBatchResult",
    "SortingDirection",
    "SortingDirectionValue",
    "SpfStatus",
    "SpfStatusValue",
    "TrustedDomain",
    "TrustedDomainBatch",
    "TrustedDomainBatchDict",
    "TrustedDomainBatchResponse",
    "TrustedDomainBatchResult",
    "TrustedDomainListResponse",
    "TrustedDomainPatch",
    "TrustedDomainPatchDict",
    "TrustedDomainPut",
    "TrustedDomainPutDict",
    "TrustedDomainResponse",
    "UpdateAllowPolicy",
    "UpdateAllowPolicyDict",
    "UpdateBlockedSender",
    "UpdateBlockedSenderDict",
    "UpdateDisplayName",
    "UpdateDisplayNameDict",
    "UpdateDomain",
    "UpdateDomainDict",
    "UpdateTrustedDomain",
    "UpdateTrustedDomainDict",
]
