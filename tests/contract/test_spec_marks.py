"""Which operations may be repeated is written in the specs, explicitly where it matters (issue 12)."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
import yaml

SPECS = Path(__file__).resolve().parents[2] / "specs"
PROVIDERS = sorted(p.stem for p in SPECS.glob("*.yaml"))
#: Onlinesim spends money and changes state with GET: each must say `x-idempotent: false`.
ONLINESIM_SIDE_EFFECT_GETS = (
    "getNum",
    "setOperationRevise",
    "setOperationOk",
    "getRentNum",
    "extendRentState",
    "closeRentNum",
    "reloadRentPort",
)


def operations(provider: str) -> dict[str, tuple[str, dict[str, Any]]]:
    spec = yaml.safe_load((SPECS / f"{provider}.yaml").read_text(encoding="utf-8"))
    found = {}
    for item in spec["paths"].values():
        for method, op in item.items():
            if method in ("get", "put", "post", "patch", "delete", "head", "options"):
                found[op["operationId"]] = (method, op)
    return found


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_operation_that_can_change_state_says_whether_it_may_be_repeated(provider: str) -> None:
    """Every POST, PUT, PATCH and DELETE carries `x-idempotent` (true, false or {header: ...}) explicitly."""
    unmarked = [
        f"{method.upper()} {op_id}"
        for op_id, (method, op) in operations(provider).items()
        if method in ("post", "put", "patch", "delete") and "x-idempotent" not in op
    ]
    assert unmarked == []


def test_onlinesim_gets_that_buy_or_close_are_not_repeatable() -> None:
    ops = operations("onlinesim")
    assert {name: ops[name][1].get("x-idempotent") for name in ONLINESIM_SIDE_EFFECT_GETS} == dict.fromkeys(
        ONLINESIM_SIDE_EFFECT_GETS, False
    )


def test_aeropay_money_moving_posts_are_repeatable_only_with_their_key() -> None:
    """A payment is safe to resend only with the same Idempotency-Key."""
    moving = {op_id: op for op_id, (_, op) in operations("aeropay").items() if op.get("x-money-moving")}
    assert moving and all(op["x-idempotent"] == {"header": "Idempotency-Key"} for op in moving.values())


@pytest.mark.parametrize("provider", PROVIDERS)
def test_token_requests_are_left_to_the_token_manager(provider: str) -> None:
    """The token endpoint is retried by tokenkeep's manager within its rate-limit budget, not by the transport."""
    tokens = [op for op_id, (_, op) in operations(provider).items() if op_id in ("requestToken", "requestAccessToken")]
    assert tokens and all(op.get("x-retry") is False and op.get("x-idempotent") is False for op in tokens)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_generated_facts_follow_the_spec(provider: str) -> None:
    """generated/<provider>_client/_contract.py says what the spec says (make generate was run)."""
    generated = importlib.import_module(f"{provider}_client._contract").OPERATIONS
    for op_id, (method, op) in operations(provider).items():
        facts = next(f for f in generated.values() if f[0] == op_id)
        marked = op.get("x-idempotent", method in ("get", "head", "options"))
        assert facts[3] == (marked is True) and facts[4] == (marked.get("header") if isinstance(marked, dict) else None)
        assert facts[5] == op.get("x-retry", True)
