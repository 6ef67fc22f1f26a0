"""FileStore: tokens shared by the processes of one machine (the default store)."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path

import filelock
import platformdirs

from .._exceptions import LockTimeout, StoreError


def default_directory() -> Path:
    """The user's cache directory (honours XDG_CACHE_HOME), never site-packages."""
    return platformdirs.user_cache_path("tokenkeep")


class FileStore:
    """One JSON file per key in a private directory.

    Files are written to a temporary file and renamed into place (readers never
    see half a record), with mode 0600 in a 0700 directory. Refreshes are
    serialised with a lock file next to each record (`filelock`, which uses
    flock/LockFileEx, so a crashed holder's lock is released by the OS).
    Anything unreadable reads as "no token": the caller fetches a new one.
    """

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_directory()

    def __repr__(self) -> str:
        return f"FileStore({str(self.directory)!r})"

    # Two FileStores on one directory are one store: their clients share one manager in-process.
    def __eq__(self, other: object) -> bool:
        return isinstance(other, FileStore) and os.path.abspath(self.directory) == os.path.abspath(other.directory)

    def __hash__(self) -> int:
        return hash(os.path.abspath(self.directory))

    def _path(self, key: str) -> Path:
        # Keys are already hashes of the credentials; hash again for a safe file name.
        return self.directory / (hashlib.sha256(key.encode()).hexdigest()[:40] + ".json")

    def _ensure_directory(self) -> None:
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create token directory {self.directory}: {exc.strerror}") from exc

    @contextmanager
    def _write_lock(self, path: Path) -> Iterator[None]:
        # A short lock for compare-and-delete and writes; the refresh lock is separate
        # because a refresh holds its lock across a network request.
        lock = filelock.FileLock(str(path) + ".wlock", timeout=10, thread_local=False)
        try:
            lock.acquire()
        except filelock.Timeout as exc:
            raise StoreError(f"token file {path} stayed locked for 10s (a stuck process?)") from exc
        try:
            yield
        finally:
            lock.release()

    def get(self, key: str) -> str | None:
        path = self._path(key)
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except UnicodeDecodeError:
            return None  # corrupted: fetch anew
        except OSError as exc:
            raise StoreError(f"cannot read token file {path}: {exc.strerror}") from exc
        try:
            record = json.loads(raw)
            value = record["value"]
            expires = record.get("expires")
            if not isinstance(value, str) or not (expires is None or isinstance(expires, int | float)):
                return None
        except (ValueError, KeyError, TypeError):
            return None  # corrupted or foreign: fetch anew
        if expires is not None and time.time() >= expires:
            return None
        return value

    def set(self, key: str, value: str, ttl: float | None) -> None:
        self._ensure_directory()
        path = self._path(key)
        record = {"value": value, "expires": None if ttl is None else time.time() + max(0.0, ttl)}
        with self._write_lock(path):
            self._replace(path, json.dumps(record, separators=(",", ":")))

    def _replace(self, path: Path, text: str) -> None:
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                os.fchmod(handle.fileno(), 0o600)
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise StoreError(f"cannot write token file {path}: {exc.strerror}") from exc

    def delete_if(self, key: str, expected: str) -> bool:
        path = self._path(key)
        if not path.exists():
            return False
        with self._write_lock(path):
            if self.get(key) != expected:
                return False
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            return True

    @contextmanager
    def lock(self, key: str, timeout: float) -> Iterator[None]:
        self._ensure_directory()
        lock = filelock.FileLock(str(self._path(key)) + ".lock", thread_local=False)
        try:
            # filelock polls (default every 50 ms): a waiter would wake up to 50 ms after the refresh.
            lock.acquire(timeout=timeout, poll_interval=0.005)
        except filelock.Timeout as exc:
            raise LockTimeout(f"waited {timeout:.0f}s for another process's refresh ({lock.lock_file})") from exc
        try:
            yield
        finally:
            lock.release()

    async def aget(self, key: str) -> str | None:
        return await asyncio.to_thread(self.get, key)

    async def aset(self, key: str, value: str, ttl: float | None) -> None:
        await asyncio.to_thread(self.set, key, value, ttl)

    async def adelete_if(self, key: str, expected: str) -> bool:
        return await asyncio.to_thread(self.delete_if, key, expected)

    @asynccontextmanager
    async def alock(self, key: str, timeout: float) -> AsyncIterator[None]:
        self._ensure_directory()
        lock = filelock.FileLock(str(self._path(key)) + ".lock", thread_local=False)
        try:
            await asyncio.to_thread(lock.acquire, timeout=timeout)
        except filelock.Timeout as exc:
            raise LockTimeout(f"waited {timeout:.0f}s for another process's refresh ({lock.lock_file})") from exc
        try:
            yield
        finally:
            await asyncio.to_thread(lock.release)
