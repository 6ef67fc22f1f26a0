"""Webhook signature verification, over the raw body, in constant time; then the typed payload.

    from airalo_client.webhooks import AsyncOrderWebhook
    from tokenkeep.webhooks import parse_airalo

    event = parse_airalo(raw_bytes, signature=request.headers.get("airalo-signature"),
                         secret=CLIENT_SECRET, model=AsyncOrderWebhook)

Airalo signs with `airalo-signature`: lowercase hex HMAC-SHA512 of the body, keyed
with the client secret. Aeropay signs with `ap-signature`: lowercase hex
HMAC-SHA256, keyed with the webhook signing key, of the JSON text of the received
object with an extra key `url` (the registered webhook URL), serialised the way
Python's `json.dumps` does by default. GoGoX and Onlinesim document no signature:
there is nothing to verify (see the README for the shared-secret-in-URL and IP
allowlist advice their docs give).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from typing import Any, Protocol, TypeVar

from ._exceptions import TokenkeepError

__all__ = [
    "PayloadModel",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "aeropay_signature",
    "airalo_signature",
    "parse_aeropay",
    "parse_airalo",
    "parse_unsigned",
    "verify_aeropay",
    "verify_airalo",
]

T_co = TypeVar("T_co", covariant=True)

_HEX = re.compile(r"^[0-9a-fA-F]+$")


class WebhookError(TokenkeepError):
    """A webhook delivery cannot be accepted."""


class WebhookSignatureError(WebhookError):
    """A webhook's signature is missing, malformed or does not match its body."""


class WebhookPayloadError(WebhookError):
    """A webhook's body is not the payload its model describes (the message names the fields, not values)."""


class PayloadModel(Protocol[T_co]):
    """A generated webhook model (pydantic v2, from `<provider>_client.webhooks`)."""

    def model_validate_json(self, json_data: bytes, /) -> T_co: ...


def airalo_signature(body: bytes, secret: str) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha512).hexdigest()


def _check(expected: str, signature: str | None, *, header: str, length: int) -> None:
    if signature is None or not signature.strip():
        raise WebhookSignatureError(f"the {header} header is missing: the request is not signed")
    candidate = signature.strip().lower()
    if len(candidate) != length or not _HEX.match(candidate):
        raise WebhookSignatureError(f"the {header} header is not a {length}-character hex digest")
    # compare_digest: the time taken does not reveal how much of the signature matched.
    if not hmac.compare_digest(expected.encode(), candidate.encode()):
        raise WebhookSignatureError(f"the {header} signature does not match the body (wrong key or altered body)")


def verify_airalo(*, body: bytes, signature: str | None, secret: str) -> None:
    """Raise WebhookSignatureError unless `signature` is Airalo's signature of `body`."""
    if not secret:
        raise ValueError("verify_airalo needs the client secret the webhook was signed with")
    _check(airalo_signature(body, secret), signature, header="airalo-signature", length=128)


def aeropay_signature(body: bytes, signing_key: str, webhook_url: str) -> str:
    """The signature Aeropay computes: the received object plus `url`, as Python's json.dumps writes it."""
    try:
        payload: Any = json.loads(body)
    except ValueError as exc:
        raise WebhookSignatureError("the webhook body is not JSON, so it cannot carry a valid ap-signature") from exc
    if not isinstance(payload, dict):
        raise WebhookSignatureError("the webhook body is not a JSON object")
    payload["url"] = webhook_url
    return hmac.new(signing_key.encode(), json.dumps(payload).encode(), hashlib.sha256).hexdigest()


def verify_aeropay(*, body: bytes, signature: str | None, signing_key: str, webhook_url: str) -> None:
    """Raise WebhookSignatureError unless `signature` is Aeropay's signature of `body`."""
    if not signing_key:
        raise ValueError("verify_aeropay needs the signing key from POST /v2/createWebhookSigningKey")
    if signature is None or not signature.strip():
        raise WebhookSignatureError("the ap-signature header is missing: the request is not signed")
    _check(aeropay_signature(body, signing_key, webhook_url), signature, header="ap-signature", length=64)


def _parse(body: bytes, model: PayloadModel[T_co]) -> T_co:
    try:
        return model.model_validate_json(body)
    except ValueError as exc:  # pydantic's ValidationError is a ValueError
        errors = getattr(exc, "errors", None)
        where = ", ".join(".".join(map(str, e["loc"])) or "(body)" for e in errors()) if callable(errors) else ""
        name = getattr(model, "__name__", type(model).__name__)
        raise WebhookPayloadError(
            f"the webhook body is not a valid {name}" + (f" (at {where})" if where else "")
        ) from None


def parse_airalo(body: bytes, *, signature: str | None, secret: str, model: PayloadModel[T_co]) -> T_co:
    """Verify Airalo's `airalo-signature` over the raw body, then parse it into `model`."""
    verify_airalo(body=body, signature=signature, secret=secret)
    return _parse(body, model)


def parse_aeropay(
    body: bytes, *, signature: str | None, signing_key: str, webhook_url: str, model: PayloadModel[T_co]
) -> T_co:
    """Verify Aeropay's `ap-signature` over the raw body, then parse it into `model`."""
    verify_aeropay(body=body, signature=signature, signing_key=signing_key, webhook_url=webhook_url)
    return _parse(body, model)


def parse_unsigned(body: bytes, *, model: PayloadModel[T_co]) -> T_co:
    """Parse a webhook that its provider does not sign (GoGoX, Onlinesim): nothing is verified.

    Protect such endpoints as their docs advise: a secret in the webhook URL and,
    where the provider publishes them, an allowlist of its IP addresses.
    """
    return _parse(body, model)
