"""Onlinesim: every published example and every example in specs/onlinesim.yaml survives the generated client.

Published examples live in tests/fixtures/onlinesim/ (copied with their manifest rows for attribution).
Each example must satisfy its schema, match exactly one branch of a `oneOf` answer (success vs HTTP-200
error), parse into that branch's generated model, and come back unchanged from `to_dict()`.
"""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import onlinesim_client
import pytest
import yaml
from jsonschema import Draft202012Validator
from onlinesim_client import models
from onlinesim_client.api.sms import get_state

from tests.support.examples import manifest_rows as read_manifest
from tests.support.examples import same_json

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "onlinesim"
SPEC = yaml.safe_load((ROOT / "specs" / "onlinesim.yaml").read_text(encoding="utf-8"))

# manifest path -> (operation module, expected model)
PUBLISHED_OPERATIONS: dict[tuple[str, str], tuple[str, type]] = {
    ("GET", "/api/getFreeList.php"): ("onlinesim_client.api.free.get_free_list", models.FreeList),
    ("GET", "/api/getBalance.php"): ("onlinesim_client.api.account.get_balance", models.ApiError),
}


def to_json(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [to_json(item) for item in parsed]
    return parsed.to_dict()


def client() -> onlinesim_client.Client:
    return onlinesim_client.Client(base_url="http://x")


def parse(module: ModuleType, status: int, body: Any) -> Any:
    return module._parse_response(client=client(), response=httpx.Response(status, json=body))


def manifest_rows() -> list[dict[str, str]]:
    return read_manifest(FIXTURES)


def errors_for(schema: dict[str, Any], value: Any) -> list[str]:
    """JSON Schema 2020-12 (as OpenAPI 3.1 uses) errors of `value` against `schema`."""
    validator = Draft202012Validator({**schema, "components": SPEC["components"]})
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(value)]


def test_manifest_lists_every_fixture() -> None:
    listed = sorted(Path(row["file"]).name for row in manifest_rows())
    present = sorted(p.name for p in FIXTURES.glob("*.json"))
    assert listed == present
    assert all(row["provider"] == "onlinesim" for row in manifest_rows())


@pytest.mark.parametrize("row", manifest_rows(), ids=lambda row: Path(row["file"]).name)
def test_published_example(row: dict[str, str]) -> None:
    """A published answer validates against its schema and round-trips through the generated model."""
    body = json.loads((FIXTURES / Path(row["file"]).name).read_text(encoding="utf-8"))
    assert row["kind"] == "response"
    module_name, model = PUBLISHED_OPERATIONS[(row["method"], row["path"])]
    assert not errors_for({"$ref": f"#/components/schemas/{model.__name__}"}, body)
    parsed = parse(importlib.import_module(module_name), int(row["http_status"]), body)
    assert isinstance(parsed, model)
    assert same_json(parsed.to_dict(), body)


def test_spec_copy_of_published_free_list_equals_the_fixture() -> None:
    """The getFreeList example in the spec is the fixture, byte for byte as JSON."""
    fixture = json.loads((FIXTURES / "032.json").read_text(encoding="utf-8"))
    assert same_json(SPEC["components"]["examples"]["published_032"]["value"], fixture)


# --- examples written into the spec ---------------------------------------------------------


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if method in {"get", "post"}
    ]


def operation_module(op: dict[str, Any]) -> ModuleType:
    (tag,) = op["tags"]
    return importlib.import_module(f"onlinesim_client.api.{tag}.{snake(op['operationId'])}")  # tags are module names


def expected_type(schema: dict[str, Any], value: Any) -> Any:
    """The one `oneOf` branch the value satisfies: a model class, or ("list", item model)."""
    branches = schema.get("oneOf", [schema])
    matching = [b for b in branches if not errors_for(b, value)]
    assert len(matching) == 1, f"example matches {len(matching)} branches of {branches}"
    (branch,) = matching
    if branch.get("type") == "array":
        return ("list", getattr(models, branch["items"]["$ref"].rsplit("/", 1)[1]))
    if branch["$ref"].endswith("/EmptyArray"):  # PHP's empty map: a plain empty list
        return ("list", type(None))
    return getattr(models, branch["$ref"].rsplit("/", 1)[1])


