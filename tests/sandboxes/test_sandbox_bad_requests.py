"""A request the spec forbids: recorded as a violation, answered the way the provider answers it.

Each provider has its own bad-request answer (Airalo's 422 validation map, Aeropay's
`{"error": {code, message, help}}`, Onlinesim's HTTP-200 error code, GoGoX's RFC 6749 / 6750
`invalid_request`); a method the path does not declare is 405 with `Allow`; an unknown path
is 401 without credentials (auth runs before routing) and 404 with them.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.conftest import _sandbox_violations_fail_the_test
from tests.sandbox._common import SandboxState, serve
from tests.sandbox.aeropay import AeropaySandbox
from tests.sandbox.aeropay import create_app as aeropay_app
from tests.sandbox.airalo import AiraloSandbox
from tests.sandbox.airalo import create_app as airalo_app
from tests.sandbox.gogox import GogoxSandbox
from tests.sandbox.gogox import create_app as gogox_app
from tests.sandbox.onlinesim import OnlinesimSandbox
from tests.sandbox.onlinesim import create_app as onlinesim_app


def call(method: str, url: str, **options: Any) -> httpx.Response:
    # A generous timeout: the first request to a sandbox compiles its spec's schemas.
    return httpx.request(method, url, timeout=30, **options)


def bearer(state: SandboxState) -> dict[str, str]:
    token, _ = state.tokens.issue()
    return {"Authorization": f"Bearer {token}"}


def test_airalo_answers_a_forbidden_query_with_its_422_validation_map() -> None:
    state = AiraloSandbox()
    state.expect_violations()
    with serve(airalo_app(state)) as served:
        answer = call("GET", served.url("/v2/orders"), params={"filter[code]": ""}, headers=bearer(state))
    assert answer.status_code == 422
    assert answer.json() == {
        "data": {"filter[code]": "The filter[code] is invalid."},
        "meta": {"message": "the parameter is invalid"},
    }
    assert any("filter[code]" in v for v in state.violations), state.violations


def test_airalo_names_a_missing_body_field_as_required() -> None:
    state = AiraloSandbox()
    state.expect_violations()
    with serve(airalo_app(state)) as served:
        answer = call("POST", served.url("/v2/refund"), json={"reason": "OTHERS"}, headers=bearer(state))
    assert answer.status_code == 422
    assert answer.json()["data"] == {"iccids": "The iccids field is required."}


def test_airalo_answers_a_malformed_id_in_the_path_404_where_no_422_is_documented() -> None:
    state = AiraloSandbox()
    state.expect_violations()
    with serve(airalo_app(state)) as served:
        answer = call("GET", served.url("/v2/orders/not-a-number"), headers=bearer(state))
    assert answer.status_code == 404
    assert answer.json() == {"data": [], "meta": {"message": "messages.resource_not_found"}}


def test_aeropay_answers_ap700_for_a_missing_and_ap701_for_a_malformed_parameter() -> None:
    state = AeropaySandbox()
    state.expect_violations()
    token = state.issue_token({"apiKey": state.api_key, "apiSecret": state.api_secret, "scope": "merchant", "id": 1057})
    headers = {"Authorization": f"Bearer {token['token']}"}
    with serve(aeropay_app(state)) as served:
        missing = call("POST", served.url("/v2/capturePreauthTransaction"), json={}, headers=headers)
        malformed = call("GET", served.url("/v2/preauthTransaction/not-a-uuid"), headers=headers)
    assert missing.status_code == malformed.status_code == 400
    assert missing.json()["error"]["code"] == "AP700" and "'id'" in missing.json()["error"]["message"]
    assert malformed.json()["error"]["code"] == "AP701"
    assert malformed.json()["error"]["help"]


def test_aeropay_answers_a_malformed_idempotency_key_ap1402() -> None:
    state = AeropaySandbox()
    state.expect_violations()
    user = state.onboard_user(1057)
    fields = {"apiKey": state.api_key, "apiSecret": state.api_secret, "id": 1057}
    token = state.issue_token({**fields, "scope": "userForMerchant", "userId": user.id})["token"]
    headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": "not-a-uuid"}
    body = {"merchantId": 1057, "amount": {"amount": 100, "currency": "USD"}}
    with serve(aeropay_app(state)) as served:
        answer = call("POST", served.url("/v2/transaction"), json=body, headers=headers)
    assert answer.status_code == 400 and answer.json()["error"]["code"] == "AP1402"


def test_onlinesim_answers_http_200_with_an_error_code() -> None:
    state = OnlinesimSandbox()
    state.expect_violations()
    with serve(onlinesim_app(state)) as served:
        key = {"apikey": state.api_key}
        tzid = call("GET", served.url("/api/getState.php"), params={**key, "tzid": "abc"})
        other = call("GET", served.url("/api/getNum.php"), params={**key, "service": "telegram", "number": "maybe"})
    assert (tzid.status_code, tzid.json()) == (200, {"response": "ERROR_WRONG_TZID"})
    assert (other.status_code, other.json()) == (200, {"response": "ERROR_PARAMS"})


def test_onlinesim_token_endpoint_answers_rfc_6749_invalid_request() -> None:
    state = OnlinesimSandbox()
    state.expect_violations()
    with serve(onlinesim_app(state)) as served:
        answer = call("POST", served.url("/oauth/token"), data={"grant_type": "password"})
    assert answer.status_code == 400 and answer.json()["error"] == "invalid_request"


def test_gogox_answers_rfc_6750_invalid_request_and_rfc_6749_at_the_token_endpoint() -> None:
    state = GogoxSandbox()
    state.expect_violations()
    with serve(gogox_app(state)) as served:
        api = call("POST", served.url("/transport/quotations"), json={"pickup": {}}, headers=bearer(state))
        token = call("POST", served.url("/oauth/token"), json={"grant_type": 7})
    assert api.status_code == 400 and api.json()["error"] == "invalid_request"
    assert token.status_code == 400 and token.json()["error"] == "invalid_request"
    assert token.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize(
    ("state", "app", "path"),
    [
        (AiraloSandbox(), airalo_app, "/v2/balance"),
        (AeropaySandbox(), aeropay_app, "/v2/bankAccounts"),
        (GogoxSandbox(), gogox_app, "/transport/quotations"),
        (OnlinesimSandbox(), onlinesim_app, "/api/getBalance.php"),
    ],
    ids=["airalo", "aeropay", "gogox", "onlinesim"],
)
def test_an_undeclared_method_is_405_with_the_declared_ones_in_allow(
    state: SandboxState, app: object, path: str
) -> None:
    state.expect_violations()
    with serve(app(state)) as served:  # type: ignore[operator]
        answer = call("TRACE", served.url(path), headers=bearer(state))
    assert answer.status_code == 405
    assert answer.headers["Allow"] == ", ".join(state.validator.methods_of(path))
    assert any("trace" in v.lower() for v in state.violations), state.violations


def test_a_literal_path_is_not_taken_for_a_template() -> None:
    """GET /v2/orders/topups is an undeclared method of the top-up path, not GET /v2/orders/{order_id}."""
    state = AiraloSandbox()
    state.expect_violations()
    with serve(airalo_app(state)) as served:
        answer = call("GET", served.url("/v2/orders/topups"), headers=bearer(state))
    assert answer.status_code == 405 and answer.headers["Allow"] == "POST"


def test_an_unknown_path_is_401_without_credentials_and_404_with_them() -> None:
    state = AiraloSandbox()
    state.expect_violations()
    with serve(airalo_app(state)) as served:
        anonymous = call("GET", served.url("/v2/no-such-thing"))
        known = call("GET", served.url("/v2/no-such-thing"), headers=bearer(state))
    assert anonymous.status_code == 401 and anonymous.json()["meta"]["message"] == "Unauthenticated."
    assert known.status_code == 404


def test_a_forbidden_request_without_credentials_gets_the_401_first() -> None:
    """The providers' auth middleware runs before validation: a bad query and no token is a 401."""
    state = AiraloSandbox()
    state.expect_violations()
    with serve(airalo_app(state)) as served:
        answer = call("GET", served.url("/v2/orders"), params={"filter[code]": ""})
    assert answer.status_code == 401


def test_passthrough_lets_the_handler_answer_instead() -> None:
    state = AiraloSandbox()
    state.expect_violations(passthrough=True)
    with serve(airalo_app(state)) as served:
        answer = call("POST", served.url("/v2/refund"), json={"reason": "OTHERS", "iccids": []}, headers=bearer(state))
    assert answer.status_code == 422 and answer.json()["data"]["iccids"] == "The iccids field is required."
    assert state.violations


def test_a_violation_still_fails_the_test_that_did_not_opt_in() -> None:
    """The autouse fixture of tests/conftest.py turns the recorded violation into a failure."""
    guard = _sandbox_violations_fail_the_test.__wrapped__()  # type: ignore[attr-defined]
    next(guard)  # what pytest does before a test: start watching the sandboxes served
    state = AiraloSandbox()
    with serve(airalo_app(state)) as served:
        answer = call("GET", served.url("/v2/orders"), params={"filter[code]": ""}, headers=bearer(state))
    assert answer.status_code == 422
    with pytest.raises(pytest.fail.Exception, match=r"filter\[code\]"):
        next(guard)  # ... and after it
    state.expect_violations()  # this test's own guard has seen the same violation: it was the point
