"""`make bench`: what tokenkeep costs and saves, as ratios against a baseline measured in the same run.

Each benchmark runs its baseline and its candidate alternately, several rounds, on this machine
and in this process, and reports the median per-operation time of each and their ratio
(candidate / baseline; below 1 is faster). Counts (token requests) are exact, not timed.

    1. Auth overhead, no network: httpx with a fixed `Authorization` header vs the same client
       with `TokenAuth` (warm token, MemoryStore), over httpx.MockTransport.
    2. Warm calls over HTTP: GET /v2/balance against the local Airalo sandbox, fixed header
       vs `tokenkeep.airalo.client()` through the generated operation.
    3. Cold start, 200 concurrent asyncio tasks against the sandbox: one token per client as
       the providers' SDKs do (each client fetches its own) vs one shared `TokenAuth`.
    4. FileStore, a new process's first token: read and decrypt the cached token vs fetch one
       from the sandbox (what every process would do without the store).
    5. The client contract's happy path, no network: httpx with a fixed header vs the same request
       through TokenAuth and the retry transport (the operation's facts on the request).
    6. The client contract's checks: parsing a 100-item Airalo package list with `from_dict` alone
       vs decoding it, checking it against the spec's schema (jsonschema-rs) and `from_dict`.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import tokenkeep  # noqa: E402
import tokenkeep.airalo  # noqa: E402
from airalo_client.api.check_balance import get_balance  # noqa: E402

from tests.sandbox._common import serve  # noqa: E402
from tests.sandbox.airalo import AiraloSandbox, create_app  # noqa: E402

ROUNDS = 5
RESULTS: list[tuple[str, str, float, str, float]] = []


def per_op(fn: Callable[[], int]) -> float:
    started = time.perf_counter()
    ops = fn()
    return (time.perf_counter() - started) / ops


def compare(name: str, baseline: tuple[str, Callable[[], int]], candidate: tuple[str, Callable[[], int]]) -> None:
    base_times, cand_times = [], []
    for _ in range(ROUNDS):
        base_times.append(per_op(baseline[1]))
        cand_times.append(per_op(candidate[1]))
    base, cand = statistics.median(base_times), statistics.median(cand_times)
    RESULTS.append((name, baseline[0], base, candidate[0], cand))
    print(f"  {name}: {baseline[0]} {base * 1e6:,.1f} µs, {candidate[0]} {cand * 1e6:,.1f} µs, ratio {cand / base:.2f}")


def auth_overhead() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"ok": True}))
    fixed = httpx.Client(transport=transport, base_url="https://api.test", headers={"Authorization": "Bearer t"})
    sandbox = AiraloSandbox()
    with serve(create_app(sandbox)) as served:
        auth = tokenkeep.airalo.auth(
            sandbox.client_id or "",
            sandbox.client_secret or "",
            base_url=served.base_url,
            store=tokenkeep.MemoryStore(),
        )
        managed = httpx.Client(transport=transport, base_url="https://api.test", auth=auth)
        managed.get("/warm")

    def run(client: httpx.Client) -> Callable[[], int]:
        def loop() -> int:
            for _ in range(2000):
                client.get("/x")
            return 2000

        return loop

    compare("auth overhead per request (MockTransport)", ("fixed header", run(fixed)), ("TokenAuth", run(managed)))


def warm_http(served: Any, sandbox: AiraloSandbox) -> None:
    token = tokenkeep.airalo.auth(
        sandbox.client_id or "", sandbox.client_secret or "", base_url=served.base_url, store=tokenkeep.MemoryStore()
    ).manager.get_sync()
    fixed = httpx.Client(base_url=served.base_url, headers={"Authorization": f"Bearer {token.access_token}"})
    api = tokenkeep.airalo.client(
        sandbox.client_id or "", sandbox.client_secret or "", base_url=served.base_url, store=tokenkeep.MemoryStore()
    )

    def plain() -> int:
        for _ in range(200):
            fixed.get("/v2/balance").raise_for_status()
        return 200

    def generated() -> int:
        for _ in range(200):
            assert get_balance.sync(client=api) is not None
        return 200

    compare("warm GET /v2/balance over HTTP", ("httpx + fixed header", plain), ("generated + tokenkeep", generated))


def cold_start(served: Any, sandbox: AiraloSandbox) -> None:
    tasks = 200
    counts: dict[str, int] = {}

    async def per_client_tokens() -> None:
        # What an SDK that keeps its token per client instance does: every client fetches one.
        async def one() -> None:
            async with httpx.AsyncClient(base_url=served.base_url) as client:
                form = {"client_id": sandbox.client_id, "client_secret": sandbox.client_secret,
                        "grant_type": "client_credentials"}  # fmt: skip
                token = (await client.post("/v2/token", files={k: (None, v) for k, v in form.items()})).json()
                headers = {"Authorization": f"Bearer {token['data']['access_token']}"}
                (await client.get("/v2/balance", headers=headers)).raise_for_status()

        await asyncio.gather(*(one() for _ in range(tasks)))

    async def shared_token() -> None:
        auth = tokenkeep.airalo.auth(
            sandbox.client_id or "", sandbox.client_secret or "", base_url=served.base_url,
            store=tokenkeep.MemoryStore(), rate_limit=None,
        )  # fmt: skip
        async with httpx.AsyncClient(base_url=served.base_url, auth=auth) as client:
            responses = await asyncio.gather(*(client.get("/v2/balance") for _ in range(tasks)))
        assert all(r.status_code == 200 for r in responses)

    def run(name: str, coro: Callable[[], Any]) -> Callable[[], int]:
        def once() -> int:
            before = sandbox.token_requests
            asyncio.run(coro())
            counts[name] = sandbox.token_requests - before
            return tasks

        return once

    sandbox.configure(rate_limit=100_000)
    compare(
        f"cold start, {tasks} concurrent tasks",
        ("token per client", run("baseline", per_client_tokens)),
        ("shared TokenAuth", run("tokenkeep", shared_token)),
    )
    print(f"    token requests per cold start: token per client {counts['baseline']}, tokenkeep {counts['tokenkeep']}")
    RESULTS.append((f"token requests, {tasks} cold tasks", "token per client", counts["baseline"], "tokenkeep",
                    counts["tokenkeep"]))  # fmt: skip


def file_store(served: Any, sandbox: AiraloSandbox) -> None:
    with tempfile.TemporaryDirectory() as tmp:

        def endpoint() -> Any:
            return tokenkeep.airalo.auth(
                sandbox.client_id or "", sandbox.client_secret or "", base_url=served.base_url,
                store=tokenkeep.FileStore(Path(tmp)), rate_limit=None,
            ).manager.endpoint  # fmt: skip

        tokenkeep.TokenManager(endpoint(), tokenkeep.FileStore(Path(tmp)), tokenkeep.RefreshPolicy()).get_sync()

        def fetch() -> int:
            for _ in range(20):
                endpoint().fetch(None)
            return 20

        def from_file() -> int:
            # A fresh manager per iteration: a new process has nothing in memory.
            for _ in range(20):
                manager = tokenkeep.TokenManager(endpoint(), tokenkeep.FileStore(Path(tmp)), tokenkeep.RefreshPolicy())
                manager.get_sync()
            return 20

        compare("first token in a new process", ("fetch from provider", fetch), ("FileStore read", from_file))


def contract_overhead() -> None:
    """Row 5: what the auth and the retry machinery add to one successful request."""
    from airalo_client._contract import CONTRACT
    from tokenkeep._retry import OPERATION_KEY, RetryTransport

    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"ok": True}))
    fixed = httpx.Client(transport=transport, base_url="https://api.test", headers={"Authorization": "Bearer t"})
    sandbox = AiraloSandbox()
    with serve(create_app(sandbox)) as served:
        auth = tokenkeep.airalo.auth(
            sandbox.client_id or "",
            sandbox.client_secret or "",
            base_url=served.base_url,
            store=tokenkeep.MemoryStore(),
        )
        managed = httpx.Client(transport=RetryTransport(transport), base_url="https://api.test", auth=auth)
        managed.get("/warm")
    operation = {OPERATION_KEY: CONTRACT.operation("get_balance")}

    def plain() -> int:
        for _ in range(2000):
            fixed.get("/v2/balance")
        return 2000

    def contract() -> int:
        for _ in range(2000):
            managed.get("/v2/balance", extensions=operation)
        return 2000

    compare("auth + retry machinery per request (MockTransport)", ("fixed header", plain), ("contract", contract))


def contract_validation(served: Any, sandbox: AiraloSandbox) -> None:
    """Row 6: checking a 100-item package list against the spec before `from_dict`, vs `from_dict` alone."""
    import json

    from airalo_client._contract import CONTRACT
    from airalo_client.api.browse_packages import get_packages
    from airalo_client.models import PackageListResponse

    with httpx.Client(base_url=served.base_url) as http:
        token = tokenkeep.airalo.auth(
            sandbox.client_id or "",
            sandbox.client_secret or "",
            base_url=served.base_url,
            store=tokenkeep.MemoryStore(),
        ).manager.get_sync()
        answer = http.get("/v2/packages", headers={"Authorization": f"Bearer {token.access_token}"}).json()
    answer["data"] = (answer["data"] * 100)[:100]
    content = json.dumps(answer).encode()
    request = httpx.Request("GET", "https://api.test/v2/packages")
    response = httpx.Response(200, content=content, headers={"content-type": "application/json"}, request=request)
    operation = CONTRACT.operation("get_packages")
    parse = get_packages._parse_success  # the generated parser sync() uses

    def plain() -> int:
        for _ in range(50):
            PackageListResponse.from_dict(json.loads(content))
        return 50

    def checked() -> int:
        for _ in range(50):
            CONTRACT.result(operation, response, parse, lambda answer: None)
        return 50

    compare("parse a 100-item package list", ("from_dict", plain), ("schema check + from_dict", checked))


def main() -> int:
    print(f"make bench: median of {ROUNDS} alternating rounds; ratio = candidate / baseline (lower is better)")
    auth_overhead()
    contract_overhead()
    sandbox = AiraloSandbox(rate_limit=100_000)
    with serve(create_app(sandbox)) as served:
        warm_http(served, sandbox)
        cold_start(served, sandbox)
        file_store(served, sandbox)
        contract_validation(served, sandbox)
    print("\n| Benchmark | Baseline | Candidate | Ratio |\n|---|---|---|---|")
    for name, base_name, base, cand_name, cand in RESULTS:
        if isinstance(base, int) and isinstance(cand, int):
            print(f"| {name} | {base_name}: {base} | {cand_name}: {cand} | {cand / base:.3f} |")
        else:
            base_us, cand_us = f"{base * 1e6:,.0f} µs", f"{cand * 1e6:,.0f} µs"
            print(f"| {name} | {base_name}: {base_us} | {cand_name}: {cand_us} | {cand / base:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
