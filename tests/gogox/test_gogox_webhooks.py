"""GoGoX order webhooks: the sandbox POSTs reference §7 payloads to a partner receiver over real HTTP.

The receiver is a small Starlette app served with tests.sandbox._common.serve; it
parses every payload with the generated `OrderWebhookEvent` model, and the raw
bodies are also checked against the spec's schema. Failed deliveries are retried
with exponential backoff, 10 attempts in all (the webhooks page).
"""

from __future__ import annotations

import json
import socket
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import yaml
from gogox_client.api.transport import cancel_transport_order, create_transport_order
from gogox_client.models import Order, OrderWebhookEvent
from gogox_client.types import Unset
from gogox_client.webhooks import OrderWebhookEvent as OrderWebhookPayload
from gogox_support import WebhookReceiver, api, order_request
from jsonschema import Draft202012Validator

from tests.sandbox._common import ServedSandbox
from tests.sandbox.gogox import GogoxSandbox

Served = ServedSandbox[GogoxSandbox]
Receiver = tuple[WebhookReceiver, str]

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "specs" / "gogox.yaml").read_text(encoding="utf-8"))
EVENT_SCHEMA = Draft202012Validator(
    {"$ref": "#/components/schemas/OrderWebhookEvent", "components": SPEC["components"]}
)


def place_order(gogox: Served) -> Order:
    with api(gogox) as client:
        order = create_transport_order.sync(client=client, body=order_request())
    assert isinstance(order, Order) and isinstance(order.uuid, str)
    return order


def status_of(event: OrderWebhookEvent) -> Any:
    return event.data.status


def test_order_lifecycle_is_reported_event_by_event(gogox: Served, receiver: Receiver) -> None:
    """created, matched, released, matched, completed, amendment_added arrive with the order as it is then."""
    partner, url = receiver
    gogox.state.configure(webhook_url=url)
    order = place_order(gogox)
    uuid = str(order.uuid)
    steps = [
        lambda: None,
        lambda: gogox.state.advance_order(uuid),
        lambda: gogox.state.release_order(uuid),
        lambda: gogox.state.advance_order(uuid),
        lambda: gogox.state.advance_order(uuid),
        lambda: gogox.state.add_amendment(uuid, 2000, "waiting_time"),
    ]
    for count, step in enumerate(steps, start=1):
        step()
        events = partner.wait_for(count)  # one at a time: deliveries run in parallel threads
    assert [e.kinds for e in events] == [
        ["order_created"], ["order_matched"], ["order_released"], ["order_matched"], ["order_completed"],
        ["amendment_added"],
    ]  # fmt: skip
    assert [status_of(e) for e in events] == ["pending", "active", "pending", "active", "completed", "completed"]
    assert all(e.data.uuid == uuid and e.data.nid == order.nid for e in events)
    assert events[0].reasons == ["Order Available on Platform"] and events[2].reasons == ["Order Available on Platform"]
    matched = events[1].data.courier
    assert not isinstance(matched, Unset) and isinstance(matched.name, str) and isinstance(matched.phone_number, str)
    assert events[2].data.courier is not None and not isinstance(events[2].data.courier, Unset)
    assert events[2].data.courier.to_dict() == {}  # released: no courier any more
    completed = events[4].data
    assert not isinstance(completed.pickup, Unset) and isinstance(completed.pickup.arrived_at, int)
    amended = events[5].data
    assert not isinstance(amended.price, Unset) and not isinstance(order.price, Unset)
    assert isinstance(amended.price.amount, int | float) and isinstance(order.price.amount, int | float)
    assert amended.price.amount == order.price.amount + 2000
    assert not isinstance(amended.price_breakdown, Unset)
    assert [item.key for item in amended.price_breakdown] == ["fee", "waiting_time"]
    for event in events:  # Hong Kong docs: ISO-8601 created_at
        assert isinstance(event.created_at, str) and datetime.fromisoformat(event.created_at).tzinfo is not None
    for body in partner.bodies:  # the spec's schema and the generated pydantic payload model agree
        EVENT_SCHEMA.validate(json.loads(body))
        payload = OrderWebhookPayload.model_validate_json(body)
        assert payload.data.uuid == uuid and payload.kinds[0] in body.decode()
    assert all(w.delivered and w.attempts == [204] for w in gogox.state.wait_for_webhooks())


