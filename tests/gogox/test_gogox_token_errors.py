"""RFC 6749 §5.2 token errors from the GoGoX sandbox become typed tokenkeep errors, over real HTTP.

The sandbox produces each error the way a server would (wrong secret, a grant type
it has not enabled, a body format it does not read, a rate limit), and the
generated token operation plus tokenkeep.gogox turn it into TokenError/AuthError
carrying `error` and `error_description`, never a secret.
"""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest
from gogox_client.api.orders import get_order_v2
from gogox_client.api.transport import create_transport_quotation
from gogox_client.models import TransportQuotation
from gogox_support import api, quotation_request
from tokenkeep import AuthError, RateLimitError, TokenError

from tests.sandbox._common import ServedSandbox
from tests.sandbox.gogox import GogoxSandbox

Served = ServedSandbox[GogoxSandbox]
MODES = ["body", "basic"]


def call(client: Any) -> Any:
    return create_transport_quotation.sync(client=client, body=quotation_request())


async def acall(client: Any) -> Any:
    return await create_transport_quotation.asyncio(client=client, body=quotation_request())


def assert_no_secret(error: Exception, secret: str) -> None:
    assert secret not in str(error) and secret not in repr(error)
    assert secret not in repr(getattr(error, "body", None))


@pytest.mark.parametrize("mode", MODES)
def test_wrong_secret_is_invalid_client_auth_error(gogox: Served, mode: str) -> None:
    """A wrong client secret gives AuthError(error="invalid_client", 401) in body and Basic modes."""
    wrong = "f" * 64
    with api(gogox, client_secret=wrong, credentials_in=mode) as client, pytest.raises(AuthError) as info:
        call(client)
    error = info.value
    assert (error.error, error.status_code, error.provider) == ("invalid_client", 401, "gogox")
    assert error.error_description is not None and "Client authentication failed" in error.error_description
    assert "check the client id and secret" in str(error)
    assert_no_secret(error, wrong)
    assert gogox.state.token_attempts == 1 and gogox.state.token_requests == 0


async def test_wrong_client_id_is_invalid_client_auth_error_async(gogox: Served) -> None:
    """An unknown client id gives AuthError(error="invalid_client") to an async caller too."""
    async with api(gogox, client_id="0" * 64) as client:
        with pytest.raises(AuthError) as info:
            await acall(client)
    assert info.value.error == "invalid_client" and info.value.status_code == 401
    assert_no_secret(info.value, gogox.client_secret or "")


@pytest.mark.parametrize("mode", MODES)
def test_disabled_grant_is_unsupported_grant_type_token_error(gogox: Served, mode: str) -> None:
    """A server without the client_credentials flow answers unsupported_grant_type: a TokenError, not AuthError."""
    gogox.state.configure(grant_flows=["authorization_code"])
    with api(gogox, credentials_in=mode) as client, pytest.raises(TokenError) as info:
        call(client)
    error = info.value
    assert not isinstance(error, AuthError)
    assert (error.error, error.status_code) == ("unsupported_grant_type", 400)
    assert error.error_description == "The authorization grant type is not supported by the authorization server."
    assert "unsupported_grant_type" in str(error)


async def test_unread_json_body_is_invalid_request_and_basic_mode_still_works(gogox: Served) -> None:
    """A server reading only form bodies refuses the JSON body (invalid_request); the Basic+form mode gets a token."""
    gogox.state.configure(token_body_formats=["form"])
    async with api(gogox) as client:
        with pytest.raises(TokenError) as info:
            await acall(client)
    assert not isinstance(info.value, AuthError)
    assert (info.value.error, info.value.status_code) == ("invalid_request", 400)
    assert info.value.error_description == "Missing required parameter: grant_type."
    async with api(gogox, credentials_in="basic") as client:
        assert isinstance(await acall(client), TransportQuotation)
    assert gogox.state.token_auth_methods == ["basic"]


def test_token_rate_limit_beyond_the_wait_is_a_rate_limit_error(gogox: Served) -> None:
    """A 429 whose Retry-After exceeds rate_limit_wait raises RateLimitError at once, with retry_after."""
    gogox.state.configure(rate_limit=1, rate_window=3600)
    with api(gogox) as client:
        assert isinstance(call(client), TransportQuotation)
    with api(gogox) as client, pytest.raises(RateLimitError) as info:  # another store: a cold client
        call(client)
    assert info.value.status_code == 429 and info.value.retry_after is not None
    assert info.value.retry_after > 3000
    assert gogox.state.token_attempts == 2 and gogox.state.token_requests == 1


def test_short_token_rate_limit_is_waited_out(gogox: Served) -> None:
    """A 429 with a 1 s Retry-After is waited out once, then the token request succeeds."""
    gogox.state.configure(rate_limit=1, rate_window=1)
    with api(gogox) as client:
        call(client)
    with api(gogox) as client:
        assert isinstance(call(client), TransportQuotation)
    assert gogox.state.token_requests == 2
    assert gogox.state.token_attempts == 3  # one 429 in between


