"""A page that fails names itself, and iteration resumes there: every paginated provider, sync and async.

Each provider's sandbox on a real socket holds a list of several pages; its fault injection makes
one later page fail. The error keeps the class a direct call raises (callers catch the contract's
classes), carries `.page` and `.items_before` and a note saying how to resume, and
`iter_*(..., start_page=error.page)` yields exactly the items not yet delivered.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import attrs
import pytest
import tokenkeep
import tokenkeep.aeropay
import tokenkeep.airalo
import tokenkeep.onlinesim
from aeropay_client.api.transactions import create_transaction
from aeropay_client.errors import AeropayBankError
from aeropay_client.models import CreateTransactionRequest, Money, TransactionSearchRequest
from aeropay_client.models import TransactionSearchRequestFilters as Filters
from aeropay_client.pagination import iter_transactions
from airalo_client.errors import AiraloAccessError
from airalo_client.pagination import iter_package_countries
from onlinesim_client.errors import AccessError
from onlinesim_client.pagination import iter_free_messages
from tokenkeep._pagination import Pages

from tests.sandbox._common import SandboxState, ServedSandbox, shared_server
from tests.sandbox.aeropay import AeropaySandbox
from tests.sandbox.aeropay import create_app as aeropay_app
from tests.sandbox.airalo import AiraloSandbox
from tests.sandbox.airalo import create_app as airalo_app
from tests.sandbox.onlinesim import OnlinesimSandbox
from tests.sandbox.onlinesim import create_app as onlinesim_app

MODES = ("sync", "async")
FREE_NUMBER = "9099317316"  # a person's phone number in real use: it must never reach an error's text
MERCHANT = 1057


@dataclass(frozen=True)
class Listing:
    """One paginated list in one sandbox, and the fault that makes its page `fail_on` fail."""

    provider: str
    iterator: str
    sandbox: Callable[[], SandboxState]
    app: Callable[[Any], Any]
    client: Callable[[ServedSandbox[Any]], Any]
    fill: Callable[[ServedSandbox[Any]], None]
    pages: Callable[..., Pages[Any]]  # (api, start_page=...) -> the iterator's Pages
    key: Callable[[Any], Any]  # what tells two items apart
    path: str
    fault: tuple[int, Any]  # status and body of the failed page
    error: type[tokenkeep.APIError]
    code: str
    total: int
    fail_on: int
    before: int  # items on the pages before `fail_on`


def _airalo(served: ServedSandbox[Any]) -> Any:
    return tokenkeep.airalo.client(
        served.client_id or "", served.client_secret or "", base_url=served.base_url, store=tokenkeep.MemoryStore()
    )


def _merchant(served: ServedSandbox[Any]) -> tokenkeep.aeropay.Merchant:
    state = served.state
    return tokenkeep.aeropay.Merchant(
        state.api_key, state.api_secret, MERCHANT, base_url=served.base_url, store=tokenkeep.MemoryStore()
    )


def _pay_five(served: ServedSandbox[Any]) -> None:
    """Five payments of one user: five pages of one in the transaction search."""
    user = served.state.onboard_user()
    with _merchant(served).user_client(user.id) as as_user:
        for cents in (100, 200, 300, 400, 500):
            create_transaction.sync(client=as_user, body=CreateTransactionRequest(MERCHANT, Money(cents, "USD")))


def _twenty_five_messages(served: ServedSandbox[Any]) -> None:
    """Three pages of the free number's messages: 10, 10 and 5."""
    served.state.free_numbers[FREE_NUMBER]["messages"] = [f"Your code {n:04d}" for n in range(1, 26)]


ONE_PAYMENT_A_PAGE = TransactionSearchRequest(per_page="1", order_by="asc", filters=Filters(payment_type="payment"))
IP_NOT_ALLOWED = {"code": 89, "reason": "Your IP address is not on the allowlist."}
UNAVAILABLE = {"error": {"code": "AP500", "message": "Search is unavailable", "help": "Try again later."}}

LISTINGS = {
    "airalo": Listing(
        "airalo",
        "iter_package_countries",
        lambda: AiraloSandbox(validate_responses=True),
        airalo_app,
        _airalo,
        lambda served: None,  # the catalogue: 11 countries, 4 pages of 3
        lambda api, **kw: iter_package_countries(client=api, limit=3, **kw),
        lambda country: country.slug,
        "/v2/packages",
        (403, IP_NOT_ALLOWED),
        AiraloAccessError,
        "89",
        total=11,
        fail_on=3,
        before=6,
    ),
    "aeropay": Listing(
        "aeropay",
        "iter_transactions",
        AeropaySandbox,
        aeropay_app,
        lambda served: _merchant(served).client(),
        _pay_five,
        lambda api, **kw: iter_transactions(client=api, body=ONE_PAYMENT_A_PAGE, **kw),
        lambda transaction: transaction.amount.amount,
        "/v2/transactionSearch",
        (200, UNAVAILABLE),  # Aeropay's error body with HTTP 200, page number in the JSON body
        AeropayBankError,
        "AP500",
        total=5,
        fail_on=3,
        before=2,
    ),
    "onlinesim": Listing(
        "onlinesim",
        "iter_free_messages",
        OnlinesimSandbox,
        onlinesim_app,
        lambda served: tokenkeep.onlinesim.client("sandbox-api-key", base_url=served.base_url),
        _twenty_five_messages,
        lambda api, **kw: iter_free_messages(client=api, phone=FREE_NUMBER, **kw),
        lambda message: message.text,
        "/api/getFreeMessageList.php",
        (200, {"response": "API_ACCESS_IP"}),
        AccessError,
        "API_ACCESS_IP",
        total=25,
        fail_on=2,
        before=10,
    ),
}


