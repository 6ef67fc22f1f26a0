"""Building blocks shared by the provider sandboxes (Airalo, Onlinesim, Aeropay, GoGoX).

A sandbox is a stateful ASGI app that behaves as a provider's docs say. Our tests
talk to it over real HTTP on 127.0.0.1, and read or steer its state from their own
thread. This module holds what every provider needs:

- `Clock`: the sandbox's notion of "now", which tests may move forward.
- `TokenIssuer`: opaque bearer tokens with a reported lifetime and a real
  server-side validity, counters of token requests, revoke/expire.
- `RateLimiter`: a sliding-window limiter answering Laravel-style 429s.
- `FaultQueue`: "the next matching request fails" (a status, or a dropped
  connection after the request took effect).
- `SpecValidator`: every request (outside `/_sandbox/`) is checked against
  `specs/<provider>.yaml`; what the spec forbids is recorded in `state.violations`
  and answered the way the provider answers a bad request (`bad_request()`: Airalo's
  422 validation map, Aeropay's 400 `{"error": {...}}`, Onlinesim's HTTP-200 error
  code, GoGoX's RFC 6749 / 6750 `invalid_request`), a method the spec does not
  declare for the path 405 with `Allow`, an unknown path 404 -- or 401 when the
  request carries no credentials, as behind the providers' auth middleware.
- `SandboxState`: the base class of a provider's state, tying the above together.
- `SandboxApp`: the Starlette app of a sandbox (validation, faults, control routes).
- `serve()`: runs an app with uvicorn on a free port in a daemon thread.
- `REGISTRY`: every state served in this process, so a pytest plugin can fail a
  test whose sandbox recorded violations.

Control routes, under `/_sandbox/` (never validated against the spec):
`GET health`, `GET stats`, `POST revoke`, `POST expire`, `POST config`,
`POST fail-next`, `POST advance`, `POST reset-stats`, plus provider routes.

Thread safety: uvicorn runs the app on its own event loop thread, tests run in
theirs. Every mutation of shared state happens under `SandboxState.lock` (an
RLock) and never across an `await`.
"""

from __future__ import annotations

import asyncio
import contextlib
import fnmatch
import functools
import json
import math
import os
import re
import secrets
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Container, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.datastructures import Headers, QueryParams
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import Message, Receive, Scope, Send

REPO_ROOT = Path(__file__).resolve().parents[2]
SPECS_DIR = REPO_ROOT / "specs"
CONTROL_PREFIX = "/_sandbox/"

__all__ = [
    "CONTROL_PREFIX",
    "REGISTRY",
    "Clock",
    "Fault",
    "FaultQueue",
    "RateDecision",
    "RateLimiter",
    "RequestProblem",
    "SandboxApp",
    "SandboxServer",
    "SandboxState",
    "ServedSandbox",
    "SpecOperation",
    "SpecValidator",
    "TokenIssuer",
    "deliver_webhook",
    "read_fields",
    "serve",
    "shared_server",
    "stop_shared_servers",
]


# --------------------------------------------------------------------------- clock


class Clock:
    """Wall-clock time plus an offset that tests can `advance()` (never goes back)."""

    def __init__(self) -> None:
        self._offset = 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        """Seconds since the epoch, as the sandbox sees them."""
        return time.time() + self._offset

    def utcnow(self) -> datetime:
        return datetime.fromtimestamp(self.now(), UTC)

    def advance(self, seconds: float) -> None:
        """Move the sandbox's time forward (tokens expire, due dates pass...)."""
        if seconds < 0:
            raise ValueError("the sandbox clock only moves forward")
        with self._lock:
            self._offset += seconds

    @property
    def offset(self) -> float:
        return self._offset


# --------------------------------------------------------------------------- tokens


class TokenIssuer:
    """Issues random opaque bearer tokens and checks them.

    `lifetime` is what the token response reports (`expires_in`); `valid_for` is how
    long the server really accepts the token (defaults to `lifetime`), so a test can
    make tokens die earlier than announced.
    """

    def __init__(self, *, lifetime: float = 3600.0, valid_for: float | None = None, clock: Clock | None = None) -> None:
        self.lifetime = lifetime
        self._valid_for = valid_for
        self.clock = clock or Clock()
        self._tokens: dict[str, float] = {}  # token -> server-side expiry (clock time)
        self._times: list[float] = []
        self._attempts = 0
        self._lock = threading.RLock()

    @property
    def valid_for(self) -> float:
        return self.lifetime if self._valid_for is None else self._valid_for

    @valid_for.setter
    def valid_for(self, value: float | None) -> None:
        self._valid_for = value

    def note_attempt(self) -> None:
        """Count a call of the token endpoint, whatever its outcome (429 included)."""
        with self._lock:
            self._attempts += 1

    def issue(self) -> tuple[str, int]:
        """A new token and the `expires_in` (seconds) to report for it."""
        token = secrets.token_urlsafe(32)
        with self._lock:
            now = self.clock.now()
            self._tokens[token] = now + self.valid_for
            self._times.append(now)
        return token, int(self.lifetime)

    def check(self, token: str | None) -> bool:
        if not token:
            return False
        with self._lock:
            expiry = self._tokens.get(token)
            return expiry is not None and expiry > self.clock.now()

    def revoke_all(self) -> int:
        """Forget every token (the next call with one gets a 401); returns how many."""
        with self._lock:
            count = len(self._tokens)
            self._tokens.clear()
            return count

    def expire_all(self) -> int:
        """Mark every live token as expired now; returns how many were live."""
        with self._lock:
            now = self.clock.now()
            live = [t for t, expiry in self._tokens.items() if expiry > now]
            for token in live:
                self._tokens[token] = now
            return len(live)

    @property
    def token_requests(self) -> int:
        """Tokens issued (successful token requests)."""
        with self._lock:
            return len(self._times)

    @property
    def token_request_times(self) -> list[float]:
        """When each token was issued (sandbox clock, seconds since the epoch)."""
        with self._lock:
            return list(self._times)

    @property
    def token_attempts(self) -> int:
        """Calls of the token endpoint, including rejected ones (401, 422, 429)."""
        with self._lock:
            return self._attempts

    @property
    def live_tokens(self) -> list[str]:
        with self._lock:
            now = self.clock.now()
            return [t for t, expiry in self._tokens.items() if expiry > now]

    def reset_counters(self) -> None:
        with self._lock:
            self._times.clear()
            self._attempts = 0


