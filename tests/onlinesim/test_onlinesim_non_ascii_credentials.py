"""Credentials with non-ASCII characters get Passport's refusals from the sandbox, never a crash.

`secrets.compare_digest` raises TypeError for a `str` with non-ASCII characters, so the sandbox compares
UTF-8 bytes: at the token endpoint (client secret) and on the authorize page's login form (password).
"""

from __future__ import annotations

import re

import httpx
import pytest
import tokenkeep
from tokenkeep._providers.onlinesim import CodeExchange

from tests.onlinesim.test_onlinesim_oauth_refresh import CLIENT_ID, CLIENT_SECRET
from tests.sandbox._common import ServedSandbox
from tests.sandbox.onlinesim import OnlinesimSandbox

Served = ServedSandbox[OnlinesimSandbox]
NON_ASCII = "sécret-ключ-🔑"
REDIRECT = "http://127.0.0.1:9/callback"


def _exchange(served: Served, secret: str) -> CodeExchange:
    return CodeExchange(CLIENT_ID, secret, "any-code", REDIRECT, base_url=served.base_url)


def _assert_invalid_client(served: Served, exc: tokenkeep.AuthError) -> None:
    assert type(exc) is tokenkeep.AuthError and (exc.status_code, exc.error) == (401, "invalid_client")
    assert NON_ASCII not in str(exc) and NON_ASCII not in repr(exc)
    assert served.state.errors == []


def test_a_non_ascii_wrong_client_secret_is_invalid_client(served: Served) -> None:
    """A wrong client secret with non-ASCII characters is Passport's 401 invalid_client: AuthError, no secret."""
    with pytest.raises(tokenkeep.AuthError) as info:
        _exchange(served, NON_ASCII).fetch(None)
    _assert_invalid_client(served, info.value)


async def test_a_non_ascii_wrong_client_secret_is_invalid_client_async(served: Served) -> None:
    """As the sync case, through the async token request."""
    with pytest.raises(tokenkeep.AuthError) as info:
        await _exchange(served, NON_ASCII).afetch(None)
    _assert_invalid_client(served, info.value)


def test_a_non_ascii_client_secret_that_matches_is_accepted(served: Served) -> None:
    """Compared as UTF-8 bytes, the real (non-ASCII) secret passes client authentication: the code is what fails."""
    served.state.client_secret = NON_ASCII
    with pytest.raises(tokenkeep.onlinesim.AuthorizationFailed, match="invalid_grant"):
        _exchange(served, NON_ASCII).fetch(None)
    assert served.state.errors == [] and served.state.code_exchanges == 1


def test_a_non_ascii_wrong_password_shows_the_login_page_again(served: Served) -> None:
    """The authorize form with a non-ASCII wrong password answers Passport's login error, not a crash."""
    served.state.expect_violations()  # the spec documents the form post's redirect only, not the login page's 401
    params = {"client_id": CLIENT_ID, "redirect_uri": REDIRECT, "response_type": "code", "scope": "sms-scope"}
    with httpx.Client(base_url=served.base_url) as http:
        page = http.get("/oauth/authorize", params=params)
        fields = dict(re.findall(r'name="(client_id|auth_token)" value="([^"]*)"', page.text))
        answer = http.post("/oauth/authorize", data={**fields, "username": "sandbox-user", "password": NON_ASCII})
    assert answer.status_code == 401 and "These credentials do not match our records." in answer.text
    assert NON_ASCII not in answer.text and served.state.errors == [] and served.state.codes == {}


def test_a_non_ascii_password_that_matches_authorizes(served: Served) -> None:
    """Compared as UTF-8 bytes, the person's real (non-ASCII) password logs in and the code comes back."""
    served.state.password = NON_ASCII
    flow = tokenkeep.onlinesim.start_authorization(CLIENT_ID, CLIENT_SECRET, base_url=served.base_url)
    try:
        with httpx.Client() as http:
            page = http.get(flow.url)
            fields = dict(re.findall(r'name="(client_id|state|auth_token)" value="([^"]*)"', page.text))
            form = str(page.url.copy_with(path="/oauth/authorize", query=None))
            answer = http.post(form, data={**fields, "username": "sandbox-user", "password": NON_ASCII})
    finally:
        flow.close()
    assert answer.status_code == 302 and "code=" in answer.headers["location"]
    assert served.state.errors == []
