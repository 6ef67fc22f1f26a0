"""Every documented option reaches every entry point; a misspelt one is an error for mypy and at run time."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import tokenkeep
import tokenkeep.aeropay
import tokenkeep.airalo
import tokenkeep.gogox
import tokenkeep.onlinesim
from test_generated_typing import check
from tokenkeep import AuthOptions, ClientOptions, MemoryStore, RateLimit, RefreshDetails, RefreshPolicy, TokenAuth

from tests.sandbox._common import serve
from tests.sandbox.onlinesim import OnlinesimSandbox, create_app


def _hook(details: RefreshDetails) -> None:
    pass


STORE = MemoryStore()
#: One value for every option of AuthOptions, none of them a default.
AUTH_OPTIONS: dict[str, Any] = {
    "store": STORE,
    "rate_limit": RateLimit(3, 10.0),
    "refresh_buffer": 12.0,
    "rate_limit_wait": 5.0,
    "refresh_wait": 7.0,
    "on_refresh": _hook,
    "timeout": 4.0,
    "httpx_args": {"headers": {"X-Option": "given"}},
}
CLIENT_OPTIONS: dict[str, Any] = {**AUTH_OPTIONS, "raise_on_unexpected_status": False, "max_retries": 5}
POLICY = RefreshPolicy(
    buffer=12.0, rate_limit=RateLimit(3, 10.0), rate_limit_wait=5.0, refresh_wait=7.0, on_refresh=_hook
)
URL = "https://partner.test"


def test_the_lists_here_are_every_documented_option() -> None:
    """A new option fails this test until it is added to the lists (and so to every check below)."""
    assert AuthOptions.__optional_keys__ == set(AUTH_OPTIONS)
    assert ClientOptions.__optional_keys__ == set(CLIENT_OPTIONS)


def assert_auth_took_every_option(auth: Any) -> None:
    assert isinstance(auth, TokenAuth)
    assert auth.manager.policy == POLICY
    assert auth.manager.store is STORE
    endpoint: Any = auth.manager.endpoint
    assert endpoint.timeout == httpx.Timeout(4.0)
    assert endpoint.httpx_args == {"headers": {"X-Option": "given"}}


def assert_client_took_every_option(api: Any) -> None:
    http = api.get_httpx_client()
    assert_auth_took_every_option(http.auth)
    assert api.raise_on_unexpected_status is False
    assert api.max_retries == 5
    assert http.timeout == httpx.Timeout(4.0)
    assert http.headers["X-Option"] == "given"
    http.close()


def test_every_auth_takes_every_option() -> None:
    """airalo.auth, gogox.auth, aeropay.auth and onlinesim.oauth_auth apply all of AuthOptions."""
    for auth in (
        tokenkeep.airalo.auth("id", "secret", base_url=URL, **AUTH_OPTIONS),
        tokenkeep.gogox.auth("id", "secret", base_url=URL, **AUTH_OPTIONS),
        tokenkeep.aeropay.auth("key", "secret", 1057, base_url=URL, **AUTH_OPTIONS),
        tokenkeep.onlinesim.oauth_auth("id", "secret", base_url=URL, **AUTH_OPTIONS),
    ):
        assert_auth_took_every_option(auth)


def test_every_client_takes_every_option() -> None:
    """The client() functions, oauth_client and Merchant (given options or per client) apply all of ClientOptions."""
    given_to_merchant = tokenkeep.aeropay.Merchant("key", "secret", 1057, base_url=URL, **CLIENT_OPTIONS)
    plain_merchant = tokenkeep.aeropay.Merchant("key", "secret", 1057, base_url=URL)
    for api in (
        tokenkeep.airalo.client("id", "secret", base_url=URL, **CLIENT_OPTIONS),
        tokenkeep.gogox.client("id", "secret", base_url=URL, **CLIENT_OPTIONS),
        tokenkeep.aeropay.client("key", "secret", 1057, base_url=URL, **CLIENT_OPTIONS),
        tokenkeep.onlinesim.oauth_client("id", "secret", base_url=URL, **CLIENT_OPTIONS),
        given_to_merchant.client(),
        given_to_merchant.user_client("user-1"),
        plain_merchant.client(**CLIENT_OPTIONS),
        plain_merchant.user_client("user-1", **CLIENT_OPTIONS),
    ):
        assert_client_took_every_option(api)


def test_the_api_key_client_takes_the_http_options_and_refuses_token_options() -> None:
    """onlinesim.client has no token to keep: timeout, httpx_args and raise_on_unexpected_status only."""
    api = tokenkeep.onlinesim.client(
        "key",
        base_url=URL,
        timeout=4.0,
        httpx_args={"headers": {"X-Option": "given"}},
        raise_on_unexpected_status=False,
        max_retries=0,
    )
    http = api.get_httpx_client()
    assert http.timeout == httpx.Timeout(4.0) and http.headers["X-Option"] == "given"
    assert api.raise_on_unexpected_status is False and api.max_retries == 0
    http.close()
    with pytest.raises(TypeError, match="unexpected keyword argument 'store'"):
        tokenkeep.onlinesim.client("key", store=MemoryStore())  # type: ignore[call-arg]


def test_the_authorization_flow_takes_every_option(tmp_path: Path) -> None:
    """authorize() runs the whole flow with every option and returns an auth that applied them all."""
    state = OnlinesimSandbox()
    with serve(create_app(state)) as served:

        def consent(url: str) -> None:
            with httpx.Client() as http:
                page = http.get(url)
                fields = dict(re.findall(r'name="(client_id|state|auth_token)" value="([^"]*)"', page.text))
                fields.update(username="sandbox-user", password="sandbox-password", action="approve")
                redirect = http.post(str(page.url.copy_with(path="/oauth/authorize", query=None)), data=fields)
                http.get(redirect.headers["location"])

        options = {**AUTH_OPTIONS, "httpx_args": {"headers": {"X-Option": "given"}}}
        auth = tokenkeep.onlinesim.authorize(
            state.client_id, state.client_secret, base_url=served.base_url, open_browser=consent, wait=10, **options
        )
        assert_auth_took_every_option(auth)
        assert auth.manager.get().refresh_token
        with tokenkeep.onlinesim.start_authorization(
            state.client_id, state.client_secret, base_url=served.base_url, scopes=("sms-scope",), **options
        ) as flow:
            assert flow.url.startswith(served.base_url)


@pytest.mark.parametrize(
    "call",
    [
        lambda: tokenkeep.airalo.client("id", "secret", rate_limt=None),
        lambda: tokenkeep.airalo.auth("id", "secret", raise_on_unexpected_status=True),
        lambda: tokenkeep.gogox.client("id", "secret", refresh_buffr=1.0),
        lambda: tokenkeep.aeropay.client("key", "secret", 1057, rate_limit_wiat=5),
        lambda: tokenkeep.aeropay.Merchant("key", "secret", 1057, rate_limit_wiat=5),
        lambda: tokenkeep.aeropay.Merchant("key", "secret", 1057).client(rate_limit_wiat=5),
        lambda: tokenkeep.onlinesim.oauth_client("id", "secret", ratelimit=None),
        lambda: tokenkeep.onlinesim.start_authorization("id", "secret", scope=("sms-scope",)),
    ],
)
def test_a_misspelt_option_is_a_type_error_naming_it(call: Any) -> None:
    """At run time, as for any keyword: TypeError with the option's name, before anything is fetched."""
    with pytest.raises(TypeError, match=r"unexpected keyword argument '\w+'"):
        call()


