"""Aeropay: scoped JWTs from POST /v2/token, typed AP errors, scope checks, idempotency keys.

- Token: JSON `{apiKey, apiSecret, scope, id[, userId]}` → `{"TTL": 1800, "token": "<jwt>"}`; no refresh
  token. Two scopes: `merchant` (merchant id) and `userForMerchant` (merchant id + user id). Each
  (merchant, user) pair is its own cache entry and its own single-flight refresh; a merchant token is
  shared by every client of that merchant, whichever users they serve.
- A token is refused with HTTP 401 (AP007 expired, AP008 invalid...), and by the seed's reading with
  HTTP 400 AP002; an AP007/AP008 body is a refusal whatever the status. AP006 and AP009-AP011 say the
  token may not do this at all, so a new token would not help: they are raised, not retried.
- Errors come as `{"error": {"code", "message", "help"?}}`, the legacy flat `{"success": false,
  "code", "error": "<message>"}`, `{"error": "<text>"}` or `{"code", "message"}`; most business errors
  with HTTP 200. The generated operations raise aeropay_client.errors (one class per code family).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from types import ModuleType
from typing import Any, ClassVar

import attrs
import httpx
from aeropay_client import Client
from aeropay_client.api.token import request_token
from aeropay_client.errors import (
    AeropayAuthError,
    AeropayError,
    AeropayValidationError,
)
from aeropay_client.models import TokenRequest, TokenResponse
from aeropay_client.types import UNSET, Response

from .._exceptions import AuthError, ScopeError, TokenError
from .._token import Token, token_from_response
from ._common import GeneratedTokenEndpoint, error_body, rate_limited

PROVIDER = "aeropay"
SANDBOX_URL = "https://api.sandbox-pay.aero.inc"
PRODUCTION_URL = "https://api.aeropay.com"
TOKEN_LIFETIME = 1800.0
MERCHANT = "merchant"
USER_FOR_MERCHANT = "userForMerchant"
IDEMPOTENCY_HEADER = "Idempotency-Key"

# (method, path template, token scope, money-moving) for every v2 operation, generated from
# specs/aeropay.yaml (`x-token-scope`, the IdempotencyKey parameter) at development time;
# tests/aeropay/test_aeropay_overlay_unit.py fails if it drifts from the spec.
OPERATIONS: tuple[tuple[str, str, str, bool], ...] = (
    ("POST", "/v2/token", "none", False),
    ("POST", "/v2/user", "merchant", False),
    ("GET", "/v2/user", "userForMerchant", False),
    ("POST", "/v2/confirmUser", "merchant", False),
    ("GET", "/v2/aggregatorCredentials", "userForMerchant", False),
    ("POST", "/v2/linkAccountFromAggregator", "userForMerchant", False),
    ("PATCH", "/v2/userBankAccount/{bankAccountId}", "userForMerchant", False),
    ("GET", "/v2/bankAccounts", "userForMerchant", False),
    ("POST", "/v2/transaction", "userForMerchant", True),
    ("GET", "/v2/transaction/{transactionId}", "merchant", False),
    ("GET", "/v2/transaction/{transactionUUID}/refunds", "userForMerchant", False),
    ("GET", "/v2/transaction/idempotency/{idempotencyKey}", "merchant", False),
    ("POST", "/v2/preauthTransaction", "userForMerchant", True),
    ("GET", "/v2/preauthTransaction/{preauthTransactionId}", "merchant", False),
    ("PATCH", "/v2/preauthTransaction/{preauthTransactionId}", "merchant", False),
    ("DELETE", "/v2/preauthTransaction/{preauthTransactionId}", "merchant", False),
    ("GET", "/v2/preauthTransactions", "merchant", False),
    ("POST", "/v2/capturePreauthTransaction", "merchant", False),
    ("POST", "/v2/reverseTransaction", "merchant", True),
    ("POST", "/v2/payoutTransaction", "merchant", True),
    ("POST", "/v2/transactionSearch", "merchant", False),
    ("POST", "/v2/paymentLink", "merchant", False),
    ("POST", "/v2/createWebhookSigningKey", "merchant", False),
    ("POST", "/v2/webhook", "merchant", False),
    ("GET", "/v2/webhook", "merchant", False),
    ("DELETE", "/v2/webhook", "merchant", False),
    ("GET", "/v2/reports/transactions/CSV", "merchant", False),
    ("GET", "/v2/reports/transactions/totals", "merchant", False),
    ("GET", "/v2/reports/transactions/batches", "merchant", False),
    ("GET", "/v2/merchantReputation", "merchant", False),
    ("POST", "/v2/merchantReputation", "merchant", False),
    ("GET", "/v2/merchant/tipConfiguration", "merchant", False),
)


def _pattern(template: str) -> re.Pattern[str]:
    # Anchored at the end only: a base URL may put a prefix (a proxy path) before /v2/.
    return re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")


_ROUTES = [(method, _pattern(path), path, scope, moving) for method, path, scope, moving in OPERATIONS]


def operation_for(method: str, path: str) -> tuple[str, str, bool] | None:
    """(path template, scope, money-moving) of the v2 operation a request is for, or None."""
    for route_method, pattern, template, scope, moving in _ROUTES:
        if route_method == method.upper() and pattern.search(path):
            return template, scope, moving
    return None


# -- typed errors --------------------------------------------------------------------------


# The API's error classes are generated from the spec's catalogue (aeropay_client.errors) and raised by
# the generated operations; only the token side's classes live here.


class AeropayTokenRejected(AuthError, AeropayAuthError):  # type: ignore[misc]  # see TokenRateLimitError
    """The token endpoint refused the credentials (AP002...), or a fresh token was refused too.

    Both a tokenkeep AuthError and an AeropayAuthError carrying Aeropay's code.
    """

    def __init__(
        self,
        message: str,
        *,
        code: str | None,
        aeropay_message: str | None = None,
        status_code: int | None = None,
        body: Any = None,
        response: httpx.Response | None = None,
    ) -> None:
        AuthError.__init__(self, message, provider=PROVIDER, status_code=status_code, body=body, response=response)
        _token_side_fields(self, code, aeropay_message)


class AeropayTokenError(TokenError, AeropayValidationError):  # type: ignore[misc]
    """The token request itself was malformed (AP700 missing parameter, AP701 bad id or userId)."""

    def __init__(
        self,
        message: str,
        *,
        code: str | None,
        aeropay_message: str | None = None,
        status_code: int | None = None,
        body: Any = None,
    ) -> None:
        TokenError.__init__(self, message, provider=PROVIDER, status_code=status_code, body=body)
        _token_side_fields(self, code, aeropay_message)


def _token_side_fields(error: AeropayError, code: str | None, aeropay_message: str | None) -> None:
    """What an AeropayError carries besides a TokenError's fields (a token request has no operation)."""
    error.code = code
    error.provider_message = aeropay_message
    error.meaning = AeropayError.codes[code][1] if code in AeropayError.codes else None
    error.help = None
    error.operation = None
    error.request = None
    error.headers = httpx.Headers()
    error.model = None


