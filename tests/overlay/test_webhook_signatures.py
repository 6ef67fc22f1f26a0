"""Webhook signature checks: right signatures pass; tampered bodies, wrong keys, missing headers fail."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from datetime import UTC, datetime

import pytest
from tokenkeep.webhooks import (
    WebhookPayloadError,
    WebhookSignatureError,
    aeropay_signature,
    airalo_signature,
    verify_aeropay,
    verify_airalo,
)

AIRALO_BODY = json.dumps(
    {"level": "90%", "package_name": "Kallur 1GB", "remaining_percentage": 10, "iccid": "891000000000009125"}
).encode()
AEROPAY_BODY = json.dumps(
    {
        "topic": "transaction_completed",
        "payloadVersion": "2.0",
        "data": {"transactionId": "t-1", "amount": "12.50"},
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S"),  # signed dates older than a day are refused
    }
).encode()
URL = "https://merchant.test/hooks/aeropay"


def test_airalo_signature_is_hmac_sha512_of_the_raw_body() -> None:
    """A body signed with the client secret verifies."""
    signature = hmac.new(b"client-secret", AIRALO_BODY, hashlib.sha512).hexdigest()
    assert airalo_signature(AIRALO_BODY, "client-secret") == signature
    verify_airalo(body=AIRALO_BODY, signature=signature, secret="client-secret")
    verify_airalo(body=AIRALO_BODY, signature=signature.upper(), secret="client-secret")


@pytest.mark.parametrize(
    ("body", "signature", "secret", "message"),
    [
        (AIRALO_BODY + b" ", None, "client-secret", "missing"),
        (AIRALO_BODY.replace(b"90%", b"75%"), "sign", "client-secret", "does not match"),
        (AIRALO_BODY, "sign", "other-secret", "does not match"),
        (AIRALO_BODY, "abc", "client-secret", "hex digest"),
    ],
    ids=["missing-header", "tampered-body", "wrong-key", "malformed"],
)
def test_airalo_rejections(body: bytes, signature: str | None, secret: str, message: str) -> None:
    """Each bad delivery is rejected with an error that says why, and never shows the secret."""
    if signature == "sign":
        signature = airalo_signature(AIRALO_BODY, "client-secret")
    with pytest.raises(WebhookSignatureError, match=message) as info:
        verify_airalo(body=body, signature=signature, secret=secret)
    assert "client-secret" not in str(info.value) and "other-secret" not in str(info.value)


def test_aeropay_signature_covers_the_body_plus_url_as_python_dumps_it() -> None:
    """Aeropay's signature is HMAC-SHA256 of json.dumps(body + url) with the signing key."""
    key = "a" * 64
    expected_text = json.dumps({**json.loads(AEROPAY_BODY), "url": URL})
    expected = hmac.new(key.encode(), expected_text.encode(), hashlib.sha256).hexdigest()
    assert aeropay_signature(AEROPAY_BODY, key, URL) == expected
    verify_aeropay(body=AEROPAY_BODY, signature=expected, signing_key=key, webhook_url=URL)


@pytest.mark.parametrize("case", ["tampered", "wrong-key", "wrong-url", "missing", "not-json"])
def test_aeropay_rejections(case: str) -> None:
    """Altered bodies, another key or URL, no header, or a non-JSON body are rejected."""
    key = "b" * 64
    good = aeropay_signature(AEROPAY_BODY, key, URL)
    kwargs = {"body": AEROPAY_BODY, "signature": good, "signing_key": key, "webhook_url": URL}
    if case == "tampered":
        kwargs["body"] = AEROPAY_BODY.replace(b"12.50", b"1250")
    elif case == "wrong-key":
        kwargs["signing_key"] = "c" * 64
    elif case == "wrong-url":
        kwargs["webhook_url"] = URL + "/other"
    elif case == "missing":
        kwargs["signature"] = None
    else:
        kwargs["body"] = b"not json"
    with pytest.raises(WebhookPayloadError if case == "not-json" else WebhookSignatureError):
        verify_aeropay(**kwargs)  # type: ignore[arg-type]


def test_aeropay_freshness_window_on_the_signed_date() -> None:
    """The signed date may be up to max_age old and a few minutes ahead; outside that it is refused."""
    key = "d" * 64
    good = aeropay_signature(AEROPAY_BODY, key, URL)
    signed_at = datetime.strptime(json.loads(AEROPAY_BODY)["date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    at = signed_at.timestamp()
    for now, ok in ((at + 86399, True), (at + 86401, False), (at - 299, True), (at - 301, False)):
        try:
            verify_aeropay(body=AEROPAY_BODY, signature=good, signing_key=key, webhook_url=URL, now=now)
        except WebhookSignatureError:
            assert not ok, now - at
        else:
            assert ok, now - at
    later = time.time() + 10 * 86400
    verify_aeropay(body=AEROPAY_BODY, signature=good, signing_key=key, webhook_url=URL, now=later, max_age=None)


def test_parse_failures_are_payload_errors_never_recursion_errors() -> None:
    """Bodies nested deeper than Python recurses, or not UTF-8 JSON objects, raise WebhookPayloadError."""
    from airalo_client.webhooks import LowDataWebhook
    from tokenkeep.webhooks import parse_unsigned

    deep = b'{"a": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"
    for body in (deep, b"[1, 2]", "{}".encode("utf-16"), b"\xef\xbb\xbf{}"):
        with pytest.raises(WebhookPayloadError):
            verify_aeropay(body=body, signature="0" * 64, signing_key="k", webhook_url=URL)
    with pytest.raises(WebhookPayloadError):
        parse_unsigned(deep, model=LowDataWebhook)


def test_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Signatures are compared with hmac.compare_digest."""
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    verify_airalo(body=AIRALO_BODY, signature=airalo_signature(AIRALO_BODY, "k"), secret="k")
    assert len(calls) == 1


def test_parse_airalo_verifies_then_returns_the_typed_payload() -> None:
    """A signed body becomes the generated model; extra fields are kept."""
    from airalo_client.webhooks import LowDataWebhook
    from tokenkeep.webhooks import parse_airalo

    body = json.dumps({"level": "90%", "iccid": "8910", "remaining_percentage": 10, "new_field": True}).encode()
    event = parse_airalo(body, signature=airalo_signature(body, "s3cret"), secret="s3cret", model=LowDataWebhook)
    assert isinstance(event, LowDataWebhook)
    assert (event.level, event.remaining_percentage, event.model_extra) == ("90%", 10, {"new_field": True})


def test_parse_refuses_an_unsigned_or_malformed_body_with_a_typed_error() -> None:
    """A wrong signature is refused before parsing; a body that is not the model names where it fails."""
    from airalo_client.webhooks import LowDataWebhook
    from tokenkeep.webhooks import WebhookError, WebhookPayloadError, parse_airalo, parse_unsigned

    body = b'{"remaining_percentage": "lots"}'
    with pytest.raises(WebhookSignatureError):
        parse_airalo(body, signature="0" * 128, secret="s3cret", model=LowDataWebhook)
    with pytest.raises(WebhookPayloadError, match="remaining_percentage") as info:
        parse_unsigned(body, model=LowDataWebhook)
    assert "lots" not in str(info.value)  # names the field, never echoes the values
    assert isinstance(info.value, WebhookError)
    with pytest.raises(WebhookPayloadError, match="LowDataWebhook"):
        parse_unsigned(b"not json", model=LowDataWebhook)
