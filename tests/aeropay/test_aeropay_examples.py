"""Aeropay: every published example and every example in specs/aeropay.yaml survives the generated client.

Published examples live in tests/fixtures/aeropay/ with a manifest row naming their source (the seed,
the v2 OpenAPI harvested from dev.aero.inc, or the reference notes). Each one must satisfy its schema
and parse into the generated model, and `to_dict()` must give back exactly the JSON that came in.
"""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import aeropay_client
import httpx
import pytest
import yaml
from aeropay_client import models
from aeropay_client import webhooks as webhook_models
from jsonschema import Draft202012Validator

from tests.support.examples import manifest_rows as read_manifest
from tests.support.examples import same_json

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "aeropay"
SPEC = yaml.safe_load((ROOT / "specs" / "aeropay.yaml").read_text(encoding="utf-8"))
METHODS = {"get", "post", "put", "patch", "delete"}


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def snake(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()).strip("_")


def operation(method: str, path: str) -> dict[str, Any]:
    op: dict[str, Any] = SPEC["paths"][path][method.lower()]
    return op


def operation_module(op: dict[str, Any]) -> ModuleType:
    (tag,) = op["tags"]
    return importlib.import_module(f"aeropay_client.api.{snake(tag)}.{snake(op['operationId'])}")


def parse(module: ModuleType, status: int, body: Any) -> Any:
    client = aeropay_client.Client(base_url="http://x")
    return module._parse_response(client=client, response=httpx.Response(status, json=body))


def assert_valid(schema: dict[str, Any], value: Any) -> None:
    """The example satisfies its schema (JSON Schema 2020-12, as OpenAPI 3.1 uses)."""
    validator = Draft202012Validator({**schema, "components": SPEC["components"]})
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(value)]
    assert not errors


def candidate_models(schema: dict[str, Any]) -> list[type]:
    """The generated models a response schema can parse into (the members of a oneOf/anyOf)."""
    members = schema.get("oneOf") or schema.get("anyOf") or [schema]
    return [getattr(models, m["$ref"].rsplit("/", 1)[1]) for m in members]


def expected_model(schema: dict[str, Any], body: Any) -> type:
    """Which member a body must land in: an error body in an error model, anything else in the other."""
    choices = candidate_models(schema)
    if body == {} and models.EmptyResponse in choices:
        return models.EmptyResponse
    errors = [m for m in choices if m in (models.ErrorResponse, models.FlatError)]
    others = [m for m in choices if m not in errors]
    is_error = isinstance(body, dict) and ("error" in body or set(body) == {"code", "message"})
    return (errors if is_error else others or errors)[0]


def manifest_rows() -> list[dict[str, str]]:
    return read_manifest(FIXTURES)


def load(row: dict[str, str]) -> Any:
    return json.loads((FIXTURES / Path(row["file"]).name).read_text(encoding="utf-8"))


def test_manifest_lists_every_fixture() -> None:
    """Every fixture file has a manifest row with its source, and every row has its file."""
    listed = sorted(Path(row["file"]).name for row in manifest_rows())
    present = sorted(p.name for p in FIXTURES.glob("*.json"))
    assert listed == present
    assert all(row["provider"] == "aeropay" and row["source"] for row in manifest_rows())


RESPONSES = [row for row in manifest_rows() if row["kind"] == "response"]
REQUESTS = [row for row in manifest_rows() if row["kind"] == "request"]
WEBHOOKS = [row for row in manifest_rows() if row["kind"] == "webhook"]


@pytest.mark.parametrize("row", RESPONSES, ids=lambda row: Path(row["file"]).name)
def test_published_response_parses_without_loss(row: dict[str, str]) -> None:
    """A published response body is valid for its operation and round-trips through the generated model."""
    body = load(row)
    op = operation(row["method"], row["path"])
    status = int(row["http_status"])
    media = resolve(op["responses"][str(status)])["content"]["application/json"]
    assert_valid(media["schema"], body)
    parsed = parse(operation_module(op), status, body)
    assert isinstance(parsed, expected_model(media["schema"], body))
    assert same_json(parsed.to_dict(), body)


@pytest.mark.parametrize("row", REQUESTS, ids=lambda row: Path(row["file"]).name)
def test_published_request_parses_without_loss(row: dict[str, str]) -> None:
    """A published request body is valid for its operation and round-trips through the generated model."""
    body = load(row)
    schema = operation(row["method"], row["path"])["requestBody"]["content"]["application/json"]["schema"]
    assert_valid(schema, body)
    model = getattr(models, schema["$ref"].rsplit("/", 1)[1])
    assert same_json(model.from_dict(body).to_dict(), body)


