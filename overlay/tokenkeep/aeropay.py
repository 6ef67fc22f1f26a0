"""Aeropay v2 API with scoped, managed tokens.

import tokenkeep.aeropay
from aeropay_client.api.transactions import create_transaction, get_transaction

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
from typing import TYPE_CHECKING, Any, Unpack

import httpx
from aeropay_client import Client
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
from ._manager import Store
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
from ._options import AUTH, CLIENT, AuthOptions, ClientOptions, Settings
from ._providers._common import client_settings, manager_for
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
from .webhooks import AEROPAY_MAX_AGE, WebhookPayloadError, WebhookSignatureError, verify_aeropay

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
    **options: Unpack[AuthOptions],
) -> AeropayAuth:
    """An httpx auth with a merchant token, or with a userForMerchant token when `user_id` is given.

    `store` defaults to a FileStore in the user cache; pass one store to every auth that should share
    tokens (Merchant does this for you). Aeropay documents no token rate limit (`rate_limit` None).
    """
    settings = Settings.read("auth", options, accepted=AUTH)
    return _auth(api_key, api_secret, merchant_id, user_id, base_url, settings)


def _auth(
    api_key: str, api_secret: str, merchant_id: int, user_id: str | None, base_url: str, settings: Settings
) -> AeropayAuth:
    endpoint = AeropayTokenEndpoint(
        api_key=api_key,
        api_secret=api_secret,
        merchant_id=merchant_id,
        user_id=user_id,
        base_url=base_url,
        timeout=settings.timeout,
        httpx_args=settings.httpx_args,
    )
    auth_policy = AuthPolicy(
        is_rejection=is_rejection,
        reads_body=True,
        prepare=scope_guard(endpoint.scope),
    )
    return AeropayAuth(manager_for(endpoint, settings, scope=endpoint.scope_key), auth_policy)


def client(
    api_key: str,
    api_secret: str,
    merchant_id: int,
    *,
    user_id: str | None = None,
    base_url: str = PRODUCTION_URL,
    **options: Unpack[ClientOptions],
) -> Client:
    """A generated `aeropay_client.Client` holding a merchant (or, with `user_id`, a userForMerchant) token."""
    settings = Settings.read("client", options, accepted=CLIENT)
    token_auth = _auth(api_key, api_secret, merchant_id, user_id, base_url, settings)
    return Client(**client_settings(base_url, token_auth, settings))


class Merchant:
    """One merchant's credentials and token store, handing out clients per scope.

    `client()` acts as the merchant; `user_client(user_id)` acts as one of its users. All share
    `store`, so each scope's token is fetched once however many clients use it. Options given
    here apply to every client; options given to `client()`/`user_client()` add to them.
    """

    def __init__(
        self,
        api_key: str,
        api_secret: str,
        merchant_id: int,
        *,
        base_url: str = PRODUCTION_URL,
        options: ClientOptions | None = None,
        **more: Unpack[ClientOptions],
    ) -> None:
        merged: dict[str, Any] = {**(options or {}), **more}
        Settings.read("Merchant", merged, accepted=CLIENT)  # an unknown option fails here, not at first use
        self.api_key = api_key
        self.api_secret = api_secret
        self.merchant_id = merchant_id
        self.base_url = base_url
        #: one store for every client of this merchant (default: a FileStore in the user cache)
        self.store: Store = merged.pop("store", None) or FileStore()
        self.options = merged

    def __repr__(self) -> str:
        return f"Merchant(merchant_id={self.merchant_id!r}, base_url={self.base_url!r})"

    def client(self, **options: Unpack[ClientOptions]) -> Client:
        return self._client(None, options)

    def user_client(self, user_id: str, **options: Unpack[ClientOptions]) -> Client:
        if not user_id:
            raise ValueError("user_client needs the user's id (the UUID returned by POST /v2/user)")
        return self._client(user_id, options)

    def _client(self, user_id: str | None, options: ClientOptions) -> Client:
        merged: dict[str, Any] = {"store": self.store, **self.options, **options}
        settings = Settings.read("client", merged, accepted=CLIENT)
        token_auth = _auth(self.api_key, self.api_secret, self.merchant_id, user_id, self.base_url, settings)
        return Client(**client_settings(self.base_url, token_auth, settings))


if TYPE_CHECKING:
    from aeropay_client import webhooks as _webhook_models

    #: Any Aeropay webhook payload model (pydantic, generated from the spec's `webhooks:`).
    WebhookEvent = (
        _webhook_models.TransactionWebhook
        | _webhook_models.TransactionRefundedWebhook
        | _webhook_models.PreauthCreatedWebhook
        | _webhook_models.UserWebhook
        | _webhook_models.ReputationWebhook
    )


def _webhook_event_type() -> Any:
    # Imported on first use: aeropay_client.webhooks needs pydantic, which only the [webhooks] extra installs,
    # and API calls through this module must work without it.
    from aeropay_client import webhooks as models

    union = (
        models.TransactionWebhook
        | models.TransactionRefundedWebhook
        | models.PreauthCreatedWebhook
        | models.UserWebhook
        | models.ReputationWebhook
    )
    return union


if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:  # `tokenkeep.aeropay.WebhookEvent` at run time, loaded lazily
        if name == "WebhookEvent":
            return _webhook_event_type()
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def parse_webhook(
    *, body: bytes, signature: str | None, signing_key: str, webhook_url: str, max_age: float | None = AEROPAY_MAX_AGE
) -> WebhookEvent:
    """Verify a delivery's `ap-signature` (constant time) and signed date, then parse it into its topic's model.

    Raises WebhookSignatureError for a missing or wrong signature or a date older than `max_age` seconds
    (None: any date), WebhookPayloadError for a body that is no Aeropay payload. Unknown topics are
    verified but parsed as the generic union. De-duplicate on `verify_aeropay`'s key, not on the bytes.
    """
    verify_aeropay(body=body, signature=signature, signing_key=signing_key, webhook_url=webhook_url, max_age=max_age)
    from aeropay_client import webhooks as models  # see _webhook_event_type

    try:
        payload: WebhookEvent = models.WebhookPayloads.model_validate_json(body).root
        model = models.WEBHOOKS.get(payload.topic)
        if model is None:
            return payload
        event = model.model_validate_json(body)
    except ValueError as exc:  # pydantic's ValidationError is a ValueError (no direct pydantic import here)
        raise WebhookPayloadError("the signed webhook body does not match any Aeropay payload") from exc
    known = (
        models.TransactionWebhook,
        models.TransactionRefundedWebhook,
        models.PreauthCreatedWebhook,
        models.UserWebhook,
        models.ReputationWebhook,
    )
    if not isinstance(event, known):  # WEBHOOKS maps topics to these models only (the WebhookEvent union)
        raise WebhookPayloadError(f"no payload model for the webhook topic {payload.topic!r}")
    return event
