"""Airalo's error envelopes (reference §9) parse to the spec's error models.

The six shapes, one schema each in specs/airalo.yaml:

1. validation (422)            `{data: {field: message}, meta}`      -> ValidationError (data: ValidationErrorFields)
2. business rule (422, 403/89) `{code, reason}`                      -> BusinessError
3. not found / unauthorized    `{data: [], meta: {message}}`         -> ErrorWithEmptyData (refund 422: ValidationError)
4. rate limit (429)            `{message}` + Retry-After, X-RateLimit-* -> RateLimitError
5. simulator (400/500)         `{error}`; product information 403 `{message}` -> SimpleError / MessageError
6. async order not opted in    `{reason}`                            -> ReasonOnlyError

First from literal bodies through each operation's generated parser, then as the sandbox produces
them over real HTTP through `tokenkeep.airalo.client` and the generated operations.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import airalo_client
import airalo_client.api
import httpx
import pytest
import tokenkeep
from airalo_client import models
from airalo_client.api.balance import get_balance
from airalo_client.api.notifications import simulate_webhook
from airalo_client.api.orders import cancel_future_orders, get_order, submit_order, submit_order_async
from airalo_client.api.packages import get_product_information
from airalo_client.api.refunds import request_refund
from airalo_client.api.sims import get_usage
from airalo_client.api.token import request_access_token
from airalo_client.api.topups import list_sim_topups, submit_topup_order
from airalo_client.api.vouchers import create_esim_voucher
from airalo_client.types import Response

from tests.sandbox._common import ServedSandbox
from tests.sandbox.airalo import FORCED_CODES, AiraloSandbox

UNAUTHORIZED = "This action is unauthorized."
INVALID = {"message": "the parameter is invalid"}


def module(operation: str) -> Any:
    for info in pkgutil.walk_packages(airalo_client.api.__path__, "airalo_client.api."):
        if not info.ispkg and info.name.endswith("." + operation):
            return importlib.import_module(info.name)
    raise LookupError(operation)


def build(operation: str, status: int, body: Any, headers: dict[str, str] | None = None) -> Response[Any]:
    """What the generated operation returns for this HTTP answer (no network)."""
    fake = httpx.Response(status, json=body, headers=headers)
    return module(operation)._build_response(client=airalo_client.Client(base_url="http://x"), response=fake)  # type: ignore[no-any-return]


def round_trips(parsed: Any, body: Any) -> bool:
    return parsed.to_dict() == body  # type: ignore[no-any-return]


# --- literal bodies ------------------------------------------------------------------------------

LITERAL = [
    # 1. validation
    ("submit_order", 422, {"data": {"package_id": "The selected package is invalid.",
                                    "quantity": "The quantity may not be greater than 50."}, "meta": INVALID},
     models.ValidationError),
    ("get_packages", 422, {"data": {"limit": "The limit must be an integer."}, "meta": INVALID},
     models.ValidationError),
    ("cancel_future_orders", 422, {"data": {"request_ids.0": "Each request ID must be exactly 25 characters long."},
                                   "meta": INVALID}, models.ValidationError),
    ("create_future_order", 422, {"data": {"sharing_option(1)": "Sharing option on position 1 is invalid."},
                                  "meta": INVALID}, models.ValidationError),
    ("request_access_token", 422, {"data": {"client_id": "The selected client id is invalid."}, "meta": INVALID},
     models.ValidationError),
    # 2. business rule
    *[("submit_order", 422, {"code": code, "reason": reason}, models.BusinessError) for code, reason in [
        (11, "Insufficient Airalo credit (balance 1.00 USD)"), (13, "Operator under maintenance"),
        (14, "Invalid checksum"), (23, "Top-up disabled"), (33, "Not enough eSIM stock"),
        (34, "Package invalid or out of stock"), (43, "Bad request"), (53, "Unexpected error"),
    ]],
    ("submit_topup_order", 422, {"code": 73, "reason": "The eSIM has been recycled."}, models.BusinessError),
    ("list_sim_topups", 422, {"code": 73, "reason": "The eSIM has been recycled."}, models.BusinessError),
    ("create_future_order", 422, {"code": 34, "reason": "Out of stock"}, models.BusinessError),
    ("submit_order_async", 422, {"code": 33, "reason": "Not enough eSIM stock"}, models.BusinessError),
    ("get_balance", 403, {"code": 89, "reason": "Your IP address is not allowed."}, models.BusinessError),
    # 3. empty data
    ("get_usage", 404, {"data": [], "meta": {"message": "messages.resource_not_found"}}, models.ErrorWithEmptyData),
    ("get_sim_package_history", 404, {"data": [], "meta": {"message": "messages.resource_not_found"}},
     models.ErrorWithEmptyData),
    ("get_order", 404, {"data": [], "meta": {"message": "messages.resource_not_found"}}, models.ErrorWithEmptyData),
    ("get_order", 401, {"data": [], "meta": {"message": UNAUTHORIZED}}, models.ErrorWithEmptyData),
    ("get_balance", 401, {"data": [], "meta": {"message": "Unauthenticated."}}, models.ErrorWithEmptyData),
    ("request_access_token", 401, {"data": [], "meta": {"message": "Client authentication failed"}},
     models.ErrorWithEmptyData),
    ("request_refund", 422, {"data": [], "meta": {"message": "The iccids field is required."}},
     models.ValidationError),
    ("request_refund", 422, {"data": {"reason": "The selected reason is invalid."}, "meta": INVALID},
     models.ValidationError),
    # 4. rate limit: see test_429_keeps_its_rate_limit_headers
    ("get_packages", 429, {"message": "Too Many Attempts."}, models.RateLimitError),
    ("request_access_token", 429, {"message": "Too Many Attempts."}, models.RateLimitError),
    # 5. simulator and message-only
    ("simulate_webhook", 400, {"error": "User is not opted in"}, models.SimpleError),
    ("simulate_webhook", 400, {"error": "Could not push data to https://example.com"}, models.SimpleError),
    ("simulate_webhook", 500, {"error": "Server error"}, models.SimpleError),
    ("get_product_information", 403, {"message": "Unauthenticated."}, models.MessageError),
    ("get_balance", 401, {"message": "Unauthenticated."}, models.MessageError),
    # 6. reason only
    ("submit_order_async", 422, {"reason": "User is not opted in and no webhook URL provided."},
     models.ReasonOnlyError),
    ("create_future_order", 422, {"reason": "User is not opted in and no webhook URL provided."},
     models.ReasonOnlyError),
    # the docs file this validation error as a 200 of the eSIM voucher endpoint
    ("create_esim_voucher", 200, {"data": {"vouchers.0.package_id": "The selected vouchers.0.package_id is invalid"},
                                  "meta": INVALID}, models.ValidationError),
]  # fmt: skip


@pytest.mark.parametrize(
    ("operation", "status", "body", "model"),
    LITERAL,
    ids=[f"{op}-{status}-{model.__name__}-{i}" for i, (op, status, _, model) in enumerate(LITERAL)],
)
def test_literal_error_body_parses_to_its_model(operation: str, status: int, body: Any, model: type) -> None:
    """Each documented error body becomes the spec's model for its shape, with nothing lost."""
    parsed = build(operation, status, body).parsed
    assert type(parsed) is model
    assert round_trips(parsed, body)
    if model is models.BusinessError:
        assert (parsed.code, parsed.reason) == (body["code"], body["reason"])
    if model is models.ValidationError and body["data"]:
        assert isinstance(parsed.data, models.ValidationErrorFields)
        assert parsed.data.to_dict() == body["data"]
    if model is models.ErrorWithEmptyData:
        assert parsed.data == [] and parsed.meta.message == body["meta"]["message"]