@pytest.mark.parametrize("row", WEBHOOKS, ids=lambda row: Path(row["file"]).name)
def test_webhook_payload_parses_into_both_model_kinds(row: dict[str, str]) -> None:
    """A webhook payload fits its topic's schema, the attrs model and the pydantic model, without loss."""
    body = load(row)
    schema = SPEC["webhooks"][row["path"]]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert_valid(schema, body)
    name = schema["$ref"].rsplit("/", 1)[1]
    assert same_json(getattr(models, name).from_dict(body).to_dict(), body)
    pydantic_model = getattr(webhook_models, name)
    assert same_json(
        pydantic_model.model_validate(body).model_dump(mode="json", by_alias=True, exclude_unset=True), body
    )


# --- examples written into the spec ---------------------------------------------------------


def spec_response_cases() -> list[Any]:
    cases = []
    for item in SPEC["paths"].values():
        for method, op in item.items():
            if method not in METHODS:
                continue
            for status, response in op["responses"].items():
                for media in resolve(response).get("content", {}).values():
                    named = [(n, ex["value"]) for n, ex in media.get("examples", {}).items()]
                    if "example" in media:
                        named.append(("example", media["example"]))
                    cases.extend(
                        pytest.param(op, int(status), media["schema"], value, id=f"{op['operationId']}-{status}-{n}")
                        for n, value in named
                    )
    return cases


@pytest.mark.parametrize(("op", "status", "schema", "value"), spec_response_cases())
def test_spec_response_example_parses_without_loss(
    op: dict[str, Any], status: int, schema: dict[str, Any], value: Any
) -> None:
    """Every response example in the spec is valid and round-trips through the generated client."""
    assert_valid(schema, value)
    parsed = parse(operation_module(op), status, value)
    assert isinstance(parsed, expected_model(schema, value))
    assert same_json(parsed.to_dict(), value)


def spec_request_cases() -> list[Any]:
    cases = []
    for item in SPEC["paths"].values():
        for method, op in item.items():
            body = op.get("requestBody") if method in METHODS else None
            if not body:
                continue
            media = body["content"]["application/json"]
            named = [(n, ex["value"]) for n, ex in media.get("examples", {}).items()]
            if "example" in media:
                named.append(("example", media["example"]))
            cases.extend(pytest.param(media["schema"], v, id=f"{op['operationId']}-{n}") for n, v in named)
    return cases


@pytest.mark.parametrize(("schema", "value"), spec_request_cases())
def test_spec_request_example_parses_without_loss(schema: dict[str, Any], value: Any) -> None:
    """Every request example in the spec is valid and round-trips through its generated model."""
    assert_valid(schema, value)
    model = getattr(models, schema["$ref"].rsplit("/", 1)[1])
    assert same_json(model.from_dict(value).to_dict(), value)


def test_every_operation_has_a_scope_a_tag_and_a_main_example() -> None:
    """All 32 v2 operations are generated, each with one tag, an x-token-scope and a 200 example."""
    count = 0
    for item in SPEC["paths"].values():
        for method, op in item.items():
            if method not in METHODS:
                continue
            count += 1
            assert callable(operation_module(op).sync_detailed)
            expected = "none" if op["operationId"] == "requestToken" else ("merchant", "userForMerchant")
            assert op["x-token-scope"] in expected, op["operationId"]
            media = resolve(op["responses"]["200"])["content"]["application/json"]
            assert "example" in media or media.get("examples"), op["operationId"]
    assert count == 32


def test_the_four_money_moving_posts_take_an_idempotency_key() -> None:
    """Exactly transaction, preauth, payout and reverse declare the Idempotency-Key header."""
    with_key = {
        path
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if method in METHODS and any(p.get("$ref", "").endswith("/IdempotencyKey") for p in op.get("parameters", []))
    }
    assert with_key == {
        "/v2/transaction",
        "/v2/preauthTransaction",
        "/v2/payoutTransaction",
        "/v2/reverseTransaction",
    }


def test_unknown_fields_are_kept() -> None:
    """Fields Aeropay adds later survive parsing (every object is open)."""
    body = {"transaction": {"id": "t", "amount": {"amount": 1, "currency": "USD"}, "status": "new", "brandNew": [1]}}
    parsed = parse(operation_module(operation("GET", "/v2/transaction/{transactionId}")), 200, body)
    assert isinstance(parsed, models.TransactionResponse)
    assert same_json(parsed.to_dict(), body)
