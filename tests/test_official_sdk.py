"""Peers work against the fake: the official Python SDK (`cloudflare==5.9.0`), parsing strictly, sync and
async, calls every settings method it has against `FakeServer` on 127.0.0.1 and parses every answer.

The SDK's resources and methods are found by walking `client.email_security.settings`, not listed here:
a method the SDK gains fails the test until SDK_METHODS says which operation of the spec it is. Arguments
come from the spec's factory (support.Factory), as every other test builds them. Where the fake is
deliberately stricter than the SDK (a PATCH with no field, a batch patch without `id`, the deprecated
bulk delete with no body: the spec keeps what the SDK drops, see spec/upstream-differences.yaml), the
SDK's request is refused and the fake's error names the rule.

The SDK is in the `dev` extra only: where it is not installed (the per-Python runs of `make
test-pythons`, which install `[test]`), this module is skipped, saying why.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterator
from typing import Any

import pytest

cloudflare = pytest.importorskip(
    "cloudflare",
    reason="the official SDK (cloudflare==5.9.0) is in the dev extra only, not in [test]",
)

from cf_email_security.testing import FAKE_ACCOUNT_ID, FakeEmailSecurity, FakeServer  # noqa: E402
from support import Factory, spec  # noqa: E402

# The SDK's method names (Stainless's conventions) -> the spec's x-sdk-method: `edit` is the PATCH,
# `update` the PUT.
SDK_METHODS = {
    "list": "list",
    "create": "create",
    "get": "get",
    "edit": "update",
    "update": "replace",
    "delete": "delete",
    "batch": "batch",
    "bulk_delete": "bulk_delete",
}
# The order a resource's methods are called in: what they need exists by then, and deletes come last.
ORDER = ("create", "list", "get", "edit", "update", "batch", "delete", "bulk_delete")
CALL_OPTIONS = ("account_id", "extra_headers", "extra_query", "extra_body", "timeout")
MODES = ("sync", "async")


@pytest.fixture(scope="module")
def server() -> Iterator[FakeServer]:
    with FakeServer(FakeEmailSecurity()) as running:
        yield running


def sdk_resources(client: Any) -> dict[str, Any]:
    """The SDK's email-security settings resources, by attribute name."""
    settings = client.email_security.settings
    return {
        name: getattr(settings, name)
        for name in sorted(dir(settings))
        if not name.startswith("_")
        and not name.startswith("with_")
        and hasattr(getattr(settings, name), "get")
    }


def sdk_methods(resource: Any) -> list[str]:
    found = [
        name
        for name in dir(resource)
        if not name.startswith("_") and not name.startswith("with_") and callable(getattr(resource, name))
    ]
    unknown = sorted(set(found) - set(SDK_METHODS))
    assert not unknown, f"the SDK has methods this test cannot map to the spec: {unknown}; teach SDK_METHODS"
    return sorted(found, key=ORDER.index)


def keywords(method: Any, values: dict[str, Any]) -> dict[str, Any]:
    """`values` the SDK method takes by name; every one must be a parameter it has."""
    taken = set(inspect.signature(method).parameters) - set(CALL_OPTIONS)
    unknown = sorted(set(values) - taken)
    assert not unknown, f"{method.__qualname__} takes no {unknown}"
    return values


class Calls:
    """Builds each SDK method's arguments from the spec and checks what the SDK parsed."""

    def __init__(self, resource: str, factory: Factory) -> None:
        self.resource = resource
        self.factory = factory
        self.ops = spec.resources_of()[resource]
        self.created: list[str] = []

    def op(self, sdk_name: str) -> spec.Operation:
        return self.ops[SDK_METHODS[sdk_name]]

    def body(self, schema: Any, **overrides: Any) -> dict[str, Any]:
        built: dict[str, Any] = self.factory.body(schema, full=True, **overrides)
        return built

    def arguments(self, sdk_name: str) -> tuple[list[Any], dict[str, Any]]:
        """The positional ids and the keyword arguments of one call, valid under the spec."""
        operation = self.op(sdk_name)
        if sdk_name == "create":
            return [], self.factory.create(self.resource)
        if sdk_name == "list":
            return [], {"per_page": 2}  # several pages: the SDK walks them
        if sdk_name in ("get", "delete"):
            return [self.created[0 if sdk_name == "get" else -1]], {}
        if sdk_name in ("edit", "update"):
            return [self.created[0]], self.body(operation.body)
        if sdk_name == "batch":
            arrays = spec.merged_object(spec.load(), operation.body)["properties"]
            item = {name: spec.merged_object(spec.load(), schema)["items"] for name, schema in arrays.items()}
            ids = iter(self.created[1:])
            return [], {
                "deletes": [{"id": next(ids)}],
                "patches": [self.body(item["patches"], id=next(ids))],
                "puts": [self.body(item["puts"], id=next(ids))],
                "posts": [self.body(item["posts"])],
            }
        raise AssertionError(f"no arguments for {self.resource}.{sdk_name}")


