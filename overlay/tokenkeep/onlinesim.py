"""Onlinesim virtual numbers: API key or OAuth 2.0, and typed errors for HTTP-200 error bodies.

import tokenkeep.onlinesim
from onlinesim_client.api.sms_activations import get_num

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
from typing import Any, Literal

import httpx
from onlinesim_client import AuthenticatedClient, Client
from onlinesim_client.api.sms_activations import get_state as get_state_operation
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
from ._constants import DEFAULT_TIMEOUT, RATE_LIMIT_WAIT, REFRESH_BUFFER, REFRESH_WAIT
from ._manager import RefreshHook, RefreshPolicy, Store
from ._money.onlinesim import NumberOutcomeUnknown, abuy_number, buy_number
from ._providers._common import build_auth, client_settings, timeout_or_default, without_auth
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
    new_state,
    save_authorization,
)
from ._stores import FileStore

__all__ = [
    "PRODUCTION_URL",
    "SCOPES",
    "AccessError",
    "AccountError",
    "ApiKeyAuth",
    "Authorization",
    "AuthorizationFailed",
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


def _client(
    base_url: str,
    auth: httpx.Auth,
    timeout: httpx.Timeout,
    httpx_args: dict[str, Any] | None,
    raise_on_unexpected_status: bool,
) -> Client:
    return Client(**client_settings(base_url, auth, timeout, httpx_args, raise_on_unexpected_status))


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
    timeout: httpx.Timeout | float | None = None,
    httpx_args: dict[str, Any] | None = None,
    raise_on_unexpected_status: bool = True,
) -> Client:
    """A generated `onlinesim_client.Client` authenticated with an API key; use it sync or async."""
    auth = api_key_auth(api_key, placement=placement, param=param)
    return _client(base_url, auth, timeout_or_default(timeout, DEFAULT_TIMEOUT), httpx_args, raise_on_unexpected_status)


# --------------------------------------------------------------------------- OAuth


def _endpoint(
    client_id: str,
    client_secret: str,
    *,
    account: str,
    base_url: str,
    store: Store,
    timeout: httpx.Timeout,
    httpx_args: dict[str, Any] | None,
) -> OAuthTokenEndpoint:
    return OAuthTokenEndpoint(
        client_id=client_id,
        client_secret=client_secret,
        store=store,
        account=account,
        base_url=base_url,
        timeout=timeout,
        httpx_args=without_auth(httpx_args),
    )


def oauth_auth(
    client_id: str,
    client_secret: str,
    *,
    account: str = "default",
    base_url: str = PRODUCTION_URL,
    store: Store | None = None,
    refresh_buffer: float = REFRESH_BUFFER,
    rate_limit_wait: float = RATE_LIMIT_WAIT,
    refresh_wait: float = REFRESH_WAIT,
    on_refresh: RefreshHook | None = None,
    timeout: httpx.Timeout | float | None = None,
    httpx_args: dict[str, Any] | None = None,
) -> TokenAuth:
    """An httpx auth using the tokens a person granted with `authorize()` (same `account` and store).

    Access tokens refresh themselves (refresh_token grant, one request however many callers);
    an HTTP-200 `ERROR_WRONG_KEY` counts as a rejected token: refresh once, replay once.
    Raises AuthorizationRequired when nothing is stored or the refresh token is refused.
    `store` defaults to a FileStore in the user cache.
    """
    store = store if store is not None else FileStore()
    endpoint = _endpoint(
        client_id,
        client_secret,
        account=account,
        base_url=base_url,
        store=store,
        timeout=timeout_or_default(timeout, DEFAULT_TIMEOUT),
        httpx_args=httpx_args,
    )
    policy = RefreshPolicy(
        buffer=refresh_buffer, rate_limit_wait=rate_limit_wait, refresh_wait=refresh_wait, on_refresh=on_refresh
    )
    auth_policy = AuthPolicy(apply=bearer, is_rejection=is_rejection, reads_body=True)
    return build_auth(endpoint, store=store, policy=policy, auth_policy=auth_policy)


def oauth_client(
    client_id: str,
    client_secret: str,
    *,
    base_url: str = PRODUCTION_URL,
    timeout: httpx.Timeout | float | None = None,
    httpx_args: dict[str, Any] | None = None,
    raise_on_unexpected_status: bool = True,
    **auth_options: Any,
) -> Client:
    """A generated `onlinesim_client.Client` using stored OAuth tokens (see `oauth_auth`)."""
    timeout = timeout_or_default(timeout, DEFAULT_TIMEOUT)
    auth = oauth_auth(
        client_id, client_secret, base_url=base_url, timeout=timeout, httpx_args=httpx_args, **auth_options
    )
    return _client(base_url, auth, timeout, httpx_args, raise_on_unexpected_status)


class Authorization:
    """One run of the authorization-code flow: open `url` in the person's browser, then `finish()`.

    The redirect URI is a listener on 127.0.0.1 (an ephemeral port unless `port` is given; the
    OAuth client's registered Redirect URL must match it). `finish()` checks `state`, exchanges the
    code through the generated token operation, stores the access and refresh tokens, and returns
    the ready TokenAuth. Use it as a context manager so the listener always stops.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        scopes: tuple[str, ...] = SCOPES,
        account: str = "default",
        base_url: str = PRODUCTION_URL,
        store: Store | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        path: str = "/callback",
        timeout: httpx.Timeout | float | None = None,
        httpx_args: dict[str, Any] | None = None,
        **auth_options: Any,
    ) -> None:
        unknown = set(scopes) - set(SCOPES)
        if unknown or not scopes:
            raise ValueError(f"scopes must be some of {', '.join(SCOPES)}")
        self._client_id = client_id
        self._client_secret = client_secret
        self._store = store if store is not None else FileStore()
        self._base_url = base_url
        self._account = account
        self._timeout = timeout_or_default(timeout, DEFAULT_TIMEOUT)
        self._httpx_args = httpx_args
        self._auth_options = auth_options
        self._state = new_state()
        self._listener = LoopbackListener(state=self._state, host=host, port=port, path=path)
        self.redirect_uri = self._listener.redirect_uri
        self.url = authorize_url(
            base_url, client_id=client_id, redirect_uri=self.redirect_uri, scopes=tuple(scopes), state=self._state
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
            timeout=self._timeout,
            httpx_args=without_auth(self._httpx_args),
        )
        token = exchange.fetch(None)
        endpoint = _endpoint(
            self._client_id,
            self._client_secret,
            account=self._account,
            base_url=self._base_url,
            store=self._store,
            timeout=self._timeout,
            httpx_args=self._httpx_args,
        )
        save_authorization(endpoint, token)
        return oauth_auth(
            self._client_id,
            self._client_secret,
            account=self._account,
            base_url=self._base_url,
            store=self._store,
            timeout=self._timeout,
            httpx_args=self._httpx_args,
            **self._auth_options,
        )

    def close(self) -> None:
        self._listener.close()

    def __enter__(self) -> Authorization:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def start_authorization(client_id: str, client_secret: str, **options: Any) -> Authorization:
    """Start the authorization-code flow (see `Authorization`); the caller shows `.url` to the person."""
    return Authorization(client_id, client_secret, **options)


def authorize(
    client_id: str,
    client_secret: str,
    *,
    open_browser: Callable[[str], object] = webbrowser.open,
    wait: float = 300.0,
    **options: Any,
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
