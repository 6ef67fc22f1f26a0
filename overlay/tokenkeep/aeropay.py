"""Aeropay v2 API with scoped, managed tokens.

import tokenkeep.aeropay
from aeropay_client.api.create_manage_transactions import create_transaction, get_transaction

merchant = tokenkeep.aeropay.Merchant(API_KEY, API_SECRET, merchant_id=1057)
api = merchant.client()                      # merchant token: users, payouts, reversals, reports...
as_user = merchant.user_client(user_id)      # userForMerchant token: bank linking, payments...

- Each (merchant) and (merchant, user) has its own cached token, refreshed before it expires (TTL
  1800 s from the token response) and again, once, when Aeropay refuses it (401, AP007/AP008, or
  AP002 as HTTP 400); the request is then replayed. Serving many users never fetches more than one
  merchant token, and users' tokens are never mixed.
- A call that needs the other scope raises tokenkeep.ScopeError before anything is sent.
- The money-moving POSTs (transaction, preauthTransaction, payoutTransaction, reverseTransaction)
  always carry an `Idempotency-Key`: the caller's, or a new UUID. It is the same on the replay after a
  token refresh, so that replay cannot charge twice. **If you retry a call yourself** (after a timeout
  or a dropped connection), pass the same key on every attempt (`idempotency_key=...` on the
  generated function; `new_idempotency_key()` makes one) — a new key is a new payment.
- **Exactly once:** `pay(as_user, body)` (and `preauthorize`, `payout`, `reverse`; `apay`... async)
  choose the key, replay a lost or late move with it until Aeropay answers or `MovePolicy.budget`
  ends, and return a `Receipt` (`.result`, `.idempotency_key`). Every error of the call carries
  `.idempotency_key`; an open outcome is `PaymentOutcomeUnknown`, whose `resolve()` resumes with the
  same key (docs/money-moves.md).
- Every Aeropay error, HTTP 200 business errors included, raises a typed AeropayError subclass
  (generated from the spec's catalogue: aeropay_client.errors, re-exported here) carrying `code`
  ("AP302"), `provider_message` and `help`; with an error status it is also tokenkeep's class for that
  status (BadRequestError...).
"""

from __future__ import annotations

import uuid
from typing import Any

import attrs
import httpx
from aeropay_client import Client
from aeropay_client import webhooks as _webhook_models
from aeropay_client.errors import (
    AeropayAuthError,
    AeropayBankError,
    AeropayBillingError,
    AeropayError,
    AeropayExternalError,
    AeropayIdempotencyError,
    AeropayInternalError,
    AeropayMerchantError,
    AeropayRefundError,
    AeropayTransactionError,
    AeropayUserError,
    AeropayValidationError,
    AeropayWebhookError,
    error_class,
)

from ._auth import AuthPolicy, TokenAuth
from ._constants import DEFAULT_TIMEOUT, REFRESH_BUFFER, REFRESH_WAIT
from ._manager import RefreshHook, RefreshPolicy, Store, shared_manager
from ._money import MovePolicy, Receipt
from ._money.aeropay import (
    PaymentOutcomeUnknown,
    apay,
    apayout,
    apreauthorize,
    areverse,
    pay,
    payout,
    preauthorize,
    reverse,
)
from ._providers._common import client_settings, timeout_or_default, without_auth
from ._providers.aeropay import (
    IDEMPOTENCY_HEADER,
    MERCHANT,
    OPERATIONS,
    PRODUCTION_URL,
    SANDBOX_URL,
    TOKEN_LIFETIME,
    USER_FOR_MERCHANT,
    AeropayTokenEndpoint,
    AeropayTokenError,
    AeropayTokenRejected,
    error_info,
    is_rejection,
    scope_guard,
)
from ._stores import FileStore
from .webhooks import WebhookPayloadError, WebhookSignatureError, verify_aeropay

__all__ = [
    "IDEMPOTENCY_HEADER",
    "MERCHANT",
    "OPERATIONS",
    "PRODUCTION_URL",
    "SANDBOX_URL",
    "TOKEN_LIFETIME",
    "USER_FOR_MERCHANT",
    "AeropayAuth",
    "AeropayAuthError",
    "AeropayBankError",
    "AeropayBillingError",
    "AeropayError",
    "AeropayExternalError",
    "AeropayIdempotencyError",
    "AeropayInternalError",
    "AeropayMerchantError",
    "AeropayRefundError",
    "AeropayTokenError",
    "AeropayTokenRejected",
    "AeropayTransactionError",
    "AeropayUserError",
    "AeropayValidationError",
    "AeropayWebhookError",
    "Merchant",
    "MovePolicy",
    "PaymentOutcomeUnknown",
    "Receipt",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "apay",
    "apayout",
    "apreauthorize",
    "areverse",
    "auth",
    "client",
    "error_class",
    "new_idempotency_key",
    "parse_webhook",
    "pay",
    "payout",
    "preauthorize",
    "reverse",
]


def new_idempotency_key() -> str:
    """A fresh Idempotency-Key (a UUID4). Reuse it on every retry of the same payment."""
    return str(uuid.uuid4())


