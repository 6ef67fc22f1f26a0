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
    7. Import cost, each in a fresh interpreter: `import <provider>_client` and
       `import tokenkeep.<provider>` vs `import httpx` (which both include).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import itertools
import json
import multiprocessing
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import tokenkeep  # noqa: E402
import tokenkeep.airalo  # noqa: E402
from airalo_client.api.balance import get_balance  # noqa: E402

from tests.sandbox._common import serve  # noqa: E402
from tests.sandbox.airalo import AiraloSandbox, create_app  # noqa: E402

ROUNDS = 5
# Issue 15's cold-start rows spread by +-25% from round to round (thread scheduling, the GIL):
# a median of 5 moved their ratio by +-0.1 between runs, a median of 11 by about +-0.04.
COLD_ROUNDS = 11
RESULTS: list[tuple[str, str, float, str, float]] = []


def per_op(fn: Callable[[], int]) -> float:
    started = time.perf_counter()
    ops = fn()
    return (time.perf_counter() - started) / ops


def compare(
    name: str,
    baseline: tuple[str, Callable[[], int]],
    candidate: tuple[str, Callable[[], int]],
    rounds: int = ROUNDS,
) -> None:
    base_times, cand_times = [], []
    for _ in range(rounds):
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

    # The difference is about 1 µs in 100: a median of 5 rounds wandered between 0.97 and 1.05.
    compare("auth overhead per request (MockTransport)", ("fixed header", run(fixed)), ("TokenAuth", run(managed)), 21)


def warm_http(served: Any, sandbox: AiraloSandbox) -> None:
    token = tokenkeep.airalo.auth(
        sandbox.client_id or "", sandbox.client_secret or "", base_url=served.base_url, store=tokenkeep.MemoryStore()
    ).manager.get()
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

        tokenkeep.TokenManager(endpoint(), tokenkeep.FileStore(Path(tmp)), tokenkeep.RefreshPolicy()).get()

        def fetch() -> int:
            for _ in range(20):
                endpoint().fetch(None)
            return 20

        def from_file() -> int:
            # A fresh manager per iteration: a new process has nothing in memory.
            for _ in range(20):
                manager = tokenkeep.TokenManager(endpoint(), tokenkeep.FileStore(Path(tmp)), tokenkeep.RefreshPolicy())
                manager.get()
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
    from airalo_client.api.packages import get_packages
    from airalo_client.models import PackageListResponse

    with httpx.Client(base_url=served.base_url) as http:
        token = tokenkeep.airalo.auth(
            sandbox.client_id or "",
            sandbox.client_secret or "",
            base_url=served.base_url,
            store=tokenkeep.MemoryStore(),
        ).manager.get()
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


# -- issue 15's rows: tokenkeep against a plain double-checked lock, cold, on one stub server ----------------

STUB_TOKEN_LATENCY = 0.05  # seconds the stub token endpoint takes, as a provider across the internet might


async def _stub_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """A bare ASGI token endpoint (Airalo's shape, 50 ms) and API route: no validation, no state but a count."""
    if scope["type"] != "http":
        return
    path = scope["path"]
    if path == "/v2/token":
        while (await receive()).get("more_body"):
            pass
        await asyncio.sleep(STUB_TOKEN_LATENCY)
        _STUB_COUNT[0] += 1
        body = json.dumps({"data": {"token_type": "Bearer", "expires_in": 3600, "access_token": f"t{_STUB_COUNT[0]}"},
                           "meta": {"message": "success"}}).encode()  # fmt: skip
    elif path == "/count":
        body = json.dumps(_STUB_COUNT[0]).encode()
    else:
        body = b'{"data": {}}'
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})


_STUB_COUNT = [0]


