"""The contract's pieces one at a time, with httpx.MockTransport for bodies a sandbox would not send.

One handler serves the sync and the async client (STYLE: httpx's own tests do the same).
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aeropay_client
import airalo_client
import gogox_client
import httpx
import onlinesim_client
import pytest
import tokenkeep
import yaml
from aeropay_client.api.transactions import create_transaction, get_transaction
from aeropay_client.errors import AeropayTransactionError
from aeropay_client.models import CreateTransactionRequest, Money
from airalo_client.api.balance import get_balance as airalo_balance
from airalo_client.api.orders import submit_order
from airalo_client.errors import AiraloStockError
from airalo_client.models import BusinessError, OrderRequest
from gogox_client.api.orders import get_order_v2
from onlinesim_client.api.account import get_balance
from onlinesim_client.api.sms import get_num, get_state
from onlinesim_client.models import OperationStatusType0, StateItem
from tokenkeep._contract import redacted_request, snippet
from tokenkeep._exceptions import Operation, status_error_class
from tokenkeep._retry import retry_after, retry_wait

SPECS = Path(__file__).resolve().parents[2] / "specs"
Handler = Callable[[httpx.Request], httpx.Response]
KEY = "onlinesim-secret-api-key-123"


def answering(status: int, body: Any, headers: dict[str, str] | None = None) -> Handler:
    def handle(request: httpx.Request) -> httpx.Response:
        if isinstance(body, bytes):
            return httpx.Response(status, content=body, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    return handle


def client(module: Any, handler: Handler, **options: Any) -> Any:
    """A bare generated client of `module` answering through `handler`, sync and async alike."""
    transport = httpx.MockTransport(handler)
    return module.Client(base_url="https://api.example", httpx_args={"transport": transport}, **options)


def raised(run: Callable[[str], Any], mode: str) -> Any:
    """What `run(mode)` raised (sync), or a coroutine giving it (async)."""
    if mode == "sync":
        try:
            run(mode)
        except Exception as exc:
            return exc
        raise AssertionError("nothing was raised")

    async def catch() -> Any:
        try:
            await run(mode)
        except Exception as exc:
            return exc
        raise AssertionError("nothing was raised")

    return catch()


# -- the tree ------------------------------------------------------------------------------------


def test_status_classes_and_provider_classes_combine_once() -> None:
    """AP302 with HTTP 400 is both classes; the combined class is made once and reused."""
    cls = status_error_class(AeropayTransactionError, 400)
    assert issubclass(cls, AeropayTransactionError) and issubclass(cls, tokenkeep.BadRequestError)
    assert cls is status_error_class(AeropayTransactionError, 400)
    assert cls.__name__ == "AeropayTransactionError"
    assert status_error_class(AeropayTransactionError, 200) is AeropayTransactionError
    assert issubclass(status_error_class(AeropayTransactionError, 503), tokenkeep.InternalServerError)


def test_a_token_rate_limit_is_caught_as_any_rate_limit() -> None:
    """`except tokenkeep.RateLimitError` catches the token endpoint's 429 too."""
    with pytest.raises(tokenkeep.RateLimitError) as caught:
        raise tokenkeep.TokenRateLimitError("airalo: token endpoint rate limit hit", provider="airalo", retry_after=3)
    assert isinstance(caught.value, tokenkeep.TokenError) and caught.value.retry_after == 3


def test_every_catalogue_code_maps_to_its_family_class() -> None:
    """Each code of each spec's x-error-codes gives its family's generated class (a ProviderError)."""
    for provider in ("aeropay", "airalo", "gogox", "onlinesim"):
        spec = yaml.safe_load((SPECS / f"{provider}.yaml").read_text(encoding="utf-8"))
        errors = __import__(f"{provider}_client.errors", fromlist=["error_class"])
        families = spec.get("x-error-families", {})
        for code, entry in spec.get("x-error-codes", {}).items():
            cls = errors.error_class(str(code))
            assert issubclass(cls, tokenkeep.ProviderError)
            assert cls.__name__ == families[entry["family"]]["class"], (provider, code)
            assert errors.CODES[str(code)][2] == entry.get("retryable")
        assert errors.error_class("NOT-A-CODE").__name__ == f"{provider.title()}Error"


