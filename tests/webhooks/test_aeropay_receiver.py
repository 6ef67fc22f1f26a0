"""examples/webhooks/aeropay_receiver.py against the Aeropay sandbox over real HTTP."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import tokenkeep
import tokenkeep.aeropay
from aeropay_client import webhooks as payloads
from aeropay_client.api.transactions import create_transaction
from aeropay_client.api.webhooks import create_webhook_signing_key, subscribe_webhook
from aeropay_client.models import (
    CreateTransactionRequest,
    Money,
    SigningKeyResponse,
    TransactionResponse,
    WebhookSubscribeRequest,
    WebhookTopic,
)
from tokenkeep.webhooks import WebhookPayloadError, WebhookSignatureError, aeropay_signature, verify_aeropay

from examples.webhooks.aeropay_receiver import create_app
from tests.sandbox._common import ServedSandbox, serve
from tests.sandbox.aeropay import AeropaySandbox
from tests.sandbox.aeropay import create_app as create_sandbox

MERCHANT_ID = 1057


class FlakyHandler:
    """Records events; the first call fails, as a partner's database might."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, topic: str, event: Any) -> None:
        self.calls += 1
        if self.calls == 1:
            raise RuntimeError("database unavailable")


@pytest.fixture
def aeropay() -> Iterator[ServedSandbox[AeropaySandbox]]:
    state = AeropaySandbox()
    state.webhook_backoff = 0.01
    with serve(create_sandbox(state)) as served:
        yield served
    state.close()


def test_signed_payments_are_verified_parsed_and_handled_once(aeropay: ServedSandbox[AeropaySandbox]) -> None:
    state = aeropay.state
    merchant = tokenkeep.aeropay.Merchant(
        state.api_key, state.api_secret, MERCHANT_ID, base_url=aeropay.base_url, store=tokenkeep.MemoryStore()
    )
    handler = FlakyHandler()
    holder: dict[str, Any] = {}
    with serve(_late_bound(holder)) as partner:
        url = partner.url("/aeropay")
        with merchant.client() as api:
            topic = WebhookTopic.TRANSACTION_COMPLETED
            assert subscribe_webhook.sync(client=api, body=WebhookSubscribeRequest(topic=topic, url=url))
            key = create_webhook_signing_key.sync(client=api)
            assert isinstance(key, SigningKeyResponse)
        holder["app"] = app = create_app(key.signing_key, url, handler)
        user = state.onboard_user(MERCHANT_ID)
        with merchant.user_client(user.id) as as_user:
            body = CreateTransactionRequest(merchant_id=MERCHANT_ID, amount=Money(amount=2500, currency="USD"))
            paid = create_transaction.sync(client=as_user, body=body)
        assert isinstance(paid, TransactionResponse)
        (delivery,) = state.wait_for_webhooks()
        assert delivery.attempts[:2] == [500, 200]  # the failed handling was retried by Aeropay
        # A redelivery (the same signed body) is recognised, not handled again.
        again = httpx.post(url, content=delivery.body, headers={"ap-signature": delivery.signature})
        assert again.json() == {"status": "duplicate"}
    ((topic_name, event),) = app.state.handled.events
    assert topic_name == "transaction_completed" and isinstance(event, payloads.TransactionWebhook)
    assert (event.data.id, event.data.amount.amount) == (paid.transaction.id, 2500)
    assert handler.calls == 2


def test_tampered_wrong_key_unsigned_and_wrong_url_are_refused() -> None:
    url = "https://shop.example/aeropay"
    app = create_app("k" * 64, url, lambda topic, event: None)
    payload = {"topic": "user_suspended", "payloadVersion": "2.0", "data": {"userId": "u-1"}, "date": _now()}
    body = json.dumps(payload).encode()
    with serve(app) as partner:
        post = partner.url("/aeropay")
        cases = {
            "tampered": (body.replace(b"u-1", b"u-2"), aeropay_signature(body, "k" * 64, url)),
            "wrong key": (body, aeropay_signature(body, "x" * 64, url)),
            "wrong url": (body, aeropay_signature(body, "k" * 64, post)),
            "unsigned": (body, None),
        }
        for name, (content, signature) in cases.items():
            response = httpx.post(post, content=content, headers={"ap-signature": signature} if signature else {})
            assert response.status_code == 401 and "ap-signature" in response.json()["error"], name
        ok = httpx.post(post, content=body, headers={"ap-signature": aeropay_signature(body, "k" * 64, url)})
        assert ok.json() == {"status": "handled"}
        garbled = json.dumps({"topic": "user_suspended", "data": 5, "date": _now()}).encode()
        bad = httpx.post(post, content=garbled, headers={"ap-signature": aeropay_signature(garbled, "k" * 64, url)})
        assert bad.status_code == 400
    assert len(app.state.handled.events) == 1


def _late_bound(holder: dict[str, Any]) -> Any:
    """The receiver needs its own URL (Aeropay signs with it): serve first, build the app once the URL is known."""

    async def app(scope: Any, receive: Any, send: Any) -> None:
        await holder["app"](scope, receive, send)

    return app


def _now(offset: float = 0.0) -> str:
    """A signed date as Aeropay writes it (UTC, no offset)."""
    return datetime.fromtimestamp(time.time() + offset, UTC).strftime("%Y-%m-%d %H:%M:%S")


