"""Every core behaviour, once per driver: refresh, invalidate, replay, lock release, rate limit, retries.

Each test runs with `driver` = "sync" (httpx.Client, the manager's sync path) and "async" (httpx.AsyncClient,
its async path), against the Airalo sandbox over real HTTP or a real redis-server.
"""

from __future__ import annotations

import asyncio
import itertools
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import redis
from tokenkeep import (
    AuthError,
    FileStore,
    LockTimeout,
    MemoryStore,
    RateLimit,
    RedisStore,
    RefreshDetails,
    TokenError,
)

from tests.promises.promise_support import CLIENT_ID, CLIENT_SECRET, Served, airalo, balance, opened
from tests.support.redis_server import RedisServer


async def test_a_short_lived_token_is_refreshed_before_it_expires_without_any_401(served: Served, driver: str) -> None:
    """With 2 s tokens, calls over 3 s refresh proactively: the sandbox never answers 401."""
    state = served.state
    state.tokens.lifetime = 2.0
    api = airalo(served)
    async with opened(api, driver):
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            assert await balance(api, driver) == 200
            await asyncio.sleep(0.05)
    assert state.unauthorized == 0
    assert state.token_requests >= 2
    # Refreshed at half the lifetime (min(300 s, lifetime / 2) before expiry), not at the last moment.
    times = state.token_request_times
    assert all(later - earlier < 1.5 for earlier, later in itertools.pairwise(times)), times


async def test_an_expired_token_is_never_sent_even_when_its_refresh_fails(served: Served, driver: str) -> None:
    """Past its life, a token whose refresh fails is not sent anyway: the caller gets TokenError, never a 401."""
    state = served.state
    state.tokens.lifetime = 2.0
    api = airalo(served, refresh_buffer=0.0)  # no proactive window: the token is due when it expires
    async with opened(api, driver):
        assert await balance(api, driver) == 200
        await asyncio.sleep(2.1)
        state.fail_next(500, path="/v2/token")
        with pytest.raises(TokenError):
            await balance(api, driver)
    assert state.unauthorized == 0
    assert state.requests_to("/v2/balance", "GET") == 1


async def test_a_failed_proactive_refresh_keeps_using_the_still_valid_token(served: Served, driver: str) -> None:
    """Past the refresh point, a token request that fails (HTTP 500) leaves the caller the still-valid token."""
    state = served.state
    state.tokens.lifetime = 4.0
    api = airalo(served, refresh_buffer=3.0)  # capped at half the lifetime: refresh after 2 s
    async with opened(api, driver):
        assert await balance(api, driver) == 200
        await asyncio.sleep(2.2)
        state.fail_next(500, path="/v2/token")
        assert await balance(api, driver) == 200  # the proactive refresh failed; the old token still works
    assert state.requests_to("/v2/token", "POST") == 2 and state.token_requests == 1
    assert state.unauthorized == 0


async def test_a_rejected_token_is_invalidated_but_a_newer_one_another_worker_stored_is_kept(
    served: Served, driver: str, tmp_path: Path
) -> None:
    """Two workers share a FileStore; after a revocation the second to see a 401 adopts the first's new token."""
    state = served.state
    # Two managers on one directory, as in two processes. Equal stores with equal settings share one
    # manager in-process, so the second worker's settings differ (a wait bound that plays no part here).
    first = airalo(served, store=FileStore(tmp_path))
    second = airalo(served, store=FileStore(tmp_path), refresh_wait=59.0)
    assert first._httpx_args["auth"].manager is not second._httpx_args["auth"].manager
    async with opened(first, driver), opened(second, driver):
        assert await balance(first, driver) == 200
        assert await balance(second, driver) == 200  # adopts the stored token
        assert state.token_requests == 1
        state.revoke_tokens()
        assert await balance(first, driver) == 200  # 401, invalidates its token, fetches and stores a new one
        assert await balance(second, driver) == 200  # 401 with the old token: must not delete the new one
    assert state.unauthorized == 2
    assert state.token_requests == 2