def test_429_keeps_its_rate_limit_headers() -> None:
    """A 429 parses to RateLimitError and the response keeps Retry-After and the X-RateLimit-* headers."""
    headers = {"Retry-After": "42", "X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "0",
               "X-RateLimit-Reset": "1767225600"}  # fmt: skip
    for operation in ("get_usage", "get_sim_package_history", "get_packages"):
        response = build(operation, 429, {"message": "Too Many Attempts."}, headers)
        assert isinstance(response.parsed, models.RateLimitError)
        assert response.parsed.message == "Too Many Attempts."
        assert {k: response.headers[k] for k in headers} == headers


def test_unknown_business_code_and_extra_fields_are_kept() -> None:
    """A code the docs do not list, and fields Airalo may add, still parse and survive a round trip."""
    body = {"code": 99, "reason": "Something new", "details": {"retry_in": 5}}
    parsed = build("submit_order", 422, body).parsed
    assert isinstance(parsed, models.BusinessError)
    assert parsed.code == 99 and parsed["details"] == {"retry_in": 5}
    assert round_trips(parsed, body)


# --- as the sandbox produces them, over real HTTP -------------------------------------------------

Served = ServedSandbox[AiraloSandbox]


def order(api: airalo_client.Client, package_id: str, quantity: int = 1) -> Response[Any]:
    return submit_order.sync_detailed(client=api, body=models.OrderRequest(package_id=package_id, quantity=quantity))