# -- messages and secrets ------------------------------------------------------------------------


def test_requests_on_errors_are_redacted() -> None:
    """Keys in the query and credentials in headers are replaced; an Idempotency-Key stays."""
    request = httpx.Request(
        "POST",
        f"https://onlinesim.io/api/getNum.php?apikey={KEY}&service=vk",
        headers={"Authorization": "Bearer tok-123456", "Idempotency-Key": "k-1"},
        content=b'{"client_secret": "s3cr3t"}',
    )
    copy = redacted_request(request)
    shown = str(copy.url) + str(copy.headers) + copy.content.decode()
    assert KEY not in shown and "tok-123456" not in shown and "s3cr3t" not in shown
    assert copy.headers["Idempotency-Key"] == "k-1" and copy.url.params["service"] == "vk"


def test_a_snippet_is_bounded_and_scrubbed() -> None:
    """At most about 1 KB, and the request's own credentials never, even when the body echoes them."""
    request = httpx.Request("GET", f"https://onlinesim.io/x?apikey={KEY}")
    text = snippet((f"you sent {KEY} " * 10_000).encode(), request)
    assert KEY not in text and len(text) < 1100


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_echoed_api_key_never_reaches_a_message(mode: str) -> None:
    """Onlinesim's key in the query string, echoed in an HTML error: not in str(), repr(), .request."""

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=f"<html>bad request {request.url}</html>".encode())

    def run(mode: str) -> Any:
        api = client(onlinesim_client, handle, max_retries=0)
        api = api.with_headers({"Authorization": f"Bearer {KEY}"})
        kwargs = {"client": api}
        if mode == "sync":
            with api:
                return get_balance.sync(**kwargs)

        async def go() -> Any:
            async with api:
                return await get_balance.asyncio(**kwargs)

        return go()

    error = raised(run, mode)
    if mode == "async":
        error = asyncio.run(error)
    assert isinstance(error, tokenkeep.APIResponseValidationError)
    shown = str(error) + repr(error) + str(error.request.url) + str(error.request.headers)
    assert KEY not in shown and "getBalance" in str(error)


# -- status errors, provider errors, models --------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_airalo_business_error_is_its_class_and_the_status_class(mode: str) -> None:
    """HTTP 422 `{code: 34}`: AiraloStockError and UnprocessableEntityError, the BusinessError on `.model`."""
    body = {"code": 34, "reason": "The package is out of stock."}
    api = client(airalo_client, answering(422, body))
    order = OrderRequest(package_id="x", quantity=1)

    def run(mode: str) -> Any:
        if mode == "sync":
            return submit_order.sync(client=api, body=order)
        return submit_order.asyncio(client=api, body=order)

    error = raised(run, mode)
    if mode == "async":
        error = asyncio.run(error)
    assert isinstance(error, AiraloStockError) and isinstance(error, tokenkeep.UnprocessableEntityError)
    assert error.code == "34" and error.status_code == 422 and isinstance(error.model, BusinessError)
    assert error.provider_message == "The package is out of stock." and "submitOrder" in str(error)


def test_an_aeropay_error_in_a_200_keeps_the_idempotency_key() -> None:
    """A refused payment (HTTP 200 AP302) says what was sent: the Idempotency-Key is on `.request`."""
    body = {"error": {"code": "AP302", "message": "Insufficient funds", "help": "Try another account"}}
    api = client(aeropay_client, answering(200, body))
    with pytest.raises(AeropayTransactionError) as caught:
        create_transaction.sync(
            client=api, body=CreateTransactionRequest(1057, Money(2500, "USD")), idempotency_key="key-42"
        )
    error = caught.value
    assert (error.code, error.status_code, error.provider_message, error.help) == (
        "AP302",
        200,
        "Insufficient funds",
        "Try another account",
    )
    assert error.request is not None and error.request.headers["Idempotency-Key"] == "key-42"
    assert not isinstance(error, tokenkeep.APIResponseValidationError)


