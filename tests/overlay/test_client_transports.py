"""What `tokenkeep._retry.client_args` gives the generated Client: pool limits, proxy routes, wrapping.

Unit tests of that one function through the generated Client that calls it, with no network:
the built httpx client's routes (`_transport`, `_mounts`) and httpcore's pool settings are read
directly, since no request can show a keep-alive limit. The same routes carrying real requests
through a proxy are tested in tests/contract/test_env_proxies.py.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from airalo_client import Client
from tokenkeep._retry import DEFAULT_LIMITS, AsyncRetryTransport, RetryTransport

PROXY = "http://proxy.internal:3128"


@pytest.fixture(autouse=True)
def _no_proxy_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture(params=("sync", "async"))
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def built(mode: str, **httpx_args: Any) -> Any:
    """The httpx client a generated Client builds for `mode` from these httpx_args."""
    client = Client(base_url="https://partners-api.airalo.com", httpx_args=httpx_args)
    return client.get_httpx_client() if mode == "sync" else client.get_async_httpx_client()


def retried(transport: Any, mode: str) -> Any:
    """The transport inside our retry wrapper (failing if it is not wrapped)."""
    assert type(transport) is (RetryTransport if mode == "sync" else AsyncRetryTransport), transport
    return transport.transport


def limits_of(transport: Any) -> tuple[int | None, int | None, float | None]:
    pool = transport._pool  # httpcore's ConnectionPool (HTTPProxy for a proxy): what Limits became
    return pool._max_connections, pool._max_keepalive_connections, pool._keepalive_expiry


def routes(client: Any) -> dict[str, Any]:
    return {str(pattern.pattern): transport for pattern, transport in client._mounts.items()}


def test_the_default_limits_keep_every_connection_alive() -> None:
    """httpcore#1110: as many keep-alive connections as connections, idle ones closed after 5 s."""
    assert (DEFAULT_LIMITS.max_connections, DEFAULT_LIMITS.max_keepalive_connections) == (100, 100)
    assert DEFAULT_LIMITS.keepalive_expiry == 5.0


def test_without_limits_every_transport_built_gets_the_default_limits(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The default transport and each proxy route from the environment get DEFAULT_LIMITS."""
    monkeypatch.setenv("HTTPS_PROXY", PROXY)
    monkeypatch.setenv("NO_PROXY", "localhost")
    client = built(mode)
    found = routes(client)
    assert sorted(found) == ["all://localhost", "https://"]
    assert found["all://localhost"] is None  # NO_PROXY: httpx's default transport, ours
    assert limits_of(retried(client._transport, mode)) == (100, 100, 5.0)
    through = retried(found["https://"], mode)
    assert limits_of(through) == (100, 100, 5.0)
    assert str(through._pool._proxy_url.origin) == "http://proxy.internal:3128"


def test_a_users_limits_are_kept_on_every_transport_built(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx_args={"limits": ...} wins over the default, for the proxy route too."""
    monkeypatch.setenv("ALL_PROXY", PROXY)
    client = built(mode, limits=httpx.Limits(max_connections=7, max_keepalive_connections=3, keepalive_expiry=1.5))
    assert limits_of(retried(client._transport, mode)) == (7, 3, 1.5)
    assert limits_of(retried(routes(client)["all://"], mode)) == (7, 3, 1.5)


def test_trust_env_false_builds_no_proxy_route(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx_args={"trust_env": False}: the proxy variables are not read."""
    monkeypatch.setenv("HTTP_PROXY", PROXY)
    client = built(mode, trust_env=False)
    assert routes(client) == {}
    assert limits_of(retried(client._transport, mode)) == (100, 100, 5.0)


def test_a_users_transport_is_wrapped_as_given_and_the_environment_not_read(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """httpx_args={"transport": ...}: used as given (limits untouched), no proxy from the environment, as httpx does."""
    monkeypatch.setenv("HTTP_PROXY", PROXY)
    given = httpx.MockTransport(lambda request: httpx.Response(204))
    client = built(mode, transport=given)
    assert retried(client._transport, mode) is given
    assert routes(client) == {}


def test_a_users_mounts_win_over_the_environment_and_are_wrapped(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The user's mount for a pattern replaces the environment's; each is wrapped, a None mount stays None."""
    monkeypatch.setenv("HTTP_PROXY", PROXY)
    mine = httpx.MockTransport(lambda request: httpx.Response(204))
    client = built(mode, mounts={"http://": mine, "all://direct.internal": None})
    found = routes(client)
    assert sorted(found) == ["all://direct.internal", "http://"]
    assert retried(found["http://"], mode) is mine
    assert found["all://direct.internal"] is None


def test_an_explicit_proxy_routes_everything_and_ignores_the_environment(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """httpx_args={"proxy": url}: one route for everything through it, NO_PROXY not read (as httpx)."""
    monkeypatch.setenv("NO_PROXY", "partners-api.airalo.com")
    client = built(mode, proxy="http://other.internal:8080")
    found = routes(client)
    assert list(found) == ["all://"]
    through = retried(found["all://"], mode)
    assert str(through._pool._proxy_url.origin) == "http://other.internal:8080"
    assert limits_of(through) == (100, 100, 5.0)