_AUTH_CODES = frozenset({f"AP{n:03d}" for n in range(1, 12)} | {"AP101"})


@attrs.frozen
class ErrorInfo:
    code: str | None
    message: str | None
    help: str | None


def error_info(body: Any) -> ErrorInfo | None:
    """The code, message and help of any Aeropay error envelope; None for a body that is not one."""
    if not isinstance(body, dict):
        return None
    error = body.get("error")
    if isinstance(error, dict):
        return ErrorInfo(_text(error.get("code")), _text(error.get("message")), _text(error.get("help")))
    if isinstance(error, str):  # legacy flat form, or the report totals' {"error": "<text>"}
        return ErrorInfo(_text(body.get("code")), error, None)
    if error is None and "error" not in body and isinstance(body.get("code"), str) and "message" in body:
        return ErrorInfo(body["code"], _text(body.get("message")), None)  # aggregatorCredentials' flat 400
    return None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return None


def _describe(info: ErrorInfo) -> str:
    return f"{info.code or 'error'}: {info.message or 'no message'}"


# A new token helps with these: the token expired, was revoked, or (seed: HTTP 400 AP002) is not
# accepted. AP006 and AP009-AP011 say this token may not do this at all; another would not either.
_REFRESH_CODES = frozenset({"AP007", "AP008"})
_PERMANENT_401_CODES = frozenset({"AP006", "AP009", "AP010", "AP011"})


def is_rejection(response: httpx.Response) -> bool:
    """Does the answer say that the token was refused (so a new one should be fetched)?"""
    info = error_info(_json(response))
    code = info.code if info is not None else None
    if code in _REFRESH_CODES:
        return True
    if response.status_code == 401:
        return code not in _PERMANENT_401_CODES
    return response.status_code == 400 and code == "AP002"


