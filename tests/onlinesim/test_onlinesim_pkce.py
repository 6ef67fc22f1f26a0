"""PKCE (RFC 7636, S256) in Onlinesim's authorization-code flow, against the sandbox's authorization server.

RFC 8252 §8.1: a native app's loopback redirect can be seen or taken by another local process, so the
authorization code alone must not buy tokens. The sandbox checks the code_verifier like a real server.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import tokenkeep.onlinesim
from onlinesim_client import Client
from onlinesim_client.api.account import get_balance
from onlinesim_client.api.oauth import get_authorize_page
from onlinesim_client.models import (
    Balance,
    GetAuthorizePageCodeChallengeMethod,
    GetAuthorizePageResponseType,
    OAuthError,
    TokenRequest,
    TokenRequestGrantType,
)
from tokenkeep import MemoryStore, TokenError
from tokenkeep._providers.onlinesim import CodeExchange, authorize_url, new_pkce
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


# ---- the spec declares PKCE: the generated models carry it, the sandbox refuses what RFC 7636 does not allow

RFC_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"  # RFC 7636 Appendix B
MALFORMED_VERIFIERS = {
    "42 characters": "v" * 42,
    "129 characters": "v" * 129,
    "base64 padding and plus": "a+b/" * 11 + "==",
    "non-ASCII": "é" * 43,
}


def test_the_generated_token_request_round_trips_the_verifier() -> None:
    """TokenRequest has a real code_verifier field: to_dict() writes it, from_dict() reads it back, nothing extra."""
    request = TokenRequest(
        grant_type=TokenRequestGrantType.AUTHORIZATION_CODE,
        client_id="7",
        client_secret="s",
        code="c",
        code_verifier=RFC_VERIFIER,
    )
    wire = request.to_dict()
    assert wire["code_verifier"] == RFC_VERIFIER
    again = TokenRequest.from_dict(wire)
    assert again.code_verifier == RFC_VERIFIER and again.additional_properties == {}
    assert again.to_dict() == wire


def test_the_code_exchange_sends_the_verifier_as_the_models_field() -> None:
    """CodeExchange fills TokenRequest.code_verifier (not an additional property), and leaves it unset without PKCE."""
    with_pkce = CodeExchange(CLIENT_ID, CLIENT_SECRET, "c", "http://127.0.0.1:9/cb", code_verifier=RFC_VERIFIER)
    body = with_pkce._body(None)
    assert body.code_verifier == RFC_VERIFIER and body.additional_properties == {}
    without = CodeExchange(CLIENT_ID, CLIENT_SECRET, "c", "http://127.0.0.1:9/cb")._body(None)
    assert "code_verifier" not in without.to_dict()


@pytest.mark.parametrize("challenge", [None, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"])
def test_the_authorize_url_is_the_specs_operation_with_s256_only_with_a_challenge(challenge: str | None) -> None:
    """authorize_url builds the spec's GET /oauth/authorize; the PKCE pair comes together (S256) or not at all."""
    url = authorize_url(
        "https://onlinesim.io/",
        client_id="7",
        redirect_uri="http://127.0.0.1:9/cb",
        scopes=("sms-scope", "rent-scope"),
        state="st",
        code_challenge=challenge,
    )
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "onlinesim.io", "/oauth/authorize")
    assert query["response_type"] == ["code"] and query["scope"] == ["sms-scope rent-scope"]
    if challenge is None:
        assert "code_challenge" not in query and "code_challenge_method" not in query
    else:
        assert query["code_challenge"] == [challenge] and query["code_challenge_method"] == ["S256"]


def _issued_code(served: Served) -> tuple[str, str]:
    """A code the sandbox issued for an S256 challenge, taken from the redirect, and its redirect URI."""
    flow = tokenkeep.onlinesim.start_authorization(
        CLIENT_ID, CLIENT_SECRET, base_url=served.base_url, store=MemoryStore()
    )
    try:
        location = consent(flow.url).headers["location"]
    finally:
        flow.close()
    return parse_qs(urlsplit(location).query)["code"][0], flow.redirect_uri


def _exchange(served: Served, code: str, redirect_uri: str, verifier: str) -> CodeExchange:
    return CodeExchange(CLIENT_ID, CLIENT_SECRET, code, redirect_uri, base_url=served.base_url, code_verifier=verifier)


def _assert_malformed_verifier(error: TokenError, code: str, verifier: str) -> None:
    assert type(error) is TokenError and error.status_code == 400 and error.error == "invalid_request"
    assert error.body["hint"] == "Code Verifier must follow the specifications of RFC-7636."
    assert code not in str(error) and verifier not in str(error) and CLIENT_SECRET not in str(error)


