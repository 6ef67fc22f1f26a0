"""Airalo partner API with managed tokens.

import tokenkeep.airalo
from airalo_client.api.browse_packages import get_packages

api = tokenkeep.airalo.client(CLIENT_ID, CLIENT_SECRET)            # production
api = tokenkeep.airalo.client(CLIENT_ID, CLIENT_SECRET, base_url="http://127.0.0.1:8088")
packages = get_packages.sync(client=api)

Orders and top-ups whose outcome is never left open (docs/money-moves.md): `place_order(api, body)`,
`place_topup(api, body)` (`aplace_order`... async) put a client reference into the description and,
after a lost or late answer, find the order by it; what is still open raises OrderOutcomeUnknown.
"""

from __future__ import annotations

from typing import Any

import httpx
from airalo_client import Client

from ._auth import TokenAuth
from ._constants import DEFAULT_TIMEOUT, RATE_LIMIT_WAIT, REFRESH_BUFFER, REFRESH_WAIT
from ._manager import RefreshHook, RefreshPolicy, Store
from ._money import MovePolicy
from ._money.airalo import (
    OrderOutcomeUnknown,
    afind_order,
    aplace_order,
    aplace_topup,
    find_order,
    new_reference,
    place_order,
    place_topup,
    reference_of,
)
from ._providers._common import build_auth, client_settings, timeout_or_default, without_auth
from ._providers.airalo import MAX_LIFETIME, PRODUCTION_URL, TOKEN_RATE_LIMIT, AiraloTokenEndpoint
from ._ratelimit import RateLimit

__all__ = [
    "MAX_LIFETIME",
    "PRODUCTION_URL",
    "TOKEN_RATE_LIMIT",
    "MovePolicy",
    "OrderOutcomeUnknown",
    "afind_order",
    "aplace_order",
    "aplace_topup",
    "auth",
    "client",
    "find_order",
    "new_reference",
    "place_order",
    "place_topup",
    "reference_of",
]


def auth(
    client_id: str,
    client_secret: str,
    *,
    base_url: str = PRODUCTION_URL,
    store: Store | None = None,
    rate_limit: RateLimit | None = TOKEN_RATE_LIMIT,
    refresh_buffer: float = REFRESH_BUFFER,
    rate_limit_wait: float = RATE_LIMIT_WAIT,
    refresh_wait: float = REFRESH_WAIT,
    on_refresh: RefreshHook | None = None,
    timeout: httpx.Timeout | float | None = None,
    httpx_args: dict[str, Any] | None = None,
) -> TokenAuth:
    """An httpx auth for Airalo; `store` defaults to a FileStore in the user cache."""
    endpoint = AiraloTokenEndpoint(
        client_id=client_id,
        client_secret=client_secret,
        base_url=base_url,
        timeout=timeout_or_default(timeout, DEFAULT_TIMEOUT),
        httpx_args=without_auth(httpx_args),
    )
    policy = RefreshPolicy(
        buffer=refresh_buffer,
        rate_limit=rate_limit,
        rate_limit_wait=rate_limit_wait,
        refresh_wait=refresh_wait,
        on_refresh=on_refresh,
    )
    return build_auth(endpoint, store=store, policy=policy)


def client(
    client_id: str,
    client_secret: str,
    *,
    base_url: str = PRODUCTION_URL,
    store: Store | None = None,
    timeout: httpx.Timeout | float | None = None,
    httpx_args: dict[str, Any] | None = None,
    raise_on_unexpected_status: bool = True,
    **auth_options: Any,
) -> Client:
    """A generated `airalo_client.Client` that authenticates itself; use it sync or async."""
    timeout = timeout_or_default(timeout, DEFAULT_TIMEOUT)
    token_auth = auth(
        client_id, client_secret, base_url=base_url, store=store, timeout=timeout, httpx_args=httpx_args, **auth_options
    )
    return Client(**client_settings(base_url, token_auth, timeout, httpx_args, raise_on_unexpected_status))
