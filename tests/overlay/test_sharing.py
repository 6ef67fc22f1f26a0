"""What one process shares: a manager per credential set and equal store, an SSL context per TLS setting.

Also what a store key leaves out (the secret) and what a base URL in clear gets (a warning).
"""

from __future__ import annotations

import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis
import tokenkeep
import tokenkeep.airalo
from tokenkeep import FileStore, MemoryStore, RefreshPolicy, Token, TokenManager
from tokenkeep._providers import _common
from tokenkeep._providers._common import InsecureTransportWarning
from tokenkeep._providers.airalo import AiraloTokenEndpoint
from tokenkeep_fakes import FakeEndpoint

from tests.sandbox._common import ServedSandbox, serve
from tests.sandbox.airalo import AiraloSandbox, create_app


@pytest.fixture
def airalo() -> Iterator[ServedSandbox[AiraloSandbox]]:
    with serve(create_app(AiraloSandbox(rate_limit=1000))) as served:
        yield served


def test_two_clients_with_the_default_store_share_one_manager(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, airalo: ServedSandbox[AiraloSandbox]
) -> None:
    """tokenkeep.airalo.auth(id, secret) twice: each default FileStore is a new object, yet one manager, one fetch."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    state = airalo.state
    first = tokenkeep.airalo.auth(state.client_id or "", state.client_secret or "", base_url=airalo.base_url)
    second = tokenkeep.airalo.auth(state.client_id or "", state.client_secret or "", base_url=airalo.base_url)
    assert first.manager is second.manager
    assert first.manager.get() is second.manager.get()
    assert state.token_requests == 1


def test_stores_are_equal_when_they_are_the_same_place() -> None:
    """FileStores on one directory are equal (and hash alike); MemoryStores are each their own."""
    assert FileStore("/tmp/tokens") == FileStore(Path("/tmp/tokens")) == FileStore("/tmp/../tmp/tokens")
    assert hash(FileStore("/tmp/tokens")) == hash(FileStore(Path("/tmp/tokens")))
    assert FileStore("/tmp/tokens") != FileStore("/tmp/other")
    assert MemoryStore() != MemoryStore()


def test_redis_stores_from_one_url_are_equal_and_stores_given_clients_are_not() -> None:
    """Two RedisStore(url) reach the same Redis; a store built on the caller's client equals only itself."""
    url = "redis://127.0.0.1:1/0"  # never connected to: equality needs no server
    assert tokenkeep.RedisStore(url) == tokenkeep.RedisStore(url)
    assert hash(tokenkeep.RedisStore(url)) == hash(tokenkeep.RedisStore(url))
    assert tokenkeep.RedisStore(url) != tokenkeep.RedisStore("redis://127.0.0.1:1/1")
    client = redis.Redis.from_url(url)  # redis-py: in the dev environment, and the extra tokenkeep[redis]
    given = tokenkeep.RedisStore(client=client)
    assert given == given and given != tokenkeep.RedisStore(client=client)


def test_another_secret_for_the_same_id_gets_its_own_manager_but_the_same_store_key() -> None:
    """The secret is never hashed into a store key; in the process it still keeps managers apart."""
    store = MemoryStore()
    first = tokenkeep.airalo.auth("id", "secret-1", base_url="https://partner.test", store=store)
    second = tokenkeep.airalo.auth("id", "secret-2", base_url="https://partner.test", store=store)
    assert first.manager is not second.manager
    assert first.manager.key == second.manager.key
    assert "secret" not in first.manager.key


class _RotatingEndpoint(FakeEndpoint):
    """A fake whose identity leaves the secret out, as every provider endpoint's does."""

    def identity(self) -> tuple[str, ...]:
        return ("one-client-id",)


def test_after_a_secret_rotation_the_old_record_reads_as_missing_and_is_replaced() -> None:
    """A record sealed with the old secret cannot be opened with the new one: fetched anew, under the same key."""
    store = MemoryStore()
    old = TokenManager(_RotatingEndpoint(secret="old-secret"), store, RefreshPolicy())
    now = time.time()
    old.put(Token("old-access", expires_at=now + 3600, issued_at=now, refresh_token="old-refresh"))
    endpoint = _RotatingEndpoint(secret="new-secret")
    new = TokenManager(endpoint, store, RefreshPolicy())
    assert new.key == old.key
    assert new.get().access_token == "token-1"
    assert len(endpoint.fetches) == 1
    assert new._open(store.get(new.key)) is not None and old._open(store.get(old.key)) is None
    assert len(store._values) == 1  # one record for this client: the old refresh token is gone


def test_the_ssl_context_is_built_once_for_every_token_fetch_and_client(
    monkeypatch: pytest.MonkeyPatch, airalo: ServedSandbox[AiraloSandbox]
) -> None:
    """Three token fetches and two API clients build one SSL context, not five (35-60 ms of CPU each)."""
    built: list[int] = []
    real = httpx.create_ssl_context

    def counting(*args: Any, **kwargs: Any) -> Any:
        built.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(httpx, "create_ssl_context", counting)
    monkeypatch.setattr(_common, "_ssl_contexts", {})
    state = airalo.state
    endpoint = AiraloTokenEndpoint(state.client_id or "", state.client_secret or "", base_url=airalo.base_url)
    for _ in range(3):
        assert endpoint.fetch(None).access_token
    for _ in range(2):
        api = tokenkeep.airalo.client("id", "secret", base_url=airalo.base_url, store=MemoryStore())
        api.get_httpx_client().close()
    assert len(built) == 1


async def test_an_async_fetch_builds_the_first_ssl_context_off_the_event_loop(
    monkeypatch: pytest.MonkeyPatch, airalo: ServedSandbox[AiraloSandbox]
) -> None:
    """The first context of the process is built in a worker thread: the loop never stalls on it."""
    built: list[int] = []
    real = httpx.create_ssl_context

    def counting(*args: Any, **kwargs: Any) -> Any:
        built.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(httpx, "create_ssl_context", counting)
    monkeypatch.setattr(_common, "_ssl_contexts", {})
    state = airalo.state
    endpoint = AiraloTokenEndpoint(state.client_id or "", state.client_secret or "", base_url=airalo.base_url)
    assert (await endpoint.afetch(None)).access_token
    assert (await endpoint.afetch(None)).access_token
    assert len(built) == 1 and built[0] != threading.get_ident()


@pytest.mark.parametrize("url", ["http://partner.example.com", "http://10.0.0.8:8080"])
def test_a_cleartext_base_url_to_another_host_warns(url: str) -> None:
    """http:// to anything but this machine sends the secret and tokens in clear: a warning says so."""
    with pytest.warns(InsecureTransportWarning, match="not encrypted"):
        tokenkeep.airalo.auth("id", "secret", base_url=url, store=MemoryStore())


@pytest.mark.parametrize(
    "url", ["https://partner.example.com", "http://127.0.0.1:8088", "http://localhost:8088", "http://[::1]:8088"]
)
def test_tls_or_a_loopback_sandbox_does_not_warn(url: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        tokenkeep.airalo.auth("id", "secret", base_url=url, store=MemoryStore())
