"""Airalo: every published example and every example in specs/airalo.yaml survives the generated client.

Published examples live in tests/fixtures/airalo/ (copied with their manifest rows for attribution from the
project's reference material). The spec carries each of them verbatim as `components/examples/published_NNN`
and references it from the operation, status and content type it belongs to; these tests check that the
fixture and the spec's copy agree, that the manifest's method, path and status agree with where the spec
files the example, and then that the generated client parses it without losing anything:

- a response body with the operation's own `_parse_response` for its status (a fake httpx.Response),
- a request body with the operation's body model, and the operation sends exactly that JSON back,
- a webhook body with its webhook model,

each time `to_dict()` gives back the input JSON, and no field of a published body lands in an
`additional_properties` bag of a model that should have named it (maps such as `CurrencyMap` excepted).
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import airalo_client
import airalo_client.api
import attrs
import httpx
import pytest
import yaml
from airalo_client import models
from jsonschema import Draft202012Validator

from tests.support.examples import manifest_rows as read_manifest
from tests.support.examples import same_json

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "airalo"
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "specs" / "airalo.yaml").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
EXAMPLE_REF = "#/components/examples/"
METHODS = ("get", "post", "put", "patch", "delete")


# --- the spec: where each example is used, which model a schema is --------------------------------


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


@attrs.frozen
class Use:
    """One place the spec uses an example: a response, a request body or a webhook body."""

    kind: str  # response | request | webhook
    where: str  # "POST /v2/orders" or the webhook name
    operation_id: str
    status: int | None
    content_type: str
    schema: dict[str, Any]
    name: str  # the example's key under `examples`
    example: dict[str, Any]


def uses() -> list[Use]:
    found: list[Use] = []

    def media_uses(kind: str, where: str, op: dict[str, Any], status: int | None, content: dict[str, Any]) -> None:
        for content_type, media in content.items():
            for name, example in media.get("examples", {}).items():
                found.append(Use(kind, where, op["operationId"], status, content_type, media["schema"], name, example))

    for path, item in SPEC["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            where = f"{method.upper()} {path}"
            if "requestBody" in op:
                media_uses("request", where, op, None, resolve(op["requestBody"])["content"])
            for status, response in op["responses"].items():
                media_uses("response", where, op, int(status), resolve(response).get("content", {}))
    for name, item in SPEC.get("webhooks", {}).items():
        op = item["post"]
        media_uses("webhook", name, op, None, resolve(op["requestBody"])["content"])
    return found


USES = uses()


def uses_of(example_name: str) -> list[Use]:
    return [u for u in USES if u.example.get("$ref") == EXAMPLE_REF + example_name]


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def operation_modules() -> dict[str, ModuleType]:
    """operationId (snake case) -> generated module, whatever tag folder it sits in."""
    found: dict[str, ModuleType] = {}
    for info in pkgutil.walk_packages(airalo_client.api.__path__, "airalo_client.api."):
        if not info.ispkg:
            module = importlib.import_module(info.name)
            found[info.name.rsplit(".", 1)[1]] = module
    return found


MODULES = operation_modules()


def module_of(operation_id: str) -> ModuleType:
    return MODULES[snake(operation_id)]


def schema_name(schema: dict[str, Any]) -> str:
    return str(schema["$ref"].rsplit("/", 1)[1])


def model_classes(schema: dict[str, Any]) -> tuple[type, ...]:
    """The generated classes a value of `schema` may parse to (a union's members for oneOf/anyOf)."""
    name = schema_name(schema)
    target = SCHEMAS[name]
    members = target.get("oneOf") or target.get("anyOf")
    if members:
        return tuple(cls for member in members for cls in model_classes(member))
    return (getattr(models, name),)


def request_model(schema: dict[str, Any], value: Any) -> type:
    """The body model a caller would build for `value`: by discriminator, else the first that parses."""
    target = SCHEMAS[schema_name(schema)]
    discriminator = target.get("discriminator")
    if discriminator is not None:
        mapped = discriminator["mapping"][value[discriminator["propertyName"]]]
        return getattr(models, mapped.rsplit("/", 1)[1])  # type: ignore[no-any-return]
    for cls in model_classes(schema):
        try:
            cls.from_dict(value)  # type: ignore[attr-defined]
        except (TypeError, ValueError, KeyError, AttributeError):
            continue
        return cls
    raise AssertionError(f"no model of {schema_name(schema)} accepts the value")


def assert_valid(schema: dict[str, Any], value: Any) -> None:
    """The value satisfies its schema (JSON Schema 2020-12, as OpenAPI 3.1 uses)."""
    validator = Draft202012Validator({"$ref": schema["$ref"], "components": SPEC["components"]})
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(value)]
    assert not errors


