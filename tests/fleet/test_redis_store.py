"""RedisStore against a real redis-server: compare-and-delete, locks, outages."""

from __future__ import annotations

import logging
import threading
import time

import pytest
import redis
import redis.asyncio
from tokenkeep import LockTimeout, RedisStore, RefreshPolicy, StoreError, TokenManager

from tests.overlay.tokenkeep_fakes import FakeEndpoint
from tests.support.redis_server import RedisServer


def test_values_expire_with_their_ttl(redis_server: RedisServer) -> None:
    """A value is stored with a TTL taken from the token lifetime."""
    store = RedisStore(redis_server.url)
    store.set("k", "v", ttl=30)
    assert store.get("k") == "v"
    assert 29_000 <= redis_server.client().pttl("k") <= 30_000


def test_compare_and_delete_is_atomic_per_value(redis_server: RedisServer) -> None:
    """delete_if removes the key only while it holds the expected value."""
    store = RedisStore(redis_server.url)
    store.set("k", "new", ttl=30)
    assert store.delete_if("k", "old") is False
    assert store.get("k") == "new"
    assert store.delete_if("k", "new") is True
    assert store.get("k") is None


async def test_async_protocol(redis_server: RedisServer) -> None:
    """The asyncio methods read and write the same keys as the sync ones."""
    store = RedisStore(redis_server.url)
    await store.aset("k", "v", ttl=30)
    assert store.get("k") == "v"
    assert await store.adelete_if("k", "v") is True
    assert await store.aget("k") is None
    await store.aclose()


def test_lock_is_exclusive_and_bounded(redis_server: RedisServer) -> None:
    """A second worker waits for the lock, and gives up with LockTimeout after its bound."""
    a, b = RedisStore(redis_server.url), RedisStore(redis_server.url)
    with a.lock("k", timeout=1), pytest.raises(LockTimeout), b.lock("k", timeout=0.2):
        pass
    with b.lock("k", timeout=0.2):
        pass


def test_lock_of_a_dead_holder_expires(redis_server: RedisServer) -> None:
    """A lock whose holder vanished is freed by its TTL."""
    dead = RedisStore(redis_server.url, lock_ttl=0.5)
    holder = dead.lock("k", timeout=1)
    holder.__enter__()  # never released, as if the process died
    started = time.monotonic()
    with RedisStore(redis_server.url).lock("k", timeout=5):
        waited = time.monotonic() - started
    assert 0.3 < waited < 3


def test_lock_release_never_frees_someone_elses_lock(redis_server: RedisServer) -> None:
    """A holder whose lock expired does not delete the lock another worker now holds."""
    slow = RedisStore(redis_server.url, lock_ttl=0.2)
    other = RedisStore(redis_server.url)
    with slow.lock("k", timeout=1):
        time.sleep(0.3)  # our lock expired
        with other.lock("k", timeout=1):
            pass
        redis_server.client().set("k:lock", "someone-else")
    assert redis_server.client().get("k:lock") == b"someone-else"


def test_nothing_in_redis_is_readable_secret(redis_server: RedisServer) -> None:
    """Keys and values in Redis hold no token, secret or client id in clear."""
    endpoint = FakeEndpoint(secret="the-client-secret")
    manager = TokenManager(endpoint, RedisStore(redis_server.url), RefreshPolicy())
    token = manager.get()
    client = redis_server.client()
    dump = b"".join(key + (client.get(key) or b"") for key in client.keys("*"))
    assert dump, "nothing was stored"
    for secret in (token.access_token, "the-client-secret", endpoint.ident):
        assert secret.encode() not in dump


