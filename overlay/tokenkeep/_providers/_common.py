"""What the provider modules share: reading error answers and wiring an auth."""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Mapping
from typing import Any, ClassVar

import httpx
import stamina

from .._auth import AuthPolicy, TokenAuth
from .._constants import CONNECT_ATTEMPTS, CONNECT_RETRY_TIMEOUT
from .._exceptions import TokenError, TokenRateLimitError
from .._manager import RefreshPolicy, Store, TokenEndpoint, shared_manager
from .._stores import FileStore
from .._token import Token

#: Headers of every token request: the docs' token requests send `Accept: application/json` (Airalo,
#: Aeropay, GoGoX), and a server that negotiates the content type should get what its samples send,
#: not httpx's `*/*` (the API clients set the same header in `client_settings`).
TOKEN_HEADERS = {"Accept": "application/json"}


def retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def decoded_body(content: bytes) -> Any:
    """The error body for an exception: JSON if it is JSON, else short text."""
    try:
        return json.loads(content)
    except ValueError:
        return content[:500].decode("utf-8", "replace")


def rate_limited(provider: str, response: Any, body: Any, detail: str = "") -> TokenRateLimitError:
    """The token endpoint's 429, with its Retry-After, as the manager waits it out."""
    return TokenRateLimitError(
        f"{provider}: token endpoint rate limit hit" + (f" ({detail})" if detail else ""),
        provider=provider,
        status_code=429,
        body=body,
        retry_after=retry_after(response.headers),
    )


def without_auth(httpx_args: Mapping[str, Any] | None) -> dict[str, Any]:
    """The user's httpx settings for the token client, minus any auth."""
    args = dict(httpx_args or {})
    args.pop("auth", None)
    return args


def client_settings(
    base_url: str,
    auth: httpx.Auth,
    timeout: httpx.Timeout,
    httpx_args: Mapping[str, Any] | None,
    raise_on_unexpected_status: bool,
) -> dict[str, Any]:
    """How every provider's generated `Client` is built: our auth, a finite timeout, JSON answers."""
    return {
        "base_url": base_url,
        "timeout": timeout,
        "httpx_args": {**without_auth(httpx_args), "auth": auth},
        "headers": {"Accept": "application/json"},
        "raise_on_unexpected_status": raise_on_unexpected_status,
    }


def timeout_or_default(timeout: httpx.Timeout | float | None, default: httpx.Timeout) -> httpx.Timeout:
    if timeout is None:
        return default
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def build_auth(
    endpoint: TokenEndpoint,
    *,
    store: Store | None,
    policy: RefreshPolicy,
    auth_policy: AuthPolicy | None = None,
    scope: str = "",
) -> TokenAuth:
    manager = shared_manager(endpoint, store if store is not None else FileStore(), policy, scope=scope)
    return TokenAuth(manager, auth_policy)


class BorrowedTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Someone else's transport: requests go through it, closing is left to its owner."""

    def __init__(self, transport: Any) -> None:
        self.transport = transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response: httpx.Response = self.transport.handle_request(request)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response: httpx.Response = await self.transport.handle_async_request(request)
        return response

    def close(self) -> None:
        pass

    async def aclose(self) -> None:
        pass


class GeneratedTokenEndpoint:
    """Fetches a token through a generated token operation, sync or async.

    Subclasses name the generated package's `Client` class (`client_class`) and
    token operation module (`operation`, with `sync_detailed`/`asyncio_detailed`),
    say what to send (`_body`) and how to read the answer (`_token`). A
    short-lived client is made per fetch: fetches are rare, and an async httpx
    client must not outlive its event loop.
    """

    provider: str
    base_url: str
    timeout: httpx.Timeout
    httpx_args: dict[str, object]
    client_class: ClassVar[Any]
    operation: ClassVar[Any]

    def _client_args(self) -> dict[str, Any]:
        args = dict(self.httpx_args)
        if "transport" in args:
            # The token client lives for one fetch and closes its transport on exit; a transport
            # the user passed in (shared with the API client) must outlive it.
            args["transport"] = BorrowedTransport(args["transport"])
        return args

    def _client(self) -> Any:
        return self.client_class(
            base_url=self.base_url, timeout=self.timeout, headers=dict(TOKEN_HEADERS), httpx_args=self._client_args()
        )

    def _body(self, previous: Token | None) -> Any:
        raise NotImplementedError

    def _request_sync(self, client: Any, previous: Token | None) -> Any:
        return self.operation.sync_detailed(client=client, body=self._body(previous))

    async def _request_async(self, client: Any, previous: Token | None) -> Any:
        return await self.operation.asyncio_detailed(client=client, body=self._body(previous))

    def _token(self, response: Any, issued_at: float, previous: Token | None) -> Token:
        raise NotImplementedError

    def _read(self, response: Any, issued_at: float, previous: Token | None) -> Token:
        try:
            return self._token(response, issued_at, previous)
        except TokenError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:  # a body of the wrong shape
            raise self._failed(exc) from None

    def _failed(self, exc: Exception) -> TokenError:
        if isinstance(exc, httpx.HTTPError):
            return TokenError(f"{self.provider}: token request failed: {type(exc).__name__}", provider=self.provider)
        return TokenError(
            f"{self.provider}: the token endpoint answered a body that is not a token response", provider=self.provider
        )

    def fetch(self, previous: Token | None) -> Token:
        try:
            for attempt in _connect_retries():
                with attempt:
                    issued_at = time.time()
                    with self._client() as client:
                        response = self._request_sync(client, previous)
        except (httpx.HTTPError, KeyError, TypeError, ValueError) as exc:
            raise self._failed(exc) from exc
        return self._read(response, issued_at, previous)

    async def afetch(self, previous: Token | None) -> Token:
        try:
            async for attempt in _connect_retries():
                with attempt:
                    issued_at = time.time()
                    async with self._client() as client:
                        response = await self._request_async(client, previous)
        except (httpx.HTTPError, KeyError, TypeError, ValueError) as exc:
            raise self._failed(exc) from exc
        return self._read(response, issued_at, previous)


def _connect_retries() -> Any:
    # Only a request that could not connect is retried: it never reached the provider, so it cost
    # no slot of the token endpoint's rate limit there and cannot have issued a token. Anything
    # later (a read timeout, a 5xx) may have, and goes to the caller. stamina bounds attempts and
    # time and adds jitter; one object serves `for` and `async for`.
    return stamina.retry_context(
        on=(httpx.ConnectError, httpx.ConnectTimeout),
        attempts=CONNECT_ATTEMPTS,
        timeout=CONNECT_RETRY_TIMEOUT,
        wait_initial=0.2,
        wait_max=2.0,
    )
