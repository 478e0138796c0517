"""What the batch helpers need to know about each resource: its arrays, natural key and models.

Models are named, not imported: a resource's models (and attrs with them) load on the first batch
helper call, so that `es.allow_policies` stays as cheap as the generated client keeps it.
"""

from __future__ import annotations

import functools
import importlib
from dataclasses import dataclass
from typing import Any

# The order the API applies a batch's arrays in; chunks keep it across requests.
ORDER = ("deletes", "patches", "puts", "posts")
MAX_CHUNK = 1000  # the spec's maxItems for every batch array


@functools.cache
def _models_module() -> Any:
    return importlib.import_module("cf_email_security_generated.models")


def model(name: str) -> type[Any]:
    """A generated model class by name, imported on first use."""
    cls: type[Any] = getattr(_models_module(), name)
    return cls


@dataclass(frozen=True)
class Kind:
    """One resource as the batch helpers see it; `model` is the stem of its generated model names
    (AllowPolicy: CreateAllowPolicy, AllowPolicyPatch, AllowPolicyPut, AllowPolicyBatchResult).

    `key` holds the fields that identify an entry for plan (its natural key); a resource without one
    (sending-domain restrictions, which can only be deleted) has no plan or export.
    """

    name: str
    arrays: tuple[str, ...]
    model: str
    key: tuple[str, ...] = ()

    def model_of(self, array: str) -> type[Any]:
        """The request model of one batch array."""
        names = {"deletes": "EntryRef", "patches": f"{self.model}Patch", "puts": f"{self.model}Put"}
        return model(names.get(array, f"Create{self.model}"))

    def empty_result(self) -> Any:
        """A batch result with every array empty, to merge chunk results into."""
        return model(f"{self.model}BatchResult")(**{array: [] for array in self.arrays})

    @functools.cached_property
    def fields(self) -> tuple[str, ...]:
        """The fields plan compares and export writes: those a create sets and a patch can change
        (the deprecated allow-policy flags, which the server derives, are not among them); key first."""
        import attrs

        patchable = {f.name for f in attrs.fields(self.model_of("patches")) if f.init} - {"id"}
        created = [f.name for f in attrs.fields(self.model_of("posts")) if f.init and f.name in patchable]
        return self.key + tuple(sorted(set(created) - set(self.key)))


ALLOW_POLICIES = Kind("allow_policies", ORDER, "AllowPolicy", key=("pattern", "pattern_type"))
BLOCK_SENDERS = Kind("block_senders", ORDER, "BlockedSender", key=("pattern", "pattern_type"))
TRUSTED_DOMAINS = Kind("trusted_domains", ORDER, "TrustedDomain", key=("pattern",))
SENDING_DOMAIN_RESTRICTIONS = Kind("sending_domain_restrictions", ("deletes",), "SendingDomainRestriction")

KINDS = {
    kind.name: kind for kind in (ALLOW_POLICIES, BLOCK_SENDERS, TRUSTED_DOMAINS, SENDING_DOMAIN_RESTRICTIONS)
}


def kind_of(resource: str | Kind) -> Kind:
    """The Kind for a resource name; ValueError naming the ones there are."""
    if isinstance(resource, Kind):
        return resource
    try:
        return KINDS[resource]
    except KeyError:
        raise ValueError(f"no batch helpers for {resource!r}; there are: {', '.join(KINDS)}") from None
