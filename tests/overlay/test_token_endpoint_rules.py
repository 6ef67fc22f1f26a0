"""The token endpoint's rules, the same on all four providers (issue 12, item 5), against their sandboxes.

A 429 is waited out within the caller's budget; one that never ends gives RateLimitError after a
handful of requests; a 5xx is a TokenError and nothing else.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import tokenkeep
import tokenkeep.aeropay
import tokenkeep.airalo
import tokenkeep.gogox
import tokenkeep.onlinesim
from tokenkeep import MemoryStore, RateLimitError, Token, TokenAuth, TokenError

from tests.sandbox import aeropay, airalo, gogox, onlinesim
from tests.sandbox._common import ServedSandbox, serve

REFRESH_TOKEN = "refresh-granted-earlier"


def _airalo(served: ServedSandbox[Any], **options: Any) -> TokenAuth:
    state = served.state
    return tokenkeep.airalo.auth(state.client_id, state.client_secret, base_url=served.base_url, **options)


def _gogox(served: ServedSandbox[Any], **options: Any) -> TokenAuth:
    state = served.state
    return tokenkeep.gogox.auth(state.client_id, state.client_secret, base_url=served.base_url, **options)


def _aeropay(served: ServedSandbox[Any], **options: Any) -> TokenAuth:
    state = served.state
    return tokenkeep.aeropay.auth(state.api_key, state.api_secret, 1057, base_url=served.base_url, **options)


def _onlinesim(served: ServedSandbox[Any], **options: Any) -> TokenAuth:
    """An OAuth auth whose access token has expired: the next call refreshes with a granted refresh token."""
    state = served.state
    state.refresh_tokens[REFRESH_TOKEN] = onlinesim.Grant(("sms-scope",))
    auth = tokenkeep.onlinesim.oauth_auth(state.client_id, state.client_secret, base_url=served.base_url, **options)
    now = time.time()
    auth.manager.put(Token("expired", expires_at=now - 60, issued_at=now - 3600, refresh_token=REFRESH_TOKEN))
    return auth


@dataclass(frozen=True)
class Provider:
    name: str
    sandbox: Any  # the sandbox module: State class and create_app
    state: str
    token_path: str
    auth: Callable[..., TokenAuth]

    def __str__(self) -> str:
        return self.name


PROVIDERS = [
    Provider("airalo", airalo, "AiraloSandbox", "/v2/token", _airalo),
    Provider("gogox", gogox, "GogoxSandbox", "/oauth/token", _gogox),
    Provider("onlinesim", onlinesim, "OnlinesimSandbox", "/oauth/token", _onlinesim),
    Provider("aeropay", aeropay, "AeropaySandbox", "/v2/token", _aeropay),
]


@pytest.fixture(params=PROVIDERS, ids=str)
def provider(request: pytest.FixtureRequest) -> Iterator[tuple[Provider, ServedSandbox[Any]]]:
    chosen: Provider = request.param
    state = getattr(chosen.sandbox, chosen.state)()
    with serve(chosen.sandbox.create_app(state)) as served:
        yield chosen, served
    if hasattr(state, "close"):  # the sandboxes that send webhooks stop their delivery threads
        state.close()


@pytest.fixture(params=["sync", "async"])
def get_token(request: pytest.FixtureRequest) -> Callable[[TokenAuth], Token]:
    """Ask the auth's manager for a token, from a thread or from an event loop."""
    if request.param == "sync":
        return lambda auth: auth.manager.get()
    return lambda auth: asyncio.run(auth.manager.aget())


def test_a_429_is_waited_out_within_the_budget(
    provider: tuple[Provider, ServedSandbox[Any]], get_token: Callable[[TokenAuth], Token]
) -> None:
    """429 with Retry-After: 1, then a token: one wait of about a second, two requests, on every provider."""
    chosen, served = provider
    served.state.fail_next(429, path=chosen.token_path, headers={"Retry-After": "1"})
    auth = chosen.auth(served, store=MemoryStore(), rate_limit_wait=10)
    started = time.monotonic()
    token = get_token(auth)
    assert token.access_token and token.access_token != "expired"
    assert 0.9 <= time.monotonic() - started < 10
    assert served.state.requests_to(chosen.token_path) == 2


def test_a_429_that_never_ends_gives_rate_limit_error_after_a_handful_of_requests(
    provider: tuple[Provider, ServedSandbox[Any]], get_token: Callable[[TokenAuth], Token]
) -> None:
    """An endpoint that answers 429 (Retry-After: 0) forever: RateLimitError within the budget, 5 requests."""
    chosen, served = provider
    served.state.fail_next(429, path=chosen.token_path, headers={"Retry-After": "0"}, times=1000)
    auth = chosen.auth(served, store=MemoryStore(), rate_limit_wait=30)
    started = time.monotonic()
    with pytest.raises(RateLimitError) as caught:
        get_token(auth)
    assert time.monotonic() - started < 30
    assert served.state.requests_to(chosen.token_path) == 5
    assert caught.value.status_code == 429 and "429" in str(caught.value)


def test_a_token_endpoint_5xx_is_a_token_error_and_nothing_else(
    provider: tuple[Provider, ServedSandbox[Any]], get_token: Callable[[TokenAuth], Token]
) -> None:
    """503 with an HTML page: TokenError carrying the status; never a provider API error as well."""
    chosen, served = provider
    served.state.fail_next(503, path=chosen.token_path, body="<html>down for maintenance</html>")
    auth = chosen.auth(served, store=MemoryStore())
    with pytest.raises(TokenError) as caught:
        get_token(auth)
    assert type(caught.value) is TokenError
    assert not isinstance(caught.value, tokenkeep.APIError)
    assert caught.value.status_code == 503