class AeropayAuth(TokenAuth):
    """TokenAuth whose "refused twice" error is typed: AeropayTokenRejected (an AuthError) with the code."""

    def _rejected_twice(self, request: httpx.Request, response: httpx.Response) -> AeropayTokenRejected:
        plain = super()._rejected_twice(request, response)
        try:
            body: Any = response.json()
        except ValueError:
            body = None
        info = error_info(body)
        return AeropayTokenRejected(
            f"{plain.args[0]} ({info.code if info and info.code else 'no code'})",
            code=info.code if info else None,
            aeropay_message=info.message if info else None,
            status_code=response.status_code,
            body=body,
            response=response,
        )

    @property
    def scope(self) -> str:
        endpoint = self.manager.endpoint
        return endpoint.scope if isinstance(endpoint, AeropayTokenEndpoint) else MERCHANT


def auth(
    api_key: str,
    api_secret: str,
    merchant_id: int,
    *,
    user_id: str | None = None,
    base_url: str = PRODUCTION_URL,
    store: Store | None = None,
    refresh_buffer: float = REFRESH_BUFFER,
    refresh_wait: float = REFRESH_WAIT,
    on_refresh: RefreshHook | None = None,
    timeout: httpx.Timeout | float | None = None,
    httpx_args: dict[str, Any] | None = None,
) -> AeropayAuth:
    """An httpx auth with a merchant token, or with a userForMerchant token when `user_id` is given.

    `store` defaults to a FileStore in the user cache; pass one store to every auth that should share
    tokens (Merchant does this for you).
    """
    endpoint = AeropayTokenEndpoint(
        api_key=api_key,
        api_secret=api_secret,
        merchant_id=merchant_id,
        user_id=user_id,
        base_url=base_url,
        timeout=timeout_or_default(timeout, DEFAULT_TIMEOUT),
        httpx_args=without_auth(httpx_args),
    )
    # Aeropay documents no token rate limit.
    policy = RefreshPolicy(buffer=refresh_buffer, rate_limit=None, refresh_wait=refresh_wait, on_refresh=on_refresh)
    manager = shared_manager(endpoint, store if store is not None else FileStore(), policy, scope=endpoint.scope_key)
    auth_policy = AuthPolicy(
        is_rejection=is_rejection,
        reads_body=True,
        prepare=scope_guard(endpoint.scope),
    )
    return AeropayAuth(manager, auth_policy)


def client(
    api_key: str,
    api_secret: str,
    merchant_id: int,
    *,
    user_id: str | None = None,
    base_url: str = PRODUCTION_URL,
    store: Store | None = None,
    timeout: httpx.Timeout | float | None = None,
    httpx_args: dict[str, Any] | None = None,
    raise_on_unexpected_status: bool = True,
    **auth_options: Any,
) -> Client:
    """A generated `aeropay_client.Client` holding a merchant (or, with `user_id`, a userForMerchant) token."""
    timeout = timeout_or_default(timeout, DEFAULT_TIMEOUT)
    token_auth = auth(
        api_key,
        api_secret,
        merchant_id,
        user_id=user_id,
        base_url=base_url,
        store=store,
        timeout=timeout,
        httpx_args=httpx_args,
        **auth_options,
    )
    return Client(**client_settings(base_url, token_auth, timeout, httpx_args, raise_on_unexpected_status))


@attrs.define
class Merchant:
    """One merchant's credentials and token store, handing out clients per scope.

    `client()` acts as the merchant; `user_client(user_id)` acts as one of its users. All share
    `store`, so each scope's token is fetched once however many clients use it.
    """

    api_key: str = attrs.field(repr=False)
    api_secret: str = attrs.field(repr=False)
    merchant_id: int
    base_url: str = PRODUCTION_URL
    store: Store = attrs.field(factory=FileStore, repr=False)
    options: dict[str, Any] = attrs.field(factory=dict, repr=False)

    def client(self, **options: Any) -> Client:
        return client(
            self.api_key,
            self.api_secret,
            self.merchant_id,
            base_url=self.base_url,
            store=self.store,
            **{**self.options, **options},
        )

    def user_client(self, user_id: str, **options: Any) -> Client:
        if not user_id:
            raise ValueError("user_client needs the user's id (the UUID returned by POST /v2/user)")
        return client(
            self.api_key,
            self.api_secret,
            self.merchant_id,
            user_id=user_id,
            base_url=self.base_url,
            store=self.store,
            **{**self.options, **options},
        )


#: Any Aeropay webhook payload model (pydantic, generated from the spec's `webhooks:`).
WebhookEvent = (
    _webhook_models.TransactionWebhook
    | _webhook_models.TransactionRefundedWebhook
    | _webhook_models.PreauthCreatedWebhook
    | _webhook_models.UserWebhook
    | _webhook_models.ReputationWebhook
)


def parse_webhook(*, body: bytes, signature: str | None, signing_key: str, webhook_url: str) -> WebhookEvent:
    """Verify a delivery's `ap-signature` (constant time), then parse it into its topic's model.

    Raises WebhookSignatureError for a missing or wrong signature, WebhookPayloadError for a signed
    body that is no Aeropay payload. Unknown topics are verified but parsed as the generic union.
    """
    verify_aeropay(body=body, signature=signature, signing_key=signing_key, webhook_url=webhook_url)
    try:
        payload: WebhookEvent = _webhook_models.WebhookPayloads.model_validate_json(body).root
        model = _webhook_models.WEBHOOKS.get(payload.topic)
        if model is None:
            return payload
        event = model.model_validate_json(body)
    except ValueError as exc:  # pydantic's ValidationError is a ValueError (no direct pydantic import here)
        raise WebhookPayloadError("the signed webhook body does not match any Aeropay payload") from exc
    if not isinstance(event, WebhookEvent):  # WEBHOOKS maps topics to these models only
        raise WebhookPayloadError(f"no payload model for the webhook topic {payload.topic!r}")
    return event
