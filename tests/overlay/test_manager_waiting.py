"""Waiting for someone else's refresh: cancellation stays local, rate-limit pauses hold no lock."""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections.abc import Callable

import pytest
from tokenkeep import LockTimeout, MemoryStore, RateLimit, RefreshPolicy, Token, TokenManager
from tokenkeep_fakes import FakeEndpoint


def _recorder(manager: TokenManager, results: dict[str, Token | BaseException]) -> Callable[[str], None]:
    """`run(name)` records under `name` what `manager.get()` returned or raised (for threads)."""

    def run(name: str) -> None:
        try:
            results[name] = manager.get()
        except BaseException as exc:  # recorded for the assertions
            results[name] = exc

    return run


async def test_a_cancelled_waiter_does_not_cancel_the_refresh_for_the_others() -> None:
    """Cancelling one waiting task leaves the leader and the other waiters with the new token."""
    endpoint = FakeEndpoint(delay=0.3)
    manager = TokenManager(endpoint, MemoryStore(), RefreshPolicy())
    leader = asyncio.create_task(manager.aget())
    await asyncio.sleep(0.05)
    doomed, patient = asyncio.create_task(manager.aget()), asyncio.create_task(manager.aget())
    await asyncio.sleep(0.05)
    doomed.cancel()
    assert (await leader).access_token == "token-1"
    assert (await patient).access_token == "token-1"
    with pytest.raises(asyncio.CancelledError):
        await doomed
    assert len(endpoint.fetches) == 1


async def test_a_waiter_that_gives_up_does_not_break_the_leader_or_a_thread_waiting_too() -> None:
    """A LockTimeout of one async waiter is its own: the sync leader and a sync waiter still get the token."""
    endpoint = FakeEndpoint(delay=0.4)
    manager = TokenManager(endpoint, MemoryStore(), RefreshPolicy(refresh_wait=0.1, rate_limit_wait=0.0))
    results: dict[str, Token | BaseException] = {}
    run = _recorder(manager, results)

    leader = threading.Thread(target=run, args=("leader",))
    leader.start()
    await asyncio.sleep(0.05)
    waiter = threading.Thread(target=run, args=("thread",))
    waiter.start()
    with pytest.raises(LockTimeout):
        await manager.aget()
    await asyncio.to_thread(leader.join)
    await asyncio.to_thread(waiter.join)
    assert isinstance(results["leader"], Token) and results["leader"].access_token == "token-1"
    # The thread waited with the same short bound, so it may have timed out too -- but never cancelled.
    assert isinstance(results["thread"], Token | LockTimeout), results["thread"]


def test_a_rate_limit_pause_holds_no_lock_so_others_neither_time_out_nor_fetch_twice() -> None:
    """Two processes (one store) need a new token while the rate limit says wait 1 s; their lock wait is 0.3 s."""
    endpoint, store = FakeEndpoint(), MemoryStore()
    policy = RefreshPolicy(rate_limit=RateLimit(1, 1.0), refresh_wait=0.3, rate_limit_wait=5.0)
    first, second = TokenManager(endpoint, store, policy), TokenManager(endpoint, store, policy)
    rejected = first.get()
    first.invalidate(rejected)
    results: list[Token | BaseException] = []

    def run(manager: TokenManager) -> None:
        try:
            results.append(manager.get(rejected=rejected))
        except BaseException as exc:  # recorded for the assertions
            results.append(exc)

    threads = [threading.Thread(target=run, args=(m,)) for m in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert all(isinstance(r, Token) for r in results), results
    assert {r.access_token for r in results if isinstance(r, Token)} == {"token-2"}
    assert len(endpoint.fetches) == 2
    assert endpoint.fetches[1] - endpoint.fetches[0] >= 1.0


def test_a_child_forked_during_a_refresh_does_not_wait_for_a_leader_it_does_not_have() -> None:
    """The child starts with no refresh in flight: it fetches its own token at once."""
    endpoint = FakeEndpoint(delay=1.0)
    manager = TokenManager(endpoint, MemoryStore(), RefreshPolicy(refresh_wait=30.0))
    leader = threading.Thread(target=manager.get)
    leader.start()
    time.sleep(0.1)  # the parent's refresh is in flight
    pid = os.fork()
    if pid == 0:  # the child: a refresh that waited for the parent's thread would take 30 s
        started = time.monotonic()
        try:
            token = manager.get()
            os._exit(0 if token.access_token and time.monotonic() - started < 5 else 1)
        except BaseException:
            os._exit(2)
    leader.join()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


async def test_tasks_waiting_for_a_refresh_go_on_one_per_loop_turn() -> None:
    """Released together, hundreds of waiters would all send in one loop step; they resume one turn apart."""
    manager = TokenManager(FakeEndpoint(delay=0.2), MemoryStore(), RefreshPolicy())
    loop = asyncio.get_running_loop()
    turns, counting = 0, True

    def tick() -> None:  # runs once per loop iteration
        nonlocal turns
        turns += 1
        if counting:
            loop.call_soon(tick)

    loop.call_soon(tick)
    resumed: list[int] = []

    async def call() -> None:
        await manager.aget()
        resumed.append(turns)

    leader = asyncio.create_task(call())
    await asyncio.sleep(0.05)
    await asyncio.gather(leader, *(call() for _ in range(20)))
    counting = False
    assert len(set(resumed[1:])) == 20, resumed  # the 20 waiters: 20 different turns


def test_a_thread_that_waits_too_long_raises_lock_timeout_and_the_leader_still_gets_its_token() -> None:
    """A waiting thread gives up after its bound with LockTimeout; the leader and later callers are unharmed."""
    endpoint = FakeEndpoint(delay=0.6)
    manager = TokenManager(endpoint, MemoryStore(), RefreshPolicy(refresh_wait=0.1, rate_limit_wait=0.0))
    results: dict[str, Token | BaseException] = {}
    run = _recorder(manager, results)

    leader = threading.Thread(target=run, args=("leader",))
    leader.start()
    time.sleep(0.1)
    started = time.monotonic()
    run("waiter")
    waited = time.monotonic() - started
    leader.join()
    assert isinstance(results["waiter"], LockTimeout), results["waiter"]
    assert "another caller's token refresh" in str(results["waiter"])
    assert waited < 0.45  # the bound, not the leader's whole fetch
    assert isinstance(results["leader"], Token) and results["leader"].access_token == "token-1"
    assert manager.get().access_token == "token-1"
    assert len(endpoint.fetches) == 1


def test_threads_waiting_for_a_leader_that_dies_take_over_and_share_one_new_token() -> None:
    """The leader thread leaves with a BaseException: its waiters wake, one leads a new fetch, all get its token."""
    endpoint = FakeEndpoint(delay=0.3)
    endpoint.fail_next(KeyboardInterrupt())
    manager = TokenManager(endpoint, MemoryStore(), RefreshPolicy(refresh_wait=2.0, rate_limit_wait=0.0))
    results: list[Token | BaseException] = []

    def run() -> None:
        try:
            results.append(manager.get())
        except BaseException as exc:  # recorded for the assertions
            results.append(exc)

    leader = threading.Thread(target=run)
    leader.start()
    time.sleep(0.1)
    waiters = [threading.Thread(target=run) for _ in range(8)]
    for waiter in waiters:
        waiter.start()
    for thread in (leader, *waiters):
        thread.join(10)
    assert isinstance(results[0], KeyboardInterrupt), results
    assert [r.access_token if isinstance(r, Token) else r for r in results[1:]] == ["token-2"] * 8
    assert len(endpoint.fetches) == 2
