"""GoGoX sandbox: a stateful fake of the regional GoGoX API (`https://{env}{region}-api.gogox.com`).

What it does, and where each behaviour comes from:

- `POST /oauth/token` (Authorization page; RFC 6749 §4.4 and §5, as the Doorkeeper
  server GoGoX appears to run): client credentials in a JSON body (what the docs'
  samples send) or a form body, or with HTTP Basic (RFC 6749 §2.3.1). Success is
  `{access_token, token_type: "Bearer", expires_in (7200 unless configured),
  created_at}` (random URL-safe tokens from the shared TokenIssuer; GoGoX's are
  64 hex characters; clients treat them as opaque either way), with
  `Cache-Control: no-store` and `Pragma: no-cache`.
  Errors are RFC 6749 §5.2 bodies `{error, error_description}`:
  `invalid_request` 400 (no `grant_type`, a body format the server does not read,
  or two client authentication methods at once), `unsupported_grant_type` 400 (a
  grant other than those in `grant_flows`), `invalid_client` 401 (unknown client,
  wrong secret, no credentials; with `WWW-Authenticate: Basic realm="Doorkeeper"`
  when the client tried HTTP Basic). A token rate limit (off by default: GoGoX
  documents none) answers 429 with `Retry-After`.
- Every other endpoint wants `Authorization: Bearer <token>`; a missing, unknown,
  expired or revoked token gets 401 with `WWW-Authenticate: Bearer
  realm="Doorkeeper", error="invalid_token", error_description="..."` (RFC 6750 §3)
  and the same `{error, error_description}` body.
- Quotations (transport and delivery) are priced from the haversine distance of
  pickup -> destination 1 -> destination 2 ... and the vehicle type (or delivery
  type and weight), in minor units of the region's currency; see `VEHICLES`.
- Orders: `pending` -> `active` (matched: a courier is assigned) -> `completed`,
  or `cancelled`. The test moves them with `advance_order(uuid)` (or
  `POST /_sandbox/orders/{uuid}/advance`); `release_order` gives a matched order
  back (`order_released`), `add_amendment` adds a price amendment to a completed
  order (`amendment_added`). Or by the clock: with `match_after` / `complete_after`
  set, `clock.advance()` (`POST /_sandbox/advance`) matches and completes orders.
  The status a matched order shows is `active` (the spec's example; GoGoX's
  webhook names the event `order_matched`); set `matched_status` to try another
  reading.
- Cancel rules: the docs state none. The sandbox lets a client cancel a `pending`
  or matched order (200, empty body: what integrators and the legacy v0 docs
  describe) and refuses a `completed` or already `cancelled` one with 422.
- Webhooks (webhooks page, reference §7): with `webhook_url` set (the developer
  portal's "Webhook Url"), every order event is POSTed as `{kinds, reasons,
  created_at, data: <order>}`; `created_at` is an ISO string (Hong Kong page) or
  epoch seconds (Singapore page) per `webhook_time_format`. A delivery that does
  not get a 2xx (an assumption: no source says which statuses count) is retried
  with exponential backoff up to `webhook_attempts` (10) attempts in all;
  `webhook_backoff` is the first delay in seconds (doubling).

Business error bodies (bad vehicle type, unknown order, not cancellable) are not
documented by GoGoX; the sandbox answers 422/404 `{"error": code, "message": text}`
(invented, and deliberately not in the spec). Amounts are minor units (HKD 15000 =
HK$150, as the published example suggests).

Every request is validated against specs/gogox.yaml, and every response whose
status the spec documents is validated too (`validate_responses` is on by default).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import itertools
import json
import math
import threading
import time
import uuid as uuidlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ._common import (
    Fault,
    RateDecision,
    RequestProblem,
    SandboxApp,
    SandboxState,
    SpecOperation,
    SpecValidator,
    check_json_accept,
    deliver_webhook,
    read_fields,
)

__all__ = [
    "CURRENCIES",
    "SANDBOX",
    "VEHICLES",
    "GogoxError",
    "GogoxOrder",
    "GogoxSandbox",
    "WebhookDelivery",
    "create_app",
    "haversine_km",
]

DEFAULT_CLIENT_ID = hashlib.sha256(b"gogox-sandbox-client-id").hexdigest()
DEFAULT_CLIENT_SECRET = hashlib.sha256(b"gogox-sandbox-client-secret").hexdigest()

#: vehicle type -> (base fare, per km), minor units of HKD; other regions scale it.
VEHICLES: dict[str, tuple[int, int]] = {
    "motorcycle": (4000, 150),
    "van": (9000, 300),
    "mudou": (15000, 600),
    "mudou9": (22000, 800),
}
#: delivery type -> (base fare, per km), minor units of HKD.
DELIVERY_TYPES: dict[str, tuple[int, int]] = {
    "instant": (6000, 200),
    "speed": (4500, 150),
    "same_day_day": (3500, 100),
    "same_day_night": (3500, 100),
}
EXTRA_STOP_FEE = 2000
EXTRA_REQUIREMENT_FEES = {"need_help_moving": 5000, "delivery_box": 1000, "express_service": 3000}
WEIGHT_FREE_KG = 5.0
WEIGHT_FEE_PER_KG = 500
MAX_LEG_KM = 200.0  # farther than this is "out of the service area"
#: region -> (currency, factor applied to the HKD tables above)
CURRENCIES: dict[str, tuple[str, float]] = {
    "hk": ("HKD", 1.0),
    "sg": ("SGD", 0.2),
    "tw": ("TWD", 4.0),
    "vn": ("VND", 3000.0),
}
COURIERS = (
    ("Chan Tai Man", "+85291111111"),
    ("Lee Siu Ming", "+85292222222"),
    ("Wong Ka Fai", "+85293333333"),
)
REALM = "Doorkeeper"
INVALID_CLIENT = (
    "Client authentication failed due to unknown client, no client authentication included, "
    "or unsupported authentication method."
)


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lng) points in km (mean Earth radius)."""
    lat1, lng1, lat2, lng2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


