"""Fixtures for the Airalo tests: the stateful sandbox on a real socket, a client, a webhook receiver.

Every test gets a fresh `AiraloSandbox` (fresh catalogue, balance, orders, tokens) mounted on one
uvicorn server kept for the session, and a `tokenkeep.airalo.client` with its own MemoryStore, so
no token or rate-limit history leaks from one test into the next. The sandbox validates every
request *and* every answer against specs/airalo.yaml; tests/conftest.py fails a test whose sandbox
recorded anything the spec does not allow.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import airalo_client
import attrs
import pytest
import tokenkeep
import tokenkeep.airalo
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.sandbox._common import ServedSandbox, serve, shared_server
from tests.sandbox.airalo import AiraloSandbox, create_app


@pytest.fixture
def sandbox() -> AiraloSandbox:
    return AiraloSandbox(validate_responses=True)


@pytest.fixture
def served(sandbox: AiraloSandbox) -> Iterator[ServedSandbox[AiraloSandbox]]:
    with shared_server("airalo").mount(create_app(sandbox)) as handle:
        yield handle


@pytest.fixture
def api(served: ServedSandbox[AiraloSandbox]) -> Iterator[airalo_client.Client]:
    """The one-liner a user writes, pointed at the sandbox (async tests close their own async client)."""
    assert served.client_id and served.client_secret
    client = tokenkeep.airalo.client(
        served.client_id, served.client_secret, base_url=served.base_url, store=tokenkeep.MemoryStore()
    )
    with client:
        yield client


@attrs.frozen
class Delivery:
    path: str
    headers: dict[str, str]
    body: bytes


@attrs.define
class WebhookReceiver:
    """A partner's webhook endpoint: answers HEAD and POST with 200 and keeps what it got."""

    base_url: str = ""
    deliveries: list[Delivery] = attrs.field(factory=list)
    heads: int = 0
    _lock: threading.Lock = attrs.field(factory=threading.Lock)
    _arrived: threading.Condition = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self._arrived = threading.Condition(self._lock)

    def url(self, name: str) -> str:
        return f"{self.base_url}/hooks/{name}"

    async def _hook(self, request: Request) -> Response:
        body = await request.body()
        with self._lock:
            if request.method == "HEAD":
                self.heads += 1
            else:
                self.deliveries.append(Delivery(request.url.path, dict(request.headers), body))
                self._arrived.notify_all()
        return Response(status_code=200)

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Delivery]:
        """The first `count` deliveries, waiting up to `timeout` seconds for them."""
        with self._lock:
            self._arrived.wait_for(lambda: len(self.deliveries) >= count, timeout)
            assert len(self.deliveries) >= count, f"{len(self.deliveries)} of {count} webhooks arrived"
            return list(self.deliveries[:count])

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/hooks/{name}", self._hook, methods=["POST", "HEAD"]),
                Route("/_sandbox/health", lambda request: JSONResponse({"ok": True})),
            ]
        )


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    """A webhook endpoint of our own on 127.0.0.1."""
    receiver = WebhookReceiver()
    with serve(receiver.app()) as handle:
        receiver.base_url = handle.base_url
        yield receiver
