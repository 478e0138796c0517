"""`make upstream-diff` (generator/upstream/), offline: small SDK packages written here, not the registries.

A tiny spec with one resource, `widgets`, and a fake npm package and a fake `cloudflare` wheel that differ
from it in every way the tool compares: an operation on one side only, a path parameter's name, a
filter's enum, a body field's presence, requiredness, type, enum and nullability, a result field's
enum and nullability, deprecations, the list envelope. Each difference must come out under its key,
naming the file that says it; the declared-differences file must silence exactly what it lists.
A second spec and packages nest resources below investigate/ (move, bulk job messages) and walk a list
by cursor: operations meet on method and path, whatever the SDKs call them.
The TypeScript side needs node and the typescript package (`make pytest` installs it into .venv/node).
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
import tarfile
import textwrap
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from generator.upstream import declared as declared_module  # noqa: E402
from generator.upstream.__main__ import main  # noqa: E402
from generator.upstream.model import normalised_path, snake_case  # noqa: E402

TYPESCRIPT = REPO / ".venv" / "node" / "node_modules" / "typescript"
PREFIX = "/accounts/{account_id}/email-security/settings"
TS_FILE = "src/resources/email-security/settings/widgets.ts"
PY_TYPES = "cloudflare/types/email_security/settings"
PY_RESOURCE = "cloudflare/resources/email_security/settings/widgets.py"


def typescript_missing() -> str | None:
    if shutil.which("node") is None:
        return "node is not on PATH: the TypeScript SDK is read by node (install node 18 or later)"
    if not (TYPESCRIPT / "package.json").is_file():
        return (
            "the typescript package is not in .venv/node: `make pytest` (or `make upstream-diff`) installs it"
        )
    return None


needs_node = pytest.mark.skipif(typescript_missing() is not None, reason=typescript_missing() or "")


# ---- the spec ---------------------------------------------------------------------------------------


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def envelope(result: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {"type": "object", "required": required, "properties": result}


def spec_document() -> dict[str, Any]:
    account = {"name": "account_id", "in": "path", "required": True, "schema": {"type": "string"}}
    widget_id = {"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"}}
    single = envelope({"result": ref("Widget")}, ["result"])
    return {
        "openapi": "3.0.3",
        "info": {"title": "widgets", "version": "1"},
        "paths": {
            f"{PREFIX}/widgets": {
                "parameters": [account],
                "get": {
                    "tags": ["widgets"],
                    "x-sdk-method": "list",
                    "parameters": [
                        {"name": "page", "in": "query", "schema": {"type": "integer"}},
                        {"name": "per_page", "in": "query", "schema": {"type": "integer"}},
                        {"name": "status", "in": "query", "schema": ref("Status")},
                        {"name": "colour", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": {"200": json_body(ref("WidgetList"))},
                },
                "post": {
                    "tags": ["widgets"],
                    "x-sdk-method": "create",
                    "requestBody": {"required": True, **json_body(ref("CreateWidget"))},
                    "responses": {"201": json_body(envelope({"result": ref("EntryRef")}, ["result"]))},
                },
                "delete": {
                    "tags": ["widgets"],
                    "x-sdk-method": "bulk_delete",
                    "requestBody": {
                        "required": True,
                        **json_body({"type": "array", "items": ref("EntryRef")}),
                    },
                    "responses": {
                        "200": json_body(
                            envelope({"result": {"type": "array", "items": ref("EntryRef")}}, ["result"])
                        )
                    },
                },
            },
            f"{PREFIX}/widgets/batch": {
                "parameters": [account],
                "post": {
                    "tags": ["widgets"],
                    "x-sdk-method": "batch",
                    "requestBody": {"required": True, **json_body(ref("WidgetBatch"))},
                    "responses": {
                        "200": json_body(envelope({"result": ref("WidgetBatchResult")}, ["result"]))
                    },
                },
            },
            f"{PREFIX}/widgets/{{widget_id}}": {
                "parameters": [account, widget_id],
                "get": {
                    "tags": ["widgets"],
                    "x-sdk-method": "get",
                    "responses": {"200": json_body(single)},
                },
            },
            f"{PREFIX}/widgets/{{widget_id}}/verification": {
                "parameters": [account, widget_id],
                "get": {
                    "tags": ["widgets"],
                    "x-sdk-method": "get_verification",
                    "responses": {"200": json_body(single)},
                },
            },
        },
        "components": {
            "schemas": {
                "Status": {"type": "string", "nullable": True, "enum": ["pending", "active", None]},
                "Owner": {"type": "object", "properties": {"email": {"type": "string"}}},
                "Widget": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "string", "readOnly": True},
                        "name": {"type": "string"},
                        "status": ref("Status"),
                        "owner": ref("Owner"),
                        "legacy": {"type": "string"},
                    },
                },
                "CreateWidget": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string"},
                        "size": {"type": "integer"},
                        "color": {"type": "string"},
                        "shape": {"type": "string", "enum": ["round", "square"]},
                        "note": {"type": "string"},
                    },
                },
                "UpdateWidget": {"type": "object", "properties": {"name": {"type": "string"}}},
                "EntryRef": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
                "WidgetBatch": {
                    "type": "object",
                    "required": ["patches"],
                    "properties": {
                        "patches": {
                            "type": "array",
                            "items": {"allOf": [ref("UpdateWidget"), ref("EntryRef")]},
                        }
                    },
                },
                "WidgetBatchResult": {
                    "type": "object",
                    "properties": {"patches": {"type": "array", "items": ref("EntryRef")}},
                },
                "WidgetList": envelope(
                    {"result": {"type": "array", "items": ref("Widget")}, "result_info": {"type": "object"}},
                    ["result", "result_info"],
                ),
            }
        },
    }


# ---- the packages -----------------------------------------------------------------------------------

WIDGETS_TS = """
import { APIResource } from '../../../core/resource';
import { APIPromise } from '../../../core/api-promise';
import {
  PagePromise,
  SinglePage,
  V4PagePaginationArray,
  type V4PagePaginationArrayParams,
} from '../../../core/pagination';
import { RequestOptions } from '../../../internal/request-options';
import { path } from '../../../internal/utils/path';

export class BaseWidgets extends APIResource {
  create(params: WidgetCreateParams, options?: RequestOptions): APIPromise<WidgetCreateResponse> {
    const { account_id, ...body } = params;
    return (
      this._client.post(path`/accounts/${account_id}/email-security/settings/widgets`, {
        body,
        ...options,
      }) as APIPromise<{ result: WidgetCreateResponse }>
    )._thenUnwrap((obj) => obj.result);
  }

