"""Onlinesim: API keys, OAuth 2.0 authorization-code tokens, and errors that arrive as HTTP 200.

- API key: `?apikey=` (or `?api_key=`, the newest auth page's name) or `Authorization: Bearer <key>`;
  no token endpoint at all.
- OAuth 2.0: a person authorizes once in a browser (authorization-code flow, loopback redirect);
  the access token then refreshes itself with the refresh_token grant at POST /oauth/token.
- Every answer is HTTP 200; failure is a body `{"response": "<CODE>"}`. A wrong key or an
  expired/invalid access token is `ERROR_WRONG_KEY` (or `ERROR_NO_KEY`), which OAuth mode treats as
  a rejected token (refresh once, replay once). Every other code raises a typed OnlinesimError from the
  generated operation (onlinesim_client.errors, generated from the spec's catalogue).
- `ERROR_NO_OPERATIONS` from getState means "no active operations": not an error.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import secrets
import threading
from collections.abc import Generator
from functools import partial
from types import ModuleType
from typing import Any, ClassVar, Literal

import attrs
import httpx
from onlinesim_client import Client
from onlinesim_client.api.oauth import get_authorize_page, request_access_token
from onlinesim_client.models import (
    GetAuthorizePageCodeChallengeMethod,
    GetAuthorizePageResponseType,
    OAuthError,
    TokenRequest,
    TokenRequestGrantType,
    TokenResponse,
)
from onlinesim_client.types import UNSET, Response

from .._auth import bearer
from .._exceptions import AuthError, TokenError
from .._loopback import LoopbackListener, Redirect
from .._token import Token, token_from_response
from ._common import GeneratedTokenEndpoint, error_body, oauth_error, rate_limited

logger = logging.getLogger("tokenkeep")

PROVIDER = "onlinesim"
PRODUCTION_URL = "https://onlinesim.io"
SCOPES = ("sms-scope", "rent-scope", "free-scope")
#: Lifetimes are not published; used only when a token answer lacks `expires_in`.
DEFAULT_LIFETIME = 3600.0
#: Query parameter names of the API key: the main-API pages say `apikey`, the newest auth page `api_key`.
KEY_PARAMS = ("apikey", "api_key")

REJECTION_CODES = frozenset({"ERROR_WRONG_KEY", "ERROR_NO_KEY"})
EMPTY_CODES = frozenset({"ERROR_NO_OPERATIONS"})


# --------------------------------------------------------------------------- errors
# The API's error classes (OnlinesimError, NoNumbersError...) are generated from the spec's catalogue
# (onlinesim_client.errors) and raised by the generated operations; only the OAuth side's live here.


class AuthorizationRequired(AuthError):
    """No usable OAuth authorization is stored: the person must authorize (again)."""


class AuthorizationFailed(AuthError):
    """The browser authorization did not complete (denied, wrong `state`, timed out)."""


def error_code(response: httpx.Response) -> str | None:
    """The error code of an answer (`response` is a string other than "1"), else None."""
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    if not isinstance(body, dict):
        return None  # getState's bare array: success
    value = body.get("response")
    if isinstance(value, str) and value != "1":
        return value
    return None


def is_rejection(response: httpx.Response) -> bool:
    """OAuth mode: the access token was refused (HTTP-200 ERROR_WRONG_KEY/ERROR_NO_KEY, or a 401)."""
    return response.status_code == 401 or error_code(response) in REJECTION_CODES


# --------------------------------------------------------------------------- API key mode


def redacted(url: httpx.URL) -> httpx.URL:
    """The URL with any API key in its query replaced, for logs."""
    if not any(name in url.params for name in KEY_PARAMS):
        return url
    params = [(k, "[redacted]" if k in KEY_PARAMS else v) for k, v in url.params.multi_items()]
    return url.copy_with(params=params)


class RedactKeysFilter(logging.Filter):
    """Hides API keys in the URLs httpx logs ("HTTP Request: GET ...?apikey=...")."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(isinstance(a, httpx.URL) for a in record.args):
            record.args = tuple(redacted(a) if isinstance(a, httpx.URL) else a for a in record.args)
        return True


_filter_lock = threading.Lock()


def install_log_redaction() -> None:
    """Put RedactKeysFilter on httpx's logger once (query-string keys would be logged otherwise)."""
    with _filter_lock:
        httpx_logger = logging.getLogger("httpx")
        if not any(isinstance(f, RedactKeysFilter) for f in httpx_logger.filters):
            httpx_logger.addFilter(RedactKeysFilter())