def test_insufficient_balance_is_business_code_11(served: Served, api: airalo_client.Client) -> None:
    """With 1 USD left, an order answers 422 {code: 11, reason} and charges nothing."""
    served.state.balance = "1.00"
    response = order(api, "kallur-digital-7days-1gb", 2)
    assert response.status_code == 422
    assert isinstance(response.parsed, models.BusinessError)
    assert response.parsed.code == 11
    assert "Insufficient Airalo credit" in response.parsed.reason
    assert served.state.balance == 1
    assert served.state.orders == {}


@pytest.mark.parametrize(("package_id", "code"), sorted(FORCED_CODES.items()))
def test_test_packages_force_their_business_code(
    served: Served, api: airalo_client.Client, package_id: str, code: int
) -> None:
    """The §10 test package ids make POST /v2/orders fail with their documented code."""
    response = order(api, package_id)
    assert response.status_code == 422
    assert isinstance(response.parsed, models.BusinessError)
    assert response.parsed.code == code
    assert response.parsed.reason


def test_quantity_over_50_is_a_validation_error(served: Served, api: airalo_client.Client) -> None:
    """quantity 51 (the spec forbids it; the sandbox passes it through on purpose) answers 422 {data: {quantity}}."""
    served.expect_violations(passthrough=True)
    response = order(api, "kallur-digital-7days-1gb", 51)
    assert response.status_code == 422
    assert isinstance(response.parsed, models.ValidationError)
    assert isinstance(response.parsed.data, models.ValidationErrorFields)
    assert response.parsed.data["quantity"] == "The quantity may not be greater than 50."
    assert response.parsed.meta.message == "the parameter is invalid"
    assert served.state.violations  # the spec does forbid it


def test_quantity_above_stock_and_unknown_package_are_validation_errors(
    served: Served, api: airalo_client.Client
) -> None:
    """Quantity above the stock left and an unknown package id answer 422 with the field named."""
    served.state.stock["kallur-digital-7days-1gb"] = 2
    response = order(api, "kallur-digital-7days-1gb", 3)
    assert isinstance(response.parsed, models.ValidationError)
    assert response.parsed.data["quantity"] == "SIM quantity is not available. Available quantity: 2."
    response = order(api, "no-such-package-7days-1gb")
    assert isinstance(response.parsed, models.ValidationError)
    assert response.parsed.data["package_id"] == "The selected package is invalid."


def test_unknown_order_and_iccid_are_404_with_empty_data(served: Served, api: airalo_client.Client) -> None:
    """An unknown order id, ICCID or package slug answers 404 {data: [], meta: {message}}."""
    answers = [
        get_order.sync_detailed(client=api, order_id=424242),
        get_usage.sync_detailed(client=api, sim_iccid="8944465400000000000"),
        get_product_information.sync_detailed(client=api, package_slug="no-such-package"),
    ]
    for response in answers:
        assert response.status_code == 404
        assert isinstance(response.parsed, models.ErrorWithEmptyData)
        assert response.parsed.data == []
        assert response.parsed.meta.message == "messages.resource_not_found"


def test_missing_token_is_401_unauthenticated(served: Served) -> None:
    """Without a token (a bare generated client) the sandbox answers 401 {data: [], meta: {message}}."""
    with airalo_client.Client(base_url=served.base_url) as bare:
        response = get_balance.sync_detailed(client=bare)
    assert response.status_code == 401
    assert isinstance(response.parsed, models.ErrorWithEmptyData)
    assert response.parsed.meta.message == "Unauthenticated."
    assert served.state.unauthorized == 1


