"""TokenManager decisions, with a fake endpoint: single-flight, refresh timing, rate limits."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from tokenkeep import MemoryStore, RateLimit, RateLimitError, RefreshPolicy, TokenManager
from tokenkeep._manager import shared_manager
from tokenkeep_fakes import FakeEndpoint, busy


def manager(endpoint: FakeEndpoint, **policy: object) -> TokenManager:
    return TokenManager(endpoint, MemoryStore(), RefreshPolicy(**policy))  # type: ignore[arg-type]


def test_concurrent_threads_fetch_one_token() -> None:
    """32 threads asking at once for a cold token make one token request."""
    endpoint = FakeEndpoint(delay=0.2)
    tm = manager(endpoint)
    with ThreadPoolExecutor(32) as pool:
        tokens = list(pool.map(lambda _: tm.get().access_token, range(32)))
    assert len(endpoint.fetches) == 1
    assert set(tokens) == {"token-1"}


async def test_concurrent_tasks_and_threads_fetch_one_token() -> None:
    """200 asyncio tasks and 32 threads, cold, share one token request."""
    endpoint = FakeEndpoint(delay=0.2)
    tm = manager(endpoint)
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(32) as pool:
        threads = [loop.run_in_executor(pool, tm.get) for _ in range(32)]
        tasks = [tm.aget() for _ in range(200)]
        tokens = await asyncio.gather(*threads, *tasks)
    assert len(endpoint.fetches) == 1
    assert {t.access_token for t in tokens} == {"token-1"}


async def test_waiting_tasks_do_not_block_the_event_loop() -> None:
    """While a thread refreshes, the event loop keeps running other work."""
    endpoint = FakeEndpoint(delay=0.5)
    tm = manager(endpoint)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    tick_task = asyncio.create_task(ticker())
    thread = threading.Thread(target=tm.get)
    thread.start()
    await asyncio.sleep(0.05)
    token = await tm.aget()
    tick_task.cancel()
    thread.join()
    assert token.access_token == "token-1"
    assert ticks >= 10  # the loop ran during the 0.5 s refresh


def test_stale_token_is_used_while_one_caller_refreshes() -> None:
    """Past the refresh point, one caller refreshes and the others keep the valid token."""
    endpoint = FakeEndpoint(lifetime=2.0)
    tm = manager(endpoint, buffer=1.5)  # refresh after 1 s of a 2 s token
    first = tm.get()
    time.sleep(1.05)
    endpoint.delay = 0.5
    leader = threading.Thread(target=tm.get)
    leader.start()
    time.sleep(0.1)
    during = [tm.get() for _ in range(5)]
    leader.join()
    assert {t.access_token for t in during} == {first.access_token}
    assert tm.get().access_token == "token-2"
    assert len(endpoint.fetches) == 2


def test_expired_token_is_never_returned() -> None:
    """Once a token is past its usable time, callers wait for a new one."""
    endpoint = FakeEndpoint(lifetime=1.0)
    tm = manager(endpoint)
    tm.get()
    time.sleep(1.0)
    assert tm.get().access_token == "token-2"


def test_invalidate_drops_only_the_rejected_token() -> None:
    """Invalidating an old token leaves a newer one in place."""
    endpoint = FakeEndpoint()
    tm = manager(endpoint)
    old = tm.get()
    tm.invalidate(old)
    new = tm.get(rejected=old)
    assert new.access_token == "token-2"
    tm.invalidate(old)  # a late report about the old token
    assert tm.get().access_token == "token-2"
    assert len(endpoint.fetches) == 2


def test_rate_limit_is_never_exceeded() -> None:
    """With 2 requests per second allowed, 4 forced refreshes spread over two windows."""
    endpoint = FakeEndpoint()
    tm = manager(endpoint, rate_limit=RateLimit(2, 1.0))
    token = tm.get()
    for _ in range(3):
        tm.invalidate(token)
        token = tm.get(rejected=token)
    times = endpoint.fetches
    assert len(times) == 4
    for i in range(2, len(times)):
        assert times[i] - times[i - 2] >= 1.0 - 0.01


def test_rate_limit_wait_is_bounded() -> None:
    """A refresh that would need longer than the allowed wait raises RateLimitError."""
    endpoint = FakeEndpoint()
    tm = manager(endpoint, rate_limit=RateLimit(1, 60.0), rate_limit_wait=0.5)
    token = tm.get()
    tm.invalidate(token)
    with pytest.raises(RateLimitError) as info:
        tm.get(rejected=token)
    assert info.value.retry_after is not None and info.value.retry_after > 50


def test_429_is_waited_out_not_spun_on() -> None:
    """A 429 with Retry-After is waited out; the endpoint is asked exactly twice."""
    endpoint = FakeEndpoint()
    endpoint.fail_next(busy(0.3))
    tm = manager(endpoint)
    token = tm.get()
    assert token.access_token == "token-2"
    assert len(endpoint.fetches) == 2
    assert endpoint.fetches[1] - endpoint.fetches[0] >= 0.29


async def test_429_is_waited_out_async() -> None:
    """The async path waits out a 429 the same way."""
    endpoint = FakeEndpoint()
    endpoint.fail_next(busy(0.3))
    tm = manager(endpoint)
    token = await tm.aget()
    assert token.access_token == "token-2"
    assert endpoint.fetches[1] - endpoint.fetches[0] >= 0.29


def test_failed_refresh_is_shared_by_waiters() -> None:
    """When the leader's fetch fails, the callers waiting on it get the error too; the next call retries."""
    endpoint = FakeEndpoint(delay=0.1)
    endpoint.fail_next(RuntimeError("token endpoint down"))
    tm = manager(endpoint)
    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(tm.get) for _ in range(8)]
    errors = [f.exception() for f in futures]
    assert all(isinstance(e, RuntimeError) for e in errors)
    assert len(endpoint.fetches) == 1
    assert tm.get().access_token == "token-2"


def test_failed_proactive_refresh_keeps_valid_token() -> None:
    """A failed proactive refresh falls back to the still-valid token."""
    endpoint = FakeEndpoint(lifetime=4.0)
    tm = manager(endpoint, buffer=3.0)  # capped at half the lifetime: refresh after 2 s
    first = tm.get()
    time.sleep(2.1)
    endpoint.fail_next(RuntimeError("down"))
    assert tm.get().access_token == first.access_token
    assert tm.get().access_token == first.access_token  # paused: no second attempt yet
    assert len(endpoint.fetches) == 2


async def test_cancelled_leader_lets_a_waiter_take_over() -> None:
    """If the refreshing task is cancelled, a waiting task fetches instead of hanging."""
    endpoint = FakeEndpoint(delay=0.3)
    tm = manager(endpoint)
    leader = asyncio.create_task(tm.aget())
    await asyncio.sleep(0.05)
    waiter = asyncio.create_task(tm.aget())
    await asyncio.sleep(0.05)
    leader.cancel()
    token = await asyncio.wait_for(waiter, 2)
    assert token.access_token.startswith("token-")


def test_clients_with_same_credentials_share_a_manager() -> None:
    """Two auths built for one credential set and store share single-flight."""
    endpoint = FakeEndpoint()
    store = MemoryStore()
    a = shared_manager(endpoint, store, RefreshPolicy())
    b = shared_manager(endpoint, store, RefreshPolicy())
    assert a is b
    assert shared_manager(endpoint, MemoryStore(), RefreshPolicy()) is not a
