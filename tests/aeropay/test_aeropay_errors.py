"""Every Aeropay error reaches the caller as a typed AeropayError, over real HTTP against the sandbox.

Codes come from the reference's catalogue (§11). Most business errors are HTTP 200 with an error body;
the token refusal AP002 is HTTP 400 in the seed and 401 in the v2 spec: both are tested.
"""

from __future__ import annotations

import uuid

import pytest
import tokenkeep
import tokenkeep.aeropay as ap
from aeropay_client.api.bank_accounts import get_aggregator_credentials, link_account_from_aggregator
from aeropay_client.api.merchant import get_tip_configuration
from aeropay_client.api.reports import get_transaction_totals
from aeropay_client.api.transactions import create_transaction
from aeropay_client.api.users import create_user, get_user
from aeropay_client.models import (
    CreateTransactionRequest,
    CreateTransactionRequestExceptionScenario,
    CreateUserRequest,
    GetAggregatorCredentialsAggregator,
    LinkAccountRequest,
    LinkAccountRequestAggregator,
    Money,
    TipConfigurationResponse,
    UserResponse,
)
from aeropay_support import MERCHANT_ID, Shop

from tests.sandbox._common import ServedSandbox
from tests.sandbox.aeropay import AeropaySandbox

Served = ServedSandbox[AeropaySandbox]
TIP = "/v2/merchant/tipConfiguration"


def family(numbers: range | list[int], cls: type[ap.AeropayError]) -> list[tuple[str, type[ap.AeropayError]]]:
    return [(f"AP{n:03d}", cls) for n in numbers]


# §11, code by code (AP007/AP008 are token refusals: they are refreshed, see below).
CATALOGUE = [
    *family([1, 2, 3, 4, 5, 6, 9, 10, 11, 101], ap.AeropayAuthError),
    *family([n for n in range(102, 120) if n not in (117,)], ap.AeropayUserError),
    *family(range(201, 211), ap.AeropayMerchantError),
    *family(range(300, 318), ap.AeropayTransactionError),
    *family([*range(400, 416), *range(500, 507)], ap.AeropayBankError),
    *family([605, 700, 701], ap.AeropayValidationError),
    *family([800, 900], ap.AeropayExternalError),
    *family([1000, 1001, 1002], ap.AeropayInternalError),
    *family(range(1100, 1108), ap.AeropayWebhookError),
    *family(range(1200, 1204), ap.AeropayBillingError),
    *family([1300, *range(1302, 1307)], ap.AeropayRefundError),
    *family([1400, 1401, 1402], ap.AeropayIdempotencyError),
    ("ApError", ap.AeropayError),
    ("VALIDATION_ERROR", ap.AeropayValidationError),
]


def error(code: str, message: str = "sandbox says no") -> dict[str, object]:
    return {"error": {"code": code, "message": message, "help": "Contact support@aeropay.com for help."}}


def test_every_ap_code_sent_with_http_200_is_a_typed_exception(aeropay: Served, shop: Shop) -> None:
    """Each catalogue code in an HTTP-200 body raises its family's class, carrying code, message and help."""
    api = shop.client()
    for code, cls in CATALOGUE:  # one sandbox for the whole catalogue: ~100 calls, well under a second
        aeropay.state.fail_next(200, error(code), path=TIP)
        with pytest.raises(cls) as caught:
            get_tip_configuration.sync(client=api)
        exc = caught.value
        assert type(exc) is cls, code
        assert (exc.code, exc.provider_message, exc.status_code) == (code, "sandbox says no", 200)
        assert exc.help == "Contact support@aeropay.com for help."
        assert code in str(exc) and aeropay.state.api_secret not in str(exc)
        assert ap.error_class(code) is cls
    assert aeropay.state.token_requests == 1
    assert aeropay.state.requests_to(TIP) == len(CATALOGUE)


@pytest.mark.parametrize(("status", "code", "cls"), [
    (400, "AP700", ap.AeropayValidationError),
    (400, "AP701", ap.AeropayValidationError),
    (400, "AP1400", ap.AeropayIdempotencyError),
    (400, "AP401", ap.AeropayBankError),
    (401, "AP006", ap.AeropayAuthError),
    (401, "AP009", ap.AeropayAuthError),
    (401, "AP011", ap.AeropayAuthError),
    (500, "AP1002", ap.AeropayInternalError),
])  # fmt: skip
def test_error_statuses_are_typed_without_a_token_refresh(
    aeropay: Served, shop: Shop, status: int, code: str, cls: type[ap.AeropayError]
) -> None:
    """400s, the 401s a new token cannot fix (scope, permission) and 500s (after a read's retries) raise, no refresh."""
    aeropay.state.fail_next(status, error(code), path=TIP, times=3 if status >= 500 else 1)
    with pytest.raises(cls) as caught:
        get_tip_configuration.sync(client=shop.client())
    assert (caught.value.code, caught.value.status_code) == (code, status)
    assert isinstance(caught.value, tokenkeep.InternalServerError if status >= 500 else tokenkeep.APIStatusError)
    assert aeropay.state.token_requests == 1


