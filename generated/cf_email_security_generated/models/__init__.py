"""Every model of the spec, with its TypedDict and each enum's Literal alias, imported on first use so
that `import` stays cheap."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_log_entry import ActionLogEntry
    from .action_log_operation import ActionLogOperation, ActionLogOperationValue
    from .action_log_properties import ActionLogProperties
    from .allow_policy import AllowPolicy
    from .allow_policy_batch import AllowPolicyBatch, AllowPolicyBatchDict
    from .allow_policy_batch_response import AllowPolicyBatchResponse
    from .allow_policy_batch_result import AllowPolicyBatchResult
    from .allow_policy_list_response import AllowPolicyListResponse
    from .allow_policy_patch import AllowPolicyPatch, AllowPolicyPatchDict
    from .allow_policy_put import AllowPolicyPut, AllowPolicyPutDict
    from .allow_policy_response import AllowPolicyResponse
    from .allowlist_pattern_type import AllowlistPatternType, AllowlistPatternTypeValue
    from .api_response_common import ApiResponseCommon
    from .auth_result import AuthResult, AuthResultValue
    from .blocked_sender import BlockedSender
    from .blocked_sender_batch import BlockedSenderBatch, BlockedSenderBatchDict
    from .blocked_sender_batch_response import BlockedSenderBatchResponse
    from .blocked_sender_batch_result import BlockedSenderBatchResult
    from .blocked_sender_list_response import BlockedSenderListResponse
    from .blocked_sender_patch import BlockedSenderPatch, BlockedSenderPatchDict
    from .blocked_sender_put import BlockedSenderPut, BlockedSenderPutDict
    from .blocked_sender_response import BlockedSenderResponse
    from .bulk_action import BulkAction, BulkActionValue
    from .bulk_job import BulkJob
    from .bulk_job_list_response import BulkJobListResponse
    from .bulk_job_message import BulkJobMessage
    from .bulk_job_message_list_response import BulkJobMessageListResponse
    from .bulk_job_response import BulkJobResponse
    from .bulk_job_status import BulkJobStatus, BulkJobStatusValue
    from .bulk_message_move_params import BulkMessageMoveParams
    from .bulk_message_release_params import BulkMessageReleaseParams
    from .bulk_message_status import BulkMessageStatus, BulkMessageStatusValue
    from .bulk_move_params import BulkMoveParams
    from .bulk_release_params import BulkReleaseParams
    from .bulk_search_params import BulkSearchParams, BulkSearchParamsDict
    from .content_policy import ContentPolicy
    from .content_policy_batch import ContentPolicyBatch, ContentPolicyBatchDict
    from .content_policy_batch_response import ContentPolicyBatchResponse
    from .content_policy_batch_result import ContentPolicyBatchResult
    from .content_policy_list_response import ContentPolicyListResponse
    from .content_policy_order import ContentPolicyOrder, ContentPolicyOrderValue
    from .content_policy_patch import ContentPolicyPatch, ContentPolicyPatchDict
    from .content_policy_put import ContentPolicyPut, ContentPolicyPutDict
    from .content_policy_response import ContentPolicyResponse
    from .content_policy_target import ContentPolicyTarget, ContentPolicyTargetValue
    from .create_allow_policy import CreateAllowPolicy, CreateAllowPolicyDict
    from .create_blocked_sender import CreateBlockedSender, CreateBlockedSenderDict
    from .create_bulk_job import CreateBulkJob, CreateBulkJobDict
    from .create_content_policy import CreateContentPolicy, CreateContentPolicyDict
    from .create_domain import CreateDomain, CreateDomainDict
    from .create_impersonation_registry_entry import (
        CreateImpersonationRegistryEntry,
        CreateImpersonationRegistryEntryDict,
    )
    from .create_sending_domain_restriction import (
        CreateSendingDomainRestriction,
        CreateSendingDomainRestrictionDict,
    )
    from .create_trusted_domain import CreateTrustedDomain, CreateTrustedDomainDict
    from .create_url_ignore_pattern import CreateUrlIgnorePattern, CreateUrlIgnorePatternDict
    from .cursor_result_info import CursorResultInfo
    from .deleted_bulk_job_response import DeletedBulkJobResponse
    from .deleted_id_list_response import DeletedIdListResponse
    from .deleted_id_response import DeletedIdResponse
    from .delivery_mode import DeliveryMode, DeliveryModeValue
    from .delivery_status import DeliveryStatus, DeliveryStatusValue
    from .detection_attachment import DetectionAttachment
    from .detection_link import DetectionLink
    from .detection_validation import DetectionValidation
    from .display_name_order import DisplayNameOrder, DisplayNameOrderValue
    from .disposition import Disposition, DispositionValue
    from .disposition_label import DispositionLabel, DispositionLabelValue
    from .dmarc_status import DmarcStatus, DmarcStatusValue
    from .domain import Domain
    from .domain_authorization import DomainAuthorization
    from .domain_batch import DomainBatch, DomainBatchDict
    from .domain_batch_response import DomainBatchResponse
    from .domain_batch_result import DomainBatchResult
    from .domain_list_response import DomainListResponse
    from .domain_order import DomainOrder, DomainOrderValue
    from .domain_patch import DomainPatch, DomainPatchDict
    from .domain_put import DomainPut, DomainPutDict
    from .domain_response import DomainResponse
    from .domain_status import DomainStatus, DomainStatusValue
    from .domain_verification_info import DomainVerificationInfo
    from .domain_verification_response import DomainVerificationResponse
    from .emails_processed import EmailsProcessed
    from .entry_ref import EntryRef, EntryRefDict
    from .error_response import ErrorResponse
    from .expected_disposition import ExpectedDisposition, ExpectedDispositionValue
    from .finding import Finding
    from .impersonation_registry_entry import ImpersonationRegistryEntry
    from .impersonation_registry_entry_list_response import ImpersonationRegistryEntryListResponse
    from .impersonation_registry_entry_response import ImpersonationRegistryEntryResponse
    from .inbox_provider import InboxProvider, InboxProviderValue
    from .investigate_message import InvestigateMessage
    from .investigate_message_list_response import InvestigateMessageListResponse
    from .investigate_message_response import InvestigateMessageResponse
    from .job_ref import JobRef
    from .message import Message
    from .message_action import MessageAction, MessageActionValue
    from .message_delivery_mode import MessageDeliveryMode, MessageDeliveryModeValue
    from .message_detections import MessageDetections
    from .message_detections_response import MessageDetectionsResponse
    from .message_header import MessageHeader
    from .message_preview import MessagePreview
    from .message_preview_response import MessagePreviewResponse
    from .message_properties import MessageProperties
    from .message_source import MessageSource
    from .message_trace import MessageTrace
    from .message_trace_response import MessageTraceResponse
    from .message_validation import MessageValidation
    from .move_destination import MoveDestination, MoveDestinationValue
    from .move_message import MoveMessage, MoveMessageDict
    from .move_messages import MoveMessages, MoveMessagesDict
    from .move_result import MoveResult
    from .move_result_list_response import MoveResultListResponse
    from .pattern_order import PatternOrder, PatternOrderValue
    from .pattern_type import PatternType, PatternTypeValue, PatternTypeWritable
    from .phish_guard_report import PhishGuardReport
    from .phish_guard_report_fields import PhishGuardReportFields
    from .phish_guard_report_list_response import PhishGuardReportListResponse
    from .phish_guard_report_tag import PhishGuardReportTag
    from .post_delivery_operation import PostDeliveryOperation, PostDeliveryOperationValue
    from .preview_message import PreviewMessage, PreviewMessageDict
    from .provenance import Provenance, ProvenanceValue
    from .raw_message import RawMessage
    from .raw_message_response import RawMessageResponse
    from .reclassify_message import ReclassifyMessage, ReclassifyMessageDict
    from .reclassify_response import ReclassifyResponse
    from .region import Region, RegionValue
    from .release_messages import ReleaseMessages, ReleaseMessagesDict
    from .release_result import ReleaseResult
    from .release_result_list_response import ReleaseResultListResponse
    from .replace_domain import ReplaceDomain, ReplaceDomainDict
    from .result_info import ResultInfo
    from .scannable_folder import ScannableFolder, ScannableFolderValue
    from .sender_info import SenderInfo
    from .sending_domain_restriction import SendingDomainRestriction
    from .sending_domain_restriction_batch import (
        SendingDomainRestrictionBatch,
        SendingDomainRestrictionBatchDict,
    )
    from .sending_domain_restriction_batch_response import SendingDomainRestrictionBatchResponse
    from .sending_domain_restriction_batch_result import SendingDomainRestrictionBatchResult
    from .sending_domain_restriction_list_response import SendingDomainRestrictionListResponse
    from .sending_domain_restriction_response import SendingDomainRestrictionResponse
    from .sorting_direction import SortingDirection, SortingDirectionValue
    from .spf_status import SpfStatus, SpfStatusValue
    from .submission import Submission
    from .submission_list_response import SubmissionListResponse
    from .submission_order import SubmissionOrder, SubmissionOrderValue
    from .submission_review_status import SubmissionReviewStatus, SubmissionReviewStatusValue
    from .submitter_filter import SubmitterFilter, SubmitterFilterValue
    from .submitter_type import SubmitterType, SubmitterTypeValue
    from .threat_category import ThreatCategory
    from .trace_line import TraceLine
    from .trace_log import TraceLog
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
    from .update_content_policy import UpdateContentPolicy, UpdateContentPolicyDict
    from .update_domain import UpdateDomain, UpdateDomainDict
    from .update_impersonation_registry_entry import (
        UpdateImpersonationRegistryEntry,
        UpdateImpersonationRegistryEntryDict,
    )
    from .update_sending_domain_restriction import (
        UpdateSendingDomainRestriction,
        UpdateSendingDomainRestrictionDict,
    )
    from .update_trusted_domain import UpdateTrustedDomain, UpdateTrustedDomainDict
    from .update_url_ignore_pattern import UpdateUrlIgnorePattern, UpdateUrlIgnorePatternDict
    from .url_ignore_pattern import UrlIgnorePattern
    from .url_ignore_pattern_batch import UrlIgnorePatternBatch, UrlIgnorePatternBatchDict
    from .url_ignore_pattern_batch_response import UrlIgnorePatternBatchResponse
    from .url_ignore_pattern_batch_result import UrlIgnorePatternBatchResult
    from .url_ignore_pattern_list_response import UrlIgnorePatternListResponse
    from .url_ignore_pattern_patch import UrlIgnorePatternPatch, UrlIgnorePatternPatchDict
    from .url_ignore_pattern_put import UrlIgnorePatternPut, UrlIgnorePatternPutDict
    from .url_ignore_pattern_response import UrlIgnorePatternResponse

_MODULES = {
    "ActionLogEntry": ".action_log_entry",
    "ActionLogOperation": ".action_log_operation",
    "ActionLogOperationValue": ".action_log_operation",
    "ActionLogProperties": ".action_log_properties",
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
    "AllowlistPatternType": ".allowlist_pattern_type",
    "AllowlistPatternTypeValue": ".allowlist_pattern_type",
    "ApiResponseCommon": ".api_response_common",
    "AuthResult": ".auth_result",
    "AuthResultValue": ".auth_result",
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
    "BulkAction": ".bulk_action",
    "BulkActionValue": ".bulk_action",
    "BulkJob": ".bulk_job",
    "BulkJobListResponse": ".bulk_job_list_response",
    "BulkJobMessage": ".bulk_job_message",
    "BulkJobMessageListResponse": ".bulk_job_message_list_response",
    "BulkJobResponse": ".bulk_job_response",
    "BulkJobStatus": ".bulk_job_status",
    "BulkJobStatusValue": ".bulk_job_status",
    "BulkMessageMoveParams": ".bulk_message_move_params",
    "BulkMessageReleaseParams": ".bulk_message_release_params",
    "BulkMessageStatus": ".bulk_message_status",
    "BulkMessageStatusValue": ".bulk_message_status",
    "BulkMoveParams": ".bulk_move_params",
    "BulkReleaseParams": ".bulk_release_params",
    "BulkSearchParams": ".bulk_search_params",
    "BulkSearchParamsDict": ".bulk_search_params",
    "ContentPolicy": ".content_policy",
    "ContentPolicyBatch": ".content_policy_batch",
    "ContentPolicyBatchDict": ".content_policy_batch",
    "ContentPolicyBatchResponse": ".content_policy_batch_response",
    "ContentPolicyBatchResult": ".content_policy_batch_result",
    "ContentPolicyListResponse": ".content_policy_list_response",
    "ContentPolicyOrder": ".content_policy_order",
    "ContentPolicyOrderValue": ".content_policy_order",
    "ContentPolicyPatch": ".content_policy_patch",
    "ContentPolicyPatchDict": ".content_policy_patch",
    "ContentPolicyPut": ".content_policy_put",
    "ContentPolicyPutDict": ".content_policy_put",
    "ContentPolicyResponse": ".content_policy_response",
    "ContentPolicyTarget": ".content_policy_target",
    "ContentPolicyTargetValue": ".content_policy_target",
    "CreateAllowPolicy": ".create_allow_policy",
    "CreateAllowPolicyDict": ".create_allow_policy",
    "CreateBlockedSender": ".create_blocked_sender",
    "CreateBlockedSenderDict": ".create_blocked_sender",
    "CreateBulkJob": ".create_bulk_job",
    "CreateBulkJobDict": ".create_bulk_job",
    "CreateContentPolicy": ".create_content_policy",
    "CreateContentPolicyDict": ".create_content_policy",
    "CreateDomain": ".create_domain",
    "CreateDomainDict": ".create_domain",
    "CreateImpersonationRegistryEntry": ".create_impersonation_registry_entry",
    "CreateImpersonationRegistryEntryDict": ".create_impersonation_registry_entry",
    "CreateSendingDomainRestriction": ".create_sending_domain_restriction",
    "CreateSendingDomainRestrictionDict": ".create_sending_domain_restriction",
    "CreateTrustedDomain": ".create_trusted_domain",
    "CreateTrustedDomainDict": ".create_trusted_domain",
    "CreateUrlIgnorePattern": ".create_url_ignore_pattern",
    "CreateUrlIgnorePatternDict": ".create_url_ignore_pattern",
    "CursorResultInfo": ".cursor_result_info",
    "DeletedBulkJobResponse": ".deleted_bulk_job_response",
    "DeletedIdListResponse": ".deleted_id_list_response",
    "DeletedIdResponse": ".deleted_id_response",
    "DeliveryMode": ".delivery_mode",
    "DeliveryModeValue": ".delivery_mode",
    "DeliveryStatus": ".delivery_status",
    "DeliveryStatusValue": ".delivery_status",
    "DetectionAttachment": ".detection_attachment",
    "DetectionLink": ".detection_link",
    "DetectionValidation": ".detection_validation",
    "DisplayNameOrder": ".display_name_order",
    "DisplayNameOrderValue": ".display_name_order",
    "Disposition": ".disposition",
    "DispositionValue": ".disposition",
    "DispositionLabel": ".disposition_label",
    "DispositionLabelValue": ".disposition_label",
    "DmarcStatus": ".dmarc_status",
    "DmarcStatusValue": ".dmarc_status",
    "Domain": ".domain",
    "DomainAuthorization": ".domain_authorization",
    "DomainBatch": ".domain_batch",
    "DomainBatchDict": ".domain_batch",
    "DomainBatchResponse": ".domain_batch_response",
    "DomainBatchResult": ".domain_batch_result",
    "DomainListResponse": ".domain_list_response",
    "DomainOrder": ".domain_order",
    "DomainOrderValue": ".domain_order",
    "DomainPatch": ".domain_patch",
    "DomainPatchDict": ".domain_patch",
    "DomainPut": ".domain_put",
    "DomainPutDict": ".domain_put",
    "DomainResponse": ".domain_response",
    "DomainStatus": ".domain_status",
    "DomainStatusValue": ".domain_status",
    "DomainVerificationInfo": ".domain_verification_info",
    "DomainVerificationResponse": ".domain_verification_response",
    "EmailsProcessed": ".emails_processed",
    "EntryRef": ".entry_ref",
    "EntryRefDict": ".entry_ref",
    "ErrorResponse": ".error_response",
    "ExpectedDisposition": ".expected_disposition",
    "ExpectedDispositionValue": ".expected_disposition",
    "Finding": ".finding",
    "ImpersonationRegistryEntry": ".impersonation_registry_entry",
    "ImpersonationRegistryEntryListResponse": ".impersonation_registry_entry_list_response",
    "ImpersonationRegistryEntryResponse": ".impersonation_registry_entry_response",
    "InboxProvider": ".inbox_provider",
    "InboxProviderValue": ".inbox_provider",
    "InvestigateMessage": ".investigate_message",
    "InvestigateMessageListResponse": ".investigate_message_list_response",
    "InvestigateMessageResponse": ".investigate_message_response",
    "JobRef": ".job_ref",
    "Message": ".message",
    "MessageAction": ".message_action",
    "MessageActionValue": ".message_action",
    "MessageDeliveryMode": ".message_delivery_mode",
    "MessageDeliveryModeValue": ".message_delivery_mode",
    "MessageDetections": ".message_detections",
    "MessageDetectionsResponse": ".message_detections_response",
    "MessageHeader": ".message_header",
    "MessagePreview": ".message_preview",
    "MessagePreviewResponse": ".message_preview_response",
    "MessageProperties": ".message_properties",
    "MessageSource": ".message_source",
    "MessageTrace": ".message_trace",
    "MessageTraceResponse": ".message_trace_response",
    "MessageValidation": ".message_validation",
    "MoveDestination": ".move_destination",
    "MoveDestinationValue": ".move_destination",
    "MoveMessage": ".move_message",
    "MoveMessageDict": ".move_message",
    "MoveMessages": ".move_messages",
    "MoveMessagesDict": ".move_messages",
    "MoveResult": ".move_result",
    "MoveResultListResponse": ".move_result_list_response",
    "PatternOrder": ".pattern_order",
    "PatternOrderValue": ".pattern_order",
    "PatternType": ".pattern_type",
    "PatternTypeValue": ".pattern_type",
    "PatternTypeWritable": ".pattern_type",
    "PhishGuardReport": ".phish_guard_report",
    "PhishGuardReportFields": ".phish_guard_report_fields",
    "PhishGuardReportListResponse": ".phish_guard_report_list_response",
    "PhishGuardReportTag": ".phish_guard_report_tag",
    "PostDeliveryOperation": ".post_delivery_operation",
    "PostDeliveryOperationValue": ".post_delivery_operation",
    "PreviewMessage": ".preview_message",
    "PreviewMessageDict": ".preview_message",
    "Provenance": ".provenance",
    "ProvenanceValue": ".provenance",
    "RawMessage": ".raw_message",
    "RawMessageResponse": ".raw_message_response",
    "ReclassifyMessage": ".reclassify_message",
    "ReclassifyMessageDict": ".reclassify_message",
    "ReclassifyResponse": ".reclassify_response",
    "Region": ".region",
    "RegionValue": ".region",
    "ReleaseMessages": ".release_messages",
    "ReleaseMessagesDict": ".release_messages",
    "ReleaseResult": ".release_result",
    "ReleaseResultListResponse": ".release_result_list_response",
    "ReplaceDomain": ".replace_domain",
    "ReplaceDomainDict": ".replace_domain",
    "ResultInfo": ".result_info",
    "ScannableFolder": ".scannable_folder",
    "ScannableFolderValue": ".scannable_folder",
    "SenderInfo": ".sender_info",
    "SendingDomainRestriction": ".sending_domain_restriction",
    "SendingDomainRestrictionBatch": ".sending_domain_restriction_batch",
    "SendingDomainRestrictionBatchDict": ".sending_domain_restriction_batch",
    "SendingDomainRestrictionBatchResponse": ".sending_domain_restriction_batch_response",
    "SendingDomainRestrictionBatchResult": ".sending_domain_restriction_batch_result",
    "SendingDomainRestrictionListResponse": ".sending_domain_restriction_list_response",
    "SendingDomainRestrictionResponse": ".sending_domain_restriction_response",
    "SortingDirection": ".sorting_direction",
    "SortingDirectionValue": ".sorting_direction",
    "SpfStatus": ".spf_status",
    "SpfStatusValue": ".spf_status",
    "Submission": ".submission",
    "SubmissionListResponse": ".submission_list_response",
    "SubmissionOrder": ".submission_order",
    "SubmissionOrderValue": ".submission_order",
    "SubmissionReviewStatus": ".submission_review_status",
    "SubmissionReviewStatusValue": ".submission_review_status",
    "SubmitterFilter": ".submitter_filter",
    "SubmitterFilterValue": ".submitter_filter",
    "SubmitterType": ".submitter_type",
    "SubmitterTypeValue": ".submitter_type",
    "ThreatCategory": ".threat_category",
    "TraceLine": ".trace_line",
    "TraceLog": ".trace_log",
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
    "UpdateContentPolicy": ".update_content_policy",
    "UpdateContentPolicyDict": ".update_content_policy",
    "UpdateDomain": ".update_domain",
    "UpdateDomainDict": ".update_domain",
    "UpdateImpersonationRegistryEntry": ".update_impersonation_registry_entry",
    "UpdateImpersonationRegistryEntryDict": ".update_impersonation_registry_entry",
    "UpdateSendingDomainRestriction": ".update_sending_domain_restriction",
    "UpdateSendingDomainRestrictionDict": ".update_sending_domain_restriction",
    "UpdateTrustedDomain": ".update_trusted_domain",
    "UpdateTrustedDomainDict": ".update_trusted_domain",
    "UpdateUrlIgnorePattern": ".update_url_ignore_pattern",
    "UpdateUrlIgnorePatternDict": ".update_url_ignore_pattern",
    "UrlIgnorePattern": ".url_ignore_pattern",
    "UrlIgnorePatternBatch": ".url_ignore_pattern_batch",
    "UrlIgnorePatternBatchDict": ".url_ignore_pattern_batch",
    "UrlIgnorePatternBatchResponse": ".url_ignore_pattern_batch_response",
    "UrlIgnorePatternBatchResult": ".url_ignore_pattern_batch_result",
    "UrlIgnorePatternListResponse": ".url_ignore_pattern_list_response",
    "UrlIgnorePatternPatch": ".url_ignore_pattern_patch",
    "UrlIgnorePatternPatchDict": ".url_ignore_pattern_patch",
    "UrlIgnorePatternPut": ".url_ignore_pattern_put",
    "UrlIgnorePatternPutDict": ".url_ignore_pattern_put",
    "UrlIgnorePatternResponse": ".url_ignore_pattern_response",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "ActionLogEntry",
    "ActionLogOperation",
    "ActionLogOperationValue",
    "ActionLogProperties",
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
    "AllowlistPatternType",
    "AllowlistPatternTypeValue",
    "ApiResponseCommon",
    "AuthResult",
    "AuthResultValue",
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
    "BulkAction",
    "BulkActionValue",
    "BulkJob",
    "BulkJobListResponse",
    "BulkJobMessage",
    "BulkJobMessageListResponse",
    "BulkJobResponse",
    "BulkJobStatus",
    "BulkJobStatusValue",
    "BulkMessageMoveParams",
    "BulkMessageReleaseParams",
    "BulkMessageStatus",
    "BulkMessageStatusValue",
    "BulkMoveParams",
    "BulkReleaseParams",
    "BulkSearchParams",
    "BulkSearchParamsDict",
    "ContentPolicy",
    "ContentPolicyBatch",
    "ContentPolicyBatchDict",
    "ContentPolicyBatchResponse",
    "ContentPolicyBatchResult",
    "ContentPolicyListResponse",
    "ContentPolicyOrder",
    "ContentPolicyOrderValue",
    "ContentPolicyPatch",
    "ContentPolicyPatchDict",
    "ContentPolicyPut",
    "ContentPolicyPutDict",
    "ContentPolicyResponse",
    "ContentPolicyTarget",
    "ContentPolicyTargetValue",
    "CreateAllowPolicy",
    "CreateAllowPolicyDict",
    "CreateBlockedSender",
    "CreateBlockedSenderDict",
    "CreateBulkJob",
    "CreateBulkJobDict",
    "CreateContentPolicy",
    "CreateContentPolicyDict",
    "CreateDomain",
    "CreateDomainDict",
    "CreateImpersonationRegistryEntry",
    "CreateImpersonationRegistryEntryDict",
    "CreateSendingDomainRestriction",
    "CreateSendingDomainRestrictionDict",
    "CreateTrustedDomain",
    "CreateTrustedDomainDict",
    "CreateUrlIgnorePattern",
    "CreateUrlIgnorePatternDict",
    "CursorResultInfo",
    "DeletedBulkJobResponse",
    "DeletedIdListResponse",
    "DeletedIdResponse",
    "DeliveryMode",
    "DeliveryModeValue",
    "DeliveryStatus",
    "DeliveryStatusValue",
    "DetectionAttachment",
    "DetectionLink",
    "DetectionValidation",
    "DisplayNameOrder",
    "DisplayNameOrderValue",
    "Disposition",
    "DispositionLabel",
    "DispositionLabelValue",
    "DispositionValue",
    "DmarcStatus",
    "DmarcStatusValue",
    "Domain",
    "DomainAuthorization",
    "DomainBatch",
    "DomainBatchDict",
    "DomainBatchResponse",
    "DomainBatchResult",
    "DomainListResponse",
    "DomainOrder",
    "DomainOrderValue",
    "DomainPatch",
    "DomainPatchDict",
    "DomainPut",
    "DomainPutDict",
    "DomainResponse",
    "DomainStatus",
    "DomainStatusValue",
    "DomainVerificationInfo",
    "DomainVerificationResponse",
    "EmailsProcessed",
    "EntryRef",
    "EntryRefDict",
    "ErrorResponse",
    "ExpectedDisposition",
    "ExpectedDispositionValue",
    "Finding",
    "ImpersonationRegistryEntry",
    "ImpersonationRegistryEntryListResponse",
    "ImpersonationRegistryEntryResponse",
    "InboxProvider",
    "InboxProviderValue",
    "InvestigateMessage",
    "InvestigateMessageListResponse",
    "InvestigateMessageResponse",
    "JobRef",
    "Message",
    "MessageAction",
    "MessageActionValue",
    "MessageDeliveryMode",
    "MessageDeliveryModeValue",
    "MessageDetections",
    "MessageDetectionsResponse",
    "MessageHeader",
    "MessagePreview",
    "MessagePreviewResponse",
    "MessageProperties",
    "MessageSource",
    "MessageTrace",
    "MessageTraceResponse",
    "MessageValidation",
    "MoveDestination",
    "MoveDestinationValue",
    "MoveMessage",
    "MoveMessageDict",
    "MoveMessages",
    "MoveMessagesDict",
    "MoveResult",
    "MoveResultListResponse",
    "PatternOrder",
    "PatternOrderValue",
    "PatternType",
    "PatternTypeValue",
    "PatternTypeWritable",
    "PhishGuardReport",
    "PhishGuardReportFields",
    "PhishGuardReportListResponse",
    "PhishGuardReportTag",
    "PostDeliveryOperation",
    "PostDeliveryOperationValue",
    "PreviewMessage",
    "PreviewMessageDict",
    "Provenance",
    "ProvenanceValue",
    "RawMessage",
    "RawMessageResponse",
    "ReclassifyMessage",
    "ReclassifyMessageDict",
    "ReclassifyResponse",
    "Region",
    "RegionValue",
    "ReleaseMessages",
    "ReleaseMessagesDict",
    "ReleaseResult",
    "ReleaseResultListResponse",
    "ReplaceDomain",
    "ReplaceDomainDict",
    "ResultInfo",
    "ScannableFolder",
    "ScannableFolderValue",
    "SenderInfo",
    "SendingDomainRestriction",
    "SendingDomainRestrictionBatch",
    "SendingDomainRestrictionBatchDict",
    "SendingDomainRestrictionBatchResponse",
    "SendingDomainRestrictionBatchResult",
    "SendingDomainRestrictionListResponse",
    "SendingDomainRestrictionResponse",
    "SortingDirection",
    "SortingDirectionValue",
    "SpfStatus",
    "SpfStatusValue",
    "Submission",
    "SubmissionListResponse",
    "SubmissionOrder",
    "SubmissionOrderValue",
    "SubmissionReviewStatus",
    "SubmissionReviewStatusValue",
    "SubmitterFilter",
    "SubmitterFilterValue",
    "SubmitterType",
    "SubmitterTypeValue",
    "ThreatCategory",
    "TraceLine",
    "TraceLog",
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
    "UpdateContentPolicy",
    "UpdateContentPolicyDict",
    "UpdateDomain",
    "UpdateDomainDict",
    "UpdateImpersonationRegistryEntry",
    "UpdateImpersonationRegistryEntryDict",
    "UpdateSendingDomainRestriction",
    "UpdateSendingDomainRestrictionDict",
    "UpdateTrustedDomain",
    "UpdateTrustedDomainDict",
    "UpdateUrlIgnorePattern",
    "UpdateUrlIgnorePatternDict",
    "UrlIgnorePattern",
    "UrlIgnorePatternBatch",
    "UrlIgnorePatternBatchDict",
    "UrlIgnorePatternBatchResponse",
    "UrlIgnorePatternBatchResult",
    "UrlIgnorePatternListResponse",
    "UrlIgnorePatternPatch",
    "UrlIgnorePatternPatchDict",
    "UrlIgnorePatternPut",
    "UrlIgnorePatternPutDict",
    "UrlIgnorePatternResponse",
]
