"""What the provider modules share: reading error answers, wiring an auth, the token client."""

from __future__ import annotations

import asyncio
import ipaddress
import json
import os
import ssl
import threading
import time
import warnings
from collections.abc import Callable, Mapping
from typing import Any, ClassVar
from urllib.parse import urlsplit

import httpx
import stamina

from .._auth import AuthPolicy, TokenAuth
from .._constants import CONNECT_ATTEMPTS, CONNECT_RETRY_TIMEOUT
from .._exceptions import TokenError, TokenRateLimitError
from .._manager import TokenManager, shared_manager
from .._options import Settings
from .._retry import retry_after
from .._token import Token

#: Headers of every token request: the docs' token requests send `Accept: application/json` (Airalo,
#: Aeropay, GoGoX), and a server that negotiates the content type should get what its samples send,
#: not httpx's `*/*` (the API clients set the same header in `client_settings`).
TOKEN_HEADERS = {"Accept": "application/json"}


def decoded_body(content: bytes) -> Any:
    """The error body for an exception: JSON if it is JSON, else short text."""
    try:
        return json.loads(content)
    except ValueError:
        return content[:500].decode("utf-8", "replace")


def error_body(response: Any) -> Any:
    """The body of a token endpoint's error answer, decoded once.

    The generated operation has already decoded the statuses the spec documents (`parsed` is a
    model); only an undocumented status (a 5xx page, say) is decoded here.
    """
    parsed = response.parsed
    to_dict = getattr(parsed, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    return decoded_body(response.content)


def oauth_error(
    provider: str,
    parsed: Any,
    *,
    status: int,
    body: Any,
    classify: Callable[[str, str], tuple[type[TokenError], str]],
) -> TokenError:
    """An RFC 6749 §5.2 error answer (a generated `OAuthError`: `error`, `error_description`) as a typed error.

    `classify(error, detail)` picks the class and message; `detail` is "error (description)".
    """
    error = str(parsed.error)
    description = parsed.error_description if isinstance(parsed.error_description, str) else None
    kind, message = classify(error, error + (f" ({description})" if description else ""))
    return kind(message, provider=provider, status_code=status, body=body, error=error, error_description=description)


def rate_limited(provider: str, response: Any, body: Any, detail: str = "") -> TokenRateLimitError:
    """The token endpoint's 429, with its Retry-After, as the manager waits it out."""
    return TokenRateLimitError(
        f"{provider}: token endpoint rate limit hit" + (f" ({detail})" if detail else ""),
        provider=provider,
        status_code=429,
        body=body,
        retry_after=retry_after(response.headers),
    )


def client_settings(base_url: str, auth: httpx.Auth, settings: Settings) -> dict[str, Any]:
    """How every provider's generated `Client` is built: our auth, a finite timeout, JSON answers."""
    args = generated_client_args(settings.httpx_args)
    return {
        **args,
        "base_url": base_url,
        "timeout": settings.timeout,
        "httpx_args": {**args["httpx_args"], "auth": auth},
        "headers": {"Accept": "application/json", **args["headers"]},
        **settings.client_args,
    }


def generated_client_args(httpx_args: Mapping[str, Any], *, headers: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The user's httpx arguments as a generated `Client` takes them.

    The generated Client passes `headers`, `cookies`, `follow_redirects` and `verify` to httpx
    itself, so the same keys in its `httpx_args` would be given twice (a TypeError): they go to
    its own parameters instead. `verify` becomes the shared SSL context (see `tls_settings`).
    """
    rest, verify = tls_settings(dict(httpx_args))
    # `headers` are defaults (the token request's Accept); the user's headers win.
    args: dict[str, Any] = {"verify_ssl": verify, "headers": {**(headers or {}), **(rest.pop("headers", None) or {})}}
    for key in ("cookies", "follow_redirects"):
        if key in rest:
            args[key] = rest.pop(key)
    args["httpx_args"] = rest
    return args


class InsecureTransportWarning(UserWarning):
    """A base URL sends credentials and tokens without TLS to a host other than this machine."""


def warn_if_cleartext(base_url: str) -> None:
    """Warn when secrets would cross the network in clear: http:// to a host that is not loopback."""
    url = urlsplit(base_url)
    if url.scheme != "http" or _is_loopback(url.hostname or ""):
        return
    warnings.warn(
        f"tokenkeep: {url.scheme}://{url.hostname} is not encrypted: the client secret and every token sent "
        "there can be read on the network; use https:// (http:// is meant for a local sandbox on 127.0.0.1)",
        InsecureTransportWarning,
        stacklevel=3,
    )


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# -- TLS settings, built once ---------------------------------------------------------------
#
# Building an SSL context (loading the CA bundle) costs 35-60 ms of CPU, and httpx builds one per
# client. Token clients live for one fetch (an async client must not outlive its event loop), so
# the context is built once per set of TLS settings and shared: every client gets it ready-made.

_ssl_lock = threading.Lock()
_ssl_contexts: dict[tuple[Any, ...], ssl.SSLContext] = {}


def tls_settings(args: dict[str, Any]) -> tuple[dict[str, Any], Any]:
    """(httpx args without `verify`, what to pass as `verify`): a shared SSL context where one can be."""
    args = dict(args)
    verify = args.pop("verify", True)
    if isinstance(verify, ssl.SSLContext) or "cert" in args:
        return args, verify  # the user's own TLS setup: left exactly as given
    return args, _ssl_context(_ssl_key(verify, args.get("trust_env", True)))


def _ssl_key(verify: Any, trust_env: Any) -> tuple[Any, ...]:
    env = (os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR")) if trust_env else (None, None)
    return (verify, bool(trust_env), *env)


def _ssl_context(key: tuple[Any, ...]) -> ssl.SSLContext:
    with _ssl_lock:
        context = _ssl_contexts.get(key)
    if context is None:
        # Built outside the lock (it is slow); two threads racing build two, and one is kept.
        context = httpx.create_ssl_context(verify=key[0], trust_env=key[1])
        with _ssl_lock:
            context = _ssl_contexts.setdefault(key, context)
    return context


def _ssl_ready(key: tuple[Any, ...]) -> bool:
    with _ssl_lock:
        return key in _ssl_contexts


def build_auth(
    endpoint: GeneratedTokenEndpoint, settings: Settings, auth_policy: AuthPolicy | None = None
) -> TokenAuth:
    return TokenAuth(manager_for(endpoint, settings), auth_policy)


def manager_for(endpoint: GeneratedTokenEndpoint, settings: Settings, *, scope: str = "") -> TokenManager:
    """The process's one manager for these credentials and this store (equal stores are one store)."""
    warn_if_cleartext(endpoint.base_url)
    return shared_manager(endpoint, settings.store, settings.policy, scope=scope)


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
    short-lived client is made per fetch (fetches are rare, and an async httpx
    client must not outlive its event loop), with the SSL context built once
    (see `tls_settings`): making such a client then costs well under a millisecond.
    """

    provider: str
    base_url: str
    timeout: httpx.Timeout
    httpx_args: dict[str, object]
    client_class: ClassVar[Any]
    operation: ClassVar[Any]

    def identity(self) -> tuple[str, ...]:
        raise NotImplementedError

    def secret(self) -> bytes:
        raise NotImplementedError

    def _client_args(self) -> dict[str, Any]:
        args = dict(self.httpx_args)
        if "transport" in args:
            # The token client lives for one fetch and closes its transport on exit; a transport
            # the user passed in (shared with the API client) must outlive it.
            args["transport"] = BorrowedTransport(args["transport"])
        mounts = args.get("mounts")
        if isinstance(mounts, Mapping):
            # The same for the user's mounts (a proxy's transport, say), which the token client uses too.
            args["mounts"] = {
                pattern: None if transport is None else BorrowedTransport(transport)
                for pattern, transport in mounts.items()
            }
        return args

    def _client(self) -> Any:
        return self.client_class(
            base_url=self.base_url,
            timeout=self.timeout,
            **generated_client_args(self._client_args(), headers=TOKEN_HEADERS),
        )

    async def _aclient(self) -> Any:
        args = self._client_args()
        verify = args.get("verify", True)
        if not isinstance(verify, ssl.SSLContext) and "cert" not in args:
            key = _ssl_key(verify, args.get("trust_env", True))
            if not _ssl_ready(key):
                # The first context of the process is built off the event loop (35-60 ms of CPU).
                await asyncio.to_thread(_ssl_context, key)
        return self._client()

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
                    async with await self._aclient() as client:
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
