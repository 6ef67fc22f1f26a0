"""Spec comparison: each class of change, on small synthetic specs, through $refs."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.release.specdiff import compare_files, compare_specs
from tests.release.release_helpers import SHOP_SPEC as BASE_YAML

BASE: dict[str, Any] = yaml.safe_load(BASE_YAML)


def changed(edit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    spec = copy.deepcopy(BASE)
    edit(spec)
    return spec


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"]
    return result


def op(spec: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    result: dict[str, Any] = spec["paths"][path][method]
    return result


def test_identical_specs_are_no_change() -> None:
    """Comparing a spec with itself (or a reordered copy) finds nothing."""
    diff = compare_specs(BASE, copy.deepcopy(BASE))
    assert diff.level == "none"
    assert diff.changes == []


# (edit, expected level, text that must appear in one change of that level)
CASES: dict[str, tuple[Callable[[dict[str, Any]], None], str, str]] = {
    # --- breaking
    "operation removed": (
        lambda s: s["paths"]["/items"].pop("post"),
        "breaking",
        "`POST /items` (createItem): removed",
    ),
    "path removed": (lambda s: s["paths"].pop("/items/{item_id}"), "breaking", "getItem"),
    "query parameter removed": (
        lambda s: op(s, "/items", "get")["parameters"].pop(0),
        "breaking",
        "query parameter `limit` removed",
    ),
    "required parameter added": (
        lambda s: op(s, "/items", "get")["parameters"].append(
            {"name": "shop", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        "breaking",
        "required query parameter `shop` added",
    ),
    "parameter made required": (
        lambda s: op(s, "/items", "get")["parameters"][0].update(required=True),
        "breaking",
        "query parameter `limit` made required",
    ),
    "response field removed (through $ref, in an array)": (
        lambda s: schemas(s)["Item"]["properties"].pop("price"),
        "breaking",
        "field `data[].price` removed",
    ),
    "response field named like a keyword removed": (
        lambda s: schemas(s)["Item"]["properties"].pop("description"),
        "breaking",
        "field `description` removed",
    ),
    "request enum value removed": (
        lambda s: schemas(s)["NewItem"]["properties"]["kind"]["enum"].remove("digital"),
        "breaking",
        "enum value `digital` removed",
    ),
    "parameter enum value removed": (
        lambda s: op(s, "/items", "get")["parameters"][1]["schema"]["enum"].remove("inactive"),
        "breaking",
        "enum value `inactive` removed",
    ),
    "type narrowed (number to integer)": (
        lambda s: schemas(s)["NewItem"]["properties"]["price"].update(type="integer"),
        "breaking",
        "type narrowed from number to integer",
    ),
    "response type narrowed (number to integer)": (
        lambda s: schemas(s)["Item"]["properties"]["price"].update(type="integer"),
        "breaking",
        "response 200 Item: field `price` type narrowed from number to integer",
    ),
    # Code reading a response field that may now be null must handle None: breaking.
    # (The same widening of a request field only accepts more: a feature, tested below.)
    "response field made nullable": (
        lambda s: schemas(s)["Item"]["properties"]["name"].update(type=["string", "null"]),
        "breaking",
        "`GET /items/{item_id}` (getItem): response 200 Item: field `name` type widened from string to null|string",
    ),
    "request field made required": (
        lambda s: schemas(s)["NewItem"]["required"].append("price"),
        "breaking",
        "field `price` made required",
    ),
    "response field made required": (
        lambda s: schemas(s)["Item"]["required"].append("name"),
        "breaking",
        "field `name` made required",
    ),
    "required request field added": (
        lambda s: (
            schemas(s)["NewItem"]["properties"].update(sku={"type": "string"}),
            schemas(s)["NewItem"]["required"].append("sku"),
        ),
        "breaking",
        "field `sku` added (required)",
    ),
    "constraint narrowed": (
        lambda s: schemas(s)["NewItem"]["properties"]["name"].update(maxLength=40),
        "breaking",
        "maxLength 80 -> 40",
    ),
    "response status removed": (
        lambda s: op(s, "/items", "get")["responses"].pop("404"),
        "breaking",
        "response 404 removed",
    ),
    "response field widened to a map-or-empty-array": (
        lambda s: schemas(s)["Item"]["properties"].update(
            category={"oneOf": [{"$ref": "#/components/schemas/Category"}, {"type": "array", "maxItems": 0}]}
        ),
        "breaking",
        "type widened from object to array|object",
    ),
    "webhook payload field removed": (
        lambda s: schemas(s)["ItemEvent"]["properties"].pop("item_id"),
        "breaking",
        "webhook `itemChanged` (itemChangedWebhook): payload ItemEvent: field `item_id` removed",
    ),
    # --- feature
    "operation added": (
        lambda s: s["paths"]["/items/{item_id}"].update(
            delete={"operationId": "deleteItem", "tags": ["Items"], "responses": {"204": {"description": "Gone."}}}
        ),
        "feature",
        "`DELETE /items/{item_id}` (deleteItem): added",
    ),
    "optional response field added": (
        lambda s: schemas(s)["Item"]["properties"].update(colour={"type": "string"}),
        "feature",
        "field `data[].colour` added (optional)",
    ),
    "optional request field added": (
        lambda s: schemas(s)["NewItem"]["properties"].update(colour={"type": "string"}),
        "feature",
        "field `colour` added (optional)",
    ),
    "optional parameter added": (
        lambda s: op(s, "/items", "get")["parameters"].append(
            {"name": "q", "in": "query", "schema": {"type": "string"}}
        ),
        "feature",
        "optional query parameter `q` added",
    ),
    "request enum value added": (
        lambda s: schemas(s)["NewItem"]["properties"]["kind"]["enum"].append("service"),
        "feature",
        "enum value `service` added",
    ),
    "request type widened": (
        lambda s: schemas(s)["NewItem"]["properties"]["price"].update(type=["number", "string"]),
        "feature",
        "type widened from number to number|string",
    ),
    "request constraint relaxed": (
        lambda s: schemas(s)["NewItem"]["properties"]["name"].update(maxLength=200),
        "feature",
        "maxLength 80 -> 200",
    ),
    "webhook added": (
        lambda s: s["webhooks"].update(
            itemDeleted={"post": {"operationId": "itemDeletedWebhook", "responses": {"200": {"description": "OK"}}}}
        ),
        "feature",
        "webhook `itemDeleted` (itemDeletedWebhook): added",
    ),
    "response status added": (
        lambda s: op(s, "/items", "get")["responses"].update(
            {
                "429": {
                    "description": "Slow down.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                }
            }
        ),
        "feature",
        "response 429 added",
    ),
    # --- fix
    "description changed": (
        lambda s: schemas(s)["Item"]["properties"]["id"].update(description="The item's id, stable."),
        "fix",
        "components.schemas.Item: properties.id.description changed",
    ),
    "summary changed": (
        lambda s: op(s, "/items", "get").update(summary="List the items"),
        "fix",
        "`GET /items`: summary changed",
    ),
    "example changed": (
        lambda s: op(s, "/items", "get")["responses"]["200"]["content"]["application/json"]["examples"].update(
            two={"value": {"data": []}}
        ),
        "fix",
        "examples changed",
    ),
    "x- extension added": (
        lambda s: schemas(s)["Item"]["properties"]["price"].update({"x-unverified": True}),
        "fix",
        "x-unverified added",
    ),
    "info and servers changed": (
        lambda s: (s["info"].update(version="1.1"), s["servers"].append({"url": "https://sandbox.shop.example"})),
        "fix",
        "document: info changed",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_class_of_change(case: str) -> None:
    """The change is classified at the expected level, and the message says which operation and field."""
    edit, level, text = CASES[case]
    diff = compare_specs(BASE, changed(edit))
    assert diff.level == level, diff.describe()
    messages = [str(c) for c in diff.at(level)]
    assert any(text in m for m in messages), f"{text!r} not in {messages}"


def test_widening_a_request_field_to_nullable_is_a_feature() -> None:
    """Accepting null in a request is a feature: callers lose nothing."""
    diff = compare_specs(
        BASE, changed(lambda s: schemas(s)["NewItem"]["properties"]["name"].update(type=["string", "null"]))
    )
    assert diff.level == "feature", diff.describe()
    assert "request body NewItem: field `name` type widened from string to null|string" in str(diff.changes[0])


def test_a_shared_schema_change_is_reported_for_every_operation_using_it() -> None:
    """Item is returned by three operations: each is named."""
    diff = compare_specs(BASE, changed(lambda s: schemas(s)["Item"]["properties"].pop("name")))
    where = sorted({c.where for c in diff.at("breaking")})
    assert where == ["`GET /items/{item_id}` (getItem)", "`GET /items` (listItems)", "`POST /items` (createItem)"]


def test_a_change_inside_a_recursive_schema_is_found_without_looping() -> None:
    """Category refers to itself; a change deep inside is still seen once per path."""
    diff = compare_specs(BASE, changed(lambda s: schemas(s)["Category"]["properties"].pop("name")))
    assert diff.level == "breaking"
    assert any("field `data[].category.name` removed" in str(c) for c in diff.changes)


def test_breaking_wins_over_feature_and_fix() -> None:
    """The level of a mixed change is its largest part; every part is listed."""

    def edit(s: dict[str, Any]) -> None:
        schemas(s)["Item"]["properties"].pop("price")
        schemas(s)["Item"]["properties"]["colour"] = {"type": "string"}
        op(s, "/items", "get")["summary"] = "All items"

    diff = compare_specs(BASE, changed(edit))
    assert diff.level == "breaking"
    assert {c.level for c in diff.changes} == {"breaking", "feature", "fix"}


def test_refs_are_resolved_not_compared_as_text() -> None:
    """Moving a schema inline (same shape) is no API change."""

    def edit(s: dict[str, Any]) -> None:
        op(s, "/items/{item_id}", "get")["responses"]["200"]["content"]["application/json"]["schema"] = copy.deepcopy(
            schemas(s)["Item"]
        )

    diff = compare_specs(BASE, changed(edit))
    assert diff.level in ("none", "fix"), diff.describe()


def test_files_are_compared_after_yaml_loading(tmp_path: Path) -> None:
    """compare_files reads YAML (status codes as numbers or strings alike)."""
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(BASE_YAML)
    new.write_text(BASE_YAML.replace('"404":', "404:").replace("maxLength: 80", "maxLength: 10"))
    diff = compare_files(old, new)
    assert diff.level == "breaking"
    assert [c.what for c in diff.changes] == ["request body NewItem: field `name` narrowed: maxLength 80 -> 10"]


def test_the_project_specs_compare_cleanly_with_themselves() -> None:
    """Every real spec resolves (no dangling $ref) and equals itself."""
    root = Path(__file__).resolve().parents[2]
    specs = sorted((root / "specs").glob("*.yaml"))
    assert specs
    for spec in specs:
        assert compare_files(spec, spec).level == "none", spec.name
