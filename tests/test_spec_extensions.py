"""What the spec says as vendor extensions reaches the client, and what it says in descriptions speaks to
users: the generated docstrings render descriptions, so sources and reasoning stay in YAML comments or
in `x-differs-from-sdks`, which nothing renders.

- `x-sdk-not-in-official-sdks`: the docstring of each such operation says so, in plain words, and the
  operations so marked are those spec/upstream-differences.yaml explains as missing upstream.
- `x-sdk-nullable-of`: one enum class, nullable where the spec says so (`provenance` in bodies), not a
  second class; a mismatch between the two components is refused at generation.
- `x-sdk-ip-rules`: the generated constants hold the spec's ranges.
- `x-sdk-required-when`: a field another's value requires is checked before sending.
- `result_info` is optional: a list whose pages come without it is walked all the same.
"""

from __future__ import annotations

import re
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

import cf_email_security_generated.models as models
from cf_email_security import EmailSecurity, ValidationError
from cf_email_security_generated import _constants
from support import Factory, Recorder, client, connector, envelope, invoke, respond, spec

REPO = Path(__file__).resolve().parents[1]
# Where a source or the reasoning about it would show through in a docstring.
SOURCES = re.compile(r"SPEC-0722|PY-\d|TS-\d|DOCS-\d|\bupstream\b|\bGen [AB]\b|Pulumi|\bTF \d", re.IGNORECASE)
NOT_IN_SDKS = "Not in the official Cloudflare SDKs."


def descriptions(node: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """Every `description` of the document but the document's own (info), with where it is."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "description" and isinstance(value, str) and where != "info":
                yield where, value
            elif key != "x-differs-from-sdks":
                yield from descriptions(value, f"{where}.{key}" if where else str(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from descriptions(value, f"{where}[{index}]")


def test_descriptions_speak_to_users_without_sources() -> None:
    found = [f"{where}: {text!r}" for where, text in descriptions(spec.load_source()) if SOURCES.search(text)]
    assert not found, "sources and reasoning go in YAML comments:\n" + "\n".join(found)


def test_operations_the_official_sdks_lack_say_so_in_their_docstrings() -> None:
    marked = {
        operation.id for operation in spec.operations() if operation.raw.get("x-sdk-not-in-official-sdks")
    }
    declared = yaml.safe_load((REPO / "spec" / "upstream-differences.yaml").read_text(encoding="utf-8"))
    missing = {entry["key"].removesuffix(" missing upstream") for entry in declared if "sources" not in entry}
    assert marked and marked == {key for key in missing if " " not in key}, "the spec and the file agree"
    es = EmailSecurity(api_token="t", account_id="a")
    for operation in spec.operations():
        method = getattr(getattr(es, operation.resource), operation.method)
        said = NOT_IN_SDKS in (method.__doc__ or "")
        assert said == (operation.id in marked), operation.id


def test_a_nullable_enum_is_the_same_enum_class() -> None:
    assert not hasattr(models, "NullableProvenance"), "folded into Provenance"
    body = models.CreateImpersonationRegistryEntry(
        email="ceo@example.com", is_email_regex=False, name="CEO", provenance=None
    )
    body.validate()
    assert body.to_dict()["provenance"] is None
    models.CreateImpersonationRegistryEntry(
        email="ceo@example.com", is_email_regex=False, name="CEO", provenance=models.Provenance.A1S_INTERNAL
    ).validate()


def test_a_nullable_enum_must_have_the_values_of_the_one_it_names() -> None:
    sys.path.insert(0, str(REPO / "generator"))
    try:
        import normalize
    finally:
        sys.path.remove(str(REPO / "generator"))
    document = {
        "components": {
            "schemas": {
                "Colour": {"type": "string", "enum": ["RED", "BLUE"]},
                "NullableColour": {
                    "type": "string",
                    "nullable": True,
                    "enum": ["RED", None],
                    "x-sdk-nullable-of": "Colour",
                },
            }
        }
    }
    with pytest.raises(ValueError, match="NullableColour: x-sdk-nullable-of needs"):
        normalize.for_generator(document)
    document["components"]["schemas"]["NullableColour"]["enum"] = ["RED", "BLUE", None]
    document["components"]["schemas"]["Thing"] = {
        "type": "object",
        "properties": {"colour": {"$ref": "#/components/schemas/NullableColour"}},
    }
    folded = normalize.for_generator(document)["components"]["schemas"]
    assert "NullableColour" not in folded
    assert folded["Thing"]["properties"]["colour"] == {
        "nullable": True,
        "allOf": [{"$ref": "#/components/schemas/Colour"}],
    }


def test_the_ip_rules_are_the_spec_s() -> None:
    rules = spec.load()["x-sdk-ip-rules"]
    assert dict(_constants.IP_REFUSED) == {name: tuple(ranges) for name, ranges in rules["refused"].items()}
    assert _constants.IP_REFUSED_MAPPED is rules["ipv4-mapped"]


def test_pages_without_result_info_are_walked() -> None:
    """No source requires result_info: the walk goes on while pages come back full."""
    factory = Factory()
    entities = [factory.entity("allow_policies") for _ in range(5)]
    pages = [entities[0:2], entities[2:4], entities[4:]]
    recorder = Recorder(*(respond(200, envelope(items)) for items in pages))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no IncompleteWalkWarning: without a total, nothing to doubt
        walked = client(recorder).allow_policies.list(per_page=2).to_list()
    assert [policy.id for policy in walked] == [entity["id"] for entity in entities]
    assert [request.url.params["page"] for request in recorder.requests] == ["1", "2", "3"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_field_required_by_another_s_value_is_checked_before_sending(mode: str) -> None:
    """`x-sdk-required-when`: a MOVE job names its destination; without one, nothing is sent."""
    rules = {
        name: schema["x-sdk-required-when"]
        for name, schema in spec.load()["components"]["schemas"].items()
        if "x-sdk-required-when" in schema
    }
    assert rules == {"CreateBulkJob": {"destination": {"field": "action", "values": ["MOVE"]}}}
    recorder = Recorder()
    with pytest.raises(ValidationError, match="destination: is required when action is MOVE"):
        invoke(mode, connector(recorder), "investigate_bulk.create", action="MOVE", search_params={})
    assert recorder.requests == []
    with pytest.raises(ValidationError, match="destination: is required when action is MOVE"):
        models.CreateBulkJob(
            action=models.BulkAction.MOVE, search_params=models.BulkSearchParams()
        ).validate()
    release = models.CreateBulkJob(action=models.BulkAction.RELEASE, search_params=models.BulkSearchParams())
    release.validate()  # no destination: fine