def test_usage_rate_limit_is_429_with_headers(served: Served, api: airalo_client.Client) -> None:
    """Past its per-ICCID limit, usage answers 429 {message} with Retry-After and X-RateLimit-* headers."""
    iccid = served.state.place_order("kallur-digital-7days-1gb").sims[0].iccid
    served.state.add_rate_limit("/v2/sims/*/usage", 1)
    assert get_usage.sync_detailed(client=api, sim_iccid=iccid).status_code == 200
    response = get_usage.sync_detailed(client=api, sim_iccid=iccid)
    assert response.status_code == 429
    assert isinstance(response.parsed, models.RateLimitError)
    assert response.parsed.message == "Too Many Attempts."
    assert int(response.headers["Retry-After"]) >= 1
    assert response.headers["X-RateLimit-Limit"] == "1"
    assert response.headers["X-RateLimit-Remaining"] == "0"
    assert int(response.headers["X-RateLimit-Reset"]) > 0


def test_async_order_without_webhook_is_reason_only(served: Served, api: airalo_client.Client) -> None:
    """An async order with no webhook_url and no async_orders opt-in answers 422 {reason} only."""
    body = models.AsyncOrderRequest(package_id="kallur-digital-7days-1gb", quantity=1)
    response = submit_order_async.sync_detailed(client=api, body=body)
    assert response.status_code == 422
    assert isinstance(response.parsed, models.ReasonOnlyError)
    assert response.parsed.reason == "User is not opted in and no webhook URL provided."


def test_simulator_not_opted_in_is_400_error(served: Served, api: airalo_client.Client) -> None:
    """The webhook simulator without an opt-in or webhook_url answers 400 {error}."""
    body = models.SimulateLowDataWebhook(type_=models.SimulateLowDataWebhookType.DATA_75)
    response = simulate_webhook.sync_detailed(client=api, body=body)
    assert response.status_code == 400
    assert isinstance(response.parsed, models.SimpleError)
    assert response.parsed.error == "User is not opted in"


def test_recycled_sim_is_business_code_73(served: Served, api: airalo_client.Client) -> None:
    """A recycled eSIM's top-up list and top-up order answer 422 {code: 73}."""
    iccid = served.state.place_order("kallur-digital-7days-1gb").sims[0].iccid
    served.state.recycle(iccid)
    listed = list_sim_topups.sync_detailed(client=api, sim_iccid=iccid)
    body = models.TopupOrderRequest(package_id="kallur-digital-7days-1gb-topup", iccid=iccid)
    bought = submit_topup_order.sync_detailed(client=api, body=body)
    for response in (listed, bought):
        assert response.status_code == 422
        assert isinstance(response.parsed, models.BusinessError)
        assert response.parsed.code == 73


def test_refund_errors_are_validation_errors_with_empty_or_field_data(
    served: Served, api: airalo_client.Client
) -> None:
    """Refunding ICCIDs that are not yours answers 422 {data: [], meta: {message}} (ValidationError, data [])."""
    body = models.RefundRequest(iccids=["8944465400000000000"], reason=models.RefundReason.NO_COVERAGE)
    response = request_refund.sync_detailed(client=api, body=body)
    assert response.status_code == 422
    assert isinstance(response.parsed, models.ValidationError)
    assert response.parsed.data == []
    assert "do not belong to your company" in response.parsed.meta.message
    body = models.RefundRequest(iccids=["8944465400000000000"], reason=models.RefundReason.OTHERS)
    response = request_refund.sync_detailed(client=api, body=body)
    assert isinstance(response.parsed, models.ValidationError)
    assert response.parsed.data["notes"] == "The notes field is required when reason is OTHERS."


def test_cancel_unknown_future_order_names_the_position(served: Served, api: airalo_client.Client) -> None:
    """Cancelling a request id that does not exist answers 422 {data: {"request_ids.0": ...}}."""
    body = models.CancelFutureOrdersRequest(request_ids=["A" * 25])
    response = cancel_future_orders.sync_detailed(client=api, body=body)
    assert isinstance(response.parsed, models.ValidationError)
    assert response.parsed.data["request_ids.0"] == f"Request ID: {'A' * 25} does not exist."


