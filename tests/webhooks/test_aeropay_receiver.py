"""examples/webhooks/aeropay_receiver.py against the Aeropay sandbox over real HTTP."""

from __future__ import annotations

import json
from collections.abc import Iterator
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
from tokenkeep.webhooks import aeropay_signature

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
    payload = {"topic": "user_suspended", "payloadVersion": "2.0", "data": {"userId": "u-1"}, "date": "2026-11-23"}
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
        garbled = b'{"topic": "user_suspended", "data": 5}'
        bad = httpx.post(post, content=garbled, headers={"ap-signature": aeropay_signature(garbled, "k" * 64, url)})
        assert bad.status_code == 400
    assert len(app.state.handled.events) == 1


def _late_bound(holder: dict[str, Any]) -> Any:
    """The receiver needs its own URL (Aeropay signs with it): serve first, build the app once the URL is known."""

    async def app(scope: Any, receive: Any, send: Any) -> None:
        await holder["app"](scope, receive, send)

    return app
