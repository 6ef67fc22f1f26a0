"""tokenkeep.airalo against the Airalo sandbox over real HTTP (tokens fetched by the generated token operation).

The sandbox is the full stateful one (tests/sandbox/airalo.py, served by the `served` fixture of
tests/airalo/conftest.py): it counts token requests and 401s, enforces the token endpoint's rate limit, and
validates every request against specs/airalo.yaml.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
import tokenkeep.airalo
from airalo_client.api.balance import get_balance
from tokenkeep import AuthError, FileStore, MemoryStore, RateLimit, RefreshDetails

from tests.sandbox._common import ServedSandbox
from tests.sandbox.airalo import AiraloSandbox

Served = ServedSandbox[AiraloSandbox]


@pytest.fixture
def sandbox() -> AiraloSandbox:
    # Answers are not validated against the spec here (the journeys do that): these tests make
    # hundreds of identical calls and are about tokens. Requests still are.
    return AiraloSandbox()


def auth(url: str, **options: object) -> tokenkeep.TokenAuth:
    options.setdefault("store", MemoryStore())
    return tokenkeep.airalo.auth("sandbox-client-id", "sandbox-client-secret", base_url=url, **options)  # type: ignore[arg-type]


def test_200_calls_reuse_one_token(served: Served) -> None:
    """200 sequential calls make one token request."""
    state, url = served.state, served.base_url
    with httpx.Client(base_url=url, auth=auth(url)) as client:
        assert all(client.get("/v2/balance").status_code == 200 for _ in range(200))
    assert state.token_requests == 1


async def test_cold_tasks_and_threads_make_one_token_request(served: Served) -> None:
    """200 asyncio tasks and 32 threads, cold, make exactly one token request."""
    state, url = served.state, served.base_url
    shared = auth(url)

    def sync_call() -> int:
        with httpx.Client(base_url=url, auth=shared) as client:
            return client.get("/v2/balance").status_code

    async with httpx.AsyncClient(base_url=url, auth=shared) as client:
        loop = asyncio.get_running_loop()
        with ThreadPoolExecutor(32) as pool:
            threads = [loop.run_in_executor(pool, sync_call) for _ in range(32)]
            tasks = [client.get("/v2/balance") for _ in range(200)]
            results = await asyncio.gather(*threads, *tasks)
    statuses = [r if isinstance(r, int) else r.status_code for r in results]
    assert statuses == [200] * 232
    assert state.token_requests == 1


def test_processes_sharing_a_file_store_make_one_token_request(served: Served, tmp_path: Path) -> None:
    """4 processes started together with one FileStore make one token request between them."""
    state, url = served.state, served.base_url
    code = textwrap.dedent(f"""
        import httpx, tokenkeep, tokenkeep.airalo
        a = tokenkeep.airalo.auth("sandbox-client-id", "sandbox-client-secret", base_url={url!r},
                                  store=tokenkeep.FileStore({str(tmp_path)!r}))
        with httpx.Client(base_url={url!r}, auth=a) as c:
            assert c.get("/v2/balance").status_code == 200
    """)
    procs = [subprocess.Popen([sys.executable, "-c", code]) for _ in range(4)]
    assert [p.wait(60) for p in procs] == [0, 0, 0, 0]
    assert state.token_requests == 1


def test_revoked_token_costs_one_refresh_and_one_replay_of_a_multipart_post(
    served: Served,
) -> None:
    """After revocation a multipart POST gets one 401, one new token, and is replayed with its body."""
    state, url = served.state, served.base_url
    with httpx.Client(base_url=url, auth=auth(url)) as client:
        client.get("/v2/balance")
        state.revoke_tokens()
        response = client.post("/v2/orders", files={"package_id": (None, b"kallur-digital-7days-1gb"),
                                                    "quantity": (None, b"1")})  # fmt: skip
    assert response.status_code == 200
    assert state.unauthorized == 1
    assert state.token_requests == 2
    assert state.requests_to("/v2/orders", "POST") == 2  # the rejected send and its replay
    # the replayed body reached the server whole: exactly one order, of the package it named
    (order,) = state.orders.values()
    assert (order.package.id, order.quantity) == ("kallur-digital-7days-1gb", 1)
    assert response.json()["data"]["id"] == order.id


def test_short_lifetime_is_refreshed_before_expiry_without_401(served: Served) -> None:
    """With 2 s tokens, calls over 5 s refresh proactively and never see a 401."""
    import time

    state, url = served.state, served.base_url
    state.tokens.lifetime = 2.0
    with httpx.Client(base_url=url, auth=auth(url)) as client:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            assert client.get("/v2/balance").status_code == 200
            time.sleep(0.05)
    assert state.unauthorized == 0
    assert state.token_requests >= 3


def test_token_rate_limit_429_is_waited_out(served: Served) -> None:
    """When the sandbox's token limit is hit, the overlay waits for Retry-After instead of spinning."""
    state, url = served.state, served.base_url
    state.token_limiter.limit, state.token_limiter.window = 1, 2.0
    with httpx.Client(base_url=url, auth=auth(url, rate_limit=None)) as client:
        client.get("/v2/balance")
        state.revoke_tokens()
        assert client.get("/v2/balance").status_code == 200
    assert state.token_requests == 2
    assert state.token_attempts == 3  # one 429, then success after waiting


