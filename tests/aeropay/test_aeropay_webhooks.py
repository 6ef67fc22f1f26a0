"""Aeropay webhooks end to end: subscribe, create the signing key, receive signed deliveries, verify them."""

from __future__ import annotations

import json

import pytest
import tokenkeep.aeropay as ap
from aeropay_client import webhooks as payloads
from aeropay_client.api.transactions import create_transaction
from aeropay_client.api.webhooks import create_webhook_signing_key, delete_webhooks, list_webhooks, subscribe_webhook
from aeropay_client.models import (
    CreateTransactionRequest,
    CreateTransactionRequestExceptionScenario,
    Money,
    SigningKeyResponse,
    TransactionResponse,
    WebhookListResponse,
    WebhookSubscribeRequest,
    WebhookSubscribeResponse,
    WebhookTopic,
)
from aeropay_support import MERCHANT_ID, Shop, WebhookReceiver
from tokenkeep.webhooks import WebhookSignatureError

from tests.sandbox._common import ServedSandbox
from tests.sandbox.aeropay import AeropaySandbox

Served = ServedSandbox[AeropaySandbox]


def subscribe(shop: Shop, url: str, *topics: WebhookTopic) -> str:
    """Subscribe `url` to `topics` and return the new signing key."""
    api = shop.client()
    for topic in topics:
        answer = subscribe_webhook.sync(client=api, body=WebhookSubscribeRequest(topic=topic, url=url))
        assert isinstance(answer, WebhookSubscribeResponse) and answer.webhooks.url == url
    key = create_webhook_signing_key.sync(client=api)
    assert isinstance(key, SigningKeyResponse) and len(key.signing_key) == 64
    return key.signing_key


def pay(shop: Shop, user_id: str, cents: int, scenario: CreateTransactionRequestExceptionScenario | None = None) -> str:
    body = CreateTransactionRequest(merchant_id=MERCHANT_ID, amount=Money(amount=cents, currency="USD"))
    if scenario is not None:
        body.exception_scenario = scenario
    paid = create_transaction.sync(client=shop.user_client(user_id), body=body)
    assert isinstance(paid, TransactionResponse)
    return paid.transaction.id


def test_a_signed_delivery_verifies_and_parses_into_its_topic_model(
    aeropay: Served, shop: Shop, receiver: tuple[WebhookReceiver, str]
) -> None:
    """transaction_completed arrives with a valid ap-signature and parses into TransactionWebhook."""
    partner, url = receiver
    key = subscribe(shop, url, WebhookTopic.TRANSACTION_COMPLETED)
    user = aeropay.state.onboard_user()
    tx_id = pay(shop, user.id, 4321)
    assert partner.arrived.wait(10)
    (got,) = partner.received
    event = ap.parse_webhook(body=got.body, signature=got.headers.get("ap-signature"), signing_key=key, webhook_url=url)
    assert isinstance(event, payloads.TransactionWebhook)
    assert (event.topic, event.payload_version) == ("transaction_completed", "2.0")
    assert (event.data.id, event.data.amount.amount, event.data.status) == (tx_id, 4321, "pending")


def test_tampered_body_wrong_key_and_missing_header_are_rejected(
    aeropay: Served, shop: Shop, receiver: tuple[WebhookReceiver, str]
) -> None:
    """Changing one byte, using another key or URL, or dropping the header fails verification."""
    partner, url = receiver
    key = subscribe(shop, url, WebhookTopic.TRANSACTION_COMPLETED)
    pay(shop, aeropay.state.onboard_user().id, 1000)
    assert partner.arrived.wait(10)
    (got,) = partner.received
    signature = got.headers["ap-signature"]
    tampered = got.body.replace(b'"amount": 1000', b'"amount": 9000')
    assert tampered != got.body
    with pytest.raises(WebhookSignatureError, match="does not match"):
        ap.parse_webhook(body=tampered, signature=signature, signing_key=key, webhook_url=url)
    with pytest.raises(WebhookSignatureError, match="does not match"):
        ap.parse_webhook(body=got.body, signature=signature, signing_key="0" * 64, webhook_url=url)
    with pytest.raises(WebhookSignatureError, match="does not match"):
        ap.parse_webhook(body=got.body, signature=signature, signing_key=key, webhook_url=url + "/other")
    with pytest.raises(WebhookSignatureError, match="missing"):
        ap.parse_webhook(body=got.body, signature=None, signing_key=key, webhook_url=url)


