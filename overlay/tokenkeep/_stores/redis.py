"""RedisStore: tokens shared by a fleet, with a fleet-wide refresh lock.

Built on redis-py (sync and asyncio clients from one URL). Every operation touches
a single key, so it works unchanged on Redis Cluster; ACL users, passwords and TLS
come from the URL (``rediss://user:password@host:6380/0``).

If Redis cannot be reached, the store falls back to a process-local MemoryStore,
logs one warning, and goes back to Redis when it answers again: calls keep
working from local caches, at the price of one token request per worker during
the outage (each worker's own rate limiter still applies).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any, TypeVar
from urllib.parse import urlsplit

import redis
import redis.asyncio
import redis.asyncio.lock
import redis.exceptions
import redis.lock

from .._exceptions import LockTimeout, StoreError
from .memory import MemoryStore

logger = logging.getLogger("tokenkeep")

T = TypeVar("T")

# Compare-and-delete. KEYS[1]: the key. ARGV[1]: the value expected there.
# Returns 1 if the key held that value and was deleted, else 0. Used for both
# "drop exactly the token that failed" and "release a lock only if we own it".
COMPARE_AND_DELETE = """
if redis.call('get', KEYS[1]) == ARGV[1] then
    return redis.call('del', KEYS[1])
end
return 0
"""

# Redis did not answer: fall back locally until it does. A refusal (wrong password, an ACL
# without the rights) is caught with these but is a configuration error, raised as StoreError:
# falling back would quietly split the fleet into workers that fetch their own tokens.
_REFUSED = (
    redis.exceptions.AuthenticationError,
    redis.exceptions.AuthorizationError,
    redis.exceptions.NoPermissionError,
)
_UNAVAILABLE = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError, *_REFUSED)

# How often a worker waiting for another's refresh tries the lock again (redis-py's Lock polls
# at a fixed interval; this is what our own loop backed off to).
_LOCK_POLL = 0.05


def _certificate_refused(exc: BaseException) -> bool:
    """Whether a connection failed on the server's TLS certificate (untrusted, expired, other hostname).

    redis-py raises ConnectionError with the ssl error as its context, not its cause.
    """
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _client_options(url: str, socket_timeout: float) -> dict[str, Any]:
    options: dict[str, Any] = {"socket_timeout": socket_timeout, "socket_connect_timeout": socket_timeout}
    if urlsplit(url).scheme == "rediss":
        # redis-py before 6 did not check the server's hostname on rediss:// by default, which let a man
        # in the middle with any certificate from a trusted CA collect the ACL password. Ask for it
        # explicitly (a query parameter in the URL still overrides it, knowingly).
        options["ssl_check_hostname"] = True
    return options


class RedisStore:
    """Tokens in Redis for a fleet of workers; implements both store protocols.

    `lock_ttl` bounds how long a crashed worker can hold the refresh lock. The lock is
    not extended while its holder works: it must exceed the longest a refresh can hold
    it (a token request's timeout, 30 s by default, plus a connect retry; waits for the
    rate limit happen outside the lock), so it defaults to 60 s. A holder stalled beyond
    it (a paused VM, say) lets one other worker fetch too: one extra token request, and
    its late release deletes nothing (compare-and-delete).
    """

    def __init__(
        self,
        url: str = "redis://127.0.0.1:6379/0",
        *,
        lock_ttl: float = 60.0,
        retry_interval: float = 5.0,
        socket_timeout: float = 2.0,
        client: redis.Redis | None = None,
        async_client: redis.asyncio.Redis | None = None,
    ) -> None:
        self.lock_ttl = lock_ttl
        self.retry_interval = retry_interval
        self._url = url
        self._socket_timeout = socket_timeout
        self._sync = client or redis.Redis.from_url(url, **_client_options(url, socket_timeout))
        self._cad = self._sync.register_script(COMPARE_AND_DELETE)
        self._async: dict[int, tuple[redis.asyncio.Redis, Any]] = {}
        self._given_async = async_client
        # A sync client says nothing about where asyncio calls should go; refuse to guess.
        self._async_from_url = client is None
        self.local = MemoryStore()
        self._down_until = 0.0
        self._outage = False
        # Values without expiry written locally during an outage (a rotated refresh token, say):
        # they outlive any token and exist nowhere else, so they go to Redis when it returns.
        self._unshared: dict[str, str] = {}

    def __repr__(self) -> str:
        # The URL may hold a user and password, in its netloc or its query: show neither.
        url = urlsplit(self._url)
        where = f"{url.hostname}:{url.port}" if url.hostname else ""
        return f"RedisStore('{url.scheme}://{where}{url.path}')"

    # Stores built from one URL and settings reach one Redis alike: their clients share one manager
    # in-process. A store given the caller's own clients equals only itself.
    def _same(self) -> tuple[object, ...]:
        if self._async_from_url and self._given_async is None:
            return (self._url, self.lock_ttl, self.retry_interval, self._socket_timeout)
        return (id(self),)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RedisStore) and self._same() == other._same()

    def __hash__(self) -> int:
        return hash(self._same())

    def close(self) -> None:
        """Close the sync connection pool (async pools close with aclose)."""
        self._sync.close()

    async def aclose(self) -> None:
        """Close the asyncio connection pool of the running event loop."""
        entry = self._async.pop(id(asyncio.get_running_loop()), None)
        if entry is not None:
            await entry[0].aclose()

    # -- availability --------------------------------------------------------------

    def _available(self) -> bool:
        return time.monotonic() >= self._down_until

    def _mark_down(self, exc: BaseException) -> None:
        if isinstance(exc, _REFUSED):
            raise StoreError(
                f"{self!r} refused tokenkeep ({type(exc).__name__}): check the user, password and ACL rights "
                "(get, set, del, evalsha and script|load on the tokenkeep:* keys)"
            ) from None
        if _certificate_refused(exc):
            # Like a wrong password, a certificate that does not verify is a misconfiguration (or an
            # attack): falling back would quietly split the fleet, so say so instead.
            raise StoreError(
                f"{self!r}: the server's TLS certificate did not verify (untrusted CA, expired, or issued "
                "for another hostname); check ssl_ca_certs and the host name in the URL"
            ) from None
        # One warning per outage: a retry that finds Redis still down stays quiet.
        if not self._outage:
            self._outage = True
            logger.warning(
                "tokenkeep: Redis unavailable (%s); using the local token store until it returns", type(exc).__name__
            )
        self._down_until = time.monotonic() + self.retry_interval

    def _mark_up(self) -> None:
        if self._outage:
            self._outage = False
            logger.info("tokenkeep: Redis is back; sharing tokens again")
        self._down_until = 0.0

    def _set_locally(self, key: str, value: str, ttl: float | None) -> None:
        self.local.set(key, value, ttl)
        if ttl is None:
            self._unshared[key] = value

    def _share_sync(self) -> None:
        while self._unshared:
            key, value = next(iter(self._unshared.items()))
            self._sync.set(key, value)
            self._unshared.pop(key, None)

    async def _share_async(self) -> None:
        while self._unshared:
            key, value = next(iter(self._unshared.items()))
            await self._aclient()[0].set(key, value)
            self._unshared.pop(key, None)

    def _call(self, remote: Callable[[], T], local: Callable[[], T]) -> T:
        if self._available():
            try:
                self._share_sync()
                result = remote()
            except _UNAVAILABLE as exc:
                self._mark_down(exc)
            else:
                self._mark_up()
                return result
        return local()

    async def _acall(self, remote: Callable[[], Awaitable[T]], local: Callable[[], T]) -> T:
        if self._available():
            try:
                await self._share_async()
                result = await remote()
            except _UNAVAILABLE as exc:
                self._mark_down(exc)
            else:
                self._mark_up()
                return result
        return local()

    def _aclient(self) -> tuple[redis.asyncio.Redis, Any]:
        # An asyncio connection pool belongs to one event loop.
        loop = asyncio.get_running_loop()
        entry = self._async.get(id(loop))
        if entry is None:
            if self._given_async is not None:
                client = self._given_async
            elif not self._async_from_url:
                raise StoreError("RedisStore was given a sync client only: pass async_client= as well for asyncio use")
            else:
                client = redis.asyncio.Redis.from_url(self._url, **_client_options(self._url, self._socket_timeout))
            entry = (client, client.register_script(COMPARE_AND_DELETE))
            self._async = {id(loop): entry}
        return entry

    # -- sync protocol ---------------------------------------------------------------

    def get(self, key: str) -> str | None:
        def remote() -> str | None:
            value = self._sync.get(key)
            return None if value is None else _text(value)

        return self._call(remote, lambda: self.local.get(key))

    def set(self, key: str, value: str, ttl: float | None) -> None:
        px = None if ttl is None else max(1, int(ttl * 1000))
        self._call(lambda: self._sync.set(key, value, px=px), lambda: self._set_locally(key, value, ttl))

    def delete_if(self, key: str, expected: str) -> bool:
        return self._call(
            lambda: bool(self._cad(keys=[key], args=[expected])), lambda: self.local.delete_if(key, expected)
        )

    # The refresh lock is redis-py's Lock: SET NX PX with a random owner token, released by a Lua
    # compare-and-delete, so a holder whose lock expired never frees the lock another worker now holds.

    @contextmanager
    def lock(self, key: str, timeout: float) -> Iterator[None]:
        if not self._available():
            with self.local.lock(key, timeout):
                yield
            return
        lock = redis.lock.Lock(
            self._sync, key + ":lock", timeout=self.lock_ttl, sleep=_LOCK_POLL, blocking_timeout=timeout,
            thread_local=False,
        )  # fmt: skip
        try:
            acquired = lock.acquire(token=secrets.token_hex(16))
        except _UNAVAILABLE as exc:
            self._mark_down(exc)
            with self.local.lock(key, timeout):
                yield
            return
        if not acquired:
            raise LockTimeout(f"waited {timeout:.0f}s for another worker's token refresh (Redis lock)")
        try:
            yield
        finally:
            try:
                lock.release()
            except redis.exceptions.LockError:
                pass  # it expired (lock_ttl) and may be someone else's now: theirs is left alone
            except _UNAVAILABLE as exc:  # the lock's TTL frees it
                self._mark_down(exc)

    # -- async protocol --------------------------------------------------------------

    async def aget(self, key: str) -> str | None:
        async def remote() -> str | None:
            value = await self._aclient()[0].get(key)
            return None if value is None else _text(value)

        return await self._acall(remote, lambda: self.local.get(key))

    async def aset(self, key: str, value: str, ttl: float | None) -> None:
        px = None if ttl is None else max(1, int(ttl * 1000))

        async def remote() -> None:
            await self._aclient()[0].set(key, value, px=px)

        await self._acall(remote, lambda: self._set_locally(key, value, ttl))

    async def adelete_if(self, key: str, expected: str) -> bool:
        async def remote() -> bool:
            return bool(await self._aclient()[1](keys=[key], args=[expected]))

        return await self._acall(remote, lambda: self.local.delete_if(key, expected))

    @asynccontextmanager
    async def alock(self, key: str, timeout: float) -> AsyncIterator[None]:
        if not self._available():
            async with self.local.alock(key, timeout):
                yield
            return
        lock = redis.asyncio.lock.Lock(
            self._aclient()[0], key + ":lock", timeout=self.lock_ttl, sleep=_LOCK_POLL, blocking_timeout=timeout,
            thread_local=False,
        )  # fmt: skip
        try:
            acquired = await lock.acquire(token=secrets.token_hex(16))
        except _UNAVAILABLE as exc:
            self._mark_down(exc)
            async with self.local.alock(key, timeout):
                yield
            return
        if not acquired:
            raise LockTimeout(f"waited {timeout:.0f}s for another worker's token refresh (Redis lock)")
        try:
            yield
        finally:
            try:
                await lock.release()
            except redis.exceptions.LockError:
                pass  # expired, perhaps someone else's now: left alone
            except _UNAVAILABLE as exc:
                self._mark_down(exc)


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)