def test_burst_never_exceeds_configured_limit(served: Served) -> None:
    """Forced refreshes with RateLimit(2, 2 s) never put 3 token requests in two seconds, as the sandbox sees them."""
    state, url = served.state, served.base_url
    with httpx.Client(base_url=url, auth=auth(url, rate_limit=RateLimit(2, 2.0))) as client:
        for _ in range(4):
            state.revoke_tokens()
            assert client.get("/v2/balance").status_code == 200
    times = state.token_request_times
    assert state.token_attempts == len(times) == 4
    # Arrival times: the limiter's margin (5% of the window) absorbs the delay between sending and arriving.
    gaps = [times[i] - times[i - 2] for i in range(2, len(times))]
    assert all(gap >= 2.0 for gap in gaps), gaps


def test_wrong_credentials_raise_auth_error(served: Served) -> None:
    """Rejected credentials raise AuthError naming the status, without the secret."""
    url = served.base_url
    bad = tokenkeep.airalo.auth("sandbox-client-id", "not-the-secret", base_url=url, store=MemoryStore())
    with httpx.Client(base_url=url, auth=bad) as client, pytest.raises(AuthError) as info:
        client.get("/v2/balance")
    assert info.value.status_code == 401
    assert "not-the-secret" not in str(info.value)


def test_file_store_token_file_is_private_and_encrypted(served: Served, tmp_path: Path) -> None:
    """The default-style FileStore writes a 0600 file holding neither token nor secret in clear."""
    state, url = served.state, served.base_url
    with httpx.Client(base_url=url, auth=auth(url, store=FileStore(tmp_path))) as client:
        client.get("/v2/balance")
    files = list(tmp_path.glob("*.json"))  # the token record and the token-request log
    assert len(files) == 2
    assert all((f.stat().st_mode & 0o777) == 0o600 for f in files)
    contents = b"".join(f.read_bytes() for f in files)
    (token,) = state.tokens.live_tokens
    assert token.encode() not in contents
    assert b"sandbox-client-secret" not in contents


def test_on_refresh_reports_each_token_the_client_fetches(served: Served) -> None:
    """The generated client built by tokenkeep.airalo.client reports the cold fetch and the one after a revocation."""
    reports: list[RefreshDetails] = []
    api = tokenkeep.airalo.client(
        "sandbox-client-id", "sandbox-client-secret", base_url=served.base_url, store=MemoryStore(),
        on_refresh=reports.append,
    )  # fmt: skip
    with api:
        assert get_balance.sync_detailed(client=api).status_code == 200
        served.state.revoke_tokens()
        assert get_balance.sync_detailed(client=api).status_code == 200
    assert [(r.provider, r.reason, r.outcome) for r in reports] == [
        ("airalo", "missing", "fetched"),
        ("airalo", "rejected", "fetched"),
    ]
    assert served.state.token_requests == 2
