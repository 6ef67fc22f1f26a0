"""Onlinesim: API keys, OAuth 2.0 authorization-code tokens, and errors that arrive as HTTP 200.

- API key: `?apikey=` (or `?api_key=`, the newest auth page's name) or `Authorization: Bearer <key>`;
  no token endpoint at all.
- OAuth 2.0: a person authorizes once in a browser (authorization-code flow, loopback redirect);
  the access token then refreshes itself with the refresh_token grant at POST /oauth/token.
- Every answer is HTTP 200; failure is a body `{"response": "<CODE>"}`. A wrong key or an
  expired/invalid access token is `ERROR_WRONG_KEY` (or `ERROR_NO_KEY`), which OAuth mode treats as
  a rejected token (refresh once, replay once). Every other code becomes a typed OnlinesimError.
- `ERROR_NO_OPERATIONS` from getState means "no active operations": not an error.
"""

from __future__ import annotations

import json
import logging
import secrets
import threading
import time
from collections.abc import Generator
from types import ModuleType
from typing import Any, ClassVar, Literal
from urllib.parse import urlencode

import attrs
import httpx
from onlinesim_client import Client
from onlinesim_client.api.oauth import request_access_token
from onlinesim_client.models import OAuthError, TokenRequest, TokenRequestGrantType, TokenResponse
from onlinesim_client.types import Response

from .._constants import REFRESH_WAIT
from .._crypto import Sealer
from .._exceptions import APIError, AuthError, TokenError
from .._loopback import LoopbackListener, Redirect
from .._manager import Store, store_key
from .._token import Token, token_from_response
from ._common import GeneratedTokenEndpoint, decoded_body, rate_limited

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


class OnlinesimError(APIError):
    """Onlinesim answered an error code (`.code`), usually with HTTP 200."""

    retryable: ClassVar[bool] = False


class AccessError(OnlinesimError):
    """The key or token was refused, or the account may not use the API (check the key / profile)."""


class AccountError(OnlinesimError):
    """The account needs attention in the web UI (identification required)."""


class InvalidRequestError(OnlinesimError):
    """A parameter is missing or wrong (service, tzid, number, country, days...)."""


class NoNumbersError(OnlinesimError):
    """No numbers are available for this service or country right now."""


class LowBalanceError(OnlinesimError):
    """The balance is too low for this operation."""


class ConcurrencyLimitError(OnlinesimError):
    """Too many simultaneous numbers on the account."""


class TryAgainLaterError(OnlinesimError):
    """Onlinesim asks to retry later (too frequent requests, or temporarily unable)."""

    retryable: ClassVar[bool] = True


class OperationStateError(OnlinesimError):
    """The operation cannot do this now (e.g. closing it during the protective interval)."""


class AuthorizationRequired(AuthError):
    """No usable OAuth authorization is stored: the person must authorize (again)."""


class AuthorizationFailed(AuthError):
    """The browser authorization did not complete (denied, wrong `state`, timed out)."""


_ERRORS: dict[str, tuple[type[OnlinesimError], str]] = {
    "ERROR_WRONG_KEY": (AccessError, "the API key or access token is wrong or expired"),
    "ERROR_NO_KEY": (AccessError, "no API key or access token was sent"),
    "API_ACCESS_DISABLED": (AccessError, "API access is turned off in the profile"),
    "API_ACCESS_IP": (AccessError, "this IP address is not allowed by the profile"),
    "ACCOUNT_BLOCKED": (AccessError, "the account is blocked"),
    "ACCOUNT_IDENTIFICATION_REQUIRED": (AccountError, "the account must pass identification first"),
    "REQUEST_NOT_FOUND": (InvalidRequestError, "unknown API method"),
    "ERROR_NO_SERVICE": (InvalidRequestError, "`service` is missing"),
    "ERROR_PARAMS": (InvalidRequestError, "one or more parameters are wrong"),
    "ERROR_NO_TZID": (InvalidRequestError, "`tzid` is missing"),
    "ERROR_WRONG_TZID": (InvalidRequestError, "no operation with this `tzid`"),
    "ERROR_NO_NUMBER": (InvalidRequestError, "the number is missing"),
    "ERROR_NUMBERS_PARAMS": (InvalidRequestError, "the number is badly formatted"),
    "DUPLICATE_OPERATION": (InvalidRequestError, "an identical operation already exists"),
    "UNDEFINED_COUNTRY": (InvalidRequestError, "unknown country"),
    "UNDEFINED_DAYS": (InvalidRequestError, "`days` is not one of the tariff's"),
    "NO_COUNTRY": (InvalidRequestError, "`country` is missing"),
    "WARNING_LOW_BALANCE": (LowBalanceError, "insufficient funds"),
    "NO_NUMBER": (NoNumbersError, "no numbers for this service right now"),
    "WARNING_NO_NUMS": (NoNumbersError, "no matching numbers"),
    "EXCEEDED_CONCURRENT_OPERATIONS": (ConcurrencyLimitError, "too many simultaneous numbers"),
    "INTERVAL_CONCURRENT_REQUESTS_ERROR": (TryAgainLaterError, "too many or too frequent requests"),
    "TRY_AGAIN_LATER": (TryAgainLaterError, "temporarily unable"),
    "NO_COMPLETE_TZID": (OperationStateError, "the operation cannot be closed yet (protective interval)"),
    "TIME_INTERVAL_ERROR": (OperationStateError, "delayed reception is not possible now"),
    "LIFICYCLE_NUM_EXPIRED": (OperationStateError, "the number's lifetime is over"),
    "NEED_EXTENSION_NUMBER": (OperationStateError, "the number must be extended first"),
}


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