# --------------------------------------------------------------------------- rate limits


@dataclass(frozen=True)
class RateDecision:
    allowed: bool
    headers: dict[str, str]
    retry_after: int = 0


class RateLimiter:
    """Sliding window: at most `limit` accepted hits per `window` seconds.

    Like Laravel's throttle middleware, a rejected hit is not recorded, so waiting
    out `Retry-After` is always enough.
    """

    def __init__(self, limit: int = 5, window: float = 60.0, *, clock: Clock | None = None) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock or Clock()
        self._hits: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str = "") -> RateDecision:
        with self._lock:
            now = self.clock.now()
            hits = [t for t in self._hits.get(key, []) if t > now - self.window]
            if len(hits) >= self.limit:
                self._hits[key] = hits
                wait = hits[len(hits) - self.limit] + self.window - now
                retry = max(1, math.ceil(wait))
                return RateDecision(
                    False,
                    {
                        "Retry-After": str(retry),
                        "X-RateLimit-Limit": str(self.limit),
                        "X-RateLimit-Remaining": "0",
                        "X-RateLimit-Reset": str(math.ceil(now + wait)),
                    },
                    retry,
                )
            hits.append(now)
            self._hits[key] = hits
            return RateDecision(
                True, {"X-RateLimit-Limit": str(self.limit), "X-RateLimit-Remaining": str(self.limit - len(hits))}
            )

    def reset(self) -> None:
        with self._lock:
            self._hits.clear()


def too_many_attempts(decision: RateDecision) -> JSONResponse:
    """The Laravel 429 every provider we know uses: `{"message": "Too Many Attempts."}`."""
    return JSONResponse({"message": "Too Many Attempts."}, 429, headers=decision.headers)


# --------------------------------------------------------------------------- faults


@dataclass
class Fault:
    status: int = 500
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    path: str | None = None  # exact path or fnmatch pattern; None matches any provider path
    method: str | None = None
    times: int = 1
    drop_connection: bool = False
    delay: float = 0.0  # seconds before the answer (a client's read timeout); with status 0, the real answer

    def matches(self, method: str, path: str) -> bool:
        if self.method and self.method.upper() != method.upper():
            return False
        return self.path is None or self.path == path or fnmatch.fnmatchcase(path, self.path)


