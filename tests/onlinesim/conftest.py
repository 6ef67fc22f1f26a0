"""Fixtures for the Onlinesim tests: a fresh sandbox per test on a shared 127.0.0.1 server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import tokenkeep.onlinesim
from onlinesim_client import Client

from tests.sandbox._common import ServedSandbox, serve, shared_server
from tests.sandbox.onlinesim import OnlinesimSandbox, create_app

API_KEY = "sandbox-api-key"  # OnlinesimSandbox's default key


@pytest.fixture
def served() -> Iterator[ServedSandbox[OnlinesimSandbox]]:
    with shared_server("onlinesim").mount(
        create_app(OnlinesimSandbox(balance="1000.00", validate_responses=True))
    ) as handle:
        yield handle


@pytest.fixture
def sandbox(served: ServedSandbox[OnlinesimSandbox]) -> OnlinesimSandbox:
    return served.state


@pytest.fixture
def api(served: ServedSandbox[OnlinesimSandbox]) -> Iterator[Client]:
    """A generated client with the API key as a Bearer header (sync use)."""
    with tokenkeep.onlinesim.client(API_KEY, base_url=served.base_url) as client:
        yield client


@pytest.fixture
def hook_receiver() -> Iterator[tuple[str, list[bytes]]]:
    """A small HTTP server that records the bodies POSTed to /hook (a webhook consumer)."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response
    from starlette.routing import Route

    received: list[bytes] = []

    async def hook(request: Request) -> Response:
        received.append(await request.body())  # raw bytes, as a receiver parses them
        return JSONResponse({"ok": True})

    async def health(request: Request) -> Response:
        return JSONResponse({"ok": True})

    app = Starlette(routes=[Route("/hook", hook, methods=["POST"]), Route("/_sandbox/health", health)])
    with serve(app) as handle:
        yield handle.base_url + "/hook", received
