"""FileStore: tokens shared by the processes of one machine (the default store)."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import hashlib
import json
import logging
import os
import stat
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path

import filelock
import platformdirs

# Named here, not on first use: filelock imports its asyncio machinery lazily, and that first import
# (about 100 ms) would otherwise run on the event loop inside the first alock().
from filelock import AsyncFileLock

from .._exceptions import LockTimeout, StoreError

logger = logging.getLogger("tokenkeep")

#: A record is a sealed token of a few hundred bytes; anything larger is not ours and is never read whole.
MAX_RECORD_SIZE = 64 * 1024

# Open records without following a symlink (a link to /dev/zero or a FIFO planted in the directory
# would exhaust memory or hang the read) and without blocking (a FIFO put there directly).
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
# What an open of an unusable record raises: a symlink (ELOOP; EMLINK on FreeBSD), a directory, a
# FIFO or device without a reader, a file we may not read. Each means "no token": fetch anew.
_UNUSABLE = {errno.ELOOP, errno.EMLINK, errno.EISDIR, errno.ENXIO, errno.EACCES, errno.EPERM, errno.EAGAIN}


def default_directory() -> Path:
    """The user's cache directory (honours XDG_CACHE_HOME), never site-packages."""
    return platformdirs.user_cache_path("tokenkeep")


class FileStore:
    """One JSON file per key in a private directory.

    Files are written to a temporary file and renamed into place (readers never
    see half a record), with mode 0600 in a 0700 directory. The directory is checked
    once before use: one owned by another user raises StoreError, and one of ours that
    others may read or write is made private again. Records are opened without
    following symlinks and read only if they are regular files of ours of at most
    64 KiB. Refreshes are serialised with a lock file next to each record (`filelock`,
    which uses flock/LockFileEx, so a crashed holder's lock is released by the OS).
    Anything unreadable reads as "no token": the caller fetches a new one.
    """

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_directory()
        self._checked = False
        self._checking = threading.Lock()

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
        if self._checked:
            return
        with self._checking:
            if self._checked:
                return
            try:
                self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create token directory {self.directory}: {exc.strerror}") from exc
            self._check_directory()
            self._checked = True

    def _check_directory(self) -> None:
        """Refuse a directory another user controls; make one of ours private again."""
        if not hasattr(os, "geteuid"):  # Windows: the user profile's ACLs protect the cache
            return
        try:
            info = self.directory.stat()
        except OSError as exc:
            raise StoreError(f"cannot inspect token directory {self.directory}: {exc.strerror}") from exc
        if not stat.S_ISDIR(info.st_mode):
            raise StoreError(f"token directory {self.directory} is not a directory")
        if info.st_uid != os.geteuid():
            # Its owner could plant records, symlinks or lock files, or read ours: never use it.
            raise StoreError(
                f"token directory {self.directory} belongs to another user (uid {info.st_uid}); "
                "pass FileStore(directory) a directory of your own"
            )
        if stat.S_IMODE(info.st_mode) & 0o077:
            try:
                os.chmod(self.directory, 0o700)
            except OSError as exc:
                raise StoreError(
                    f"token directory {self.directory} is open to other users "
                    f"(mode {stat.S_IMODE(info.st_mode):o}) and cannot be made private: {exc.strerror}"
                ) from exc
            logger.warning(
                "tokenkeep: token directory %s was open to other users (mode %o); made it private (700)",
                self.directory,
                stat.S_IMODE(info.st_mode),
            )

    def _lock_file(self, path: Path, suffix: str, timeout: float) -> filelock.FileLock:
        return filelock.FileLock(str(path) + suffix, timeout=timeout, thread_local=False)

    @contextmanager
    def _write_lock(self, path: Path) -> Iterator[None]:
        # A short lock for compare-and-delete and writes; the refresh lock is separate
        # because a refresh holds its lock across a network request.
        lock = self._lock_file(path, ".wlock", 10)
        try:
            lock.acquire()
        except filelock.Timeout as exc:
            raise StoreError(f"token file {path} stayed locked for 10s (a stuck process?)") from exc
        except OSError as exc:
            raise _lock_error(lock.lock_file, exc) from exc
        try:
            yield
        finally:
            lock.release()

    def get(self, key: str) -> str | None:
        # Once checked, a missing directory reads as a missing record (one stat less per read).
        if not self._checked and not self.directory.exists():
            return None
        self._ensure_directory()
        path = self._path(key)
        raw = _read_record(path)
        if raw is None:
            return None
        try:
            record = json.loads(raw)
            value = record["value"]
            expires = record.get("expires")
            if not isinstance(value, str) or not (expires is None or isinstance(expires, int | float)):
                return None
        except (ValueError, KeyError, TypeError, RecursionError):
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
                # No fsync: a record is a cache. After a power cut an old, empty or torn record reads
                # as "no token" and a new one is fetched, so durability would buy nothing but a
                # disk flush (about a millisecond, more on a busy disk) inside every refresh.
                handle.write(text)
            # rename replaces whatever is at `path` (a planted symlink included), never writes through it.
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
        lock = self._lock_file(self._path(key), ".lock", timeout)
        try:
            # filelock polls (default every 50 ms): a waiter would wake up to 50 ms after the refresh.
            lock.acquire(poll_interval=0.005)
        except filelock.Timeout as exc:
            raise LockTimeout(f"waited {timeout:.0f}s for another process's refresh ({lock.lock_file})") from exc
        except OSError as exc:
            raise _lock_error(lock.lock_file, exc) from exc
        try:
            yield
        finally:
            lock.release()

    # -- async: reads and writes (file system calls that may block) run in a worker thread. The
    # refresh lock is filelock's AsyncFileLock, run on the loop: each try is a non-blocking open and flock (tens of
    # microseconds) and it awaits between tries, so a wait for another process's refresh holds no
    # thread. Measured on the 2-core machine under load (acquire+release, uncontended): 0.9 ms on
    # the loop, against 2.9 ms for asyncio.to_thread(FileLock.acquire) and 5.3 ms for AsyncFileLock
    # in an executor; the loop's 99th-percentile step stayed under 3 ms, 9 ms when contended.

    async def aget(self, key: str) -> str | None:
        return await asyncio.to_thread(self.get, key)

    async def aset(self, key: str, value: str, ttl: float | None) -> None:
        await asyncio.to_thread(self.set, key, value, ttl)

    async def adelete_if(self, key: str, expected: str) -> bool:
        return await asyncio.to_thread(self.delete_if, key, expected)

    @asynccontextmanager
    async def alock(self, key: str, timeout: float) -> AsyncIterator[None]:
        await asyncio.to_thread(self._ensure_directory)
        lock = AsyncFileLock(str(self._path(key)) + ".lock", timeout=timeout, thread_local=False, run_in_executor=False)
        try:
            await lock.acquire()
        except filelock.Timeout as exc:
            raise LockTimeout(f"waited {timeout:.0f}s for another process's refresh ({lock.lock_file})") from exc
        except OSError as exc:
            raise _lock_error(lock.lock_file, exc) from exc
        try:
            yield
        finally:
            await lock.release()


