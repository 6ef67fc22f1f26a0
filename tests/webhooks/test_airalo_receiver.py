"""examples/webhooks/airalo_receiver.py against the Airalo sandbox over real HTTP."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import tokenkeep
import tokenkeep.airalo
from airalo_client import models
from airalo_client.api.notifications import opt_in_notification, simulate_webhook
from airalo_client.api.orders import submit_order_async
from airalo_client.webhooks import AsyncOrderWebhook, CreditLimitWebhook, LowDataWebhook
from tokenkeep.webhooks import airalo_signature

from examples.webhooks.airalo_receiver import create_app
from tests.sandbox._common import ServedSandbox, serve
from tests.sandbox.airalo import AiraloSandbox
from tests.sandbox.airalo import create_app as create_sandbox

PACKAGE = "elan-7days-1gb"


class FirstRequestUnavailable:
    """ASGI wrapper: the receiver's first POST meets a 503, as during a deploy."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.failed = False

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["method"] == "POST" and not self.failed:
            self.failed = True
            await send({"type": "http.response.start", "status": 503, "headers": []})
            await send({"type": "http.response.body", "body": b""})
            return
        await self.app(scope, receive, send)


@pytest.fixture
def airalo() -> Iterator[ServedSandbox[AiraloSandbox]]:
    state = AiraloSandbox()
    state.webhook_backoff = 0.01
    state.verify_webhook_urls = True  # Airalo sends HEAD to a webhook URL before accepting it
    with serve(create_sandbox(state)) as served:
        yield served
    state.close()


def wait_until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 10
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_async_orders_and_notifications_are_verified_parsed_and_handled_once(
    airalo: ServedSandbox[AiraloSandbox],
) -> None:
    secret = airalo.client_secret
    assert airalo.client_id and secret
    handled: list[tuple[str, Any]] = []
    app = create_app(secret, lambda kind, event: handled.append((kind, event)))
    wrapped = FirstRequestUnavailable(app)
    with serve(wrapped) as partner:
        api = tokenkeep.airalo.client(airalo.client_id, secret, base_url=airalo.base_url, store=tokenkeep.MemoryStore())
        with api:
            for body in (
                models.AsyncOrdersOptIn(webhook_url=partner.url("/airalo/async-orders")),
                models.LowDataWebhookOptIn(webhook_url=partner.url("/airalo/low-data")),
                models.CreditLimitWebhookOptIn(
                    webhook_url=partner.url("/airalo/credit-limit"), levels=[models.CreditLimitLevel.VALUE_80]
                ),
            ):
                assert opt_in_notification.sync_detailed(client=api, body=body).status_code == 200
            accepted = submit_order_async.sync_detailed(
                client=api, body=models.AsyncOrderRequest(package_id=PACKAGE, quantity=1)
            )
            assert accepted.status_code == 202
            order_delivery = airalo.state.wait_for_webhooks()[0]
            # The first attempt met the 503 and Airalo's retry got through.
            assert order_delivery.attempts[:2] == [503, 200]
            # A redelivery of the same event is recognised and not handled again.
            again = airalo.state.send_webhook(order_delivery.url, order_delivery.event, order_delivery.payload)
            iccid = airalo.state.place_order(PACKAGE).sims[0].iccid
            fire_low = models.SimulateLowDataWebhook(type_=models.SimulateLowDataWebhookType.DATA_90, iccid=iccid)
            assert simulate_webhook.sync_detailed(client=api, body=fire_low).status_code == 200
            fire_credit = models.SimulateCreditLimitWebhook(level=models.CreditLimitLevel.VALUE_80)
            assert simulate_webhook.sync_detailed(client=api, body=fire_credit).status_code == 200
            airalo.state.wait_for_webhooks()
            assert again.attempts == [200]
    kinds = sorted(kind for kind, _ in handled)
    assert kinds == ["async-orders", "credit-limit", "low-data"]
    events = dict(handled)
    assert isinstance(events["async-orders"], AsyncOrderWebhook)
    assert events["async-orders"].data.request_id == accepted.parsed.data.request_id
    assert isinstance(events["low-data"], LowDataWebhook) and events["low-data"].iccid == iccid
    assert isinstance(events["credit-limit"], CreditLimitWebhook)
    assert len(app.state.handled.events) == 3


def test_tampered_unsigned_and_wrongly_keyed_deliveries_are_refused() -> None:
    handled: list[Any] = []
    app = create_app("the-client-secret", lambda kind, event: handled.append(event))
    with serve(app) as partner:
        url = partner.url("/airalo/low-data")
        assert httpx.head(url).status_code == 200  # the liveness check at opt-in
        body = b'{"level":"90%","iccid":"8910","remaining_percentage":10}'
        signature = airalo_signature(body, "the-client-secret")
        cases = {
            "tampered": (body.replace(b"90%", b"75%"), signature),
            "missing": (body, None),
            "wrong key": (body, airalo_signature(body, "another-secret")),
        }
        for name, (content, sig) in cases.items():
            headers = {"airalo-signature": sig} if sig else {}
            response = httpx.post(url, content=content, headers=headers)
            assert response.status_code == 401, name
            assert "airalo-signature" in response.json()["error"], name
            assert "the-client-secret" not in response.text
        assert httpx.post(url, content=body, headers={"airalo-signature": signature}).json() == {"status": "handled"}
        assert httpx.post(partner.url("/airalo/unknown"), content=body).status_code == 404
    assert len(handled) == 1
