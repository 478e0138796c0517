"""One operation as the templates render it: its resource method, its request builder and its parser."""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from typing import Any, cast

from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import Property

from .fields import FieldView, FieldViews, kind_of
from .models import ModelViews
from .naming import check_argument_names, docstring_text, method_of, python_name, text
from .schemas import Schema, Schemas, deprecation_message, deprecation_rule

# Keyword arguments every operation method has; a spec parameter or field of the same name cannot be one.
CALL_OPTIONS = ("account_id", "timeout", "extra_headers", "extra_query")
DOC_WIDTH = 100  # generated docstrings wrap here


@dataclass
class BodyView:
    kind: str  # "fields": a model flattened into keyword arguments; "array": one named argument
    model: str
    fields: list[FieldView]
    argument: FieldView | None = None
    min_properties: int = 0  # a PATCH body must set at least this many fields


@dataclass
class PathPart:
    """A piece of an operation's path: literal text, or a path parameter the request builder fills in."""

    literal: str = ""
    attr: str = ""  # the parameter's Python name, "" for literal text
    account: bool = False  # the account, which the builder takes as its own argument, not in `a`


@dataclass
class WaitView:
    """`x-sdk-wait` on the `get` of a long-running job: the state field, the states that end the job and
    those of them that mean it failed; the resource gains a `wait()` polling this operation."""

    field: str
    done: list[str]
    failed: list[str]
    interval: float  # the default first pause between polls, in seconds
    max_interval: float  # the default longest pause the backoff grows to


@dataclass
class ArgumentView:
    """One argument of an operation's method, declared alike by its request builder: the builder takes
    what the method was given, by name, under the same annotation (the builder's at module scope)."""

    field: FieldView
    annotation: str  # at module scope: the builder's
    annotation_in_class: str  # inside the resource class: the method's (see TypeView)
    default: str | None  # the method's default; the builder's arguments have none
    positional: bool = False  # a path id, which the method takes before the `*`

    @property
    def attr(self) -> str:
        return self.field.attr


@dataclass
class OperationView:
    method_name: str
    operation_id: str
    module: str
    http_method: str
    path: str
    path_parts: list[PathPart]
    summary: str
    description: str
    deprecated: bool
    deprecation: str
    status: int
    path_params: list[FieldView]
    query_params: list[FieldView]
    body: BodyView | None
    envelope: str
    result_annotation: str
    result_annotation_in_class: str  # inside a resource class (see TypeView)
    no_content: bool
    paginated: bool
    item_annotation: str
    cursor: bool = False  # paginated by `result_info.cursor` (and a `cursor` argument), not by page number
    wait: WaitView | None = None
    classes: list[str] = field(default_factory=list)  # the models and aliases its code names
    # Said in the docstring of an operation the API serves that Cloudflare's official SDKs lack
    # (`x-sdk-not-in-official-sdks`); "" for the others.
    availability: str = ""

    @property
    def args_doc(self) -> list[str]:
        """The `Args:` entries of the docstring, wrapped; an argument the spec says nothing of is left out."""
        params = [p for p in self.path_params if p.name != "account_id"] + self.signature_params
        entries = [f"{p.attr}: {p.doc}" for p in params if p.doc] + [
            "account_id: The account; the client's when None.",
            "timeout, extra_headers, extra_query: This call's timeout, and headers and query parameters "
            "added to its request (the credentials stay the client's).",
        ]
        indent = " " * 12
        return [
            textwrap.fill(entry, DOC_WIDTH, initial_indent=indent, subsequent_indent=indent + " " * 4)
            for entry in entries
        ]

    @property
    def signature_params(self) -> list[FieldView]:
        """Keyword arguments of the method: body fields and query parameters, required ones first."""
        params = list(self.body.fields if self.body else []) + self.query_params
        if self.body and self.body.argument:
            params.insert(0, self.body.argument)
        return sorted(params, key=lambda param: param.default is not None)

    @property
    def arguments(self) -> list[ArgumentView]:
        """The method's arguments but the call options, in its order: path ids, then keyword arguments;
        a list takes `page` (from 1) and `per_page` as plain ints with the walk's defaults."""
        found = [
            ArgumentView(p, p.input_annotation, p.input_annotation_in_class, None, positional=True)
            for p in self.path_params
            if p.name != "account_id"
        ]
        for p in self.signature_params:
            if self.paginated and not self.cursor and p.name == "page":
                found.append(ArgumentView(p, "int", "int", "1"))
            elif self.paginated and p.name == "per_page":
                found.append(ArgumentView(p, "int", "int", "DEFAULT_PER_PAGE"))
            else:
                found.append(ArgumentView(p, p.input_annotation, p.input_annotation_in_class, p.default))
        return found