@pytest.fixture(params=sorted(LISTINGS))
def listing(request: pytest.FixtureRequest) -> Listing:
    return LISTINGS[request.param]


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def served(listing: Listing) -> Iterator[ServedSandbox[Any]]:
    state = listing.sandbox()
    with shared_server(f"contract-{listing.iterator}").mount(listing.app(state)) as handle:
        listing.fill(handle)
        yield handle
    close = getattr(state, "close", None)
    if close is not None:
        close()


@dataclass
class Walk:
    keys: list[Any]
    error: tokenkeep.APIError | None = None


def walk(
    listing: Listing,
    served: ServedSandbox[Any],
    mode: str,
    *,
    start_page: int = 1,
    fail_after: int | None = None,
    fault: dict[str, Any] | None = None,
    retries: bool = True,
) -> Walk:
    """Iterate as a user does (`for` in `with`, or `async for` in `async with`); once `fail_after`
    items are in, the next page request meets `fault` (the listing's error answer by default)."""
    api = listing.client(served)
    if not retries:
        api = attrs.evolve(api, max_retries=0)
    status, body = listing.fault
    injected = fault if fault is not None else {"status": status, "body": body}
    result = Walk([])

    def took(item: Any) -> None:
        result.keys.append(listing.key(item))
        if len(result.keys) == fail_after:
            served.state.fail_next(path=listing.path, **injected)

    if mode == "sync":
        with api:
            try:
                for item in listing.pages(api, start_page=start_page):
                    took(item)
            except tokenkeep.APIError as error:
                result.error = error
        return result

    async def run() -> None:
        async with api:
            try:
                async for item in listing.pages(api, start_page=start_page):
                    took(item)
            except tokenkeep.APIError as error:
                result.error = error

    asyncio.run(run())
    return result


def test_a_failed_page_names_itself_and_resuming_there_yields_the_rest_once(
    listing: Listing, served: ServedSandbox[Any], mode: str
) -> None:
    """Page 2 or 3 fails with the operation's own class, `.page`, `.items_before` and a note;
    `start_page=error.page` then yields the remaining items, none twice and none missed."""
    whole = walk(listing, served, mode).keys
    assert len(whole) == listing.total == len(set(whole))

    cut = walk(listing, served, mode, fail_after=listing.before)
    error = cut.error
    assert error is not None, "the injected fault was not raised"
    assert type(error).__module__.endswith("_client.errors") and isinstance(error, listing.error)
    assert (error.provider, error.code) == (listing.provider, listing.code)
    assert (error.page, error.items_before) == (listing.fail_on, listing.before)
    assert cut.keys == whole[: listing.before]
    note = (
        f"while fetching page {listing.fail_on} of {listing.iterator} ({listing.before} items delivered,"
        f" from {'page 1' if listing.fail_on == 2 else f'pages 1-{listing.fail_on - 1}'});"
        f" resume with {listing.iterator}(..., start_page={listing.fail_on})"
    )
    assert error.__notes__ == [note]
    assert FREE_NUMBER not in str(error.__notes__)

    rest = walk(listing, served, mode, start_page=error.page)
    assert rest.error is None
    assert cut.keys + rest.keys == whole


def test_each_iteration_counts_from_its_own_start_page(listing: Listing, served: ServedSandbox[Any], mode: str) -> None:
    """Resumed at page 2, a failure on the page after it counts only the items of page 2."""
    whole = walk(listing, served, mode).keys
    per_page = listing.before // (listing.fail_on - 1)
    resumed = walk(listing, served, mode, start_page=2, fail_after=per_page)
    assert resumed.error is not None and resumed.keys == whole[per_page : 2 * per_page]
    assert (resumed.error.page, resumed.error.items_before) == (3, per_page)
    assert resumed.error.__notes__[-1].startswith(f"while fetching page 3 of {listing.iterator} ({per_page} items")
    assert "from page 2);" in resumed.error.__notes__[-1]


@pytest.mark.parametrize(
    ("fault", "raised"),
    [
        ({"status": 0, "drop_connection": True}, tokenkeep.APIConnectionError),
        ({"status": 200, "body": b"<html>busy</html>", "headers": {"content-type": "text/html"}},
         tokenkeep.APIResponseValidationError),
        ({"status": 500}, tokenkeep.InternalServerError),
    ],
    ids=["dropped-connection", "not-json", "http-500"],
)  # fmt: skip
def test_transport_validation_and_status_errors_name_the_page_too(
    mode: str, fault: dict[str, Any], raised: type[tokenkeep.APIError]
) -> None:
    """A dropped connection, a body that is not JSON and a bare 500 on Airalo's page 3 carry page and count."""
    listing = LISTINGS["airalo"]
    state = listing.sandbox()
    state.expect_violations()  # the HTML body is not what the spec allows, on purpose
    with shared_server(f"contract-{listing.iterator}").mount(listing.app(state)) as served:
        cut = walk(listing, served, mode, fail_after=listing.before, fault=fault, retries=False)
        assert isinstance(cut.error, raised)
        assert (cut.error.page, cut.error.items_before) == (listing.fail_on, listing.before)
        assert cut.error.__notes__[-1].endswith(f"resume with {listing.iterator}(..., start_page={listing.fail_on})")
        rest = walk(listing, served, mode, start_page=listing.fail_on)
    assert len(cut.keys + rest.keys) == listing.total == len(set(cut.keys + rest.keys))