def error_for(code: str, response: httpx.Response, *, api_key_mode: bool = False) -> OnlinesimError:
    kind, meaning = _ERRORS.get(code, (OnlinesimError, "see the Onlinesim docs for this code"))
    hint = ""
    if kind is AccessError and api_key_mode:
        hint = "; check the API key (Profile -> API tab)"
    elif kind is TryAgainLaterError:
        hint = "; retry after a pause"
    # The path only: the query string may carry the API key.
    return kind(
        f"onlinesim: {response.request.method} {response.request.url.path} answered {code}: {meaning}{hint}",
        provider=PROVIDER,
        code=code,
        status_code=response.status_code,
        body=decoded_body(response.content),
        response=response,
    )


def check(response: httpx.Response, *, api_key_mode: bool = False) -> None:
    """Raise the typed error of an error answer, HTTP 200 included."""
    code = error_code(response)
    if code is None:
        if response.status_code >= 400:
            raise OnlinesimError(
                f"onlinesim: {response.request.method} {response.request.url.path} answered HTTP "
                f"{response.status_code}",
                provider=PROVIDER,
                status_code=response.status_code,
                body=decoded_body(response.content),
                response=response,
            )
        return
    if code in EMPTY_CODES and response.request.url.path.endswith("/getState.php"):
        return  # "no active operations": get_state() turns it into []
    raise error_for(code, response, api_key_mode=api_key_mode)


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
    """Sends the API key in the query or as a Bearer header; raises typed errors for error bodies.

    There is nothing to refresh: a refused key raises AccessError at once.
    """

    requires_response_body = True

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
        response = yield request
        check(response, api_key_mode=True)


# --------------------------------------------------------------------------- OAuth tokens


def bearer(request: httpx.Request, token: Token) -> None:
    request.headers["Authorization"] = f"Bearer {token.access_token}"


@attrs.frozen
class RefreshRecord:
    """Where the long-lived refresh token is kept, beside the access-token record.

    The access-token record expires with the access token (its TTL), so the refresh
    token is also stored on its own, without TTL, sealed like the token record.
    """

    store: Store = attrs.field(repr=False)
    key: str
    sealer: Sealer = attrs.field(repr=False)

    @classmethod
    def for_identity(cls, store: Store, identity: tuple[str, ...], secret: bytes) -> RefreshRecord:
        key = store_key(PROVIDER, identity) + ":refresh"
        return cls(store, key, Sealer(secret, key))

    def _open(self, raw: str | None) -> str | None:
        if raw is None:
            return None
        try:
            return self.sealer.open(raw)
        except ValueError:
            return None

    def get(self) -> str | None:
        return self._open(self.store.get(self.key))

    async def aget(self) -> str | None:
        return self._open(await self.store.aget(self.key))

    def set(self, refresh_token: str) -> None:
        self.store.set(self.key, self.sealer.seal(refresh_token), None)

    async def aset(self, refresh_token: str) -> None:
        await self.store.aset(self.key, self.sealer.seal(refresh_token), None)

    def forget(self, refresh_token: str) -> None:
        raw = self.store.get(self.key)
        if raw is not None and self._open(raw) == refresh_token:
            self.store.delete_if(self.key, raw)

    async def aforget(self, refresh_token: str) -> None:
        raw = await self.store.aget(self.key)
        if raw is not None and self._open(raw) == refresh_token:
            await self.store.adelete_if(self.key, raw)


