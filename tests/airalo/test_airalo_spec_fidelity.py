"""What the sources say about Airalo and the spec now models (issue: spec fidelity pass)."""

from __future__ import annotations

import json

import airalo_client
import tokenkeep
import tokenkeep.airalo
from airalo_client import models
from airalo_client.api.notifications import simulate_webhook

from tests.airalo.conftest import WebhookReceiver
from tests.sandbox._common import ServedSandbox
from tests.sandbox.airalo import AiraloSandbox

Served = ServedSandbox[AiraloSandbox]
ICCID = "891000000000009125"  # the sandbox ICCID of the older examples (reference §10)


def credit_limit(receiver: WebhookReceiver) -> models.SimulateCreditLimitWebhook:
    return models.SimulateCreditLimitWebhook(
        level=models.CreditLimitLevel.VALUE_90, iccid=ICCID, webhook_url=receiver.url("credit")
    )


def test_the_credit_limit_simulator_takes_an_optional_iccid(
    served: Served, api: airalo_client.Client, receiver: WebhookReceiver
) -> None:
    """Reference §8: `iccid` is optional for every simulator event; the credit-limit body now declares it."""
    body = credit_limit(receiver)
    assert body.to_dict()["iccid"] == ICCID
    sent = simulate_webhook.sync(client=api, body=body)
    assert isinstance(sent, models.SimulatorResponse) and sent.success == "Notification sent"
    (delivery,) = receiver.wait_for(1)
    assert json.loads(delivery.body)["message"] == "Surpassed 90% of the credit limit balance"


async def test_the_credit_limit_simulator_takes_an_optional_iccid_async(
    served: Served, receiver: WebhookReceiver
) -> None:
    """The same through the async client."""
    assert served.client_id and served.client_secret
    client = tokenkeep.airalo.client(
        served.client_id, served.client_secret, base_url=served.base_url, store=tokenkeep.MemoryStore()
    )
    async with client as api:
        sent = await simulate_webhook.asyncio(client=api, body=credit_limit(receiver))
    assert isinstance(sent, models.SimulatorResponse)
    assert len(receiver.wait_for(1)) == 1