def check_parsed(sdk_name: str, result: Any) -> None:
    """What the SDK returned: its own pydantic models (strict parsing passed), never None."""
    assert result is not None, f"{sdk_name}: the SDK returned None (it does for success: false)"
    values = result if isinstance(result, list) else [result]
    for value in values:
        assert isinstance(value, cloudflare.BaseModel), f"{sdk_name}: {type(value).__name__}"


async def run(client: Any, factory: Factory, *, is_async: bool) -> list[str]:
    """Call every settings method of the SDK once (list and batch as well), in ORDER; the calls made."""

    async def call(method: Any, *args: Any, **kwargs: Any) -> Any:
        value = method(*args, account_id=FAKE_ACCOUNT_ID, **kwargs)
        return await value if inspect.isawaitable(value) else value

    made = []
    for resource_name, resource in sdk_resources(client).items():
        calls = Calls(resource_name, factory)
        for sdk_name in sdk_methods(resource):
            method = getattr(resource, sdk_name)
            if sdk_name == "bulk_delete":  # deliberately stricter: see test_the_fake_is_stricter_...
                continue
            if sdk_name == "create":
                for _ in range(5):  # enough to walk pages of 2, and for get, edit, the batch and delete
                    entry = await call(method, **keywords(method, calls.arguments("create")[1]))
                    check_parsed(sdk_name, entry)
                    calls.created.append(entry.id)
            elif sdk_name == "list":
                pager = await call(method, **keywords(method, calls.arguments("list")[1]))
                entries = [entry async for entry in pager] if is_async else list(pager)
                check_parsed(sdk_name, entries)
                assert set(calls.created) <= {entry.id for entry in entries}, "every page walked"
            else:
                args, kwargs = calls.arguments(sdk_name)
                check_parsed(sdk_name, await call(method, *args, **keywords(method, kwargs)))
            made.append(f"{resource_name}.{sdk_name}")
    return made


def served(server: FakeServer, since: int) -> list[tuple[str, int]]:
    """What the fake served since its `since`-th request: `resource.x-sdk-method` and the status."""
    fake = server.fake
    found = []
    for request in fake.requests[since:]:
        operation = fake.router.match(request.path).operations[request.method]
        found.append((f"{operation.resource}.{operation.verb}", request.status))
    return found


def every_method(client: Any) -> list[str]:
    return [
        f"{name}.{method}"
        for name, resource in sdk_resources(client).items()
        for method in sdk_methods(resource)
        if method != "bulk_delete"
    ]


@pytest.mark.parametrize("mode", MODES)
def test_the_official_sdk_calls_every_settings_method_and_parses_every_answer(
    server: FakeServer, mode: str
) -> None:
    options = {"api_token": "fake-token", "base_url": server.base_url, "max_retries": 0}
    factory = Factory(start=1000 if mode == "sync" else 2000)  # each mode its own natural keys
    since = len(server.fake.requests)
    if mode == "sync":
        with cloudflare.Cloudflare(**options, _strict_response_validation=True) as client:
            made = asyncio.run(run(client, factory, is_async=False))
            expected = every_method(client)
    else:

        async def session() -> tuple[list[str], list[str]]:
            async with cloudflare.AsyncCloudflare(**options, _strict_response_validation=True) as client:
                return await run(client, factory, is_async=True), every_method(client)

        made, expected = asyncio.run(session())
    assert made == expected
    assert len(made) >= 40, "the SDK's settings methods, bulk_delete aside"
    answered = served(server, since)
    assert all(status < 300 for _, status in answered), [call for call in answered if call[1] >= 300]
    reached = {name for name, _ in answered}
    for call in made:  # each SDK method reached the operation of the spec it stands for
        resource, sdk_name = call.split(".")
        assert f"{resource}.{SDK_METHODS[sdk_name]}" in reached, call