@pytest.mark.parametrize(("status", "code"), [(200, "AP007"), (200, "AP008"), (401, "AP007"), (400, "AP002")])
def test_token_refusals_refresh_once_and_replay(aeropay: Served, shop: Shop, status: int, code: str) -> None:
    """AP007/AP008 (even in an HTTP-200 body) and AP002 as HTTP 400 (the seed) get a new token and a replay."""
    aeropay.state.fail_next(status, error(code), path=TIP)
    assert isinstance(get_tip_configuration.sync(client=shop.client()), TipConfigurationResponse)
    assert aeropay.state.token_requests == 2


def test_a_fresh_token_refused_again_is_a_typed_auth_error(aeropay: Served, shop: Shop) -> None:
    """Refused twice: AeropayTokenRejected, both a tokenkeep AuthError and an AeropayAuthError with the code."""
    aeropay.state.fail_next(401, error("AP008", "Invalid token."), path=TIP, times=2)
    with pytest.raises(ap.AeropayTokenRejected) as caught:
        get_tip_configuration.sync(client=shop.client())
    assert isinstance(caught.value, tokenkeep.AuthError) and isinstance(caught.value, ap.AeropayAuthError)
    assert (caught.value.code, caught.value.status_code) == ("AP008", 401)
    assert aeropay.state.token_requests == 2


@pytest.mark.parametrize("status", [400, 401])
def test_ap002_at_the_token_endpoint_is_typed_whether_400_or_401(aeropay: Served, status: int) -> None:
    """A wrong secret is AP002 with HTTP 400 (seed) or 401 (v2 spec): the same typed error either way."""
    aeropay.state.ap002_status = status
    shop = Shop(aeropay, api_secret="wrong-secret")
    try:
        with pytest.raises(ap.AeropayTokenRejected) as caught:
            get_tip_configuration.sync(client=shop.client())
    finally:
        shop.close()
    exc = caught.value
    assert isinstance(exc, tokenkeep.AuthError) and isinstance(exc, ap.AeropayAuthError)
    assert (exc.code, exc.status_code) == ("AP002", status)
    assert "wrong-secret" not in str(exc) and "wrong-secret" not in repr(exc)
    assert aeropay.state.requests_to(TIP) == 0


def test_a_user_not_confirmed_for_the_merchant_cannot_get_a_user_token(aeropay: Served, shop: Shop) -> None:
    """userForMerchant for a stranger: AP002 ("userId not associated with merchant") at the token endpoint."""
    with pytest.raises(ap.AeropayTokenRejected) as caught:
        get_user.sync(client=shop.user_client(str(uuid.uuid4())))
    assert caught.value.code == "AP002" and caught.value.provider_message == "userId not associated with merchant"


def test_the_legacy_flat_envelope_is_typed(aeropay: Served, shop: Shop) -> None:
    """linkAccountFromAggregator's `{"success": false, "code": "AP300", "error": "..."}` (HTTP 200) is typed."""
    user = aeropay.state.onboard_user()
    with pytest.raises(ap.AeropayTransactionError) as caught:
        link_account_from_aggregator.sync(
            client=shop.user_client(user.id),
            body=LinkAccountRequest(connection_id="fail-1", aggregator=LinkAccountRequestAggregator.AEROSYNC),
        )
    assert (caught.value.code, caught.value.status_code) == ("AP300", 200)
    assert "connecting to your bank" in (caught.value.provider_message or "")


def test_a_plain_string_error_and_the_flat_400_are_typed(aeropay: Served, shop: Shop) -> None:
    """`{"error": "Error generating totals"}` and aggregatorCredentials' `{"code", "message"}` both raise."""
    aeropay.state.fail_next(200, {"error": "Error generating totals"}, path="/v2/reports/transactions/totals")
    with pytest.raises(ap.AeropayError) as totals:
        get_transaction_totals.sync(client=shop.client())
    assert (totals.value.code, totals.value.provider_message) == (None, "Error generating totals")
    user = aeropay.state.onboard_user()
    flat = {"code": "MISSING_PARAMETER", "message": "The aggregator parameter is required."}
    aeropay.state.fail_next(400, flat, path="/v2/aggregatorCredentials")
    with pytest.raises(ap.AeropayValidationError) as widget:
        get_aggregator_credentials.sync(
            client=shop.user_client(user.id), aggregator=GetAggregatorCredentialsAggregator.AEROSYNC
        )
    assert (widget.value.code, widget.value.status_code) == ("MISSING_PARAMETER", 400)