def response_cases() -> list[Any]:
    cases = []
    for _path, _method, op in operations():
        for status, response in op["responses"].items():
            media = resolve(response).get("content", {}).get("application/json")
            if media is None:
                continue
            for name, ex in media["examples"].items():
                cases.append(
                    pytest.param(
                        op, int(status), media["schema"], resolve(ex)["value"], id=f"{op['operationId']}-{name}"
                    )
                )
    return cases


@pytest.mark.parametrize(("op", "status", "schema", "value"), response_cases())
def test_spec_response_example(op: dict[str, Any], status: int, schema: dict[str, Any], value: Any) -> None:
    """Each answer example picks exactly one branch and parses into it without loss."""
    assert not errors_for(schema, value)
    expected = expected_type(schema, value)
    parsed = parse(operation_module(op), status, value)
    if isinstance(expected, tuple):
        assert isinstance(parsed, list)
        assert all(isinstance(item, expected[1]) for item in parsed)
    else:
        assert isinstance(parsed, expected)
    assert same_json(to_json(parsed), value)


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
                                media["schema"], resolve(ex)["value"], id=f"{op['operationId']}-{content_type}-{name}"
                            )
                        )
    return cases


@pytest.mark.parametrize(("schema", "value"), request_cases())
def test_spec_request_and_webhook_example(schema: dict[str, Any], value: Any) -> None:
    """Request bodies and webhook payloads round-trip through their models."""
    assert not errors_for(schema, value)
    model = getattr(models, schema["$ref"].rsplit("/", 1)[1])
    assert same_json(model.from_dict(value).to_dict(), value)


def test_every_operation_has_a_module_and_a_main_example() -> None:
    """No endpoint was dropped by the generator, and each documents its main answer."""
    assert len(operations()) == 22
    for _path, _method, op in operations():
        module = operation_module(op)
        assert callable(module.sync_detailed)
        main = resolve(next(iter(op["responses"].values())))
        for media in main.get("content", {}).values():
            assert media.get("examples"), op["operationId"]
    webhook = SPEC["webhooks"]["newSms"]["post"]["requestBody"]["content"]["application/json"]
    assert webhook["schema"]["$ref"].endswith("/IncomingSmsWebhook")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"response": "1", "tzid": 5}, models.OperationDone),
        ({"response": "SOME_NEW_CODE"}, models.ApiError),
        ({"response": "ERROR_WRONG_TZID", "extra": 1}, models.ApiError),
    ],
)
def test_string_one_is_success_and_unknown_codes_are_errors(body: dict[str, Any], expected: type) -> None:
    """`"1"` parses as success (as wrappers accept it); an unknown code is still an ApiError."""
    parsed = parse(importlib.import_module("onlinesim_client.api.sms.set_operation_ok"), 200, body)
    assert isinstance(parsed, expected)
    assert same_json(parsed.to_dict(), body)


def test_close_rent_accepts_true_and_one() -> None:
    """closeRentNum: the docs' `true` and the wrappers' `1` are both a closed rent, kept as sent."""
    module = importlib.import_module("onlinesim_client.api.rent.close_rent_num")
    for body in ({"response": True}, {"response": 1}):
        parsed = parse(module, 200, body)
        assert isinstance(parsed, models.RentClosed)
        assert same_json(parsed.to_dict(), body)
    assert isinstance(parse(module, 200, {"response": "ERROR_WRONG_TZID"}), models.ApiError)


def test_get_state_error_object_and_empty_array() -> None:
    """getState: a bare array is success (possibly empty); an object is an error."""
    assert parse(get_state, 200, []) == []
    parsed = parse(get_state, 200, {"response": "ERROR_NO_OPERATIONS"})
    assert isinstance(parsed, models.ApiError)
    assert parsed.response == models.ErrorCode.ERROR_NO_OPERATIONS


def test_known_error_codes_become_enum_members_and_unknown_stay_strings() -> None:
    known = models.ApiError.from_dict({"response": "NO_NUMBER"})
    unknown = models.ApiError.from_dict({"response": "BRAND_NEW"})
    assert known.response is models.ErrorCode.NO_NUMBER
    assert unknown.response == "BRAND_NEW"