def test_the_options_the_issue_found_refused_now_work() -> None:
    """rate_limit_wait on Aeropay's client and Merchant, rate_limit=None on Onlinesim's oauth_client."""
    started = time.monotonic()
    api = tokenkeep.aeropay.client("key", "secret", 1057, base_url=URL, store=STORE, rate_limit_wait=5)
    assert api.get_httpx_client().auth.manager.policy.rate_limit_wait == 5  # type: ignore[union-attr]
    merchant = tokenkeep.aeropay.Merchant("key", "secret", 1057, base_url=URL, store=STORE, rate_limit_wait=5)
    assert merchant.client().get_httpx_client().auth.manager.policy.rate_limit_wait == 5  # type: ignore[union-attr]
    oauth = tokenkeep.onlinesim.oauth_client("id", "secret", base_url=URL, store=STORE, rate_limit=None)
    assert oauth.get_httpx_client().auth.manager.policy.rate_limit is None  # type: ignore[union-attr]
    assert time.monotonic() - started < 5  # nothing was fetched


TYPED_USER_CODE = """
import tokenkeep
import tokenkeep.aeropay
import tokenkeep.airalo
import tokenkeep.onlinesim

def on_refresh(details: tokenkeep.RefreshDetails) -> None: ...

store: tokenkeep.Store = tokenkeep.MemoryStore()
hook: tokenkeep.RefreshHook = on_refresh
options: tokenkeep.ClientOptions = {"store": store, "refresh_wait": 5.0}
api = tokenkeep.airalo.client("id", "secret", rate_limit=None, on_refresh=hook, store=store)
forwarded = tokenkeep.airalo.client("id", "secret", **options)
merchant = tokenkeep.aeropay.Merchant("key", "secret", 1057, rate_limit_wait=5)
oauth = tokenkeep.onlinesim.oauth_client("id", "secret", rate_limit=None)
"""


def test_mypy_accepts_the_options_and_the_exported_types(tmp_path: Path) -> None:
    out, status = check(tmp_path, TYPED_USER_CODE)
    assert status == 0, out


def test_mypy_catches_a_misspelt_or_mistyped_option(tmp_path: Path) -> None:
    code = TYPED_USER_CODE + 'bad = tokenkeep.airalo.client("id", "secret", rate_limt=None)\n'
    code += 'worse = tokenkeep.aeropay.Merchant("key", "secret", 1057, rate_limit_wait="5")\n'
    out, status = check(tmp_path, code)
    assert status == 1
    assert 'Unexpected keyword argument "rate_limt"' in out, out
    assert 'Argument "rate_limit_wait" to "Merchant" has incompatible type "str"' in out, out
