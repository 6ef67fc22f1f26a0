"""GoGoX token lifecycle over real HTTP: both client-auth modes, expiry, revocation, single flight.

As in the foundation (Airalo) tests: a short lifetime is refreshed before it ends
(no 401 at all); a revoked token costs one 401, one new token and one replay with
the same body; however many callers start cold, one token request is made.
"""

from __future__ import annotations

import asyncio
import json
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from gogox_client.api.orders import get_order_v2
from gogox_client.api.transport import create_transport_order, get_transport_order
from gogox_client.models import OAuthError, Order
from gogox_support import api, order_request
from tokenkeep import AuthError, MemoryStore

from tests.sandbox._common import ServedSandbox
from tests.sandbox.gogox import GogoxSandbox

Served = ServedSandbox[GogoxSandbox]
MODES = ["body", "basic"]


def existing_order(gogox: Served) -> str:
    """An order placed directly in the sandbox state (no HTTP, no token)."""
    body = json.loads(json.dumps(order_request().to_dict()))
    return gogox.state.place_order("transport", body).uuid


@pytest.mark.parametrize("mode", MODES)
def test_both_client_authentication_modes_get_tokens(gogox: Served, mode: str) -> None:
    """Credentials in the JSON body (default) and HTTP Basic with a form body both work against the sandbox."""
    uuid = existing_order(gogox)
    with api(gogox, credentials_in=mode) as client:
        assert isinstance(get_order_v2.sync(uuid, client=client), Order)
    assert gogox.state.token_auth_methods == [mode]
    assert gogox.state.requests_to("/oauth/token") == 1  # its body was validated against the spec


def test_short_lifetime_is_refreshed_proactively_without_any_401(gogox: Served) -> None:
    """With 2 s tokens, calls for 2.2 s refresh before expiry (at half life): several tokens, zero 401s."""
    gogox.state.configure(token_lifetime=2)
    uuid = existing_order(gogox)
    with api(gogox) as client:
        deadline = time.monotonic() + 2.2
        calls = 0
        while time.monotonic() < deadline:
            assert get_order_v2.sync_detailed(uuid, client=client).status_code == 200
            calls += 1
            time.sleep(0.02)
    assert gogox.state.unauthorized == 0
    assert gogox.state.token_requests >= 2
    assert calls > gogox.state.token_requests  # tokens are reused between refreshes


def test_revoked_token_costs_one_401_one_refresh_one_replay_with_the_body(gogox: Served) -> None:
    """After revocation a POST gets one 401, one new token, and is replayed once with the same JSON body."""
    with api(gogox) as client:
        first = create_transport_order.sync(client=client, body=order_request(note="first"))
        assert isinstance(first, Order)
        gogox.state.revoke_tokens()
        response = create_transport_order.sync_detailed(client=client, body=order_request(note="after revocation"))
    assert response.status_code == 201 and isinstance(response.parsed, Order)
    assert response.parsed.note_to_courier == "after revocation"
    assert gogox.state.unauthorized == 1
    assert gogox.state.token_requests == 2
    assert gogox.state.requests_to("/transport/orders", "POST") == 3  # first, rejected, replayed
    notes = [order.request_body.get("note_to_courier") for order in gogox.state.orders.values()]
    assert notes == ["first", "after revocation"]  # the replay created it once, body intact


async def test_revoked_token_is_replaced_once_for_50_concurrent_tasks(gogox: Served) -> None:
    """50 tasks holding a revoked token each get one 401, but share one new token."""
    uuid = existing_order(gogox)
    async with api(gogox) as client:
        assert isinstance(await get_order_v2.asyncio(uuid, client=client), Order)
        gogox.state.revoke_tokens()
        results = await asyncio.gather(*(get_order_v2.asyncio_detailed(uuid, client=client) for _ in range(50)))
    assert [r.status_code for r in results] == [200] * 50
    assert gogox.state.token_requests == 2
    assert gogox.state.unauthorized == 50