@attrs.frozen
class OAuthTokenEndpoint(GeneratedTokenEndpoint):
    """POST /oauth/token through the generated operation: refresh_token grant (or a code exchange)."""

    client_id: str = attrs.field(repr=False)
    client_secret: str = attrs.field(repr=False)
    store: Store = attrs.field(repr=False)
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
        return (self.base_url.rstrip("/"), self.client_id, self.client_secret, self.account)

    def secret(self) -> bytes:
        return self.client_secret.encode()

    @property
    def refresh_record(self) -> RefreshRecord:
        return RefreshRecord.for_identity(self.store, self.identity(), self.secret())

    def _body(self, previous: Token | None) -> TokenRequest:
        assert previous is not None and previous.refresh_token  # ensured by fetch()
        return TokenRequest(
            grant_type=TokenRequestGrantType.REFRESH_TOKEN,
            client_id=self.client_id,
            client_secret=self.client_secret,
            refresh_token=previous.refresh_token,
        )

    def _needs_authorization(self) -> AuthorizationRequired:
        return AuthorizationRequired(
            f"onlinesim: no OAuth authorization is stored for account {self.account!r}; "
            "run tokenkeep.onlinesim.authorize(...) so that the person authorizes this app",
            provider=PROVIDER,
        )

    def _with_refresh_token(self, previous: Token | None, stored: str | None) -> Token:
        # The stored refresh token wins: it was read under the refresh lock, and another process
        # may have rotated the one this process still remembers (sending that would be refused,
        # and some providers revoke the whole grant when an old refresh token is replayed).
        if stored is not None:
            return Token(access_token="", expires_at=0.0, issued_at=0.0, refresh_token=stored)
        if previous is not None and previous.refresh_token:
            return previous
        raise self._needs_authorization()

    def fetch(self, previous: Token | None) -> Token:
        record = self.refresh_record
        previous = self._with_refresh_token(previous, record.get())
        try:
            token = super().fetch(previous)
        except AuthorizationRequired:
            record.forget(previous.refresh_token or "")
            raise
        if token.refresh_token:
            record.set(token.refresh_token)
        return token

    async def afetch(self, previous: Token | None) -> Token:
        record = self.refresh_record
        previous = self._with_refresh_token(previous, await record.aget())
        try:
            token = await super().afetch(previous)
        except AuthorizationRequired:
            await record.aforget(previous.refresh_token or "")
            raise
        if token.refresh_token:
            await record.aset(token.refresh_token)
        return token

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
    body = decoded_body(response.content) if status != 200 else None
    if status == 429:
        raise rate_limited(PROVIDER, response, body)
    if isinstance(parsed, OAuthError):
        error = parsed.error
        description = parsed.error_description if isinstance(parsed.error_description, str) else None
        detail = f"{error}" + (f" ({description})" if description else "")
        if error == "invalid_grant" and grant == "refresh_token":
            raise AuthorizationRequired(
                f"onlinesim: the refresh token was rejected ({detail}); the person must authorize this app "
                "again with tokenkeep.onlinesim.authorize(...)",
                provider=PROVIDER, status_code=status, body=body, error=error, error_description=description,
            )  # fmt: skip
        if error == "invalid_grant":
            raise AuthorizationFailed(
                f"onlinesim: the authorization code was rejected ({detail}); it may be used or expired: "
                "authorize again",
                provider=PROVIDER, status_code=status, body=body, error=error, error_description=description,
            )  # fmt: skip
        if error == "invalid_client" or status == 401:
            raise AuthError(
                f"onlinesim: the OAuth client was rejected ({detail}); check the client id and secret",
                provider=PROVIDER, status_code=status, body=body, error=error, error_description=description,
            )  # fmt: skip
        raise TokenError(
            f"onlinesim: token request refused: {detail}",
            provider=PROVIDER, status_code=status, body=body, error=error, error_description=description,
        )  # fmt: skip
    raise TokenError(
        f"onlinesim: token endpoint answered HTTP {status}", provider=PROVIDER, status_code=status, body=body
    )


def save_authorization(endpoint: OAuthTokenEndpoint, token: Token) -> None:
    """Store a newly authorized token where the OAuth-mode TokenManager will find it.

    Same key and sealing as TokenManager (store_key + Sealer), written under the
    store's refresh lock so that no concurrent refresh interleaves.
    """
    key = store_key(PROVIDER, endpoint.identity())
    sealed = Sealer(endpoint.secret(), key).seal(token.to_json())
    with endpoint.store.lock(key, timeout=REFRESH_WAIT):
        endpoint.store.set(key, sealed, token.expires_at - time.time())
        if token.refresh_token:
            endpoint.refresh_record.set(token.refresh_token)


def authorize_url(base_url: str, *, client_id: str, redirect_uri: str, scopes: tuple[str, ...], state: str) -> str:
    query = urlencode(
        {
            "client_id": client_id,
            "redirect_uri": redirect_uri,
            "response_type": "code",
            "scope": " ".join(scopes),
            "state": state,
        }
    )
    return f"{base_url.rstrip('/')}/oauth/authorize?{query}"


def new_state() -> str:
    return secrets.token_urlsafe(32)


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
    "AccessError",
    "AccountError",
    "ApiKeyAuth",
    "AuthorizationFailed",
    "AuthorizationRequired",
    "CodeExchange",
    "ConcurrencyLimitError",
    "InvalidRequestError",
    "LoopbackListener",
    "LowBalanceError",
    "NoNumbersError",
    "OAuthTokenEndpoint",
    "OnlinesimError",
    "OperationStateError",
    "TryAgainLaterError",
    "bearer",
    "check",
    "is_rejection",
]
