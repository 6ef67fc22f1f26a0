"""examples/webhooks/onlinesim_receiver.py against the Onlinesim sandbox over real HTTP."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import tokenkeep.onlinesim
from onlinesim_client.api.sms import get_num
from onlinesim_client.models import NumOrdered
from onlinesim_client.webhooks import IncomingSmsWebhook

from examples.webhooks.onlinesim_receiver import create_app
from tests.sandbox._common import ServedSandbox, serve
from tests.sandbox.onlinesim import OnlinesimSandbox
from tests.sandbox.onlinesim import create_app as create_sandbox

URL_SECRET = secrets.token_urlsafe(24)


@pytest.fixture
def onlinesim() -> Iterator[ServedSandbox[OnlinesimSandbox]]:
    with serve(create_sandbox(OnlinesimSandbox())) as served:
        yield served


def test_each_sms_is_handled_once_even_when_redelivered(onlinesim: ServedSandbox[OnlinesimSandbox]) -> None:
    handled: list[tuple[str, Any]] = []
    app = create_app(URL_SECRET, lambda kind, sms: handled.append((kind, sms)))
    with serve(app) as partner:
        onlinesim.state.webhook_url = partner.url(f"/onlinesim/{URL_SECRET}")
        with tokenkeep.onlinesim.client(onlinesim.state.api_key, base_url=onlinesim.base_url) as api:
            ordered = get_num.sync(client=api, service="telegram", country=7, number=True)
        assert isinstance(ordered, NumOrdered)
        onlinesim.state.deliver_sms(int(ordered.tzid), "Your code: 12345")
        first = onlinesim.state.wait_for_webhooks()[-1]
        # Delivered again (a retry after a lost answer): recognised, not handled twice.
        onlinesim.state.send_webhook(first.payload)
        onlinesim.state.deliver_sms(int(ordered.tzid), "Your new code: 67890")
        deliveries = onlinesim.state.wait_for_webhooks()
    assert [d.status_code for d in deliveries] == [200, 200, 200]
    assert [kind for kind, _ in handled] == ["receiving_sms", "receiving_sms"]
    messages = [sms.message for _, sms in handled]
    assert messages == ["Your code: 12345", "Your new code: 67890"]
    assert all(isinstance(sms, IncomingSmsWebhook) and sms.code for _, sms in handled)


def test_wrong_secret_and_malformed_bodies_are_refused() -> None:
    handled: list[Any] = []
    app = create_app(URL_SECRET, lambda kind, sms: handled.append(sms))
    with serve(app) as partner:
        assert httpx.post(partner.url("/onlinesim/guess"), json={"message": "x"}).status_code == 404
        malformed = httpx.post(partner.url(f"/onlinesim/{URL_SECRET}"), json={"operation_id": {"nested": 1}})
        assert malformed.status_code == 400 and "operation_id" in malformed.json()["error"]
    assert handled == []
