"""What the README promises about Airalo's tokens, checked against the sandbox as shipped, on both drivers.

The sandbox answers like Airalo: `expires_in` of about a year, five token requests a minute. No test
here passes `rate_limit`: the defaults are the promise.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import airalo_client
import httpx
import pytest
import tokenkeep.airalo
from airalo_client.api.balance import get_balance
from tokenkeep import FileStore, MemoryStore, RateLimitError, RefreshDetails

from tests.promises.promise_support import CLIENT_ID, CLIENT_SECRET, Served, airalo, balance, opened

DAY = 24 * 3600.0


class TtlRecordingStore(MemoryStore):
    """A MemoryStore that remembers the TTL of everything written to it (the life a store gives a token)."""

    def __init__(self) -> None:
        super().__init__()
        self.ttls: list[float | None] = []

    def set(self, key: str, value: str, ttl: float | None) -> None:
        self.ttls.append(ttl)
        super().set(key, value, ttl)

    async def aset(self, key: str, value: str, ttl: float | None) -> None:
        self.ttls.append(ttl)
        await super().aset(key, value, ttl)


async def test_airalo_token_lives_at_most_a_day_though_expires_in_says_a_year(served: Served, driver: str) -> None:
    """The sandbox says expires_in ~ one year; the token is reported and stored as living one day at most."""
    assert served.state.tokens.lifetime >= 365 * DAY  # what Airalo's token endpoint answers
    reports: list[RefreshDetails] = []
    store = TtlRecordingStore()
    api = airalo(served, store=store, on_refresh=reports.append)
    async with opened(api, driver):
        assert await balance(api, driver) == 200
    (report,) = reports
    assert DAY - 60 <= report.expires_in <= DAY
    ttls = [ttl for ttl in store.ttls if ttl is not None]
    assert ttls and max(ttls) <= DAY


async def test_airalo_default_rate_limit_stops_a_sixth_token_request_in_a_minute_before_any_429(
    served: Served, driver: str
) -> None:
    """With the default limit, five refreshes go out and the sixth within the minute is never sent.

    `rate_limit_wait=1` turns the wait for the next slot (about 61 s) into RateLimitError at once, so the
    test needs no minute of waiting; the sandbox counts every attempt, so a sent sixth request shows.
    """
    state = served.state
    assert (state.token_limiter.limit, state.token_limiter.window) == (5, 60.0)  # Airalo's documented limit
    api = airalo(served, rate_limit_wait=1.0)
    async with opened(api, driver):
        assert await balance(api, driver) == 200
        for _ in range(4):
            state.revoke_tokens()
            assert await balance(api, driver) == 200
        state.revoke_tokens()
        with pytest.raises(RateLimitError) as info:
            await balance(api, driver)
    assert state.token_requests == 5
    assert state.token_attempts == 5  # the sixth was never sent, so the sandbox never answered 429
    assert info.value.retry_after is not None and 55 <= info.value.retry_after <= 62


async def test_cold_concurrent_callers_in_one_process_have_one_leader(
    served: Served, driver: str, tmp_path: Path
) -> None:
    """Cold callers in one process make one refresh: one `fetched`, and nobody `adopted` it from the store.

    Counting token requests is not enough: callers that each led their own refresh would queue on the
    FileStore's lock and adopt the stored token, still one request. Only the in-process single flight
    keeps them from taking the store lock at all.
    """
    reports: list[RefreshDetails] = []
    api = airalo(served, store=FileStore(tmp_path), on_refresh=reports.append)
    async with opened(api, driver):
        if driver == "sync":
            with ThreadPoolExecutor(16) as pool:
                statuses = list(pool.map(lambda _: get_balance.sync_detailed(client=api).status_code, range(16)))
        else:
            statuses = await asyncio.gather(*(balance(api, driver) for _ in range(50)))
    assert set(statuses) == {200}
    assert [(r.reason, r.outcome) for r in reports] == [("missing", "fetched")]
    assert served.state.token_requests == 1


async def test_reprs_and_logs_never_show_the_token_after_a_fetch_and_after_a_refresh(
    served: Served, driver: str, caplog: pytest.LogCaptureFixture
) -> None:
    """repr(TokenAuth), the client's repr and every log line hold no token or secret, once tokens are cached."""
    caplog.set_level(logging.DEBUG)
    state = served.state
    auth = tokenkeep.airalo.auth(CLIENT_ID, CLIENT_SECRET, base_url=served.base_url, store=MemoryStore())
    api = airalo_client.Client(base_url=served.base_url, httpx_args={"auth": auth})
    issued: list[str] = []

    def shown() -> str:
        return "\n".join([repr(auth), str(auth), repr(auth.manager), repr(api), caplog.text])

    async with opened(api, driver):
        assert await balance(api, driver) == 200
        issued += state.tokens.live_tokens
        after_fetch = shown()
        state.revoke_tokens()
        assert await balance(api, driver) == 200  # rejected, refreshed, replayed
        issued += state.tokens.live_tokens
        after_refresh = shown()
    assert len(issued) == 2 and state.token_requests == 2
    assert "TokenAuth(" in after_fetch  # the reprs were really taken
    for text in (after_fetch, after_refresh):
        for secret in (*issued, CLIENT_SECRET):
            assert secret not in text


async def test_api_and_token_requests_have_a_finite_default_timeout(served: Served, driver: str) -> None:
    """Without a timeout argument, the API request and the token request both go out with 30 s (10 s to connect)."""
    seen: dict[str, Any] = {}

    def record(request: httpx.Request) -> None:
        seen[request.url.path] = request.extensions["timeout"]

    async def arecord(request: httpx.Request) -> None:
        record(request)

    hooks = {"request": [record if driver == "sync" else arecord]}
    api = airalo(served, httpx_args={"event_hooks": hooks})
    async with opened(api, driver):
        assert await balance(api, driver) == 200
    expected = {"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    assert seen == {"/v2/token": expected, "/v2/balance": expected}