async def test_a_second_rejection_raises_auth_error_after_exactly_one_replay(served: Served, driver: str) -> None:
    """When the new token is rejected too, the caller gets AuthError: one refresh, one replay, never a loop."""
    state = served.state
    state.tokens.valid_for = 0.0  # the sandbox accepts no token it issues
    api = airalo(served)
    async with opened(api, driver):
        with pytest.raises(AuthError) as info:
            await balance(api, driver)
    assert info.value.status_code == 401
    assert state.requests_to("/v2/balance", "GET") == 2
    assert state.unauthorized == 2
    assert state.token_requests == 2


def sync_lock_rounds(slow: RedisStore, other: RedisStore, raw: redis.Redis) -> None:
    with slow.lock("k", timeout=1):
        pass
    with other.lock("k", timeout=0.2):  # free at once: released, not left to its TTL
        pass
    with slow.lock("k", timeout=1):
        time.sleep(0.4)  # our lock expired
        raw.set("k:lock", "someone-else")


async def test_the_redis_lock_is_released_by_its_owner_only(redis_server: RedisServer, driver: str) -> None:
    """A released lock is free at once; a holder whose lock expired never deletes the lock another worker took."""
    slow, other = RedisStore(redis_server.url, lock_ttl=0.3), RedisStore(redis_server.url)
    raw = redis_server.client()
    try:
        if driver == "sync":
            sync_lock_rounds(slow, other, raw)
        else:
            async with slow.alock("k", timeout=1):
                pass
            async with other.alock("k", timeout=0.2):  # free at once: released, not left to its TTL
                pass
            async with slow.alock("k", timeout=1):
                await asyncio.sleep(0.4)
                raw.set("k:lock", "someone-else")
        assert raw.get("k:lock") == b"someone-else"
    finally:
        for store in (slow, other):
            store.close()
            if driver == "async":
                await store.aclose()
        raw.close()


def test_processes_sharing_a_file_store_make_one_token_request(served: Served, driver: str, tmp_path: Path) -> None:
    """3 processes started together on one FileStore make one token request: the file lock serialises them."""
    call = (
        "with api: assert get_balance.sync_detailed(client=api).status_code == 200"
        if driver == "sync"
        else "async def main():\n    async with api:\n"
        "        assert (await get_balance.asyncio_detailed(client=api)).status_code == 200\nasyncio.run(main())"
    )
    code = (
        "import asyncio, tokenkeep, tokenkeep.airalo\n"
        "from airalo_client.api.balance import get_balance\n"
        f"api = tokenkeep.airalo.client({CLIENT_ID!r}, {CLIENT_SECRET!r}, base_url={served.base_url!r},"
        f" store=tokenkeep.FileStore({str(tmp_path)!r}))\n" + call
    )
    # The first token answer takes 2 s: longer than the processes' start-up spread, so without the lock
    # the other two would find the store empty and fetch too (a fast answer hid that: the mutation lived).
    served.state.fail_next(status=0, path="/v2/token", delay=2.0)
    processes = [subprocess.Popen([sys.executable, "-c", code]) for _ in range(3)]
    assert [p.wait(60) for p in processes] == [0, 0, 0]
    assert served.state.token_requests == 1


@pytest.mark.parametrize("store_kind", ["file", "redis"])
async def test_the_store_lock_is_released_when_a_refresh_fails(
    served: Served, driver: str, store_kind: str, tmp_path: Path, redis_server: RedisServer
) -> None:
    """A token request that fails (HTTP 500) frees the refresh lock: the next caller refreshes at once."""
    state = served.state
    store = FileStore(tmp_path) if store_kind == "file" else RedisStore(redis_server.url)
    api = airalo(served, store=store, refresh_wait=0.5)
    state.fail_next(500, path="/v2/token")
    async with opened(api, driver):
        with pytest.raises(TokenError) as info:
            await balance(api, driver)
        assert not isinstance(info.value, LockTimeout)
        assert await balance(api, driver) == 200  # would be LockTimeout after 0.5 s if the lock were still held
    assert state.requests_to("/v2/token", "POST") == 2 and state.token_requests == 1  # the 500, then a token
    if isinstance(store, RedisStore):
        store.close()
        if driver == "async":
            await store.aclose()


