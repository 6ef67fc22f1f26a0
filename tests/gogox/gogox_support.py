"""Helpers for the GoGoX sandbox tests: request builders, a client factory, a webhook receiver."""

from __future__ import annotations

import json
import threading
import time
from typing import Any

import gogox_client
import tokenkeep.gogox
from gogox_client.models import (
    Contact,
    DeliveryOrderRequest,
    DeliveryPackage,
    DeliveryQuotationRequest,
    DestinationInput,
    ExtraRequirements,
    Location,
    OrderWebhookEvent,
    PickupInput,
    TransportOrderRequest,
    TransportQuotationRequest,
)
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from tokenkeep import MemoryStore

from tests.sandbox._common import ServedSandbox
from tests.sandbox.gogox import GogoxSandbox

# The published GoodCity example route (Hong Kong): ~20 km, HK$150 for a van.
PICKUP = (22.5029632, 114.1277213)
DESTINATION = (22.3748365, 113.9931416)
SECOND_DESTINATION = (22.3193, 114.1694)


def api(served: ServedSandbox[GogoxSandbox], **options: Any) -> gogox_client.Client:
    """`tokenkeep.gogox.client` against the sandbox, with a store of its own."""
    options.setdefault("store", MemoryStore())
    client_id = options.pop("client_id", served.client_id)
    client_secret = options.pop("client_secret", served.client_secret)
    return tokenkeep.gogox.client(client_id, client_secret, base_url=served.base_url, **options)


def pickup(point: tuple[float, float] = PICKUP, *, schedule_at: int | None = None) -> PickupInput:
    stop = PickupInput(
        location=Location(lat=point[0], lng=point[1]),
        name="Swati J",
        street_address="123 Castle Peak Road",
        contact=Contact(name="Swati J", phone_number="+85251111113"),
    )
    stop.schedule_at = schedule_at if schedule_at is not None else int(time.time()) + 3600
    return stop


def destination(point: tuple[float, float] = DESTINATION, name: str = "Steve Kenworthy") -> DestinationInput:
    return DestinationInput(
        location=Location(lat=point[0], lng=point[1]),
        name=name,
        street_address="Castle Peak Rd (So Kwun Wat)",
        contact=Contact(name=name, phone_number="+85251111111"),
    )


def quotation_request(
    vehicle_type: str = "van",
    points: tuple[tuple[float, float], ...] = (DESTINATION,),
    *,
    start: tuple[float, float] = PICKUP,
    extras: dict[str, Any] | None = None,
) -> TransportQuotationRequest:
    body = TransportQuotationRequest(
        vehicle_type=vehicle_type, pickup=pickup(start), destinations=[destination(p) for p in points]
    )
    if extras:
        requirements = ExtraRequirements()
        requirements.additional_properties.update(extras)
        body.extra_requirements = requirements
    return body


def order_request(vehicle_type: str = "van", note: str = "Please call on arrival") -> TransportOrderRequest:
    return TransportOrderRequest(
        vehicle_type=vehicle_type,
        pickup=pickup(),
        destinations=[destination()],
        payment_method="prepaid_wallet",
        note_to_courier=note,
    )


def delivery_quotation_request(weight: float = 1.0, delivery_type: str = "same_day_day") -> DeliveryQuotationRequest:
    return DeliveryQuotationRequest(
        package=DeliveryPackage(weight=weight, height=10, length=20, width=15),
        pickup=pickup(),
        destinations=[destination()],
        delivery_type=delivery_type,
    )


def delivery_order_request(merchant_order_number: str = "SO-1001") -> DeliveryOrderRequest:
    return DeliveryOrderRequest(
        package=DeliveryPackage(content="Documents", weight=1, height=10, length=20, width=15),
        pickup=pickup(),
        destinations=[destination()],
        delivery_type="same_day_day",
        payment_method="prepaid_wallet",
        merchant_order_number=merchant_order_number,
        note_to_courier="Fragile",
    )


class WebhookReceiver:
    """A partner's webhook endpoint: records every POST; the first `fail_first` get `fail_status`."""

    def __init__(self, *, fail_first: int = 0, fail_status: int = 500) -> None:
        self.fail_first = fail_first
        self.fail_status = fail_status
        self.bodies: list[bytes] = []
        self.events: list[OrderWebhookEvent] = []  # accepted deliveries, parsed with the generated model
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)

    async def handle(self, request: Request) -> Response:
        body = await request.body()
        with self._lock:
            self.bodies.append(body)
            if len(self.bodies) <= self.fail_first:
                self._arrived.notify_all()
                return JSONResponse({"error": "try again"}, self.fail_status)
            self.events.append(OrderWebhookEvent.from_dict(json.loads(body)))
            self._arrived.notify_all()
        return Response(status_code=204)

    def app(self) -> Starlette:
        async def health(request: Request) -> Response:
            return JSONResponse({"ok": True})

        return Starlette(
            routes=[
                Route("/_sandbox/health", health, methods=["GET"]),  # what serve() waits for
                Route("/gogox/webhooks", self.handle, methods=["POST"]),
            ]
        )

    def wait_for(self, count: int, timeout: float = 10.0) -> list[OrderWebhookEvent]:
        """The first `count` accepted events, once they have arrived (fails loudly otherwise)."""
        with self._arrived:
            if not self._arrived.wait_for(lambda: len(self.events) >= count, timeout):
                raise AssertionError(f"expected {count} webhook events, got {len(self.events)}")
            return list(self.events[:count])