def test_cancelling_reports_order_cancelled(gogox: Served, receiver: Receiver) -> None:
    """Cancelling over the API sends order_cancelled with the cancelled order."""
    partner, url = receiver
    gogox.state.configure(webhook_url=url)
    order = place_order(gogox)
    partner.wait_for(1)
    with api(gogox) as client:
        assert cancel_transport_order.sync_detailed(str(order.uuid), client=client).status_code == 200
    cancelled = partner.wait_for(2)[1]
    assert cancelled.kinds == ["order_cancelled"] and cancelled.reasons == ["Cancelled by client"]
    assert cancelled.data.status == "cancelled" and cancelled.data.uuid == order.uuid


def test_singapore_events_carry_epoch_created_at_and_sgd(gogox: Served, receiver: Receiver) -> None:
    """With the Singapore page's format created_at is an integer; prices are in SGD."""
    partner, url = receiver
    gogox.state.configure(webhook_url=url, region="sg", webhook_time_format="epoch")
    place_order(gogox)
    event = partner.wait_for(1)[0]
    assert isinstance(event.created_at, int) and abs(event.created_at - gogox.state.clock.now()) < 60
    assert not isinstance(event.data.price, Unset) and event.data.price.currency == "SGD"
    EVENT_SCHEMA.validate(json.loads(partner.bodies[0]))


def test_failed_deliveries_are_retried_until_accepted(gogox: Served, receiver: Receiver) -> None:
    """A receiver answering 500 three times gets the same body a fourth time, and accepts it."""
    partner, url = receiver
    partner.fail_first = 3
    gogox.state.configure(webhook_url=url)
    place_order(gogox)
    event = partner.wait_for(1)[0]
    (delivery,) = gogox.state.wait_for_webhooks()
    assert delivery.attempts == [500, 500, 500, 204] and delivery.delivered
    assert len(partner.bodies) == 4 and len(set(partner.bodies)) == 1
    assert event.kinds == ["order_created"]


def test_delivery_gives_up_after_10_attempts(gogox: Served, receiver: Receiver) -> None:
    """A receiver that always fails gets exactly 10 attempts, then no more."""
    partner, url = receiver
    partner.fail_first = 1000
    partner.fail_status = 503
    gogox.state.configure(webhook_url=url, webhook_backoff=0.0005)
    place_order(gogox)
    (delivery,) = gogox.state.wait_for_webhooks()
    assert delivery.attempts == [503] * 10 and not delivery.delivered
    assert len(partner.bodies) == 10


def test_unreachable_receiver_is_retried_10_times(gogox: Served) -> None:
    """Connection errors count as failed attempts too."""
    with socket.socket() as sock:  # a port nobody listens on once closed
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    gogox.state.configure(webhook_url=f"http://127.0.0.1:{port}/hook", webhook_backoff=0.0005)
    place_order(gogox)
    (delivery,) = gogox.state.wait_for_webhooks()
    assert delivery.attempts == ["ConnectError"] * 10 and not delivery.delivered


def test_control_routes_advance_orders_and_list_webhooks(gogox: Served, receiver: Receiver) -> None:
    """For people trying `make sandbox PROVIDER=gogox`: orders advance and webhooks list over HTTP."""
    partner, url = receiver
    httpx.post(gogox.url("/_sandbox/config"), json={"webhook_url": url}).raise_for_status()
    order = place_order(gogox)
    partner.wait_for(1)
    matched = httpx.post(gogox.url(f"/_sandbox/orders/{order.uuid}/advance"))
    assert matched.status_code == 200 and matched.json()["status"] == "active"
    partner.wait_for(2)
    listed = httpx.get(gogox.url("/_sandbox/webhooks")).json()
    assert [w["kinds"] for w in listed] == [["order_created"], ["order_matched"]]
    assert all(w["delivered"] for w in listed)
    refused = httpx.post(gogox.url(f"/_sandbox/orders/{order.uuid}/amend"), json={"amount": 100})
    assert refused.status_code == 422  # only completed orders get amendments