async def test_a_token_endpoint_429_is_waited_out_with_its_retry_after(served: Served, driver: str) -> None:
    """A 429 from the token endpoint is waited out (Retry-After), then the refresh succeeds; never spun on."""
    state = served.state
    state.token_limiter.limit, state.token_limiter.window = 1, 2.0
    api = airalo(served, rate_limit=None)
    async with opened(api, driver):
        assert await balance(api, driver) == 200
        state.revoke_tokens()
        started = time.monotonic()
        assert await balance(api, driver) == 200
        waited = time.monotonic() - started
    assert state.token_requests == 2
    assert state.token_attempts == 3  # one 429, then success after waiting
    assert waited >= 1.0


async def test_token_requests_stay_under_a_configured_rate_limit(served: Served, driver: str) -> None:
    """Forced refreshes with RateLimit(2, 2 s): the third and fourth wait for their slot, never sent early."""
    state = served.state
    reports: list[RefreshDetails] = []
    api = airalo(served, rate_limit=RateLimit(2, 2.0), on_refresh=reports.append)
    async with opened(api, driver):
        for _ in range(4):
            state.revoke_tokens()
            assert await balance(api, driver) == 200
    assert state.token_attempts == state.token_requests == 4
    # The first two fit in the window; the third waited for its slot (the fourth may find one free by then).
    assert [r.waited > 0 for r in reports[:3]] == [False, False, True] and reports[2].waited >= 1.0
    # As the sandbox saw them: spaced by about the window. Loosely, since issue times are taken after the
    # body is read, later on a loaded machine; requests sent without waiting arrive milliseconds apart.
    times = state.token_request_times
    assert all(times[i] - times[i - 2] >= 1.5 for i in range(2, len(times))), times


class FailingFirstToken(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Real HTTP, except that the first `failures` token requests raise `error` before anything is sent."""

    def __init__(self, error: type[httpx.TransportError], failures: int) -> None:
        self._sync, self._async = httpx.HTTPTransport(), httpx.AsyncHTTPTransport()
        self.error, self.failures, self.calls = error, failures, 0

    def _maybe_fail(self, request: httpx.Request) -> None:
        if request.url.path == "/v2/token":
            self.calls += 1
            if self.calls <= self.failures:
                raise self.error("simulated", request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._maybe_fail(request)
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._maybe_fail(request)
        return await self._async.handle_async_request(request)

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout])
async def test_a_token_request_that_could_not_connect_is_retried(
    served: Served, driver: str, error: type[httpx.TransportError]
) -> None:
    """ConnectError and ConnectTimeout never reached the provider: the token request is retried and succeeds."""
    transport = FailingFirstToken(error, failures=2)
    api = airalo(served, httpx_args={"transport": transport})
    async with opened(api, driver):
        assert await balance(api, driver) == 200
    assert transport.calls == 3
    assert served.state.token_requests == 1


async def test_a_token_request_that_timed_out_reading_is_not_retried(served: Served, driver: str) -> None:
    """A read timeout may have reached the provider (a rate-limit slot, a token): TokenError, one attempt."""
    transport = FailingFirstToken(httpx.ReadTimeout, failures=1)
    api = airalo(served, httpx_args={"transport": transport}, store=MemoryStore())
    async with opened(api, driver):
        with pytest.raises(TokenError, match="ReadTimeout"):
            await balance(api, driver)
    assert transport.calls == 1
