"""A token request that could not connect is retried; one that may have reached Airalo is not."""

from __future__ import annotations

from typing import Any

import airalo_client
import httpx
import pytest
import tokenkeep.airalo
from airalo_client.api.balance import get_balance
from tokenkeep import MemoryStore, TokenError

from tests.sandbox._common import ServedSandbox
from tests.sandbox.airalo import AiraloSandbox

Served = ServedSandbox[AiraloSandbox]


class FailingFirst(httpx.HTTPTransport):
    """Real HTTP, except that the first `failures` token requests raise `error` before anything is sent."""

    def __init__(self, error: type[httpx.TransportError], failures: int) -> None:
        super().__init__()
        self.error, self.failures, self.calls = error, failures, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v2/token":
            self.calls += 1
            if self.calls <= self.failures:
                raise self.error("simulated", request=request)
        return super().handle_request(request)


class AsyncFailingFirst(httpx.AsyncHTTPTransport):
    def __init__(self, failures: int) -> None:
        super().__init__()
        self.failures, self.calls = failures, 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v2/token":
            self.calls += 1
            if self.calls <= self.failures:
                raise httpx.ConnectError("simulated", request=request)
        return await super().handle_async_request(request)


def client(served: Served, transport: httpx.BaseTransport | httpx.AsyncBaseTransport) -> airalo_client.Client:
    return tokenkeep.airalo.client(
        "sandbox-client-id", "sandbox-client-secret", base_url=served.base_url, store=MemoryStore(),
        httpx_args={"transport": transport},
    )  # fmt: skip


def test_connect_errors_are_retried_and_the_call_succeeds(served: Served) -> None:
    transport = FailingFirst(httpx.ConnectError, failures=2)
    with client(served, transport) as api:
        assert get_balance.sync_detailed(client=api).status_code == 200
    assert transport.calls == 3 and served.state.token_requests == 1


async def test_async_connect_errors_are_retried_too(served: Served) -> None:
    transport = AsyncFailingFirst(failures=1)
    async with client(served, transport) as api:
        assert (await get_balance.asyncio_detailed(client=api)).status_code == 200
    assert transport.calls == 2 and served.state.token_requests == 1


def test_connect_retries_are_bounded(served: Served) -> None:
    transport = FailingFirst(httpx.ConnectError, failures=10)
    with client(served, transport) as api, pytest.raises(TokenError, match="ConnectError"):
        get_balance.sync_detailed(client=api)
    assert transport.calls == 3  # CONNECT_ATTEMPTS


def test_a_read_timeout_is_not_retried_because_the_request_may_have_arrived(served: Served) -> None:
    transport = FailingFirst(httpx.ReadTimeout, failures=1)
    with client(served, transport) as api, pytest.raises(TokenError, match="ReadTimeout"):
        get_balance.sync_detailed(client=api)
    assert transport.calls == 1


class CloseCounting(httpx.HTTPTransport):
    """Counts the ways httpx closes a transport: close(), or leaving its `with` block."""

    def __init__(self) -> None:
        super().__init__()
        self.closed = 0

    def close(self) -> None:
        self.closed += 1
        super().close()

    def __exit__(self, *exc_info: Any) -> None:
        self.closed += 1
        super().__exit__(*exc_info)


def test_a_transport_the_user_passes_is_not_closed_by_token_fetches(served: Served) -> None:
    """The API client and the short-lived token client share it; only its owner closes it."""
    transport = CloseCounting()
    api = client(served, transport)
    with api:
        assert get_balance.sync_detailed(client=api).status_code == 200
        served.state.revoke_tokens()
        assert get_balance.sync_detailed(client=api).status_code == 200  # a second fetch, same transport
        assert transport.closed == 0
    assert transport.closed == 1  # by the API client, its owner here
    assert served.state.token_requests == 2