@pytest.mark.parametrize(
    ("scenario", "code", "cls"),
    [
        (CreateTransactionRequestExceptionScenario.BALANCEINSUFFICIENT, "AP302", ap.AeropayTransactionError),
        (CreateTransactionRequestExceptionScenario.DELINQUENT, "AP109", ap.AeropayUserError),
        (CreateTransactionRequestExceptionScenario.RISKENGINE, "AP307", ap.AeropayTransactionError),
    ],
)
def test_sandbox_payment_triggers_raise_typed_http_200_errors(
    aeropay: Served, shop: Shop, scenario: CreateTransactionRequestExceptionScenario, code: str, cls: type
) -> None:
    """The §10 exceptionScenario triggers answer HTTP 200 errors; nothing is charged."""
    user = aeropay.state.onboard_user()
    before = aeropay.state.bank_balance_of(user.id)
    body = CreateTransactionRequest(merchant_id=MERCHANT_ID, amount=Money(amount=100, currency="USD"))
    body.exception_scenario = scenario
    with pytest.raises(cls) as caught:
        create_transaction.sync(client=shop.user_client(user.id), body=body)
    assert (caught.value.code, caught.value.status_code) == (code, 200)
    assert aeropay.state.bank_balance_of(user.id) == before


def test_real_insufficient_funds_is_ap302(aeropay: Served, shop: Shop) -> None:
    """Paying more than the bank account holds raises AP302 (HTTP 200)."""
    aeropay.state.bank_balance = 1000
    user = aeropay.state.onboard_user()
    with pytest.raises(ap.AeropayTransactionError) as caught:
        create_transaction.sync(
            client=shop.user_client(user.id),
            body=CreateTransactionRequest(merchant_id=MERCHANT_ID, amount=Money(amount=1001, currency="USD")),
        )
    assert caught.value.code == "AP302"


@pytest.mark.parametrize(
    ("email", "phone", "code", "cls"),
    [
        ("unable-to-create-user@aeropay.com", "+13125550100", "AP102", ap.AeropayUserError),
        ("user-already-exists@aeropay.com", "+13125550100", "AP107", ap.AeropayUserError),
        # §10's test phones, every one (the last two AP115 ones are not E.164, as transcribed)
        ("someone@example.com", "+14045550124", "AP115", ap.AeropayUserError),
        ("someone@example.com", "+13125550198", "AP115", ap.AeropayUserError),
        ("someone@example.com", "+19175550163", "AP115", ap.AeropayUserError),
        ("someone@example.com", "5550173", "AP115", ap.AeropayUserError),
        ("someone@example.com", "3105550187", "AP115", ap.AeropayUserError),
        ("someone@example.com", "+657185550134", "AP119", ap.AeropayUserError),
    ],
)
def test_sandbox_user_triggers_raise_typed_errors(
    aeropay: Served, shop: Shop, email: str, phone: str, code: str, cls: type
) -> None:
    """The §10 test emails and phones of POST /v2/user raise their codes."""
    with pytest.raises(cls) as caught:
        create_user.sync(
            client=shop.client(),
            body=CreateUserRequest(first_name="Test", last_name="User", phone_number=phone, email=email),
        )
    assert caught.value.code == code


def test_no_authenticated_user_trigger_is_refused_twice_and_typed(aeropay: Served, shop: Shop) -> None:
    """AP101 (HTTP 401) looks like a token refusal: one refresh, then AeropayTokenRejected with AP101."""
    with pytest.raises(ap.AeropayTokenRejected) as caught:
        create_user.sync(
            client=shop.client(),
            body=CreateUserRequest(
                first_name="Test",
                last_name="User",
                phone_number="+13125550100",
                email="no-authenticated-user@aeropay.com",
            ),
        )
    assert caught.value.code == "AP101"
    assert aeropay.state.token_requests == 2


def test_a_successful_user_call_is_not_an_error(aeropay: Served, shop: Shop) -> None:
    """A success body never raises (the check only looks for error envelopes)."""
    user = aeropay.state.onboard_user()
    assert isinstance(get_user.sync(client=shop.user_client(user.id)), UserResponse)
