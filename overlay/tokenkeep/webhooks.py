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

Airalo's signature covers the raw bytes, so it is checked before anything is parsed.
Aeropay's covers a re-serialisation, so the body must be parsed first; then many
encodings of one delivery (other whitespace, escapes, duplicate keys) carry the same
valid signature. `verify_aeropay` therefore returns the delivery's key, a digest of
the text the signature covers, which is the same for all of them: de-duplicate on it,
never on the raw bytes. It also refuses a delivery whose signed `date` is older than
`max_age` (a day by default: Aeropay retries with the same date, on a schedule it does
not publish), so a receiver need remember keys only that long.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

from ._exceptions import TokenkeepError

__all__ = [
    "AEROPAY_MAX_AGE",
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

#: How old (seconds) an Aeropay delivery's signed `date` may be. Aeropay retries a delivery 5 times with
#: backoff, keeping its date, on a schedule it does not publish: a day leaves room for all of them.
#: Remember handled delivery keys at least this long.
AEROPAY_MAX_AGE = 86400.0

#: How far ahead of our clock a signed date may be (the two clocks differ a little).
AEROPAY_CLOCK_SKEW = 300.0


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


def _header(signature: str | None, *, header: str, length: int) -> str:
    """The signature header, normalised; refused before the body is even read if missing or malformed."""
    if signature is None or not signature.strip():
        raise WebhookSignatureError(f"the {header} header is missing: the request is not signed")
    candidate = signature.strip().lower()
    if len(candidate) != length or not _HEX.match(candidate):
        raise WebhookSignatureError(f"the {header} header is not a {length}-character hex digest")
    return candidate


def _compare(expected: str, candidate: str, *, header: str) -> None:
    # compare_digest: the time taken does not reveal how much of the signature matched.
    if not hmac.compare_digest(expected.encode(), candidate.encode()):
        raise WebhookSignatureError(f"the {header} signature does not match the body (wrong key or altered body)")


def _check(expected: str, signature: str | None, *, header: str, length: int) -> None:
    _compare(expected, _header(signature, header=header, length=length), header=header)


def verify_airalo(*, body: bytes, signature: str | None, secret: str) -> None:
    """Raise WebhookSignatureError unless `signature` is Airalo's signature of `body`."""
    if not secret:
        raise ValueError("verify_airalo needs the client secret the webhook was signed with")
    _check(airalo_signature(body, secret), signature, header="airalo-signature", length=128)


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        # UTF-8 only, as sent (json.loads would also take UTF-16 or a BOM, which the payload models refuse:
        # what verifies must be what parses).
        payload: Any = json.loads(body.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # RecursionError: nested deeper than Python recurses
        raise WebhookPayloadError(f"the webhook body is not JSON ({type(exc).__name__})") from None
    if not isinstance(payload, dict):
        raise WebhookPayloadError("the webhook body is not a JSON object")
    return payload


def _aeropay_signed_text(payload: dict[str, Any], webhook_url: str) -> bytes:
    try:
        return json.dumps({**payload, "url": webhook_url}).encode()
    except (ValueError, RecursionError) as exc:
        raise WebhookPayloadError(f"the webhook body cannot be re-serialised ({type(exc).__name__})") from None


def aeropay_signature(body: bytes, signing_key: str, webhook_url: str) -> str:
    """The signature Aeropay computes: the received object plus `url`, as Python's json.dumps writes it.

    Raises WebhookPayloadError if `body` is not a JSON object.
    """
    return _aeropay_hmac(_aeropay_signed_text(_json_object(body), webhook_url), signing_key)


def _aeropay_hmac(text: bytes, signing_key: str) -> str:
    return hmac.new(signing_key.encode(), text, hashlib.sha256).hexdigest()


def _signed_date(payload: dict[str, Any]) -> float | None:
    # Aeropay writes `YYYY-MM-DD HH:MM:SS` (sometimes with microseconds), in UTC with no offset.
    value = payload.get("date")
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def verify_aeropay(
    *,
    body: bytes,
    signature: str | None,
    signing_key: str,
    webhook_url: str,
    max_age: float | None = AEROPAY_MAX_AGE,
    now: float | None = None,
) -> str:
    """Raise WebhookSignatureError unless `signature` is Aeropay's signature of `body`, signed at most `max_age` ago.

    Returns the delivery's key: a SHA-256 of the text the signature covers, the same for every re-encoding
    of one delivery (whitespace, escapes, duplicate keys). Handle each key once, and remember it at least
    `max_age` seconds. `max_age=None` accepts any date (or none). `now`: the current time, for tests.
    A body that is not a JSON object raises WebhookPayloadError.
    """
    if not signing_key:
        raise ValueError("verify_aeropay needs the signing key from POST /v2/createWebhookSigningKey")
    candidate = _header(signature, header="ap-signature", length=64)
    text = _aeropay_signed_text(_json_object(body), webhook_url)
    _compare(_aeropay_hmac(text, signing_key), candidate, header="ap-signature")
    if max_age is not None:
        signed = _signed_date(json.loads(text))
        if signed is None:
            raise WebhookSignatureError(
                "the delivery has no readable signed date, so its age cannot be checked "
                "(pass max_age=None to accept undated deliveries)"
            )
        age = (time.time() if now is None else now) - signed
        if age > max_age or age < -AEROPAY_CLOCK_SKEW:
            raise WebhookSignatureError(
                f"the delivery was signed {age:.0f}s ago, outside the {max_age:.0f}s accepted: a replay, "
                "or a clock that is off"
            )
    return hashlib.sha256(text).hexdigest()


def _parse(body: bytes, model: PayloadModel[T_co]) -> T_co:
    try:
        return model.model_validate_json(body)
    except RecursionError:
        raise WebhookPayloadError("the webhook body is nested too deeply") from None
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
    body: bytes,
    *,
    signature: str | None,
    signing_key: str,
    webhook_url: str,
    model: PayloadModel[T_co],
    max_age: float | None = AEROPAY_MAX_AGE,
) -> T_co:
    """Verify Aeropay's `ap-signature` and the signed date (see verify_aeropay), then parse the body into `model`."""
    verify_aeropay(body=body, signature=signature, signing_key=signing_key, webhook_url=webhook_url, max_age=max_age)
    return _parse(body, model)


def parse_unsigned(body: bytes, *, model: PayloadModel[T_co]) -> T_co:
    """Parse a webhook that its provider does not sign (GoGoX, Onlinesim): nothing is verified.

    Protect such endpoints as their docs advise: a secret in the webhook URL and,
    where the provider publishes them, an allowlist of its IP addresses.
    """
    return _parse(body, model)