# --- "without loss": round trip, and no published field left unnamed -----------------------------

# Models whose schema is a map (`additionalProperties: <schema>`): their keys are data, not fields.
MAP_MODELS = {
    name
    for name, schema in SCHEMAS.items()
    if isinstance(schema.get("additionalProperties"), dict) and not schema.get("properties")
}


def unnamed_fields(value: Any, path: str = "$") -> list[str]:
    """Paths of keys that went to `additional_properties` of a model that is not a map."""
    found: list[str] = []
    if attrs.has(type(value)):
        extra = getattr(value, "additional_properties", {})
        if type(value).__name__ not in MAP_MODELS:
            found.extend(f"{path}.{key} ({type(value).__name__})" for key in extra)
        for field in attrs.fields(type(value)):
            if field.name != "additional_properties":
                found.extend(unnamed_fields(getattr(value, field.name), f"{path}.{field.name}"))
        for key, item in extra.items():
            found.extend(unnamed_fields(item, f"{path}.{key}"))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(unnamed_fields(item, f"{path}[{index}]"))
    elif isinstance(value, dict):
        for key, item in value.items():
            found.extend(unnamed_fields(item, f"{path}.{key}"))
    return found


def client() -> airalo_client.Client:
    return airalo_client.Client(base_url="http://x")


def parse_response(operation_id: str, status: int, body: Any) -> Any:
    response = httpx.Response(status, json=body)
    return module_of(operation_id)._parse_response(client=client(), response=response)


def check_use(use: Use, value: Any) -> None:
    """`value` parses as `use` says, loses nothing and names every field."""
    assert_valid(use.schema, value)
    if use.kind == "response":
        assert use.status is not None
        parsed = parse_response(use.operation_id, use.status, value)
        assert isinstance(parsed, model_classes(use.schema)), type(parsed)
    else:
        parsed = request_model(use.schema, value).from_dict(value)  # type: ignore[attr-defined]
    assert same_json(parsed.to_dict(), value)
    assert unnamed_fields(parsed) == []
    if use.kind == "request" and use.content_type == "application/json":
        # the operation sends the model back as exactly this JSON
        kwargs = module_of(use.operation_id)._get_kwargs(body=parsed)
        assert same_json(kwargs["json"], value)


# --- published examples (tests/fixtures/airalo) ---------------------------------------------------


def manifest_rows() -> list[dict[str, str]]:
    return read_manifest(FIXTURES)


def fixture(row: dict[str, str]) -> Any:
    return json.loads((FIXTURES / Path(row["file"]).name).read_text(encoding="utf-8"))


def example_name(row: dict[str, str]) -> str:
    return "published_" + Path(row["file"]).stem


def test_manifest_lists_every_fixture() -> None:
    """The manifest names each fixture file once, and only Airalo ones."""
    listed = [Path(row["file"]).name for row in manifest_rows()]
    present = sorted(p.name for p in FIXTURES.glob("*.json"))
    assert sorted(listed) == present
    assert len(set(listed)) == len(listed) == 90
    assert {row["provider"] for row in manifest_rows()} == {"airalo"}
    assert {row["kind"] for row in manifest_rows()} == {"response", "request", "webhook"}


def test_spec_carries_exactly_the_published_examples() -> None:
    """components/examples holds one published_NNN per fixture, each used somewhere."""
    published = {name for name in SPEC["components"]["examples"] if name.startswith("published_")}
    assert published == {example_name(row) for row in manifest_rows()}
    assert all(uses_of(name) for name in published)