def test_voucher_for_unknown_package_is_a_validation_error(served: Served, api: airalo_client.Client) -> None:
    """An eSIM voucher for an unknown package answers 422 with the positional field name."""
    body = models.EsimVoucherRequest(vouchers=[models.EsimVoucherItem(package_id="nope", quantity=1)])
    response = create_esim_voucher.sync_detailed(client=api, body=body)
    assert response.status_code == 422
    assert isinstance(response.parsed, models.ValidationError)
    assert response.parsed.data["vouchers.0.package_id"] == "The selected vouchers.0.package_id is invalid"


@pytest.mark.parametrize(
    ("status", "body", "model"),
    [
        (403, {"code": 89, "reason": "Your IP address is not on the allowlist."}, models.BusinessError),
        (403, None, models.BusinessError),  # the sandbox's own 403 body
        (500, {"error": "Internal error"}, models.SimpleError),
    ],
)
def test_injected_errors_parse_over_http(
    served: Served, api: airalo_client.Client, status: int, body: Any, model: type
) -> None:
    """Errors the sandbox is told to give (IP allowlist 403 code 89, a 500 of the simulator) parse too."""
    path = "/v2/simulator/webhook" if status == 500 else "/v2/balance"
    get_balance.sync_detailed(client=api)  # a token first, so the fault hits the call below
    served.state.fail_next(status, body, path=path)
    if status == 500:
        low_data = models.SimulateLowDataWebhook(type_=models.SimulateLowDataWebhookType.DATA_90)
        response: Response[Any] = simulate_webhook.sync_detailed(client=api, body=low_data)
    else:
        response = get_balance.sync_detailed(client=api)
    assert response.status_code == status
    assert isinstance(response.parsed, model)
    if model is models.BusinessError:
        assert response.parsed.code == 89


def test_a_401_is_replayed_once_and_a_second_raises_auth_error(served: Served, api: airalo_client.Client) -> None:
    """One 401 envelope costs a refresh and a replay; two in a row raise tokenkeep.AuthError (no token in it)."""
    assert get_balance.sync_detailed(client=api).status_code == 200
    served.state.fail_next(401, path="/v2/balance")
    assert isinstance(get_balance.sync_detailed(client=api).parsed, models.BalanceResponse)
    served.state.fail_next(401, path="/v2/balance", times=2)
    with pytest.raises(tokenkeep.AuthError) as info:
        get_balance.sync_detailed(client=api)
    assert "/v2/balance" in str(info.value) and "HTTP 401" in str(info.value)
    assert all(token not in str(info.value) for token in served.state.tokens.live_tokens)
    assert served.state.token_requests == 3


def test_token_endpoint_429_and_credential_errors_over_http(served: Served) -> None:
    """The token operation parses the sandbox's 422, 401 and 429 (5 attempts a minute, failed ones count)."""

    grant = models.TokenRequestGrantType.CLIENT_CREDENTIALS
    with airalo_client.Client(base_url=served.base_url, headers={"Accept": "application/json"}) as bare:

        def token(client_id: str, secret: str) -> Response[Any]:
            body = models.TokenRequest(client_id=client_id, client_secret=secret, grant_type=grant)
            return request_access_token.sync_detailed(client=bare, body=body)

        unknown = token("someone-else", "x")
        assert isinstance(unknown.parsed, models.ValidationError)
        assert unknown.parsed.data["client_id"] == "The selected client id is invalid."
        wrong = token("sandbox-client-id", "not-the-secret")
        assert isinstance(wrong.parsed, models.ErrorWithEmptyData)
        assert wrong.parsed.meta.message == "Client authentication failed"
        answers = [token("sandbox-client-id", "sandbox-client-secret") for _ in range(3)]
        assert all(isinstance(a.parsed, models.TokenResponse) for a in answers)
        limited = token("sandbox-client-id", "sandbox-client-secret")
    assert limited.status_code == 429
    assert isinstance(limited.parsed, models.RateLimitError)
    assert limited.parsed.message == "Too Many Attempts."
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    assert limited.headers["X-RateLimit-Limit"] == "5" and limited.headers["X-RateLimit-Remaining"] == "0"
    assert served.state.token_attempts == 6 and served.state.token_requests == 3