class FaultQueue:
    """Faults waiting for their request; the first matching one is used up first."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def add(self, fault: Fault) -> Fault:
        if fault.times < 1:
            raise ValueError("times must be at least 1")
        with self._lock:
            self._faults.append(fault)
        return fault

    def take(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, path):
                    fault.times -= 1
                    if fault.times == 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def pending(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()


# --------------------------------------------------------------------------- webhooks


def deliver_webhook(
    url: str,
    body: bytes,
    headers: Mapping[str, str],
    *,
    attempts: int,
    backoff: float,
    timeout: float,
    stop: threading.Event,
    record: Callable[[int | str], None],
    cap: float = 60.0,
    accepted: Container[int] = range(200, 300),
) -> bool:
    """POST `body` until an `accepted` status answers (any 2xx unless the provider says otherwise),
    at most `attempts` times, the delays doubling from `backoff` up to `cap`.

    Each attempt's status (or transport error name) goes to `record`; `stop` (a sandbox that was
    closed: its test is over) ends the retries at once. True if a 2xx came back.
    """
    with httpx.Client(timeout=timeout) as client:
        for attempt in range(attempts):
            if attempt and stop.wait(min(cap, backoff * 2 ** (attempt - 1))):
                return False
            try:
                response = client.post(url, content=body, headers=dict(headers))
            except (httpx.HTTPError, httpx.InvalidURL) as exc:  # InvalidURL: a URL httpx cannot even build
                record(type(exc).__name__)
                continue
            record(response.status_code)
            if response.status_code in accepted:
                return True
    return False


# --------------------------------------------------------------------------- spec validation


class _OpenAPIRequest:
    """openapi-core's request protocol for a request whose body was already read.

    The host is reported as the spec's first server, so a sandbox on 127.0.0.1
    matches `servers` (which name the provider's production host).
    """

    def __init__(self, request: Request, body: bytes, host_url: str) -> None:
        from openapi_core.datatypes import RequestParameters

        self.host_url = host_url
        self.path = request.url.path
        self.method = request.method.lower()
        self.body = body
        self.content_type = request.headers.get("content-type") or "application/octet-stream"
        self.parameters = RequestParameters(query=request.query_params, header=request.headers, cookie=request.cookies)


class _OpenAPIResponse:
    def __init__(self, status: int, headers: Headers, body: bytes) -> None:
        self.data = body
        self.status_code = status
        self.headers = headers
        self.content_type = headers.get("content-type") or ""


class SpecValidator:
    """Checks requests and responses against `specs/<provider>.yaml` (OpenAPI 3.1).

    Specs are loaded once per process and file version (path + mtime); editing the
    spec while a sandbox runs takes effect on the next request.
    """

    _cache: ClassVar[dict[tuple[str, int], Any]] = {}
    _cache_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, spec_path: str | os.PathLike[str]) -> None:
        self.spec_path = Path(spec_path)

    @classmethod
    def for_provider(cls, provider: str) -> SpecValidator:
        return cls(SPECS_DIR / f"{provider}.yaml")

    @property
    def openapi(self) -> Any:
        """The parsed `openapi_core.OpenAPI` (cached by path and modification time)."""
        from openapi_core import OpenAPI

        key = (str(self.spec_path), self.spec_path.stat().st_mtime_ns)
        with self._cache_lock:
            spec = self._cache.get(key)
            if spec is None:
                for old in [k for k in self._cache if k[0] == key[0]]:
                    del self._cache[old]
                spec = self._cache[key] = OpenAPI.from_file_path(str(self.spec_path))
            return spec

    @property
    def server_url(self) -> str:
        servers = self.openapi.spec.get("servers") or [{"url": "http://localhost"}]
        url = str(servers[0]["url"])
        # A templated server (`https://{host}`) stands for its default host.
        for name, variable in (servers[0].get("variables") or {}).items():
            url = url.replace("{" + name + "}", str(variable["default"]))
        return url.rstrip("/") + "/"

    def request_errors(self, request: Request, body: bytes) -> list[str]:
        """Why the spec does not allow this request (empty when it does).

        Missing or wrong credentials are not violations: the sandbox answers those
        the way the provider does (401), which is what a client has to handle.
        """
        return [problem.text for problem in self.request_problems(request, body)]

    def request_problems(self, request: Request, body: bytes) -> list[RequestProblem]:
        """`request_errors()` with what each problem is about, so a sandbox can answer it in its provider's words."""
        from openapi_core.validation.request.exceptions import SecurityValidationError

        openapi = self.openapi
        wrapped = _OpenAPIRequest(request, body, self.server_url)
        return [
            RequestProblem.of(error, f"{request.method} {request.url.path}: {_describe(error)}")
            for error in openapi.iter_request_errors(wrapped)
            if not isinstance(error, SecurityValidationError)
        ]

    def methods_of(self, path: str) -> list[str]:
        """The methods the spec declares for the path template matching `path` (upper case, sorted)."""
        return sorted(self._operations_at(path))

    def operation(self, method: str, path: str) -> SpecOperation | None:
        """The spec's operation for this method and concrete path, if it declares one."""
        return self._operations_at(path).get(method.upper())

    def _operations_at(self, path: str) -> dict[str, SpecOperation]:
        for pattern, methods in _operations(str(self.spec_path), self.spec_path.stat().st_mtime_ns):
            if pattern.fullmatch(path):
                return methods
        return {}

    def response_errors(
        self, request: Request, body: bytes, status: int, headers: Headers, response_body: bytes
    ) -> list[str]:
        """Why the spec does not allow this response to this request (empty when it does)."""
        wrapped = _OpenAPIRequest(request, body, self.server_url)
        errors = list(self.openapi.iter_response_errors(wrapped, _OpenAPIResponse(status, headers, response_body)))
        return [f"response {status} to {request.method} {request.url.path}: {_describe(e)}" for e in errors]


_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class SpecOperation:
    """What a sandbox needs to know about one operation of its spec to answer a bad request."""

    responses: Mapping[str, Any]  # status -> the spec's response object, `$ref`s unresolved

    def documents(self, status: int) -> bool:
        return str(status) in self.responses


@functools.lru_cache(maxsize=16)
def _operations(spec_path: str, mtime_ns: int) -> list[tuple[re.Pattern[str], dict[str, SpecOperation]]]:
    """(path regex, {METHOD: operation}) for every path of a spec version, templated paths last."""
    import yaml

    spec = yaml.safe_load(Path(spec_path).read_text())
    found = []
    for template, item in (spec.get("paths") or {}).items():
        regex = re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(template))
        methods = {
            method.upper(): SpecOperation(op.get("responses") or {})
            for method, op in item.items()
            if method in _METHODS
        }
        found.append((template.count("{"), re.compile(regex), methods))
    return [(pattern, methods) for _, pattern, methods in sorted(found, key=lambda f: f[0])]


