"""Helpers for the promise tests: one call, made through the sync or the async driver."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import airalo_client
import tokenkeep.airalo
from airalo_client.api.balance import get_balance
from tokenkeep import MemoryStore

from tests.sandbox._common import ServedSandbox
from tests.sandbox.airalo import AiraloSandbox

Served = ServedSandbox[AiraloSandbox]
CLIENT_ID, CLIENT_SECRET = "sandbox-client-id", "sandbox-client-secret"


def airalo(served: Served, **options: Any) -> airalo_client.Client:
    """tokenkeep.airalo.client as a user writes it, pointed at the sandbox (a MemoryStore unless given one)."""
    options.setdefault("store", MemoryStore())
    return tokenkeep.airalo.client(CLIENT_ID, CLIENT_SECRET, base_url=served.base_url, **options)


@asynccontextmanager
async def opened(api: airalo_client.Client, driver: str) -> AsyncIterator[airalo_client.Client]:
    """The client opened (and closed after) on the side the test drives."""
    if driver == "sync":
        with api:
            yield api
    else:
        async with api:
            yield api


async def balance(api: airalo_client.Client, driver: str) -> int:
    """GET /v2/balance through the generated operation; the HTTP status."""
    if driver == "sync":
        return int(get_balance.sync_detailed(client=api).status_code)
    return int((await get_balance.asyncio_detailed(client=api)).status_code)
