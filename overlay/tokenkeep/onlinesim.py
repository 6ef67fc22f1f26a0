"""Onlinesim virtual numbers: API key or OAuth 2.0, and typed errors for HTTP-200 error bodies.

import tokenkeep.onlinesim
from onlinesim_client.api.sms import get_num

api = tokenkeep.onlinesim.client(API_KEY)                        # Authorization: Bearer <key>
api = tokenkeep.onlinesim.client(API_KEY, placement="query")     # ?apikey=<key>
ordered = get_num.sync(client=api, service="telegram", country=7)

# OAuth: once, with the person at a browser (loopback redirect on 127.0.0.1) ...
tokenkeep.onlinesim.authorize(CLIENT_ID, CLIENT_SECRET, scopes=("sms-scope",))
# ... then in any process that uses the same store, tokens refresh themselves:
api = tokenkeep.onlinesim.oauth_client(CLIENT_ID, CLIENT_SECRET)

Error answers (`{"response": "NO_NUMBER"}`, HTTP 200) raise OnlinesimError subclasses carrying
`.code` (onlinesim_client.errors, re-exported here); `get_state()` returns [] for "no active
operations" (ERROR_NO_OPERATIONS). `buy_number()` (`abuy_number()`) is getNum whose outcome is not
left open after a lost answer, as far as the API allows (docs/money-moves.md).
"""

from __future__ import annotations

import webbrowser
from collections.abc import Callable
from typing import Any, Literal, Unpack

from onlinesim_client import AuthenticatedClient, Client
from onlinesim_client.api.sms import get_state as get_state_operation
from onlinesim_client.errors import (
    AccessError,
    AccountError,
    ConcurrencyLimitError,
    InvalidRequestError,
    LowBalanceError,
    NoNumbersError,
    NoOperationsError,
    OnlinesimError,
    OperationStateError,
    TryAgainLaterError,
)
from onlinesim_client.models import StateItem

from ._auth import AuthPolicy, TokenAuth
from ._money.onlinesim import NumberOutcomeUnknown, abuy_number, buy_number
from ._options import AUTH, CLIENT, KEY_CLIENT, AuthOptions, ClientOptions, KeyClientOptions, Settings
from ._providers._common import build_auth, client_settings, warn_if_cleartext
from ._providers.onlinesim import (
    PRODUCTION_URL,
    SCOPES,
    ApiKeyAuth,
    AuthorizationFailed,
    AuthorizationRequired,
    CodeExchange,
    LoopbackListener,
    OAuthTokenEndpoint,
    authorize_url,
    bearer,
    checked_code,
    is_rejection,
    new_pkce,
    new_state,
)

__all__ = [
    "PRODUCTION_URL",
    "SCOPES",
    "AccessError",
    "AccountError",
    "ApiKeyAuth",
    "Authorization",
    "AuthorizationFailed",
    "AuthorizationOptions",
    "AuthorizationRequired",
    "ConcurrencyLimitError",
    "InvalidRequestError",
    "LowBalanceError",
    "NoNumbersError",
    "NoOperationsError",
    "NumberOutcomeUnknown",
    "OnlinesimError",
    "OperationStateError",
    "TryAgainLaterError",
    "abuy_number",
    "aget_state",
    "api_key_auth",
    "authorize",
    "buy_number",
    "client",
    "get_state",
    "oauth_auth",
    "oauth_client",
    "start_authorization",
]

Placement = Literal["bearer", "query"]
KeyParam = Literal["apikey", "api_key"]


# --------------------------------------------------------------------------- API key


def api_key_auth(api_key: str, *, placement: Placement = "bearer", param: KeyParam = "apikey") -> ApiKeyAuth:
    """An httpx auth sending the API key as `Authorization: Bearer` or in the query (`apikey`/`api_key`).

    Bearer is the default: a query-string key ends up in URLs, proxies and server logs
    (httpx's own request log is redacted by tokenkeep).
    """
    return ApiKeyAuth(api_key, placement=placement, param=param)


def client(
    api_key: str,
    *,
    placement: Placement = "bearer",
    param: KeyParam = "apikey",
    base_url: str = PRODUCTION_URL,
    **options: Unpack[KeyClientOptions],
) -> Client:
    """A generated `onlinesim_client.Client` authenticated with an API key; use it sync or async."""
    settings = Settings.read("client", options, accepted=KEY_CLIENT)
    warn_if_cleartext(base_url)
    return Client(**client_settings(base_url, api_key_auth(api_key, placement=placement, param=param), settings))


# --------------------------------------------------------------------------- OAuth


def _oauth_auth(client_id: str, client_secret: str, account: str, base_url: str, settings: Settings) -> TokenAuth:
    endpoint = OAuthTokenEndpoint(
        client_id=client_id,
        client_secret=client_secret,
        account=account,
        base_url=base_url,
        timeout=settings.timeout,
        httpx_args=settings.httpx_args,
    )
    auth_policy = AuthPolicy(apply=bearer, is_rejection=is_rejection, reads_body=True)
    return build_auth(endpoint, settings, auth_policy)


def oauth_auth(
    client_id: str,
    client_secret: str,
    *,
    account: str = "default",
    base_url: str = PRODUCTION_URL,
    **options: Unpack[AuthOptions],
) -> TokenAuth:
    """An httpx auth using the tokens a person granted with `authorize()` (same `account` and store).

    Access tokens refresh themselves (refresh_token grant, one request however many callers);
    an HTTP-200 `ERROR_WRONG_KEY` counts as a rejected token: refresh once, replay once.
    Raises AuthorizationRequired when nothing is stored or the refresh token is refused.
    `store` defaults to a FileStore in the user cache.
    """
    settings = Settings.read("oauth_auth", options, accepted=AUTH)
    return _oauth_auth(client_id, client_secret, account, base_url, settings)


