"""Proxies from the environment reach every request, token requests included, sync and async.

httpx reads HTTP_PROXY / HTTPS_PROXY / ALL_PROXY / NO_PROXY only when a client is given no
transport, and our clients are given one (the retry transport), so tokenkeep builds the proxy
routes itself (`tokenkeep._retry.client_args`). Real HTTP: a sandbox on 127.0.0.1 and a forward
proxy (tests/support/forwardproxy.py) that records what passed through it and can fail requests.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import tokenkeep
import tokenkeep.airalo
from airalo_client.api.packages import get_packages

from tests.contract.cases import CASES, Case, served_case
from tests.sandbox._common import ServedSandbox
from tests.support.forwardproxy import ForwardProxy

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
AIRALO = CASES["airalo"]


@pytest.fixture(autouse=True)
def _no_proxy_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    # The machine's own proxy settings (either case: urllib reads both) must not decide a test.
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture(params=("sync", "async"))
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    with ForwardProxy().running() as running:
        yield running


@pytest.fixture
def airalo() -> Iterator[ServedSandbox[Any]]:
    with served_case(AIRALO) as handle:
        yield handle


def seen_by(served: ServedSandbox[Any]) -> list[str]:
    """Each request the sandbox served, as "METHOD /path", in order."""
    return [what for _, what in served.state.request_log]


def airalo_client(served: ServedSandbox[Any], **httpx_args: Any) -> Any:
    return tokenkeep.airalo.client(
        served.client_id or "",
        served.client_secret or "",
        base_url=served.base_url,
        store=tokenkeep.MemoryStore(),
        httpx_args=httpx_args,
    )


@pytest.mark.parametrize("provider", sorted(CASES))
def test_with_http_proxy_set_token_requests_and_api_calls_go_through_the_proxy(
    provider: str, mode: str, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HTTP_PROXY set: every request the sandbox serves, the token request first, came through the proxy."""
    case: Case = CASES[provider]
    with served_case(case) as served:
        served.state.reset_stats()
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        assert case.call(case.client(served), "read", mode) is not None
        served_paths = seen_by(served)
    assert proxy.paths() == served_paths, (proxy.paths(), served_paths)
    assert any(path.endswith(f" {case.read_path}") for path in served_paths), served_paths
    if provider != "onlinesim":  # Onlinesim's API key needs no token request
        assert served_paths[0].endswith("/token"), served_paths
    assert all(entry.url.startswith(served.base_url) for entry in proxy.log), proxy.log