class ApiKeyAuth(httpx.Auth):
    """Sends the API key in the query or as a Bearer header.

    There is nothing to refresh: a refused key (ERROR_WRONG_KEY) raises AccessError from the
    generated operation at once.
    """

    def __init__(
        self,
        api_key: str,
        *,
        placement: Literal["bearer", "query"] = "bearer",
        param: Literal["apikey", "api_key"] = "apikey",
    ) -> None:
        if not api_key:
            raise ValueError("Onlinesim needs an API key (Profile -> API tab)")
        if placement not in ("bearer", "query"):
            raise ValueError("placement must be 'bearer' or 'query'")
        if param not in KEY_PARAMS:
            raise ValueError("param must be 'apikey' or 'api_key'")
        self._api_key = api_key
        self.placement = placement
        self.param = param
        if placement == "query":
            install_log_redaction()

    def __repr__(self) -> str:
        where = f"query {self.param}" if self.placement == "query" else "bearer"
        return f"ApiKeyAuth(<key hidden>, {where})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.placement == "query":
            request.url = request.url.copy_merge_params({self.param: self._api_key})
        else:
            request.headers["Authorization"] = f"Bearer {self._api_key}"
        yield request


# --------------------------------------------------------------------------- OAuth tokens


@attrs.frozen
class OAuthTokenEndpoint(GeneratedTokenEndpoint):
    """POST /oauth/token through the generated operation: the refresh_token grant.

    The refresh token comes in `previous`, the token record the manager read under the
    refresh lock (access and refresh token together, one key, one seal): another process
    may have rotated the one this process remembers, and the store's copy is the current one.
    """

    client_id: str = attrs.field(repr=False)
    client_secret: str = attrs.field(repr=False)
    account: str = "default"
    base_url: str = PRODUCTION_URL
    timeout: httpx.Timeout = attrs.field(factory=lambda: httpx.Timeout(30.0))
    httpx_args: dict[str, object] = attrs.field(factory=dict, repr=False)
    provider: str = PROVIDER
    client_class: ClassVar[type[Client]] = Client
    operation: ClassVar[ModuleType] = request_access_token

    def __attrs_post_init__(self) -> None:
        if not self.client_id or not self.client_secret:
            raise ValueError("Onlinesim OAuth needs the client id and secret of a registered OAuth client")

    def identity(self) -> tuple[str, ...]:
        # No secret: after a client-secret rotation the old record fails to open (its seal is
        # derived from the old secret) and the next authorization overwrites it under the same key.
        return (self.base_url.rstrip("/"), self.client_id, self.account)

    def secret(self) -> bytes:
        return self.client_secret.encode()

    def _body(self, previous: Token | None) -> TokenRequest:
        assert previous is not None and previous.refresh_token  # ensured by _grant()
        return TokenRequest(
            grant_type=TokenRequestGrantType.REFRESH_TOKEN,
            client_id=self.client_id,
            client_secret=self.client_secret,
            refresh_token=previous.refresh_token,
        )

    def _grant(self, previous: Token | None) -> Token:
        if previous is None or not previous.refresh_token:
            raise AuthorizationRequired(
                f"onlinesim: no OAuth authorization is stored for account {self.account!r}; "
                "run tokenkeep.onlinesim.authorize(...) so that the person authorizes this app",
                provider=PROVIDER,
            )
        return previous

    def fetch(self, previous: Token | None) -> Token:
        return super().fetch(self._grant(previous))

    async def afetch(self, previous: Token | None) -> Token:
        return await super().afetch(self._grant(previous))

    def _token(self, response: Response[Any], issued_at: float, previous: Token | None) -> Token:
        return token_or_error(response, issued_at, previous, grant="refresh_token")


@attrs.frozen
class CodeExchange(GeneratedTokenEndpoint):
    """POST /oauth/token with grant_type=authorization_code, once, at the end of authorize()."""

    client_id: str = attrs.field(repr=False)
    client_secret: str = attrs.field(repr=False)
    code: str = attrs.field(repr=False)
    redirect_uri: str
    base_url: str = PRODUCTION_URL
    timeout: httpx.Timeout = attrs.field(factory=lambda: httpx.Timeout(30.0))
    httpx_args: dict[str, object] = attrs.field(factory=dict, repr=False)
    code_verifier: str | None = attrs.field(default=None, repr=False)  # PKCE (see new_pkce)
    provider: str = PROVIDER
    client_class: ClassVar[type[Client]] = Client
    operation: ClassVar[ModuleType] = request_access_token

    def _body(self, previous: Token | None) -> TokenRequest:
        return TokenRequest(
            grant_type=TokenRequestGrantType.AUTHORIZATION_CODE,
            client_id=self.client_id,
            client_secret=self.client_secret,
            redirect_uri=self.redirect_uri,
            code=self.code,
            code_verifier=UNSET if self.code_verifier is None else self.code_verifier,
        )

    def _token(self, response: Response[Any], issued_at: float, previous: Token | None) -> Token:
        return token_or_error(response, issued_at, previous, grant="authorization_code")


