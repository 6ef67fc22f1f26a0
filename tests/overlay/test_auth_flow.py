"""TokenAuth driven by hand, as httpx's own tests do: no network."""

from __future__ import annotations

import httpx
import pytest
from tokenkeep import AuthError, AuthPolicy, MemoryStore, RefreshPolicy, TokenAuth, TokenManager
from tokenkeep_fakes import FakeEndpoint


def auth() -> tuple[TokenAuth, FakeEndpoint]:
    endpoint = FakeEndpoint()
    return TokenAuth(TokenManager(endpoint, MemoryStore(), RefreshPolicy())), endpoint


def test_request_gets_bearer_token() -> None:
    """The first request carries the managed token."""
    token_auth, _ = auth()
    flow = token_auth.sync_auth_flow(httpx.Request("GET", "https://api.test/x"))
    request = next(flow)
    assert request.headers["Authorization"] == "Bearer token-1"
    with pytest.raises(StopIteration):
        flow.send(httpx.Response(200))


def test_401_refreshes_once_and_replays_the_body() -> None:
    """A 401 invalidates the token, fetches one more and replays the same body once."""
    token_auth, endpoint = auth()
    request = httpx.Request("POST", "https://api.test/x", files={"a": (None, b"1")})
    flow = token_auth.sync_auth_flow(request)
    first = next(flow)
    body = first.content
    replay = flow.send(httpx.Response(401))
    assert replay.headers["Authorization"] == "Bearer token-2"
    assert replay.content == body and b'name="a"' in body
    with pytest.raises(StopIteration):
        flow.send(httpx.Response(200))
    assert len(endpoint.fetches) == 2


def test_second_401_raises_instead_of_looping() -> None:
    """A 401 on the replay raises AuthError; no third request is made."""
    token_auth, endpoint = auth()
    flow = token_auth.sync_auth_flow(httpx.Request("GET", "https://api.test/x?apikey=hidden"))
    next(flow)
    flow.send(httpx.Response(401))
    with pytest.raises(AuthError) as info:
        flow.send(httpx.Response(401, json={"data": [], "meta": {"message": "Unauthenticated."}}))
    assert info.value.status_code == 401
    assert "hidden" not in str(info.value)
    assert "token-" not in str(info.value) and "token-" not in repr(info.value)
    assert len(endpoint.fetches) == 2


async def test_async_flow_refreshes_once() -> None:
    """The async flow behaves like the sync one."""
    token_auth, _ = auth()
    flow = token_auth.async_auth_flow(httpx.Request("GET", "https://api.test/x"))
    first = await flow.__anext__()
    assert first.headers["Authorization"] == "Bearer token-1"
    replay = await flow.asend(httpx.Response(401))
    assert replay.headers["Authorization"] == "Bearer token-2"
    with pytest.raises(StopAsyncIteration):
        await flow.asend(httpx.Response(200))


def test_works_through_an_httpx_client() -> None:
    """Mounted on an httpx.Client, a revoked token costs one replay."""
    token_auth, endpoint = auth()
    valid = {"Bearer token-2"}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200 if request.headers["Authorization"] in valid else 401)

    with httpx.Client(transport=httpx.MockTransport(handler), auth=token_auth) as client:
        assert client.get("https://api.test/x").status_code == 200
        assert client.get("https://api.test/y").status_code == 200
    assert len(endpoint.fetches) == 2


class _BodyError(Exception):
    pass


def _raise_on_error_body(response: httpx.Response) -> None:
    if response.json().get("response") != 1:
        raise _BodyError(response.json()["response"])


def test_prepare_runs_once_so_the_replay_carries_the_same_header() -> None:
    """`prepare` runs before the first send only: a replay keeps what it set."""
    calls: list[str] = []

    def stamp(request: httpx.Request) -> None:
        calls.append(request.url.path)
        request.headers.setdefault("Idempotency-Key", f"key-{len(calls)}")

    endpoint = FakeEndpoint()
    token_auth = TokenAuth(TokenManager(endpoint, MemoryStore(), RefreshPolicy()), AuthPolicy(prepare=stamp))
    flow = token_auth.sync_auth_flow(httpx.Request("POST", "https://api.test/pay", json={"amount": 1}))
    first = next(flow)
    replay = flow.send(httpx.Response(401))
    assert first.headers["Idempotency-Key"] == replay.headers["Idempotency-Key"] == "key-1"
    assert calls == ["/pay"]


def test_prepare_error_stops_the_request_before_a_token_is_fetched() -> None:
    """An error raised by `prepare` (a wrong scope) means nothing is sent or fetched."""

    def refuse(request: httpx.Request) -> None:
        raise ValueError("wrong scope")

    endpoint = FakeEndpoint()
    token_auth = TokenAuth(TokenManager(endpoint, MemoryStore(), RefreshPolicy()), AuthPolicy(prepare=refuse))
    with pytest.raises(ValueError, match="wrong scope"):
        next(token_auth.sync_auth_flow(httpx.Request("GET", "https://api.test/x")))
    assert endpoint.fetches == []


def test_check_raises_for_an_error_in_an_http_200_body() -> None:
    """`check` sees the final response, body read, and its error reaches the caller."""
    endpoint = FakeEndpoint()
    policy = AuthPolicy(check=_raise_on_error_body)
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            200, json={"response": "NO_NUMBER"} if "bad" in request.url.path else {"response": 1}
        )
    )
    with httpx.Client(
        transport=transport, auth=TokenAuth(TokenManager(endpoint, MemoryStore(), RefreshPolicy()), policy)
    ) as client:
        assert client.get("https://api.test/good").json() == {"response": 1}
        with pytest.raises(_BodyError, match="NO_NUMBER"):
            client.get("https://api.test/bad")


async def test_check_runs_on_the_replayed_response_in_the_async_flow() -> None:
    """After a refresh and replay, the replay's response is the one checked."""
    endpoint = FakeEndpoint()
    token_auth = TokenAuth(
        TokenManager(endpoint, MemoryStore(), RefreshPolicy()), AuthPolicy(check=_raise_on_error_body)
    )
    flow = token_auth.async_auth_flow(httpx.Request("GET", "https://api.test/x"))
    await flow.__anext__()
    await flow.asend(httpx.Response(401))
    with pytest.raises(_BodyError, match="WRONG_PARAMS"):
        await flow.asend(httpx.Response(200, json={"response": "WRONG_PARAMS"}))