@dataclass(frozen=True)
class RequestProblem:
    """One reason the spec does not allow a request, sorted by what a provider would answer.

    `kind`: "path" (no such path), "method" (path without this method), "missing" (a required
    parameter or body is absent) or "invalid" (present but not what the schema allows).
    `field` names the parameter, or the body field Laravel-style (`vouchers.0.package_id`),
    when the problem is about one.
    """

    text: str
    kind: str
    field: str | None = None
    location: str | None = None

    @classmethod
    def of(cls, error: BaseException, text: str) -> RequestProblem:
        from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound
        from openapi_core.validation.request.exceptions import (
            MissingParameterError,
            MissingRequestBodyError,
            ParameterValidationError,
        )

        if isinstance(error, OperationNotFound):
            return cls(text, "method")
        if isinstance(error, PathNotFound):
            return cls(text, "path")
        if isinstance(error, MissingParameterError):
            return cls(text, "missing", error.name, error.location)
        if isinstance(error, ParameterValidationError):
            return cls(text, "invalid", error.name, error.location)
        if isinstance(error, MissingRequestBodyError):
            return cls(text, "missing", None, "body")
        field, missing = _first_body_field(error)
        return cls(text, "missing" if missing else "invalid", field, "body")


def _first_body_field(error: BaseException) -> tuple[str | None, bool]:
    """The first body field a JSON-schema error names, and whether it is a missing required one."""
    current: BaseException | None = error
    while current is not None:
        for schema_error in getattr(current, "schema_errors", None) or ():
            path = [str(p) for p in getattr(schema_error, "absolute_path", [])]
            if getattr(schema_error, "validator", None) == "required":
                name = re.match(r"'([^']+)' is a required property", str(getattr(schema_error, "message", "")))
                return ".".join([*path, name.group(1)] if name else path) or None, True
            return ".".join(path) or None, False
        current = current.__cause__
    return None, False


def _describe(error: BaseException) -> str:
    """An openapi-core error, with the JSON-schema errors that explain it."""
    parts = [f"{type(error).__name__}: {error}"]
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        schema_errors = getattr(current, "schema_errors", None)
        if schema_errors:
            for schema_error in schema_errors:
                where = "/".join(str(p) for p in getattr(schema_error, "absolute_path", [])) or "(root)"
                parts.append(f"[{where}] {getattr(schema_error, 'message', schema_error)}")
        elif current is not error:
            parts.append(f"{type(current).__name__}: {current}")
        current = current.__cause__
    return "; ".join(dict.fromkeys(parts))


# --------------------------------------------------------------------------- state