def test_an_aeropay_not_found_in_a_200_is_the_base_class() -> None:
    """`ApError` (outside the catalogue) is AeropayError itself, with Aeropay's message."""
    body = {"error": {"code": "ApError", "message": "Transaction 1 not found"}}
    with pytest.raises(aeropay_client.errors.AeropayError) as caught:
        get_transaction.sync("1", client=client(aeropay_client, answering(200, body)))
    assert type(caught.value) is aeropay_client.errors.AeropayError
    assert "Transaction 1 not found" in str(caught.value)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 429, 500, 503, 418])
def test_each_status_has_its_class(status: int) -> None:
    """An error status without a provider code is the status's class (APIStatusError for others)."""
    expected = tokenkeep._exceptions.status_class(status)
    with pytest.raises(tokenkeep.APIStatusError) as caught:
        get_order_v2.sync("u", client=client(gogox_client, answering(status, b"nope"), max_retries=0))
    assert type(caught.value) is expected and caught.value.status_code == status


def test_a_rate_limit_carries_retry_after_as_an_http_date() -> None:
    """Retry-After may be an HTTP date; `retry_after` is seconds from now."""
    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    with pytest.raises(tokenkeep.RateLimitError) as caught:
        get_order_v2.sync(
            "u", client=client(gogox_client, answering(429, b"slow down", {"Retry-After": when}), max_retries=0)
        )
    assert caught.value.retry_after is not None and 15 < caught.value.retry_after <= 20


# -- what success bodies may hold ------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_unknown_enum_value_is_kept(mode: str) -> None:
    """A getState item whose status is new to the spec parses, and keeps the value."""
    body = [{"tzid": 1, "response": "TZ_SOMETHING_NEW", "service": "vk", "number": "+1", "time": 5}]
    api = client(onlinesim_client, answering(200, body))

    def run(mode: str) -> Any:
        return get_state.sync(client=api) if mode == "sync" else get_state.asyncio(client=api)

    items = run(mode) if mode == "sync" else asyncio.run(run(mode))
    assert isinstance(items[0], StateItem) and items[0].to_dict()["response"] == "TZ_SOMETHING_NEW"
    assert items[0].response is not OperationStatusType0.TZ_NUM_ANSWER


def test_a_success_looking_body_without_tzid_is_not_a_success() -> None:
    """`{"response": 1}` from getNum lacks `tzid`: APIResponseValidationError, never an ApiError returned."""
    with pytest.raises(tokenkeep.APIResponseValidationError) as caught:
        get_num.sync(client=client(onlinesim_client, answering(200, {"response": 1})), service="vk")
    assert "tzid" in str(caught.value)


def test_a_string_where_an_integer_belongs_names_its_path() -> None:
    """Aeropay `amount` as "25.00" is refused at `$.transaction.amount.amount`, not stored in an int."""
    body = {"transaction": {"id": "t1", "amount": {"amount": "25.00", "currency": "USD"}, "status": "pending"}}
    with pytest.raises(tokenkeep.APIResponseValidationError) as caught:
        get_transaction.sync("t1", client=client(aeropay_client, answering(200, body)))
    assert caught.value.json_path == "$.transaction.amount.amount"


def test_unknown_fields_are_kept() -> None:
    """A field the spec does not know is no error, and stays in additional_properties."""
    body = {"data": {"balances": {"available_balance": {"amount": 5, "currency": "USD"}}}, "new_field": 1}
    result = airalo_balance.sync(client=client(airalo_client, answering(200, body)))
    assert result.to_dict()["new_field"] == 1


# -- the generated Client ---------------------------------------------------------------------------


def test_a_bare_client_has_a_finite_timeout_and_hides_its_token() -> None:
    """No request waits forever; `AuthenticatedClient`'s repr shows no token, even after use."""
    bare = airalo_client.Client(base_url="https://x")
    assert bare.get_httpx_client().timeout.read == 30.0
    authed = airalo_client.AuthenticatedClient(base_url="https://x", token="tok-secret-987")
    authed.get_httpx_client()
    assert "tok-secret-987" not in repr(authed)
    assert authed.max_retries == 2