def test_the_sdk_filters_domains_by_its_own_status_values(server: FakeServer) -> None:
    """The SDK's status filter (upper case since the API's September change) is served, and the domains
    it creates wait for verification in that status."""
    options = {"api_token": "fake-token", "base_url": server.base_url, "max_retries": 0}
    with cloudflare.Cloudflare(**options, _strict_response_validation=True) as client:
        domains = client.email_security.settings.domains
        created = domains.create(account_id=FAKE_ACCOUNT_ID, **Factory(start=3000).create("domains"))
        assert created is not None and created.status == "PENDING"
        pending = [entry.id for entry in domains.list(account_id=FAKE_ACCOUNT_ID, status="PENDING")]
        assert created.id in pending


@pytest.mark.filterwarnings(
    "ignore:This endpoint is deprecated:DeprecationWarning"
)  # the SDK's, on bulk_delete
def test_the_fake_is_stricter_than_the_sdk_where_the_spec_is_and_names_the_rule(server: FakeServer) -> None:
    """The SDK lets these through; the fake refuses them, saying which rule they break."""
    options = {"api_token": "fake-token", "base_url": server.base_url, "max_retries": 0}
    factory = Factory(start=4000)
    with cloudflare.Cloudflare(**options, _strict_response_validation=True) as client:
        settings = client.email_security.settings
        policy = settings.allow_policies.create(
            account_id=FAKE_ACCOUNT_ID, **factory.create("allow_policies")
        )
        assert policy is not None
        refusals = {
            # A PATCH with no field: the spec's minProperties 1.
            "must have at least 1 fields": lambda: settings.allow_policies.edit(
                policy.id, account_id=FAKE_ACCOUNT_ID
            ),
            # A batch patch without the id of the entry it changes (the SDK's item type has none).
            "patches[0].id: is required": lambda: settings.allow_policies.batch(
                account_id=FAKE_ACCOUNT_ID,
                deletes=[],
                patches=[{"comments": "which one?"}],
                posts=[],
                puts=[],
            ),
            # The deprecated bulk delete, which the SDK sends without the [{id}] body that names the domains.
            "invalid request body: is required, and none was sent": lambda: settings.domains.bulk_delete(
                account_id=FAKE_ACCOUNT_ID
            ),
        }
        for rule, refused in refusals.items():
            with pytest.raises(cloudflare.BadRequestError) as raised:
                refused()
            messages = [error["message"] for error in raised.value.body["errors"]]  # type: ignore[index]
            assert any(rule in message for message in messages), (rule, messages)


# ---- the mail: investigate, bulk jobs, submissions, PhishGuard reports ---------------------------------

# The SDK's mail methods (dotted from `client.email_security`) -> the spec's `resource.x-sdk-method`.
SDK_MAIL_METHODS = {
    "investigate.list": "investigate.list",
    "investigate.get": "investigate.get",
    "investigate.detections.get": "investigate.get_detections",
    "investigate.preview.get": "investigate.get_preview",
    "investigate.preview.create": "investigate.preview",
    "investigate.raw.get": "investigate.get_raw",
    "investigate.trace.get": "investigate.get_trace",
    "investigate.move.create": "investigate.move",
    "investigate.move.bulk": "investigate.move_many",
    "investigate.reclassify.create": "investigate.reclassify",
    "investigate.release.bulk": "investigate.release",
    "investigate.bulk.create": "investigate_bulk.create",
    "investigate.bulk.list": "investigate_bulk.list",
    "investigate.bulk.get": "investigate_bulk.get",
    "investigate.bulk.cancel.create": "investigate_bulk.cancel",
    "investigate.bulk.messages.list": "investigate_bulk.list_messages",
    "investigate.bulk.delete": "investigate_bulk.delete",
    "submissions.list": "submissions.list",
    "phishguard.reports.list": "phishguard_reports.list",
}


def sdk_mail_methods(client: Any) -> list[str]:
    """Every method the SDK has beside the settings, found by walking its resources."""

    def walk(resource: Any, prefix: str) -> list[str]:
        found = []
        for name in sorted(dir(resource)):
            if name.startswith("_") or name.startswith("with_"):
                continue
            value = getattr(resource, name)
            if inspect.ismethod(value):
                found.append(f"{prefix}{name}")
            elif hasattr(value, "with_raw_response"):
                found += walk(value, f"{prefix}{name}.")
        return found

    everything = walk(client.email_security, "")
    return [name for name in everything if not name.startswith("settings.")]