def test_redis_down_falls_back_locally_and_recovers(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    """With Redis stopped, calls use the local store with one warning; after restart, Redis is used again."""
    store = RedisStore(redis_server.url, retry_interval=0.2, socket_timeout=0.3)
    store.set("k", "shared", ttl=60)
    redis_server.stop()
    with caplog.at_level(logging.WARNING, logger="tokenkeep"):
        assert store.get("k") is None  # local store is empty
        store.set("k", "local", ttl=60)
        assert store.get("k") == "local"
        time.sleep(0.25)
        store.get("k")
    warnings = [r for r in caplog.records if "Redis unavailable" in r.getMessage()]
    assert len(warnings) == 1  # one per outage, not one per call or per failed retry
    redis_server.start()
    time.sleep(0.25)
    store.set("k", "back", ttl=60)
    assert redis_server.client().get("k") == b"back"


def test_acl_user_and_password_in_url() -> None:
    """An ACL user with a password, given in the URL, is used for every command."""
    server = RedisServer(user=("fleet", "pw-123"))
    server.start()
    try:
        store = RedisStore(server.url)
        store.set("k", "v", ttl=5)
        assert store.get("k") == "v"
        assert "pw-123" not in repr(store)
    finally:
        server.cleanup()


def test_lock_serialises_threads(redis_server: RedisServer) -> None:
    """Threads taking the Redis lock never overlap."""
    store = RedisStore(redis_server.url)
    inside = 0
    overlaps = 0
    guard = threading.Lock()

    def work() -> None:
        nonlocal inside, overlaps
        with store.lock("k", timeout=5):
            with guard:
                inside += 1
                overlaps += inside > 1
            time.sleep(0.01)
            with guard:
                inside -= 1

    threads = [threading.Thread(target=work) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert overlaps == 0


def test_a_wrong_password_is_a_store_error_not_a_silent_local_fallback() -> None:
    """Refused credentials are a configuration error: StoreError, naming neither user nor password."""
    server = RedisServer(user=("fleet", "pw-123"))
    server.start()
    try:
        store = RedisStore(server.url.replace("pw-123", "wrong-pw"))
        with pytest.raises(StoreError, match="refused") as info:
            store.set("k", "v", ttl=5)
        assert "wrong-pw" not in str(info.value) and "fleet" not in str(info.value)
        assert store.local.get("k") is None  # nothing went to a local store behind the user's back
    finally:
        server.cleanup()


def test_repr_shows_no_credentials_from_the_url() -> None:
    for url in ("redis://user:s3cret@host:6380/2", "redis://host:6380/2?password=s3cret&username=user"):
        text = repr(RedisStore(url))
        assert text == "RedisStore('redis://host:6380/2')"


async def test_a_store_given_only_a_sync_client_refuses_asyncio_use_until_given_an_async_one(
    redis_server: RedisServer,
) -> None:
    """Without async_client= an async call would go to the default URL: it raises instead."""
    sync_only = RedisStore(client=redis.Redis.from_url(redis_server.url))
    with pytest.raises(StoreError, match="async_client"):
        await sync_only.aget("k")
    both = RedisStore(
        client=redis.Redis.from_url(redis_server.url), async_client=redis.asyncio.Redis.from_url(redis_server.url)
    )
    both.set("k", "v", ttl=5)
    assert await both.aget("k") == "v"
    await both.aclose()


def test_a_value_without_expiry_written_during_an_outage_reaches_redis_when_it_returns(
    redis_server: RedisServer,
) -> None:
    """A refresh token rotated while Redis was down exists only locally: it is written back on recovery."""
    store = RedisStore(redis_server.url, retry_interval=0.1, socket_timeout=0.3)
    store.set("refresh", "R0", ttl=None)
    store.set("access", "A0", ttl=60)
    redis_server.stop()
    store.set("refresh", "R1", ttl=None)  # rotated during the outage
    store.set("access", "A1", ttl=60)
    redis_server.start()
    time.sleep(0.15)
    assert store.get("access") is None  # Redis is used again, and it lost the TTL'd token with its restart
    assert redis_server.client().get("refresh") == b"R1"
    assert redis_server.client().get("access") is None  # tokens with a lifetime are not written back


MINIMAL_ACL = (
    "resetkeys",
    "~tokenkeep:*",
    "resetchannels",
    "-@all",
    "+get",
    "+set",
    "+del",
    "+evalsha",
    "+script|load",
)


async def test_the_documented_minimal_acl_is_enough() -> None:
    """A user with only get, set, del, evalsha and script|load on tokenkeep:* can use every store operation."""
    server = RedisServer(user=("fleet", "pw-123"), rules=MINIMAL_ACL)
    server.start()
    try:
        store = RedisStore(server.url)
        key = "tokenkeep:v1:{fake:abc}"
        with store.lock(key, timeout=1):
            store.set(key, "v", ttl=5)
        assert store.get(key) == "v"
        assert store.delete_if(key, "v") is True
        async with store.alock(key, timeout=1):
            await store.aset(key, "w", ttl=5)
        assert await store.aget(key) == "w"
        assert await store.adelete_if(key, "w") is True
        assert store.local.get(key) is None  # all of it happened in Redis
        await store.aclose()
    finally:
        server.cleanup()


def test_without_script_load_the_store_says_which_rights_are_missing() -> None:
    """A user lacking script|load is refused the Lua scripts: StoreError naming the rights, not a local fallback."""
    server = RedisServer(user=("fleet", "pw-123"), rules=MINIMAL_ACL[:-1])
    server.start()
    try:
        store = RedisStore(server.url)
        with pytest.raises(StoreError, match=r"script\|load"):
            store.delete_if("tokenkeep:v1:{fake:abc}", "v")
    finally:
        server.cleanup()


async def test_async_lock_is_exclusive_and_bounded(redis_server: RedisServer) -> None:
    """An asyncio worker waits for a lock another holds and gives up with LockTimeout after its bound."""
    a, b = RedisStore(redis_server.url), RedisStore(redis_server.url)
    async with a.alock("k", timeout=1):
        with pytest.raises(LockTimeout):
            async with b.alock("k", timeout=0.2):
                pass
        assert redis_server.client().pttl("k:lock") > 0
    assert redis_server.client().get("k:lock") is None  # released
    async with b.alock("k", timeout=0.2):
        pass
    await a.aclose()
    await b.aclose()


async def test_async_release_never_frees_someone_elses_lock(redis_server: RedisServer) -> None:
    """An asyncio holder whose lock expired leaves the lock another worker now holds."""
    import asyncio

    slow = RedisStore(redis_server.url, lock_ttl=0.2)
    async with slow.alock("k", timeout=1):
        await asyncio.sleep(0.3)  # our lock expired
        redis_server.client().set("k:lock", "someone-else")
    assert redis_server.client().get("k:lock") == b"someone-else"
    await slow.aclose()
