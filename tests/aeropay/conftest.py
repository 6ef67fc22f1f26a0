"""Fixtures for the Aeropay tests: one uvicorn server per module, a fresh sandbox state per test."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from aeropay_support import Shop, WebhookReceiver

from tests.sandbox._common import SandboxServer, ServedSandbox, serve
from tests.sandbox.aeropay import AeropaySandbox, create_app


@pytest.fixture(scope="module")
def aeropay_server() -> Iterator[SandboxServer]:
    server = SandboxServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def aeropay(aeropay_server: SandboxServer) -> Iterator[ServedSandbox[AeropaySandbox]]:
    """A fresh Aeropay sandbox on a real socket; webhook retries are fast."""
    state = AeropaySandbox()
    state.webhook_backoff = 0.01
    with aeropay_server.mount(create_app(state)) as served:
        yield served
    state.close()


@pytest.fixture
def receiver() -> Iterator[tuple[WebhookReceiver, str]]:
    """A merchant's webhook endpoint on 127.0.0.1; yields it and its URL."""
    partner = WebhookReceiver()
    with serve(partner.app()) as served:
        yield partner, served.url("/aeropay/webhooks")


@pytest.fixture
def shop(aeropay: ServedSandbox[AeropaySandbox]) -> Iterator[Shop]:
    """Merchant 1057 of the sandbox with a token store of its own; its clients are closed afterwards."""
    merchant = Shop(aeropay)
    yield merchant
    merchant.close()


@pytest.fixture
async def ashop(aeropay: ServedSandbox[AeropaySandbox]) -> AsyncIterator[Shop]:
    """As `shop`, for async tests (async clients are closed on the test's loop)."""
    merchant = Shop(aeropay)
    yield merchant
    await merchant.aclose()
