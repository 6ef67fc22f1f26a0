"""GoGoX delivery API with managed OAuth 2.0 client-credentials tokens.

import tokenkeep.gogox
from gogox_client.api.transport import create_transport_quotation

api = tokenkeep.gogox.client(CLIENT_ID, CLIENT_SECRET, region="hk", environment="production")
api = tokenkeep.gogox.client(CLIENT_ID, CLIENT_SECRET, base_url="http://127.0.0.1:8090")
"""

from __future__ import annotations

from typing import Literal, Unpack

from gogox_client import Client

from ._auth import AuthPolicy, TokenAuth
from ._options import AUTH, CLIENT, AuthOptions, ClientOptions, Settings
from ._providers._common import build_auth, client_settings
from ._providers.gogox import REGIONS, GogoxTokenEndpoint, base_url, is_rejection

__all__ = ["REGIONS", "auth", "base_url", "client"]

Environment = Literal["staging", "production"]
CredentialsIn = Literal["body", "basic"]


def auth(
    client_id: str,
    client_secret: str,
    *,
    base_url: str | None = None,
    region: str = "hk",
    environment: Environment = "staging",
    credentials_in: CredentialsIn = "body",
    **options: Unpack[AuthOptions],
) -> TokenAuth:
    """An httpx auth for GoGoX; `store` defaults to a FileStore in the user cache."""
    settings = Settings.read("auth", options, accepted=AUTH)
    return _auth(client_id, client_secret, base_url or _region_url(region, environment), credentials_in, settings)


def client(
    client_id: str,
    client_secret: str,
    *,
    base_url: str | None = None,
    region: str = "hk",
    environment: Environment = "staging",
    credentials_in: CredentialsIn = "body",
    **options: Unpack[ClientOptions],
) -> Client:
    """A generated `gogox_client.Client` that authenticates itself; use it sync or async."""
    url = base_url or _region_url(region, environment)
    settings = Settings.read("client", options, accepted=CLIENT)
    return Client(**client_settings(url, _auth(client_id, client_secret, url, credentials_in, settings), settings))


def _region_url(region: str, environment: Environment) -> str:
    return base_url(region, environment)


def _auth(client_id: str, client_secret: str, url: str, credentials_in: CredentialsIn, settings: Settings) -> TokenAuth:
    endpoint = GogoxTokenEndpoint(
        client_id=client_id,
        client_secret=client_secret,
        base_url=url,
        credentials_in=credentials_in,
        timeout=settings.timeout,
        httpx_args=settings.httpx_args,
    )
    return build_auth(endpoint, settings, AuthPolicy(is_rejection=is_rejection))
