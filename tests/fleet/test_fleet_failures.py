"""The fleet when things break: a lock holder killed mid-fetch, Redis stopped and restarted."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.sandbox._common import ServedSandbox, serve
from tests.sandbox.airalo import AiraloSandbox, create_app
from tests.support.redis_server import RedisServer

WORKER = str(Path(__file__).with_name("fleet_failure_worker.py"))
LOCK_TTL = 3.0


class HeldTokenEndpoint:
    """ASGI wrapper: while `hold` is set, requests to the token endpoint wait for `release()` (a stalled provider)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.sandbox = app.sandbox  # serve() finds the state here
        self.hold = threading.Event()
        self.arrived = threading.Event()
        self._released = threading.Event()

    def release(self) -> None:
        self.hold.clear()
        self._released.set()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"] == "/v2/token" and self.hold.is_set():
            # The whole request is read first, as a provider would have it before stalling.
            messages = [await receive()]
            while messages[-1]["type"] == "http.request" and messages[-1].get("more_body"):
                messages.append(await receive())
            self.arrived.set()
            await asyncio.to_thread(self._released.wait)

            async def replay() -> Any:
                return messages.pop(0) if messages else await receive()

            await self.app(scope, replay, send)
            return
        await self.app(scope, receive, send)


@pytest.fixture
def held() -> Iterator[tuple[HeldTokenEndpoint, ServedSandbox[AiraloSandbox]]]:
    app = HeldTokenEndpoint(create_app(AiraloSandbox()))
    try:
        with serve(app) as served:
            yield app, served
    finally:
        app.release()


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, WORKER, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def lock_keys(redis_server: RedisServer) -> list[bytes]:
    return [key for key in redis_server.client().keys("*") if b"lock" in key]


def test_a_killed_lock_holder_is_taken_over_after_the_lock_ttl(
    held: tuple[HeldTokenEndpoint, ServedSandbox[AiraloSandbox]], redis_server: RedisServer
) -> None:
    """SIGKILL the worker that holds the fleet's refresh lock mid-fetch: the next one takes over after the TTL."""
    app, served = held
    app.hold.set()
    holder = start("once", served.base_url, redis_server.url, str(LOCK_TTL), "20")
    successor = holder
    try:
        assert app.arrived.wait(30), "the first worker never asked for a token"
        assert lock_keys(redis_server), "the fetching worker holds no lock in Redis"
        os.kill(holder.pid, signal.SIGKILL)
        holder.communicate(timeout=10)
        successor = start("once", served.base_url, redis_server.url, str(LOCK_TTL), "20")
        time.sleep(0.5)
        assert successor.poll() is None  # waiting for the dead holder's lock, not fetching on its own
        app.release()
        out, err = successor.communicate(timeout=30)
    finally:
        for process in (holder, successor):
            if process.poll() is None:
                process.kill()
                process.communicate()
    assert successor.returncode == 0, out + err
    assert out.strip() == "ok"
    # The dead holder's request reached the sandbox; the successor made the only other one.
    assert served.state.token_requests == 2
    assert not lock_keys(redis_server)  # released, not left to expire


def test_a_waiter_gives_up_with_a_clear_error_when_its_bounded_wait_runs_out(
    held: tuple[HeldTokenEndpoint, ServedSandbox[AiraloSandbox]], redis_server: RedisServer
) -> None:
    """A worker whose wait is shorter than the dead holder's lock TTL raises LockTimeout instead of hanging."""
    app, served = held
    app.hold.set()
    holder = start("once", served.base_url, redis_server.url, "30", "20")
    try:
        assert app.arrived.wait(30), "the first worker never asked for a token"
        os.kill(holder.pid, signal.SIGKILL)
        holder.communicate(timeout=10)
        waiter = start("once", served.base_url, redis_server.url, "30", "1")
        out, err = waiter.communicate(timeout=30)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.communicate()
    assert waiter.returncode == 3, out + err
    assert out.startswith("error LockTimeout:"), out
    assert "sandbox-client-secret" not in out and "sandbox-client-id" not in out
    assert served.state.token_requests == 0  # the held request never completed; nobody else fetched


def test_redis_stopped_mid_run_then_restarted(redis_server: RedisServer) -> None:
    """Redis down: calls keep succeeding from local stores. Redis back: the fleet shares one token again."""
    state = AiraloSandbox(rate_limit=20)
    with serve(create_app(state)) as served:
        workers = [start("loop", served.base_url, redis_server.url, "7") for _ in range(3)]
        try:
            wait_for(lambda: served.state.requests_to("/v2/balance") >= 30, "the fleet to start calling")
            assert state.token_requests == 1
            redis_server.stop()
            time.sleep(0.8)
            state.revoke_tokens()  # every worker needs a new token while Redis is down
            wait_for(lambda: state.token_requests >= 2, "a worker to fetch while Redis is down")
            time.sleep(1.0)
            during_outage = state.token_requests
            redis_server.start()
            time.sleep(1.2)
            settled = state.token_requests
            state.revoke_tokens()
            time.sleep(1.5)
            after_restart = state.token_requests
            outputs = [worker.communicate(timeout=60)[0] for worker in workers]
        finally:
            for worker in workers:
                if worker.poll() is None:
                    worker.kill()
                    worker.communicate()
    results = [json.loads(out) for out in outputs]
    assert all(result["failed"] == [] for result in results), results
    assert all(result["ok"] > 50 for result in results), results
    # Down: each worker fetched for itself at most once (its local store), none failed a call.
    assert 2 <= during_outage <= 1 + len(workers)
    # Back: at most one shared fetch to converge, and a revocation costs the whole fleet exactly one more.
    assert settled - during_outage <= 1
    assert after_restart - settled == 1


class RevokeAfter:
    """ASGI wrapper: the sandbox revokes every token when the n-th API call arrives (mid-run)."""

    def __init__(self, app: Any, calls: int) -> None:
        self.app = app
        self.sandbox = app.sandbox
        self.calls = calls
        self.seen = 0
        self._lock = threading.Lock()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"] == "/v2/balance":
            with self._lock:
                self.seen += 1
                revoke = self.seen == self.calls
            if revoke:
                self.sandbox.revoke_tokens()
        await self.app(scope, receive, send)


def test_a_revocation_mid_run_costs_the_fleet_exactly_one_more_token(redis_server: RedisServer) -> None:
    """4 processes x 50 tasks; the token is revoked at the 100th call: 1 more token request, no call fails twice."""
    state = AiraloSandbox()
    app = RevokeAfter(create_app(state), calls=100)
    worker = str(Path(__file__).with_name("fleet_worker.py"))
    with serve(app) as served:
        processes = [
            subprocess.Popen([sys.executable, worker, served.base_url, redis_server.url, "50", "5"],
                             stdout=subprocess.PIPE, text=True)
            for _ in range(4)
        ]  # fmt: skip
        outputs = [process.communicate(timeout=120)[0] for process in processes]
    assert [process.returncode for process in processes] == [0, 0, 0, 0], outputs
    assert all(out.strip() == "ok=50 failed=0" for out in outputs), outputs
    assert state.token_requests == 2
    replays = state.requests_to("/v2/balance") - 200
    # Only calls from the 100th on can have met the revoked token; each was replayed once and succeeded.
    assert 1 <= replays <= 101
