"""FileStore and MemoryStore: atomic, private, encrypted records; compare-and-delete."""

from __future__ import annotations

import itertools
import json
import os
import stat
from pathlib import Path

import pytest
from tokenkeep import FileStore, LockTimeout, MemoryStore, RefreshPolicy, StoreError, TokenManager
from tokenkeep._crypto import Sealer
from tokenkeep_fakes import FakeEndpoint


def test_file_store_round_trip_and_ttl(tmp_path: Path) -> None:
    """A value written is read back until its TTL passes."""
    store = FileStore(tmp_path)
    store.set("k", "v", ttl=60)
    assert store.get("k") == "v"
    store.set("k", "v2", ttl=0)
    assert store.get("k") is None


def test_file_store_files_are_private(tmp_path: Path) -> None:
    """Token files have mode 0600 in a 0700 directory."""
    directory = tmp_path / "cache"
    store = FileStore(directory)
    store.set("k", "v", ttl=60)
    files = [p for p in directory.iterdir() if p.suffix == ".json"]
    assert len(files) == 1
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700


def test_compare_and_delete(tmp_path: Path) -> None:
    """delete_if removes the value only if it is still the expected one."""
    for store in (FileStore(tmp_path), MemoryStore()):
        store.set("k", "new", ttl=60)
        assert store.delete_if("k", "old") is False
        assert store.get("k") == "new"
        assert store.delete_if("k", "new") is True
        assert store.get("k") is None


def test_default_directory_is_the_user_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Without a directory, FileStore uses XDG_CACHE_HOME/tokenkeep, not site-packages."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert FileStore().directory == tmp_path / "tokenkeep"


def test_token_file_holds_no_token_or_secret_in_clear(tmp_path: Path) -> None:
    """The stored record is encrypted: neither the token nor the secret appear in it."""
    endpoint = FakeEndpoint(secret="very-secret-client-secret")
    tm = TokenManager(endpoint, FileStore(tmp_path), RefreshPolicy())
    token = tm.get()
    contents = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert token.access_token.encode() not in contents
    assert b"very-secret-client-secret" not in contents
    assert endpoint.ident.encode() not in contents


@pytest.mark.parametrize("garbage", [b"", b"{not json", b'{"value": 12}', b"\x00\xff" * 10])
def test_corrupted_file_means_fetch_anew(tmp_path: Path, garbage: bytes) -> None:
    """A corrupted token file is recovered from by fetching a new token, never a crash."""
    endpoint = FakeEndpoint()
    store = FileStore(tmp_path)
    TokenManager(endpoint, store, RefreshPolicy()).get()
    for path in tmp_path.glob("*.json"):
        path.write_bytes(garbage)
    token = TokenManager(endpoint, store, RefreshPolicy()).get()
    assert token.access_token == "token-2"


def test_tampered_or_foreign_record_is_ignored(tmp_path: Path) -> None:
    """A record sealed with other credentials, or altered, reads as no token."""
    sealer = Sealer(b"secret-a", "key")
    sealed = sealer.seal('{"x":1}')
    with pytest.raises(ValueError):
        Sealer(b"secret-b", "key").open(sealed)
    with pytest.raises(ValueError):
        Sealer(b"secret-a", "other-key").open(sealed)
    record = json.loads(sealed)
    record["data"] = record["data"][:-4] + ("AAAA" if record["data"][-4:] != "AAAA" else "BBBB")
    with pytest.raises(ValueError):
        sealer.open(json.dumps(record))
    assert sealer.open(sealed) == '{"x":1}'
    assert "secret" not in repr(sealer)


def test_token_in_other_process_store_is_reused(tmp_path: Path) -> None:
    """A second manager (as another process would) reads the stored token instead of fetching."""
    endpoint = FakeEndpoint()
    first = TokenManager(endpoint, FileStore(tmp_path), RefreshPolicy()).get()
    second = TokenManager(endpoint, FileStore(tmp_path), RefreshPolicy()).get()
    assert second.access_token == first.access_token
    assert len(endpoint.fetches) == 1


def test_unwritable_directory_is_a_store_error(tmp_path: Path) -> None:
    """A cache directory that cannot be created gives StoreError naming it."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    store = FileStore(blocker / "sub")
    with pytest.raises(StoreError, match="cannot create token directory"):
        store.set("k", "v", ttl=1)
    assert os.path.exists(blocker)


# -- a hostile cache directory (issue 14, items 2 and 5) ----------------------------------------


def _record_path(store: FileStore, key: str) -> Path:
    store.set(key, "v", ttl=60)
    (path,) = store.directory.glob("*.json")
    return path


def test_a_directory_owned_by_another_user_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache directory someone else owns could hold their records and links: StoreError names it."""
    theirs = tmp_path / "theirs"
    theirs.mkdir(mode=0o700)
    monkeypatch.setattr(os, "geteuid", lambda: theirs.stat().st_uid + 1)  # as seen by another user
    for use in (lambda s: s.get("k"), lambda s: s.set("k", "v", ttl=60)):
        with pytest.raises(StoreError, match="belongs to another user") as info:
            use(FileStore(theirs))
        assert str(theirs) in str(info.value)
    assert list(theirs.iterdir()) == []


