"""The toolbox can fail: the factory's values are valid for the generated models, the typed comparisons
catch what a plain `==` lets through, the recorder keeps what was sent, the clock is always a clock."""

from __future__ import annotations

import copy
import datetime
import typing
import uuid
from typing import Any, cast

import attrs
import httpx
import pytest

import cf_email_security_generated.models as models
from cf_email_security_generated import runtime
from support import (
    Factory,
    IdMaker,
    NoSleep,
    Recorder,
    arguments,
    assert_matches_wire,
    assert_same,
    assert_typed,
    client,
    differences,
    hints,
    ok,
    parse_datetime,
    spec,
    wire_differences,
)


def object_schemas(having: str) -> list[str]:
    """The spec's object schemas whose generated model (of the same name) has the method `having`."""
    names = []
    for name in spec.load()["components"]["schemas"]:
        node = spec.schema(name)
        cls = getattr(models, name, None)
        is_object = node.get("type", "object" if "properties" in node else None) == "object"
        if is_object and attrs.has(cls) and hasattr(cls, having):
            names.append(name)
    return names


def as_passed(hint: Any, value: Any) -> tuple[Any, Any]:
    """A JSON value as a caller passes it where `hint` is declared (a UUID, a datetime, a nested model
    where the model declares one and no str), and as the client then sends it."""
    options = typing.get_args(hint) or (hint,)
    if isinstance(value, str) and str not in options:
        if uuid.UUID in options:
            return uuid.UUID(value), value
        if datetime.datetime in options:
            moment = parse_datetime(value)
            return moment, moment.isoformat()
        if datetime.date in options:
            return datetime.date.fromisoformat(value), value
    if isinstance(value, dict):
        model = next((option for option in options if attrs.has(option)), None)
        if model is not None:
            fields, sent = python_fields(model, cast("dict[str, Any]", value))
            return model(**fields), sent
    return cast("Any", value), cast("Any", value)


