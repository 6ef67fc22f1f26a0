"""Airalo: client-credentials token from POST /v2/token (multipart form).

- Token and lifetime: `data.access_token`, `data.expires_in` (seconds).
- The docs say a token is valid 24 h while `expires_in` says about a year, so
  the lifetime is capped at a day (refreshed at least daily).
- Token endpoint rate limit: 5 requests a minute (newer docs: 3 per key).
- A rejected token is HTTP 401.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any, ClassVar

import attrs
import httpx
from airalo_client import Client
from airalo_client.api.token import request_access_token
from airalo_client.models import TokenRequest, TokenRequestGrantType, TokenResponse
from airalo_client.types import Response

from .._exceptions import AuthError, TokenError
from .._ratelimit import RateLimit
from .._token import Token, token_from_response
from ._common import GeneratedTokenEndpoint, error_body, rate_limited

PROVIDER = "airalo"
PRODUCTION_URL = "https://partners-api.airalo.com"
MAX_LIFETIME = 24 * 3600.0
TOKEN_RATE_LIMIT = RateLimit(requests=5, per=60.0)


@attrs.frozen
class AiraloTokenEndpoint(GeneratedTokenEndpoint):
    client_id: str = attrs.field(repr=False)
    client_secret: str = attrs.field(repr=False)
    base_url: str = PRODUCTION_URL
    timeout: httpx.Timeout = attrs.field(factory=lambda: httpx.Timeout(30.0))
    httpx_args: dict[str, object] = attrs.field(factory=dict, repr=False)
    provider: str = PROVIDER
    client_class: ClassVar[type[Client]] = Client
    operation: ClassVar[ModuleType] = request_access_token

    def __attrs_post_init__(self) -> None:
        if not self.client_id or not self.client_secret:
            raise ValueError("Airalo needs a client_id and a client_secret (Partner Platform > API credentials)")

    def identity(self) -> tuple[str, ...]:
        return (self.base_url.rstrip("/"), self.client_id)  # no secret: see TokenEndpoint.identity

    def secret(self) -> bytes:
        return self.client_secret.encode()

    def _body(self, previous: Token | None) -> TokenRequest:
        return TokenRequest(
            client_id=self.client_id,
            client_secret=self.client_secret,
            grant_type=TokenRequestGrantType.CLIENT_CREDENTIALS,
        )

    def _token(self, response: Response[Any], issued_at: float, previous: Token | None) -> Token:
        status = int(response.status_code)
        parsed = response.parsed
        if status == 200 and isinstance(parsed, TokenResponse):
            data = parsed.data
            expires_in = data.expires_in if isinstance(data.expires_in, int) else None
            token_type = data.token_type if isinstance(data.token_type, str) else None
            return token_from_response(
                access_token=data.access_token,
                expires_in=expires_in,
                issued_at=issued_at,
                max_lifetime=MAX_LIFETIME,
                default_lifetime=MAX_LIFETIME,
                token_type=token_type,
            )
        body = error_body(response) if status != 200 else None
        message = _message(body)
        if status == 429:
            raise rate_limited(PROVIDER, response, body, message)
        if status in (401, 403, 422):
            raise AuthError(
                f"airalo: credentials rejected (HTTP {status}: {message}); check the client id and secret",
                provider=PROVIDER,
                status_code=status,
                body=body,
            )
        raise TokenError(
            f"airalo: token endpoint answered HTTP {status} ({message})",
            provider=PROVIDER,
            status_code=status,
            body=body,
        )


def _message(body: object) -> str:
    if isinstance(body, dict):
        meta = body.get("meta")
        if isinstance(meta, dict) and isinstance(meta.get("message"), str):
            return str(meta["message"])
        for field in ("message", "reason", "error"):
            if isinstance(body.get(field), str):
                return str(body[field])
    return "no message"
