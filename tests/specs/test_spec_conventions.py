"""What every spec promises its users, and that `make generate` on a fresh clone has nothing to do."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPECS = sorted((ROOT / "specs").glob("*.yaml"))
METHODS = ("get", "post", "put", "patch", "delete", "head")


def load(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def operations() -> list[Any]:
    cases = []
    for path in SPECS:
        spec = load(path)
        for route, item in spec["paths"].items():
            for method in METHODS:
                if method in item:
                    cases.append(pytest.param(spec, item[method], id=f"{path.stem}:{method.upper()} {route}"))
    return cases


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        section, name = node["$ref"].split("/")[-2:]
        node = spec["components"][section][name]
    return node


def has_example(spec: dict[str, Any], response: dict[str, Any]) -> bool:
    response = resolve(spec, response)
    for media in (response.get("content") or {}).values():
        if "example" in media or "examples" in media:
            return True
        schema = resolve(spec, media.get("schema") or {})
        if "example" in schema or "examples" in schema:
            return True
    return False


@pytest.mark.parametrize(("spec", "operation"), operations())
def test_every_operation_is_named_tagged_summarised_and_exemplified(spec: dict[str, Any], operation: Any) -> None:
    assert operation.get("operationId"), "no operationId"
    assert len(operation.get("tags", [])) == 1, f"one tag per docs section, not {operation.get('tags')}"
    assert operation.get("summary"), "no summary"
    success = {code: r for code, r in operation["responses"].items() if str(code).startswith("2")}
    with_body = {code: r for code, r in success.items() if resolve(spec, r).get("content")}
    if with_body:  # a redirect or a 204 has no body to show
        assert any(has_example(spec, r) for r in with_body.values()), "no example for the main response"


@pytest.mark.parametrize("path", SPECS, ids=[p.stem for p in SPECS])
def test_spec_is_openapi_31_with_servers_and_security(path: Path) -> None:
    spec = load(path)
    assert str(spec["openapi"]).startswith("3.1")
    assert spec.get("servers"), "no servers"
    assert spec.get("components", {}).get("securitySchemes"), "no security scheme"


def test_the_committed_stamps_match_the_inputs_so_make_generate_has_nothing_to_do() -> None:
    loader = importlib.util.spec_from_file_location("generate_under_test", ROOT / "scripts" / "generate.py")
    assert loader is not None and loader.loader is not None
    module = importlib.util.module_from_spec(loader)
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        loader.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    for path in SPECS:
        stamp = ROOT / "generated" / ".stamps" / f"{path.stem}.sha256"
        assert stamp.is_file(), f"{stamp.name} missing: run make generate and commit generated/"
        assert stamp.read_text().strip() == module.inputs_digest(path.stem), (
            f"{path.stem}: generated/ was not regenerated from the current inputs; run make generate and commit"
        )
