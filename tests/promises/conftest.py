"""Fixtures for the promise tests: a fresh Airalo sandbox on a real socket, a redis-server, both drivers.

Every test that pins a core behaviour runs once per driver (`driver` is "sync" or "async"), so a
promise broken on one side only fails a test: a test that exists for one side only is a gap.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sandbox._common import ServedSandbox, shared_server
from tests.sandbox.airalo import AiraloSandbox, create_app
from tests.support.redis_server import RedisServer


@pytest.fixture
def sandbox() -> AiraloSandbox:
    # The Airalo sandbox as shipped: expires_in of about a year, 5 token requests a minute.
    return AiraloSandbox()


@pytest.fixture
def served(sandbox: AiraloSandbox) -> Iterator[ServedSandbox[AiraloSandbox]]:
    with shared_server("airalo").mount(create_app(sandbox)) as handle:
        yield handle


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer()
    server.start()
    yield server
    server.cleanup()


@pytest.fixture(params=["sync", "async"])
def driver(request: pytest.FixtureRequest) -> str:
    """Which of httpx's auth drivers (and the manager's) the test goes through."""
    return str(request.param)
