"""TokenManager: one token per credential set, fetched once however many want it.

Three layers of single-flight, from cheap to expensive:

1. in the process: the first caller that finds no usable token becomes the
   *leader* and publishes a `concurrent.futures.Future`; threads wait on it with
   `result()`, asyncio tasks with `asyncio.wrap_future` (never blocking the loop);
2. among processes or machines: the leader takes the store's lock and re-reads
   the store, because another worker may have refreshed meanwhile;
3. at the provider: the token endpoint's rate limit is counted in the store.

The refresh itself is written once, as a generator that yields effects (read,
write, sleep, fetch); `_run_sync` and `_run_async` perform them, and differ only
in `await` -- the same idea as httpx's auth flows.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import hashlib
import logging
import os
import threading
import time
import weakref
from collections.abc import Awaitable, Callable, Generator
from typing import Any, Protocol, TypeAlias

import attrs

from ._constants import (
    KEY_PREFIX,
    PROACTIVE_RETRY_DELAY,
    RATE_LIMIT_WAIT,
    REFRESH_BUFFER,
    REFRESH_WAIT,
)
from ._crypto import Sealer
from ._exceptions import LockTimeout, RateLimitError
from ._ratelimit import FetchLog, RateLimit
from ._stores import AsyncTokenStore, TokenStore
from ._token import Freshness, Token, freshness

logger = logging.getLogger("tokenkeep")


class TokenEndpoint(Protocol):
    """How one provider's token is fetched (see tokenkeep._providers).

    `fetch`/`afetch` call the provider's *generated* token operation and raise
    TokenError (AuthError, RateLimitError with retry_after) on failure.
    """

    @property
    def provider(self) -> str: ...

    def identity(self) -> tuple[str, ...]:
        """What makes two credential sets different (hashed, never stored)."""
        ...

    def secret(self) -> bytes:
        """Key material for sealing records at rest."""
        ...

    def fetch(self, previous: Token | None) -> Token: ...

    async def afetch(self, previous: Token | None) -> Token: ...


class Store(TokenStore, AsyncTokenStore, Protocol):
    """A store usable from both sync and async code."""


@attrs.frozen
class RefreshDetails:
    """What happened when a token was needed and none was usable (given to `on_refresh`).

    `reason`: "missing" (no token anywhere), "expiring" (the known one is due for
    refresh or expired) or "rejected" (the provider refused it). `outcome`: "fetched"
    from the token endpoint, or "adopted" from the store where another worker had
    just put one. `waited`: seconds spent on the token endpoint's rate limit.
    """

    provider: str
    reason: str
    outcome: str
    expires_in: float
    waited: float
    duration: float


class RefreshHook(Protocol):
    """Called once per refresh, on the refreshing thread or event loop: keep it quick, don't raise."""

    def __call__(self, details: RefreshDetails) -> None: ...


@attrs.frozen
class RefreshPolicy:
    """When to refresh and how long to wait. Defaults are in _constants.

    `on_refresh` (for metrics or logs) hears of every refresh this process makes or adopts.
    """

    buffer: float = REFRESH_BUFFER
    rate_limit: RateLimit | None = None
    rate_limit_wait: float = RATE_LIMIT_WAIT
    refresh_wait: float = REFRESH_WAIT
    on_refresh: RefreshHook | None = None


def store_key(provider: str, identity: tuple[str, ...], scope: str = "") -> str:
    digest = hashlib.sha256()
    for part in (provider, scope, *identity):
        encoded = part.encode()
        digest.update(len(encoded).to_bytes(4, "big") + encoded)
    # The braces are a Redis Cluster hash tag: a key and its ":fetches" and
    # ":lock" companions land in the same slot.
    return f"{KEY_PREFIX}:{{{provider}:{digest.hexdigest()[:40]}}}"


# -- effects yielded by the refresh flow -------------------------------------------------


@attrs.frozen
class _Get:
    key: str


@attrs.frozen
class _Set:
    key: str
    value: str
    ttl: float | None


@attrs.frozen
class _Fetch:
    previous: Token | None


_Effect: TypeAlias = _Get | _Set | _Fetch
_Flow: TypeAlias = Generator[_Effect, Any, Token]


class _Abandoned(Exception):
    """The leader was cancelled; a waiting caller should try to lead instead."""


class _Pause(Exception):
    """The rate limit asks the leader to wait: it releases the store lock, sleeps, and tries again."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds


@attrs.define
class _Attempt:
    """One leader's refresh, across the pauses it takes outside the lock."""

    reason: str
    started: float
    deadline: float
    waited: float = 0.0


