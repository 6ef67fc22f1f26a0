"""Every token request says `Accept: application/json`, as the docs' samples do; the sandboxes check it.

Airalo (seeds 000 and 001), Aeropay (seed 003) and GoGoX (reference §4) show the header on the token
request, so their sandboxes record a request without it as a violation (answering it as usual). The
Onlinesim seed shows `*/*`, so its sandbox only records what came; tokenkeep sends JSON there too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import tokenkeep
import tokenkeep.onlinesim
from onlinesim_client.api.account import get_balance
from onlinesim_client.models import Balance
from tokenkeep._providers.aeropay import AeropayTokenEndpoint
from tokenkeep._providers.airalo import AiraloTokenEndpoint
from tokenkeep._providers.gogox import GogoxTokenEndpoint

from tests.onlinesim.test_onlinesim_oauth_refresh import CLIENT_ID, CLIENT_SECRET, authorize
from tests.sandbox import aeropay, airalo, gogox, onlinesim
from tests.sandbox._common import SandboxState, ServedSandbox, serve

JSON = {"Accept": "application/json"}


def airalo_case() -> tuple[SandboxState, Any, str, dict[str, Any], Callable[[str], Any]]:
    state = airalo.AiraloSandbox()
    body = {"client_id": state.client_id, "client_secret": state.client_secret, "grant_type": "client_credentials"}

    def endpoint(base_url: str) -> AiraloTokenEndpoint:
        return AiraloTokenEndpoint(state.client_id or "", state.client_secret or "", base_url=base_url)

    multipart = {name: (None, str(value)) for name, value in body.items()}  # the spec's only body type
    return state, airalo.create_app(state), "/v2/token", {"files": multipart}, endpoint


def aeropay_case() -> tuple[SandboxState, Any, str, dict[str, Any], Callable[[str], Any]]:
    state = aeropay.AeropaySandbox()
    body = {"apiKey": state.api_key, "apiSecret": state.api_secret, "scope": "merchant", "id": 1057}

    def endpoint(base_url: str) -> AeropayTokenEndpoint:
        return AeropayTokenEndpoint(state.api_key, state.api_secret, 1057, base_url=base_url)

    return state, aeropay.create_app(state), "/v2/token", {"json": body}, endpoint


def gogox_case() -> tuple[SandboxState, Any, str, dict[str, Any], Callable[[str], Any]]:
    state = gogox.GogoxSandbox()
    body = {"client_id": state.client_id, "client_secret": state.client_secret, "grant_type": "client_credentials"}

    def endpoint(base_url: str) -> GogoxTokenEndpoint:
        return GogoxTokenEndpoint(state.client_id or "", state.client_secret or "", base_url=base_url)

    return state, gogox.create_app(state), "/oauth/token", {"json": body}, endpoint


CASES = {"airalo": airalo_case, "aeropay": aeropay_case, "gogox": gogox_case}


@pytest.fixture(params=sorted(CASES))
def case(request: pytest.FixtureRequest) -> Iterator[tuple[SandboxState, str, str, dict[str, Any], Any]]:
    state, app, path, send, endpoint = CASES[request.param]()
    with serve(app) as served:
        yield state, served.base_url, path, send, endpoint(served.base_url)
    close = getattr(state, "close", None)
    if close is not None:
        close()


def accept_violations(state: SandboxState) -> list[str]:
    return [v for v in state.violations if "Accept" in v]


def test_a_token_request_without_accept_json_is_recorded(case: Any) -> None:
    """httpx's default `Accept: */*` on the token endpoint is a recorded violation (the answer is unchanged)."""
    state, base_url, path, send, _ = case
    state.expect_violations(passthrough=True)
    answer = httpx.post(base_url + path, **send)
    assert answer.status_code == 200
    assert accept_violations(state) == [f"POST {path}: Accept is '*/*', the docs send 'application/json'"]


def test_a_token_request_with_accept_json_passes(case: Any) -> None:
    """The header the docs show is what the sandbox wants: no violation."""
    state, base_url, path, send, _ = case
    assert httpx.post(base_url + path, **send, headers=JSON).status_code == 200
    assert state.violations == []


def test_tokenkeep_sends_accept_json_sync(case: Any) -> None:
    """A token fetched by tokenkeep (sync) leaves no violation: it sent `Accept: application/json`."""
    state, _, _, _, endpoint = case
    assert endpoint.fetch(None).access_token
    assert state.token_requests == 1 and state.violations == []


async def test_tokenkeep_sends_accept_json_async(case: Any) -> None:
    """The same for an async fetch."""
    state, _, _, _, endpoint = case
    assert (await endpoint.afetch(None)).access_token
    assert state.token_requests == 1 and state.violations == []


@pytest.fixture
def onlinesim_served() -> Iterator[ServedSandbox[onlinesim.OnlinesimSandbox]]:
    state = onlinesim.OnlinesimSandbox()
    with serve(onlinesim.create_app(state)) as served:
        yield served


async def test_onlinesim_code_exchange_and_refreshes_send_accept_json(
    onlinesim_served: ServedSandbox[onlinesim.OnlinesimSandbox],
) -> None:
    """Authorization-code exchange, a sync refresh and an async refresh all send `Accept: application/json`."""
    state = onlinesim_served.state
    store = tokenkeep.MemoryStore()
    authorize(onlinesim_served, store)
    options = {"base_url": onlinesim_served.base_url, "store": store}
    with tokenkeep.onlinesim.oauth_client(CLIENT_ID, CLIENT_SECRET, **options) as api:
        state.expire_tokens()
        assert isinstance(get_balance.sync(client=api), Balance)
    async with tokenkeep.onlinesim.oauth_client(CLIENT_ID, CLIENT_SECRET, **options) as api:
        state.expire_tokens()
        assert isinstance(await get_balance.asyncio(client=api), Balance)
    assert state.code_exchanges == 1 and state.refresh_requests == 2
    assert state.token_accepts == ["application/json"] * 3
