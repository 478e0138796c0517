"""What the batch helpers need to know about each resource, read from the spec's generated shapes.

`cf_email_security_generated.shapes` holds, for every resource whose entity declares `x-natural-key`,
its models, natural key and batch arrays; a Kind wraps one with the model lookups the helpers use.
Models are named, not imported: a resource's models (and attrs with them) load on the first helper
call, so that `es.allow_policies` stays as cheap as the generated client keeps it.
"""

from __future__ import annotations

import functools
import importlib
from dataclasses import dataclass
from typing import Any

from cf_email_security_generated.shapes import BATCH_ORDER, RESOURCE_SHAPES, PlanPolicy, ResourceShape

# The order the API applies a batch's arrays in, from the spec's shapes; chunks and single calls keep it.
ORDER = BATCH_ORDER
MAX_CHUNK = max((shape.max_items for shape in RESOURCE_SHAPES.values()), default=1000)


@functools.cache
def _models_module() -> Any:
    return importlib.import_module("cf_email_security_generated.models")


def model(name: str) -> type[Any]:
    """A generated model class by name, imported on first use."""
    cls: type[Any] = getattr(_models_module(), name)
    return cls


@dataclass(frozen=True)
class Kind:
    """One resource as the batch helpers see it.

    `arrays` are the arrays its batch operation takes (none for the impersonation registry, deletes
    only for sending-domain restrictions); what a plan does beyond them it sends as single calls.
    """

    shape: ResourceShape

    @property
    def name(self) -> str:
        return self.shape.resource

    @property
    def arrays(self) -> tuple[str, ...]:
        return self.shape.batch_arrays

    @property
    def key(self) -> tuple[str, ...]:
        return self.shape.natural_key

    @property
    def plan_policy(self) -> PlanPolicy:
        """What a plan may do (create, prune), as the spec's entity says."""
        return self.shape.plan_policy

    @property
    def max_items(self) -> int:
        return self.shape.max_items or MAX_CHUNK

    @property
    def page_size(self) -> dict[str, int]:
        """`per_page` for walking the whole list: the largest page the API allows, fewest requests."""
        return {"per_page": self.shape.page_size} if self.shape.page_size else {}

    def batched(self, array: str) -> bool:
        """Whether entries of `array` go in batch requests (else in single create/update/delete calls)."""
        return array in self.shape.batch_arrays

    def model_of(self, array: str) -> type[Any]:
        """The request model of one array: the batch's where it has that array, else the single call's
        body (create for posts, update for patches and puts)."""
        if self.batched(array):
            return model(self.shape.batch_models[array])
        if array == "deletes":
            return model("EntryRef")
        return model(self.shape.create if array == "posts" else self.shape.update)

    def empty_result(self) -> Any:
        """A batch result with every array empty, to merge chunk results into."""
        return model(self.shape.batch_result)(**{array: [] for array in self.arrays})

    @functools.cached_property
    def fields(self) -> tuple[str, ...]:
        """The fields plan compares and export writes: those a create sets and a patch can change
        (fields the server derives, or deprecated ones a create no longer takes, are not); key first."""
        import attrs

        patchable = {f.name for f in attrs.fields(self.model_of("patches")) if f.init} - {"id"}
        patchable -= set(self.shape.deprecated)  # still accepted by the API, but never what a plan says
        created = [f.name for f in attrs.fields(self.model_of("posts")) if f.init and f.name in patchable]
        return self.key + tuple(sorted(set(created) - set(self.key)))

    @functools.cached_property
    def nullable(self) -> frozenset[str]:
        """The fields a create may set to null (the spec says `nullable`): export writes null only there."""
        import attrs

        return frozenset(f.name for f in attrs.fields(self.model_of("posts")) if "None" in str(f.type))


KINDS = {name: Kind(shape) for name, shape in RESOURCE_SHAPES.items()}


def kind_of(resource: str | Kind) -> Kind:
    """The Kind for a resource name; ValueError naming the ones there are."""
    if isinstance(resource, Kind):
        return resource
    try:
        return KINDS[resource]
    except KeyError:
        raise ValueError(f"no batch helpers for {resource!r}; there are: {', '.join(KINDS)}") from None