  list(
    params: WidgetListParams,
    options?: RequestOptions,
  ): PagePromise<WidgetListResponsesV4PagePaginationArray, WidgetListResponse> {
    const { account_id, ...query } = params;
    return this._client.getAPIList(
      path`/accounts/${account_id}/email-security/settings/widgets`,
      V4PagePaginationArray<WidgetListResponse>,
      { query, ...options },
    );
  }

  /**
   * @deprecated Use the batch endpoint instead.
   */
  bulkDelete(
    params: WidgetBulkDeleteParams,
    options?: RequestOptions,
  ): PagePromise<WidgetBulkDeleteResponsesSinglePage, WidgetBulkDeleteResponse> {
    const { account_id } = params;
    return this._client.getAPIList(
      path`/accounts/${account_id}/email-security/settings/widgets`,
      SinglePage<WidgetBulkDeleteResponse>,
      { method: 'delete', ...options },
    );
  }

  batch(params: WidgetBatchParams, options?: RequestOptions): APIPromise<WidgetBatchResponse> {
    const { account_id, ...body } = params;
    return (
      this._client.post(path`/accounts/${account_id}/email-security/settings/widgets/batch`, {
        body,
        ...options,
      }) as APIPromise<{ result: WidgetBatchResponse }>
    )._thenUnwrap((obj) => obj.result);
  }

  get(gadgetID: string, params: WidgetGetParams, options?: RequestOptions): APIPromise<WidgetGetResponse> {
    const { account_id } = params;
    return (
      this._client.get(path`/accounts/${account_id}/email-security/settings/widgets/${gadgetID}`, options) as
        APIPromise<{ result: WidgetGetResponse }>
    )._thenUnwrap((obj) => obj.result);
  }

  archive(
    widgetID: string,
    params: WidgetGetParams,
    options?: RequestOptions,
  ): APIPromise<WidgetCreateResponse> {
    const { account_id } = params;
    return (
      this._client.post(
        path`/accounts/${account_id}/email-security/settings/widgets/${widgetID}/archive`,
        options,
      ) as APIPromise<{ result: WidgetCreateResponse }>
    )._thenUnwrap((obj) => obj.result);
  }

  routing(params: WidgetGetParams, options?: RequestOptions): APIPromise<WidgetCreateResponse> {
    const { account_id } = params;
    return this._client.get(path`/accounts/${account_id}/email/routing/rules`, options);
  }
}
export class Widgets extends BaseWidgets {}

export type WidgetListResponsesV4PagePaginationArray = V4PagePaginationArray<WidgetListResponse>;

export type WidgetBulkDeleteResponsesSinglePage = SinglePage<WidgetBulkDeleteResponse>;

export interface WidgetCreateResponse {
  id: string;
}

export interface WidgetListResponse {
  id: string;

  /**
   * @deprecated Use `name` instead.
   */
  legacy?: string;

  name?: string;

  owner?: WidgetListResponse.Owner | null;

  status?: 'PENDING' | 'ACTIVE' | null;
}

export namespace WidgetListResponse {
  export interface Owner {
    email?: string;
  }
}

export interface WidgetGetResponse {
  id: string;

  /**
   * @deprecated Use `name` instead.
   */
  legacy?: string;

  name?: string;

  owner?: WidgetGetResponse.Owner | null;

  status?: 'PENDING' | 'ACTIVE' | null;
}

export namespace WidgetGetResponse {
  export interface Owner {
    email?: string;
  }
}

export interface WidgetBulkDeleteResponse {
  id: string;
}

export interface WidgetBatchResponse {
  patches?: Array<WidgetBatchResponse.Patch>;
}

export namespace WidgetBatchResponse {
  export interface Patch {
    id: string;
  }
}

export interface WidgetCreateParams {
  account_id: string;

  name: string;

  size: number;

  color?: number;

  shape?: 'round' | 'square' | 'oval';

  note?: string | null;

  weight?: number;
}

export interface WidgetListParams extends V4PagePaginationArrayParams {
  account_id: string;

  status?: 'PENDING' | 'ACTIVE' | null;
}

export interface WidgetBulkDeleteParams {
  account_id: string;
}

export interface WidgetBatchParams {
  account_id: string;

  patches: Array<WidgetBatchParams.Patch>;
}

export namespace WidgetBatchParams {
  export interface Patch {
    name?: string;
  }
}

export interface WidgetGetParams {
  account_id: string;
}
"""

PAGINATION_TS = """
export interface V4PagePaginationArrayParams {
  page?: number;

  per_page?: number;
}
"""

WIDGETS_PY = """
from __future__ import annotations

from typing import Type, Iterable, Optional, cast
from typing_extensions import Literal

import typing_extensions

from ...._utils import path_template, maybe_transform
from ...._resource import SyncAPIResource, AsyncAPIResource
from ...._wrappers import ResultWrapper
from ....pagination import SyncSinglePage, SyncV4PagePaginationArray, AsyncV4PagePaginationArray
from ...._base_client import make_request_options
from ....types.email_security.settings import widget_batch_params, widget_create_params, widget_list_params
from ....types.email_security.settings.widget_get_response import WidgetGetResponse
from ....types.email_security.settings.widget_list_response import WidgetListResponse
from ....types.email_security.settings.widget_batch_response import WidgetBatchResponse
from ....types.email_security.settings.widget_create_response import WidgetCreateResponse
from ....types.email_security.settings.widget_bulk_delete_response import WidgetBulkDeleteResponse