def test_a_returned_payment_is_declined_and_the_user_suspended_by_webhook(
    aeropay: Served, shop: Shop, receiver: tuple[WebhookReceiver, str]
) -> None:
    """exceptionScenario returnInsufficient: 200 pending, then transaction_declined (R01) and user_suspended."""
    partner, url = receiver
    key = subscribe(shop, url, WebhookTopic.TRANSACTION_DECLINED, WebhookTopic.USER_SUSPENDED)
    user = aeropay.state.onboard_user()
    before = aeropay.state.bank_balance_of(user.id)
    tx_id = pay(shop, user.id, 700, CreateTransactionRequestExceptionScenario.RETURNINSUFFICIENT)
    for delivery in aeropay.state.deliveries:
        assert delivery.done.wait(10)
    events = [
        ap.parse_webhook(body=r.body, signature=r.headers["ap-signature"], signing_key=key, webhook_url=url)
        for r in partner.received
    ]
    declined = next(e for e in events if isinstance(e, payloads.TransactionWebhook))
    suspended = next(e for e in events if isinstance(e, payloads.UserWebhook))
    assert (declined.data.id, declined.data.return_code) == (tx_id, "R01")
    assert suspended.data.user_id == user.id
    assert aeropay.state.bank_balance_of(user.id) == before  # the return gave the money back


def test_deliveries_are_retried_until_the_endpoint_answers_200(
    aeropay: Served, shop: Shop, receiver: tuple[WebhookReceiver, str]
) -> None:
    """A 500 from the merchant is retried (up to 5 attempts); the same signed body every time."""
    partner, url = receiver
    partner.status = 500
    subscribe(shop, url, WebhookTopic.TRANSACTION_COMPLETED)
    pay(shop, aeropay.state.onboard_user().id, 100)
    (delivery,) = aeropay.state.deliveries
    assert delivery.done.wait(10)
    assert delivery.attempts == [500] * 5 and not delivery.delivered
    assert len({(r.body, r.headers["ap-signature"]) for r in partner.received}) == 1


def test_subscriptions_are_listed_and_deleted(aeropay: Served, shop: Shop) -> None:
    """GET lists the merchant's subscriptions; DELETE by topic answers them with string ids."""
    api = shop.client()
    subscribe_webhook.sync(
        client=api, body=WebhookSubscribeRequest(topic=WebhookTopic.USER_ACTIVE, url="https://merchant.example/h")
    )
    listed = list_webhooks.sync(client=api)
    assert isinstance(listed, WebhookListResponse) and [w.topic for w in listed.webhooks] == ["user_active"]
    deleted = delete_webhooks.sync(client=api, topic=WebhookTopic.USER_ACTIVE)
    assert isinstance(deleted, WebhookListResponse) and isinstance(deleted.webhooks[0].id, str)
    with pytest.raises(ap.AeropayWebhookError) as caught:
        delete_webhooks.sync(client=api)
    assert (caught.value.code, caught.value.status_code) == ("AP1100", 200)


# The sources give the AP11xx webhook errors HTTP 200 (reference §3, the error glossary); earlier
# versions of the spec said 400 with no source. The client must type them the same either way.
@pytest.mark.parametrize("status", [200, 400])
def test_webhook_errors_are_typed_under_either_http_status(aeropay: Served, shop: Shop, status: int) -> None:
    """AP1103 and AP1100 raise AeropayWebhookError with HTTP 200 or 400 alike (sync client)."""
    aeropay.state.webhook_error_status = status
    api = shop.client()
    # The spec's URL pattern already refuses what the sandbox would (a non-http URL is a request the client
    # should not send), so Aeropay's own AP1103 answer is injected with the status under test.
    refused = {"error": {"code": "AP1103", "message": "Url is invalid or missing", "help": ""}}
    aeropay.state.fail_next(status, refused, path="/v2/webhook")
    with pytest.raises(ap.AeropayWebhookError) as caught:
        subscribe_webhook.sync(
            client=api, body=WebhookSubscribeRequest(topic=WebhookTopic.USER_ACTIVE, url="https://hooks.example/x")
        )
    assert (caught.value.code, caught.value.status_code) == ("AP1103", status)
    with pytest.raises(ap.AeropayWebhookError) as caught:
        delete_webhooks.sync(client=api)
    assert (caught.value.code, caught.value.status_code) == ("AP1100", status)


@pytest.mark.parametrize("status", [200, 400])
async def test_webhook_errors_are_typed_under_either_http_status_async(
    aeropay: Served, ashop: Shop, status: int
) -> None:
    """The same for the async client."""
    aeropay.state.webhook_error_status = status
    api = ashop.client()
    with pytest.raises(ap.AeropayWebhookError) as caught:
        await delete_webhooks.asyncio(client=api)
    assert (caught.value.code, caught.value.status_code) == ("AP1100", status)


def test_unsigned_deliveries_before_a_signing_key_exist_fail_verification(
    aeropay: Served, shop: Shop, receiver: tuple[WebhookReceiver, str]
) -> None:
    """Without a signing key Aeropay sends no ap-signature: verification says the request is not signed."""
    partner, url = receiver
    subscribe_webhook.sync(
        client=shop.client(), body=WebhookSubscribeRequest(topic=WebhookTopic.TRANSACTION_COMPLETED, url=url)
    )
    pay(shop, aeropay.state.onboard_user().id, 100)
    assert partner.arrived.wait(10)
    (got,) = partner.received
    assert "ap-signature" not in got.headers
    assert json.loads(got.body)["topic"] == "transaction_completed"
    with pytest.raises(WebhookSignatureError, match="not signed"):
        ap.parse_webhook(body=got.body, signature=None, signing_key="0" * 64, webhook_url=url)