@attrs.define
class _Cached:
    token: Token
    refresh_at: float  # monotonic
    usable_until: float  # monotonic

    @classmethod
    def adopt(cls, token: Token, buffer: float) -> _Cached:
        # Shared stores speak wall-clock time; decisions in this process use the
        # monotonic clock so that a wall-clock jump cannot keep a dead token alive.
        offset = time.monotonic() - time.time()
        return cls(token, token.refresh_at(buffer) + offset, token.usable_until() + offset)

    def freshness(self, now: float) -> Freshness:
        if now >= self.usable_until:
            return Freshness.EXPIRED
        if now >= self.refresh_at:
            return Freshness.STALE
        return Freshness.FRESH


class TokenManager:
    """Gets, caches, shares and refreshes the token of one credential set."""

    def __init__(self, endpoint: TokenEndpoint, store: Store, policy: RefreshPolicy, *, scope: str = "") -> None:
        self.endpoint = endpoint
        self.store = store
        self.policy = policy
        self.key = store_key(endpoint.provider, endpoint.identity(), scope)
        self._limit_key = self.key + ":fetches"
        self._sealer = Sealer(endpoint.secret(), self.key)
        self._state = threading.Lock()
        self._cached: _Cached | None = None
        self._inflight: concurrent.futures.Future[Token] | None = None
        self._proactive_pause_until = 0.0
        _LIVE.add(self)

    def __repr__(self) -> str:
        return f"TokenManager(provider={self.endpoint.provider!r}, store={self.store!r})"

    @property
    def _wait_bound(self) -> float:
        # A leader may legitimately wait out the token endpoint's rate limit before it even
        # fetches; those waiting on it wait as long, plus the usual bound for the fetch.
        return self.policy.refresh_wait + self.policy.rate_limit_wait

    # -- the decision: use the cached token, wait for a leader, or lead --------------

    def _claim(self, rejected: Token | None) -> tuple[Token | None, concurrent.futures.Future[Token], bool]:
        """Return (token to use now, or the future to wait on, and whether we lead)."""
        with self._state:
            now = time.monotonic()
            cached = self._cached
            state = cached.freshness(now) if cached is not None else Freshness.EXPIRED
            if cached is not None and cached.token.same_as(rejected):
                state = Freshness.EXPIRED
            usable = cached.token if cached is not None and state is not Freshness.EXPIRED else None
            if state is Freshness.FRESH or (usable is not None and now < self._proactive_pause_until):
                return usable, concurrent.futures.Future(), False
            if self._inflight is not None:
                # Someone is refreshing. A still-valid token is used meanwhile.
                return usable, self._inflight, False
            self._inflight = concurrent.futures.Future()
            if usable is not None:
                logger.debug(
                    "%s: refreshing proactively (expires in %.0fs)",
                    self.endpoint.provider,
                    cached.usable_until - now if cached else 0,
                )
            return None, self._inflight, True

    def _finish(
        self, future: concurrent.futures.Future[Token], token: Token | None, error: BaseException | None
    ) -> None:
        with self._state:
            if token is not None:
                self._cached = _Cached.adopt(token, self.policy.buffer)
            self._inflight = None
        if future.done():  # cancelled from outside; nobody can be waiting on it any more
            return
        if token is not None:
            future.set_result(token)
        elif isinstance(error, Exception):
            future.set_exception(error)
        else:
            future.set_exception(_Abandoned())

    def _fallback(self, error: Exception) -> Token | None:
        """After a failed proactive refresh, keep using a token that is still valid."""
        with self._state:
            cached = self._cached
            now = time.monotonic()
            if cached is None or cached.freshness(now) is Freshness.EXPIRED:
                return None
            self._proactive_pause_until = now + min(PROACTIVE_RETRY_DELAY, (cached.usable_until - now) / 4)
        logger.warning(
            "%s: proactive token refresh failed (%s); using the current token until it expires",
            self.endpoint.provider,
            type(error).__name__,
        )
        return cached.token

    def get_sync(self, rejected: Token | None = None) -> Token:
        """A usable token; `rejected` is one the provider refused, never returned again."""
        while True:
            token, future, leader = self._claim(rejected)
            if token is not None:
                return token
            if not leader:
                try:
                    token = future.result(timeout=self._wait_bound)
                except concurrent.futures.TimeoutError as exc:
                    raise LockTimeout(
                        f"{self.endpoint.provider}: waited {self._wait_bound:.0f}s for another caller's token refresh"
                    ) from exc
                except _Abandoned:
                    continue
                if token.same_as(rejected):
                    continue
                return token
            try:
                attempt = self._attempt(rejected)
                while True:
                    try:
                        with self.store.lock(self.key, timeout=self.policy.refresh_wait):
                            token = self._run_sync(self._refresh(rejected, attempt))
                        break
                    except _Pause as pause:
                        time.sleep(pause.seconds)  # outside the lock: nobody waits on a sleeper
            except Exception as exc:
                self._finish(future, None, exc)
                fallback = None if rejected is not None else self._fallback(exc)
                if fallback is None:
                    raise
                return fallback
            except BaseException as exc:
                self._finish(future, None, exc)
                raise
            self._finish(future, token, None)
            return token

    async def get_async(self, rejected: Token | None = None) -> Token:
        """As get_sync, without blocking the event loop."""
        while True:
            token, future, leader = self._claim(rejected)
            if token is not None:
                return token
            if not leader:
                try:
                    # shield: a waiter that is cancelled or gives up must not cancel the shared
                    # future under the leader and every other waiter.
                    token = await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(future)), self._wait_bound)
                except TimeoutError as exc:
                    raise LockTimeout(
                        f"{self.endpoint.provider}: waited {self._wait_bound:.0f}s for another caller's token refresh"
                    ) from exc
                except _Abandoned:
                    continue
                if token.same_as(rejected):
                    continue
                return token
            try:
                attempt = self._attempt(rejected)
                while True:
                    try:
                        async with self.store.alock(self.key, timeout=self.policy.refresh_wait):
                            token = await self._run_async(self._refresh(rejected, attempt))
                        break
                    except _Pause as pause:
                        await asyncio.sleep(pause.seconds)  # outside the lock
            except Exception as exc:
                self._finish(future, None, exc)
                fallback = None if rejected is not None else self._fallback(exc)
                if fallback is None:
                    raise
                return fallback
            except BaseException as exc:
                self._finish(future, None, exc)
                raise
            self._finish(future, token, None)
            return token

    # -- reactive refresh ----------------------------------------------------------

    def _forget(self, token: Token) -> None:
        with self._state:
            if self._cached is not None and self._cached.token.same_as(token):
                self._cached = None

    def _stored_copy_of(self, raw: str | None, token: Token) -> bool:
        return raw is not None and token.same_as(self._open(raw))

    def invalidate_sync(self, token: Token) -> None:
        """Drop `token` after the provider rejected it -- but never a newer one."""
        self._forget(token)
        raw = self.store.get(self.key)
        if raw is not None and self._stored_copy_of(raw, token):
            self.store.delete_if(self.key, raw)

    async def invalidate_async(self, token: Token) -> None:
        self._forget(token)
        raw = await self.store.aget(self.key)
        if raw is not None and self._stored_copy_of(raw, token):
            await self.store.adelete_if(self.key, raw)

    # -- the refresh flow, written once ----------------------------------------------

    def _open(self, raw: str | None) -> Token | None:
        if raw is None:
            return None
        try:
            return Token.from_json(self._sealer.open(raw))
        except ValueError:
            logger.debug(
                "%s: stored token unreadable (corrupt or other credentials); fetching anew", self.endpoint.provider
            )
            return None

    def _report(self, attempt: _Attempt, outcome: str, token: Token) -> None:
        hook = self.policy.on_refresh
        if hook is None:
            return
        details = RefreshDetails(
            provider=self.endpoint.provider,
            reason=attempt.reason,
            outcome=outcome,
            expires_in=max(0.0, token.expires_at - time.time()),
            waited=attempt.waited,
            duration=time.monotonic() - attempt.started,
        )
        try:
            hook(details)
        except Exception:
            # A metrics hook must never cost the caller its token.
            logger.exception("%s: on_refresh hook failed; ignored", self.endpoint.provider)

    def _attempt(self, rejected: Token | None) -> _Attempt:
        with self._state:
            known = self._cached is not None
        started = time.monotonic()
        reason = "rejected" if rejected is not None else ("expiring" if known else "missing")
        return _Attempt(reason, started, started + self.policy.rate_limit_wait)

    def _refresh(self, rejected: Token | None, attempt: _Attempt) -> _Flow:
        """Runs under the store lock: adopt a token another worker stored, or fetch one.

        Raises _Pause when the rate limit says to wait: the caller sleeps outside the lock.
        """
        limit = self.policy.rate_limit
        previous: Token | None = None
        while True:
            stored = self._open((yield _Get(self.key)))
            if stored is not None:
                previous = stored
                if (
                    not stored.same_as(rejected)
                    and freshness(stored, time.time(), self.policy.buffer) is Freshness.FRESH
                ):
                    logger.debug("%s: using the token another worker stored", self.endpoint.provider)
                    self._report(attempt, "adopted", stored)
                    return stored
            with self._state:
                if previous is None and self._cached is not None:
                    previous = self._cached.token
            log = FetchLog.parse((yield _Get(self._limit_key)), self._sealer)
            now = time.time()
            wait = log.wait(limit, now)
            if wait > 0:
                if time.monotonic() + wait > attempt.deadline:
                    raise RateLimitError(
                        f"{self.endpoint.provider}: the token endpoint's rate limit allows the next request "
                        f"in {wait:.0f}s, more than the {self.policy.rate_limit_wait:.0f}s allowed to wait",
                        provider=self.endpoint.provider,
                        retry_after=wait,
                    )
                logger.debug("%s: waiting %.1fs for the token endpoint's rate limit", self.endpoint.provider, wait)
                attempt.waited += wait
                raise _Pause(wait)  # then the store is read again: someone may have refreshed meanwhile
            log = log.record(now, limit)
            yield _Set(self._limit_key, log.dump(self._sealer), log.ttl(limit, now))
            logger.debug("%s: requesting a token", self.endpoint.provider)
            try:
                token: Token = yield _Fetch(previous)
            except RateLimitError as busy:
                retry_after = (
                    busy.retry_after if busy.retry_after is not None else (limit.per / limit.requests if limit else 5.0)
                )
                logger.debug(
                    "%s: token endpoint answered 429; retrying after %.1fs", self.endpoint.provider, retry_after
                )
                now = time.time()
                log = log.block(now + retry_after)
                yield _Set(self._limit_key, log.dump(self._sealer), log.ttl(limit, now))
                if time.monotonic() + retry_after > attempt.deadline:
                    raise
                continue
            ttl = token.expires_at - time.time()
            yield _Set(self.key, self._sealer.seal(token.to_json()), ttl)
            self._report(attempt, "fetched", token)
            return token

    def _run_sync(self, flow: _Flow) -> Token:
        return _drive(flow, self._perform_sync)

    async def _run_async(self, flow: _Flow) -> Token:
        send: Any = None
        throw: BaseException | None = None
        while True:
            try:
                effect = flow.throw(throw) if throw is not None else flow.send(send)
            except StopIteration as stop:
                result: Token = stop.value
                return result
            send, throw = None, None
            try:
                send = await self._perform_async(effect)
            except RateLimitError as exc:
                throw = exc

    def _perform_sync(self, effect: _Effect) -> Any:
        match effect:
            case _Get(key):
                return self.store.get(key)
            case _Set(key, value, ttl):
                return self.store.set(key, value, ttl)
            case _Fetch(previous):
                return self.endpoint.fetch(previous)
        raise AssertionError(effect)

    def _perform_async(self, effect: _Effect) -> Awaitable[Any]:
        match effect:
            case _Get(key):
                return self.store.aget(key)
            case _Set(key, value, ttl):
                return self.store.aset(key, value, ttl)
            case _Fetch(previous):
                return self.endpoint.afetch(previous)
        raise AssertionError(effect)


