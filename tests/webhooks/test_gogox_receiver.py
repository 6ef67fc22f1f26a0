"""examples/webhooks/gogox_receiver.py against the GoGoX sandbox over real HTTP."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from gogox_client.webhooks import OrderWebhookEvent

from examples.webhooks.gogox_receiver import create_app
from tests.sandbox._common import ServedSandbox, serve
from tests.sandbox.gogox import GogoxSandbox
from tests.sandbox.gogox import create_app as create_sandbox

URL_SECRET = secrets.token_urlsafe(24)
ORDER = {
    "vehicle_type": "van",
    "pickup": {"location": {"lat": 22.5029632, "lng": 114.1277213}, "schedule_at": 1900000000},
    "destinations": [{"location": {"lat": 22.3748365, "lng": 113.9931416}}],
}


class FlakyHandler:
    """Records events; fails the first `failures` calls, as a partner's database might."""

    def __init__(self, failures: int = 0) -> None:
        self.failures = failures
        self.calls = 0

    def __call__(self, kind: str, event: Any) -> None:
        self.calls += 1
        if self.calls <= self.failures:
            raise RuntimeError("database unavailable")


@pytest.fixture
def gogox() -> Iterator[ServedSandbox[GogoxSandbox]]:
    state = GogoxSandbox()
    state.webhook_backoff = 0.01
    with serve(create_sandbox(state)) as served:
        yield served
    state.close()


def receiver(handler: Callable[[str, Any], None]) -> Any:
    return create_app(URL_SECRET, handler)


def wait_until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 10
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_each_order_event_is_handled_once_despite_a_failure_and_a_redelivery(
    gogox: ServedSandbox[GogoxSandbox],
) -> None:
    handler = FlakyHandler(failures=1)
    app = receiver(handler)
    with serve(app) as partner:
        gogox.state.configure(webhook_url=partner.url(f"/gogox/{URL_SECRET}"))
        order = gogox.state.place_order("transport", ORDER)
        gogox.state.wait_for_webhooks()  # deliveries run in parallel threads: one event at a time
        gogox.state.advance_order(order.uuid)  # matched
        deliveries = gogox.state.wait_for_webhooks()
        # The first delivery met the failing handler (500) and was retried by the sandbox.
        assert deliveries[0].attempts[:2] == [500, 200]
        # GoGoX redelivers an event the partner already has: it is recognised, not handled again.
        duplicate = gogox.state.send_webhook(partner.url(f"/gogox/{URL_SECRET}"), deliveries[1].payload)
        gogox.state.wait_for_webhooks()
        assert duplicate.attempts == [200]
    handled = app.state.handled.events
    assert [kind for kind, _ in handled] == ["order_created", "order_matched"]
    assert all(isinstance(event, OrderWebhookEvent) and event.data.uuid == order.uuid for _, event in handled)
    assert handler.calls == 3  # one failure, then each event once


def test_wrong_url_secret_and_malformed_bodies_are_refused(gogox: ServedSandbox[GogoxSandbox]) -> None:
    app = receiver(FlakyHandler())
    with serve(app) as partner:
        wrong = httpx.post(partner.url("/gogox/guess"), json={"kinds": [], "data": {}})
        assert wrong.status_code == 404
        malformed = httpx.post(partner.url(f"/gogox/{URL_SECRET}"), json={"kinds": "order_created"})
        assert malformed.status_code == 400
        assert "OrderWebhookEvent" in malformed.json()["error"] and "kinds" in malformed.json()["error"]
    assert app.state.handled.events == []


def test_a_short_url_secret_is_refused() -> None:
    with pytest.raises(ValueError, match="16 random characters"):
        create_app("short", FlakyHandler())