def test_max_retries_zero_sends_once() -> None:
    """`max_retries=0` disables the retry transport."""
    seen: list[int] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(1)
        return httpx.Response(503, content=b"busy")

    with pytest.raises(tokenkeep.InternalServerError):
        get_order_v2.sync("u", client=client(gogox_client, handle, max_retries=0))
    with pytest.raises(tokenkeep.InternalServerError):
        get_order_v2.sync("u", client=client(gogox_client, handle, max_retries=1))
    assert len(seen) == 3


# -- retry decisions ------------------------------------------------------------------------------

READ = Operation("p", "getThing", "get", "/thing")
ORDER = Operation("p", "order", "post", "/order", idempotent=False)
PAYMENT = Operation("p", "pay", "post", "/pay", idempotent=False, idempotency_header="Idempotency-Key")


def answer(status: int, headers: dict[str, str] | None = None) -> Exception:
    from tokenkeep._retry import _RetryableAnswer

    return _RetryableAnswer(httpx.Response(status, headers=headers))


@pytest.mark.parametrize(
    ("operation", "error", "expected"),
    [
        (READ, httpx.ConnectError("refused"), True),
        (ORDER, httpx.ConnectError("refused"), True),
        (ORDER, httpx.ConnectTimeout("slow"), True),
        (READ, httpx.ReadTimeout("slow"), True),
        (ORDER, httpx.ReadTimeout("slow"), False),
        (ORDER, httpx.RemoteProtocolError("dropped"), False),
        (READ, answer(503), True),
        (ORDER, answer(503), False),
        (ORDER, answer(500), False),
        (READ, answer(500), True),
        (ORDER, answer(429, {"Retry-After": "2"}), 2.0),
        (READ, answer(429, {"Retry-After": "3600"}), False),
        (READ, answer(404), False),
        (READ, ValueError("a bug"), False),
    ],
)
def test_retry_decisions(operation: Operation, error: Exception, expected: bool | float) -> None:
    """Connect errors and 429 for everyone; timeouts, drops and 5xx only where repeating is safe."""
    request = httpx.Request(operation.method, "https://x" + operation.path)
    assert retry_wait(operation, request, error) == expected


def test_a_payment_with_its_key_is_safe_to_repeat_and_without_it_is_not() -> None:
    """The Idempotency-Key makes a money-moving POST safe: the same key goes with every attempt."""
    keyed = httpx.Request("POST", "https://x/pay", headers={"Idempotency-Key": "k"})
    bare = httpx.Request("POST", "https://x/pay")
    assert retry_wait(PAYMENT, keyed, httpx.ReadTimeout("slow")) is True
    assert retry_wait(PAYMENT, bare, httpx.ReadTimeout("slow")) is False


def test_retry_after_reads_seconds_and_dates() -> None:
    assert retry_after({"retry-after": "7"}) == 7.0
    assert retry_after({"retry-after": "soon"}) is None
    assert retry_after({}) is None
    past = email.utils.formatdate(time.time() - 60, usegmt=True)
    assert retry_after({"retry-after": past}) == 0.0


def test_one_debug_line_per_retry_with_its_reason(caplog: pytest.LogCaptureFixture) -> None:
    """Two 503s then 200: two lines, each naming the operation and the status."""
    answers = iter([503, 503, 200])

    def handle(request: httpx.Request) -> httpx.Response:
        status = next(answers)
        body = {"id": 1} if status == 200 else {"message": "busy"}
        return httpx.Response(status, json=body, headers={"Retry-After": "0"})

    caplog.set_level(logging.DEBUG, logger="tokenkeep")
    get_order_v2.sync("u", client=client(gogox_client, handle))
    lines = [r.getMessage() for r in caplog.records if r.name == "tokenkeep" and "retry" in r.getMessage()]
    assert len(lines) == 2 and all("getOrderV2" in line and "HTTP 503" in line for line in lines), lines
    assert json.dumps(lines)  # plain strings, nothing lazy left