def oauth_client(
    client_id: str,
    client_secret: str,
    *,
    account: str = "default",
    base_url: str = PRODUCTION_URL,
    **options: Unpack[ClientOptions],
) -> Client:
    """A generated `onlinesim_client.Client` using stored OAuth tokens (see `oauth_auth`)."""
    settings = Settings.read("oauth_client", options, accepted=CLIENT)
    auth = _oauth_auth(client_id, client_secret, account, base_url, settings)
    return Client(**client_settings(base_url, auth, settings))


class AuthorizationOptions(AuthOptions, total=False):
    """What `start_authorization` and `authorize` take: the flow's settings and the auth's options."""

    scopes: tuple[str, ...]
    account: str
    base_url: str
    host: str
    port: int
    path: str


class Authorization:
    """One run of the authorization-code flow: open `url` in the person's browser, then `finish()`.

    The redirect URI is a listener on 127.0.0.1 (an ephemeral port unless `port` is given; the
    OAuth client's registered Redirect URL must match it). `finish()` checks `state`, exchanges the
    code through the generated token operation, stores the access and refresh tokens (replacing
    any earlier authorization of this client and account), and returns the ready TokenAuth. Use it
    as a context manager so the listener always stops.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        scopes: tuple[str, ...] = SCOPES,
        account: str = "default",
        base_url: str = PRODUCTION_URL,
        host: str = "127.0.0.1",
        port: int = 0,
        path: str = "/callback",
        **options: Unpack[AuthOptions],
    ) -> None:
        unknown = set(scopes) - set(SCOPES)
        if unknown or not scopes:
            raise ValueError(f"scopes must be some of {', '.join(SCOPES)}")
        self._settings = Settings.read("Authorization", options, accepted=AUTH)
        warn_if_cleartext(base_url)
        self._client_id = client_id
        self._client_secret = client_secret
        self._base_url = base_url
        self._account = account
        self._state = new_state()
        self._code_verifier, challenge = new_pkce()
        self._listener = LoopbackListener(state=self._state, host=host, port=port, path=path)
        self.redirect_uri = self._listener.redirect_uri
        self.url = authorize_url(
            base_url,
            client_id=client_id,
            redirect_uri=self.redirect_uri,
            scopes=tuple(scopes),
            state=self._state,
            code_challenge=challenge,
        )

    def __repr__(self) -> str:
        return f"Authorization(redirect_uri={self.redirect_uri!r})"

    def finish(self, timeout: float = 300.0) -> TokenAuth:
        """Wait for the redirect, check it, exchange the code and store the tokens."""
        try:
            code = checked_code(self._listener.wait(timeout), self._state, timeout)
        finally:
            self.close()
        exchange = CodeExchange(
            client_id=self._client_id,
            client_secret=self._client_secret,
            code=code,
            redirect_uri=self.redirect_uri,
            base_url=self._base_url,
            timeout=self._settings.timeout,
            httpx_args=self._settings.httpx_args,
            code_verifier=self._code_verifier,
        )
        token = exchange.fetch(None)
        auth = _oauth_auth(self._client_id, self._client_secret, self._account, self._base_url, self._settings)
        # Under the refresh lock, in the manager's one record: the new grant replaces an old one
        # (a refresh token of a rotated client secret included) and no refresh interleaves.
        auth.manager.put(token)
        return auth

    def close(self) -> None:
        self._listener.close()

    def __enter__(self) -> Authorization:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def start_authorization(client_id: str, client_secret: str, **options: Unpack[AuthorizationOptions]) -> Authorization:
    """Start the authorization-code flow (see `Authorization`); the caller shows `.url` to the person."""
    return Authorization(client_id, client_secret, **options)


def authorize(
    client_id: str,
    client_secret: str,
    *,
    open_browser: Callable[[str], object] = webbrowser.open,
    wait: float = 300.0,
    **options: Unpack[AuthorizationOptions],
) -> TokenAuth:
    """Run the whole authorization-code flow for a person: open the browser, wait, store the tokens.

    Options are those of `Authorization` (scopes, account, base_url, store, port, ...).
    """
    with start_authorization(client_id, client_secret, **options) as flow:
        open_browser(flow.url)
        return flow.finish(wait)


# --------------------------------------------------------------------------- getState


def get_state(api: Client | AuthenticatedClient, **params: Any) -> list[StateItem]:
    """getState as a list: [] when there are no active operations (ERROR_NO_OPERATIONS)."""
    try:
        return get_state_operation.sync(client=api, **params)
    except NoOperationsError:
        return []


async def aget_state(api: Client | AuthenticatedClient, **params: Any) -> list[StateItem]:
    """As get_state, async."""
    try:
        return await get_state_operation.asyncio(client=api, **params)
    except NoOperationsError:
        return []


# Reprs and tracebacks show the public path (tokenkeep.onlinesim.ApiKeyAuth), as tokenkeep does; the
# generated error classes keep theirs (onlinesim_client.errors), where they are defined.
for _name in __all__:
    _obj = globals()[_name]
    if isinstance(_obj, type) and _obj.__module__.startswith("tokenkeep."):
        _obj.__module__ = __name__