async def test_server_side_expiry_is_handled_like_revocation_async(gogox: Served) -> None:
    """A token the server expired early ("The access token expired") is refreshed once and the call replayed."""
    uuid = existing_order(gogox)
    async with api(gogox) as client:
        await get_transport_order.asyncio(uuid, client=client)
        gogox.state.expire_tokens()
        polled = await get_transport_order.asyncio(uuid, client=client)
    assert isinstance(polled, Order) and polled.uuid == uuid
    assert gogox.state.unauthorized == 1 and gogox.state.token_requests == 2


def test_invalid_token_401s_say_why(gogox: Served) -> None:
    """The sandbox's 401 is RFC 6750: WWW-Authenticate Bearer error="invalid_token", with the reason."""
    import httpx

    def new_token() -> str:
        credentials = {"client_id": gogox.client_id, "client_secret": gogox.client_secret}
        answer = httpx.post(
            gogox.url("/oauth/token"),
            json={"grant_type": "client_credentials", **credentials},
            headers={"Accept": "application/json"},  # as the docs' samples; the sandbox records its absence
        )
        return str(answer.json()["access_token"])

    def reason(headers: dict[str, str]) -> str:
        answer = httpx.get(gogox.url("/api/v2/orders/x"), headers=headers)
        assert answer.status_code == 401 and answer.json()["error"] == "invalid_token"
        assert answer.headers["www-authenticate"].startswith('Bearer realm="Doorkeeper", error="invalid_token"')
        return str(answer.json()["error_description"])

    expired = new_token()
    gogox.state.expire_tokens()
    revoked = new_token()
    gogox.state.revoke_tokens()
    assert reason({"Authorization": f"Bearer {expired}"}) == "The access token expired"
    assert reason({"Authorization": f"Bearer {revoked}"}) == "The access token was revoked"
    assert reason({"Authorization": "Bearer made-up"}) == "The access token is invalid"
    assert reason({}) == "The access token is invalid"


def test_a_token_rejected_twice_raises_auth_error_without_looping(gogox: Served) -> None:
    """If even a fresh token is refused, the call raises AuthError after exactly one refresh."""
    gogox.state.configure(valid_for=0)  # every token is dead on arrival
    with api(gogox) as client, pytest.raises(AuthError) as info:
        get_order_v2.sync("any", client=client)
    assert "rejected a newly issued token" in str(info.value) and info.value.status_code == 401
    assert gogox.state.token_requests == 2 and gogox.state.unauthorized == 2


def test_a_401_that_is_not_invalid_token_is_not_retried(gogox: Served) -> None:
    """401 with error="insufficient_scope" is not a dead token: no refresh, the OAuthError is returned."""
    uuid = existing_order(gogox)
    with api(gogox) as client:
        get_order_v2.sync(uuid, client=client)
        gogox.state.fail_next(
            401,
            body={"error": "insufficient_scope", "error_description": "The request requires higher privileges"},
            headers={"WWW-Authenticate": 'Bearer realm="Doorkeeper", error="insufficient_scope"'},
            path="/api/v2/orders/*",
        )
        response = get_order_v2.sync_detailed(uuid, client=client)
    assert response.status_code == 401
    assert isinstance(response.parsed, OAuthError) and response.parsed.error == "insufficient_scope"
    assert gogox.state.token_requests == 1


@pytest.mark.parametrize("mode", MODES)
async def test_200_cold_concurrent_tasks_make_one_token_request(gogox: Served, mode: str) -> None:
    """200 asyncio tasks started together with no token make exactly one token request."""
    uuid = existing_order(gogox)
    async with api(gogox, credentials_in=mode) as client:
        results = await asyncio.gather(*(get_order_v2.asyncio_detailed(uuid, client=client) for _ in range(200)))
    assert [r.status_code for r in results] == [200] * 200
    assert gogox.state.token_requests == 1 and gogox.state.token_attempts == 1
    assert gogox.state.unauthorized == 0


def test_cold_threads_with_their_own_clients_share_one_token(gogox: Served) -> None:
    """32 threads, each with its own generated Client on one store, make one token request."""
    uuid = existing_order(gogox)
    store = MemoryStore()

    def poll(_: Any) -> int:
        with api(gogox, store=store) as client:
            return int(get_order_v2.sync_detailed(uuid, client=client).status_code)

    with ThreadPoolExecutor(32) as pool:
        assert list(pool.map(poll, range(32))) == [200] * 32
    assert gogox.state.token_requests == 1
