"""PKCE (RFC 7636, S256) in Onlinesim's authorization-code flow, against the sandbox's authorization server.

RFC 8252 §8.1: a native app's loopback redirect can be seen or taken by another local process, so the
authorization code alone must not buy tokens. The sandbox checks the code_verifier like a real server.
"""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import tokenkeep.onlinesim
from onlinesim_client.api.account import get_balance
from onlinesim_client.models import Balance
from tokenkeep import MemoryStore
from tokenkeep._providers.onlinesim import CodeExchange, new_pkce
from tokenkeep.onlinesim import AuthorizationFailed

from tests.onlinesim.test_onlinesim_oauth_refresh import CLIENT_ID, CLIENT_SECRET, consent
from tests.sandbox._common import ServedSandbox
from tests.sandbox.onlinesim import OnlinesimSandbox

Served = ServedSandbox[OnlinesimSandbox]


def _s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


def test_verifiers_are_fresh_and_their_challenge_is_s256() -> None:
    """Each authorization gets a new 43-128 character verifier; the challenge is its unpadded base64url SHA-256."""
    (v1, c1), (v2, _) = new_pkce(), new_pkce()
    assert v1 != v2 and 43 <= len(v1) <= 128
    assert c1 == _s256(v1) and "=" not in c1


def test_the_flow_sends_a_challenge_and_the_exchange_proves_it(served: Served) -> None:
    """authorize() puts an S256 challenge in the URL; the sandbox checks the verifier before it issues tokens."""
    seen: list[str] = []

    def follow(url: str) -> None:
        seen.append(url)
        redirect = consent(url)
        httpx.get(redirect.headers["location"]).raise_for_status()

    store = MemoryStore()
    tokenkeep.onlinesim.authorize(
        CLIENT_ID, CLIENT_SECRET, base_url=served.base_url, store=store, open_browser=follow, wait=10
    )
    query = parse_qs(urlsplit(seen[0]).query)
    assert query["code_challenge_method"] == ["S256"] and len(query["code_challenge"][0]) == 43
    with tokenkeep.onlinesim.oauth_client(CLIENT_ID, CLIENT_SECRET, base_url=served.base_url, store=store) as api:
        assert isinstance(get_balance.sync(client=api), Balance)
    assert served.state.code_exchanges == 1


@pytest.mark.parametrize("verifier", [None, "wrong-" + "x" * 50])
def test_a_stolen_code_without_the_verifier_buys_no_tokens(served: Served, verifier: str | None) -> None:
    """Whoever takes the code from the redirect but lacks the verifier is refused (invalid_grant)."""
    flow = tokenkeep.onlinesim.start_authorization(
        CLIENT_ID, CLIENT_SECRET, base_url=served.base_url, store=MemoryStore()
    )
    try:
        location = consent(flow.url).headers["location"]  # the thief reads the redirect instead of the listener
    finally:
        flow.close()
    code = parse_qs(urlsplit(location).query)["code"][0]
    thief = CodeExchange(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        code=code,
        redirect_uri=flow.redirect_uri,
        base_url=served.base_url,
        code_verifier=verifier,
    )
    with pytest.raises(AuthorizationFailed, match="invalid_grant") as info:
        thief.fetch(None)
    assert "verifier" in (info.value.error_description or "")
    assert code not in str(info.value)


def test_the_sandbox_refuses_a_plain_challenge(served: Served) -> None:
    """code_challenge_method=plain is refused at the authorize step (RFC 7636 §4.4.1: S256 only)."""
    served.state.violations_expected = True  # the spec documents the page (200), not its error redirects
    params = {
        "client_id": CLIENT_ID,
        "redirect_uri": "http://127.0.0.1:9/callback",
        "response_type": "code",
        "scope": "sms-scope",
        "state": "s",
        "code_challenge": "x" * 43,
        "code_challenge_method": "plain",
    }
    answer = httpx.get(served.url("/oauth/authorize"), params=params)
    assert answer.status_code == 302
    assert parse_qs(urlsplit(answer.headers["location"]).query)["error"] == ["invalid_request"]
