"""The token-request log in a shared store: sealed like the tokens, and unable to block fetching for long.

Anyone who can write the store (another local user of a shared cache, a Redis client) once could stop
token fetching for everyone by writing `blocked_until` far in the future (issue 14, item 6).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import tokenkeep.airalo
from tokenkeep import FileStore, RateLimit
from tokenkeep._crypto import Sealer
from tokenkeep._ratelimit import CLOCK_SKEW, MAX_BLOCK, FetchLog

from tests.sandbox._common import ServedSandbox, shared_server
from tests.sandbox.airalo import AiraloSandbox, create_app

Served = ServedSandbox[AiraloSandbox]


@pytest.fixture
def served() -> Iterator[Served]:
    with shared_server("airalo").mount(create_app(AiraloSandbox())) as handle:
        yield handle


def _balance(served: Served, store: FileStore) -> int:
    auth = tokenkeep.airalo.auth("sandbox-client-id", "sandbox-client-secret", base_url=served.base_url, store=store)
    with httpx.Client(base_url=served.base_url, auth=auth) as client:
        return client.get("/v2/balance").status_code


def test_the_stored_log_is_sealed(served: Served, tmp_path: Path) -> None:
    """Neither record in the store shows request times or a block in clear."""
    assert _balance(served, FileStore(tmp_path)) == 200
    records = [json.loads(path.read_text())["value"] for path in tmp_path.glob("*.json")]
    assert len(records) == 2  # the token and the token-request log
    assert all(json.loads(value).get("alg") == "A256GCM" for value in records)
    assert not any("blocked_until" in value or "times" in value for value in records)


def test_a_forged_block_far_in_the_future_does_not_stop_token_fetching(served: Served, tmp_path: Path) -> None:
    """A log written in clear by someone without the credentials reads as empty: the next process fetches at once."""
    assert _balance(served, FileStore(tmp_path)) == 200
    forged = json.dumps({"times": [time.time()] * 50, "blocked_until": time.time() + 2203820824})
    for path in tmp_path.glob("*.json"):  # the token record too, so that a fetch is needed
        path.write_text(json.dumps({"value": forged, "expires": None}))
    started = time.monotonic()
    assert _balance(served, FileStore(tmp_path)) == 200  # another process: nothing cached in memory
    assert time.monotonic() - started < 5
    assert served.state.token_requests == 2


def test_no_log_can_ask_for_a_wait_longer_than_max_block() -> None:
    """Even a genuine log (a provider's Retry-After of a month) asks for at most MAX_BLOCK seconds."""
    now = time.time()
    sealer = Sealer(b"secret", "key")
    log = FetchLog.parse(FetchLog().block(now + 30 * 86400).dump(sealer), sealer)
    assert log.blocked_until > now + MAX_BLOCK
    assert log.wait(None, now) == MAX_BLOCK
    assert log.ttl(None, now) == MAX_BLOCK + 1
    assert FetchLog().block(now + 10).wait(None, now) == pytest.approx(10)


def test_request_times_in_the_future_are_ignored() -> None:
    """Times ahead of the clock (beyond a few seconds of skew between machines) count for nothing."""
    now = time.time()
    limit = RateLimit(2, 60)
    assert FetchLog(times=(now + 86400, now + 86400)).wait(limit, now) == 0
    assert FetchLog(times=(now + 86400,)).record(now, limit).times == (now,)
    skewed = FetchLog(times=(now - 1, now + CLOCK_SKEW / 2))
    assert 59 < skewed.wait(limit, now) <= 61  # both count: the second is within the skew


def test_a_log_sealed_for_other_credentials_reads_as_empty() -> None:
    """A log copied from another credential set's key, or unsealed, is a new empty log."""
    now = time.time()
    theirs = FetchLog(blocked_until=now + 600).dump(Sealer(b"other", "key"))
    assert FetchLog.parse(theirs, Sealer(b"secret", "key")) == FetchLog()
    plain = json.dumps({"times": [], "blocked_until": now + 600})
    assert FetchLog.parse(plain, Sealer(b"secret", "key")) == FetchLog()


async def test_a_forged_block_does_not_stop_token_fetching_in_asyncio_either(served: Served, tmp_path: Path) -> None:
    """The same forged log, met by an asyncio client: it fetches at once."""
    assert _balance(served, FileStore(tmp_path)) == 200
    _forge(tmp_path, json.dumps({"times": [], "blocked_until": time.time() + 2203820824}))
    store = FileStore(tmp_path)
    auth = tokenkeep.airalo.auth("sandbox-client-id", "sandbox-client-secret", base_url=served.base_url, store=store)
    async with httpx.AsyncClient(base_url=served.base_url, auth=auth) as client:
        assert (await client.get("/v2/balance")).status_code == 200
    assert served.state.token_requests == 2


def _forge(directory: Path, value: str) -> None:
    for path in directory.glob("*.json"):
        path.write_text(json.dumps({"value": value, "expires": None}))
