"""The resources plan can reconcile, as data read from the spec: models, batch arrays, natural keys.

For each resource whose entity declares `x-natural-key`: the entity `list` returns, the models of
its create and update bodies, and, where it has a batch operation, the arrays it takes (in the order
the API applies them), the model of each array's entries and of the result, `maxItems` as the
chunk limit, and the largest page its list allows (`page_size`, 0 where the spec sets none). Beside
them, what the spec decides for plan and CSV: what a plan may do (`plan_policy`) and the dashboard's
CSV columns (`dashboard_csv`, none for most). Models are named, not imported, so that nothing loads
before it is used.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CsvColumn:
    """A column of the dashboard's CSV: its header, the field it holds, other headers read as it, and
    whether it is written only when some entry sets the field."""

    header: str
    field: str
    also: tuple[str, ...] = ()
    optional: bool = False


@dataclass(frozen=True)
class PlanPolicy:
    """What a plan may do: create missing entries, delete (prune) unnamed ones; `reason` says why not."""

    create: bool = True
    prune: bool = True
    reason: str = ""


@dataclass(frozen=True)
class ResourceShape:
    """One resource: `batch_arrays` is empty when it has no batch operation (plan then sends single calls)."""

    resource: str
    entity: str
    natural_key: tuple[str, ...]
    deprecated: tuple[str, ...]
    create: str
    update: str
    batch_arrays: tuple[str, ...] = ()
    batch_models: dict[str, str] = field(default_factory=dict[str, str])
    batch_result: str = ""
    max_items: int = 0
    page_size: int = 0
    plan_policy: PlanPolicy = PlanPolicy()
    dashboard_csv: tuple[CsvColumn, ...] = ()


# The order the API applies a batch's arrays in; each shape's `batch_arrays` keeps it.
BATCH_ORDER: tuple[str, ...] = (
    "deletes",
    "patches",
    "puts",
    "posts",
)

RESOURCE_SHAPES: dict[str, ResourceShape] = {
    "allow_policies": ResourceShape(
        resource="allow_policies",
        entity="AllowPolicy",
        natural_key=(
            "pattern",
            "pattern_type",
        ),
        deprecated=(
            "is_recipient",
            "is_sender",
            "is_spoof",
            "last_modified",
        ),
        create="CreateAllowPolicy",
        update="UpdateAllowPolicy",
        page_size=1000,
        dashboard_csv=(
            CsvColumn("Pattern", "pattern"),
            CsvColumn("Pattern Type", "pattern_type"),
            CsvColumn("Verify Email", "verify_sender"),
            CsvColumn("Trusted Sender", "is_trusted_sender"),
            CsvColumn("Exempt Recipient", "is_exempt_recipient"),
            CsvColumn("Acceptable Sender", "is_acceptable_sender"),
            CsvColumn("Notes", "comments", also=("Comments",)),
            CsvColumn("Regex", "is_regex", optional=True),
        ),
        batch_arrays=(
            "deletes",
            "patches",
            "puts",
            "posts",
        ),
        batch_models={
            "deletes": "EntryRef",
            "patches": "AllowPolicyPatch",
            "posts": "CreateAllowPolicy",
            "puts": "AllowPolicyPut",
        },
        batch_result="AllowPolicyBatchResult",
        max_items=1000,
    ),
    "block_senders": ResourceShape(
        resource="block_senders",
        entity="BlockedSender",
        natural_key=(
            "pattern",
            "pattern_type",
        ),
        deprecated=("last_modified",),
        create="CreateBlockedSender",
        update="UpdateBlockedSender",
        page_size=1000,
        dashboard_csv=(
            CsvColumn(
                "Pattern",
                "pattern",
                also=(
                    "Blocked Sender",
                    "Blocked Senders",
                ),
            ),
            CsvColumn("Pattern Type", "pattern_type"),
            CsvColumn("Notes", "comments", also=("Comments",)),
            CsvColumn("Regex", "is_regex", optional=True),
        ),
        batch_arrays=(
            "deletes",
            "patches",
            "puts",
            "posts",
        ),
        batch_models={
            "deletes": "EntryRef",
            "patches": "BlockedSenderPatch",
            "posts": "CreateBlockedSender",
            "puts": "BlockedSenderPut",
        },
        batch_result="BlockedSenderBatchResult",
        max_items=1000,
    ),
    "content_policies": ResourceShape(
        resource="content_policies",
        entity="ContentPolicy",
        natural_key=("name",),
        deprecated=(),
        create="CreateContentPolicy",
        update="UpdateContentPolicy",
        page_size=1000,
        batch_arrays=(
            "deletes",
            "patches",
            "puts",
            "posts",
        ),
        batch_models={
            "deletes": "EntryRef",
            "patches": "ContentPolicyPatch",
            "posts": "CreateContentPolicy",
            "puts": "ContentPolicyPut",
        },
        batch_result="ContentPolicyBatchResult",
        max_items=1000,
    ),
    "domains": ResourceShape(
        resource="domains",
        entity="Domain",
        natural_key=("domain",),
        deprecated=("last_modified",),
        create="CreateDomain",
        update="UpdateDomain",
        page_size=1000,
        plan_policy=PlanPolicy(
            create=False,
            prune=False,
            reason="creating a domain onboards it, and deleting one offboards it",
        ),
        batch_arrays=(
            "deletes",
            "patches",
            "puts",
            "posts",
        ),
        batch_models={
            "deletes": "EntryRef",
            "patches": "DomainPatch",
            "posts": "CreateDomain",
            "puts": "DomainPut",
        },
        batch_result="DomainBatchResult",
        max_items=1000,
    ),
    "impersonation_registry": ResourceShape(
        resource="impersonation_registry",
        entity="ImpersonationRegistryEntry",
        natural_key=("email",),
        deprecated=(
            "external_directory_node_id",
            "last_modified",
        ),
        create="CreateImpersonationRegistryEntry",
        update="UpdateImpersonationRegistryEntry",
        page_size=1000,
    ),
    "sending_domain_restrictions": ResourceShape(
        resource="sending_domain_restrictions",
        entity="SendingDomainRestriction",
        natural_key=("domain",),
        deprecated=("last_modified",),
        create="CreateSendingDomainRestriction",
        update="UpdateSendingDomainRestriction",
        page_size=1000,
        batch_arrays=("deletes",),
        batch_models={"deletes": "EntryRef"},
        batch_result="SendingDomainRestrictionBatchResult",
        max_items=1000,
    ),
    "trusted_domains": ResourceShape(
        resource="trusted_domains",
        entity="TrustedDomain",
        natural_key=("pattern",),
        deprecated=("last_modified",),
        create="CreateTrustedDomain",
        update="UpdateTrustedDomain",
        page_size=1000,
        batch_arrays=(
            "deletes",
            "patches",
            "puts",
            "posts",
        ),
        batch_models={
            "deletes": "EntryRef",
            "patches": "TrustedDomainPatch",
            "posts": "CreateTrustedDomain",
            "puts": "TrustedDomainPut",
        },
        batch_result="TrustedDomainBatchResult",
        max_items=1000,
    ),
    "url_ignore_patterns": ResourceShape(
        resource="url_ignore_patterns",
        entity="UrlIgnorePattern",
        natural_key=("pattern",),
        deprecated=("last_modified",),
        create="CreateUrlIgnorePattern",
        update="UpdateUrlIgnorePattern",
        page_size=1000,
        batch_arrays=(
            "deletes",
            "patches",
            "puts",
            "posts",
        ),
        batch_models={
            "deletes": "EntryRef",
            "patches": "UrlIgnorePatternPatch",
            "posts": "CreateUrlIgnorePattern",
            "puts": "UrlIgnorePatternPut",
        },
        batch_result="UrlIgnorePatternBatchResult",
        max_items=1000,
    ),
}
