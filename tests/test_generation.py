"""Generation is a function of the spec: a new operation appears on the client with no handwritten code."""

from __future__ import annotations

import copy
import importlib
import subprocess
import sys
from pathlib import Path

import httpx

from shared_docs import generate_client, load_spec
from support import IdMaker

ROOT = Path(__file__).resolve().parent.parent
PATH = "/accounts/{account_id}/email-security/settings/allow_policies/{policy_id}/stats"


def test_extra_operation_appears_on_both_clients(tmp_path: Path) -> None:
    spec = copy.deepcopy(load_spec())
    spec["paths"][PATH] = {
        "parameters": [
            {"$ref": "#/components/parameters/account_id"},
            {"$ref": "#/components/parameters/policy_id"},
        ],
        "get": {
            "tags": ["allow_policies"],
            "operationId": "email_security_get_allow_policy_stats",
            "x-sdk-method": "stats",
            "summary": "Statistics of an allow policy",
            "description": "A made-up operation, to prove that the spec alone defines the client.",
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/DeletedIdResponse"}}
                    },
                },
                "4XX": {"$ref": "#/components/responses/ClientError"},
            },
        },
    }
    out = generate_client(spec, tmp_path)

    ident = IdMaker()()  # in the spec's id format, as the wire holds it
    code = f"""
import asyncio, httpx, inspect, sys
sys.path.insert(0, {str(out)!r})
sys.path.insert(1, {str(ROOT / "tests")!r})
import cf_email_security_generated as api
from cf_email_security_generated.errors import ValidationError
from support.calls import as_argument
assert api.__file__.startswith({str(out)!r}), api.__file__
def handler(request):
    assert request.url.path.endswith("/allow_policies/{ident}/stats"), request.url.path
    body = {{"success": True, "errors": [], "messages": [], "result": {{"id": {ident!r}}}}}
    return httpx.Response(200, json=body)
es = api.EmailSecurity(api_token="t", account_id="acc", transport=httpx.MockTransport(handler))
annotation = str(inspect.signature(es.allow_policies.stats).parameters["policy_id"].annotation)
ident = as_argument(annotation, {ident!r})
assert es.allow_policies.stats(ident).to_dict()["id"] == {ident!r}
async def main():
    aes = api.AsyncEmailSecurity(api_token="t", account_id="acc", transport=httpx.MockTransport(handler))
    assert (await aes.allow_policies.stats(ident)).to_dict()["id"] == {ident!r}
asyncio.run(main())
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr


def test_committed_client_lacks_the_extra_operation() -> None:
    """The control for the test above: the method exists only because the spec copy added it."""
    api = importlib.import_module("cf_email_security_generated")
    es = api.EmailSecurity(
        api_token="t", account_id="acc", transport=httpx.MockTransport(lambda r: httpx.Response(500))
    )
    assert not hasattr(es.allow_policies, "stats")


def test_a_field_may_share_a_name_with_what_from_dict_reads_it_with(tmp_path: Path) -> None:
    """A read model's `_READ` names rules and checkers (`maybe`, `as_str`) at class scope, and its
    class body attrs' `field` (a message's detection finding has a field so named): fields of those
    names, whose defaults bind them there too, must not hide them."""
    spec = copy.deepcopy(load_spec())
    properties = spec["components"]["schemas"]["ResultInfo"]["properties"]
    properties["maybe"] = {"type": "boolean"}
    properties["as_str"] = {"type": "string"}
    properties["field"] = {"type": "string"}
    out = generate_client(spec, tmp_path)
    code = f"""
import sys
sys.path.insert(0, {str(out)!r})
from cf_email_security_generated.models import ResultInfo
info = ResultInfo.from_dict({{"page": 2, "maybe": True, "as_str": "text", "field": "f"}})
assert (info.page, info.maybe, info.as_str, info.field, info.count) == (2, True, "text", "f", None), info
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr


def test_a_success_answer_that_is_not_json_stops_generation_naming_the_operation(tmp_path: Path) -> None:
    """The client reads JSON envelopes only: an operation answering otherwise (a message source as
    message/rfc822, say) must fail generation clearly, not generate a method that cannot read it."""
    spec = copy.deepcopy(load_spec())
    operation = spec["paths"]["/accounts/{account_id}/email-security/investigate/{investigate_id}/raw"]["get"]
    operation["responses"]["200"]["content"] = {"message/rfc822": {"schema": {"type": "string"}}}
    try:
        generate_client(spec, tmp_path)
    except subprocess.CalledProcessError as failure:
        assert b"email_security_get_message_raw: its success answer is not a JSON envelope" in failure.stderr
    else:
        raise AssertionError("generation accepted a success answer that is not JSON")


def test_parameters_may_share_a_name_with_what_the_generated_code_uses(tmp_path: Path) -> None:
    """A method imports its request builders under a local name, and builders call runtime helpers
    (`query`, `check`): query parameters named `requests`, `self` (which becomes `self_`) or `query`
    must neither hide them nor be hidden, sync and async, on the first page and the next."""
    spec = copy.deepcopy(load_spec())
    listing = spec["paths"]["/accounts/{account_id}/email-security/settings/block_senders"]["get"]
    for name in ("requests", "self", "query"):
        listing["parameters"].append({"name": name, "in": "query", "schema": {"type": "string"}})
    out = generate_client(spec, tmp_path)
    code = f"""
import asyncio, httpx, inspect, sys
sys.path.insert(0, {str(out)!r})
import cf_email_security_generated as api
from cf_email_security_generated.errors import ValidationError
assert api.__file__.startswith({str(out)!r}), api.__file__
seen = []
def handler(request):
    seen.append(sorted(request.url.params.multi_items()))
    page = int(request.url.params["page"])
    info = {{"page": page, "per_page": 1, "count": 1, "total_count": 2}}
    result = [{{"id": f"sender-{{page}}"}}]  # one a page, two in all
    body = {{"success": True, "errors": [], "messages": [], "result": result, "result_info": info}}
    return httpx.Response(200, json=body)
es = api.EmailSecurity(api_token="t", account_id="acc", transport=httpx.MockTransport(handler))
names = set(inspect.signature(es.block_senders.list).parameters)
assert {{"requests", "self_", "query"}} <= names, names
assert len(es.block_senders.list(per_page=1, requests="r", self_="s", query="q").to_list()) == 2
assert seen == [
    [("page", str(n)), ("per_page", "1"), ("query", "q"), ("requests", "r"), ("self", "s")] for n in (1, 2)
], seen
async def main():
    aes = api.AsyncEmailSecurity(api_token="t", account_id="acc", transport=httpx.MockTransport(handler))
    assert len([item async for item in aes.block_senders.list(per_page=1, requests="r")]) == 2
    assert seen[-1] == [("page", "2"), ("per_page", "1"), ("requests", "r")], seen
asyncio.run(main())
try:
    es.block_senders.list(requests=1)
except ValidationError as error:
    assert "requests" in str(error), error
else:
    raise AssertionError("a number passed as `requests` was sent")
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr
