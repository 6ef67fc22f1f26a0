"""Onlinesim OAuth tokens after authorization: refresh_token grant, single-flight, rotation, revocation.

The person's consent is given here by posting the sandbox's authorize form with httpx (the browser
journey itself is tested in test_onlinesim_oauth_browser.py); everything after the redirect is the
real tokenkeep flow: loopback listener, state check, generated token operation, store.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
import tokenkeep
import tokenkeep.onlinesim
from onlinesim_client.api.account import get_balance
from onlinesim_client.models import Balance
from tokenkeep import FileStore, MemoryStore
from tokenkeep.onlinesim import AuthorizationRequired

from tests.sandbox._common import ServedSandbox
from tests.sandbox.onlinesim import OnlinesimSandbox

CLIENT_ID = "sandbox-oauth-client"
CLIENT_SECRET = "sandbox-oauth-secret"


def consent(url: str, *, action: str = "approve") -> httpx.Response:
    """Log in and click Authorize on the sandbox page, as a form post; returns the 302."""
    with httpx.Client() as http:
        page = http.get(url)
        fields = dict(re.findall(r'name="(client_id|state|auth_token)" value="([^"]*)"', page.text))
        fields.update(username="sandbox-user", password="sandbox-password", action=action)
        form_url = str(page.url.copy_with(path="/oauth/authorize", query=None))
        return http.post(form_url, data=fields)


def authorize(served: ServedSandbox[OnlinesimSandbox], store: Any, **options: Any) -> tokenkeep.TokenAuth:
    def follow(url: str) -> None:
        redirect = consent(url)
        assert redirect.status_code == 302
        httpx.get(redirect.headers["location"]).raise_for_status()  # the browser lands on the loopback page

    return tokenkeep.onlinesim.authorize(
        CLIENT_ID, CLIENT_SECRET, base_url=served.base_url, store=store, open_browser=follow, wait=10, **options
    )


def balance_status(http: httpx.Client) -> str:
    body: dict[str, Any] = http.get("/api/getBalance.php").json()
    return str(body["balance"])


def test_expired_access_token_refreshes_once_and_replays(served: ServedSandbox[OnlinesimSandbox]) -> None:
    """ERROR_WRONG_KEY (HTTP 200) for a dead token -> one refresh_token grant -> the call is replayed."""
    sandbox = served.state
    store = MemoryStore()
    authorize(served, store)
    with tokenkeep.onlinesim.oauth_client(CLIENT_ID, CLIENT_SECRET, base_url=served.base_url, store=store) as api:
        assert isinstance(get_balance.sync(client=api), Balance)
        sandbox.expire_tokens()
        assert isinstance(get_balance.sync(client=api), Balance)
    assert sandbox.refresh_requests == 1
    assert sandbox.requests_to("/api/getBalance.php") == 3  # one call, then rejected + replayed


async def test_100_concurrent_calls_with_a_rejected_token_make_one_refresh(
    served: ServedSandbox[OnlinesimSandbox],
) -> None:
    """50 threads and 50 tasks all see ERROR_WRONG_KEY; exactly one refresh request is made."""
    sandbox = served.state
    auth = await asyncio.to_thread(authorize, served, MemoryStore())
    sandbox.expire_tokens()

    def sync_call() -> str:
        with httpx.Client(base_url=served.base_url, auth=auth) as http:
            return balance_status(http)

    async with httpx.AsyncClient(base_url=served.base_url, auth=auth) as http:

        async def async_call() -> str:
            return str((await http.get("/api/getBalance.php")).json()["balance"])

        loop = asyncio.get_running_loop()
        with ThreadPoolExecutor(50) as pool:
            threads = [loop.run_in_executor(pool, sync_call) for _ in range(50)]
            results = await asyncio.gather(*threads, *(async_call() for _ in range(50)))
    assert results == ["1000.00"] * 100
    assert sandbox.refresh_requests == 1


def test_100_concurrent_calls_after_expiry_make_one_refresh(served: ServedSandbox[OnlinesimSandbox]) -> None:
    """With `expires_in` passed, 100 concurrent callers refresh proactively, once, before sending."""
    sandbox = served.state
    sandbox.tokens.lifetime = 1.0
    auth = authorize(served, MemoryStore())
    sandbox.tokens.lifetime = 3600.0
    time.sleep(1.0)  # the access token's stated lifetime passes
    with httpx.Client(base_url=served.base_url, auth=auth) as http, ThreadPoolExecutor(100) as pool:
        results = list(pool.map(lambda _: balance_status(http), range(100)))
    assert results == ["1000.00"] * 100
    assert sandbox.refresh_requests == 1
    assert sandbox.unauthorized == 0  # no request went out with the expired token


def test_refresh_tokens_rotate(served: ServedSandbox[OnlinesimSandbox]) -> None:
    """Each refresh returns a new refresh token, the old one dies, and the next refresh uses the new one."""
    sandbox = served.state
    store = MemoryStore()
    auth = authorize(served, store)
    first = auth.manager.get().refresh_token
    with httpx.Client(base_url=served.base_url, auth=auth) as http:
        for _ in range(2):
            sandbox.expire_tokens()
            assert balance_status(http) == "1000.00"
    second = auth.manager.get().refresh_token
    assert sandbox.refresh_requests == 2
    assert first not in sandbox.refresh_tokens and second in sandbox.refresh_tokens


def test_rejected_refresh_token_says_authorize_again(
    served: ServedSandbox[OnlinesimSandbox], caplog: pytest.LogCaptureFixture
) -> None:
    """A revoked refresh token raises AuthorizationRequired (an AuthError) naming the fix, once per call, no secrets."""
    caplog.set_level(logging.DEBUG, logger="tokenkeep")
    sandbox = served.state
    store = MemoryStore()
    auth = authorize(served, store)
    token = auth.manager.get()
    sandbox.revoke_refresh_tokens()
    sandbox.expire_tokens()
    with httpx.Client(base_url=served.base_url, auth=auth) as http:
        with pytest.raises(AuthorizationRequired) as caught:
            http.get("/api/getBalance.php")
        assert isinstance(caught.value, tokenkeep.AuthError)
        assert "must authorize this app again" in str(caught.value)
        assert caught.value.error == "invalid_grant"
        attempts = sandbox.tokens.token_attempts
        with pytest.raises(AuthorizationRequired, match="no OAuth authorization is stored"):
            http.get("/api/getBalance.php")
    assert sandbox.tokens.token_attempts == attempts  # the dead refresh token is not sent again
    shown = str(caught.value) + repr(caught.value) + caplog.text + repr(auth) + repr(auth.manager.endpoint)
    assert token.access_token not in shown and (token.refresh_token or "-") not in shown
    assert CLIENT_SECRET not in shown

    authorize(served, store)  # the person authorizes again: calls work again
    with httpx.Client(base_url=served.base_url, auth=auth) as http:
        assert balance_status(http) == "1000.00"


def test_tokens_in_a_file_store_serve_another_process(served: ServedSandbox[OnlinesimSandbox], tmp_path: Path) -> None:
    """A FileStore keeps the tokens: a fresh store object (another process) calls without a new authorization,
    and after the access token's record expired it still refreshes from the stored refresh token."""
    sandbox = served.state
    sandbox.tokens.lifetime = 1.0
    authorize(served, FileStore(tmp_path))
    sandbox.tokens.lifetime = 3600.0
    later = tokenkeep.onlinesim.oauth_auth(
        CLIENT_ID, CLIENT_SECRET, base_url=served.base_url, store=FileStore(tmp_path)
    )
    with httpx.Client(base_url=served.base_url, auth=later) as http:
        assert balance_status(http) == "1000.00"
        time.sleep(1.0)  # the access-token record's TTL passes; the refresh record stays
        other = tokenkeep.onlinesim.oauth_auth(
            CLIENT_ID, CLIENT_SECRET, base_url=served.base_url, store=FileStore(tmp_path)
        )
        with httpx.Client(base_url=served.base_url, auth=other) as http2:
            assert balance_status(http2) == "1000.00"
    assert sandbox.code_exchanges == 1 and sandbox.refresh_requests == 1
    raw = b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    assert CLIENT_SECRET.encode() not in raw
    assert not [t for t in [*sandbox.tokens.live_tokens, *sandbox.refresh_tokens] if t.encode() in raw]


def test_accounts_are_kept_apart(served: ServedSandbox[OnlinesimSandbox]) -> None:
    """Two people authorizing the same app get separate records (`account`)."""
    store = MemoryStore()
    alice = authorize(served, store, account="alice")
    with pytest.raises(AuthorizationRequired, match="'bob'"):
        tokenkeep.onlinesim.oauth_auth(
            CLIENT_ID, CLIENT_SECRET, base_url=served.base_url, store=store, account="bob"
        ).manager.get()
    assert alice.manager.get().access_token in served.state.tokens.live_tokens


def test_wrong_client_secret_is_a_clear_auth_error(served: ServedSandbox[OnlinesimSandbox]) -> None:
    """invalid_client at the code exchange says to check the client id and secret (and shows neither)."""
    with pytest.raises(tokenkeep.AuthError, match="check the client id and secret") as caught:
        tokenkeep.onlinesim.authorize(
            CLIENT_ID,
            "not-the-secret",
            base_url=served.base_url,
            store=MemoryStore(),
            open_browser=lambda url: httpx.get(consent(url).headers["location"]),
            wait=10,
        )
    assert "not-the-secret" not in str(caught.value) + repr(caught.value)


def test_implicit_flow_token_works_as_bearer(served: ServedSandbox[OnlinesimSandbox]) -> None:
    """The implicit flow redirects with an access token in the fragment; it is used as a Bearer token."""
    query = urlencode(
        {
            "client_id": CLIENT_ID,
            "redirect_uri": "http://127.0.0.1:9/callback",
            "response_type": "token",
            "scope": "sms-scope",
            "state": "s1",
        }
    )
    redirect = consent(f"{served.base_url}/oauth/authorize?{query}")
    fragment = parse_qs(urlsplit(redirect.headers["location"]).fragment)
    assert fragment["state"] == ["s1"] and fragment["token_type"] == ["Bearer"]
    with tokenkeep.onlinesim.client(fragment["access_token"][0], base_url=served.base_url) as api:
        assert isinstance(get_balance.sync(client=api), Balance)


def test_a_process_with_an_old_token_in_memory_refreshes_with_the_rotated_refresh_token(
    served: ServedSandbox[OnlinesimSandbox], tmp_path: Path
) -> None:
    """Process B still holds AT0/R0 in memory after A rotated R0 to R1: B's refresh uses R1 from the store."""
    sandbox = served.state
    sandbox.tokens.lifetime = 1.0
    authorize(served, FileStore(tmp_path))

    def process() -> tokenkeep.TokenAuth:  # a fresh store object: nothing shared in memory
        return tokenkeep.onlinesim.oauth_auth(
            CLIENT_ID, CLIENT_SECRET, base_url=served.base_url, store=FileStore(tmp_path), refresh_buffer=0.0
        )

    process_a, process_b = process(), process()
    with httpx.Client(base_url=served.base_url, auth=process_b) as b:
        assert balance_status(b) == "1000.00"  # B adopts AT0 (refresh token R0) from the store
        time.sleep(1.1)
        with httpx.Client(base_url=served.base_url, auth=process_a) as a:
            assert balance_status(a) == "1000.00"  # A refreshes: R0 is rotated to R1
        time.sleep(1.1)  # A's access token expires too
        assert balance_status(b) == "1000.00"  # B must refresh with R1, not its stale R0
    assert sandbox.refresh_requests == 2


def test_a_redirect_with_another_state_does_not_take_the_place_of_the_real_one(
    served: ServedSandbox[OnlinesimSandbox],
) -> None:
    """Any local process can hit the loopback port first: it gets a 400 and the real redirect still counts."""
    with tokenkeep.onlinesim.start_authorization(
        CLIENT_ID, CLIENT_SECRET, base_url=served.base_url, store=MemoryStore()
    ) as flow:
        assert httpx.get(flow.redirect_uri, params={"code": "x", "state": "guess"}).status_code == 400
        assert httpx.get(flow.redirect_uri, params={"code": "x", "state": "ünïcode"}).status_code == 400
        redirect = consent(flow.url)
        assert httpx.get(redirect.headers["location"]).status_code == 200
        auth = flow.finish(timeout=10)
    with httpx.Client(base_url=served.base_url, auth=auth) as http:
        assert balance_status(http) == "1000.00"
    assert served.state.code_exchanges == 1