def _reencodings(body: bytes) -> dict[str, bytes]:
    """Seven other encodings of one JSON object: each loads to the same object, so each carries the same signature."""
    text = body.decode()
    payload = json.loads(body)
    first_key = next(iter(payload))
    return {
        "compact separators": json.dumps(payload, separators=(",", ":")).encode(),
        "extra whitespace": ("\n  " + json.dumps(payload, indent=4).replace(": ", " :  ") + "\n\n").encode(),
        "\\u002d escape": text.replace("-", "\\u002d").encode(),
        "\\/ and \\u005f escapes": text.replace("_", "\\u005f").replace("/", "\\/").encode(),
        "duplicate key": ("{" + json.dumps(first_key) + ': "overridden", ' + text[1:]).encode(),
        "escaped key": text.replace('"topic"', '"\\u0074opic"').encode(),
        "escaped character in a value": text.replace('"2.0"', '"2\\u002e0"').encode(),
    }


def test_re_encodings_of_one_signed_delivery_are_the_same_delivery(aeropay: ServedSandbox[AeropaySandbox]) -> None:
    """A captured delivery re-encoded seven ways verifies each time, and each is recognised as the one delivery."""
    state = aeropay.state
    merchant = tokenkeep.aeropay.Merchant(
        state.api_key, state.api_secret, MERCHANT_ID, base_url=aeropay.base_url, store=tokenkeep.MemoryStore()
    )
    holder: dict[str, Any] = {}
    with serve(_late_bound(holder)) as partner:
        url = partner.url("/aeropay")
        with merchant.client() as api:
            topic = WebhookTopic.TRANSACTION_COMPLETED
            assert subscribe_webhook.sync(client=api, body=WebhookSubscribeRequest(topic=topic, url=url))
            key = create_webhook_signing_key.sync(client=api)
            assert isinstance(key, SigningKeyResponse)
        holder["app"] = app = create_app(key.signing_key, url, lambda topic, event: None)
        user = state.onboard_user(MERCHANT_ID)
        with merchant.user_client(user.id) as as_user:
            body = CreateTransactionRequest(merchant_id=MERCHANT_ID, amount=Money(amount=2500, currency="USD"))
            assert isinstance(create_transaction.sync(client=as_user, body=body), TransactionResponse)
        (delivery,) = state.wait_for_webhooks()
        assert delivery.attempts == [200]
        variants = _reencodings(delivery.body)
        assert len(set(variants.values()) | {delivery.body}) == 8
        for name, variant in variants.items():
            answer = httpx.post(url, content=variant, headers={"ap-signature": delivery.signature})
            assert answer.status_code == 200 and answer.json() == {"status": "duplicate"}, name
    assert len(app.state.handled.events) == 1
    keys = {
        verify_aeropay(body=v, signature=delivery.signature, signing_key=key.signing_key, webhook_url=url)
        for v in (delivery.body, *variants.values())
    }
    assert len(keys) == 1


def test_a_delivery_signed_long_ago_is_refused_as_a_replay() -> None:
    """A correctly signed delivery older than max_age (a day), or with no date, is refused; max_age=None accepts it."""
    url, key = "https://shop.example/aeropay", "k" * 64

    def signed(date: str | None) -> tuple[bytes, dict[str, str]]:
        payload: dict[str, Any] = {"topic": "user_active", "payloadVersion": "2.0", "data": {"userId": "u-1"}}
        if date is not None:
            payload["date"] = date
        body = json.dumps(payload).encode()
        return body, {"ap-signature": aeropay_signature(body, key, url)}

    strict, lenient = create_app(key, url, lambda t, e: None), create_app(key, url, lambda t, e: None, max_age=None)
    with serve(strict) as a, serve(lenient) as b:
        for date, reason in ((_now(-2 * 86400), "signed"), (_now(+3600), "signed"), (None, "no readable signed date")):
            body, headers = signed(date)
            refused = httpx.post(a.url("/aeropay"), content=body, headers=headers)
            assert refused.status_code == 401 and reason in refused.json()["error"], date
            assert httpx.post(b.url("/aeropay"), content=body, headers=headers).json() == {"status": "handled"}
        body, headers = signed(_now(-3600))  # within the day Aeropay may take to retry
        assert httpx.post(a.url("/aeropay"), content=body, headers=headers).json() == {"status": "handled"}
    with pytest.raises(WebhookSignatureError, match="signed"):
        verify_aeropay(body=body, signature=headers["ap-signature"], signing_key=key, webhook_url=url, max_age=60)


def test_a_deeply_nested_or_oversized_body_is_refused_without_a_500() -> None:
    """A body nested past Python's recursion limit is a 400 (WebhookPayloadError); one over the cap is a 413."""
    url, key = "https://shop.example/aeropay", "k" * 64
    app = create_app(key, url, lambda t, e: None, max_body=200_000)
    deep = b'{"topic": "user_active", "data": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"
    with serve(app) as partner:
        post = partner.url("/aeropay")
        nested = httpx.post(post, content=deep, headers={"ap-signature": "0" * 64})
        assert nested.status_code == 400 and "not JSON" in nested.json()["error"]
        huge = httpx.post(post, content=b" " * 200_001, headers={"ap-signature": "0" * 64})
        assert huge.status_code == 413
        unsigned = httpx.post(post, content=deep)  # refused on the header before the body is parsed
        assert unsigned.status_code == 401
    with pytest.raises(WebhookPayloadError):
        verify_aeropay(body=deep, signature="0" * 64, signing_key=key, webhook_url=url)
    assert app.state.handled.events == []
