"""Airalo partner API with managed tokens.

import tokenkeep.airalo
from airalo_client.api.packages import get_packages

api = tokenkeep.airalo.client(CLIENT_ID, CLIENT_SECRET)            # production
api = tokenkeep.airalo.client(CLIENT_ID, CLIENT_SECRET, base_url="http://127.0.0.1:8088")
packages = get_packages.sync(client=api)

Orders and top-ups whose outcome is never left open (docs/money-moves.md): `place_order(api, body)`,
`place_topup(api, body)` (`aplace_order`... async) put a client reference into the description and,
after a lost or late answer, find the order by it; what is still open raises OrderOutcomeUnknown.
"""

from __future__ import annotations

from typing import Unpack

from airalo_client import Client

from ._auth import TokenAuth
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
from ._options import AUTH, CLIENT, AuthOptions, ClientOptions, Settings
from ._providers._common import build_auth, client_settings
from ._providers.airalo import MAX_LIFETIME, PRODUCTION_URL, TOKEN_RATE_LIMIT, AiraloTokenEndpoint

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
    client_id: str, client_secret: str, *, base_url: str = PRODUCTION_URL, **options: Unpack[AuthOptions]
) -> TokenAuth:
    """An httpx auth for Airalo; `store` defaults to a FileStore in the user cache.

    The token endpoint's limit of 5 requests a minute (TOKEN_RATE_LIMIT) is kept unless `rate_limit` says otherwise.
    """
    return _auth(
        client_id, client_secret, base_url, Settings.read("auth", options, accepted=AUTH, rate_limit=TOKEN_RATE_LIMIT)
    )


def client(
    client_id: str, client_secret: str, *, base_url: str = PRODUCTION_URL, **options: Unpack[ClientOptions]
) -> Client:
    """A generated `airalo_client.Client` that authenticates itself; use it sync or async."""
    settings = Settings.read("client", options, accepted=CLIENT, rate_limit=TOKEN_RATE_LIMIT)
    return Client(**client_settings(base_url, _auth(client_id, client_secret, base_url, settings), settings))


def _auth(client_id: str, client_secret: str, base_url: str, settings: Settings) -> TokenAuth:
    endpoint = AiraloTokenEndpoint(
        client_id=client_id,
        client_secret=client_secret,
        base_url=base_url,
        timeout=settings.timeout,
        httpx_args=settings.httpx_args,
    )
    return build_auth(endpoint, settings)
