"""Helpers for the Aeropay sandbox tests: a merchant wired to the sandbox, a webhook receiver."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

import aeropay_client
import tokenkeep.aeropay
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from tokenkeep import MemoryStore

from tests.sandbox._common import ServedSandbox
from tests.sandbox.aeropay import AeropaySandbox

MERCHANT_ID = 1057
OTHER_MERCHANT_ID = 2001


def merchant(served: ServedSandbox[AeropaySandbox], **options: Any) -> tokenkeep.aeropay.Merchant:
    """A `tokenkeep.aeropay.Merchant` for the sandbox, with a token store of its own."""
    state = served.state
    return tokenkeep.aeropay.Merchant(
        options.pop("api_key", state.api_key),
        options.pop("api_secret", state.api_secret),
        options.pop("merchant_id", MERCHANT_ID),
        base_url=served.base_url,
        store=options.pop("store", MemoryStore()),
        options=options,
    )


class Shop:
    """A sandbox merchant whose clients are closed when the test ends (no unclosed sockets)."""

    def __init__(self, served: ServedSandbox[AeropaySandbox], **options: Any) -> None:
        self.merchant = merchant(served, **options)
        self.clients: list[aeropay_client.Client] = []

    def client(self, **options: Any) -> aeropay_client.Client:
        return self._track(self.merchant.client(**options))

    def user_client(self, user_id: str, **options: Any) -> aeropay_client.Client:
        return self._track(self.merchant.user_client(user_id, **options))

    def _track(self, client: aeropay_client.Client) -> aeropay_client.Client:
        self.clients.append(client)
        return client

    def close(self) -> None:
        for client in self.clients:
            if client._client is not None:
                client._client.close()

    async def aclose(self) -> None:
        self.close()
        for client in self.clients:
            if client._async_client is not None:
                await client._async_client.aclose()


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class WebhookReceiver:
    """A merchant's webhook endpoint: records every delivery, answers `status`."""

    status: int = 200
    received: list[Received] = field(default_factory=list)
    arrived: threading.Event = field(default_factory=threading.Event)

    def app(self) -> Starlette:
        async def hook(request: Request) -> Response:
            self.received.append(Received(request.url.path, dict(request.headers), await request.body()))
            self.arrived.set()
            return JSONResponse({"ok": True}, self.status)

        return Starlette(routes=[Route("/aeropay/webhooks", hook, methods=["POST"])])