@pytest.mark.parametrize("row", manifest_rows(), ids=lambda row: Path(row["file"]).name)
def test_published_example(row: dict[str, str]) -> None:
    """The fixture equals the spec's copy, is filed where the manifest says, and parses without loss."""
    body = fixture(row)
    name = example_name(row)
    assert same_json(SPEC["components"]["examples"][name]["value"], body)
    found = uses_of(name)
    assert {u.kind for u in found} == {row["kind"]}
    if row["kind"] == "webhook":
        assert row["path"] == "{webhook_url}"
    else:
        assert {u.where for u in found} == {f"{row['method']} {row['path']}"}
    if row["http_status"]:
        assert int(row["http_status"]) in {u.status for u in found}
    for use in found:
        check_use(use, body)


def test_voucher_error_filed_under_200_parses_as_a_validation_error() -> None:
    """The docs file a validation error (published 034) as a 200 of /v2/voucher/esim; both readings parse."""
    body = fixture(next(r for r in manifest_rows() if r["file"].endswith("034.json")))
    as_200 = parse_response("createEsimVoucher", 200, body)
    as_422 = parse_response("createEsimVoucher", 422, body)
    assert isinstance(as_200, models.ValidationError)
    assert isinstance(as_422, models.ValidationError)
    assert isinstance(as_422.data, models.ValidationErrorFields)
    assert as_422.data["vouchers.0.package_id"]


# --- examples written into the spec ---------------------------------------------------------------


def spec_cases() -> list[Any]:
    cases = []
    for use in USES:
        ref = use.example.get("$ref", "")
        if ref.startswith(EXAMPLE_REF + "published_"):
            continue  # covered by test_published_example
        value = resolve(use.example)["value"]
        label = f"{use.operation_id}-{use.status or use.kind}-{use.content_type}-{use.name}"
        cases.append(pytest.param(use, value, id=label))
    return cases


def multipart_parts(operation_id: str, body: Any) -> list[tuple[str, str]]:
    """The (name, text) parts the generated operation sends for `body`."""
    function = module_of(operation_id)._get_kwargs
    path_args = {
        name: "8944465400000267221"
        for name, parameter in inspect.signature(function).parameters.items()
        if name != "body" and parameter.default is inspect.Parameter.empty
    }
    kwargs = function(**path_args, body=body)
    assert kwargs["headers"]["Content-Type"].startswith("multipart/form-data")
    return [(name, part[1].decode()) for name, part in kwargs["files"]]


def form_fields(value: dict[str, Any]) -> list[tuple[str, str]]:
    """A JSON example as form parts: one per list element, numbers as their text."""
    return [
        (key, str(item)) for key, field in value.items() for item in (field if isinstance(field, list) else [field])
    ]


@pytest.mark.parametrize(("use", "value"), spec_cases())
def test_spec_example(use: Use, value: Any) -> None:
    """Each example the spec writes itself (not a published one) parses without loss too."""
    if use.kind == "request" and use.content_type == "multipart/form-data":
        # multipart examples carry PHP's `name[]` keys: the model sends one part per element
        assert_valid(use.schema, value)
        model = request_model(use.schema, value).from_dict(value)  # type: ignore[attr-defined]
        assert same_json(model.to_dict(), value)
        assert unnamed_fields(model) == []
        assert sorted(multipart_parts(use.operation_id, model)) == sorted(form_fields(value))
        return
    check_use(use, value)


def test_every_operation_has_a_module_and_an_example_for_its_main_response() -> None:
    """30 operations, each generated, each with an example for its first (main) response that has a body."""
    operations = [(path, m, item[m]) for path, item in SPEC["paths"].items() for m in METHODS if m in item]
    assert len(operations) == 30
    for _path, _method, op in operations:
        module = module_of(op["operationId"])
        assert callable(module.sync_detailed) and callable(module.asyncio_detailed)
        main = resolve(next(iter(op["responses"].values())))
        for media in main.get("content", {}).values():
            assert media.get("examples"), op["operationId"]
    assert set(SPEC["webhooks"]) == {"asyncOrder", "lowData", "creditLimit"}
    assert all(resolve(item["post"]["requestBody"])["content"]["application/json"]["examples"]
               for item in SPEC["webhooks"].values())  # fmt: skip
