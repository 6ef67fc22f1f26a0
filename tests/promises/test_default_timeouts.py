"""Every request has a finite timeout unless the caller passes one: each provider's client, and a bare generated one.

The Airalo test in test_airalo_token_promises.py watches the timeout that the API request and the token
request really go out with; these check the clients of every provider without a network.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import tokenkeep.aeropay
import tokenkeep.airalo
import tokenkeep.gogox
import tokenkeep.onlinesim
from tokenkeep import MemoryStore

DEFAULT = httpx.Timeout(30.0, connect=10.0)  # the README: 30 s, 10 s to connect

CLIENTS: dict[str, Callable[[], Any]] = {
    "airalo": lambda: tokenkeep.airalo.client("id", "secret", store=MemoryStore()),
    "onlinesim api key": lambda: tokenkeep.onlinesim.client("key"),
    "onlinesim oauth": lambda: tokenkeep.onlinesim.oauth_client("id", "secret", store=MemoryStore()),
    "aeropay": lambda: tokenkeep.aeropay.client("key", "secret", 1057, store=MemoryStore()),
    "gogox": lambda: tokenkeep.gogox.client("id", "secret", store=MemoryStore()),
}


@pytest.mark.parametrize("provider", CLIENTS)
def test_every_providers_client_has_the_finite_default_timeout(provider: str) -> None:
    """tokenkeep.<provider>.client(...) without a timeout waits 30 s at most (10 s to connect), sync and async."""
    client = CLIENTS[provider]()
    assert client.get_httpx_client().timeout == DEFAULT
    assert client.get_async_httpx_client().timeout == DEFAULT
    client.get_httpx_client().close()


@pytest.mark.parametrize("package", ["airalo_client", "onlinesim_client", "aeropay_client", "gogox_client"])
def test_a_bare_generated_client_has_a_finite_default_timeout(package: str) -> None:
    """A generated Client or AuthenticatedClient built without a timeout never waits forever, sync or async."""
    module = importlib.import_module(package)
    clients = [module.Client(base_url="http://127.0.0.1:9"), module.AuthenticatedClient(base_url="x", token="t")]
    for client in clients:
        for timeout in (client.get_httpx_client().timeout, client.get_async_httpx_client().timeout):
            values = (timeout.connect, timeout.read, timeout.write, timeout.pool)
            assert all(value is not None and 0 < value < 600 for value in values), (package, type(client), timeout)
        client.get_httpx_client().close()