class GogoxError(Exception):
    """A business error answered as GoGoX might (the body shape is not documented)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message

    def response(self) -> Response:
        return JSONResponse({"error": self.code, "message": self.message}, self.status)


def oauth_error(status: int, error: str, description: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """An RFC 6749 §5.2 error; token endpoint errors must not be cached either."""
    return JSONResponse(
        {"error": error, "error_description": description},
        status,
        headers={"Cache-Control": "no-store", "Pragma": "no-cache", **(headers or {})},
    )


# --------------------------------------------------------------------------- state records


@dataclass
class GogoxOrder:
    """An order as the sandbox keeps it; `json()` is what the API shows."""

    id: int
    uuid: str
    kind: str  # "transport" or "delivery"
    status: str
    pickup: dict[str, Any]
    destinations: list[dict[str, Any]]
    price: dict[str, Any]
    price_breakdown: list[dict[str, Any]]
    payment_method: str
    note_to_courier: str | None
    vehicle_type: str | None = None
    delivery_type: str | None = None
    merchant_order_number: str | None = None
    package: dict[str, Any] | None = None
    courier: dict[str, Any] = field(default_factory=dict)
    request_body: dict[str, Any] = field(default_factory=dict)  # as the client sent it
    status_since: float = 0.0  # sandbox clock time of the last status change

    @property
    def nid(self) -> str:
        return f"CY{self.id}"

    def json(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "id": self.id,
            "nid": self.nid,
            "uuid": self.uuid,
            "status": self.status,
        }
        if self.vehicle_type is not None:
            result["vehicle_type"] = self.vehicle_type
        result.update(
            {
                "payment_method": self.payment_method,
                "note_to_courier": self.note_to_courier,
                "courier": json.loads(json.dumps(self.courier)),
                "pickup": json.loads(json.dumps(self.pickup)),
                "destinations": json.loads(json.dumps(self.destinations)),
                "price": dict(self.price),
                "price_breakdown": [dict(item) for item in self.price_breakdown],
            }
        )
        if self.kind == "delivery":
            result["delivery_type"] = self.delivery_type
            if self.merchant_order_number is not None:
                result["merchant_order_number"] = self.merchant_order_number
            if self.package is not None:
                result["package"] = dict(self.package)
        return result


@dataclass
class WebhookDelivery:
    """One webhook event and every attempt to deliver it."""

    url: str
    kinds: list[str]
    payload: dict[str, Any]
    body: bytes
    attempts: list[int | str] = field(default_factory=list)  # status codes, or the transport error's name
    delivered: bool = False
    done: threading.Event = field(default_factory=threading.Event, repr=False)


class _DocumentedResponsesOnly(SpecValidator):
    """Validates responses whose status the spec documents for the operation.

    GoGoX's business errors (404 unknown order, 422 invalid order, 429) are not
    documented, so the spec deliberately does not model them; answering one is
    not a violation. Every documented status is checked in full.
    """

    def response_errors(
        self, request: Request, body: bytes, status: int, headers: Headers, response_body: bytes
    ) -> list[str]:
        problems = super().response_errors(request, body, status, headers, response_body)
        return [p for p in problems if "ResponseNotFound" not in p]


# --------------------------------------------------------------------------- the sandbox


class GogoxSandbox(SandboxState):
    """GoGoX's state: tokens, quotations, orders, couriers and webhook deliveries.

    Tests may call `advance_order`, `release_order`, `add_amendment`, and read
    `orders`, `webhooks`, `token_auth_methods` and `unauthorized` directly.
    """

    provider = "gogox"

    def __init__(
        self,
        *,
        client_id: str = DEFAULT_CLIENT_ID,
        client_secret: str = DEFAULT_CLIENT_SECRET,
        token_lifetime: float = 7200.0,
        valid_for: float | None = None,
        rate_limit: int = 1_000_000,
        rate_window: float = 60.0,
        region: str = "hk",
        webhook_url: str | None = None,
        validate_responses: bool = True,
        **options: Any,
    ) -> None:
        super().__init__(
            client_id=client_id,
            client_secret=client_secret,
            token_lifetime=token_lifetime,
            valid_for=valid_for,
            rate_limit=rate_limit,
            rate_window=rate_window,
            validate_responses=validate_responses,
            **options,
        )
        if options.get("spec_path") is None:
            self.validator = _DocumentedResponsesOnly(self.validator.spec_path)
        if region not in CURRENCIES:
            raise ValueError(f"unknown region {region!r}; expected one of {', '.join(CURRENCIES)}")
        self.region = region
        #: Grant types the server has enabled (Doorkeeper's `grant_flows`).
        self.grant_flows: list[str] = ["client_credentials"]
        #: Token request bodies the server reads; a body in another format is read as empty.
        self.token_body_formats: list[str] = ["json", "form"]
        self.webhook_url = webhook_url
        self.webhook_attempts = 10
        self.webhook_backoff = 1.0
        self.webhook_timeout = 5.0
        self.webhook_time_format = "epoch" if region == "sg" else "iso"
        self.matched_status = "active"
        #: Clock-driven progress (seconds on `clock`); None leaves it to `advance_order`.
        self.match_after: float | None = None
        self.complete_after: float | None = None
        self.orders: dict[str, GogoxOrder] = {}
        self.webhooks: list[WebhookDelivery] = []
        #: How each successful token request authenticated: "body" or "basic".
        self.token_auth_methods: list[str] = []
        self.issued: set[str] = set()
        self.revoked: set[str] = set()
        self._next_order_id = 4778995
        self._next_courier = 0
        self._threads: list[threading.Thread] = []
        self._closed = threading.Event()

    # ---- tokens

    def revoke_tokens(self) -> int:
        with self.lock:
            self.revoked.update(self.tokens.live_tokens)
        return super().revoke_tokens()

    def invalid_token(self, token: str | None) -> JSONResponse:
        """RFC 6750 §3.1 answer for a token that cannot be used, saying why."""
        with self.lock:
            if token in self.revoked:
                description = "The access token was revoked"
            elif token in self.issued:
                description = "The access token expired"
            else:
                description = "The access token is invalid"
        challenge = f'Bearer realm="{REALM}", error="invalid_token", error_description="{description}"'
        return JSONResponse(
            {"error": "invalid_token", "error_description": description}, 401, headers={"WWW-Authenticate": challenge}
        )

    # ---- pricing

    @property
    def currency(self) -> str:
        return CURRENCIES[self.region][0]

    def _scaled(self, amount: float) -> int:
        """HKD minor units -> the region's minor units, rounded to whole tens."""
        return round(amount * CURRENCIES[self.region][1] / 10.0) * 10

    def route_km(self, pickup: dict[str, Any], destinations: list[dict[str, Any]]) -> list[float]:
        """The length of every leg: pickup -> first destination -> second -> ..."""
        if not destinations:
            raise GogoxError(422, "invalid_destinations", "At least one destination is required.")
        points = [_point(pickup, "pickup")] + [_point(d, f"destinations[{i}]") for i, d in enumerate(destinations)]
        legs = [haversine_km(a, b) for a, b in itertools.pairwise(points)]
        if any(leg > MAX_LEG_KM for leg in legs):
            raise GogoxError(422, "out_of_service_area", "The route is outside the service area.")
        return legs

    def transport_price(self, body: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        vehicle = body.get("vehicle_type")
        if vehicle not in VEHICLES:
            raise GogoxError(422, "invalid_vehicle_type", f"vehicle_type must be one of: {', '.join(VEHICLES)}.")
        self._check_schedule(body["pickup"])
        legs = self.route_km(body["pickup"], body["destinations"])
        base, per_km = VEHICLES[vehicle]
        breakdown = [{"key": "fee", "amount": self._scaled(base + per_km * round(sum(legs), 1))}]
        if len(legs) > 1:
            breakdown.append({"key": "additional_stops", "amount": self._scaled(EXTRA_STOP_FEE * (len(legs) - 1))})
        for name, value in sorted((body.get("extra_requirements") or {}).items()):
            if name in EXTRA_REQUIREMENT_FEES and value not in (False, None, "", 0, "false"):
                breakdown.append({"key": name, "amount": self._scaled(EXTRA_REQUIREMENT_FEES[name])})
        return self._total(breakdown), breakdown

    def delivery_price(self, body: dict[str, Any]) -> tuple[str, dict[str, Any], list[dict[str, Any]]]:
        delivery_type = body.get("delivery_type", "same_day_day")
        if delivery_type not in DELIVERY_TYPES:
            raise GogoxError(
                422, "invalid_delivery_type", f"delivery_type must be one of: {', '.join(DELIVERY_TYPES)}."
            )
        self._check_schedule(body["pickup"])
        legs = self.route_km(body["pickup"], body["destinations"])
        base, per_km = DELIVERY_TYPES[delivery_type]
        breakdown = [{"key": "fee", "amount": self._scaled(base + per_km * round(sum(legs), 1))}]
        weight = float((body.get("package") or {}).get("weight") or 0)
        if weight > WEIGHT_FREE_KG:
            extra = math.ceil(weight - WEIGHT_FREE_KG) * WEIGHT_FEE_PER_KG
            breakdown.append({"key": "overweight", "amount": self._scaled(extra)})
        return delivery_type, self._total(breakdown), breakdown

    def _total(self, breakdown: list[dict[str, Any]]) -> dict[str, Any]:
        return {"amount": sum(item["amount"] for item in breakdown), "currency": self.currency}

    def _check_schedule(self, pickup: dict[str, Any]) -> None:
        schedule_at = pickup.get("schedule_at")
        if schedule_at is not None and schedule_at < self.clock.now() - 600:
            raise GogoxError(422, "invalid_schedule_at", "schedule_at must not be in the past.")

    # ---- orders

    def place_order(self, kind: str, body: dict[str, Any]) -> GogoxOrder:
        if kind == "transport":
            price, breakdown = self.transport_price(body)
            delivery_type = None
        else:
            delivery_type, price, breakdown = self.delivery_price(body)
        with self.lock:
            self._next_order_id += 1
            order = GogoxOrder(
                id=self._next_order_id,
                uuid=str(uuidlib.uuid4()),
                kind=kind,
                status="pending",
                pickup=_stop(body["pickup"], pickup=True, now=int(self.clock.now())),
                destinations=[_stop(d) for d in body["destinations"]],
                price=price,
                price_breakdown=breakdown,
                payment_method=body.get("payment_method", "prepaid_wallet"),
                note_to_courier=body.get("note_to_courier"),
                vehicle_type=body.get("vehicle_type") if kind == "transport" else None,
                delivery_type=delivery_type,
                merchant_order_number=body.get("merchant_order_number"),
                package=body.get("package"),
                request_body=body,
                status_since=self.clock.now(),
            )
            self.orders[order.uuid] = order
        self._event(order, "order_created", "Order Available on Platform")
        return order

    def order(self, key: str, kind: str | None = None) -> GogoxOrder:
        """An order by uuid (or, for delivery orders, numeric id); 404 if unknown."""
        with self.lock:
            found = self.orders.get(key) or next((o for o in self.orders.values() if str(o.id) == key), None)
        if found is None or (kind is not None and found.kind != kind):
            raise GogoxError(404, "not_found", "Order not found.")
        return found

    def advance_order(self, uuid: str, *, at: float | None = None) -> dict[str, Any]:
        """pending -> matched (a courier is assigned) -> completed; returns the order as shown.

        `at` is when it happened on the sandbox clock (default: now).
        """
        with self.lock:
            order = self.order(uuid)
            when = self.clock.now() if at is None else at
            now = int(when)
            order.status_since = when
            if order.status == "pending":
                name, phone = COURIERS[self._next_courier % len(COURIERS)]
                self._next_courier += 1
                location = order.pickup["location"]
                order.courier = {
                    "name": name,
                    "phone_number": phone,
                    "location": {"lat": location["lat"], "lon": location["lng"], "location_updated_at": now},
                }
                order.status, kind, reason = self.matched_status, "order_matched", None
            elif order.status == self.matched_status:
                order.pickup["arrived_at"] = now
                for stop in order.destinations:
                    stop["arrived_at"] = now
                last = order.destinations[-1]["location"]
                order.courier["location"] = {"lat": last["lat"], "lon": last["lng"], "location_updated_at": now}
                order.status, kind, reason = "completed", "order_completed", None
            else:
                raise GogoxError(422, "invalid_transition", f"a {order.status} order cannot advance")
        self._event(order, kind, reason)
        return order.json()

    def release_order(self, uuid: str) -> dict[str, Any]:
        """The matched courier gives the order back: it is pending again."""
        with self.lock:
            order = self.order(uuid)
            if order.status != self.matched_status:
                raise GogoxError(422, "invalid_transition", f"a {order.status} order cannot be released")
            order.status, order.courier, order.status_since = "pending", {}, self.clock.now()
        self._event(order, "order_released", "Order Available on Platform")
        return order.json()

    def add_amendment(self, uuid: str, amount: int, key: str = "amendment") -> dict[str, Any]:
        """A price amendment after completion (tolls, waiting time...)."""
        with self.lock:
            order = self.order(uuid)
            if order.status != "completed":
                raise GogoxError(422, "invalid_transition", "only completed orders get amendments")
            order.price_breakdown.append({"key": key, "amount": int(amount)})
            order.price = self._total(order.price_breakdown)
        self._event(order, "amendment_added", None)
        return order.json()

    def cancel_order(self, uuid: str) -> None:
        with self.lock:
            order = self.order(uuid, "transport")
            if order.status in ("completed", "cancelled"):
                raise GogoxError(422, "order_not_cancellable", f"A {order.status} order cannot be cancelled.")
            order.status, order.status_since = "cancelled", self.clock.now()
        self._event(order, "order_cancelled", "Cancelled by client")

    def tick(self) -> None:
        """Move orders on by the clock, when `match_after` / `complete_after` are set.

        A pending order is matched `match_after` seconds after it became pending, and
        completed `complete_after` seconds after it was matched; one big
        `clock.advance()` can do both steps. Runs before every API request.
        """
        if self.match_after is None and self.complete_after is None:
            return
        while True:
            now = self.clock.now()
            with self.lock:
                due = [
                    (o.uuid, o.status_since + wait)
                    for o in self.orders.values()
                    for wait in [
                        self.match_after if o.status == "pending" else
                        self.complete_after if o.status == self.matched_status else None
                    ]
                    if wait is not None and o.status_since + wait <= now
                ]  # fmt: skip
            if not due:
                return
            for uuid, when in sorted(due, key=lambda item: item[1]):
                self.advance_order(uuid, at=when)

    # ---- webhooks

    def _event(self, order: GogoxOrder, kind: str, reason: str | None) -> None:
        url = self.webhook_url
        if not url:
            return
        now = self.clock.now()
        created_at: int | str = (
            int(now)
            if self.webhook_time_format == "epoch"
            else datetime.fromtimestamp(int(now), UTC).isoformat(timespec="milliseconds")
        )
        with self.lock:
            payload = {"kinds": [kind], "reasons": [reason] if reason else [], "created_at": created_at,
                       "data": order.json()}  # fmt: skip
        self.send_webhook(url, payload)

    def send_webhook(self, url: str, payload: dict[str, Any]) -> WebhookDelivery:
        """POST `payload` to `url` from a background thread, retrying with exponential backoff."""
        body = json.dumps(payload, separators=(",", ":")).encode()
        delivery = WebhookDelivery(url, list(payload.get("kinds", [])), payload, body)
        with self.lock:
            self.webhooks.append(delivery)
            attempts, backoff, timeout = self.webhook_attempts, self.webhook_backoff, self.webhook_timeout

        headers = {"Content-Type": "application/json", "User-Agent": "GoGoX-Webhook/sandbox"}

        def deliver() -> None:
            try:
                delivery.delivered = deliver_webhook(
                    url, body, headers, attempts=attempts, backoff=backoff, timeout=timeout, stop=self._closed,
                    record=delivery.attempts.append,
                )  # fmt: skip
            except Exception as exc:  # never let a sender thread die loudly
                self.record_error(f"webhook to {url}: {type(exc).__name__}: {exc}")
            finally:
                delivery.done.set()

        thread = threading.Thread(target=deliver, name="gogox-webhook", daemon=True)
        with self.lock:
            self._threads.append(thread)
        thread.start()
        return delivery

    def wait_for_webhooks(self, timeout: float = 10.0) -> list[WebhookDelivery]:
        """Wait until every webhook sent so far was delivered or given up; returns them all."""
        deadline = time.monotonic() + timeout
        with self.lock:
            deliveries = list(self.webhooks)
        for delivery in deliveries:
            delivery.done.wait(max(0.0, deadline - time.monotonic()))
        return deliveries

    def close(self) -> None:
        """Stop retrying webhooks (a test's receiver is gone)."""
        self._closed.set()

    # ---- settings, stats, provider error shapes

    def configure(self, **options: Any) -> dict[str, Any]:
        def region(value: Any) -> None:
            if value not in CURRENCIES:
                raise ValueError(f"unknown region {value!r}")
            self.region = value

        own = {
            "client_id": lambda v: setattr(self, "client_id", str(v)),
            "client_secret": lambda v: setattr(self, "client_secret", str(v)),
            "region": region,
            "grant_flows": lambda v: setattr(self, "grant_flows", [str(x) for x in v]),
            "token_body_formats": lambda v: setattr(self, "token_body_formats", [str(x) for x in v]),
            "webhook_url": lambda v: setattr(self, "webhook_url", v or None),
            "webhook_attempts": lambda v: setattr(self, "webhook_attempts", max(1, int(v))),
            "webhook_backoff": lambda v: setattr(self, "webhook_backoff", float(v)),
            "webhook_time_format": lambda v: setattr(self, "webhook_time_format", "epoch" if v == "epoch" else "iso"),
            "matched_status": lambda v: setattr(self, "matched_status", str(v)),
            "match_after": lambda v: setattr(self, "match_after", None if v is None else float(v)),
            "complete_after": lambda v: setattr(self, "complete_after", None if v is None else float(v)),
        }
        mine = {k: options.pop(k) for k in list(options) if k in own}
        result = super().configure(**options)
        with self.lock:
            for name, value in mine.items():
                own[name](value)
        return {**result, **self.config()}

    def config(self) -> dict[str, Any]:
        return {
            **super().config(),
            "client_id": self.client_id,
            "region": self.region,
            "grant_flows": list(self.grant_flows),
            "token_body_formats": list(self.token_body_formats),
            "webhook_url": self.webhook_url,
            "webhook_attempts": self.webhook_attempts,
            "webhook_backoff": self.webhook_backoff,
            "webhook_time_format": self.webhook_time_format,
            "matched_status": self.matched_status,
            "match_after": self.match_after,
            "complete_after": self.complete_after,
        }

    def stats(self) -> dict[str, Any]:
        with self.lock:
            return {
                **super().stats(),
                "token_auth_methods": list(self.token_auth_methods),
                "orders": {u: o.status for u, o in self.orders.items()},
                "webhooks": [
                    {"url": w.url, "kinds": w.kinds, "attempts": list(w.attempts), "delivered": w.delivered}
                    for w in self.webhooks
                ],
            }

    def unauthenticated(self) -> Response:
        return self.invalid_token(None)

    def bad_request(
        self, request: Request, operation: SpecOperation, problems: list[RequestProblem]
    ) -> Response | None:
        """RFC 6749 §5.2 at the token endpoint, RFC 6750 §3.1 `invalid_request` (400) on the API."""
        first = problems[0]
        what = f"{first.field or 'body'} is {'missing' if first.kind == 'missing' else 'malformed'}"
        if request.url.path == "/oauth/token":
            return oauth_error(400, "invalid_request", f"The request is missing a required parameter: {what}.")
        if not operation.documents(400):
            return GogoxError(404, "not_found", "Order not found.").response() if operation.documents(404) else None
        return JSONResponse({"error": "invalid_request", "error_description": f"The request is invalid: {what}."}, 400)

    def not_found(self, request: Request) -> Response:
        return GogoxError(404, "not_found", "Not found.").response()

    def fault_body(self, status: int) -> Any:
        if status == 401:
            return {"error": "invalid_token", "error_description": "The access token is invalid"}
        if status == 429:
            return {"error": "rate_limit_exceeded", "error_description": "Too many requests."}
        if status >= 500:
            return {"error": "server_error", "error_description": "The server encountered an unexpected condition."}
        return {"error": "invalid_request", "error_description": "The request could not be processed."}

    def fault_response(self, fault: Fault) -> Response:
        if fault.status == 401:
            fault.headers.setdefault("WWW-Authenticate", f'Bearer realm="{REALM}", error="invalid_token"')
        return super().fault_response(fault)

    def control_routes(self) -> list[BaseRoute]:
        def order_action(action: str) -> Any:
            async def handle(request: Request) -> Response:
                uuid = request.path_params["order_uuid"]
                try:
                    if action == "advance":
                        return JSONResponse(self.advance_order(uuid))
                    if action == "release":
                        return JSONResponse(self.release_order(uuid))
                    body = json.loads(await request.body() or b"{}")
                    return JSONResponse(
                        self.add_amendment(uuid, int(body.get("amount", 0)), body.get("key", "amendment"))
                    )
                except GogoxError as exc:
                    return exc.response()

            return handle

        async def webhooks(request: Request) -> Response:
            return JSONResponse(
                [
                    {"url": w.url, "kinds": w.kinds, "payload": w.payload, "attempts": w.attempts,
                     "delivered": w.delivered}
                    for w in self.wait_for_webhooks(2.0)
                ]
            )  # fmt: skip

        p = "/_sandbox/orders/{order_uuid}/"
        return [
            Route(p + "advance", order_action("advance"), methods=["POST"]),
            Route(p + "release", order_action("release"), methods=["POST"]),
            Route(p + "amend", order_action("amend"), methods=["POST"]),
            Route("/_sandbox/webhooks", webhooks, methods=["GET"]),
        ]


def _point(stop: dict[str, Any], where: str) -> tuple[float, float]:
    location = stop.get("location") or {}
    lat, lng = location.get("lat"), location.get("lng")
    if not (isinstance(lat, int | float) and -90 <= lat <= 90 and isinstance(lng, int | float) and -180 <= lng <= 180):
        raise GogoxError(422, "invalid_location", f"{where}.location needs lat in [-90, 90] and lng in [-180, 180].")
    return float(lat), float(lng)


def _stop(stop: dict[str, Any], *, pickup: bool = False, now: int = 0) -> dict[str, Any]:
    """A request stop as orders show it (null for what was not given, like the docs' samples)."""
    contact = stop.get("contact") or {}
    shown: dict[str, Any] = {
        "name": stop.get("name"),
        "street_address": stop.get("street_address"),
        "floor_or_unit_number": stop.get("floor_or_unit_number"),
    }
    if pickup:
        shown["schedule_at"] = int(stop.get("schedule_at") or now)
    shown["arrived_at"] = None
    shown["location"] = {"lat": stop["location"]["lat"], "lng": stop["location"]["lng"]}
    shown["contact"] = {
        "name": contact.get("name"),
        "phone_number": contact.get("phone_number"),
        "phone_extension": contact.get("phone_extension"),
    }
    shown["epod_signature"] = None
    # The spec types these as strings: leave out what the client did not send.
    for key in ("name", "street_address"):
        if shown[key] is None:
            del shown[key]
    for key in ("name", "phone_number"):
        if shown["contact"][key] is None:
            del shown["contact"][key]
    return shown


# --------------------------------------------------------------------------- token endpoint


def _basic_credentials(header: str) -> tuple[str, str] | bool | None:
    """(id, secret) from an HTTP Basic header; None if absent; False if malformed."""
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return False
    client_id, sep, secret = decoded.partition(":")
    if not sep:
        return False
    # RFC 6749 §2.3.1: both are application/x-www-form-urlencoded before base64.
    return unquote(client_id.replace("+", " ")), unquote(secret.replace("+", " "))


async def _token_fields(s: GogoxSandbox, request: Request) -> dict[str, Any]:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    kind = "json" if content_type.endswith("json") else "form" if content_type.endswith("urlencoded") else "other"
    if kind not in s.token_body_formats:
        return {}  # a server that does not read this format sees no parameters at all
    try:
        return await read_fields(request)
    except ValueError:
        return {}


async def token(s: GogoxSandbox, request: Request) -> Response:
    s.tokens.note_attempt()
    check_json_accept(s, request)  # reference §4: the samples send it
    decision: RateDecision = s.token_limiter.hit("token")
    if not decision.allowed:
        return oauth_error(
            429, "rate_limit_exceeded", "Too many token requests; retry later.", headers=decision.headers
        )
    fields = await _token_fields(s, request)
    basic = _basic_credentials(request.headers.get("authorization", ""))
    tried_basic = basic is not None
    challenge = {"WWW-Authenticate": f'Basic realm="{REALM}"'} if tried_basic else {}
    grant_type = fields.get("grant_type")
    if not grant_type:
        return oauth_error(400, "invalid_request", "Missing required parameter: grant_type.")
    if tried_basic and ("client_id" in fields or "client_secret" in fields):
        return oauth_error(400, "invalid_request", "The request uses more than one client authentication method.")
    if grant_type not in s.grant_flows:
        return oauth_error(
            400, "unsupported_grant_type", "The authorization grant type is not supported by the authorization server."
        )
    if basic is False:
        return oauth_error(401, "invalid_client", INVALID_CLIENT, challenge)
    client_id, secret = basic if isinstance(basic, tuple) else (fields.get("client_id"), fields.get("client_secret"))
    if not (
        isinstance(client_id, str)
        and isinstance(secret, str)
        and hmac.compare_digest(client_id.encode(), (s.client_id or "").encode())
        and hmac.compare_digest(secret.encode(), (s.client_secret or "").encode())
    ):
        return oauth_error(401, "invalid_client", INVALID_CLIENT, challenge)
    access_token, expires_in = s.tokens.issue()
    with s.lock:
        s.issued.add(access_token)
        s.token_auth_methods.append("basic" if tried_basic else "body")
    return JSONResponse(
        {"access_token": access_token, "token_type": "Bearer", "expires_in": expires_in,
         "created_at": int(s.clock.now())},
        headers={"Cache-Control": "no-store", "Pragma": "no-cache", **decision.headers},
    )  # fmt: skip


# --------------------------------------------------------------------------- the app


def create_app(sandbox: GogoxSandbox) -> SandboxApp:
    """The GoGoX sandbox as a Starlette app (control routes under /_sandbox/ included)."""
    s = sandbox

    def protected(handler: Any) -> Any:
        async def wrapped(request: Request) -> Response:
            if not s.authenticated(request):
                return s.invalid_token(s.bearer_token(request))
            try:
                s.tick()
                return await handler(request)  # type: ignore[no-any-return]
            except GogoxError as exc:
                return exc.response()

        return wrapped

    async def body_of(request: Request) -> dict[str, Any]:
        try:
            return await read_fields(request)
        except ValueError as exc:
            raise GogoxError(400, "invalid_json", str(exc)) from None

    async def oauth_token(request: Request) -> Response:
        return await token(s, request)

    async def transport_quotation(request: Request) -> Response:
        body = await body_of(request)
        price, breakdown = s.transport_price(body)
        return JSONResponse(
            {"vehicle_type": body["vehicle_type"], "estimated_price": price, "estimated_price_breakdown": breakdown}
        )

    async def transport_order(request: Request) -> Response:
        return JSONResponse(s.place_order("transport", await body_of(request)).json(), 201)

    async def get_transport_order(request: Request) -> Response:
        return JSONResponse(s.order(request.path_params["order_uuid"], "transport").json())

    async def cancel_transport_order(request: Request) -> Response:
        s.cancel_order(request.path_params["order_uuid"])
        return Response(b"", 200)

    async def delivery_quotation(request: Request) -> Response:
        delivery_type, price, breakdown = s.delivery_price(await body_of(request))
        return JSONResponse(
            {"delivery_type": delivery_type, "estimated_price": price, "estimated_price_breakdown": breakdown}
        )

    async def delivery_order(request: Request) -> Response:
        return JSONResponse(s.place_order("delivery", await body_of(request)).json(), 201)

    async def get_delivery_order(request: Request) -> Response:
        return JSONResponse(s.order(request.path_params["order_id"], "delivery").json())

    async def get_order_v2(request: Request) -> Response:
        return JSONResponse(s.order(request.path_params["order_uuid"]).json())

    routes: list[BaseRoute] = [
        Route("/oauth/token", oauth_token, methods=["POST"]),
        Route("/transport/quotations", protected(transport_quotation), methods=["POST"]),
        Route("/transport/orders", protected(transport_order), methods=["POST"]),
        Route("/transport/orders/{order_uuid}", protected(get_transport_order), methods=["GET"]),
        Route("/transport/orders/{order_uuid}/cancel", protected(cancel_transport_order), methods=["POST"]),
        Route("/delivery/quotations", protected(delivery_quotation), methods=["POST"]),
        Route("/delivery/orders", protected(delivery_order), methods=["POST"]),
        Route("/delivery/orders/{order_id}", protected(get_delivery_order), methods=["GET"]),
        Route("/api/v2/orders/{order_uuid}", protected(get_order_v2), methods=["GET"]),
    ]
    return SandboxApp(sandbox, routes)


SANDBOX = GogoxSandbox
