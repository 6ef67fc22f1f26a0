"""tokenkeep.airalo against the Airalo token sandbox over real HTTP (the generated token operation)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
import tokenkeep.airalo
from tokenkeep import AuthError, FileStore, MemoryStore, RateLimit

from tests.sandbox.airalo_tokens import AiraloTokenSandbox, serve


@pytest.fixture
def sandbox() -> Iterator[tuple[AiraloTokenSandbox, str]]:
    state = AiraloTokenSandbox()
    with serve(state.app()) as url:
        yield state, url


def auth(url: str, **options: object) -> tokenkeep.TokenAuth:
    options.setdefault("store", MemoryStore())
    return tokenkeep.airalo.auth("sandbox-client-id", "sandbox-client-secret", base_url=url, **options)  # type: ignore[arg-type]


def test_200_calls_reuse_one_token(sandbox: tuple[AiraloTokenSandbox, str]) -> None:
    """200 sequential calls make one token request."""
    state, url = sandbox
    with httpx.Client(base_url=url, auth=auth(url)) as client:
        assert all(client.get("/v2/balance").status_code == 200 for _ in range(200))
    assert state.token_requests == 1


async def test_cold_tasks_and_threads_make_one_token_request(sandbox: tuple[AiraloTokenSandbox, str]) -> None:
    """200 asyncio tasks and 32 threads, cold, make exactly one token request."""
    state, url = sandbox
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


def test_processes_sharing_a_file_store_make_one_token_request(
    sandbox: tuple[AiraloTokenSandbox, str], tmp_path: Path
) -> None:
    """4 processes started together with one FileStore make one token request between them."""
    state, url = sandbox
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
    sandbox: tuple[AiraloTokenSandbox, str],
) -> None:
    """After revocation a multipart POST gets one 401, one new token, and is replayed with its body."""
    state, url = sandbox
    with httpx.Client(base_url=url, auth=auth(url)) as client:
        client.get("/v2/balance")
        state.revoke_all()
        response = client.post("/v2/orders", files={"package_id": (None, b"kallur-7days-1gb"),
                                                    "quantity": (None, b"1")})  # fmt: skip
    assert response.status_code == 200
    assert state.unauthorized == 1
    assert state.token_requests == 2
    assert b"kallur-7days-1gb" in state.bodies[0]


def test_short_lifetime_is_refreshed_before_expiry_without_401(sandbox: tuple[AiraloTokenSandbox, str]) -> None:
    """With 2 s tokens, calls over 5 s refresh proactively and never see a 401."""
    import time

    state, url = sandbox
    state.lifetime = 2.0
    with httpx.Client(base_url=url, auth=auth(url)) as client:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            assert client.get("/v2/balance").status_code == 200
            time.sleep(0.05)
    assert state.unauthorized == 0
    assert state.token_requests >= 3


def test_token_rate_limit_429_is_waited_out(sandbox: tuple[AiraloTokenSandbox, str]) -> None:
    """When the sandbox's token limit is hit, the overlay waits for Retry-After instead of spinning."""
    state, url = sandbox
    state.rate_limit, state.window = 1, 2.0
    with httpx.Client(base_url=url, auth=auth(url, rate_limit=None)) as client:
        client.get("/v2/balance")
        state.revoke_all()
        assert client.get("/v2/balance").status_code == 200
    assert state.token_requests == 2
    assert state.token_attempts == 3  # one 429, then success after waiting


def test_burst_never_exceeds_configured_limit(sandbox: tuple[AiraloTokenSandbox, str]) -> None:
    """Forced refreshes with RateLimit(2, 1 s) never put 3 token requests in one second."""
    state, url = sandbox
    with httpx.Client(base_url=url, auth=auth(url, rate_limit=RateLimit(2, 1.0))) as client:
        for _ in range(4):
            state.revoke_all()
            assert client.get("/v2/balance").status_code == 200
    times = state.token_request_times
    assert state.token_attempts == len(times) == 4
    assert all(times[i] - times[i - 2] >= 0.99 for i in range(2, len(times)))


def test_wrong_credentials_raise_auth_error(sandbox: tuple[AiraloTokenSandbox, str]) -> None:
    """Rejected credentials raise AuthError naming the status, without the secret."""
    _, url = sandbox
    bad = tokenkeep.airalo.auth("sandbox-client-id", "not-the-secret", base_url=url, store=MemoryStore())
    with httpx.Client(base_url=url, auth=bad) as client, pytest.raises(AuthError) as info:
        client.get("/v2/balance")
    assert info.value.status_code == 401
    assert "not-the-secret" not in str(info.value)


def test_file_store_token_file_is_private_and_encrypted(
    sandbox: tuple[AiraloTokenSandbox, str], tmp_path: Path
) -> None:
    """The default-style FileStore writes a 0600 file holding neither token nor secret in clear."""
    state, url = sandbox
    with httpx.Client(base_url=url, auth=auth(url, store=FileStore(tmp_path))) as client:
        client.get("/v2/balance")
    files = list(tmp_path.glob("*.json"))  # the token record and the token-request log
    assert len(files) == 2
    assert all((f.stat().st_mode & 0o777) == 0o600 for f in files)
    contents = b"".join(f.read_bytes() for f in files)
    assert next(iter(state.tokens)).encode() not in contents
    assert b"sandbox-client-secret" not in contents