def path_parts(path: str, attrs: dict[str, str]) -> list[PathPart]:
    """A path's literal text and its `{name}` parameters, in order, for the request builder to join;
    attrs: each parameter's Python name, as its argument has it."""
    parts = []
    for index, piece in enumerate(re.split(r"\{(\w+)\}", path)):
        if index % 2:  # re.split puts each captured parameter name between two runs of literal text
            parts.append(PathPart(attr=attrs[piece], account=piece == "account_id"))
        elif piece:
            parts.append(PathPart(literal=piece))
    return parts


class OperationViews:
    """Builds each operation's view once, by endpoint: the resource, request and docs templates all
    ask for it."""

    def __init__(
        self, schemas: Schemas, fields: FieldViews, models: ModelViews, modules: dict[str, str]
    ) -> None:
        self.schemas = schemas
        self.fields = fields
        self.models = models
        self.modules = modules
        self._built: dict[tuple[str, str], OperationView] = {}

    def operation(self, endpoint: Endpoint) -> OperationView:
        key = (text(endpoint.path), endpoint.method)
        view = self._built.get(key)
        if view is None:
            view = self._built[key] = self._operation(endpoint)
        return view

    def _raw_operation(self, endpoint: Endpoint) -> tuple[Schema, Schema]:
        item = self.schemas.document["paths"][text(endpoint.path)]
        return item, item[endpoint.method]

    def _raw_params(self, endpoint: Endpoint) -> dict[tuple[str, str], Schema]:
        item, operation = self._raw_operation(endpoint)
        params = {}
        for param in item.get("parameters", []) + operation.get("parameters", []):
            param = self.schemas.resolve(param)
            params[(param["in"], param["name"])] = param
        return params

    def _param_view(self, prop: Property, raw: Schema, *, where: str) -> FieldView:
        view = self.fields.field_view(
            prop, raw.get("schema", {}), required=bool(raw.get("required")), writable=False
        )
        view.description = docstring_text(raw.get("description") or view.description)
        view.deprecated = bool(raw.get("deprecated")) or view.deprecated
        view.deprecation_rule = deprecation_rule(raw) or view.deprecation_rule
        if where == "path":
            view.input_annotation = view.annotation
            view.input_annotation_in_class = view.annotation_in_class
            view.input_classes = view.classes
        return view

    def _operation(self, endpoint: Endpoint) -> OperationView:
        _, raw = self._raw_operation(endpoint)
        raw_params = self._raw_params(endpoint)
        path_params = [
            self._param_view(p, raw_params[("path", text(p.name))], where="path")
            for p in endpoint.path_parameters
        ]
        query_params = [
            self._param_view(p, raw_params[("query", text(p.name))], where="query")
            for p in endpoint.query_parameters
        ]
        success = next(
            (r for r in endpoint.responses.patterns if str(r.status_code.pattern).startswith("2")), None
        )
        if success is None or kind_of(success.prop) != "ModelProperty":
            raise ValueError(
                f"{text(endpoint.name)}: its success answer is not a JSON envelope (an object schema under "
                "application/json); the client reads only those"
            )
        # A 204 besides the success status (a verification already done) answers with no body: None.
        no_content = "204" in raw.get("responses", {}) and str(success.status_code.pattern) != "204"
        envelope = self.models.model_view_of(str(cast(Any, success.prop).class_info.name))  # a ModelProperty
        result = next(f for f in envelope.fields if f.name == "result")
        paginated = any(f.name == "result_info" for f in envelope.fields)
        cursor = paginated and self._cursor_paginated(envelope.class_name, query_params)
        body = None
        if endpoint.bodies:
            prop = endpoint.bodies[0].prop
            if kind_of(prop) == "ModelProperty":
                model = self.models.model(prop)  # type: ignore[arg-type]
                schema = self.schemas.resolve(raw["requestBody"]["content"]["application/json"]["schema"])
                body = BodyView(
                    kind="fields",
                    model=model.class_name,
                    fields=model.fields,
                    min_properties=int(schema.get("minProperties", 0)),
                )
            else:
                name = raw.get("x-codegen-request-body-name", "body")
                schema = raw["requestBody"]["content"]["application/json"]["schema"]
                argument = self.fields.field_view(prop, schema, required=True)
                argument.name = argument.attr = name
                body = BodyView(kind="array", model="", fields=[], argument=argument)
        arguments = path_params + query_params
        named = {envelope.class_name} | result.classes
        if body:
            arguments += body.fields + ([body.argument] if body.argument else [])
            named.add(body.model)  # "" for an array body, which no module defines
        classes = named.union(*(p.input_classes for p in arguments)) & self.modules.keys()
        method_name = method_of({"operationId": text(endpoint.name), **raw})
        view = OperationView(
            method_name=method_name,
            operation_id=text(endpoint.name),
            module=python_name(text(endpoint.name)),
            http_method=endpoint.method.upper(),
            path=text(endpoint.path),
            path_parts=path_parts(text(endpoint.path), {p.name: p.attr for p in path_params}),
            summary=docstring_text(raw.get("summary")),
            description=docstring_text(raw.get("description")),
            deprecated=bool(raw.get("deprecated")),
            deprecation=deprecation_message(
                f"{(raw.get('tags') or ['api'])[0]}.{method_name}()", raw, self.schemas.sdk_methods
            ),
            status=int(str(success.status_code.pattern)),
            path_params=path_params,
            query_params=query_params,
            body=body,
            envelope=envelope.class_name,
            result_annotation=result.annotation + (" | None" if no_content else ""),
            result_annotation_in_class=result.annotation_in_class + (" | None" if no_content else ""),
            no_content=no_content,
            paginated=paginated,
            cursor=cursor,
            wait=self._wait(raw),
            item_annotation=result.annotation.removeprefix("list[").removesuffix("]") if paginated else "",
            classes=sorted(classes),
            availability="Not in the official Cloudflare SDKs."
            if raw.get("x-sdk-not-in-official-sdks")
            else "",
        )
        clashes = [p.attr for p in view.signature_params if p.attr in CALL_OPTIONS]
        if clashes:
            raise ValueError(f"{view.operation_id}: {clashes} would hide the per-call options {CALL_OPTIONS}")
        check_argument_names(view.operation_id, [argument.attr for argument in view.arguments])
        return view

    def _cursor_paginated(self, envelope: str, query_params: list[FieldView]) -> bool:
        """A list whose `result_info` names the next page's `cursor`, and which takes a `cursor` argument."""
        props, _ = self.schemas.properties(self.schemas.schema_by_class[envelope])
        info, _ = self.schemas.properties(
            self.schemas.flatten(self.schemas.resolve(props.get("result_info", {})))
        )
        return "cursor" in info and any(p.name == "cursor" for p in query_params)

    @staticmethod
    def _wait(raw: Schema) -> WaitView | None:
        rule = raw.get("x-sdk-wait")
        if not rule:
            return None
        done, failed = [str(v) for v in rule["done"]], [str(v) for v in rule.get("failed", [])]
        if not set(failed) <= set(done):
            raise ValueError(
                f"{raw.get('operationId')}: x-sdk-wait failed {failed} must be among done {done}"
            )
        return WaitView(
            field=str(rule["field"]),
            done=done,
            failed=failed,
            interval=float(rule["interval"]),
            max_interval=float(rule["max_interval"]),
        )