def python_fields(cls: type, body: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """A request body as the model's constructor takes it, and as the model then writes it."""
    declared = hints(cls)
    made: dict[str, Any] = {}
    sent: dict[str, Any] = {}
    for key, attribute in runtime.wire_names(cls):
        if key in body:
            made[attribute], sent[key] = as_passed(declared[attribute], body[key])
    return made, sent


@pytest.mark.parametrize("name", object_schemas("from_dict"))
@pytest.mark.parametrize("full", [False, True], ids=["required", "full"])
def test_a_built_wire_value_parses_into_its_model_unchanged(name: str, full: bool) -> None:
    wire = Factory().wire(name, full=full)
    parsed = getattr(models, name).from_dict(copy.deepcopy(wire))
    assert_matches_wire(parsed, wire)
    assert_typed(parsed)


@pytest.mark.parametrize("name", [n for n in object_schemas("validate") if not n.endswith("Batch")])
@pytest.mark.parametrize("full", [False, True], ids=["required", "full"])
def test_a_built_request_body_is_valid_for_its_model(name: str, full: bool) -> None:
    """Batches are left out: their entries are the create, patch and put bodies checked here."""
    body = Factory().body(name, full=full)
    fields, sent = python_fields(getattr(models, name), body)
    made = getattr(models, name)(**fields)
    made.validate()
    assert_same(made.to_dict(), sent)


@pytest.mark.parametrize("resource", sorted(r for r, m in spec.resources_of().items() if "create" in m))
def test_a_built_create_body_is_a_valid_request(resource: str) -> None:
    """The body passes the client's own checks (it is sent) and round-trips through the request model."""
    call = arguments(spec.operation(resource, "create"), Factory())
    recorder = Recorder(ok(Factory().entity(resource)))
    getattr(client(recorder), resource).create(**call.kwargs)
    assert recorder.methods == ["POST"]
    assert_same(httpx.Response(200, content=recorder.requests[0].content).json(), call.body)


def test_two_entities_differ_in_their_natural_keys_and_the_same_n_repeats() -> None:
    make = Factory()
    first, second = make.entity("allow_policies"), make.entity("allow_policies")
    assert first["pattern"] != second["pattern"] and first["id"] != second["id"]
    assert make.create("allow_policies", 7) == make.create("allow_policies", 7)


def test_request_bodies_leave_out_response_only_values_and_read_only_fields() -> None:
    document = copy.deepcopy(spec.load())
    document["components"]["schemas"]["PatternType"]["x-sdk-response-only"] = ["EMAIL"]
    body = Factory(document).create("allow_policies")
    assert body["pattern_type"] != "EMAIL"
    assert "created_at" not in Factory().body("AllowPolicy") and "created_at" in Factory().wire("AllowPolicy")


def test_strings_keep_length_and_pattern_rules() -> None:
    make = Factory()
    assert make.value({"type": "string", "minLength": 12}, "x", 1, request=True, full=False) == "x-1xxxxxxxxx"
    assert len(make.value({"type": "string", "maxLength": 3}, "pattern", 12, request=True, full=False)) == 3
    assert make.value({"type": "string", "pattern": "^[0-9]+$"}, "code", 5, request=True, full=False) == "5"
    with pytest.raises(AssertionError, match="override"):
        make.value({"type": "string", "pattern": "^Q{3}$"}, "code", 5, request=True, full=False)


def test_ids_follow_the_spec_format() -> None:
    assert IdMaker(schema={"type": "integer", "minimum": 1}).many(3) == [1, 2, 3]
    made = IdMaker(schema={"type": "string", "format": "uuid"}).many(2)
    assert [uuid.UUID(value).version for value in made] == [4, 4] and made[0] != made[1]
    assert IdMaker().unknown() not in IdMaker().many(100)


def test_the_wire_comparison_catches_what_equality_lets_through() -> None:
    wire = Factory().entity("allow_policies", full=True)
    parsed = models.AllowPolicy.from_dict(copy.deepcopy(wire))
    assert wire_differences(parsed, wire, models.AllowPolicy) == []
    broken: list[tuple[str, Any]] = [
        ("is_regex", int(parsed.is_regex)),  # 0 == False
        ("created_at", wire["created_at"]),  # the text, not a datetime
        ("pattern_type", str(parsed.pattern_type.value)),  # "EMAIL" == PatternType.EMAIL
        ("created_at", parsed.created_at.replace(tzinfo=None)),  # naive
    ]
    for name, value in broken:
        changed = attrs.evolve(parsed, **{name: value})
        found = wire_differences(changed, wire, models.AllowPolicy)
        assert found and found[0].startswith(f"result.{name}"), (name, found)
    extra = {**wire, "risk": 1}
    assert wire_differences(parsed, extra, models.AllowPolicy), (
        "an unknown key must be in additional_properties"
    )


def test_the_value_comparison_checks_types_and_offsets() -> None:
    utc = datetime.timezone.utc
    assert differences(True, 1) and differences(1, 1.0) and differences({"a": 1}, {"a": True})
    plus_one = datetime.timezone(datetime.timedelta(hours=1))
    at = datetime.datetime(2024, 1, 1, 10, tzinfo=utc)
    assert differences(at, at.astimezone(plus_one)), "the same instant, another offset"
    assert_same([{"a": [1, None]}], [{"a": [1, None]}])


def test_declared_types_are_asked_of_the_model() -> None:
    parsed = models.EntryRef.from_dict({"id": IdMaker()()})
    assert_typed(parsed)
    with pytest.raises(AssertionError, match=r"EntryRef\.id"):
        assert_typed(attrs.evolve(parsed, id=[parsed.id]))  # no id format is a list


def test_the_recorder_keeps_requests_as_sent() -> None:
    """The client blanks credentials in its request objects after sending: the snapshot keeps them."""
    recorder = Recorder(ok({"id": IdMaker()()}))
    client(recorder, api_token="secret-token").allow_policies.delete(IdMaker()())
    assert recorder.requests[0].headers["authorization"] == "Bearer secret-token"
    with pytest.raises(AssertionError, match="unexpected request #2"):
        client(recorder).allow_policies.delete(IdMaker()())


def test_an_empty_clock_is_still_used() -> None:
    """`sleep or time.sleep` in the clients: a clock with no delays yet must not read as false."""
    clock = NoSleep()
    assert clock and clock.delays == []
    recorder = Recorder(httpx.Response(503, json={}), ok({"id": IdMaker()()}))
    client(recorder, sleep=clock).allow_policies.delete(IdMaker()())
    assert len(clock.delays) == 1


def test_the_own_spec_half_of_a_contract_check_runs_without_shared(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    contract = pytest.importorskip("contract")
    monkeypatch.setattr(contract, "SHARED_DIR", tmp_path / "absent")
    recorder_answer = Factory().entity("allow_policies")
    url = "https://api.cloudflare.com/client/v4" + spec.operation("allow_policies", "get").url_path(
        "0123456789abcdef0123456789abcdef", recorder_answer["id"]
    )
    good = contract.Exchange(
        "GET",
        url,
        {"authorization": "Bearer t"},
        b"",
        200,
        {"content-type": "application/json"},
        httpx.Response(
            200, json={"success": True, "errors": [], "messages": [], "result": recorder_answer}
        ).content,
    )
    with pytest.warns(contract.UpstreamReferenceAbsent):
        assert contract.assert_conforms([good]) == 1
    bad = type(good)(**{**good.__dict__, "response_body": b'{"success": true}'})
    with pytest.warns(contract.UpstreamReferenceAbsent), pytest.raises(AssertionError, match="response"):
        contract.assert_conforms([bad])
