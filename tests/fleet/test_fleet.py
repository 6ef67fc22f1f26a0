"""A fleet of worker processes sharing one RedisStore against the Airalo sandbox (tests/sandbox/airalo.py)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sandbox._common import serve
from tests.sandbox.airalo import AiraloSandbox, create_app
from tests.support.redis_server import RedisServer

WORKER = str(Path(__file__).with_name("fleet_worker.py"))


@pytest.fixture
def sandbox() -> Iterator[tuple[AiraloSandbox, str]]:
    state = AiraloSandbox()
    with serve(create_app(state)) as served:
        yield state, served.base_url


def run_workers(url: str, redis_url: str, processes: int, tasks: int, limit: int = 5) -> list[int]:
    procs = [subprocess.Popen([sys.executable, WORKER, url, redis_url, str(tasks), str(limit)],
                              stdout=subprocess.PIPE) for _ in range(processes)]  # fmt: skip
    codes = []
    for p in procs:
        p.communicate(timeout=180)
        codes.append(p.returncode)
    return codes


def test_cold_fleet_makes_one_token_request(sandbox: tuple[AiraloSandbox, str], redis_server: RedisServer) -> None:
    """4 processes x 50 concurrent tasks, cold, with one RedisStore make exactly 1 token request."""
    state, url = sandbox
    assert run_workers(url, redis_server.url, 4, 50) == [0, 0, 0, 0]
    assert state.token_requests == 1


def test_revoked_token_costs_the_fleet_one_more_request(
    sandbox: tuple[AiraloSandbox, str], redis_server: RedisServer
) -> None:
    """After a revocation, the next wave of workers makes exactly one more token request, and every call succeeds."""
    state, url = sandbox
    assert run_workers(url, redis_server.url, 2, 20) == [0, 0]
    state.revoke_tokens()
    assert run_workers(url, redis_server.url, 4, 50) == [0, 0, 0, 0]
    assert state.token_requests == 2


def test_cold_start_respects_fleet_rate_limit(sandbox: tuple[AiraloSandbox, str], redis_server: RedisServer) -> None:
    """20 processes cold-starting at once stay under 5 token requests a minute and never draw a 429."""
    state, url = sandbox
    assert run_workers(url, redis_server.url, 20, 1) == [0] * 20
    times = sorted(state.token_request_times)
    assert all(times[i] - times[i - 5] >= 60 for i in range(5, len(times)))
    assert state.token_attempts == state.token_requests  # never tripped the sandbox's own 429
