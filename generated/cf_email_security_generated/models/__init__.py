"""Every model of the spec, imported on first use so that `import` stays cheap."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .allow_policy import AllowPolicy
    from .allow_policy_batch import AllowPolicyBatch
    from .allow_policy_batch_response import AllowPolicyBatchResponse
    from .allow_policy_batch_result import AllowPolicyBatchResult
    from .allow_policy_list_response import AllowPolicyListResponse
    from .allow_policy_patch import AllowPolicyPatch
    from .allow_policy_put import AllowPolicyPut
    from .allow_policy_response import AllowPolicyResponse
    from .api_response_common import ApiResponseCommon
    from .blocked_sender import BlockedSender
    from .blocked_sender_batch import BlockedSenderBatch
    from .blocked_sender_batch_response import BlockedSenderBatchResponse
    from .blocked_sender_batch_result import BlockedSenderBatchResult
    from .blocked_sender_list_response import BlockedSenderListResponse
    from .blocked_sender_patch import BlockedSenderPatch
    from .blocked_sender_put import BlockedSenderPut
    from .blocked_sender_response import BlockedSenderResponse
    from .create_allow_policy import CreateAllowPolicy
    from .create_blocked_sender import CreateBlockedSender
    from .create_display_name import CreateDisplayName
    from .create_trusted_domain import CreateTrustedDomain
    from .deleted_id_list_response import DeletedIdListResponse
    from .deleted_id_response import DeletedIdResponse
    from .delivery_mode import DeliveryMode
    from .display_name import DisplayName
    from .display_name_list_response import DisplayNameListResponse
    from .display_name_order import DisplayNameOrder
    from .display_name_response import DisplayNameResponse
    from .disposition_label import DispositionLabel
    from .dmarc_status import DmarcStatus
    from .domain import Domain
    from .domain_authorization import DomainAuthorization
    from .domain_list_response import DomainListResponse
    from .domain_order import DomainOrder
    from .domain_response import DomainResponse
    from .emails_processed import EmailsProcessed
    from .entry_meta import EntryMeta
    from .entry_ref import EntryRef
    from .error_response import ErrorResponse
    from .inbox_provider import InboxProvider
    from .message import Message
    from .pattern_order import PatternOrder
    from .pattern_type import PatternType
    from .provenance import Provenance
    from .region import Region
    from .result_info import ResultInfo
    from .scannable_folder import ScannableFolder
    from .sending_domain_restriction_batch import SendingDomainRestrictionBatch
    from .sending_domain_restriction_batch_response import SendingDomainRestrictionBatchResponse
    from .sending_domain_restriction_batch_result import SendingDomainRestrictionBatchResult
    from .sorting_direction import SortingDirection
    from .spf_status import SpfStatus
    from .trusted_domain import TrustedDomain
    from .trusted_domain_batch import TrustedDomainBatch
    from .trusted_domain_batch_response import TrustedDomainBatchResponse
    from .trusted_domain_batch_result import TrustedDomainBatchResult
    from .trusted_domain_list_response import TrustedDomainListResponse
    from .trusted_domain_patch import TrustedDomainPatch
    from .trusted_domain_put import TrustedDomainPut
    from .trusted_domain_response import TrustedDomainResponse
    from .update_allow_policy import UpdateAllowPolicy
    from .update_blocked_sender import UpdateBlockedSender
    from .update_display_name import UpdateDisplayName
    from .update_domain import UpdateDomain
    from .update_trusted_domain import UpdateTrustedDomain

_MODULES = {
    "AllowPolicy": ".allow_policy",
    "AllowPolicyBatch": ".allow_policy_batch",
    "AllowPolicyBatchResponse": ".allow_policy_batch_response",
    "AllowPolicyBatchResult": ".allow_policy_batch_result",
    "AllowPolicyListResponse": ".allow_policy_list_response",
    "AllowPolicyPatch": ".allow_policy_patch",
    "AllowPolicyPut": ".allow_policy_put",
    "AllowPolicyResponse": ".allow_policy_response",
    "ApiResponseCommon": ".api_response_common",
    "BlockedSender": ".blocked_sender",
    "BlockedSenderBatch": ".blocked_sender_batch",
    "BlockedSenderBatchResponse": ".blocked_sender_batch_response",
    "BlockedSenderBatchResult": ".blocked_sender_batch_result",
    "BlockedSenderListResponse": ".blocked_sender_list_response",
    "BlockedSenderPatch": ".blocked_sender_patch",
    "BlockedSenderPut": ".blocked_sender_put",
    "BlockedSenderResponse": ".blocked_sender_response",
    "CreateAllowPolicy": ".create_allow_policy",
    "CreateBlockedSender": ".create_blocked_sender",
    "CreateDisplayName": ".create_display_name",
    "CreateTrustedDomain": ".create_trusted_domain",
    "DeletedIdListResponse": ".deleted_id_list_response",
    "DeletedIdResponse": ".deleted_id_response",
    "DeliveryMode": ".delivery_mode",
    "DisplayName": ".display_name",
    "DisplayNameListResponse": ".display_name_list_response",
    "DisplayNameOrder": ".display_name_order",
    "DisplayNameResponse": ".display_name_response",
    "DispositionLabel": ".disposition_label",
    "DmarcStatus": ".dmarc_status",
    "Domain": ".domain",
    "DomainAuthorization": ".domain_authorization",
    "DomainListResponse": ".domain_list_response",
    "DomainOrder": ".domain_order",
    "DomainResponse": ".domain_response",
    "EmailsProcessed": ".emails_processed",
    "EntryMeta": ".entry_meta",
    "EntryRef": ".entry_ref",
    "ErrorResponse": ".error_response",
    "InboxProvider": ".inbox_provider",
    "Message": ".message",
    "PatternOrder": ".pattern_order",
    "PatternType": ".pattern_type",
    "Provenance": ".provenance",
    "Region": ".region",
    "ResultInfo": ".result_info",
    "ScannableFolder": ".scannable_folder",
    "SendingDomainRestrictionBatch": ".sending_domain_restriction_batch",
    "SendingDomainRestrictionBatchResponse": ".sending_domain_restriction_batch_response",
    "SendingDomainRestrictionBatchResult": ".sending_domain_restriction_batch_result",
    "SortingDirection": ".sorting_direction",
    "SpfStatus": ".spf_status",
    "TrustedDomain": ".trusted_domain",
    "TrustedDomainBatch": ".trusted_domain_batch",
    "TrustedDomainBatchResponse": ".trusted_domain_batch_response",
    "TrustedDomainBatchResult": ".trusted_domain_batch_result",
    "TrustedDomainListResponse": ".trusted_domain_list_response",
    "TrustedDomainPatch": ".trusted_domain_patch",
    "TrustedDomainPut": ".trusted_domain_put",
    "TrustedDomainResponse": ".trusted_domain_response",
    "UpdateAllowPolicy": ".update_allow_policy",
    "UpdateBlockedSender": ".update_blocked_sender",
    "UpdateDisplayName": ".update_display_name",
    "UpdateDomain": ".update_domain",
    "UpdateTrustedDomain": ".update_trusted_domain",
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
    "AllowPolicyBatchResponse",
    "AllowPolicyBatchResult",
    "AllowPolicyListResponse",
    "AllowPolicyPatch",
    "AllowPolicyPut",
    "AllowPolicyResponse",
    "ApiResponseCommon",
    "BlockedSender",
    "BlockedSenderBatch",
    "BlockedSenderBatchResponse",
    "BlockedSenderBatchResult",
    "BlockedSenderListResponse",
    "BlockedSenderPatch",
    "BlockedSenderPut",
    "BlockedSenderResponse",
    "CreateAllowPolicy",
    "CreateBlockedSender",
    "CreateDisplayName",
    "CreateTrustedDomain",
    "DeletedIdListResponse",
    "DeletedIdResponse",
    "DeliveryMode",
    "DisplayName",
    "DisplayNameListResponse",
    "DisplayNameOrder",
    "DisplayNameResponse",
    "DispositionLabel",
    "DmarcStatus",
    "Domain",
    "DomainAuthorization",
    "DomainListResponse",
    "DomainOrder",
    "DomainResponse",
    "EmailsProcessed",
    "EntryMeta",
    "EntryRef",
    "ErrorResponse",
    "InboxProvider",
    "Message",
    "PatternOrder",
    "PatternType",
    "Provenance",
    "Region",
    "ResultInfo",
    "ScannableFolder",
    "SendingDomainRestrictionBatch",
    "SendingDomainRestrictionBatchResponse",
    "SendingDomainRestrictionBatchResult",
    "SortingDirection",
    "SpfStatus",
    "TrustedDomain",
    "TrustedDomainBatch",
    "TrustedDomainBatchResponse",
    "TrustedDomainBatchResult",
    "TrustedDomainListResponse",
    "TrustedDomainPatch",
    "TrustedDomainPut",
    "TrustedDomainResponse",
    "UpdateAllowPolicy",
    "UpdateBlockedSender",
    "UpdateDisplayName",
    "UpdateDomain",
    "UpdateTrustedDomain",
]