class WidgetsResource(SyncAPIResource):
    def create(self, *, account_id: str, name: str, size: int, note: Optional[str] = None):
        return self._post(
            path_template("/accounts/{account_id}/email-security/settings/widgets", account_id=account_id),
            body=maybe_transform(
                {"name": name, "size": size, "color": 0.5, "shape": "round", "note": note, "weight": 1},
                widget_create_params.WidgetCreateParams,
            ),
            options=make_request_options(),
            cast_to=cast(Type[Optional[WidgetCreateResponse]], ResultWrapper[WidgetCreateResponse]),
        )

    def list(self, *, account_id: str, page: int = 1, per_page: int = 20, status: Optional[str] = None):
        return self._get_api_list(
            path_template("/accounts/{account_id}/email-security/settings/widgets", account_id=account_id),
            page=SyncV4PagePaginationArray[WidgetListResponse],
            options=make_request_options(
                query=maybe_transform(
                    {"page": page, "per_page": per_page, "status": status},
                    widget_list_params.WidgetListParams,
                ),
            ),
            model=WidgetListResponse,
        )

    @typing_extensions.deprecated("This endpoint is deprecated. Use the batch endpoint instead.")
    def bulk_delete(self, *, account_id: str):
        return self._get_api_list(
            path_template("/accounts/{account_id}/email-security/settings/widgets", account_id=account_id),
            page=SyncSinglePage[WidgetBulkDeleteResponse],
            options=make_request_options(),
            model=WidgetBulkDeleteResponse,
            method="delete",
        )

    def batch(self, *, account_id: str, patches: Iterable[widget_batch_params.Patch]):
        return self._post(
            path_template(
                "/accounts/{account_id}/email-security/settings/widgets/batch", account_id=account_id
            ),
            body=maybe_transform({"patches": patches}, widget_batch_params.WidgetBatchParams),
            options=make_request_options(),
            cast_to=cast(Type[Optional[WidgetBatchResponse]], ResultWrapper[WidgetBatchResponse]),
        )

    def get(self, gadget_id: str, *, account_id: str):
        return self._get(
            f"/accounts/{account_id}/email-security/settings/widgets/{gadget_id}",
            options=make_request_options(),
            cast_to=cast(Type[Optional[WidgetGetResponse]], ResultWrapper[WidgetGetResponse]),
        )

    def archive(self, widget_id: str, *, account_id: str):
        return self._post(
            path_template(
                "/accounts/{account_id}/email-security/settings/widgets/{widget_id}/archive",
                account_id=account_id,
                widget_id=widget_id,
            ),
            options=make_request_options(),
            cast_to=cast(Type[Optional[WidgetCreateResponse]], ResultWrapper[WidgetCreateResponse]),
        )


class AsyncWidgetsResource(AsyncAPIResource):
    def list(self, *, account_id: str):
        return self._get_api_list(
            path_template("/accounts/{account_id}/email-security/settings/widgets", account_id=account_id),
            page=AsyncV4PagePaginationArray[WidgetListResponse],
            model=WidgetListResponse,
        )
"""

PY_TYPES_FILES = {
    "widget_list_params.py": """
        from typing import Optional
        from typing_extensions import Literal, Required, TypedDict

        class WidgetListParams(TypedDict, total=False):
            account_id: Required[str]

            page: int

            per_page: int

            status: Optional[Literal["PENDING", "ACTIVE"]]
        """,
    "widget_create_params.py": """
        from typing import Optional
        from typing_extensions import Literal, Required, TypedDict

        class WidgetCreateParams(TypedDict, total=False):
            account_id: Required[str]

            name: Required[str]

            size: Required[int]

            color: float

            shape: Literal["round", "square", "oval"]

            note: Optional[str]

            weight: int
        """,
    "widget_batch_params.py": """
        from typing import Iterable
        from typing_extensions import Required, TypedDict

        class WidgetBatchParams(TypedDict, total=False):
            account_id: Required[str]

            patches: Required[Iterable[Patch]]

        class Patch(TypedDict, total=False):
            name: str
        """,
    "widget_get_response.py": """
        from typing import Optional
        from typing_extensions import Literal

        from ...._models import BaseModel

        class Owner(BaseModel):
            email: Optional[str] = None

        class WidgetGetResponse(BaseModel):
            id: str

            legacy: Optional[str] = None
            \"\"\"Deprecated: use `name` instead.\"\"\"

            name: Optional[str] = None

            owner: Optional[Owner] = None

            status: Optional[Literal["PENDING", "ACTIVE"]] = None
        """,
    "widget_list_response.py": """
        from typing import Optional
        from typing_extensions import Literal

        from ...._models import BaseModel

        class Owner(BaseModel):
            email: Optional[str] = None

        class WidgetListResponse(BaseModel):
            id: str

            legacy: Optional[str] = None
            \"\"\"Deprecated: use `name` instead.\"\"\"

            name: Optional[str] = None

            owner: Optional[Owner] = None

            status: Optional[Literal["PENDING", "ACTIVE"]] = None
        """,
    "widget_create_response.py": """
        from ...._models import BaseModel

        class WidgetCreateResponse(BaseModel):
            id: str
        """,
    "widget_bulk_delete_response.py": """
        from ...._models import BaseModel

        class WidgetBulkDeleteResponse(BaseModel):
            id: str
        """,
    "widget_batch_response.py": """
        from typing import List, Optional

        from ...._models import BaseModel

        class Patch(BaseModel):
            id: str

        class WidgetBatchResponse(BaseModel):
            patches: Optional[List[Patch]] = None
        """,
}

PAGINATION_PY = """
from typing import Generic, List, Optional, TypeVar

from ._models import BaseModel

_T = TypeVar("_T")

class V4PagePaginationArrayResultInfo(BaseModel):
    page: Optional[int] = None