def scope_guard(scope: str) -> Callable[[httpx.Request], None]:
    """An AuthPolicy.prepare: refuse an operation of the other scope; give money-moving POSTs a key."""

    def prepare(request: httpx.Request) -> None:
        found = operation_for(request.method, request.url.path)
        if found is None:
            return
        template, needed, moving = found
        if needed != "none" and needed != scope:
            raise ScopeError(
                f"aeropay: {request.method} {template} needs a {needed} token, but this client holds a "
                f"{scope} token; use tokenkeep.aeropay.client(..., user_id=...) for userForMerchant calls and "
                "a client without user_id for merchant calls"
            )
        if moving and IDEMPOTENCY_HEADER not in request.headers:
            # Set once, before the first send: a replay after a token refresh carries the same key.
            request.headers[IDEMPOTENCY_HEADER] = str(uuid.uuid4())

    return prepare


# -- the token endpoint --------------------------------------------------------------------


@attrs.frozen
class AeropayTokenEndpoint(GeneratedTokenEndpoint):
    api_key: str = attrs.field(repr=False)
    api_secret: str = attrs.field(repr=False)
    merchant_id: int
    user_id: str | None = None
    base_url: str = PRODUCTION_URL
    timeout: httpx.Timeout = attrs.field(factory=lambda: httpx.Timeout(30.0))
    httpx_args: dict[str, object] = attrs.field(factory=dict, repr=False)
    provider: str = PROVIDER
    client_class: ClassVar[type[Client]] = Client
    operation: ClassVar[ModuleType] = request_token

    def __attrs_post_init__(self) -> None:
        if not self.api_key or not self.api_secret:
            raise ValueError("Aeropay needs an api_key and an api_secret (ask support@aeropay.com for sandbox keys)")
        if self.user_id is not None and not self.user_id:
            raise ValueError("user_id must be the user's UUID, or None for a merchant token")

    @property
    def scope(self) -> str:
        return MERCHANT if self.user_id is None else USER_FOR_MERCHANT

    @property
    def scope_key(self) -> str:
        """What separates cache entries besides the credentials: scope, merchant and user. No secret."""
        return f"{self.scope}:{self.merchant_id}" + (f":{self.user_id}" if self.user_id else "")

    def identity(self) -> tuple[str, ...]:
        return (self.base_url.rstrip("/"), self.api_key)  # no secret: see TokenEndpoint.identity

    def secret(self) -> bytes:
        return self.api_secret.encode()

    def _body(self, previous: Token | None) -> TokenRequest:
        return TokenRequest(
            api_key=self.api_key,
            api_secret=self.api_secret,
            scope=self.scope,
            id=self.merchant_id,
            user_id=self.user_id if self.user_id is not None else UNSET,
        )

    def _token(self, response: Response[Any], issued_at: float, previous: Token | None) -> Token:
        status = int(response.status_code)
        parsed = response.parsed
        if status == 200 and isinstance(parsed, TokenResponse):
            return token_from_response(
                access_token=parsed.token,
                expires_in=parsed.ttl,
                issued_at=issued_at,
                max_lifetime=None,
                default_lifetime=TOKEN_LIFETIME,
                scope=self.scope,
            )
        body = error_body(response)
        if status == 429:
            raise rate_limited(PROVIDER, response, body)
        info = error_info(body) or ErrorInfo(None, None, None)
        where = f"aeropay: {self.scope} token request for merchant {self.merchant_id} refused"
        if status >= 500:
            # Aeropay's own failure, not a malformed request: a TokenError and nothing else.
            raise TokenError(
                f"{where} (HTTP {status}, {_describe(info)})", provider=PROVIDER, status_code=status, body=body
            )
        if status in (400, 401) and (info.code in _AUTH_CODES or status == 401):
            # AP002 comes as 400 (seed) or 401 (v2 spec); either way the credentials are wrong.
            raise AeropayTokenRejected(
                f"{where} (HTTP {status}, {_describe(info)}); check the api key and secret, the environment "
                "(sandbox and production keys differ), and that the user belongs to this merchant",
                code=info.code,
                aeropay_message=info.message,
                status_code=status,
                body=body,
            )
        raise AeropayTokenError(
            f"{where} (HTTP {status}, {_describe(info)})",
            code=info.code,
            aeropay_message=info.message,
            status_code=status,
            body=body,
        )
