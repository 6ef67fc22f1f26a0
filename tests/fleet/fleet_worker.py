"""One fleet worker: N concurrent calls through tokenkeep.airalo with a RedisStore (run as a process)."""

from __future__ import annotations

import asyncio
import sys

import httpx
import tokenkeep
import tokenkeep.airalo


async def main(base_url: str, redis_url: str, tasks: int, limit: int) -> int:
    store = tokenkeep.RedisStore(redis_url)
    auth = tokenkeep.airalo.auth("sandbox-client-id", "sandbox-client-secret", base_url=base_url, store=store,
                                 rate_limit=tokenkeep.RateLimit(limit, 60.0), rate_limit_wait=120.0)  # fmt: skip
    async with httpx.AsyncClient(base_url=base_url, auth=auth, timeout=60) as client:
        responses = await asyncio.gather(*(client.get("/v2/balance") for _ in range(tasks)))
    await store.aclose()
    failed = [r.status_code for r in responses if r.status_code != 200]
    print(f"ok={tasks - len(failed)} failed={len(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))))
