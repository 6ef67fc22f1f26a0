"""Reading a token answer: lifetimes as numbers or numeric strings, and bodies of the wrong shape as TokenError."""

from __future__ import annotations

import httpx
import pytest
from tokenkeep import TokenError
from tokenkeep._providers.gogox import GogoxTokenEndpoint
from tokenkeep._token import token_from_response


@pytest.mark.parametrize(
    ("expires_in", "lifetime"),
    [(1800, 1800.0), ("1800", 1800.0), (2.5, 2.5), (None, 7200.0), ("soon", 7200.0), (0, 7200.0), (-5, 7200.0),
     (float("nan"), 7200.0), (True, 7200.0)],
)  # fmt: skip
def test_lifetime_from_a_number_or_numeric_string_else_the_documented_default(
    expires_in: object, lifetime: float
) -> None:
    token = token_from_response(
        access_token="t",
        expires_in=expires_in,
        issued_at=100.0,
        max_lifetime=None,
        default_lifetime=7200.0,  # type: ignore[arg-type]
    )
    assert token.expires_at - token.issued_at == lifetime


def test_an_answer_without_an_access_token_is_refused() -> None:
    with pytest.raises(ValueError, match="no access token"):
        token_from_response(access_token="", expires_in=60, issued_at=0.0, max_lifetime=None, default_lifetime=60.0)


def test_a_token_body_of_the_wrong_shape_is_a_token_error_not_a_crash() -> None:
    """HTTP 200 with an empty access token reaches the caller as TokenError naming the problem."""
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, json={"access_token": "", "token_type": "Bearer", "expires_in": 7200})
    )
    endpoint = GogoxTokenEndpoint(
        client_id="id", client_secret="secret", base_url="https://gogox.test", httpx_args={"transport": transport}
    )
    with pytest.raises(TokenError, match="not a token response"):
        endpoint.fetch(None)