class SandboxState:
    """What every provider sandbox has: tokens, limits, faults, violations, counters.

    Subclasses set `provider` (the spec is `specs/<provider>.yaml`), build their
    routes in a `create_app()` function, and may override `unauthenticated()` and
    `fault_body()` with the provider's own error shapes.
    """

    provider: ClassVar[str] = ""

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        token_lifetime: float = 3600.0,
        valid_for: float | None = None,
        rate_limit: int = 5,
        rate_window: float = 60.0,
        validate_requests: bool = True,
        validate_responses: bool = False,
        spec_path: str | os.PathLike[str] | None = None,
    ) -> None:
        self.lock = threading.RLock()
        self.clock = Clock()
        self.client_id = client_id
        self.client_secret = client_secret
        self.tokens = TokenIssuer(lifetime=token_lifetime, valid_for=valid_for, clock=self.clock)
        self.token_limiter = RateLimiter(rate_limit, rate_window, clock=self.clock)
        self.faults = FaultQueue()
        self.validator = SpecValidator(spec_path) if spec_path else SpecValidator.for_provider(self.provider)
        self.validate_requests = validate_requests
        self.validate_responses = validate_responses
        #: When True, a request the spec forbids is still recorded but then reaches the
        #: handler (so a test can see the handler's own checks answer).
        self.violation_passthrough = False
        self.violations: list[str] = []
        self.errors: list[str] = []  # exceptions raised inside the sandbox (its own bugs)
        self.requests: Counter[str] = Counter()  # "METHOD /path" -> count
        self.request_log: list[tuple[float, str]] = []  # (time.monotonic(), "METHOD /path"), to measure gaps
        self.unauthorized = 0  # requests answered 401 for a missing, unknown or expired token
        self.violations_expected = False
        self.base_url = ""  # set by serve()

    # ---- what tests call (STYLE 11: expire_tokens(), fail_next(status), token_requests)

    @property
    def token_requests(self) -> int:
        return self.tokens.token_requests

    @property
    def token_attempts(self) -> int:
        return self.tokens.token_attempts

    @property
    def token_request_times(self) -> list[float]:
        return self.tokens.token_request_times

    def revoke_tokens(self) -> int:
        return self.tokens.revoke_all()

    def expire_tokens(self) -> int:
        return self.tokens.expire_all()

    def fail_next(
        self,
        status: int = 500,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        path: str | None = None,
        times: int = 1,
        drop_connection: bool = False,
        method: str | None = None,
        delay: float = 0.0,
    ) -> Fault:
        """The next `times` requests matching `path` (exact or glob; any if None) and
        `method` get `status` with `body` (the provider's usual error body if None).

        With `drop_connection=True` the request takes effect as usual and then the
        connection is closed without an answer (the client sees a transport error).
        With `delay` the answer comes that many seconds late: the fault's, or with `status=0`
        the real one (a slow provider; a client that timed out meanwhile sees a read timeout).
        """
        return self.faults.add(Fault(status, body, dict(headers or {}), path, method, times, drop_connection, delay))

    def expect_violations(self, passthrough: bool = False) -> None:
        """This test sends requests the spec forbids on purpose: do not fail it for that.

        Such requests get the provider's bad-request answer (`answer_violation()`); with
        `passthrough=True` they reach the handler instead, to see what its own checks say.
        """
        self.violations_expected = True
        self.violation_passthrough = passthrough

    def problems(self) -> list[str]:
        """Violations and sandbox errors recorded so far."""
        with self.lock:
            return [*self.violations, *(f"sandbox error: {e}" for e in self.errors)]

    def record_violation(self, message: str) -> None:
        with self.lock:
            self.violations.append(message)

    def record_error(self, message: str) -> None:
        with self.lock:
            self.errors.append(message)

    def count_request(self, method: str, path: str) -> None:
        with self.lock:
            self.requests[f"{method} {path}"] += 1
            self.request_log.append((time.monotonic(), f"{method} {path}"))

    def requests_to(self, path: str, method: str | None = None) -> int:
        """How many requests reached `path` (exact or glob), optionally only `method`."""
        with self.lock:
            total = 0
            for key, count in self.requests.items():
                m, p = key.split(" ", 1)
                if (method is None or m == method.upper()) and (p == path or fnmatch.fnmatchcase(p, path)):
                    total += count
            return total

    # ---- auth

    def bearer_token(self, request: Request) -> str | None:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        return token.strip() if scheme.lower() == "bearer" and token.strip() else None

    def authenticated(self, request: Request) -> bool:
        ok = self.tokens.check(self.bearer_token(request))
        if not ok:
            with self.lock:
                self.unauthorized += 1
        return ok

    def unauthenticated(self) -> Response:
        """The provider's answer to a missing, unknown or expired token."""
        return JSONResponse({"message": "Unauthenticated."}, 401)

    def credentials_sent(self, request: Request) -> bool:
        """Whether the request carries any credentials at all (checked or not)."""
        return self.bearer_token(request) is not None

    def bad_request(
        self, request: Request, operation: SpecOperation, problems: list[RequestProblem]
    ) -> Response | None:
        """The provider's answer to parameters or a body its docs do not allow; None lets the handler answer.

        The default is Laravel's 422 where the operation documents a 422; a provider that does not
        validate what an operation documents no error for gets to ignore it (the handler answers).
        """
        if not operation.documents(422):
            return None
        errors = {p.field or "request": p.text for p in problems}
        return JSONResponse({"message": "The given data was invalid.", "errors": errors}, 422)

    def not_found(self, request: Request) -> Response:
        """The provider's answer to a path it does not serve."""
        return JSONResponse({"message": "Not Found"}, 404)

    def method_not_allowed(self, request: Request, allowed: list[str]) -> Response:
        """The answer to a method the path does not declare: 405 with the declared ones in `Allow`."""
        return JSONResponse(
            {
                "message": f"The {request.method} method is not supported for this route. Supported methods: "
                f"{', '.join(allowed)}."
            },
            405,
            headers={"Allow": ", ".join(allowed)},
        )

    def answer_violation(self, request: Request, problems: list[RequestProblem]) -> Response | None:
        """How the provider answers a request its spec does not allow; None lets the handler answer.

        In the order a provider's stack decides: an unknown path is 404, but 401 first when no
        credentials came (the auth middleware runs before routing finds nothing); a method the path
        does not declare is 405; anything else is the provider's bad-request answer. (A request
        without the credentials its operation needs never gets here: openapi-core stops at the
        missing security, which is not a violation, and the handler answers 401.)
        """
        kinds = {problem.kind for problem in problems}
        if "path" in kinds:
            return self.unauthenticated() if not self.credentials_sent(request) else self.not_found(request)
        # A literal path wins over a template (GET /v2/orders/topups is not GET /v2/orders/{order_id}),
        # which openapi-core does not always decide the same way.
        allowed = self.validator.methods_of(request.url.path)
        if "method" in kinds or (allowed and request.method not in allowed):
            return self.method_not_allowed(request, allowed)
        operation = self.validator.operation(request.method, request.url.path)
        return None if operation is None else self.bad_request(request, operation, problems)

    def fault_body(self, status: int) -> Any:
        """The provider's usual body for an injected status."""
        if status == 429:
            return {"message": "Too Many Attempts."}
        if status == 401:
            return {"message": "Unauthenticated."}
        return {"message": "Server Error" if status >= 500 else "Error"}

    def fault_response(self, fault: Fault) -> Response:
        headers = dict(fault.headers)
        if fault.status == 429:
            headers.setdefault("Retry-After", "1")
        body = self.fault_body(fault.status) if fault.body is None else fault.body
        if isinstance(body, bytes | str):
            return Response(body, fault.status, headers=headers)
        return JSONResponse(body, fault.status, headers=headers)

    # ---- control routes

    def configure(self, **options: Any) -> dict[str, Any]:
        """Change settings at run time (what `POST /_sandbox/config` takes)."""
        known = {
            "token_lifetime": lambda v: setattr(self.tokens, "lifetime", float(v)),
            "valid_for": lambda v: setattr(self.tokens, "valid_for", None if v is None else float(v)),
            "rate_limit": lambda v: setattr(self.token_limiter, "limit", int(v)),
            "rate_window": lambda v: setattr(self.token_limiter, "window", float(v)),
            "validate_requests": lambda v: setattr(self, "validate_requests", bool(v)),
            "validate_responses": lambda v: setattr(self, "validate_responses", bool(v)),
        }
        unknown = sorted(set(options) - set(known))
        if unknown:
            raise ValueError(f"unknown setting(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        with self.lock:
            for name, value in options.items():
                known[name](value)
        return self.config()

    def config(self) -> dict[str, Any]:
        return {
            "token_lifetime": self.tokens.lifetime,
            "valid_for": self.tokens.valid_for,
            "rate_limit": self.token_limiter.limit,
            "rate_window": self.token_limiter.window,
            "validate_requests": self.validate_requests,
            "validate_responses": self.validate_responses,
        }

    def stats(self) -> dict[str, Any]:
        with self.lock:
            return {
                "provider": self.provider,
                "token_requests": self.tokens.token_requests,
                "token_attempts": self.tokens.token_attempts,
                "token_request_times": self.tokens.token_request_times,
                "unauthorized": self.unauthorized,
                "violations": list(self.violations),
                "errors": list(self.errors),
                "requests": dict(self.requests),
                "clock_offset": self.clock.offset,
                "config": self.config(),
            }

    def reset_stats(self) -> None:
        """Zero the counters and forget violations (tokens and provider data stay)."""
        with self.lock:
            self.tokens.reset_counters()
            self.token_limiter.reset()
            self.violations.clear()
            self.errors.clear()
            self.requests.clear()
            self.request_log.clear()
            self.unauthorized = 0
            self.faults.clear()
            self.violations_expected = False
            self.violation_passthrough = False

    def control_routes(self) -> list[BaseRoute]:
        """Provider-specific control routes (under /_sandbox/); none by default."""
        return []


StateT = TypeVar("StateT", bound=SandboxState)


def _json_body_sync(raw: bytes) -> dict[str, Any]:
    if not raw.strip():
        return {}
    value = json.loads(raw)
    if not isinstance(value, dict):
        raise ValueError("expected a JSON object")
    return value


def _common_control_routes(state: SandboxState) -> list[BaseRoute]:
    async def health(request: Request) -> Response:
        return JSONResponse({"ok": True, "provider": state.provider})

    async def stats(request: Request) -> Response:
        return JSONResponse(state.stats())

    async def revoke(request: Request) -> Response:
        return JSONResponse({"revoked": state.revoke_tokens()})

    async def expire(request: Request) -> Response:
        return JSONResponse({"expired": state.expire_tokens()})

    async def reset_stats(request: Request) -> Response:
        state.reset_stats()
        return JSONResponse({"ok": True})

    async def config(request: Request) -> Response:
        if request.method == "GET":
            return JSONResponse(state.config())
        try:
            return JSONResponse(state.configure(**_json_body_sync(await request.body())))
        except (ValueError, TypeError) as exc:
            return JSONResponse({"error": str(exc)}, 400)

    async def fail_next(request: Request) -> Response:
        try:
            options = _json_body_sync(await request.body())
            fault = state.fail_next(**options)
        except (ValueError, TypeError) as exc:
            return JSONResponse({"error": str(exc)}, 400)
        return JSONResponse(
            {
                "queued": {
                    "status": fault.status,
                    "path": fault.path,
                    "times": fault.times,
                    "drop_connection": fault.drop_connection,
                }
            }
        )

    async def advance(request: Request) -> Response:
        try:
            state.clock.advance(float(_json_body_sync(await request.body()).get("seconds", 0)))
        except (ValueError, TypeError) as exc:
            return JSONResponse({"error": str(exc)}, 400)
        return JSONResponse({"clock_offset": state.clock.offset})

    p = CONTROL_PREFIX
    return [
        Route(p + "health", health, methods=["GET"]),
        Route(p + "stats", stats, methods=["GET"]),
        Route(p + "revoke", revoke, methods=["POST"]),
        Route(p + "expire", expire, methods=["POST"]),
        Route(p + "reset-stats", reset_stats, methods=["POST"]),
        Route(p + "config", config, methods=["GET", "POST"]),
        Route(p + "fail-next", fail_next, methods=["POST"]),
        Route(p + "advance", advance, methods=["POST"]),
    ]


# --------------------------------------------------------------------------- the app


def _replaying(body: bytes, receive: Receive) -> Receive:
    """A `receive` that yields the already-read body once, then defers to the real one."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _drop_connection(receive: Receive, send: Send) -> None:
    """Close the client's connection without writing a single byte of response.

    uvicorn hands the app its protocol's bound `send`, whose `__self__.transport`
    is the socket; closing it makes the client see "server disconnected without
    sending a response". We then wait for uvicorn to notice the disconnect so it
    does not try to send a 500 of its own. If the server is not uvicorn, fall back
    to starting a response and aborting it (the client sees a broken response).
    """
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is None:
        await send({"type": "http.response.start", "status": 500, "headers": [(b"content-length", b"100")]})
        raise ConnectionAbortedError("sandbox: dropping the connection (fault injection)")
    transport.close()
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(2):
            while (await receive())["type"] != "http.disconnect":
                pass


class SandboxApp(Starlette):
    """A provider's routes plus the sandbox machinery around them.

    For every request outside `/_sandbox/`: count it, validate it against the spec
    (a recorded violation and the provider's bad-request answer if the spec forbids it), apply
    a queued fault if one matches, then run the provider's handler (optionally
    validating its response against the spec too).
    """

    def __init__(self, state: SandboxState, routes: list[BaseRoute]) -> None:
        super().__init__(routes=[*_common_control_routes(state), *state.control_routes(), *routes])
        self.sandbox = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(CONTROL_PREFIX):
            await super().__call__(scope, receive, send)
            return
        state = self.sandbox
        body = await _read_body(receive)
        replay = _replaying(body, receive)
        request = Request(scope, replay)
        state.count_request(request.method, request.url.path)

        if state.validate_requests:
            try:
                problems = state.validator.request_problems(request, body)
            except Exception as exc:  # a broken or missing spec must not look like a pass
                text = f"{request.method} {request.url.path}: could not validate: {type(exc).__name__}: {exc}"
                problems = [RequestProblem(text, "invalid")]
            if problems:
                for problem in problems:
                    state.record_violation(problem.text)
                answer = None if state.violation_passthrough else state.answer_violation(request, problems)
                if answer is not None:
                    await answer(scope, replay, send)
                    return

        fault = state.faults.take(request.method, request.url.path)
        if fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
            if fault.status == 0:
                fault = None
        if fault is not None and not fault.drop_connection:
            injected: list[Message] = []

            async def keep(message: Message) -> None:
                injected.append(message)

            await state.fault_response(fault)(scope, replay, keep)
            if state.validate_responses:
                # An injected error must look like the provider's, where the spec documents that status;
                # a status it does not document (a 503 from a proxy, say) is the point of the fault.
                status, headers, response_body = _unpack(injected)
                try:
                    problems = state.validator.response_errors(request, body, status, headers, response_body)
                except Exception as exc:
                    problems = [f"injected response to {request.method} {request.url.path}: could not validate: {exc}"]
                for problem in problems:
                    if "ResponseNotFound" not in problem:
                        state.record_violation(f"injected {problem}")
            for message in injected:
                await send(message)
            return

        capture = fault is not None or state.validate_responses
        messages: list[Message] = []

        async def capturing(message: Message) -> None:
            messages.append(message)

        try:
            await super().__call__(scope, _replaying(body, receive), capturing if capture else send)
        except Exception as exc:
            state.record_error(f"{request.method} {request.url.path}: {type(exc).__name__}: {exc}")
            if capture and not messages:
                messages.extend(_plain_500())
            elif not capture:
                return  # Starlette's ServerErrorMiddleware already answered 500

        if fault is not None:  # drop_connection: the request took effect; now hang up
            await _drop_connection(receive, send)
            return
        if capture:
            status, headers, response_body = _unpack(messages)
            if state.validate_responses and 200 <= status < 600:
                try:
                    problems = state.validator.response_errors(request, body, status, headers, response_body)
                except Exception as exc:
                    problems = [f"response to {request.method} {request.url.path}: could not validate: {exc}"]
                for problem in problems:
                    state.record_violation(problem)
            for message in messages:
                await send(message)


def _plain_500() -> list[Message]:
    return [
        {"type": "http.response.start", "status": 500, "headers": [(b"content-type", b"text/plain")]},
        {"type": "http.response.body", "body": b"Internal Server Error", "more_body": False},
    ]


def _unpack(messages: list[Message]) -> tuple[int, Headers, bytes]:
    start = next(m for m in messages if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
    return int(start["status"]), Headers(raw=list(start.get("headers", []))), body


# --------------------------------------------------------------------------- serving


class _Registry:
    """Every sandbox state served in this process (weakly: only while served or kept)."""

    def __init__(self) -> None:
        self._states: list[SandboxState] = []
        self._lock = threading.Lock()

    def add(self, state: SandboxState) -> None:
        with self._lock:
            if all(s is not state for s in self._states):
                self._states.append(state)

    def remove(self, state: SandboxState) -> None:
        with self._lock:
            self._states = [s for s in self._states if s is not state]

    def states(self) -> list[SandboxState]:
        with self._lock:
            return list(self._states)


REGISTRY = _Registry()
# Listeners called with each state when serve() starts it (the pytest plugin uses this).
ON_SERVE: list[Callable[[SandboxState], None]] = []


@dataclass
class ServedSandbox(Generic[StateT]):
    """A running sandbox: where it listens and the state behind it."""

    base_url: str
    state: StateT
    server: SandboxServer = field(repr=False)

    @property
    def port(self) -> int:
        return int(self.base_url.rsplit(":", 1)[1])

    @property
    def client_id(self) -> str | None:
        return self.state.client_id

    @property
    def client_secret(self) -> str | None:
        return self.state.client_secret

    def url(self, path: str) -> str:
        return self.base_url + "/" + path.lstrip("/")

    def expect_violations(self, passthrough: bool = False) -> None:
        """See `SandboxState.expect_violations`."""
        self.state.expect_violations(passthrough)


class _Slot:
    """The ASGI app uvicorn runs: forwards to whichever sandbox app is mounted."""

    def __init__(self) -> None:
        self.app: Any = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        app = self.app
        if app is None:
            if scope["type"] == "http":
                await JSONResponse({"error": "no sandbox is mounted on this server"}, 503)(scope, receive, send)
            return
        await app(scope, receive, send)


class SandboxServer:
    """uvicorn on 127.0.0.1 in a daemon thread, serving one mounted app at a time.

    Starting uvicorn costs ~50 ms and stopping it ~150 ms, so test fixtures keep one
    server per provider for the session and mount a fresh app (fresh state) per test.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        self.requested_port = port
        self.base_url = ""
        self._slot = _Slot()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> str:
        """Start listening (port 0 picks a free port); returns the base URL."""
        if self.running:
            return self.base_url
        config = uvicorn.Config(
            self._slot,
            host=self.host,
            port=self.requested_port,
            log_level="warning",
            lifespan="off",
            access_log=False,
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, name=f"sandbox-server-{self.requested_port}", daemon=True)
        thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                server.should_exit = True
                raise RuntimeError(f"sandbox server did not start on {self.host}:{self.requested_port}")
            time.sleep(0.002)
        port = server.servers[0].sockets[0].getsockname()[1]
        self._server, self._thread = server, thread
        self.base_url = f"http://{self.host}:{port}"
        return self.base_url

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
        self._server = self._thread = None

    @contextlib.contextmanager
    def mount(self, app: Any) -> Iterator[ServedSandbox[Any]]:
        """Serve `app` here until the block ends; yields once its health route answers."""
        with self._lock:
            if self._slot.app is not None:
                raise RuntimeError(f"{self.base_url} already serves a sandbox; use another SandboxServer")
            self._slot.app = app
        state = getattr(app, "sandbox", None)
        try:
            self.start()
            if state is not None:
                state.base_url = self.base_url
                if state.validate_requests or state.validate_responses:
                    _ = state.validator.openapi  # load (and check) the spec now, not on the first request
            if state is not None:
                # Any other app (a test's webhook receiver) is served once uvicorn listens.
                _wait_healthy(self.base_url, time.monotonic() + 10)
                REGISTRY.add(state)
                for listener in list(ON_SERVE):
                    listener(state)
            yield ServedSandbox(self.base_url, state, self)
        finally:
            with self._lock:
                self._slot.app = None
            if state is not None:
                REGISTRY.remove(state)


@contextlib.contextmanager
def serve(app: Any, *, host: str = "127.0.0.1", port: int = 0) -> Iterator[ServedSandbox[Any]]:
    """Serve `app` with uvicorn in a daemon thread until the block ends.

    Port 0 picks a free port. Yields once `GET /_sandbox/health` answers, with the
    base URL ("http://127.0.0.1:PORT") and, for a `SandboxApp`, its state.
    """
    server = SandboxServer(host, port)
    try:
        with server.mount(app) as handle:
            yield handle
    finally:
        server.stop()


_SHARED: dict[str, SandboxServer] = {}
_SHARED_LOCK = threading.Lock()


def shared_server(name: str) -> SandboxServer:
    """A process-wide server for `name` (one per provider), started on first use."""
    with _SHARED_LOCK:
        server = _SHARED.get(name)
        if server is None:
            server = _SHARED[name] = SandboxServer()
        server.start()
        return server


def stop_shared_servers() -> None:
    with _SHARED_LOCK:
        servers = list(_SHARED.values())
        _SHARED.clear()
    for server in servers:
        server.stop()


def _wait_healthy(base_url: str, deadline: float) -> None:
    import httpx

    with httpx.Client(base_url=base_url, timeout=2.0) as client:
        while True:
            try:
                if client.get(CONTROL_PREFIX + "health").status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"sandbox at {base_url} never answered {CONTROL_PREFIX}health")
            time.sleep(0.005)


