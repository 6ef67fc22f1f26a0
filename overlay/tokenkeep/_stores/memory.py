"""MemoryStore: tokens shared by the clients of one process."""

from __future__ import annotations

import asyncio
import os
import threading
import time
import weakref
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager

from .._exceptions import LockTimeout


class MemoryStore:
    """Keeps tokens in this process only. Implements both store protocols.

    Use it when one process owns the credentials; use FileStore to share between
    processes on a machine and RedisStore for a fleet.
    """

    def __init__(self) -> None:
        self._values: dict[str, tuple[str, float | None]] = {}
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        _LIVE.add(self)

    def _after_fork(self) -> None:
        # A forked child has only the forking thread: a lock another thread held stays held forever.
        self._guard = threading.Lock()
        self._locks = {}

    def __repr__(self) -> str:
        return f"MemoryStore(<{len(self._values)} entries>)"

    def get(self, key: str) -> str | None:
        with self._guard:
            entry = self._values.get(key)
            if entry is None:
                return None
            value, deadline = entry
            if deadline is not None and time.monotonic() >= deadline:
                del self._values[key]
                return None
            return value

    def set(self, key: str, value: str, ttl: float | None) -> None:
        deadline = None if ttl is None else time.monotonic() + max(0.0, ttl)
        with self._guard:
            self._values[key] = (value, deadline)

    def delete_if(self, key: str, expected: str) -> bool:
        with self._guard:
            entry = self._values.get(key)
            if entry is None or entry[0] != expected:
                return False
            del self._values[key]
            return True

    def _lock_for(self, key: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(key, threading.Lock())

    @contextmanager
    def lock(self, key: str, timeout: float) -> Iterator[None]:
        lock = self._lock_for(key)
        if not lock.acquire(timeout=timeout):
            raise LockTimeout(f"waited {timeout:.0f}s for another refresh in this process")
        try:
            yield
        finally:
            lock.release()

    async def aget(self, key: str) -> str | None:
        return self.get(key)

    async def aset(self, key: str, value: str, ttl: float | None) -> None:
        self.set(key, value, ttl)

    async def adelete_if(self, key: str, expected: str) -> bool:
        return self.delete_if(key, expected)

    @asynccontextmanager
    async def alock(self, key: str, timeout: float) -> AsyncIterator[None]:
        # A threading lock must not block the event loop: poll it instead. Within one
        # process the TokenManager already lets a single caller refresh, so this
        # only waits when two managers share one store.
        lock = self._lock_for(key)
        deadline = time.monotonic() + timeout
        while not lock.acquire(blocking=False):
            if time.monotonic() >= deadline:
                raise LockTimeout(f"waited {timeout:.0f}s for another refresh in this process")
            await asyncio.sleep(0.005)
        try:
            yield
        finally:
            lock.release()


_LIVE: weakref.WeakSet[MemoryStore] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    for store in list(_LIVE):
        store._after_fork()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
