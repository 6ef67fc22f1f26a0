"""GoGoX: every published example and every example in specs/gogox.yaml survives the generated client.

Published examples live in tests/fixtures/gogox/ (copied with their manifest rows for attribution).
Their manifest rows have an empty http_status; the status used here is inferred from the docs/integrator
code: quotation 200, order creation 201 (one integrator expects 201), order status GET 200.
"""

from __future__ import annotations

import base64
import importlib
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs

import gogox_client
import httpx
import pytest
import yaml
from gogox_client import models
from gogox_client.api.token import request_access_token
from jsonschema import Draft202012Validator

from tests.support.examples import manifest_rows as read_manifest
from tests.support.examples import same_json

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "gogox"
SPEC = yaml.safe_load((ROOT / "specs" / "gogox.yaml").read_text(encoding="utf-8"))

# (method, manifest path) -> (operation module, inferred HTTP status, expected model)
PUBLISHED_OPERATIONS: dict[tuple[str, str], tuple[str, int, type]] = {
    ("POST", "/transport/quotations"): (
        "gogox_client.api.transport.create_transport_quotation",
        200,
        models.TransportQuotation,
    ),
    ("POST", "/transport/orders"): (
        "gogox_client.api.transport.create_transport_order",
        201,
        models.Order,
    ),
    ("GET", "/transport/orders/{order_uuid}"): (
        "gogox_client.api.transport.get_transport_order",
        200,
        models.Order,
    ),
}


def client() -> gogox_client.Client:
    return gogox_client.Client(base_url="http://x")


def parse(module: ModuleType, status: int, body: Any) -> Any:
    return module._parse_response(client=client(), response=httpx.Response(status, json=body))


def manifest_rows() -> list[dict[str, str]]:
    return read_manifest(FIXTURES)


def test_manifest_lists_every_fixture() -> None:
    listed = sorted(Path(row["file"]).name for row in manifest_rows())
    present = sorted(p.name for p in FIXTURES.glob("*.json"))
    assert listed == present
    assert all(row["provider"] == "gogox" for row in manifest_rows())


@pytest.mark.parametrize("row", manifest_rows(), ids=lambda row: Path(row["file"]).name)
def test_published_example(row: dict[str, str]) -> None:
    body = json.loads((FIXTURES / Path(row["file"]).name).read_text(encoding="utf-8"))
    assert row["kind"] == "response"
    module_name, status, model = PUBLISHED_OPERATIONS[(row["method"], row["path"])]
    if row["http_status"]:
        status = int(row["http_status"])
    assert_valid({"$ref": f"#/components/schemas/{model.__name__}"}, body)
    parsed = parse(importlib.import_module(module_name), status, body)
    assert isinstance(parsed, model)
    assert same_json(parsed.to_dict(), body)


# --- examples written into the spec ---------------------------------------------------------


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def model_for(schema: dict[str, Any]) -> type:
    name = schema["$ref"].rsplit("/", 1)[1]
    return getattr(models, name)


def assert_valid(schema: dict[str, Any], value: Any) -> None:
    """The example must satisfy its own schema (JSON Schema 2020-12, as OpenAPI 3.1 uses)."""
    validator = Draft202012Validator({"$ref": schema["$ref"], "components": SPEC["components"]})
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(value)]
    assert not errors


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if method in {"get", "post", "put", "patch", "delete"}
    ]


def operation_module(op: dict[str, Any]) -> ModuleType:
    (tag,) = op["tags"]
    return importlib.import_module(f"gogox_client.api.{snake(tag)}.{snake(op['operationId'])}")


def response_cases() -> list[Any]:
    examples_by_schema: dict[str, list[Any]] = {}
    responses: list[tuple[str, dict[str, Any], int, dict[str, Any], dict[str, Any]]] = []
    for _path, _method, op in operations():
        for status, response in op["responses"].items():
            for media in resolve(response).get("content", {}).values():
                examples = media.get("examples", {})
                examples_by_schema.setdefault(media["schema"]["$ref"], []).extend(
                    resolve(ex)["value"] for ex in examples.values()
                )
                responses.append((op["operationId"], op, int(status), media, examples))
    cases = []
    for op_id, op, status, media, examples in responses:
        if examples:
            named = [(name, resolve(ex)["value"]) for name, ex in examples.items()]
        else:  # no example of its own: borrow one of the same schema from elsewhere in the spec
            named = [("borrowed", examples_by_schema[media["schema"]["$ref"]][0])]
        cases.extend(
            pytest.param(op, status, media["schema"], value, id=f"{op_id}-{status}-{name}") for name, value in named
        )
    return cases


