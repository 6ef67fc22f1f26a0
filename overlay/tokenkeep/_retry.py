"""Retries of API calls, as an httpx transport around the client's own (sync and async).

The generated operation puts its `Operation` (from the spec) on `request.extensions`; this
transport decides from it, in `retry_wait`, whether and when a failed attempt is sent again:

- a connection that could not be made (connect error or timeout, pool timeout): always, since
  the request never left;
- 429: always (the provider refused it without acting on it), after `Retry-After`;
- 408, 502, 503, 504, 500, a read or write timeout, a dropped connection: only for operations
  that are safe to repeat (`x-idempotent` in the spec). One that spends money or changes state
  is never replayed once it may have reached the provider.

A `Retry-After` (seconds or an HTTP date) is honoured up to `MAX_RETRY_AFTER`; a longer one is
not waited out, the caller gets the answer at once. Otherwise stamina's exponential backoff with
jitter applies, and stamina bounds the attempts (`max_retries + 1`) and the total time. Each
retry logs one debug line with its reason on the `tokenkeep` logger.

The transport resends the very request it was given: headers set before the first send (an
Aeropay Idempotency-Key, the token) are the same on every attempt. A token refresh after a 401
happens above, in the auth flow.
"""

from __future__ import annotations

import email.utils
import logging
import ssl
import time
from collections.abc import Mapping
from typing import Any

import httpx
import stamina
from httpx._utils import get_environment_proxies

from ._exceptions import Operation

logger = logging.getLogger("tokenkeep")

#: The key of the Operation in `request.extensions`.
OPERATION_KEY = "tokenkeep.operation"
DEFAULT_MAX_RETRIES = 2
#: A Retry-After longer than this is not waited out: the caller gets the 429/503 at once.
MAX_RETRY_AFTER = 30.0
#: All attempts of one call, waits included, end within this many seconds (stamina's timeout).
RETRY_BUDGET = 60.0
WAIT_INITIAL = 0.5
WAIT_MAX = 8.0

ALWAYS_RETRIED_STATUSES = frozenset({429})
IDEMPOTENT_RETRIED_STATUSES = frozenset({408, 500, 502, 503, 504})
#: The request did not leave: safe for every operation.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
#: The request may have reached the provider: only for operations that are safe to repeat.
MAYBE_SENT = (httpx.ReadTimeout, httpx.WriteTimeout, httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)


class _RetryableAnswer(Exception):
    """An answer that may be retried, carried through stamina as an exception."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response.status_code)
        self.response = response


def retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None if absent or unreadable."""
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


def retry_wait(operation: Operation, request: httpx.Request, error: Exception) -> bool | float:
    """False: do not retry. True: retry after stamina's backoff. A float: retry after that many seconds."""
    safe = operation.safe_to_repeat(request)
    if isinstance(error, _RetryableAnswer):
        status = error.response.status_code
        if status not in ALWAYS_RETRIED_STATUSES and not (safe and status in IDEMPOTENT_RETRIED_STATUSES):
            return False
        wait = retry_after(error.response.headers)
        if wait is not None and wait > MAX_RETRY_AFTER:
            return False
        return True if wait is None else wait
    if isinstance(error, NEVER_SENT):
        return True
    return isinstance(error, MAYBE_SENT) and safe


def reason(operation: Operation, request: httpx.Request, error: Exception) -> str:
    """Why `retry_wait` decided as it did, for the debug log."""
    if isinstance(error, _RetryableAnswer):
        wait = retry_after(error.response.headers)
        after = f"HTTP {error.response.status_code}"
        if retry_wait(operation, request, error) is False:
            if wait is not None and wait > MAX_RETRY_AFTER:
                return f"{after} asks to wait {wait:.0f}s, longer than we wait"
            return f"{after}, and the operation is not safe to repeat"
        return after + ("" if wait is None else f", Retry-After {wait:.1f}s")
    name = type(error).__name__
    if isinstance(error, NEVER_SENT):
        return f"{name} (the request was not sent)"
    return f"{name} (safe to repeat)" if retry_wait(operation, request, error) else f"{name}, not safe to repeat"