# --------------------------------------------------------------------------- request helpers


async def read_fields(request: Request) -> dict[str, Any]:
    """The body's fields, whatever the encoding the provider accepts.

    JSON objects are returned as they are. Form bodies (multipart or urlencoded)
    give strings; a `name[]` key (or a repeated key) gives a list under `name`.
    A `text/plain` body holding JSON (Airalo's older refund docs) is read as JSON.
    Raises ValueError for a body that cannot be read.
    """
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    raw = await request.body()
    if content_type in ("multipart/form-data", "application/x-www-form-urlencoded"):
        try:
            form = await request.form()
        except (HTTPException, MultiPartException) as exc:  # e.g. a multipart type without its boundary
            raise ValueError(f"body is not a readable form: {getattr(exc, 'detail', exc)}") from None
        fields: dict[str, Any] = {}
        for key in dict.fromkeys(form.keys()):
            values = [v if isinstance(v, str) else v.filename or "" for v in form.getlist(key)]
            if key.endswith("[]"):
                fields[key[:-2]] = values
            elif "[" in key and key.endswith("]") and key.split("[", 1)[1][:-1].isdigit():
                fields.setdefault(key.split("[", 1)[0], []).extend(values)
            else:
                fields[key] = values if len(values) > 1 else values[0]
        return fields
    if not raw.strip():
        return {}
    try:
        value = json.loads(raw)
    except ValueError as exc:
        raise ValueError(f"body is not JSON: {exc}") from None
    if not isinstance(value, dict):
        raise ValueError("body must be a JSON object")
    return value


def query_int(params: QueryParams, name: str) -> int | str | None:
    """An integer query parameter: the int, None if absent, or the raw string if invalid."""
    raw = params.get(name)
    if raw is None or raw == "":
        return None
    try:
        return int(raw)
    except ValueError:
        return raw


Handler = Callable[[Request], Awaitable[Response]]


def check_json_accept(state: SandboxState, request: Request) -> None:
    """Record a violation when a request lacks the `Accept: application/json` the provider's docs send.

    For the token endpoints whose samples send it (Airalo, Aeropay, GoGoX). The request is still
    answered as the provider would: no source says they refuse it, so only our tests notice.
    """
    ranges = [part.split(";")[0].strip().lower() for part in request.headers.get("accept", "").split(",")]
    if "application/json" not in ranges:
        shown = request.headers.get("accept")
        state.record_violation(
            f"{request.method} {request.url.path}: Accept is {shown!r}, the docs send 'application/json'"
        )