def _read_record(path: Path) -> str | None:
    """The record's text, or None when there is none or it is unusable (never follows a symlink)."""
    try:
        fd = os.open(path, _READ_FLAGS)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno in _UNUSABLE:
            logger.debug("tokenkeep: token file %s unusable (%s); fetching anew", path, exc.strerror)
            return None
        raise StoreError(f"cannot read token file {path}: {exc.strerror}") from exc
    try:
        info = os.fstat(fd)
        ours = not hasattr(os, "geteuid") or info.st_uid == os.geteuid()
        if not stat.S_ISREG(info.st_mode) or not ours or info.st_size > MAX_RECORD_SIZE:
            logger.debug("tokenkeep: token file %s is not a small regular file of ours; fetching anew", path)
            return None
        data = b""
        while len(data) <= MAX_RECORD_SIZE:
            chunk = os.read(fd, MAX_RECORD_SIZE + 1 - len(data))
            if not chunk:
                break
            data += chunk
    except OSError as exc:
        raise StoreError(f"cannot read token file {path}: {exc.strerror}") from exc
    finally:
        os.close(fd)
    if len(data) > MAX_RECORD_SIZE:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None  # corrupted: fetch anew


def _lock_error(lock_file: str, exc: OSError) -> StoreError:
    if exc.errno in (errno.ELOOP, errno.EMLINK):
        return StoreError(f"lock file {lock_file} is a symlink (planted?); remove it, or use another directory")
    return StoreError(f"cannot open lock file {lock_file}: {exc.strerror}")