class _Attempts:
    """stamina's attempts for one request, logging one debug line per retry with its reason.

    stamina asks `retry_wait` about every failure, the last one included; the line is written when
    the next attempt really starts, so a failure that ends the call is not logged as a retry.
    """

    def __init__(self, operation: Operation, request: httpx.Request, max_retries: int) -> None:
        self.operation = operation
        self.request = request
        self.max_retries = max_retries
        self.last: Exception | None = None
        self.retried = (
            ALWAYS_RETRIED_STATUSES | IDEMPOTENT_RETRIED_STATUSES
            if operation.safe_to_repeat(request)
            else ALWAYS_RETRIED_STATUSES
        )

    def start(self) -> Any:
        return stamina.retry_context(
            on=self._decide,
            attempts=self.max_retries + 1,
            timeout=RETRY_BUDGET,
            wait_initial=WAIT_INITIAL,
            wait_max=WAIT_MAX,
        )

    def _decide(self, error: Exception) -> bool | float:
        self.last = error
        return retry_wait(self.operation, self.request, error)

    def started(self, number: int) -> None:
        if self.last is not None:
            logger.debug(
                "%s: retry %d after %s", self.operation, number - 1, reason(self.operation, self.request, self.last)
            )


class RetryTransport(httpx.BaseTransport):
    """Retries what `retry_wait` allows around another transport (sync).

    The first attempt is sent directly: the happy path costs a lookup and a status check, and
    stamina's machinery starts only after a failure that may be retried. That failure is then
    replayed as stamina's first attempt, so stamina decides, waits and counts every retry.
    """

    def __init__(self, transport: httpx.BaseTransport, *, max_retries: int = DEFAULT_MAX_RETRIES) -> None:
        self.transport = transport
        self.max_retries = max_retries

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        operation = request.extensions.get(OPERATION_KEY)
        if not isinstance(operation, Operation) or not operation.retry or self.max_retries <= 0:
            return self.transport.handle_request(request)
        attempts = _Attempts(operation, request, self.max_retries)
        try:
            last = self.transport.handle_request(request)
        except Exception as error:
            if retry_wait(operation, request, error) is False:
                raise
            failed: Exception = error
        else:
            if (
                last.status_code not in attempts.retried
                or retry_wait(operation, request, _RetryableAnswer(last)) is False
            ):
                return last
            failed = _RetryableAnswer(last)
        try:
            for attempt in attempts.start():
                with attempt:
                    if attempt.num == 1:
                        raise failed  # the first attempt's failure, replayed for stamina to decide and wait
                    attempts.started(attempt.num)
                    if isinstance(failed, _RetryableAnswer):
                        failed.response.close()
                    last = self.transport.handle_request(request)
                    if last.status_code in attempts.retried:
                        failed = _RetryableAnswer(last)
                        raise failed
                    return last
        except _RetryableAnswer as final:
            return final.response  # out of attempts or time: the caller raises the typed error
        raise RuntimeError(f"{operation}: stamina ended without an answer or an error")

    def close(self) -> None:
        self.transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Retries what `retry_wait` allows around another transport (async); see RetryTransport."""

    def __init__(self, transport: httpx.AsyncBaseTransport, *, max_retries: int = DEFAULT_MAX_RETRIES) -> None:
        self.transport = transport
        self.max_retries = max_retries

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        operation = request.extensions.get(OPERATION_KEY)
        if not isinstance(operation, Operation) or not operation.retry or self.max_retries <= 0:
            return await self.transport.handle_async_request(request)
        attempts = _Attempts(operation, request, self.max_retries)
        try:
            last = await self.transport.handle_async_request(request)
        except Exception as error:
            if retry_wait(operation, request, error) is False:
                raise
            failed: Exception = error
        else:
            if (
                last.status_code not in attempts.retried
                or retry_wait(operation, request, _RetryableAnswer(last)) is False
            ):
                return last
            failed = _RetryableAnswer(last)
        try:
            async for attempt in attempts.start():
                with attempt:
                    if attempt.num == 1:
                        raise failed
                    attempts.started(attempt.num)
                    if isinstance(failed, _RetryableAnswer):
                        await failed.response.aclose()
                    last = await self.transport.handle_async_request(request)
                    if last.status_code in attempts.retried:
                        failed = _RetryableAnswer(last)
                        raise failed
                    return last
        except _RetryableAnswer as final:
            return final.response
        raise RuntimeError(f"{operation}: stamina ended without an answer or an error")

    async def aclose(self) -> None:
        await self.transport.aclose()


# httpx.Client arguments that configure its default transport; moved onto the ones we build.
_TRANSPORT_ARGS = ("cert", "http1", "http2", "limits")

#: The pool of every transport we build when the user passes no `limits`. httpx's default keeps 20
#: of its 100 connections alive; with more threads than that on one client, httpcore's pool can
#: close an idle connection it has just handed to a queued request as surplus keep-alive, and
#: that request fails with "Bad file descriptor" or hangs until its read timeout
#: (encode/httpcore#1110, open; seen in `make bench`, and in 2 of 20,000 calls from 200 threads).
#: Our clients talk to one origin, so keeping every connection alive costs only idle sockets and
#: leaves no surplus to close; an idle one still closes after 5 s, as with httpx's default.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=5.0)


def client_args(
    httpx_args: Mapping[str, Any],
    *,
    verify: str | bool | ssl.SSLContext,
    max_retries: int,
    asynchronous: bool,
) -> dict[str, Any]:
    """The generated Client's `httpx_args` with every transport it may use wrapped for retries.

    httpx reads HTTP_PROXY, HTTPS_PROXY, ALL_PROXY and NO_PROXY only for a client given no
    `transport`, and ours are given one (the retry transport), so the routes httpx would build
    are built here, the same way: with `trust_env` (the default), no `transport` and no `proxy`,
    each proxy of the environment gets a mount (a transport with that proxy and the same TLS,
    limits and HTTP versions), and NO_PROXY's hosts go to the default transport; an explicit
    `proxy` sends everything through it and ignores the environment, as in httpx. A `transport`
    the user passes is used as given (no proxies from the environment then, as in httpx).

    A user's `mounts` are kept, and win over the environment's for the same pattern, as in httpx;
    each of their transports is wrapped for retries too (a `None` mount means the default
    transport, itself wrapped), so no route escapes the retry rules. Without `limits`, the
    transports built here get `DEFAULT_LIMITS`.
    """
    args = dict(httpx_args)
    wrapper: Any = AsyncRetryTransport if asynchronous else RetryTransport

    def wrapped(transport: Any) -> Any:
        return wrapper(transport, max_retries=max_retries)

    trust_env = bool(args.get("trust_env", True))
    given: Any = args.get("transport")
    proxy: Any = args.pop("proxy", None)
    settings = {name: args.pop(name) for name in _TRANSPORT_ARGS if name in args}
    settings.setdefault("limits", DEFAULT_LIMITS)
    # trust_env is also the transport's: SSL_CERT_FILE / SSL_CERT_DIR for a `verify` not yet a context.
    settings["trust_env"] = trust_env
    transport_class: Any = httpx.AsyncHTTPTransport if asynchronous else httpx.HTTPTransport

    def through(proxy_url: Any) -> Any:
        return wrapped(transport_class(verify=verify, proxy=proxy_url, **settings))

    routes: dict[str, Any] = {}
    if proxy is not None:
        routes["all://"] = through(proxy)
    elif trust_env and given is None:
        # httpx's own reading of the environment (private; httpx 0.27-0.28 has no public one): the
        # same variables, lower case winning, and NO_PROXY's entries as the patterns httpx matches.
        routes = {pattern: None if url is None else through(url) for pattern, url in get_environment_proxies().items()}
    if given is None:
        given = transport_class(verify=verify, **settings)
    for pattern, transport in (args.get("mounts") or {}).items():
        routes[pattern] = None if transport is None else wrapped(transport)
    if routes:
        args["mounts"] = routes
    args["transport"] = wrapped(given)
    return args
