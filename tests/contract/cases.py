"""Each provider's sandbox, a client of it, one read-only and one state-changing operation (sync and async).

`Case.read`/`Case.write` call the operation the way a user does (`sync()` or `asyncio()`), so
the contract tests run the same assertions against all four providers.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import attrs
import tokenkeep
import tokenkeep.aeropay
import tokenkeep.airalo
import tokenkeep.gogox
import tokenkeep.onlinesim
from aeropay_client.api.transactions import create_transaction, search_transactions
from aeropay_client.api.users import create_user
from aeropay_client.models import CreateTransactionRequest, CreateUserRequest, Money, TransactionSearchRequest
from airalo_client.api.orders import submit_order
from airalo_client.api.packages import get_packages
from airalo_client.models import OrderRequest
from gogox_client.api.transport import create_transport_order, create_transport_quotation
from onlinesim_client.api.sms import get_num, get_state

from tests.gogox.gogox_support import order_request, quotation_request
from tests.sandbox._common import SandboxState, ServedSandbox, shared_server
from tests.sandbox.aeropay import AeropaySandbox
from tests.sandbox.aeropay import create_app as aeropay_app
from tests.sandbox.airalo import AiraloSandbox
from tests.sandbox.airalo import create_app as airalo_app
from tests.sandbox.gogox import GogoxSandbox
from tests.sandbox.gogox import create_app as gogox_app
from tests.sandbox.onlinesim import OnlinesimSandbox
from tests.sandbox.onlinesim import create_app as onlinesim_app

Call = Callable[[Any], Any]
ACall = Callable[[Any], Awaitable[Any]]


@dataclass
class Case:
    provider: str
    sandbox: Callable[[], SandboxState]
    app: Callable[[Any], Any]
    client: Callable[[ServedSandbox[Any]], Any]
    read_path: str
    read: Call
    aread: ACall
    read_id: str
    write_path: str
    write: Call
    awrite: ACall
    write_id: str
    setup: Callable[[ServedSandbox[Any]], None] | None = None

    def call(self, api: Any, which: str, mode: str) -> Any:
        """`sync()` in a `with`, or `asyncio()` in an `async with` on a new event loop."""
        if mode == "sync":
            with api:
                return (self.read if which == "read" else self.write)(api)

        async def run() -> Any:
            async with api:
                return await (self.aread if which == "read" else self.awrite)(api)

        return asyncio.run(run())


def _airalo(served: ServedSandbox[Any]) -> Any:
    return tokenkeep.airalo.client(
        served.client_id or "", served.client_secret or "", base_url=served.base_url, store=tokenkeep.MemoryStore()
    )


def _onlinesim(served: ServedSandbox[Any]) -> Any:
    return tokenkeep.onlinesim.client("sandbox-api-key", base_url=served.base_url)


def _order_numbers(served: ServedSandbox[Any]) -> None:
    """Two active operations, so that getState answers a list (not ERROR_NO_OPERATIONS)."""
    with _onlinesim(served) as api:
        get_num.sync(client=api, service="telegram", country=7)
        get_num.sync(client=api, service="vkcom", country=7)
    served.state.reset_stats()


def _aeropay(served: ServedSandbox[Any]) -> Any:
    state = served.state
    merchant = tokenkeep.aeropay.Merchant(
        state.api_key, state.api_secret, 1057, base_url=served.base_url, store=tokenkeep.MemoryStore()
    )
    return merchant.client()


def _pay_twice(served: ServedSandbox[Any]) -> None:
    """Two payments, so that a transaction search answers a list with numbers in it."""
    state = served.state
    user = state.onboard_user()
    merchant = tokenkeep.aeropay.Merchant(
        state.api_key, state.api_secret, 1057, base_url=served.base_url, store=tokenkeep.MemoryStore()
    )
    with merchant.user_client(user.id) as as_user:
        for cents in (1200, 3400):
            create_transaction.sync(client=as_user, body=CreateTransactionRequest(1057, Money(cents, "USD")))
    state.reset_stats()


def _gogox(served: ServedSandbox[Any]) -> Any:
    return tokenkeep.gogox.client(
        served.client_id or "", served.client_secret or "", base_url=served.base_url, store=tokenkeep.MemoryStore()
    )


ORDER = OrderRequest(package_id="kallur-digital-7days-1gb", quantity=1)
USER = CreateUserRequest("Ann", "Lee", "+13125550100", "ann@example.com")

CASES = {
    "airalo": Case(
        "airalo",
        lambda: AiraloSandbox(validate_responses=True),
        airalo_app,
        _airalo,
        "/v2/packages",
        lambda api: get_packages.sync(client=api),
        lambda api: get_packages.asyncio(client=api),
        "getPackages",
        "/v2/orders",
        lambda api: submit_order.sync(client=api, body=ORDER),
        lambda api: submit_order.asyncio(client=api, body=ORDER),
        "submitOrder",
    ),
    "onlinesim": Case(
        "onlinesim",
        lambda: OnlinesimSandbox(balance="1000.00", validate_responses=True),
        onlinesim_app,
        _onlinesim,
        "/api/getState.php",
        lambda api: get_state.sync(client=api),
        lambda api: get_state.asyncio(client=api),
        "getState",
        "/api/getNum.php",
        lambda api: get_num.sync(client=api, service="telegram", country=7),
        lambda api: get_num.asyncio(client=api, service="telegram", country=7),
        "getNum",
        setup=_order_numbers,
    ),
    "aeropay": Case(
        "aeropay",
        AeropaySandbox,
        aeropay_app,
        _aeropay,
        "/v2/transactionSearch",
        lambda api: search_transactions.sync(client=api, body=TransactionSearchRequest()),
        lambda api: search_transactions.asyncio(client=api, body=TransactionSearchRequest()),
        "searchTransactions",
        "/v2/user",
        lambda api: create_user.sync(client=api, body=USER),
        lambda api: create_user.asyncio(client=api, body=USER),
        "createUser",
        setup=_pay_twice,
    ),
    "gogox": Case(
        "gogox",
        GogoxSandbox,
        gogox_app,
        _gogox,
        "/transport/quotations",
        lambda api: create_transport_quotation.sync(client=api, body=quotation_request()),
        lambda api: create_transport_quotation.asyncio(client=api, body=quotation_request()),
        "createTransportQuotation",
        "/transport/orders",
        lambda api: create_transport_order.sync(client=api, body=order_request()),
        lambda api: create_transport_order.asyncio(client=api, body=order_request()),
        "createTransportOrder",
    ),
}


@contextlib.contextmanager
def served_case(case: Case) -> Iterator[ServedSandbox[Any]]:
    state = case.sandbox()
    with shared_server(f"contract-{case.provider}").mount(case.app(state)) as handle:
        if case.setup is not None:
            case.setup(handle)
        yield handle
    close = getattr(state, "close", None)
    if close is not None:
        close()


def without_retries(api: Any) -> Any:
    return attrs.evolve(api, max_retries=0)