@pytest.mark.parametrize(("op", "status", "schema", "value"), response_cases())
def test_spec_response_example(op: dict[str, Any], status: int, schema: dict[str, Any], value: Any) -> None:
    assert_valid(schema, value)
    parsed = parse(operation_module(op), status, value)
    assert isinstance(parsed, model_for(schema))
    assert same_json(parsed.to_dict(), value)


def request_cases() -> list[Any]:
    cases = []
    for section in ("paths", "webhooks"):
        for item in SPEC.get(section, {}).values():
            for op in item.values():
                body = op.get("requestBody")
                if not body:
                    continue
                for content_type, media in body["content"].items():
                    for name, ex in media.get("examples", {}).items():
                        cases.append(
                            pytest.param(
                                media["schema"],
                                resolve(ex)["value"],
                                id=f"{op['operationId']}-{content_type}-{name}",
                            )
                        )
    return cases


@pytest.mark.parametrize(("schema", "value"), request_cases())
def test_spec_request_and_webhook_example(schema: dict[str, Any], value: Any) -> None:
    assert_valid(schema, value)
    model = model_for(schema)
    assert same_json(model.from_dict(value).to_dict(), value)


def test_every_operation_and_webhook_is_covered() -> None:
    for _path, _method, op in operations():
        module = operation_module(op)
        assert callable(module.sync_detailed)
        main = next(iter(op["responses"].values()))
        # every response that has a body has a named example for the main response
        if resolve(main).get("content"):
            assert all(m.get("examples") for m in resolve(main)["content"].values()), op["operationId"]
    for name, item in SPEC["webhooks"].items():
        schema = item["post"]["requestBody"]["content"]["application/json"]["schema"]
        assert model_for(schema) is models.OrderWebhookEvent, name


@pytest.mark.parametrize("status", [200, 204])
def test_cancel_success_has_empty_body(status: int) -> None:
    module = importlib.import_module("gogox_client.api.transport.cancel_transport_order")
    response = httpx.Response(status)
    assert module._parse_response(client=client(), response=response) is None
    assert module._build_response(client=client(), response=response).status_code == status


def test_unknown_fields_and_statuses_are_kept() -> None:
    body = {"uuid": "u", "status": "some_new_status", "brand_new": {"x": 1}, "courier": {"rating": 5}}
    parsed = parse(operation_module(SPEC["paths"]["/transport/orders/{order_uuid}"]["get"]), 200, body)
    assert isinstance(parsed, models.Order)
    assert parsed.status == "some_new_status"
    assert same_json(parsed.to_dict(), body)


# --- token request: the two content types and HTTP Basic ---------------------------------------


def record_token_request(auth_client_cls: type, body: Any, **client_kwargs: Any) -> httpx.Request:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, json={"access_token": "a" * 64, "token_type": "Bearer", "expires_in": 7200, "created_at": 1}
        )

    api = auth_client_cls(
        base_url="https://stag-hk-api.gogox.com",
        httpx_args={"transport": httpx.MockTransport(handler)},
        **client_kwargs,
    )
    response = request_access_token.sync_detailed(client=api, body=body)
    assert isinstance(response.parsed, models.TokenResponse)
    assert response.parsed.expires_in == 7200
    (request,) = seen
    assert request.method == "POST"
    assert request.url.path == "/oauth/token"
    return request


def test_token_request_json_body() -> None:
    body = models.TokenRequest(
        grant_type=models.TokenRequestGrantType.CLIENT_CREDENTIALS, client_id="id", client_secret="secret"
    )
    request = record_token_request(gogox_client.Client, body)
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {
        "grant_type": "client_credentials",
        "client_id": "id",
        "client_secret": "secret",
    }
    assert "authorization" not in request.headers


def test_token_request_form_body_with_basic_auth() -> None:
    body = models.TokenRequestForm(grant_type=models.TokenRequestGrantType.CLIENT_CREDENTIALS)
    basic = base64.b64encode(b"id:secret").decode()
    request = record_token_request(gogox_client.AuthenticatedClient, body, token=basic, prefix="Basic")
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(request.content.decode()) == {"grant_type": ["client_credentials"]}
    assert request.headers["authorization"] == f"Basic {basic}"


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (400, {"error": "unsupported_grant_type", "error_description": "nope"}),
        (401, {"error": "invalid_client", "error_uri": "https://example.invalid/e", "extra": 1}),
    ],
)
def test_token_errors_are_typed(status: int, body: dict[str, Any]) -> None:
    parsed = parse(request_access_token, status, body)
    assert isinstance(parsed, models.OAuthError)
    assert same_json(parsed.to_dict(), body)