async def run_mail(client: Any, fake: FakeEmailSecurity, *, is_async: bool) -> list[str]:
    """Call every mail method of the SDK once, on messages of the fake's mailbox; the calls made."""
    made: list[str] = []

    async def call(path: str, *args: Any, **kwargs: Any) -> Any:
        method: Any = client.email_security
        for part in path.split("."):
            method = getattr(method, part)
        value = method(*args, account_id=FAKE_ACCOUNT_ID, **kwargs)
        made.append(path)
        return await value if inspect.isawaitable(value) else value

    async def walk(pager: Any) -> list[Any]:
        return [item async for item in pager] if is_async else list(pager)

    delivered = fake.deliver(subject="Weekly sync notes", sender="dana.whitfield@partner.example")
    other = fake.deliver(subject="Slides for Atlas", sender="dana.whitfield@partner.example")
    held = fake.deliver(
        subject="Verify your account", sender="no-reply@m1crosoft-login.example", disposition="MALICIOUS"
    )
    messages = await walk(await call("investigate.list", sender="partner.example"))
    check_parsed("investigate.list", messages)
    assert {delivered["id"], other["id"]} <= {message.id for message in messages}, "every page walked"
    for path in ("get", "detections.get", "preview.get", "raw.get", "trace.get"):
        check_parsed(path, await call(f"investigate.{path}", held["id"]))
    check_parsed("investigate.preview.create", await call("investigate.preview.create", id=delivered["id"]))
    moved = await walk(await call("investigate.move.create", delivered["id"], destination="JunkEmail"))
    check_parsed("investigate.move.create", moved)
    assert all(result.success for result in moved)
    moved = await walk(await call("investigate.move.bulk", ids=[other["id"]], destination="DeletedItems"))
    check_parsed("investigate.move.bulk", moved)
    released = await walk(await call("investigate.release.bulk", ids=[held["id"]]))
    check_parsed("investigate.release.bulk", released)
    assert released[0].delivered == held["client_recipients"]
    assert await call("investigate.reclassify.create", held["id"], expected_disposition="NONE") == {}
    job = await call(
        "investigate.bulk.create",
        action="MOVE",
        destination="JunkEmail",
        search_params={"sender": "partner.example"},
    )
    check_parsed("investigate.bulk.create", job)
    check_parsed("investigate.bulk.list", await walk(await call("investigate.bulk.list")))
    state = await call("investigate.bulk.get", job.job_id)
    check_parsed("investigate.bulk.get", state)
    assert state.status == "DISCOVERING"
    fake.advance_jobs(None)
    entries = await walk(await call("investigate.bulk.messages.list", job.job_id, per_page=5))
    check_parsed("investigate.bulk.messages.list", entries)
    assert entries and all(entry.message is not None for entry in entries)
    other_job = await call("investigate.bulk.create", action="RELEASE", search_params={})
    cancelled = await call("investigate.bulk.cancel.create", other_job.job_id)
    check_parsed("investigate.bulk.cancel.create", cancelled)
    assert cancelled.status == "CANCELLED"
    for finished in (job.job_id, other_job.job_id):
        check_parsed("investigate.bulk.delete", await call("investigate.bulk.delete", finished))
    submissions = await walk(await call("submissions.list", type="TEAM"))
    check_parsed("submissions.list", submissions)
    assert submissions and all(submission.type == "Team" for submission in submissions)
    check_parsed("phishguard.reports.list", await walk(await call("phishguard.reports.list")))
    return made


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # the SDK's own, on reclassify
@pytest.mark.parametrize("mode", MODES)
def test_the_official_sdk_calls_every_mail_method_and_parses_every_answer(mode: str) -> None:
    with FakeServer(FakeEmailSecurity(mailbox=150)) as running:
        options = {"api_token": "fake-token", "base_url": running.base_url, "max_retries": 0}
        if mode == "sync":
            with cloudflare.Cloudflare(**options, _strict_response_validation=True) as client:
                made = asyncio.run(run_mail(client, running.fake, is_async=False))
                expected = sdk_mail_methods(client)
        else:

            async def session() -> tuple[list[str], list[str]]:
                async with cloudflare.AsyncCloudflare(**options, _strict_response_validation=True) as client:
                    return await run_mail(client, running.fake, is_async=True), sdk_mail_methods(client)

            made, expected = asyncio.run(session())
        answered = served(running, 0)
    assert sorted(expected) == sorted(SDK_MAIL_METHODS), "the SDK gained or lost a mail method: map it"
    assert sorted(set(made)) == sorted(expected), "each SDK mail method called"
    assert all(status < 300 for _, status in answered), [call for call in answered if call[1] >= 300]
    reached = {name for name, _ in answered}
    assert reached == set(SDK_MAIL_METHODS.values()), "the 19 operations of the spec, each reached"
