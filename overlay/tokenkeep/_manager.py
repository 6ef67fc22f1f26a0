"""TokenManager: one token per credential set, fetched once however many want it.

Three layers of single-flight, from cheap to expensive:

1. in the process: the first caller that finds no usable token becomes the
   *leader* and publishes a `_Refresh`: a `concurrent.futures.Future` for its outcome
   and a gate (a lock the leader holds until the outcome is set). Threads queue on the
   gate and pass it on one at a time, asyncio tasks await the future with
   `asyncio.wrap_future` (never blocking the loop);
2. among processes or machines: the leader takes the store's lock and re-reads
   the store, because another worker may have refreshed meanwhile;
3. at the provider: the token endpoint's rate limit is counted in the store.

Every orchestration (get a token, invalidate one, store one) is written once, as a
generator that yields effects (read, write, delete, fetch, sleep, wait for the
leader, run a sub-flow under the store's lock). `_run` performs them for threads
and `_arun` for asyncio: the two drivers differ only in `await`, as httpx's auth
flows do.
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
from collections.abc import Generator
from typing import Any, Protocol, TypeAlias, TypeVar

import attrs

from ._constants import (
    KEY_PREFIX,
    PROACTIVE_RETRY_DELAY,
    RATE_LIMIT_WAIT,
    REFRESH_BUFFER,
    REFRESH_WAIT,
    TOKEN_429_ATTEMPTS,
    TOKEN_429_BACKOFF,
)
from ._crypto import Sealer
from ._exceptions import AuthError, LockTimeout, TokenRateLimitError
from ._ratelimit import FetchLog, RateLimit
from ._stores import AsyncTokenStore, TokenStore
from ._token import Freshness, Token, freshness

logger = logging.getLogger("tokenkeep")


class TokenEndpoint(Protocol):
    """How one provider's token is fetched (see tokenkeep._providers).

    `fetch`/`afetch` call the provider's *generated* token operation and raise
    TokenError (AuthError, TokenRateLimitError with retry_after) on failure. They never
    touch the store: a refresh token travels in the Token the manager keeps.
    """

    @property
    def provider(self) -> str: ...

    def identity(self) -> tuple[str, ...]:
        """Who the credentials are (base URL, client id...), hashed into the store key.

        Never the secret: a store key is visible to whoever lists the store, and a fast hash of a
        secret invites offline guessing. Records of another secret fail to open (the sealing key
        is derived from the secret) and read as missing.
        """
        ...

    def secret(self) -> bytes:
        """Key material for sealing records at rest."""
        ...

    def fetch(self, previous: Token | None) -> Token: ...

    async def afetch(self, previous: Token | None) -> Token: ...


class Store(TokenStore, AsyncTokenStore, Protocol):
    """A token store usable from both sync and async code (what every tokenkeep signature takes)."""


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


# -- effects yielded by the flows ----------------------------------------------------------


@attrs.frozen
class _Get:
    key: str


@attrs.frozen
class _Set:
    key: str
    value: str
    ttl: float | None


@attrs.frozen
class _DeleteIf:
    key: str
    expected: str


@attrs.frozen
class _Fetch:
    previous: Token | None


@attrs.frozen
class _Sleep:
    seconds: float


def _held_lock() -> threading.Lock:
    lock = threading.Lock()
    lock.acquire()
    return lock


@attrs.frozen(eq=False)
class _Refresh:
    """One leader's refresh in this process: its outcome, and the gate waiting threads queue on.

    The leader holds `gate` from its claim until `outcome` is set. Threads wait by taking the gate
    and handing it straight on, so they wake one after another, as behind a plain lock. Woken all
    at once by the future (notify_all), 200 threads fought over the GIL and httpcore's pool lock
    and the cold start took 30-50% longer than behind a plain lock (`make bench`, issue 15).
    """

    outcome: concurrent.futures.Future[Token] = attrs.field(factory=concurrent.futures.Future)
    gate: threading.Lock = attrs.field(factory=_held_lock)

    def settle(self, token: Token | None, error: BaseException | None) -> None:
        try:
            if self.outcome.done():  # cancelled from outside; nobody can be waiting on it any more
                return
            if token is not None:
                self.outcome.set_result(token)
            elif isinstance(error, Exception):
                self.outcome.set_exception(error)
            else:
                self.outcome.set_exception(_Abandoned())
        finally:
            self.gate.release()

    def wait(self, timeout: float) -> Token:
        """The leader's token, on a thread (TimeoutError after `timeout` seconds)."""
        if not self.gate.acquire(timeout=timeout):
            raise TimeoutError
        self.gate.release()  # to the next thread in line
        return self.outcome.result(timeout=0)