def test_a_directory_open_to_others_is_made_private(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A group- or world-writable cache directory of ours is repaired to 0700, with a warning, before use."""
    directory = tmp_path / "cache"
    directory.mkdir()
    directory.chmod(0o777)
    store = FileStore(directory)
    with caplog.at_level("WARNING", logger="tokenkeep"):
        store.set("k", "v", ttl=60)
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    assert "made it private" in caplog.text
    assert store.get("k") == "v"


@pytest.mark.parametrize("target", ["fifo", "dev-zero", "other-file"])
def test_a_record_that_is_a_symlink_reads_as_no_token(tmp_path: Path, target: str) -> None:
    """A record replaced by a symlink (to a FIFO, /dev/zero or another file) is never followed: no token, no hang."""
    store = FileStore(tmp_path / "cache")
    path = _record_path(store, "k")
    destination = tmp_path / "target"
    if target == "fifo":
        os.mkfifo(destination)
    elif target == "dev-zero":
        destination = Path("/dev/zero")
    else:
        destination.write_text(json.dumps({"value": "planted", "expires": None}))
    path.unlink()
    path.symlink_to(destination)
    assert store.get("k") is None
    store.set("k", "fresh", ttl=60)  # the link is replaced, its target left alone
    assert store.get("k") == "fresh" and not path.is_symlink()
    if target == "other-file":
        assert json.loads(destination.read_text())["value"] == "planted"


def test_a_fifo_or_an_oversized_record_reads_as_no_token(tmp_path: Path) -> None:
    """A FIFO in a record's place does not hang get; a record over 64 KiB is not read."""
    store = FileStore(tmp_path)
    path = _record_path(store, "k")
    path.unlink()
    os.mkfifo(path)
    assert store.get("k") is None
    path.unlink()
    path.write_text(json.dumps({"value": "x" * (64 * 1024), "expires": None}))
    assert store.get("k") is None
    path.write_text(json.dumps({"value": "x" * 1000, "expires": None}))
    assert store.get("k") == "x" * 1000


def test_a_foreign_record_reads_as_no_token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A record owned by another user (hard-linked or left there) is not read."""
    store = FileStore(tmp_path)
    _record_path(store, "k")
    assert store.get("k") == "v"
    real = os.fstat

    def foreign(fd: int) -> os.stat_result:
        info = real(fd)
        return os.stat_result((info.st_mode, info.st_ino, info.st_dev, info.st_nlink, info.st_uid + 1, *info[5:]))

    monkeypatch.setattr(os, "fstat", foreign)
    assert store.get("k") is None


def test_a_planted_symlink_on_the_lock_file_is_a_store_error(tmp_path: Path) -> None:
    """A symlink at a lock path is not followed (filelock uses O_NOFOLLOW) and gives StoreError, not OSError."""
    store = FileStore(tmp_path)
    path = _record_path(store, "k")
    victim = tmp_path / "victim"
    victim.write_text("precious")
    for suffix in (".lock", ".wlock"):
        Path(str(path) + suffix).unlink(missing_ok=True)
        Path(str(path) + suffix).symlink_to(victim)
    with pytest.raises(StoreError, match="symlink"), store.lock("k", timeout=1):
        pass
    with pytest.raises(StoreError, match="symlink"):
        store.set("k", "v2", ttl=60)
    assert victim.read_text() == "precious"


async def test_a_planted_symlink_on_the_lock_file_is_a_store_error_async(tmp_path: Path) -> None:
    """The async lock refuses a symlinked lock file the same way."""
    store = FileStore(tmp_path)
    path = _record_path(store, "k")
    victim = tmp_path / "victim"
    victim.write_text("precious")
    os.symlink(victim, str(path) + ".lock")
    with pytest.raises(StoreError, match="symlink"):
        async with store.alock("k", timeout=1):
            pass
    assert victim.read_text() == "precious"


async def test_waiting_for_the_file_lock_leaves_the_event_loop_free(tmp_path: Path) -> None:
    """While another process holds the refresh lock, alock waits without blocking the loop, then gets it."""
    import asyncio
    import threading

    store = FileStore(tmp_path)
    held, release = threading.Event(), threading.Event()

    def holder() -> None:  # another process, as far as flock is concerned: its own open file description
        with store.lock("k", timeout=1):
            held.set()
            release.wait(5)

    thread = threading.Thread(target=holder)
    thread.start()
    assert held.wait(5)
    loop = asyncio.get_running_loop()
    ticks: list[float] = []

    async def ticker() -> None:
        while True:
            ticks.append(loop.time())
            await asyncio.sleep(0.005)

    ticking = asyncio.create_task(ticker())
    loop.call_later(0.3, release.set)
    async with store.alock("k", timeout=5):
        waited = loop.time() - ticks[0]
    ticking.cancel()
    thread.join()
    assert waited >= 0.25
    # A lock taken by blocking the loop would stall it for the whole 0.3 s (a loaded machine: ~20 ms).
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.1
    with store.lock("k", timeout=0.1), pytest.raises(LockTimeout):
        async with store.alock("k", timeout=0.1):
            pass