@pytest.mark.parametrize("verifier", MALFORMED_VERIFIERS.values(), ids=MALFORMED_VERIFIERS.keys())
def test_a_malformed_verifier_is_refused_as_passports_invalid_request(served: Served, verifier: str) -> None:
    """A verifier outside RFC 7636 §4.1 gets 400 invalid_request with Passport's hint, a typed TokenError."""
    code, redirect_uri = _issued_code(served)
    served.state.expect_violations()  # the spec's pattern refuses it, which is the point
    with pytest.raises(TokenError) as info:
        _exchange(served, code, redirect_uri, verifier).fetch(None)
    _assert_malformed_verifier(info.value, code, verifier)
    assert any("code_verifier" in v for v in served.state.violations)


async def test_a_malformed_verifier_is_refused_as_passports_invalid_request_async(served: Served) -> None:
    """As the sync case, through the async token request."""
    code, redirect_uri = _issued_code(served)
    served.state.expect_violations()
    verifier = MALFORMED_VERIFIERS["42 characters"]
    with pytest.raises(TokenError) as info:
        await _exchange(served, code, redirect_uri, verifier).afetch(None)
    _assert_malformed_verifier(info.value, code, verifier)


AUTHORIZE = {"client_id": CLIENT_ID, "redirect_uri": "http://127.0.0.1:9/callback", "state": "s"}
MALFORMED_CHALLENGES = {
    "short challenge": (
        {"code_challenge": "foo", "code_challenge_method": GetAuthorizePageCodeChallengeMethod.S256},
        "Code challenge must follow the specifications of RFC-7636.",
    ),
    "padded challenge": (
        {"code_challenge": "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM=", "code_challenge_method": "S256"},
        "Code challenge must follow the specifications of RFC-7636.",
    ),
    "unknown method": (
        {"code_challenge": "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "code_challenge_method": "S512"},
        "Code challenge method must be one of `S256`, `plain`",
    ),
}


@pytest.mark.parametrize(("params", "hint"), MALFORMED_CHALLENGES.values(), ids=MALFORMED_CHALLENGES.keys())
def test_a_malformed_challenge_gets_passports_400_at_the_authorize_page(
    served: Served, params: dict[str, Any], hint: str
) -> None:
    """A challenge outside RFC 7636 gets Passport's JSON 400 at the authorize page, which the generated code parses."""
    served.state.expect_violations()
    with Client(base_url=served.base_url) as http:
        # The generated operation types code_challenge_method, so the unknown one goes around it.
        query = {**AUTHORIZE, "response_type": "code", **{k: str(v) for k, v in params.items()}}
        answer = get_authorize_page._build_response(
            client=http, response=http.get_httpx_client().get("/oauth/authorize", params=query)
        )
    assert answer.status_code == 400 and isinstance(answer.parsed, OAuthError)
    assert answer.parsed.error == "invalid_request" and answer.parsed.hint == hint
    assert served.state.pending == {}  # no authorization was started


async def test_a_malformed_challenge_gets_passports_400_async(served: Served) -> None:
    """The generated async operation sends the spec's PKCE parameters and reads the 400 as an OAuthError."""
    served.state.expect_violations()
    async with Client(base_url=served.base_url) as http:
        answer = await get_authorize_page.asyncio_detailed(
            client=http,
            client_id=CLIENT_ID,
            redirect_uri=AUTHORIZE["redirect_uri"],
            response_type=GetAuthorizePageResponseType.CODE,
            code_challenge="x" * 129,
            code_challenge_method=GetAuthorizePageCodeChallengeMethod.S256,
        )
    assert answer.status_code == 400 and isinstance(answer.parsed, OAuthError)
    assert answer.parsed.hint == "Code challenge must follow the specifications of RFC-7636."


def test_a_well_formed_challenge_through_the_generated_operation_shows_the_page(served: Served) -> None:
    """The same operation with an RFC 7636 Appendix B challenge gets the login page: the 400 is about the shape."""
    with Client(base_url=served.base_url) as http:
        answer = get_authorize_page.sync_detailed(
            client=http,
            client_id=CLIENT_ID,
            redirect_uri=AUTHORIZE["redirect_uri"],
            response_type=GetAuthorizePageResponseType.CODE,
            code_challenge="E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
            code_challenge_method=GetAuthorizePageCodeChallengeMethod.S256,
        )
    assert answer.status_code == 200 and "Authorize" in str(answer.parsed)
    (pending,) = served.state.pending.values()
    assert pending.code_challenge == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
