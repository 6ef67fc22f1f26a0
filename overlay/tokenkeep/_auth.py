"""TokenAuth: an httpx.Auth that puts the managed token on every request."""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any, TypeAlias

import attrs
import httpx

from ._exceptions import AuthError
from ._manager import TokenManager
from ._token import Token

logger = logging.getLogger("tokenkeep")


def bearer(request: httpx.Request, token: Token) -> None:
    request.headers["Authorization"] = f"Bearer {token.access_token}"


def status_401(response: httpx.Response) -> bool:
    return response.status_code == 401


@attrs.frozen
class AuthPolicy:
    """How a provider takes its token, says it refused one, and reports errors.

    - `apply` puts the token on a request (every send, replays included).
    - `is_rejection` says the token was refused; if `reads_body` it may look at
      the body (Onlinesim says "wrong key" in an HTTP-200 body).
    - `prepare` runs once per request before the first send, never before the
      replay: a header it sets (an idempotency key) is the same on both sends,
      and an error it raises (a wrong token scope) stops the request unsent.
    - `check` sees the final response, body read, and raises the provider's
      typed error for an error answer, HTTP 200 included.
    """

    apply: Callable[[httpx.Request, Token], None] = bearer
    is_rejection: Callable[[httpx.Response], bool] = status_401
    reads_body: bool = False
    prepare: Callable[[httpx.Request], None] | None = None
    check: Callable[[httpx.Response], None] | None = None

    @property
    def needs_body(self) -> bool:
        return self.reads_body or self.check is not None


# What the flow asks its driver for, besides sending a request.
@attrs.frozen
class _GetToken:
    rejected: Token | None = None


@attrs.frozen
class _Invalidate:
    token: Token


@attrs.frozen
class _ReadBody:
    response: httpx.Response


_Step: TypeAlias = httpx.Request | _GetToken | _Invalidate | _ReadBody
_FIRST = _GetToken()


class TokenAuth(httpx.Auth):
    """Authenticates requests with a token that is fetched once and shared.

    Pass it to a generated client as ``httpx_args={"auth": auth}``. On a rejection
    the token that failed is invalidated (never a newer one), a new one fetched and
    the request replayed once, body included; a second rejection raises AuthError.
    The flows are driven by httpx's own client, so transports, timeouts and
    proxies apply to the replay as to the first request.

    The flow is written once (`_flow`); `sync_auth_flow` and `async_auth_flow` only perform
    its token and body steps, as httpx's own `Auth` drivers do. Both read the request body
    up front so that it can be replayed (httpx's `requires_request_body` is read by the
    default drivers only, which these replace).
    """

    def __init__(self, manager: TokenManager, policy: AuthPolicy | None = None) -> None:
        self.manager = manager
        self.policy = policy or AuthPolicy()
        self._needs_body = self.policy.needs_body  # the policy is frozen: decided once, not per request

    def __repr__(self) -> str:
        return f"TokenAuth(provider={self.manager.endpoint.provider!r})"

    def _rejected_twice(self, request: httpx.Request, response: httpx.Response) -> AuthError:
        # The path only: a query string may carry an API key.
        return AuthError(
            f"{self.manager.endpoint.provider} rejected a newly issued token for "
            f"{request.method} {request.url.path} (HTTP {response.status_code}); "
            "the credentials may lack access to this operation",
            provider=self.manager.endpoint.provider,
            status_code=response.status_code,
            response=response,
        )

    def _flow(self, request: httpx.Request) -> Generator[_Step, Any, None]:
        if self.policy.prepare is not None:
            self.policy.prepare(request)
        token: Token = yield _FIRST
        self.policy.apply(request, token)
        response: httpx.Response = yield request
        if self._needs_body:
            yield _ReadBody(response)
        if self.policy.is_rejection(response):
            logger.debug(
                "%s: token rejected on %s %s; refreshing once",
                self.manager.endpoint.provider,
                request.method,
                request.url.path,
            )
            yield _Invalidate(token)
            token = yield _GetToken(rejected=token)
            self.policy.apply(request, token)
            response = yield request
            if self._needs_body:
                yield _ReadBody(response)
            if self.policy.is_rejection(response):
                yield _ReadBody(response)
                raise self._rejected_twice(request, response)
        if self.policy.check is not None:
            self.policy.check(response)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()
        flow = self._flow(request)
        sent: Any = None
        while True:
            try:
                step = flow.send(sent)
            except StopIteration:
                return
            if isinstance(step, httpx.Request):
                sent = yield step
            elif isinstance(step, _GetToken):
                sent = self.manager.get(step.rejected)
            elif isinstance(step, _Invalidate):
                self.manager.invalidate(step.token)
                sent = None
            else:
                sent = step.response.read()

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        flow = self._flow(request)
        sent: Any = None
        while True:
            try:
                step = flow.send(sent)
            except StopIteration:
                return
            if isinstance(step, httpx.Request):
                sent = yield step
            elif isinstance(step, _GetToken):
                sent = await self.manager.aget(step.rejected)
            elif isinstance(step, _Invalidate):
                await self.manager.ainvalidate(step.token)
                sent = None
            else:
                sent = await step.response.aread()