@attrs.frozen
class _Wait:
    """Wait for the leader's refresh, at most `timeout` seconds (TimeoutError after)."""

    refresh: _Refresh
    timeout: float


@attrs.frozen
class _Locked:
    """Run `flow` while holding the store's refresh lock for the manager's key."""

    flow: _Flow[Any]
    timeout: float


_T = TypeVar("_T")
_Effect: TypeAlias = "_Get | _Set | _DeleteIf | _Fetch | _Sleep | _Wait | _Locked"
_Flow: TypeAlias = Generator[_Effect, Any, _T]


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
    busy: int = 0  # 429s from the token endpoint so far


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
    """Gets, caches, shares and refreshes the token of one credential set.

    A token that carries a refresh token (OAuth) is stored in the same record, without
    expiry: the access token may die, the record lives until the grant is refused or
    replaced by a new authorization.
    """

    def __init__(self, endpoint: TokenEndpoint, store: Store, policy: RefreshPolicy, *, scope: str = "") -> None:
        self.endpoint = endpoint
        self.store = store
        self.policy = policy
        self.key = store_key(endpoint.provider, endpoint.identity(), scope)
        self._limit_key = self.key + ":fetches"
        self._sealer = Sealer(endpoint.secret(), self.key)
        self._state = threading.Lock()
        self._cached: _Cached | None = None
        self._inflight: _Refresh | None = None
        self._proactive_pause_until = 0.0
        _LIVE.add(self)

    def __repr__(self) -> str:
        return f"TokenManager(provider={self.endpoint.provider!r}, store={self.store!r})"

    @property
    def _wait_bound(self) -> float:
        # A leader may legitimately wait out the token endpoint's rate limit before it even
        # fetches; those waiting on it wait as long, plus the usual bound for the fetch.
        return self.policy.refresh_wait + self.policy.rate_limit_wait

    # -- the public pairs: each drives one flow ---------------------------------------

    def _fresh(self, rejected: Token | None) -> Token | None:
        # The hot path, without the lock: one attribute read is atomic, and a stale read
        # only sends the caller down the locked path.
        cached = self._cached
        if rejected is None and cached is not None:
            now = time.monotonic()
            if now < cached.refresh_at and now < cached.usable_until:
                return cached.token
        return None

    def get(self, rejected: Token | None = None) -> Token:
        """A usable token; `rejected` is one the provider refused, never returned again."""
        fresh = self._fresh(rejected)
        return fresh if fresh is not None else self._run(self._get_flow(rejected))

    async def aget(self, rejected: Token | None = None) -> Token:
        """As `get`, without blocking the event loop."""
        fresh = self._fresh(rejected)
        return fresh if fresh is not None else await self._arun(self._get_flow(rejected))

    def invalidate(self, token: Token) -> None:
        """Drop `token` after the provider rejected it -- but never a newer one."""
        self._run(self._invalidate_flow(token))

    async def ainvalidate(self, token: Token) -> None:
        """As `invalidate`, without blocking the event loop."""
        await self._arun(self._invalidate_flow(token))

    def put(self, token: Token) -> None:
        """Store a token obtained outside the manager (an OAuth authorization), replacing any record."""
        self._run(self._put_flow(token))

    # -- the decision: use the cached token, wait for a leader, or lead --------------

    def _claim(self, rejected: Token | None) -> Token | tuple[_Refresh, bool]:
        """Return the token to use now, or the refresh to wait for or to lead and whether we lead."""
        with self._state:
            now = time.monotonic()
            cached = self._cached
            state = cached.freshness(now) if cached is not None else Freshness.EXPIRED
            if cached is not None and cached.token.same_as(rejected):
                state = Freshness.EXPIRED
            usable = cached.token if cached is not None and state is not Freshness.EXPIRED else None
            if usable is not None and (state is Freshness.FRESH or now < self._proactive_pause_until):
                return usable
            if self._inflight is not None:
                # Someone is refreshing. A still-valid token is used meanwhile.
                return usable if usable is not None else (self._inflight, False)
            self._inflight = _Refresh()
            if usable is not None:
                logger.debug(
                    "%s: refreshing proactively (expires in %.0fs)",
                    self.endpoint.provider,
                    cached.usable_until - now if cached else 0,
                )
            return self._inflight, True

    def _finish(self, refresh: _Refresh, token: Token | None, error: BaseException | None) -> None:
        with self._state:
            if token is not None:
                self._cached = _Cached.adopt(token, self.policy.buffer)
            self._inflight = None
        refresh.settle(token, error)

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

    def _get_flow(self, rejected: Token | None) -> _Flow[Token]:
        while True:
            claim = self._claim(rejected)
            if isinstance(claim, Token):
                return claim
            refresh, leader = claim
            if not leader:
                try:
                    theirs: Token = yield _Wait(refresh, self._wait_bound)
                except TimeoutError as exc:
                    raise LockTimeout(
                        f"{self.endpoint.provider}: waited {self._wait_bound:.0f}s for another caller's token refresh"
                    ) from exc
                except _Abandoned:
                    continue
                if theirs.same_as(rejected):
                    continue
                return theirs
            try:
                attempt = self._attempt(rejected)
                while True:
                    try:
                        ours: Token = yield _Locked(self._refresh(rejected, attempt), self.policy.refresh_wait)
                        break
                    except _Pause as pause:
                        yield _Sleep(pause.seconds)  # outside the lock: nobody waits on a sleeper
            except Exception as exc:
                self._finish(refresh, None, exc)
                fallback = None if rejected is not None else self._fallback(exc)
                if fallback is None:
                    raise
                return fallback
            except BaseException as exc:
                self._finish(refresh, None, exc)
                raise
            self._finish(refresh, ours, None)
            return ours

    # -- reactive refresh ----------------------------------------------------------

    def _forget(self, token: Token) -> None:
        with self._state:
            if self._cached is not None and self._cached.token.same_as(token):
                self._cached = None

    def _invalidate_flow(self, token: Token) -> _Flow[None]:
        self._forget(token)
        raw = yield _Get(self.key)
        stored = self._open(raw)
        # A record holding a refresh token stays: the next refresh needs it, and it is
        # replaced by the new token under the lock. `get(rejected=...)` skips its access token.
        if raw is not None and token.same_as(stored) and stored is not None and not stored.refresh_token:
            yield _DeleteIf(self.key, raw)

    def _put_flow(self, token: Token) -> _Flow[None]:
        yield _Locked(self._write(token), self.policy.refresh_wait)
        with self._state:
            self._cached = _Cached.adopt(token, self.policy.buffer)

    def _write(self, token: Token) -> _Flow[None]:
        # A refresh token outlives its access token: kept without expiry, in the same sealed record.
        ttl = None if token.refresh_token else token.expires_at - time.time()
        yield _Set(self.key, self._sealer.seal(token.to_json()), ttl)

    # -- the refresh, under the store lock ---------------------------------------------

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
        # Reads of one attribute need no lock (see _fresh). The leader takes `_state` only where
        # it must: under contention each take may hand the GIL to a waiting thread for a while.
        known = self._cached is not None
        started = time.monotonic()
        reason = "rejected" if rejected is not None else ("expiring" if known else "missing")
        return _Attempt(reason, started, started + self.policy.rate_limit_wait)

    def _refresh(self, rejected: Token | None, attempt: _Attempt) -> _Flow[Token]:
        """Runs under the store lock: adopt a token another worker stored, or fetch one.

        Raises _Pause when the rate limit says to wait: the caller sleeps outside the lock.
        """
        limit = self.policy.rate_limit
        previous: Token | None = None
        while True:
            raw = yield _Get(self.key)
            stored = self._open(raw)
            if stored is not None:
                previous = stored  # read under the lock: its refresh token is the current one
                if (
                    not stored.same_as(rejected)
                    and freshness(stored, time.time(), self.policy.buffer) is Freshness.FRESH
                ):
                    logger.debug("%s: using the token another worker stored", self.endpoint.provider)
                    self._report(attempt, "adopted", stored)
                    return stored
            cached = self._cached
            if previous is None and cached is not None:
                previous = cached.token
            log = FetchLog.parse((yield _Get(self._limit_key)), self._sealer)
            now = time.time()
            wait = log.wait(limit, now)
            if wait > 0:
                if time.monotonic() + wait > attempt.deadline:
                    raise TokenRateLimitError(
                        f"{self.endpoint.provider}: the token endpoint's rate limit allows the next request "
                        f"in {wait:.0f}s, more than the {self.policy.rate_limit_wait:.0f}s allowed to wait",
                        provider=self.endpoint.provider,
                        retry_after=wait,
                    )
                logger.debug("%s: waiting %.1fs for the token endpoint's rate limit", self.endpoint.provider, wait)
                attempt.waited += wait
                raise _Pause(wait)  # then the store is read again: someone may have refreshed meanwhile
            if limit is not None:  # without a limit only a 429's block is kept: one write less per fetch
                log = log.record(now, limit)
                yield _Set(self._limit_key, log.dump(self._sealer), log.ttl(limit, now))
            logger.debug("%s: requesting a token", self.endpoint.provider)
            try:
                token: Token = yield _Fetch(previous)
            except TokenRateLimitError as busy:
                attempt.busy += 1
                retry_after = self._backoff(busy, attempt.busy)
                now = time.time()
                log = log.block(now + retry_after)
                yield _Set(self._limit_key, log.dump(self._sealer), log.ttl(limit, now))
                if attempt.busy >= TOKEN_429_ATTEMPTS or time.monotonic() + retry_after > attempt.deadline:
                    raise TokenRateLimitError(
                        f"{self.endpoint.provider}: the token endpoint answered 429 (rate limited) "
                        f"{attempt.busy} time(s); the next request is allowed in {retry_after:.0f}s, "
                        f"and {self.policy.rate_limit_wait:.0f}s was allowed to wait in all",
                        provider=self.endpoint.provider,
                        status_code=busy.status_code,
                        body=busy.body,
                        retry_after=retry_after,
                    ) from busy
                logger.debug(
                    "%s: token endpoint answered 429; retrying after %.1fs", self.endpoint.provider, retry_after
                )
                continue
            except AuthError:
                if raw is not None and previous is stored and stored is not None and stored.refresh_token:
                    # The grant itself was refused (a revoked refresh token): never send it again.
                    yield _DeleteIf(self.key, raw)
                    self._forget(stored)
                raise
            yield from self._write(token)
            self._report(attempt, "fetched", token)
            return token

    def _backoff(self, busy: TokenRateLimitError, count: int) -> float:
        # Retry-After when sent, and in any case a doubling pause: an endpoint that answers 429
        # with "Retry-After: 1" forever gets a handful of requests, not one a second.
        limit = self.policy.rate_limit
        stated = busy.retry_after if busy.retry_after is not None else (limit.per / limit.requests if limit else 0.0)
        return max(stated, TOKEN_429_BACKOFF * 2.0 ** (count - 1))

    # -- the two drivers -------------------------------------------------------------

    def _run(self, flow: _Flow[_T]) -> _T:
        send: Any = None
        throw: BaseException | None = None
        while True:
            try:
                effect = flow.throw(throw) if throw is not None else flow.send(send)
            except StopIteration as stop:
                result: _T = stop.value
                return result
            send, throw = None, None
            try:
                send = self._perform(effect)
            except BaseException as exc:  # the flow decides: wait out a 429, finish the future, re-raise
                throw = exc

    async def _arun(self, flow: _Flow[_T]) -> _T:
        send: Any = None
        throw: BaseException | None = None
        while True:
            try:
                effect = flow.throw(throw) if throw is not None else flow.send(send)
            except StopIteration as stop:
                result: _T = stop.value
                return result
            send, throw = None, None
            try:
                send = await self._aperform(effect)
            except BaseException as exc:  # cancellation included: the flow hands leadership on
                throw = exc

    def _perform(self, effect: _Effect) -> Any:
        match effect:
            case _Get(key):
                return self.store.get(key)
            case _Set(key, value, ttl):
                return self.store.set(key, value, ttl)
            case _DeleteIf(key, expected):
                return self.store.delete_if(key, expected)
            case _Fetch(previous):
                return self.endpoint.fetch(previous)
            case _Sleep(seconds):
                return time.sleep(seconds)
            case _Wait(refresh, timeout):
                return refresh.wait(timeout)
            case _Locked(flow, timeout):
                with self.store.lock(self.key, timeout=timeout):
                    return self._run(flow)
        raise AssertionError(effect)

    async def _aperform(self, effect: _Effect) -> Any:
        match effect:
            case _Get(key):
                return await self.store.aget(key)
            case _Set(key, value, ttl):
                return await self.store.aset(key, value, ttl)
            case _DeleteIf(key, expected):
                return await self.store.adelete_if(key, expected)
            case _Fetch(previous):
                return await self.endpoint.afetch(previous)
            case _Sleep(seconds):
                return await asyncio.sleep(seconds)
            case _Wait(refresh, timeout):
                # shield: a waiter that is cancelled or gives up must not cancel the shared
                # future under the leader and every other waiter.
                token = await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(refresh.outcome)), timeout)
                # Woken together, hundreds of waiters would send their requests in one loop step
                # (httpcore then re-scans a long queue on every answer). They go one per loop turn,
                # in order, as asyncio.Lock hands itself on: the loop stays responsive.
                async with _turns():
                    await asyncio.sleep(0)
                return token
            case _Locked(flow, timeout):
                async with self.store.alock(self.key, timeout=timeout):
                    return await self._arun(flow)
        raise AssertionError(effect)


