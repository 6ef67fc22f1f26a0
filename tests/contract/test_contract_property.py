"""Property: every success schema of every operation, fed bodies by hypothesis-jsonschema (issue 12).

A body the schema allows parses without loss (`to_dict()` gives it back); the same body broken so
that the schema refuses it (jsonschema judges) raises APIResponseValidationError. The generated
parser runs exactly as `sync()` runs it (`CONTRACT.result`), without HTTP. Bounded: a few examples
per schema, so that the whole file stays well under a minute.
"""

from __future__ import annotations

import importlib
import json
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
import tokenkeep
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

ROOT = Path(__file__).resolve().parents[2]
PROVIDERS = ("aeropay", "airalo", "gogox", "onlinesim")
#: Answers two models describe alike, so that no parse can give both back: the spec says so itself
#: (EsimVoucherResult: "`{"data": []}` satisfies both members"; a validation error filed under 200).
AMBIGUOUS = {("airalo", "createEsimVoucher")}
EXAMPLES = 3
#: Bodies that break an object, array or scalar schema at its root.
BREAKERS: tuple[Any, ...] = ("not the model", 12345, [], {}, None, True)


def success_schemas() -> list[tuple[str, str, str, str, Any]]:
    """(provider, module name, operationId, status, schema) for each JSON success answer.

    The schema is the spec's own (enums kept: the body must be one the models know), without its
    error-model branches (as the contract reads it) and with every $ref inlined; a reference back
    into itself becomes `false` (that optional field is left out), which hypothesis-jsonschema
    can generate from.
    """
    found = []
    for provider in PROVIDERS:
        spec = yaml.safe_load((ROOT / "specs" / f"{provider}.yaml").read_text(encoding="utf-8"))
        names = {
            facts[0]: name for name, facts in importlib.import_module(f"{provider}_client._contract").OPERATIONS.items()
        }
        for op_id, entry in sorted(contract_data.operations(spec).items()):
            for status, success in sorted(entry["success"].items()):
                if not (success["json"] and success["schema"] is not None and status.isdigit()):
                    continue
                if (provider, op_id) in AMBIGUOUS:
                    continue
                kept, _ = contract_data.split(spec, original_schema(spec, op_id, status))
                found.append((provider, names[op_id], op_id, status, inlined(spec, kept, ())))
    return found


def original_schema(spec: dict[str, Any], op_id: str, status: str) -> Any:
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == op_id:
                response = contract_data._resolve(spec, op["responses"][status])
                return response["content"]["application/json"]["schema"]
    raise LookupError(op_id)


def inlined(spec: dict[str, Any], node: Any, chain: tuple[str, ...]) -> Any:
    if isinstance(node, list):
        return [inlined(spec, item, chain) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str):
        if ref in chain:
            return False
        return inlined(spec, contract_data._resolve(spec, {"$ref": ref}), (*chain, ref))
    return {key: inlined(spec, value, chain) for key, value in node.items() if not key.startswith("x-")}


sys.path.insert(0, str(ROOT / "scripts" / "generator"))
import contract as contract_data  # noqa: E402  # scripts/generator/contract.py: how the contract reads a spec

sys.path.pop(0)
SCHEMAS = success_schemas()


def module_of(provider: str, name: str) -> Any:
    contract = importlib.import_module(f"{provider}_client._contract")
    for path in resources.files(f"{provider}_client").joinpath("api").iterdir():
        if path.is_dir() and path.joinpath(f"{name}.py").is_file():
            return importlib.import_module(f"{provider}_client.api.{path.name}.{name}"), contract.CONTRACT
    raise LookupError(name)


def parse(provider: str, name: str, status: str, body: Any) -> Any:
    module, contract = module_of(provider, name)
    request = httpx.Request("GET", "https://api.example/x")
    response = httpx.Response(int(status), content=json.dumps(body).encode(), request=request)
    return contract.result(contract.operation(name), response, module._parse_success, lambda answer: None)


def dumped(result: Any) -> Any:
    if isinstance(result, list):
        return [dumped(item) for item in result]
    return result.to_dict() if hasattr(result, "to_dict") else result


def test_every_operation_with_a_json_success_is_covered() -> None:
    assert len(SCHEMAS) > 60 and {s[0] for s in SCHEMAS} == set(PROVIDERS)


@pytest.mark.parametrize(
    ("provider", "name", "op_id", "status", "schema"), SCHEMAS, ids=[f"{s[0]}-{s[2]}-{s[3]}" for s in SCHEMAS]
)
def test_schema_valid_bodies_parse_and_broken_ones_raise(
    provider: str, name: str, op_id: str, status: str, schema: dict[str, Any]
) -> None:
    """Valid: parsed, `to_dict()` equal to the body. Broken at the root: APIResponseValidationError."""
    oracle = jsonschema.Draft202012Validator(schema)

    @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(body=from_schema(schema), breaker=st.sampled_from(BREAKERS))
    def check(body: Any, breaker: Any) -> None:
        assert dumped(parse(provider, name, status, body)) == body
        if oracle.is_valid(breaker):
            return  # this schema allows that root (an open schema): nothing to break with it
        with pytest.raises(tokenkeep.APIResponseValidationError):
            parse(provider, name, status, breaker)

    check()