@pytest.mark.parametrize(
    ("status", "code", "kind"),
    [
        (400, "invalid_grant", AuthError),
        (400, "unauthorized_client", AuthError),
        (400, "invalid_scope", TokenError),
    ],
)
def test_other_rfc6749_codes_are_typed(gogox: Served, status: int, code: str, kind: type[TokenError]) -> None:
    """The remaining §5.2 codes (injected) map to AuthError for credential problems, TokenError otherwise."""
    gogox.state.fail_next(status, body={"error": code, "error_description": f"about {code}"}, path="/oauth/token")
    with api(gogox) as client, pytest.raises(kind) as info:
        get_order_v2.sync("any", client=client)
    assert (info.value.error, info.value.error_description, info.value.status_code) == (code, f"about {code}", status)
    if kind is TokenError:
        assert not isinstance(info.value, AuthError)


def test_unreadable_token_error_body_is_still_a_token_error(gogox: Served) -> None:
    """A 502 HTML page from a proxy becomes TokenError naming the status, with no RFC fields."""
    gogox.state.fail_next(502, body="<html>Bad Gateway</html>", path="/oauth/token")
    with api(gogox) as client, pytest.raises(TokenError) as info:
        call(client)
    assert info.value.status_code == 502 and info.value.error is None
    assert "HTTP 502" in str(info.value)


def test_special_characters_in_basic_credentials_are_form_encoded(gogox: Served) -> None:
    """RFC 6749 §2.3.1: id and secret are form-urlencoded before Basic; a secret with ':%+ ' works in both modes."""
    gogox.state.configure(client_id="partner id+1", client_secret="s3:cr%et +é")
    for mode in MODES:
        with api(gogox, client_id="partner id+1", client_secret="s3:cr%et +é", credentials_in=mode) as client:
            assert isinstance(call(client), TransportQuotation)
    assert gogox.state.token_auth_methods == ["body", "basic"]


# --------------------------------------------------------------------------- the wire, raw


def token_url(gogox: Served) -> str:
    return gogox.url("/oauth/token")


#: What the docs' token requests send (reference §4); the sandbox records a request without it.
JSON = {"Accept": "application/json"}


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def test_success_is_an_rfc6749_token_response(gogox: Served) -> None:
    """200 with access_token, token_type Bearer, expires_in 7200, created_at (epoch s), no-store/no-cache."""
    response = httpx.post(
        token_url(gogox),
        json={"grant_type": "client_credentials", "client_id": gogox.client_id, "client_secret": gogox.client_secret},
        headers=JSON,
    )
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store" and response.headers["pragma"] == "no-cache"
    body = response.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] == 7200
    assert abs(body["created_at"] - gogox.state.clock.now()) < 60
    assert isinstance(body["access_token"], str) and len(body["access_token"]) >= 32


@pytest.mark.parametrize(
    ("send", "status", "code"),
    [
        ({"data": {"client_id": "x", "client_secret": "y"}}, 400, "invalid_request"),  # no grant_type
        ({"data": {"grant_type": "password"}}, 400, "unsupported_grant_type"),
        ({"data": {"grant_type": "client_credentials"}}, 401, "invalid_client"),  # no credentials at all
    ],
)
def test_rfc6749_errors_on_the_wire(gogox: Served, send: dict[str, Any], status: int, code: str) -> None:
    """Malformed token requests (which the spec forbids) get the RFC 6749 §5.2 error body."""
    gogox.expect_violations(passthrough=True)
    response = httpx.post(token_url(gogox), **send, headers=JSON)
    assert response.status_code == status
    assert response.json()["error"] == code and isinstance(response.json()["error_description"], str)
    assert response.headers["cache-control"] == "no-store"
    assert "www-authenticate" not in response.headers  # the client did not try HTTP authentication


def test_failed_basic_authentication_gets_a_basic_challenge(gogox: Served) -> None:
    """invalid_client after HTTP Basic is 401 with WWW-Authenticate: Basic (RFC 6749 §5.2)."""
    for header in (basic(gogox.client_id or "", "wrong"), "Basic not-base64!"):
        response = httpx.post(
            token_url(gogox), data={"grant_type": "client_credentials"}, headers={"Authorization": header, **JSON}
        )
        assert response.status_code == 401 and response.json()["error"] == "invalid_client"
        assert response.headers["www-authenticate"] == 'Basic realm="Doorkeeper"'


def test_two_client_authentication_methods_are_invalid_request(gogox: Served) -> None:
    """Basic plus credentials in the body is refused (RFC 6749 §2.3: one method per request)."""
    response = httpx.post(
        token_url(gogox),
        data={"grant_type": "client_credentials", "client_id": gogox.client_id or ""},
        headers={"Authorization": basic(gogox.client_id or "", gogox.client_secret or ""), **JSON},
    )
    assert response.status_code == 400 and response.json()["error"] == "invalid_request"