def test_lowercase_and_all_proxy_are_honoured_as_httpx_honours_them(
    airalo: ServedSandbox[Any], mode: str, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """all_proxy (lower case, as curl writes it) routes plain http through the proxy too."""
    monkeypatch.setenv("all_proxy", proxy.url)
    AIRALO.call(airalo_client(airalo), "read", mode)
    assert proxy.paths() == ["POST /v2/token", "GET /v2/packages"]


def test_no_proxy_naming_the_host_bypasses_the_proxy(
    airalo: ServedSandbox[Any], mode: str, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NO_PROXY=127.0.0.1 sends token request and API call directly, as httpx does without a transport."""
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "example.com,127.0.0.1")
    assert AIRALO.call(airalo_client(airalo), "read", mode) is not None
    assert proxy.log == []
    assert seen_by(airalo) == ["POST /v2/token", "GET /v2/packages"]


def test_trust_env_false_ignores_the_proxy_variables(
    airalo: ServedSandbox[Any], mode: str, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """httpx_args={"trust_env": False}: HTTP_PROXY is not read, for the token request either."""
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    assert AIRALO.call(airalo_client(airalo, trust_env=False), "read", mode) is not None
    assert proxy.log == []
    assert seen_by(airalo) == ["POST /v2/token", "GET /v2/packages"]


def test_an_explicit_proxy_is_used_without_any_variable(
    airalo: ServedSandbox[Any], mode: str, proxy: ForwardProxy
) -> None:
    """httpx_args={"proxy": url} keeps working: every request through that proxy."""
    assert AIRALO.call(airalo_client(airalo, proxy=proxy.url), "read", mode) is not None
    assert proxy.paths() == seen_by(airalo) == ["POST /v2/token", "GET /v2/packages"]


def test_an_explicit_proxy_wins_over_no_proxy(
    airalo: ServedSandbox[Any], mode: str, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As in httpx, `proxy=` ignores the environment, NO_PROXY included."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    AIRALO.call(airalo_client(airalo, proxy=proxy.url), "read", mode)
    assert proxy.paths() == ["POST /v2/token", "GET /v2/packages"]


def test_a_503_from_the_proxy_on_a_read_is_retried_through_the_proxy(
    airalo: ServedSandbox[Any], mode: str, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two 503s (Retry-After: 0) from the proxy on an idempotent GET: retried, the third attempt answers."""
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    proxy.fail("GET /v2/packages", "503", "503")
    assert AIRALO.call(airalo_client(airalo), "read", mode) is not None
    assert [entry.fault for entry in proxy.log if entry.path == "/v2/packages"] == ["503", "503", "ok"]
    assert seen_by(airalo) == ["POST /v2/token", "GET /v2/packages"]


def test_an_order_lost_after_the_proxy_forwarded_it_is_not_replayed(
    airalo: ServedSandbox[Any], mode: str, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Placing an order (x-idempotent: false) whose answer is lost at the proxy: one order, an error, no retry."""
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    proxy.fail("POST /v2/orders", "lost")
    with pytest.raises(tokenkeep.APIError) as caught:
        AIRALO.call(airalo_client(airalo), "write", mode)
    assert isinstance(caught.value.__cause__, httpx.TransportError), repr(caught.value.__cause__)
    assert [entry.fault for entry in proxy.log if entry.path == "/v2/orders"] == ["lost"]
    assert airalo.state.requests_to("/v2/orders", "POST") == 1


def test_a_503_from_the_proxy_on_an_order_is_not_retried(
    airalo: ServedSandbox[Any], mode: str, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 503 on a non-idempotent POST reaches the caller at once (the proxy may have passed it on)."""
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    proxy.fail("POST /v2/orders", "503")
    with pytest.raises(tokenkeep.InternalServerError) as caught:
        AIRALO.call(airalo_client(airalo), "write", mode)
    assert caught.value.status_code == 503
    assert proxy.paths() == ["POST /v2/token", "POST /v2/orders"]
    assert airalo.state.requests_to("/v2/orders") == 0


class CountingTransport(httpx.HTTPTransport):
    """A user's transport through the proxy that counts how often it is closed."""

    closed = 0

    def close(self) -> None:
        self.closed += 1
        super().close()


class AsyncCountingTransport(httpx.AsyncHTTPTransport):
    closed = 0

    async def aclose(self) -> None:
        self.closed += 1
        await super().aclose()


def test_a_users_mounts_are_used_retried_and_left_open_by_the_token_request(
    airalo: ServedSandbox[Any], proxy: ForwardProxy
) -> None:
    """httpx_args={"mounts": ...}: the user's transport carries the calls, with retries; only its client closes it."""
    transport = CountingTransport(proxy=proxy.url)
    proxy.fail("GET /v2/packages", "503")
    api = airalo_client(airalo, mounts={"http://127.0.0.1": transport})
    with api:
        assert get_packages.sync(client=api) is not None
        assert transport.closed == 0  # the token client (one per fetch) borrowed it
    assert transport.closed == 1
    assert proxy.paths() == ["POST /v2/token", "GET /v2/packages", "GET /v2/packages"]


def test_a_users_mounts_are_used_retried_and_left_open_by_the_token_request_async(
    airalo: ServedSandbox[Any], proxy: ForwardProxy
) -> None:
    """The same with an async transport and client."""
    transport = AsyncCountingTransport(proxy=proxy.url)
    proxy.fail("GET /v2/packages", "503")
    api = airalo_client(airalo, mounts={"http://127.0.0.1": transport})

    async def run() -> None:
        async with api:
            assert await get_packages.asyncio(client=api) is not None
            assert transport.closed == 0
        assert transport.closed == 1

    asyncio.run(run())
    assert proxy.paths() == ["POST /v2/token", "GET /v2/packages", "GET /v2/packages"]
