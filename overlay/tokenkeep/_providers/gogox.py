"""GoGoX: OAuth 2.0 client credentials (RFC 6749 §4.4) from POST /oauth/token.

- Credentials in the JSON body (what GoGoX's samples send), or HTTP Basic with the
  standard form body (RFC 6749 §2.3.1) as an option.
- Token and lifetime: `access_token`, `expires_in` (7200 s); no refresh token.
- Errors per RFC 6749 §5.2 (`error`, `error_description`); invalid_client and
  unauthorized_client mean the credentials were rejected.
- A rejected token is a 401 with `WWW-Authenticate: Bearer error="invalid_token"`
  (RFC 6750 §3.1); a 401 without an error code is treated the same way.
"""

from __future__ import annotations

import re
from types import ModuleType
from typing import Any, ClassVar, Literal
from urllib.parse import quote_plus

import attrs
import httpx
from gogox_client import Client
from gogox_client.api.token import request_access_token
from gogox_client.models import OAuthError, TokenRequest, TokenRequestForm, TokenRequestGrantType, TokenResponse
from gogox_client.types import Response

from .._exceptions import AuthError, TokenError
from .._token import Token, token_from_response
from ._common import GeneratedTokenEndpoint, error_body, oauth_error, rate_limited

PROVIDER = "gogox"
DEFAULT_LIFETIME = 7200.0
REGIONS = ("hk", "sg", "vn", "tw")
CREDENTIAL_ERRORS = frozenset({"invalid_client", "unauthorized_client", "invalid_grant"})

_ERROR_PARAM = re.compile(r'error="([^"]*)"')


def base_url(region: str = "hk", environment: Literal["staging", "production"] = "staging") -> str:
    """The regional API host (the docs' <<api_base_path>>)."""
    if region not in REGIONS:
        raise ValueError(f"unknown GoGoX region {region!r}; expected one of {', '.join(REGIONS)}")
    if environment not in ("staging", "production"):
        raise ValueError("environment must be 'staging' or 'production'")
    return f"https://{'stag-' if environment == 'staging' else ''}{region}-api.gogox.com"


def is_rejection(response: httpx.Response) -> bool:
    """RFC 6750 §3.1: invalid_token means the token expired or was revoked."""
    if response.status_code != 401:
        return False
    match = _ERROR_PARAM.search(response.headers.get("www-authenticate", ""))
    return match is None or match.group(1) == "invalid_token"


@attrs.frozen
class GogoxTokenEndpoint(GeneratedTokenEndpoint):
    client_id: str = attrs.field(repr=False)
    client_secret: str = attrs.field(repr=False)
    base_url: str = attrs.field(factory=base_url)
    credentials_in: Literal["body", "basic"] = "body"
    timeout: httpx.Timeout = attrs.field(factory=lambda: httpx.Timeout(30.0))
    httpx_args: dict[str, object] = attrs.field(factory=dict, repr=False)
    provider: str = PROVIDER
    client_class: ClassVar[type[Client]] = Client
    operation: ClassVar[ModuleType] = request_access_token

    def __attrs_post_init__(self) -> None:
        if not self.client_id or not self.client_secret:
            raise ValueError("GoGoX needs a client_id and a client_secret (issued on registration)")
        if self.credentials_in not in ("body", "basic"):
            raise ValueError("credentials_in must be 'body' or 'basic'")

    def identity(self) -> tuple[str, ...]:
        return (self.base_url.rstrip("/"), self.client_id)  # no secret: see TokenEndpoint.identity

    def secret(self) -> bytes:
        return self.client_secret.encode()

    def _client_args(self) -> dict[str, Any]:
        args = super()._client_args()
        if self.credentials_in == "basic":
            # RFC 6749 §2.3.1: id and secret are form-urlencoded before Basic encoding.
            # GoGoX's credentials are hex, so this changes nothing for them; other
            # characters (":", "%", "+", spaces) would otherwise be misread.
            args["auth"] = httpx.BasicAuth(quote_plus(self.client_id), quote_plus(self.client_secret))
        return args

    def _body(self, previous: Token | None) -> TokenRequest | TokenRequestForm:
        grant = TokenRequestGrantType.CLIENT_CREDENTIALS
        if self.credentials_in == "basic":
            return TokenRequestForm(grant_type=grant)
        return TokenRequest(grant_type=grant, client_id=self.client_id, client_secret=self.client_secret)

    def _token(self, response: Response[Any], issued_at: float, previous: Token | None) -> Token:
        status = int(response.status_code)
        parsed = response.parsed
        if status == 200 and isinstance(parsed, TokenResponse):
            return token_from_response(
                access_token=parsed.access_token,
                expires_in=parsed.expires_in if isinstance(parsed.expires_in, int) else None,
                issued_at=issued_at,
                max_lifetime=None,
                default_lifetime=DEFAULT_LIFETIME,
                token_type=parsed.token_type if isinstance(parsed.token_type, str) else None,
            )
        body = error_body(response) if status != 200 else None
        if status == 429:
            raise rate_limited(PROVIDER, response, body)
        if isinstance(parsed, OAuthError):
            raise oauth_error(PROVIDER, parsed, status=status, body=body, classify=_classify)
        raise TokenError(
            f"gogox: token endpoint answered HTTP {status}", provider=PROVIDER, status_code=status, body=body
        )


def _classify(error: str, detail: str) -> tuple[type[TokenError], str]:
    if error in CREDENTIAL_ERRORS:
        return AuthError, f"gogox: token request refused: {detail}; check the client id and secret"
    return TokenError, f"gogox: token request refused: {detail}"