def _drive(flow: _Flow, perform: Callable[[_Effect], Any]) -> Token:
    send: Any = None
    throw: BaseException | None = None
    while True:
        try:
            effect = flow.throw(throw) if throw is not None else flow.send(send)
        except StopIteration as stop:
            result: Token = stop.value
            return result
        send, throw = None, None
        try:
            send = perform(effect)
        except RateLimitError as exc:  # the flow decides whether to wait it out
            throw = exc


# Clients built with the same credentials and store share one manager, so that
# single-flight holds across them too.
_managers: weakref.WeakValueDictionary[tuple[int, str], TokenManager] = weakref.WeakValueDictionary()
_managers_lock = threading.Lock()

# A child forked while a thread of its parent refreshed would inherit a refresh that never ends
# (the leader thread does not exist in the child) and a lock that may be held forever.
_LIVE: weakref.WeakSet[TokenManager] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    global _managers_lock
    _managers_lock = threading.Lock()
    for manager in list(_LIVE):
        manager._state = threading.Lock()
        manager._inflight = None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def shared_manager(endpoint: TokenEndpoint, store: Store, policy: RefreshPolicy, *, scope: str = "") -> TokenManager:
    key = store_key(endpoint.provider, endpoint.identity(), scope)
    with _managers_lock:
        manager = _managers.get((id(store), key))
        if manager is None or manager.policy != policy:
            manager = TokenManager(endpoint, store, policy, scope=scope)
            _managers[(id(store), key)] = manager
        return manager