# Clients built with the same credentials and equal stores share one manager, so that
# single-flight holds across them too. The secret is part of the in-process key (never
# of the store key): two secrets for one client id must not share a manager.
_managers: weakref.WeakValueDictionary[tuple[Any, str, bytes], TokenManager] = weakref.WeakValueDictionary()
_managers_lock = threading.Lock()

# A child forked while a thread of its parent refreshed would inherit a refresh that never ends
# (the leader thread does not exist in the child) and a lock that may be held forever.
_LIVE: weakref.WeakSet[TokenManager] = weakref.WeakSet()


_loop_turns: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = weakref.WeakKeyDictionary()


def _turns() -> asyncio.Lock:
    loop = asyncio.get_running_loop()
    lock = _loop_turns.get(loop)
    if lock is None:
        lock = _loop_turns[loop] = asyncio.Lock()
    return lock


def _after_fork_in_child() -> None:
    global _managers_lock
    _managers_lock = threading.Lock()
    for manager in list(_LIVE):
        manager._state = threading.Lock()
        manager._inflight = None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def shared_manager(endpoint: TokenEndpoint, store: Store, policy: RefreshPolicy, *, scope: str = "") -> TokenManager:
    """The manager of these credentials in this store, made once per process (equal stores are one store)."""
    key = store_key(endpoint.provider, endpoint.identity(), scope)
    try:
        hash(store)
        shared: Any = store
    except TypeError:  # a user's store with __eq__ but no __hash__: compared by identity
        shared = id(store)
    lookup = (shared, key, endpoint.secret())
    with _managers_lock:
        manager = _managers.get(lookup)
        if manager is None or manager.policy != policy:
            manager = TokenManager(endpoint, store, policy, scope=scope)
            _managers[lookup] = manager
        return manager
