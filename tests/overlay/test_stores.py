"""FileStore and MemoryStore: atomic, private, encrypted records; compare-and-delete."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from tokenkeep import FileStore, MemoryStore, RefreshPolicy, TokenManager
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
    from tokenkeep import StoreError

    with pytest.raises(StoreError, match="cannot create token directory"):
        store.set("k", "v", ttl=1)
    assert os.path.exists(blocker)
