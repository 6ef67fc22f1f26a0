"""A first Airalo sandbox: the token endpoint and token checks, served over real HTTP.

It issues tokens with a configurable lifetime, enforces the token endpoint's rate
limit (429 with Retry-After), rejects missing, expired and revoked tokens with the
documented 401 envelope, and counts token requests. The catalogue, orders and the
rest of the API come with the full spec (issue 2 is still open for them).
"""

from __future__ import annotations

import math
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

UNAUTHENTICATED = {"data": [], "meta": {"message": "Unauthenticated."}}


class AiraloTokenSandbox:
    def __init__(self, *, lifetime: float = 3600.0, rate_limit: int = 5, window: float = 60.0) -> None:
        self.client_id = "sandbox-client-id"
        self.client_secret = "sandbox-client-secret"
        self.lifetime = lifetime
        self.rate_limit = rate_limit
        self.window = window
        self.tokens: dict[str, float] = {}
        self.token_request_times: list[float] = []
        self.token_attempts = 0
        self.unauthorized = 0
        self.bodies: list[bytes] = []
        self._lock = threading.Lock()

    @property
    def token_requests(self) -> int:
        return len(self.token_request_times)

    def revoke_all(self) -> None:
        with self._lock:
            self.tokens.clear()

    async def token(self, request: Request) -> Response:
        form = await request.form()
        now = time.time()
        with self._lock:
            self.token_attempts += 1
            recent = [t for t in self.token_request_times if t > now - self.window]
            if len(recent) >= self.rate_limit:
                retry = math.ceil(recent[-self.rate_limit] + self.window - now)
                return JSONResponse({"message": "Too Many Attempts."}, 429,
                                    headers={"Retry-After": str(max(retry, 1)),
                                             "X-RateLimit-Limit": str(self.rate_limit),
                                             "X-RateLimit-Remaining": "0"})  # fmt: skip
            missing = [f for f in ("client_id", "client_secret", "grant_type") if not form.get(f)]
            if missing:
                return JSONResponse({"data": {f: f"The {f} field is required." for f in missing},
                                     "meta": {"message": "the parameter is invalid"}}, 422)  # fmt: skip
            if form.get("client_id") != self.client_id or form.get("client_secret") != self.client_secret:
                return JSONResponse({"data": [], "meta": {"message": "Client authentication failed"}}, 401)
            token = secrets.token_urlsafe(24)
            self.tokens[token] = now + self.lifetime
            self.token_request_times.append(now)
        return JSONResponse({"data": {"token_type": "Bearer", "expires_in": int(self.lifetime), "access_token": token},
                             "meta": {"message": "success"}})  # fmt: skip

    def _authorized(self, request: Request) -> bool:
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        with self._lock:
            ok = self.tokens.get(token, 0) > time.time()
            if not ok:
                self.unauthorized += 1
            return ok

    async def balance(self, request: Request) -> Response:
        if not self._authorized(request):
            return JSONResponse(UNAUTHENTICATED, 401)
        return JSONResponse({"data": {"balances": {"name": "balance",
                             "availableBalance": {"amount": 1000.0, "currency": "USD"}}},
                             "meta": {"message": "success"}})  # fmt: skip

    async def order(self, request: Request) -> Response:
        body = await request.body()
        if not self._authorized(request):
            return JSONResponse(UNAUTHENTICATED, 401)
        self.bodies.append(body)
        return JSONResponse({"data": {"id": len(self.bodies)}, "meta": {"message": "success"}})

    def app(self) -> Starlette:
        return Starlette(routes=[
            Route("/v2/token", self.token, methods=["POST"]),
            Route("/v2/balance", self.balance, methods=["GET"]),
            Route("/v2/orders", self.order, methods=["POST"]),
            Route("/_sandbox/health", lambda r: JSONResponse({"ok": True})),
        ])  # fmt: skip


@contextmanager
def serve(app: Starlette) -> Iterator[str]:
    """Serve `app` on 127.0.0.1 on a free port in a thread; yields the base URL."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("sandbox did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
