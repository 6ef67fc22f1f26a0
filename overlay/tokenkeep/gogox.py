"""GoGoX delivery API with managed OAuth 2.0 client-credentials tokens.

import tokenkeep.gogox
from gogox_client.api.transport import create_transport_quotation

api = tokenkeep.gogox.client(CLIENT_ID, CLIENT_SECRET, region="hk", environment="production")
api = tokenkeep.gogox.client(CLIENT_ID, CLIENT_SECRET, base_url="http://127.0.0.1:8090")
"""

from __future__ import annotations

from typing import Any, Literal

import httpx
from gogox_client import Client

from ._auth import AuthPolicy, TokenAuth
from ._constants import DEFAULT_TIMEOUT, RATE_LIMIT_WAIT, REFRESH_BUFFER, REFRESH_WAIT
from ._manager import RefreshHook, RefreshPolicy, Store
from ._providers._common import build_auth, client_settings, timeout_or_default, without_auth
from ._providers.gogox import REGIONS, GogoxTokenEndpoint, base_url, is_rejection
from ._ratelimit import RateLimit

__all__ = ["REGIONS", "auth", "base_url", "client"]


def auth(
    client_id: str,
    client_secret: str,
    *,
    base_url: str | None = None,
    region: str = "hk",
    environment: Literal["staging", "production"] = "staging",
    credentials_in: Literal["body", "basic"] = "body",
    store: Store | None = None,
    rate_limit: RateLimit | None = None,
    refresh_buffer: float = REFRESH_BUFFER,
    rate_limit_wait: float = RATE_LIMIT_WAIT,
    refresh_wait: float = REFRESH_WAIT,
    on_refresh: RefreshHook | None = None,
    timeout: httpx.Timeout | float | None = None,
    httpx_args: dict[str, Any] | None = None,
) -> TokenAuth:
    """An httpx auth for GoGoX; `store` defaults to a FileStore in the user cache."""
    endpoint = GogoxTokenEndpoint(
        client_id=client_id,
        client_secret=client_secret,
        base_url=base_url or _region_url(region, environment),
        credentials_in=credentials_in,
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
    return build_auth(endpoint, store=store, policy=policy, auth_policy=AuthPolicy(is_rejection=is_rejection))


def _region_url(region: str, environment: Literal["staging", "production"]) -> str:
    return base_url(region, environment)


def client(
    client_id: str,
    client_secret: str,
    *,
    base_url: str | None = None,
    region: str = "hk",
    environment: Literal["staging", "production"] = "staging",
    store: Store | None = None,
    timeout: httpx.Timeout | float | None = None,
    httpx_args: dict[str, Any] | None = None,
    raise_on_unexpected_status: bool = True,
    **auth_options: Any,
) -> Client:
    """A generated `gogox_client.Client` that authenticates itself; use it sync or async."""
    url = base_url or _region_url(region, environment)
    timeout = timeout_or_default(timeout, DEFAULT_TIMEOUT)
    token_auth = auth(
        client_id, client_secret, base_url=url, store=store, timeout=timeout, httpx_args=httpx_args, **auth_options
    )
    return Client(**client_settings(url, token_auth, timeout, httpx_args, raise_on_unexpected_status))
