"""Fixtures for the GoGoX tests: one uvicorn server per module, a fresh sandbox state per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from gogox_support import WebhookReceiver

from tests.sandbox._common import SandboxServer, ServedSandbox, serve
from tests.sandbox.gogox import GogoxSandbox, create_app


@pytest.fixture(scope="module")
def gogox_server() -> Iterator[SandboxServer]:
    server = SandboxServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def gogox(gogox_server: SandboxServer) -> Iterator[ServedSandbox[GogoxSandbox]]:
    """A fresh GoGoX sandbox on a real socket; webhook retries are fast (10 ms, doubling)."""
    state = GogoxSandbox()
    state.webhook_backoff = 0.01
    with gogox_server.mount(create_app(state)) as served:
        yield served
    state.close()


@pytest.fixture
def receiver() -> Iterator[tuple[WebhookReceiver, str]]:
    """A partner's webhook endpoint served on 127.0.0.1; yields it and its URL."""
    partner = WebhookReceiver()
    with serve(partner.app()) as served:
        yield partner, served.url("/gogox/webhooks")
