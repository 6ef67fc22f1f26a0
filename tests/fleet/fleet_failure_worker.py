"""A fleet worker for the failure tests (run as a process).

fleet_failure_worker.py once BASE_URL REDIS_URL LOCK_TTL REFRESH_WAIT
    one call; prints "ok" or "error <ExceptionType>: <message>"
fleet_failure_worker.py loop BASE_URL REDIS_URL SECONDS
    calls every 20 ms for SECONDS; prints {"ok": n, "failed": [...]} as JSON
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

import httpx
import tokenkeep
import tokenkeep.airalo

CLIENT_ID, CLIENT_SECRET = "sandbox-client-id", "sandbox-client-secret"


def once(base_url: str, redis_url: str, lock_ttl: float, refresh_wait: float) -> int:
    store = tokenkeep.RedisStore(redis_url, lock_ttl=lock_ttl)
    auth = tokenkeep.airalo.auth(CLIENT_ID, CLIENT_SECRET, base_url=base_url, store=store, refresh_wait=refresh_wait)
    try:
        with httpx.Client(base_url=base_url, auth=auth, timeout=60) as client:
            response = client.get("/v2/balance")
    except tokenkeep.TokenkeepError as exc:
        print(f"error {type(exc).__name__}: {exc}", flush=True)
        return 3
    print("ok" if response.status_code == 200 else f"error HTTP {response.status_code}", flush=True)
    return 0 if response.status_code == 200 else 1


async def loop(base_url: str, redis_url: str, seconds: float) -> int:
    # Short timeouts so that a stopped Redis is noticed quickly and retried often.
    store = tokenkeep.RedisStore(redis_url, retry_interval=0.2, socket_timeout=0.3)
    auth = tokenkeep.airalo.auth(CLIENT_ID, CLIENT_SECRET, base_url=base_url, store=store)
    ok, failed = 0, []
    deadline = time.monotonic() + seconds
    async with httpx.AsyncClient(base_url=base_url, auth=auth, timeout=30) as client:
        while time.monotonic() < deadline:
            try:
                response = await client.get("/v2/balance")
            except (httpx.HTTPError, tokenkeep.TokenkeepError) as exc:
                failed.append(type(exc).__name__)
            else:
                if response.status_code == 200:
                    ok += 1
                else:
                    failed.append(f"HTTP {response.status_code}")
            await asyncio.sleep(0.02)
    await store.aclose()
    print(json.dumps({"ok": ok, "failed": failed}), flush=True)
    return 0


if __name__ == "__main__":
    mode, base_url, redis_url, *rest = sys.argv[1:]
    if mode == "once":
        sys.exit(once(base_url, redis_url, float(rest[0]), float(rest[1])))
    sys.exit(asyncio.run(loop(base_url, redis_url, float(rest[0]))))
