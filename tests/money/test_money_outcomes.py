"""What a money move says when it cannot settle the outcome, sync and async (issue 19)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import pytest
import tokenkeep
import tokenkeep.aeropay
import tokenkeep.airalo
import tokenkeep.onlinesim
from aeropay_client.models import CreateTransactionRequest, CreateTransactionRequestExceptionScenario, Money
from airalo_client.models import OrderRequest, TopupOrderRequest

from tests.sandbox._common import serve
from tests.sandbox.aeropay import AeropaySandbox
from tests.sandbox.aeropay import create_app as aeropay_app
from tests.sandbox.airalo import AiraloSandbox
from tests.sandbox.airalo import create_app as airalo_app
from tests.sandbox.onlinesim import OnlinesimSandbox
from tests.sandbox.onlinesim import create_app as onlinesim_app
from tests.support.faultproxy import FaultProxy

MODES = ("sync", "async")
QUICK = tokenkeep.aeropay.MovePolicy(budget=0.6, wait_initial=0.01, wait_max=0.05, grace=0.05, lookups=2, bound=1.0)
TIMEOUT = httpx.Timeout(2.0, read=0.3)


def _run(mode: str, api: Any, sync: Any, asynchronous: Any) -> Any:
    """The call in `with api` (sync) or `async with api` (async), as a user makes it."""
    if mode == "sync":
        with api:
            return sync()

    async def run() -> Any:
        async with api:
            return await asynchronous()

    return asyncio.run(run())


def _resolve(error: tokenkeep.OutcomeUnknown[Any], api: Any, mode: str) -> Any:
    """error.resolve()/aresolve() with a new client like `api` (the call's own was closed by its block)."""
    fresh = attrs.evolve(api)
    if mode == "sync":
        with fresh:
            return error.resolve(fresh)

    async def run() -> Any:
        async with fresh:
            return await error.aresolve(fresh)

    return asyncio.run(run())


@pytest.fixture
def aeropay() -> Iterator[tuple[AeropaySandbox, FaultProxy, Any]]:
    state = AeropaySandbox()
    with serve(aeropay_app(state)) as served:
        proxy = FaultProxy(served.base_url, 1, rate=1.0, faults=("lost",), applies=lambda p: p == "/v2/transaction")
        with proxy.running():
            user = state.onboard_user()
            merchant = tokenkeep.aeropay.Merchant(
                state.api_key, state.api_secret, 1057, base_url=proxy.base_url, store=tokenkeep.MemoryStore()
            )
            yield state, proxy, attrs.evolve(merchant.user_client(user.id, timeout=TIMEOUT), max_retries=0)


@pytest.mark.parametrize("mode", MODES)
def test_aeropay_budget_end_names_the_key_and_resolve_resumes_without_paying_twice(aeropay: Any, mode: str) -> None:
    """Every answer lost: PaymentOutcomeUnknown says the key; resolve() with the same key finds the one payment."""
    state, proxy, api = aeropay
    body = CreateTransactionRequest(1057, Money(4200, "USD"))
    key = tokenkeep.aeropay.new_idempotency_key()

    async def apay() -> Any:
        return await tokenkeep.aeropay.apay(api, body, idempotency_key=key, policy=QUICK)

    with pytest.raises(tokenkeep.aeropay.PaymentOutcomeUnknown) as caught:
        _run(mode, api, lambda: tokenkeep.aeropay.pay(api, body, idempotency_key=key, policy=QUICK), apay)
    error = caught.value
    assert isinstance(error, tokenkeep.OutcomeUnknown) and isinstance(error, tokenkeep.APIError)
    assert error.idempotency_key == error.reference == key
    assert f"Idempotency-Key {key}" in str(error) and "cannot pay twice" in str(error)
    assert error.known["sends"] >= 2  # replayed with the same key, not given up after one
    assert isinstance(error.__cause__, tokenkeep.APIConnectionError)
    assert len(state.transactions) == 1  # the first send charged; the replays did not
    proxy.rate = 0.0
    receipt = _resolve(error, api, mode)
    assert receipt.idempotency_key == key
    assert [receipt.result.transaction.id] == list(state.transactions)


@pytest.mark.parametrize("mode", MODES)
def test_aeropay_definite_error_carries_the_key_and_is_not_replayed(aeropay: Any, mode: str) -> None:
    """A business error (AP302) is an answer: raised at once, with the move's Idempotency-Key."""
    state, proxy, api = aeropay
    proxy.rate = 0.0
    body = CreateTransactionRequest(
        1057, Money(100, "USD"), exception_scenario=CreateTransactionRequestExceptionScenario.BALANCEINSUFFICIENT
    )

    async def apay() -> Any:
        return await tokenkeep.aeropay.apay(api, body, policy=QUICK)

    with pytest.raises(tokenkeep.ProviderError) as caught:
        _run(mode, api, lambda: tokenkeep.aeropay.pay(api, body, policy=QUICK), apay)
    assert caught.value.code == "AP302"
    assert caught.value.idempotency_key is not None
    assert [key for path, key in state.keys_seen if path == "/v2/transaction"] == [caught.value.idempotency_key]


@pytest.fixture
def airalo() -> Iterator[tuple[AiraloSandbox, FaultProxy, Any]]:
    state = AiraloSandbox()
    with serve(airalo_app(state)) as served:
        proxy = FaultProxy(served.base_url, 1, rate=1.0, faults=("503",), applies=lambda p: p == "/v2/orders")
        with proxy.running():
            api = tokenkeep.airalo.client(
                served.client_id or "",
                served.client_secret or "",
                base_url=proxy.base_url,
                store=tokenkeep.MemoryStore(),
                timeout=TIMEOUT,
            )
            yield state, proxy, attrs.evolve(api, max_retries=0)


@pytest.mark.parametrize("mode", MODES)
def test_airalo_order_not_found_raises_outcome_unknown_that_resolves_once_it_exists(airalo: Any, mode: str) -> None:
    """A 503 on the order and no order found: OrderOutcomeUnknown; nothing is re-submitted; resolve() looks again."""
    _, proxy, api = airalo
    ref = tokenkeep.airalo.new_reference()
    body = OrderRequest(package_id="kallur-digital-7days-1gb", quantity=1, description="shop order 7")

    async def aplace() -> Any:
        return await tokenkeep.airalo.aplace_order(api, body, reference=ref, policy=QUICK)

    with pytest.raises(tokenkeep.airalo.OrderOutcomeUnknown) as caught:
        _run(mode, api, lambda: tokenkeep.airalo.place_order(api, body, reference=ref, policy=QUICK), aplace)
    error = caught.value
    assert error.reference == ref and ref in str(error) and "do not submit it again" in str(error)
    posts = [entry for entry in proxy.log if entry.method == "POST" and entry.path == "/v2/orders"]
    assert len(posts) == 1  # never blindly re-submitted
    assert any(entry.path.startswith("/v2/orders?") for entry in proxy.log)  # it was looked up
    proxy.rate = 0.0
    with pytest.raises(tokenkeep.airalo.OrderOutcomeUnknown):
        _resolve(error, api, mode)
    # The slow order lands after all (placed here directly, as Airalo would have): resolve() finds it.
    fresh = attrs.evolve(api)
    with fresh:
        placed = tokenkeep.airalo.place_order(fresh, body, reference=ref)
    found = _resolve(error, api, mode)
    assert found.data.id == placed.data.id
    assert found.data.description == f"shop order 7 [{ref}]"


@pytest.mark.parametrize("mode", MODES)
def test_airalo_definite_refusal_is_raised_without_a_lookup(airalo: Any, mode: str) -> None:
    """A 429 is an answer (nothing was ordered): raised as RateLimitError, no lookup, no OrderOutcomeUnknown."""
    state, proxy, api = airalo
    proxy.faults = ("429",)
    body = OrderRequest(package_id="kallur-digital-7days-1gb", quantity=1)

    async def aplace() -> Any:
        return await tokenkeep.airalo.aplace_order(api, body, policy=QUICK)

    with pytest.raises(tokenkeep.RateLimitError):
        _run(mode, api, lambda: tokenkeep.airalo.place_order(api, body, policy=QUICK), aplace)
    assert [entry.path for entry in proxy.log if entry.path != "/v2/token"] == ["/v2/orders"]
    assert not state.orders


def test_a_reference_that_is_not_ours_is_refused_before_sending() -> None:
    """place_order refuses a reference that a substring filter could confuse with another."""
    with pytest.raises(ValueError, match="tk-<32 hex digits>"):
        tokenkeep.airalo.place_order(None, OrderRequest(package_id="x", quantity=1), reference="order-1")


@pytest.fixture
def onlinesim() -> Iterator[tuple[OnlinesimSandbox, FaultProxy, Any]]:
    state = OnlinesimSandbox(balance="1000.00")
    with serve(onlinesim_app(state)) as served:
        proxy = FaultProxy(served.base_url, 1, rate=1.0, faults=("lost",), applies=lambda p: p == "/api/getNum.php")
        with proxy.running():
            api = tokenkeep.onlinesim.client("sandbox-api-key", base_url=proxy.base_url, timeout=TIMEOUT)
            yield state, proxy, attrs.evolve(api, max_retries=0)


def _buy(mode: str, api: Any) -> Any:
    async def abuy() -> Any:
        return await tokenkeep.onlinesim.abuy_number(api, "telegram", country=7, policy=QUICK)

    return _run(mode, api, lambda: tokenkeep.onlinesim.buy_number(api, "telegram", country=7, policy=QUICK), abuy)


@pytest.mark.parametrize("mode", MODES)
def test_onlinesim_lost_getnum_answer_returns_the_one_new_operation(onlinesim: Any, mode: str) -> None:
    """getNum's answer lost: the one new telegram operation in getState is returned, and nothing is bought twice."""
    state, proxy, api = onlinesim
    state.order_number("vkcom", 7)  # already active before the call: not a candidate
    ordered = _buy(mode, api)
    with state.lock:
        new = [op for op in state.operations.values() if op.service == "telegram"]
    assert [ordered.tzid] == [op.tzid for op in new]
    assert ordered.number == new[0].number
    assert [entry.fault for entry in proxy.log if entry.path.startswith("/api/getNum.php")] == ["lost"]


@pytest.mark.parametrize("mode", MODES)
def test_onlinesim_two_new_operations_raise_outcome_unknown_with_both_candidates(onlinesim: Any, mode: str) -> None:
    """Another buyer on the account meanwhile: which number is ours cannot be told, so both are listed."""
    state, proxy, api = onlinesim
    proxy.meanwhile = lambda entry: state.order_number("telegram", 7)
    with pytest.raises(tokenkeep.onlinesim.NumberOutcomeUnknown) as caught:
        _buy(mode, api)
    error = caught.value
    with state.lock:
        telegram = sorted(op.tzid for op in state.operations.values() if op.service == "telegram")
    assert error.known["candidates"] == telegram and len(telegram) == 2
    assert error.reference == "telegram" and "2 new telegram operations" in str(error)
    assert isinstance(error.__cause__, tokenkeep.APIConnectionError)


@pytest.mark.parametrize("mode", MODES)
def test_onlinesim_nothing_bought_raises_outcome_unknown_and_resolve_finds_it_if_it_lands(
    onlinesim: Any, mode: str
) -> None:
    """A reset before getNum was read: no new operation, OutcomeUnknown; resolve() returns one that appears later."""
    state, proxy, api = onlinesim
    proxy.faults = ("reset",)
    with pytest.raises(tokenkeep.onlinesim.NumberOutcomeUnknown) as caught:
        _buy(mode, api)
    assert caught.value.known["candidates"] == [] and not state.operations
    landed = state.order_number("telegram", 7)
    assert _resolve(caught.value, api, mode).tzid == landed.tzid


@pytest.mark.parametrize("mode", MODES)
def test_airalo_topup_whose_answer_was_lost_is_found_by_its_reference(airalo: Any, mode: str) -> None:
    """A top-up is an order too: its lost answer is recovered by the reference lookup, and it is bought once."""
    state, proxy, api = airalo
    proxy.rate = 0.0
    with attrs.evolve(api) as first:
        sim = tokenkeep.airalo.place_order(first, OrderRequest(package_id="change-7days-1gb", quantity=1))
    sims = sim.data.sims
    assert isinstance(sims, list)
    iccid = sims[0].iccid
    package = "change-7days-1gb-topup"
    proxy.rate, proxy.faults = 1.0, ("lost",)
    proxy.applies = lambda path: path == "/v2/orders/topups"
    body = TopupOrderRequest(package_id=package, iccid=iccid, description="renewal")

    async def aplace() -> Any:
        return await tokenkeep.airalo.aplace_topup(api, body, policy=QUICK)

    topup = _run(mode, api, lambda: tokenkeep.airalo.place_topup(api, body, policy=QUICK), aplace)
    topups = [order for order in state.orders.values() if order.type == "topup"]
    assert [topup.data.id] == [order.id for order in topups]
    assert isinstance(topup.data.description, str) and topup.data.description.startswith("renewal [tk-")
    assert [entry.fault for entry in proxy.log if entry.path == "/v2/orders/topups"] == ["lost"]