class SyncV4PagePaginationArray(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    result: List[_T]
    result_info: Optional[V4PagePaginationArrayResultInfo] = None

class AsyncV4PagePaginationArray(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):
    result: List[_T]
    result_info: Optional[V4PagePaginationArrayResultInfo] = None

class SyncSinglePage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    result: List[_T]
"""


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")


def npm_package(root: Path) -> Path:
    """An npm package as `npm pack` unpacks it: package/package.json and the TypeScript sources."""
    package = root / "package"
    write(package / "package.json", json.dumps({"name": "cloudflare", "version": "9.9.9"}))
    write(package / TS_FILE, WIDGETS_TS)
    write(package / "src/core/pagination.ts", PAGINATION_TS)
    return root


def wheel_folder(root: Path) -> Path:
    write(
        root / "cloudflare-5.99.0.dist-info/METADATA",
        "Metadata-Version: 2.1\nName: cloudflare\nVersion: 5.99.0\n",
    )
    write(root / "cloudflare/__init__.py", "")
    write(root / PY_RESOURCE, WIDGETS_PY)
    write(root / "cloudflare/pagination.py", PAGINATION_PY)
    write(root / PY_TYPES / "__init__.py", "")
    for name, text in PY_TYPES_FILES.items():
        write(root / PY_TYPES / name, text)
    return root


# What each SDK differs in, by key. Both SDKs share these ...
BOTH = {
    "widgets.list query.status enum",
    "widgets.list query.colour missing upstream",
    "widgets.list result[].status enum",
    "widgets.list result[].legacy deprecated",
    "widgets.create body.size required",
    "widgets.create body.color type",
    "widgets.create body.shape enum",
    "widgets.create body.note nullable",
    "widgets.create body.weight missing in spec",
    "widgets.bulk_delete body missing upstream",
    "widgets.bulk_delete deprecated",
    "widgets.batch body.patches[].id missing upstream",
    "widgets.get path params",
    "widgets.get result.status enum",
    "widgets.get result.legacy deprecated",
    "widgets.get_verification missing upstream",
    "POST settings/widgets/{}/archive missing in spec",
}
# ... TypeScript alone tells nullable results ...
NPM_ONLY = {"widgets.get result.owner nullable", "widgets.list result[].owner nullable"}
# ... and the Python page class says whether `result_info` must be there.
PYPI_ONLY = {"widgets.list envelope.result_info required"}


@pytest.fixture
def spec_file(tmp_path: Path) -> Path:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec_document(), sort_keys=False), encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    code = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def run_json(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, dict[str, Any]]:
    code, out = run(capsys, *args, "--json")
    return code, json.loads(out)


def keys_of(report: dict[str, Any], source: str) -> set[str]:
    return {d["key"] for d in report["differences"] if d["source"] == source}


def no_declared(tmp_path: Path) -> Path:
    return tmp_path / "none.yaml"


# ---- each kind of difference, found and named with its file -----------------------------------------


def test_the_python_sdk_differences_are_found_each_under_its_key(
    tmp_path: Path, spec_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wheel = wheel_folder(tmp_path / "wheel")
    code, report = run_json(
        capsys, "--spec", spec_file, "--declared", no_declared(tmp_path), "--no-npm", "--pypi", wheel
    )
    assert code == 1
    assert keys_of(report, "pypi") == BOTH | PYPI_ONLY
    assert report["sources"] == [{"kind": "pypi", "label": "pypi cloudflare==5.99.0"}]
    files = {d["key"]: d["file"] for d in report["differences"]}
    assert files["widgets.list query.status enum"] == f"{PY_TYPES}/widget_list_params.py"
    assert files["widgets.create body.note nullable"] == f"{PY_TYPES}/widget_create_params.py"
    assert files["widgets.get result.status enum"] == f"{PY_TYPES}/widget_get_response.py"
    assert files["widgets.list envelope.result_info required"] == "cloudflare/pagination.py"
    assert files["POST settings/widgets/{}/archive missing in spec"] == PY_RESOURCE
    messages = {d["key"]: d["message"] for d in report["differences"]}
    assert (
        messages["widgets.get path params"]
        == "widgets.get path parameters: account_id, gadget_id, spec account_id, widget_id"
    )
    assert (
        messages["widgets.create body.color type"]
        == "widgets.create body field color: type number, spec string"
    )


@needs_node
def test_the_typescript_sdk_differences_are_found_each_under_its_key(
    tmp_path: Path, spec_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = npm_package(tmp_path / "npm")
    code, out = run(
        capsys, "--spec", spec_file, "--declared", no_declared(tmp_path), "--no-pypi", "--npm", package
    )
    assert code == 1
    # The line names the package, its file and what differs, both sides' values.
    line = "widgets.list filter status: enum PENDING|ACTIVE, spec pending|active"
    assert f"npm cloudflare@9.9.9 {TS_FILE}: {line}" in out
    code, report = run_json(
        capsys, "--spec", spec_file, "--declared", no_declared(tmp_path), "--no-pypi", "--npm", package
    )
    assert keys_of(report, "npm") == BOTH | NPM_ONLY
    assert {d["file"] for d in report["differences"] if "missing upstream" not in d["key"]} == {TS_FILE}
    messages = {d["key"]: d["message"] for d in report["differences"]}
    assert (
        messages["widgets.get result.owner nullable"]
        == "widgets.get result field owner: nullable, spec not nullable"
    )
    assert (
        messages["widgets.create body.size required"]
        == "widgets.create body field size: required, spec optional"
    )


@needs_node
def test_a_packed_tarball_and_a_wheel_file_read_as_their_folders(
    tmp_path: Path, spec_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = npm_package(tmp_path / "npm")
    tarball = tmp_path / "cloudflare-9.9.9.tgz"
    with tarfile.open(tarball, "w:gz") as archive:
        archive.add(folder / "package", arcname="package")
    wheel_root = wheel_folder(tmp_path / "wheel")
    wheel = tmp_path / "cloudflare-5.99.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for file in sorted(wheel_root.rglob("*")):
            if file.is_file():
                archive.write(file, file.relative_to(wheel_root).as_posix())
    common = ["--spec", spec_file, "--declared", no_declared(tmp_path), "--cache", tmp_path / "cache"]
    _, packed = run_json(capsys, *common, "--npm", tarball, "--pypi", wheel)
    _, unpacked = run_json(capsys, *common, "--npm", folder, "--pypi", wheel_root)
    assert packed["differences"] == unpacked["differences"]
    assert keys_of(packed, "npm") == BOTH | NPM_ONLY
    assert keys_of(packed, "pypi") == BOTH | PYPI_ONLY


# ---- nested resources beside the settings: investigate, its moves and bulk jobs ------------------------
#
# The SDKs nest these resources (`investigate/move.ts`, `investigate/bulk/messages.ts`) and name their
# methods otherwise than the spec (`move.bulk` is the spec's `investigate.move_many`): operations meet on
# HTTP method and path. The investigate list walks by `cursor`; its deprecated `page` is deprecated in
# words only, in both SDKs.

NESTED = "/accounts/{account_id}/email-security/investigate"
TS_INVESTIGATE = "src/resources/email-security/investigate/investigate.ts"
TS_MOVE = "src/resources/email-security/investigate/move.ts"
TS_MESSAGES = "src/resources/email-security/investigate/bulk/messages.ts"
PY_NESTED_TYPES = "cloudflare/types/email_security"


def nested_spec_document() -> dict[str, Any]:
    account = {"name": "account_id", "in": "path", "required": True, "schema": {"type": "string"}}
    job_id = {"name": "job_id", "in": "path", "required": True, "schema": {"type": "string"}}
    message_id = {"name": "investigate_id", "in": "path", "required": True, "schema": {"type": "string"}}
    per_page = {"name": "per_page", "in": "query", "schema": {"type": "integer"}}
    page = {"name": "page", "in": "query", "schema": {"type": "integer"}}

    def listing(item: str) -> dict[str, Any]:
        properties = {"result": {"type": "array", "items": ref(item)}, "result_info": {"type": "object"}}
        return json_body(envelope(properties, ["result"]))

    return {
        "openapi": "3.0.3",
        "info": {"title": "investigate", "version": "1"},
        "paths": {
            NESTED: {
                "parameters": [account],
                "get": {
                    "tags": ["investigate"],
                    "x-sdk-method": "list",
                    "parameters": [
                        {"name": "cursor", "in": "query", "schema": {"type": "string"}},
                        {**page, "deprecated": True},
                        per_page,
                    ],
                    "responses": {"200": listing("Message")},
                },
            },
            f"{NESTED}/move": {
                "parameters": [account],
                "post": {
                    "tags": ["investigate"],
                    "x-sdk-method": "move_many",
                    "requestBody": {"required": True, **json_body(ref("MoveMessages"))},
                    "responses": {"200": listing("MoveResult")},
                },
            },
            f"{NESTED}/{{investigate_id}}/reclassify": {
                "parameters": [account, message_id],
                "post": {
                    "tags": ["investigate"],
                    "x-sdk-method": "reclassify",
                    "deprecated": True,
                    "requestBody": {"required": True, **json_body(ref("Reclassify"))},
                    "responses": {
                        "200": json_body(envelope({"result": {"nullable": True}}, ["result"])),
                    },
                },
            },
            f"{NESTED}/bulk/{{job_id}}/messages": {
                "parameters": [account, job_id],
                "get": {
                    "tags": ["investigate_bulk"],
                    "x-sdk-method": "list_messages",
                    "parameters": [
                        page,
                        per_page,
                        {"name": "status", "in": "query", "schema": ref("JobMessageStatus")},
                    ],
                    "responses": {"200": listing("JobMessage")},
                },
            },
        },
        "components": {
            "schemas": {
                "Message": {
                    "type": "object",
                    "required": ["id", "detail"],
                    "properties": {"id": {"type": "string"}, "detail": {"type": "string"}},
                },
                "MoveMessages": {
                    "type": "object",
                    "required": ["ids", "destination"],
                    "properties": {
                        "ids": {"type": "array", "items": {"type": "string"}},
                        "destination": {"type": "string", "enum": ["Inbox", "JunkEmail"]},
                    },
                },
                "MoveResult": {
                    "type": "object",
                    "required": ["success"],
                    "properties": {"success": {"type": "boolean"}},
                },
                "Reclassify": {
                    "type": "object",
                    "required": ["expected_disposition"],
                    "properties": {"expected_disposition": {"type": "string"}},
                },
                "JobMessageStatus": {"type": "string", "enum": ["pending", "moved"]},
                "JobMessage": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {"id": {"type": "string"}},
                },
            }
        },
    }


NESTED_TS = {
    TS_INVESTIGATE: """
        import { APIResource } from '../../../core/resource';
        import { PagePromise, V4PagePaginationArray } from '../../../core/pagination';
        import { RequestOptions } from '../../../internal/request-options';
        import { path } from '../../../internal/utils/path';

        export class BaseInvestigate extends APIResource {
          list(
            params: InvestigateListParams,
            options?: RequestOptions,
          ): PagePromise<InvestigateListResponsesV4PagePaginationArray, InvestigateListResponse> {
            const { account_id, ...query } = params;
            return this._client.getAPIList(
              path`/accounts/${account_id}/email-security/investigate`,
              V4PagePaginationArray<InvestigateListResponse>,
              { query, ...options },
            );
          }
        }
        export class Investigate extends BaseInvestigate {}

        export type InvestigateListResponsesV4PagePaginationArray =
          V4PagePaginationArray<InvestigateListResponse>;

        export interface InvestigateListResponse {
          id: string;

          detail?: string;
        }

        export interface InvestigateListParams {
          account_id: string;

          /**
           * Query param: Pagination cursor from the previous response's `result_info`.
           */
          cursor?: string | null;

          /**
           * Query param: Deprecated, use `cursor` instead.
           */
          page?: number;

          per_page?: number;
        }
        """,
    TS_MOVE: """
        import { APIResource } from '../../../core/resource';
        import { PagePromise, SinglePage } from '../../../core/pagination';
        import { RequestOptions } from '../../../internal/request-options';
        import { path } from '../../../internal/utils/path';

        export class BaseMove extends APIResource {
          create(
            investigateID: string,
            params: MoveCreateParams,
            options?: RequestOptions,
          ): PagePromise<MoveCreateResponsesSinglePage, MoveCreateResponse> {
            const { account_id, ...body } = params;
            return this._client.getAPIList(
              path`/accounts/${account_id}/email-security/investigate/${investigateID}/move`,
              SinglePage<MoveCreateResponse>,
              { body, method: 'post', ...options },
            );
          }

          bulk(
            params: MoveBulkParams,
            options?: RequestOptions,
          ): PagePromise<MoveBulkResponsesSinglePage, MoveBulkResponse> {
            const { account_id, ...body } = params;
            return this._client.getAPIList(
              path`/accounts/${account_id}/email-security/investigate/move`,
              SinglePage<MoveBulkResponse>,
              { body, method: 'post', ...options },
            );
          }
        }
        export class Move extends BaseMove {}

        export type MoveCreateResponsesSinglePage = SinglePage<MoveCreateResponse>;

        export type MoveBulkResponsesSinglePage = SinglePage<MoveBulkResponse>;

        export interface MoveCreateResponse {
          success: boolean;
        }

        export interface MoveBulkResponse {
          success: boolean;
        }

        export interface MoveCreateParams {
          account_id: string;

          destination: 'Inbox' | 'JunkEmail' | 'DeletedItems';
        }

        export interface MoveBulkParams {
          account_id: string;

          destination: 'Inbox' | 'JunkEmail' | 'DeletedItems';

          ids: Array<string>;
        }
        """,
    "src/resources/email-security/investigate/reclassify.ts": """
        import { APIResource } from '../../../core/resource';
        import { APIPromise } from '../../../core/api-promise';
        import { RequestOptions } from '../../../internal/request-options';
        import { path } from '../../../internal/utils/path';

        export class BaseReclassify extends APIResource {
          /**
           * @deprecated
           */
          create(
            investigateID: string,
            params: ReclassifyCreateParams,
            options?: RequestOptions,
          ): APIPromise<unknown> {
            const { account_id, ...body } = params;
            return (
              this._client.post(
                path`/accounts/${account_id}/email-security/investigate/${investigateID}/reclassify`,
                { body, ...options },
              ) as APIPromise<{ result: unknown }>
            )._thenUnwrap((obj) => obj.result);
          }
        }

        export interface ReclassifyCreateParams {
          account_id: string;

          expected_disposition: string;
        }
        """,
    TS_MESSAGES: """
        import { APIResource } from '../../../../core/resource';
        import {
          PagePromise,
          V4PagePaginationArray,
          type V4PagePaginationArrayParams,
        } from '../../../../core/pagination';
        import { RequestOptions } from '../../../../internal/request-options';
        import { path } from '../../../../internal/utils/path';

        export class BaseMessages extends APIResource {
          list(
            jobID: string,
            params: MessageListParams,
            options?: RequestOptions,
          ): PagePromise<MessageListResponsesV4PagePaginationArray, MessageListResponse> {
            const { account_id, ...query } = params;
            return this._client.getAPIList(
              path`/accounts/${account_id}/email-security/investigate/bulk/${jobID}/messages`,
              V4PagePaginationArray<MessageListResponse>,
              { query, ...options },
            );
          }
        }
        export class Messages extends BaseMessages {}

        export type MessageListResponsesV4PagePaginationArray = V4PagePaginationArray<MessageListResponse>;

        export interface MessageListResponse {
          id: string;
        }

        export interface MessageListParams extends V4PagePaginationArrayParams {
          account_id: string;

          status?: 'pending' | 'moved' | 'failed';
        }
        """,
}

NESTED_PY_RESOURCES = {
    "investigate/investigate.py": """
        from typing import Optional

        from ...._utils import path_template, maybe_transform
        from ...._resource import SyncAPIResource
        from ....pagination import SyncV4PagePaginationArray
        from ...._base_client import make_request_options
        from ....types.email_security import investigate_list_params
        from ....types.email_security.investigate_list_response import InvestigateListResponse


        class InvestigateResource(SyncAPIResource):
            def list(self, *, account_id: str, cursor: Optional[str] = None, page: int = 1, per_page: int):
                return self._get_api_list(
                    path_template("/accounts/{account_id}/email-security/investigate", account_id=account_id),
                    page=SyncV4PagePaginationArray[InvestigateListResponse],
                    options=make_request_options(
                        query=maybe_transform(
                            {"cursor": cursor, "page": page, "per_page": per_page},
                            investigate_list_params.InvestigateListParams,
                        ),
                    ),
                    model=InvestigateListResponse,
                )
        """,
    "investigate/move.py": """
        from typing import List

        from ...._utils import path_template, maybe_transform
        from ...._resource import SyncAPIResource
        from ....pagination import SyncSinglePage
        from ...._base_client import make_request_options
        from ....types.email_security.investigate import move_bulk_params, move_create_params
        from ....types.email_security.investigate.move_bulk_response import MoveBulkResponse
        from ....types.email_security.investigate.move_create_response import MoveCreateResponse


        class MoveResource(SyncAPIResource):
            def create(self, investigate_id: str, *, account_id: str, destination: str):
                return self._get_api_list(
                    path_template(
                        "/accounts/{account_id}/email-security/investigate/{investigate_id}/move",
                        account_id=account_id,
                        investigate_id=investigate_id,
                    ),
                    page=SyncSinglePage[MoveCreateResponse],
                    body=maybe_transform({"destination": destination}, move_create_params.MoveCreateParams),
                    options=make_request_options(),
                    model=MoveCreateResponse,
                    method="post",
                )

            def bulk(self, *, account_id: str, destination: str, ids: List[str]):
                return self._get_api_list(
                    path_template(
                        "/accounts/{account_id}/email-security/investigate/move", account_id=account_id
                    ),
                    page=SyncSinglePage[MoveBulkResponse],
                    body=maybe_transform(
                        {"destination": destination, "ids": ids}, move_bulk_params.MoveBulkParams
                    ),
                    options=make_request_options(),
                    model=MoveBulkResponse,
                    method="post",
                )
        """,
    "investigate/reclassify.py": """
        from typing import Type, cast

        import typing_extensions

        from ...._utils import path_template, maybe_transform
        from ...._resource import SyncAPIResource
        from ...._wrappers import ResultWrapper
        from ...._base_client import make_request_options
        from ....types.email_security.investigate import reclassify_create_params


        class ReclassifyResource(SyncAPIResource):
            @typing_extensions.deprecated("deprecated")
            def create(self, investigate_id: str, *, account_id: str, expected_disposition: str):
                return self._post(
                    path_template(
                        "/accounts/{account_id}/email-security/investigate/{investigate_id}/reclassify",
                        account_id=account_id,
                        investigate_id=investigate_id,
                    ),
                    body=maybe_transform(
                        {"expected_disposition": expected_disposition},
                        reclassify_create_params.ReclassifyCreateParams,
                    ),
                    options=make_request_options(),
                    cast_to=cast(Type[object], ResultWrapper[object]),
                )
        """,
    "investigate/bulk/messages.py": """
        from ....._utils import path_template, maybe_transform
        from ....._resource import SyncAPIResource
        from .....pagination import SyncV4PagePaginationArray
        from ....._base_client import make_request_options
        from .....types.email_security.investigate.bulk import message_list_params
        from .....types.email_security.investigate.bulk.message_list_response import MessageListResponse


        class MessagesResource(SyncAPIResource):
            def list(self, job_id: str, *, account_id: str, page: int, per_page: int, status: str):
                return self._get_api_list(
                    path_template(
                        "/accounts/{account_id}/email-security/investigate/bulk/{job_id}/messages",
                        account_id=account_id,
                        job_id=job_id,
                    ),
                    page=SyncV4PagePaginationArray[MessageListResponse],
                    options=make_request_options(
                        query=maybe_transform(
                            {"page": page, "per_page": per_page, "status": status},
                            message_list_params.MessageListParams,
                        ),
                    ),
                    model=MessageListResponse,
                )
        """,
}

NESTED_PY_TYPES = {
    "investigate_list_params.py": """
        from typing import Optional
        from typing_extensions import Required, TypedDict

        class InvestigateListParams(TypedDict, total=False):
            account_id: Required[str]

            cursor: Optional[str]
            \"\"\"Pagination cursor from the previous response's `result_info`.\"\"\"

            page: int
            \"\"\"Deprecated: Use cursor pagination instead. End of life: November 1, 2026.\"\"\"

            per_page: int
        """,
    "investigate_list_response.py": """
        from typing import Optional

        from ..._models import BaseModel

        class InvestigateListResponse(BaseModel):
            id: str

            detail: Optional[str] = None
        """,
    "investigate/move_create_params.py": """
        from typing_extensions import Literal, Required, TypedDict

        class MoveCreateParams(TypedDict, total=False):
            account_id: Required[str]

            destination: Required[Literal["Inbox", "JunkEmail", "DeletedItems"]]
        """,
    "investigate/move_bulk_params.py": """
        from typing_extensions import Literal, Required, TypedDict

        from ...._types import SequenceNotStr

        class MoveBulkParams(TypedDict, total=False):
            account_id: Required[str]

            destination: Required[Literal["Inbox", "JunkEmail", "DeletedItems"]]

            ids: Required[SequenceNotStr[str]]
        """,
    "investigate/move_create_response.py": """
        from ...._models import BaseModel

        class MoveCreateResponse(BaseModel):
            success: bool
        """,
    "investigate/move_bulk_response.py": """
        from ...._models import BaseModel

        class MoveBulkResponse(BaseModel):
            success: bool
        """,
    "investigate/reclassify_create_params.py": """
        from typing_extensions import Required, TypedDict

        class ReclassifyCreateParams(TypedDict, total=False):
            account_id: Required[str]

            expected_disposition: Required[str]
        """,
    "investigate/bulk/message_list_params.py": """
        from typing_extensions import Literal, Required, TypedDict

        class MessageListParams(TypedDict, total=False):
            account_id: Required[str]

            page: int

            per_page: int

            status: Literal["pending", "moved", "failed"]
        """,
    "investigate/bulk/message_list_response.py": """
        from ....._models import BaseModel

        class MessageListResponse(BaseModel):
            id: str
        """,
}

# Both SDKs: a nullable cursor, a wider destination and job-message status, a move the spec lacks ...
NESTED_BOTH = {
    "investigate.list query.cursor nullable",
    "investigate.move_many body.destination enum",
    "investigate_bulk.list_messages query.status enum",
    "POST investigate/{}/move missing in spec",
}
# ... and only TypeScript can say that `detail` may be absent: Python's `Optional[str] = None` also
# means "always there, may be null".
NESTED_NPM_ONLY = {"investigate.list result[].detail required"}


@pytest.fixture
def nested_spec_file(tmp_path: Path) -> Path:
    path = tmp_path / "nested-spec.yaml"
    path.write_text(yaml.safe_dump(nested_spec_document(), sort_keys=False), encoding="utf-8")
    return path


def nested_npm_package(root: Path) -> Path:
    package = npm_package(root) / "package"
    for file, text in NESTED_TS.items():
        write(package / file, text)
    return root


def nested_wheel_folder(root: Path) -> Path:
    wheel_folder(root)
    for file, text in NESTED_PY_RESOURCES.items():
        write(root / "cloudflare/resources/email_security" / file, text)
    for file, text in NESTED_PY_TYPES.items():
        write(root / PY_NESTED_TYPES / file, text)
    return root


def nested_run(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, spec: Path, *sources: str | Path
) -> dict[str, Any]:
    """The JSON report on the nested spec, with the widgets operations of the packages left aside."""
    code, report = run_json(capsys, "--spec", spec, "--declared", no_declared(tmp_path), *sources)
    assert code == 1
    report["differences"] = [d for d in report["differences"] if "widgets" not in d["key"]]
    return report


def test_nested_python_resources_meet_the_spec_by_method_and_path(
    tmp_path: Path, nested_spec_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wheel = nested_wheel_folder(tmp_path / "wheel")
    report = nested_run(capsys, tmp_path, nested_spec_file, "--no-npm", "--pypi", wheel)
    # The deprecated `page`, said in words and in the spec's parameter, and the untyped reclassify
    # result (`object`) are no difference.
    assert keys_of(report, "pypi") == NESTED_BOTH
    files = {d["key"]: d["file"] for d in report["differences"]}
    assert files["investigate_bulk.list_messages query.status enum"] == (
        f"{PY_NESTED_TYPES}/investigate/bulk/message_list_params.py"
    )
    assert files["investigate.move_many body.destination enum"] == (
        f"{PY_NESTED_TYPES}/investigate/move_bulk_params.py"
    )
    assert files["investigate.list query.cursor nullable"] == f"{PY_NESTED_TYPES}/investigate_list_params.py"
    messages = {d["key"]: d["message"] for d in report["differences"]}
    assert messages["POST investigate/{}/move missing in spec"] == (
        "POST /accounts/{account_id}/email-security/investigate/{investigate_id}/move"
        " (investigate.move.create): upstream has it, the spec does not"
    )
    assert messages["investigate.list query.cursor nullable"] == (
        "investigate.list filter cursor: nullable, spec not nullable"
    )


@needs_node
def test_nested_typescript_resources_meet_the_spec_by_method_and_path(
    tmp_path: Path, nested_spec_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = nested_npm_package(tmp_path / "npm")
    report = nested_run(capsys, tmp_path, nested_spec_file, "--no-pypi", "--npm", package)
    # `page` is deprecated in its doc comment only, the reclassify result is `unknown`: no difference.
    assert keys_of(report, "npm") == NESTED_BOTH | NESTED_NPM_ONLY
    files = {d["key"]: d["file"] for d in report["differences"]}
    # The job messages' params extend the pagination params of a module four folders up.
    assert files["investigate_bulk.list_messages query.status enum"] == TS_MESSAGES
    assert files["investigate.move_many body.destination enum"] == TS_MOVE
    assert files["investigate.list result[].detail required"] == TS_INVESTIGATE
    messages = {d["key"]: d["message"] for d in report["differences"]}
    assert messages["investigate.move_many body.destination enum"] == (
        "investigate.move_many body field destination:"
        " enum Inbox|JunkEmail|DeletedItems, spec Inbox|JunkEmail"
    )
    assert "(investigate.move.create)" in messages["POST investigate/{}/move missing in spec"]


@needs_node
def test_a_nested_operation_the_sdks_lack_is_named_by_the_spec(
    tmp_path: Path, nested_spec_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without investigate/bulk/ in either package, the job messages are missing upstream, by spec name."""
    package = nested_npm_package(tmp_path / "npm")
    (package / "package" / TS_MESSAGES).unlink()
    wheel = nested_wheel_folder(tmp_path / "wheel")
    (wheel / "cloudflare/resources/email_security/investigate/bulk/messages.py").unlink()
    report = nested_run(capsys, tmp_path, nested_spec_file, "--npm", package, "--pypi", wheel)
    missing = {"investigate_bulk.list_messages missing upstream"}
    expected = NESTED_BOTH - {"investigate_bulk.list_messages query.status enum"} | missing
    assert keys_of(report, "pypi") == expected
    assert keys_of(report, "npm") == expected | NESTED_NPM_ONLY


# ---- the declared-differences file ---------------------------------------------------------------------


def declare(path: Path, keys: set[str], **extra: Any) -> Path:
    entries = [{"key": key, "reason": "kept on purpose, for this test", **extra} for key in sorted(keys)]
    path.write_text(yaml.safe_dump(entries, sort_keys=False), encoding="utf-8")
    return path


def test_declared_differences_are_silenced_and_removing_one_fails_naming_it(
    tmp_path: Path, spec_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wheel = wheel_folder(tmp_path / "wheel")
    args = ["--spec", spec_file, "--no-npm", "--pypi", wheel, "--declared"]
    everything = declare(tmp_path / "all.yaml", BOTH | PYPI_ONLY)
    code, out = run(capsys, *args, everything)
    assert code == 0, out
    assert "0 not explained" in out and "DIFF" not in out
    for missing in ("widgets.list query.status enum", "widgets.bulk_delete body missing upstream"):
        code, out = run(capsys, *args, declare(tmp_path / "some.yaml", (BOTH | PYPI_ONLY) - {missing}))
        assert code == 1
        assert f"DIFF {missing}\n" in out
        assert out.count("DIFF ") == 1
        assert "1 not explained" in out


def test_an_entry_for_another_source_does_not_explain_this_one(
    tmp_path: Path, spec_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wheel = wheel_folder(tmp_path / "wheel")
    declared = declare(tmp_path / "d.yaml", {"widgets.get path params"}, sources=["npm"])
    code, report = run_json(capsys, "--spec", spec_file, "--no-npm", "--pypi", wheel, "--declared", declared)
    assert code == 1
    assert "widgets.get path params" in report["unexplained"]
    assert report["stale"] == []  # npm was not read, so the entry cannot be judged stale


def test_a_stale_entry_is_an_error_naming_it(
    tmp_path: Path, spec_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wheel = wheel_folder(tmp_path / "wheel")
    declared = declare(
        tmp_path / "d.yaml", BOTH | PYPI_ONLY | {"widgets.get result.size enum"}, sources=["pypi"]
    )
    code, out = run(capsys, "--spec", spec_file, "--no-npm", "--pypi", wheel, "--declared", declared)
    assert code == 1
    assert "STALE widgets.get result.size enum (sources: pypi)" in out
    assert "0 not explained" in out and "1 stale entries" in out


def test_a_star_in_a_declared_key_stands_for_any_text(
    tmp_path: Path, spec_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wheel = wheel_folder(tmp_path / "wheel")
    deprecations = {key for key in BOTH if key.endswith(" deprecated")}
    assert len(deprecations) == 3
    declared = declare(tmp_path / "d.yaml", (BOTH | PYPI_ONLY) - deprecations | {"widgets.* deprecated"})
    code, out = run(capsys, "--spec", spec_file, "--no-npm", "--pypi", wheel, "--declared", declared)
    assert code == 0, out
    assert declared_module.matches("* result[].status enum", "widgets.list result[].status enum")
    assert not declared_module.matches("* result[].status enum", "widgets.get result.status enum")
    assert not declared_module.matches("widgets.get", "widgets.get deprecated")
    assert not declared_module.matches("a*a", "a")


def test_a_package_that_cannot_be_read_stops_the_run(
    tmp_path: Path, spec_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, "--spec", spec_file, "--no-npm", "--pypi", tmp_path / "absent.whl")
    assert code == 2
    assert "--pypi" in out and "absent.whl: no such file or folder" in out


def test_a_malformed_declared_file_stops_the_run(
    tmp_path: Path, spec_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wheel = wheel_folder(tmp_path / "wheel")
    bad = tmp_path / "bad.yaml"
    bad.write_text("- key: widgets.get path params\n  reason: ''\n", encoding="utf-8")
    code, out = run(capsys, "--spec", spec_file, "--no-npm", "--pypi", wheel, "--declared", bad)
    assert code == 2
    assert "bad.yaml entry 1 (widgets.get path params): `reason` must say" in out


# ---- a published OpenAPI document ----------------------------------------------------------------------


def test_an_openapi_document_is_compared_the_same_way(
    tmp_path: Path, spec_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    upstream = copy.deepcopy(spec_document())
    del upstream["paths"][f"{PREFIX}/widgets/{{widget_id}}/verification"]
    schemas = upstream["components"]["schemas"]
    schemas["Status"]["enum"] = ["PENDING", "ACTIVE", None]
    # A read-only field in a request body is not sent: no difference.
    schemas["CreateWidget"]["properties"]["created_at"] = {"type": "string", "readOnly": True}
    get = upstream["paths"][f"{PREFIX}/widgets/{{widget_id}}"]["get"]
    get["responses"]["200"]["content"]["application/json"]["schema"]["required"] = []
    document = tmp_path / "openapi.json"
    document.write_text(json.dumps(upstream), encoding="utf-8")
    code, report = run_json(
        capsys,
        "--spec",
        spec_file,
        "--declared",
        no_declared(tmp_path),
        "--no-npm",
        "--no-pypi",
        "--openapi",
        document,
    )
    assert code == 1
    assert keys_of(report, "openapi") == {
        "widgets.get_verification missing upstream",
        "widgets.list query.status enum",
        "widgets.list result[].status enum",
        "widgets.get result.status enum",
        "widgets.get envelope.result required",
    }
    assert report["sources"] == [{"kind": "openapi", "label": "openapi openapi.json"}]
    code, report = run_json(
        capsys,
        "--spec",
        spec_file,
        "--declared",
        no_declared(tmp_path),
        "--no-npm",
        "--no-pypi",
        "--openapi",
        spec_file,
    )
    assert (code, report["differences"]) == (0, [])


# ---- the repository's own file and entry point ---------------------------------------------------------


def test_the_declared_file_is_well_formed_and_names_spec_operations() -> None:
    """Every entry has a reason and names an operation of the spec (or an upstream-only METHOD path)."""
    entries = declared_module.load(REPO / "spec" / "upstream-differences.yaml")
    assert entries
    spec = yaml.safe_load((REPO / "spec" / "email-security-settings.yaml").read_text(encoding="utf-8"))
    names = {
        f"{operation['tags'][0]}.{operation['x-sdk-method']}"
        for item in spec["paths"].values()
        for method, operation in item.items()
        if method != "parameters"
    }
    for entry in entries:
        first = entry.key.split(" ", 1)[0]
        named = any(declared_module.matches(first, name) for name in names)
        assert named or first in ("GET", "POST", "PUT", "PATCH", "DELETE"), entry.key
        assert len(entry.reason) > 20, entry.key


def test_the_module_runs_as_a_command() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "generator.upstream", "--help"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert "--openapi FILE" in completed.stdout and "--npm PATH" in completed.stdout


def test_names_and_paths_are_normalised() -> None:
    assert snake_case("sendingDomainRestrictionID") == "sending_domain_restriction_id"
    assert snake_case("domainID") == "domain_id"
    assert snake_case("account_id") == "account_id"
    assert normalised_path("/accounts/{account_id}/x/{domain_id}/") == "/accounts/{}/x/{}"