def token_or_error(response: Response[Any], issued_at: float, previous: Token | None, *, grant: str) -> Token:
    """A Token from a token answer, or the typed error of a refused grant."""
    status = int(response.status_code)
    parsed = response.parsed
    if status == 200 and isinstance(parsed, TokenResponse):
        refresh = parsed.refresh_token if isinstance(parsed.refresh_token, str) else None
        if refresh is None and previous is not None:
            refresh = previous.refresh_token  # a server that does not rotate refresh tokens
        return token_from_response(
            access_token=parsed.access_token,
            expires_in=parsed.expires_in if isinstance(parsed.expires_in, int) else None,
            issued_at=issued_at,
            max_lifetime=None,
            default_lifetime=DEFAULT_LIFETIME,
            token_type=parsed.token_type if isinstance(parsed.token_type, str) else None,
            refresh_token=refresh,
        )
    body = error_body(response) if status != 200 else None
    if status == 429:
        raise rate_limited(PROVIDER, response, body)
    if isinstance(parsed, OAuthError):
        raise oauth_error(PROVIDER, parsed, status=status, body=body, classify=partial(_classify, grant, status))
    raise TokenError(
        f"onlinesim: token endpoint answered HTTP {status}", provider=PROVIDER, status_code=status, body=body
    )


def _classify(grant: str, status: int, error: str, detail: str) -> tuple[type[TokenError], str]:
    if error == "invalid_grant" and grant == "refresh_token":
        return AuthorizationRequired, (
            f"onlinesim: the refresh token was rejected ({detail}); the person must authorize this app "
            "again with tokenkeep.onlinesim.authorize(...)"
        )
    if error == "invalid_grant":
        return AuthorizationFailed, (
            f"onlinesim: the authorization code was rejected ({detail}); it may be used or expired: authorize again"
        )
    if error == "invalid_client" or status == 401:
        return AuthError, f"onlinesim: the OAuth client was rejected ({detail}); check the client id and secret"
    return TokenError, f"onlinesim: token request refused: {detail}"


def authorize_url(
    base_url: str,
    *,
    client_id: str,
    redirect_uri: str,
    scopes: tuple[str, ...],
    state: str,
    code_challenge: str | None = None,
) -> str:
    """The authorize page's URL, for the person's browser (authorization-code flow, S256 PKCE if a challenge)."""
    # The generated operation knows the spec's path and parameter names; the page is a browser's, so its
    # request is only built here, never sent.
    request = get_authorize_page._get_kwargs(
        client_id=client_id,
        redirect_uri=redirect_uri,
        response_type=GetAuthorizePageResponseType.CODE,
        scope=" ".join(scopes),
        state=state,
        code_challenge=UNSET if code_challenge is None else code_challenge,
        code_challenge_method=UNSET if code_challenge is None else GetAuthorizePageCodeChallengeMethod.S256,
    )
    return str(httpx.URL(base_url.rstrip("/") + request["url"], params=request["params"]))


def new_state() -> str:
    return secrets.token_urlsafe(32)


def new_pkce() -> tuple[str, str]:
    """(code_verifier, S256 code_challenge) for one authorization (RFC 7636 §4.1-4.2).

    RFC 8252 §8.1 requires PKCE of native apps: any local process can listen for, or read, the
    loopback redirect, and the code alone must not be enough to get tokens. Onlinesim's docs do
    not mention PKCE; a server without it ignores the two parameters (RFC 7636 §5).
    """
    verifier = secrets.token_urlsafe(64)  # 86 characters of [A-Za-z0-9_-], within the 43-128 allowed
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode("ascii")).digest()).rstrip(b"=").decode()
    return verifier, challenge


def checked_code(redirect: Redirect | None, state: str, timeout: float) -> str:
    """The authorization code, once the redirect proved it belongs to this flow."""
    if redirect is None:
        raise AuthorizationFailed(
            f"onlinesim: no redirect arrived within {timeout:.0f}s; the person did not finish authorizing",
            provider=PROVIDER,
        )
    if not secrets.compare_digest((redirect.state or "").encode(), state.encode()):
        raise AuthorizationFailed(
            "onlinesim: the redirect's `state` does not match this authorization (a forged or stale "
            "redirect); nothing was stored, authorize again",
            provider=PROVIDER,
        )
    if redirect.error is not None:
        raise AuthorizationFailed(
            f"onlinesim: authorization was not granted: {redirect.error}"
            + (f" ({redirect.error_description})" if redirect.error_description else ""),
            provider=PROVIDER,
            error=redirect.error,
            error_description=redirect.error_description,
        )
    if not redirect.code:
        raise AuthorizationFailed("onlinesim: the redirect carried no authorization code", provider=PROVIDER)
    return redirect.code


__all__ = [
    "ApiKeyAuth",
    "AuthorizationFailed",
    "AuthorizationRequired",
    "CodeExchange",
    "LoopbackListener",
    "OAuthTokenEndpoint",
    "bearer",
    "is_rejection",
]