def _serve_stub(port: int) -> None:
    import uvicorn

    uvicorn.run(_stub_app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


class PlainLockAuth(httpx.Auth):
    """The reference: one token behind a double-checked lock, in this process only, no store, no retries."""

    def __init__(self, base_url: str, client_id: str, client_secret: str) -> None:
        self._url = base_url + "/v2/token"
        self._form = {"client_id": (None, client_id), "client_secret": (None, client_secret),
                      "grant_type": (None, "client_credentials")}  # fmt: skip
        self._ssl = httpx.create_ssl_context()  # once: building one per request would cost 40 ms each
        self._http = httpx.Client(verify=self._ssl, timeout=30)
        self._lock = threading.Lock()
        self._alock: asyncio.Lock | None = None
        self._token: str | None = None
        self._expires = 0.0

    def _valid(self) -> bool:
        return self._token is not None and time.monotonic() < self._expires

    def _keep(self, response: httpx.Response) -> str:
        data = response.raise_for_status().json()["data"]
        self._token, self._expires = data["access_token"], time.monotonic() + float(data["expires_in"]) - 60
        return str(self._token)

    def _get(self) -> str:
        if not self._valid():
            with self._lock:
                if not self._valid():
                    return self._keep(self._http.post(self._url, files=self._form))
        return str(self._token)

    async def _aget(self) -> str:
        if not self._valid():
            self._alock = self._alock or asyncio.Lock()
            async with self._alock:
                if not self._valid():
                    async with httpx.AsyncClient(verify=self._ssl, timeout=30) as http:
                        return self._keep(await http.post(self._url, files=self._form))
        return str(self._token)

    def sync_auth_flow(self, request: httpx.Request) -> Any:
        request.headers["Authorization"] = f"Bearer {self._get()}"
        response = yield request
        if response.status_code == 401:
            self._token = None
            request.headers["Authorization"] = f"Bearer {self._get()}"
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> Any:
        request.headers["Authorization"] = f"Bearer {await self._aget()}"
        response = yield request
        if response.status_code == 401:
            self._token = None
            request.headers["Authorization"] = f"Bearer {await self._aget()}"
            yield request


def _new_auth(kind: str, base_url: str, directory: str) -> httpx.Auth:
    client_id = "bench-" + os.path.basename(directory)  # one per round: shared by its processes only
    if kind == "plain":
        return PlainLockAuth(base_url, client_id, "bench-secret")
    # The default store (a FileStore), in a directory of the round's own: every round starts cold.
    return tokenkeep.airalo.auth(
        client_id, "bench-secret", base_url=base_url, store=tokenkeep.FileStore(directory), rate_limit=None
    )


def _threads_cold(kind: str, base_url: str, directory: str, threads: int, barrier: Any = None) -> tuple[float, float]:
    """`threads` threads make one call each through one client, all at once; returns (start, end) wall times."""
    # As many keep-alive connections as connections: with httpx's default of 20, httpcore's pool may
    # close a connection it just handed to a queued request (encode/httpcore#1110, open), and a
    # thread fails with "ReadError: Bad file descriptor" -- on either side, at random.
    limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
    auth = _new_auth(kind, base_url, directory)
    with httpx.Client(base_url=base_url, auth=auth, timeout=60, limits=limits) as client:
        gate = threading.Barrier(threads + 1)

        def call() -> None:
            gate.wait()
            client.get("/v2/balance").raise_for_status()

        workers = [threading.Thread(target=call) for _ in range(threads)]
        for worker in workers:
            worker.start()
        if barrier is not None:
            barrier.wait()  # every process is ready: start together
        started = time.time()
        gate.wait()
        for worker in workers:
            worker.join()
        return started, time.time()


def _process_worker(kind: str, base_url: str, directory: str, threads: int, barrier: Any, results: Any) -> None:
    results.put(_threads_cold(kind, base_url, directory, threads, barrier))


def _processes_cold(kind: str, base_url: str, directory: str, processes: int, threads: int) -> float:
    context = multiprocessing.get_context("fork")  # a fork costs ~1 ms; start-up is not what is measured
    barrier, results = context.Barrier(processes), context.Queue()
    procs = [context.Process(target=_process_worker, args=(kind, base_url, directory, threads, barrier, results))
             for _ in range(processes)]  # fmt: skip
    for proc in procs:
        proc.start()
    spans = [results.get(timeout=120) for _ in procs]
    for proc in procs:
        proc.join()
    return max(end for _, end in spans) - min(start for start, _ in spans)


async def _longest_step(kind: str, base_url: str, directory: str, tasks: int) -> float:
    """The longest single event-loop step (one callback or task step) during a cold start of `tasks` calls.

    Measured in CPU time of the loop's thread (`time.thread_time`): on a busy machine a step's wall
    time also counts the moments the OS gave the CPU to another process, which is not the code's doing.
    """
    auth = _new_auth(kind, base_url, directory)
    steps: list[tuple[float, asyncio.Handle]] = []
    original = asyncio.events.Handle._run

    def timed(handle: asyncio.Handle) -> None:
        started = time.thread_time()
        original(handle)
        steps.append((time.thread_time() - started, handle))

    # The heap the benchmark process built before (sandboxes, openapi-core...) is moved out of the
    # collector's reach, or a full collection scanning it lands in some step of either side at random.
    gc.collect()
    gc.freeze()
    async with httpx.AsyncClient(base_url=base_url, auth=auth, timeout=60) as client:
        asyncio.events.Handle._run = timed  # type: ignore[method-assign]
        try:
            responses = await asyncio.gather(*(client.get("/v2/balance") for _ in range(tasks)))
        finally:
            asyncio.events.Handle._run = original  # type: ignore[method-assign]
            gc.unfreeze()
    assert all(r.status_code == 200 for r in responses)
    longest, handle = max(steps, key=lambda step: step[0])
    if os.environ.get("BENCH_VERBOSE"):
        print(f"    {kind}: longest step {longest * 1e3:.1f} ms: {handle!r}"[:200])
    return longest


def against_a_plain_lock() -> None:
    """Issue 15's rows: wall times and the longest event-loop step, tokenkeep / a plain double-checked lock."""
    context = multiprocessing.get_context("fork")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = context.Process(target=_serve_stub, args=(port,), daemon=True)
    server.start()
    base_url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            with contextlib.suppress(httpx.TransportError):
                httpx.get(base_url + "/count").raise_for_status()
                break
            time.sleep(0.05)
        with tempfile.TemporaryDirectory() as tmp:
            rounds = itertools.count()

            def directory() -> str:
                return os.path.join(tmp, str(next(rounds)))

            def timed(name: str, measure: Callable[[str], float]) -> None:
                measure("plain"), measure("tokenkeep")  # warm-up (imports, SSL contexts): not counted
                base, cand = [], []
                for _ in range(COLD_ROUNDS):
                    base.append(measure("plain"))
                    cand.append(measure("tokenkeep"))
                b, c = statistics.median(base), statistics.median(cand)
                RESULTS.append((name, "plain double-checked lock", b, "tokenkeep", c))
                print(f"  {name}: plain lock {b * 1e3:.1f} ms, tokenkeep {c * 1e3:.1f} ms, ratio {c / b:.2f}")

            def threads(kind: str) -> float:
                started, ended = _threads_cold(kind, base_url, directory(), 200)
                return ended - started

            timed("200 threads, cold: wall time", threads)
            timed("4 processes x 25 threads, one FileStore, cold: wall time",
                  lambda kind: _processes_cold(kind, base_url, directory(), 4, 25))  # fmt: skip
            timed("200 asyncio tasks, cold: longest event-loop step",
                  lambda kind: asyncio.run(_longest_step(kind, base_url, directory(), 200)))  # fmt: skip
    finally:
        server.terminate()
        server.join()


def import_seconds(module: str) -> float:
    """Seconds `import module` takes in a fresh interpreter (its startup is not counted)."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(result.stdout)


def import_cost() -> None:
    providers = sorted(p.stem for p in (ROOT / "specs").glob("*.yaml"))
    modules = [f"{p}_client" for p in providers]
    modules += [f"tokenkeep.{p}" for p in providers if (ROOT / "overlay" / "tokenkeep" / f"{p}.py").is_file()]
    for module in modules:
        base_times, cand_times = [], []
        for _ in range(ROUNDS):
            base_times.append(import_seconds("httpx"))
            cand_times.append(import_seconds(module))
        base, cand = statistics.median(base_times), statistics.median(cand_times)
        RESULTS.append((f"import {module}", "import httpx", base, f"import {module}", cand))
        print(f"  import {module}: httpx {base * 1e3:,.1f} ms, {module} {cand * 1e3:,.1f} ms, ratio {cand / base:.2f}")


def main() -> int:
    print(f"make bench: median of {ROUNDS} alternating rounds; ratio = candidate / baseline (lower is better)")
    import_cost()
    auth_overhead()
    contract_overhead()
    sandbox = AiraloSandbox(rate_limit=100_000)
    with serve(create_app(sandbox)) as served:
        warm_http(served, sandbox)
        cold_start(served, sandbox)
        file_store(served, sandbox)
        contract_validation(served, sandbox)
    against_a_plain_lock()
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
