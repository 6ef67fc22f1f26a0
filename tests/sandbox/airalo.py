"""Airalo Partner API v2 sandbox: a stateful fake of https://partners-api.airalo.com.

It behaves as Airalo's docs say (docs/reference sections §2-§10), every endpoint of
the v2 inventory included:

- `POST /v2/token` (multipart, urlencoded or JSON): 200 token envelope; unknown
  client id 422 "The selected client id is invalid." (as the published example);
  right id with a wrong secret 401 `{"data":[],"meta":{"message":"Client
  authentication failed"}}`; missing fields 422; 5 requests a minute, then 429.
- Every other endpoint wants `Authorization: Bearer <token>`; a missing, unknown,
  revoked or expired token gets 401 `{"data":[],"meta":{"message":"Unauthenticated."}}`.
- A generated catalogue (8 countries, 3 regions, top-ups, voice packages, an
  unlimited one) with Laravel pagination (`links`/`meta` with absolute URLs that
  echo the query, `per_page` as a string), `filter[type]`, `filter[country]`,
  `include=topup`, and the 422 for a non-integer `limit`/`page`.
- Orders against a balance (Decimal, default 1000.00 USD; each sim costs the
  package's net price): code 11 when short, quantity 1-50, the §10 test package
  ids forcing codes 11/13/23/33/34, eSIMs with ICCIDs and QR codes; async orders
  (202, result by signed webhook); future orders with the due-date rules; vouchers;
  order and eSIM lists; brand; instructions (Accept-Language); usage that drops as
  a test calls `consume(iccid, mb)`; top-ups; package history; devices;
  notifications; the webhook simulator (which really POSTs, signed); balance;
  refunds; exchange rates; product information.

Money is Decimal inside and JSON numbers outside (strings where the docs show
strings, e.g. `"price": "9.50"` in order lists). Times come from `self.clock`, so
`clock.advance()` expires tokens, usage and due dates.

Not modelled: the IP allowlist (403 code 89), 417, per-endpoint limits other than
the token one (add them with `add_rate_limit`), and the HEAD check of webhook
URLs (turn on with `verify_webhook_urls`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import random
import re
import string
import threading
import uuid
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlencode

import httpx
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ._common import (
    RateLimiter,
    RequestProblem,
    SandboxApp,
    SandboxState,
    SpecOperation,
    check_json_accept,
    deliver_webhook,
    read_fields,
    too_many_attempts,
)

__all__ = ["SANDBOX", "AiraloError", "AiraloSandbox", "WebhookDelivery", "create_app", "sign_webhook"]

SUCCESS = {"message": "success"}
INVALID = {"message": "the parameter is invalid"}
UNAUTHENTICATED = {"data": [], "meta": {"message": "Unauthenticated."}}
NOT_FOUND = {"data": [], "meta": {"message": "messages.resource_not_found"}}

# USD -> currency, mid rates (a fixed day; the real ones refresh daily at 00:00 UTC).
RATES: dict[str, Decimal] = {
    "USD": Decimal("1"),
    "AUD": Decimal("1.5613"),
    "BRL": Decimal("5.6889"),
    "GBP": Decimal("0.7367"),
    "CAD": Decimal("1.3911"),
    "AED": Decimal("3.6725"),
    "EUR": Decimal("0.8892"),
    "INR": Decimal("85.42"),
    "IDR": Decimal("16290"),
    "ILS": Decimal("3.5111"),
    "JPY": Decimal("145.37"),
    "MYR": Decimal("4.2300"),
    "MXN": Decimal("19.39"),
    "SGD": Decimal("1.2907"),
    "KRW": Decimal("1374"),
    "VND": Decimal("25942"),
    "ZAR": Decimal("18.02"),
}
INTEGER_CURRENCIES = frozenset({"IDR", "JPY", "KRW", "VND"})
COUNTRY_TITLES = {
    "US": "United States",
    "FR": "France",
    "ES": "Spain",
    "FO": "Faroe Islands",
    "JP": "Japan",
    "TR": "Turkey",
    "DE": "Germany",
    "GB": "United Kingdom",
    "IT": "Italy",
    "KR": "South Korea",
    "TH": "Thailand",
    "SG": "Singapore",
    "BR": "Brazil",
    "AU": "Australia",
    "CA": "Canada",
    "MX": "Mexico",
    "IN": "India",
    "AE": "United Arab Emirates",
    "PT": "Portugal",
    "NL": "Netherlands",
}
REFUND_REASONS = (
    "INSTALLATION_FAILURE",
    "NO_COVERAGE",
    "APN_FAILURE",
    "TRIP_CANCELLATION",
    "INTERMITTENT_CONNECTION",
    "BLOCKED_NETWORK",
    "CHANGE_OF_PLAN",
    "DELETED_ESIM",
    "EARLY_EXPIRY",
    "HOTSPOT_NOT_WORKING",
    "IMSI_CHANGE",
    "INCOMPATIBLE_DEVICE",
    "LOCKED_DEVICE",
    "NO_VOICE_TEXT_SERVICES",
    "OVERCHARGED",
    "SLOW_SPEED",
    "TOP_UP_PACKAGE_FAILURE",
    "UNKNOWN_CHARGES",
    "WRONG_PURCHASE",
    "UNABLE_TO_ACCESS_APPS",
    "SERVICE_DEGRADATION",
    "QR_ISSUE_PARTNERS",
    "OTHERS",
    # the older enum, still accepted
    "INVALID_ACTIVATION",
    "DUPLICATE_ORDER",
    "SERVICE_ISSUES",
)
NOTIFICATION_TYPES = (
    "async_orders",
    "webhook_low_data",
    "email_low_data",
    "webhook_credit_limit",
    "email_credit_limit",
)
SIMULATOR_EVENTS = {
    "low_data_notification": "webhook_low_data",
    "credit_limit_notification": "webhook_credit_limit",
    "async_order_notification": "async_orders",
}
LOW_DATA_TYPES = {"data_75": ("75%", 25), "data_90": ("90%", 10), "expire_3": ("3days", 40), "expire_1": ("1days", 15)}
# §10: test package ids that make POST /orders fail with a business code.
FORCED_CODES = {
    "test-insufficient-balance-7days-1gb": 11,
    "test-maintenance-mode-7days-1gb": 13,
    "test-disabled-top-up-7days-1gb": 23,
    "test-not-enough-7days-1gb": 33,
    "test-out-of-stock-7days-1gb": 34,
}
# §10: test package ids that park a future order in a status.
FUTURE_STATUS_PACKAGES = {
    "test-create-pending-future-order-7days-1gb": "pending",
    "test-create-retry-future-order-7days-1gb": "retry",
    "test-create-failed-future-order-7days-1gb": "failed",
}
TWO_PLACES = Decimal("0.01")
DATE = "%Y-%m-%d %H:%M:%S"
REQUEST_ID_ALPHABET = string.ascii_letters + string.digits + "_-"


# --------------------------------------------------------------------------- errors


class AiraloError(Exception):
    """An answer Airalo gives instead of success: HTTP status and JSON body."""

    def __init__(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        super().__init__(f"HTTP {status}: {body}")
        self.status = status
        self.body = body
        self.headers = headers or {}

    def response(self) -> Response:
        if self.status == 204:
            return Response(status_code=204)
        return JSONResponse(self.body, self.status, headers=self.headers)


def validation_error(errors: dict[str, str]) -> AiraloError:
    """Shape 1: `{"data": {field: message}, "meta": {"message": "the parameter is invalid"}}`."""
    return AiraloError(422, {"data": errors, "meta": INVALID})


def business_error(code: int, reason: str, status: int = 422) -> AiraloError:
    """Shape 2: `{"code": int, "reason": str}`."""
    return AiraloError(status, {"code": code, "reason": reason})


def message_error(status: int, message: str) -> AiraloError:
    """Shape 3: `{"data": [], "meta": {"message": str}}`."""
    return AiraloError(status, {"data": [], "meta": {"message": message}})


def not_found() -> AiraloError:
    return AiraloError(404, NOT_FOUND)


# --------------------------------------------------------------------------- money and formats


def money(value: Decimal | int | str) -> Decimal:
    return Decimal(value).quantize(TWO_PLACES, ROUND_HALF_UP)


def num(value: Decimal) -> int | float:
    """A Decimal as the JSON number Airalo shows: 8 not 8.0, 4.5 not 4.50."""
    return int(value) if value == value.to_integral_value() else float(value)


def convert(usd: Decimal, currency: str) -> Decimal:
    places = Decimal("1") if currency in INTEGER_CURRENCIES else TWO_PLACES
    return (usd * RATES[currency]).quantize(places, ROUND_HALF_UP)


def currency_map(usd: Decimal) -> dict[str, int | float]:
    return {cur: num(convert(usd, cur)) for cur in RATES}


def fmt(moment: datetime | None) -> str | None:
    return None if moment is None else moment.strftime(DATE)


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


def as_int(value: Any) -> int | None:
    """Laravel's `integer` rule: 3 and "3" pass; 3.5, "3.5", True and "abc" do not."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
        return int(value)
    return None


def human(field_name: str) -> str:
    return field_name.replace("_", " ")


def sign_webhook(body: bytes, secret: str) -> str:
    """`airalo-signature`: lowercase hex HMAC-SHA512 of the raw body keyed with the client secret."""
    return hmac.new(secret.encode(), body, hashlib.sha512).hexdigest()


def php_json(payload: Any) -> bytes:
    """JSON as PHP's json_encode writes it (compact, `/` escaped as `\\/`), which is what Airalo signs."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=True).replace("/", "\\/").encode()


# --------------------------------------------------------------------------- catalogue


@dataclass(frozen=True)
class Operator:
    id: int
    slug: str
    title: str
    type: str  # local | global
    country_codes: tuple[str, ...]
    networks: tuple[tuple[str, str], ...]  # (network name, technology)
    plan_type: str = "data"
    rechargeable: bool = True
    apn_type: str = "automatic"
    apn_value: str | None = None
    is_roaming: bool = True
    style: str = "light"
    gradient: tuple[str, str] = ("#0f1b3f", "#194281")
    other_info: str | None = None
    install_window_days: int | None = None
    topup_grace_window_days: int | None = None
    is_kyc_verify: bool = False


@dataclass(frozen=True)
class Package:
    id: str
    type: str  # sim | topup
    operator: Operator
    entry_slug: str
    day: int
    amount: int  # MB, 0 when unlimited
    price: Decimal  # recommended retail, USD
    net_price: Decimal  # wholesale, USD: what an order costs the partner
    is_unlimited: bool = False
    voice: int | None = None
    text: int | None = None
    short_info: str | None = None
    listed: bool = True  # the §10 test packages are orderable but not in the catalogue
    fair_usage_policy: str | None = None

    @property
    def data(self) -> str:
        if self.is_unlimited:
            return "Unlimited"
        return f"{self.amount // 1024} GB" if self.amount % 1024 == 0 else f"{self.amount} MB"

    @property
    def title(self) -> str:
        parts = [self.data]
        if self.text:
            parts.append(f"{self.text} SMS")
        if self.voice:
            parts.append(f"{self.voice} Mins")
        parts.append(f"{self.day} Days")
        return " - ".join(parts)

    @property
    def order_title(self) -> str:
        return f"{self.operator.title}-{self.title}"


@dataclass(frozen=True)
class Entry:
    """One item of GET /v2/packages `data`: a country (local) or a region (global)."""

    slug: str
    country_code: str
    title: str
    operators: tuple[Operator, ...]


def _image(seed: str, width: int = 132, height: int = 99) -> dict[str, Any]:
    return {
        "width": width,
        "height": height,
        "url": f"https://cdn.airalo.com/images/{uuid.uuid5(uuid.NAMESPACE_URL, seed)}.png",
    }


def _packages(
    op: Operator,
    entry: str,
    plans: Iterable[tuple[int, int | None, str]],
    *,
    voice: int | None = None,
    topups: bool = True,
) -> list[Package]:
    """Packages (and their -topup twins) from (days, GB or None for unlimited, retail USD)."""
    result: list[Package] = []
    for days, gb, price in plans:
        retail = money(price)
        net = money(retail * Decimal("0.6"))
        base = f"{op.slug}-{days}days-{gb}gb" if gb else f"{op.slug}-{days}days-unlimited"
        common: dict[str, Any] = {
            "operator": op,
            "entry_slug": entry,
            "day": days,
            "amount": (gb or 0) * 1024,
            "price": retail,
            "net_price": net,
            "is_unlimited": gb is None,
            "voice": voice,
            "text": voice,
            "short_info": None if voice else "This eSIM doesn't come with a phone number.",
            "fair_usage_policy": "Speed is reduced to 1 Mbps after 2 GB a day." if gb is None else None,
        }
        result.append(Package(id=base, type="sim", **common))
        if topups and op.rechargeable:
            result.append(Package(id=f"{base}-topup", type="topup", **common))
    return result


def build_catalogue() -> tuple[list[Entry], dict[str, Package]]:
    """The sandbox's catalogue: entries in listing order and every package by id."""
    entries: list[Entry] = []
    packages: dict[str, Package] = {}

    def local(cc: str, slug: str, operators: list[tuple[Operator, list[Package]]]) -> None:
        entries.append(Entry(slug, cc, COUNTRY_TITLES[cc], tuple(op for op, _ in operators)))
        for _, pkgs in operators:
            packages.update((p.id, p) for p in pkgs)

    change = Operator(
        687,
        "change",
        "Change",
        "local",
        ("US",),
        (("T-Mobile", "5G"), ("Verizon", "5G")),
        apn_type="manual",
        apn_value="wbdata",
        other_info="The coverage applies to all 50 states of the United States, and Puerto Rico.",
    )
    local(
        "US",
        "united-states",
        [
            (
                change,
                _packages(
                    change,
                    "united-states",
                    [(7, 1, "4.5"), (15, 2, "8"), (30, 3, "11"), (30, 5, "16"), (10, None, "30")],
                ),
            )
        ],
    )
    bonbon = Operator(
        555,
        "bonbon-mobile",
        "Bonbon Mobile",
        "local",
        ("FR",),
        (("Bouygues", "LTE"),),
        plan_type="data-voice-text",
        apn_type="manual",
        apn_value="rh",
        gradient=("#f9a11b", "#f7931e"),
    )
    elan = Operator(
        826,
        "elan",
        "Élan",
        "local",
        ("FR",),
        (("Orange", "4G"),),
        is_roaming=False,
        style="dark",
        gradient=("#F1D4FB", "#EEC0FF"),
        topup_grace_window_days=120,
        other_info="You can add a top-up to this eSIM within 120 days from when it was activated.",
    )
    local(
        "FR",
        "france",
        [
            (bonbon, _packages(bonbon, "france", [(30, 3, "10"), (30, 5, "15"), (30, 10, "22.5")], voice=100)),
            (elan, _packages(elan, "france", [(7, 1, "4.5"), (15, 2, "8")])),
        ],
    )
    guay = Operator(
        550,
        "guay-mobile",
        "Guay Mobile",
        "local",
        ("ES",),
        (("Orange", "LTE"), ("Vodafone", "LTE"), ("Yoigo", "LTE")),
        apn_type="manual",
        apn_value="internet",
        gradient=("#b40b1e", "#d20d23"),
    )
    local("ES", "spain", [(guay, _packages(guay, "spain", [(7, 1, "4.5"), (15, 2, "8"), (30, 3, "11")]))])
    kallur = Operator(
        412,
        "kallur-digital",
        "Kallur Digital",
        "local",
        ("FO",),
        (("Faroese Telecom", "LTE"),),
        rechargeable=False,
        install_window_days=30,
        gradient=("#1e3c72", "#2a5298"),
    )
    local("FO", "faroe-islands", [(kallur, _packages(kallur, "faroe-islands", [(7, 1, "9.5"), (30, 3, "22")]))])
    moshi = Operator(301, "moshi-moshi", "Moshi Moshi", "local", ("JP",), (("SoftBank", "5G"), ("KDDI", "LTE")))
    local("JP", "japan", [(moshi, _packages(moshi, "japan", [(7, 1, "4.5"), (30, 5, "16")]))])
    merhaba = Operator(
        302, "merhaba", "Merhaba", "local", ("TR",), (("Turkcell", "LTE"),), apn_type="manual", apn_value="internet"
    )
    local("TR", "turkey", [(merhaba, _packages(merhaba, "turkey", [(7, 1, "5"), (15, 3, "12")]))])
    hallo = Operator(303, "hallo-mobil", "Hallo Mobil", "local", ("DE",), (("Telekom", "5G"), ("O2", "LTE")))
    local("DE", "germany", [(hallo, _packages(hallo, "germany", [(7, 1, "4.5"), (30, 10, "26")]))])
    uki = Operator(
        304,
        "uki-mobile",
        "Uki Mobile",
        "local",
        ("GB",),
        (("EE", "5G"), ("Three", "LTE")),
        apn_type="manual",
        apn_value="globaldata",
    )
    local("GB", "united-kingdom", [(uki, _packages(uki, "united-kingdom", [(7, 1, "4.5"), (15, 2, "7.5")]))])

    def region(slug: str, title: str, op: Operator, pkgs: list[Package]) -> None:
        entries.append(Entry(slug, "", title, (op,)))
        packages.update((p.id, p) for p in pkgs)

    eurolink = Operator(
        686,
        "eurolink",
        "Eurolink",
        "global",
        ("FR", "ES", "IT", "TR", "DE", "GB", "PT", "NL"),
        (("Orange", "5G"), ("Vodafone", "LTE")),
        apn_type="manual",
        apn_value="wbdata",
        gradient=("#173781", "#183984"),
    )
    region("europe", "Europe", eurolink, _packages(eurolink, "europe", [(7, 1, "5"), (30, 5, "19")]))
    asialink = Operator(
        689,
        "asialink",
        "Asialink",
        "global",
        ("JP", "KR", "TH", "SG"),
        (("SoftBank", "LTE"), ("SK Telecom", "5G")),
        gradient=("#c0392b", "#e74c3c"),
    )
    region("asia", "Asia", asialink, _packages(asialink, "asia", [(7, 1, "5"), (30, 3, "13")]))
    discover = Operator(
        688,
        "discover",
        "Discover Global",
        "global",
        tuple(sorted(COUNTRY_TITLES)),
        (("Multiple", "LTE"),),
        plan_type="data-voice-text",
        apn_type="manual",
        apn_value="globaldata",
        style="dark",
        gradient=("#000000", "#333333"),
    )
    region("world", "Discover Global", discover, _packages(discover, "world", [(7, 1, "9"), (30, 5, "40")], voice=30))

    test_op = Operator(999, "test", "Sandbox Test", "local", ("US",), (("Test", "LTE"),))
    for package_id in (*FORCED_CODES, *FUTURE_STATUS_PACKAGES):
        packages[package_id] = Package(
            package_id, "sim", test_op, "united-states", 7, 1024, money("4.5"), money("2.7"), listed=False
        )
    return entries, packages


# --------------------------------------------------------------------------- state objects


@dataclass
class SimPackage:
    """One package on an eSIM (the original one or a top-up): package history item."""

    id: int
    package: Package
    remaining: int
    remaining_voice: int
    remaining_text: int
    status: str = "NOT_ACTIVE"  # NOT_ACTIVE | ACTIVE | FINISHED | EXPIRED
    activated_at: datetime | None = None
    expired_at: datetime | None = None
    finished_at: datetime | None = None


@dataclass
class Sim:
    id: int
    iccid: str
    created_at: datetime
    order_id: int
    operator: Operator
    lpa: str
    matching_id: str
    brand_settings_name: str | None
    msisdn: str | None
    access_code: str
    share_token: str
    packages: list[SimPackage] = field(default_factory=list)
    recycled_at: datetime | None = None
    voucher_code: str | None = None


@dataclass
class Order:
    id: int
    code: str
    package: Package
    quantity: int
    type: str  # sim | topup
    description: str | None
    brand_settings_name: str | None
    created_at: datetime
    unit_price: Decimal
    unit_net_price: Decimal
    sims: list[Sim] = field(default_factory=list)
    status: str = "completed"
    request_id: str | None = None
    to_email: str | None = None
    sharing_option: list[str] = field(default_factory=list)
    copy_address: list[str] = field(default_factory=list)


@dataclass
class FutureOrder:
    request_id: str
    package: Package
    quantity: int
    due_date: datetime
    description: str | None
    webhook_url: str | None
    brand_settings_name: str | None
    to_email: str | None
    sharing_option: list[str]
    copy_address: list[str]
    status: str = "pending"  # pending | retry | failed | processed | cancelled
    order_id: int | None = None

    @property
    def latest_cancellation_date(self) -> datetime:
        return self.due_date - timedelta(days=1)


@dataclass
class WebhookDelivery:
    """A webhook the sandbox sent (or tried to) to a partner URL."""

    url: str
    event: str
    payload: Any
    body: bytes
    signature: str
    status_code: int | None = None
    error: str | None = None
    #: Each attempt's HTTP status, or the transport error's name.
    attempts: list[int | str] = field(default_factory=list)


# --------------------------------------------------------------------------- the sandbox


class AiraloSandbox(SandboxState):
    """Airalo's state: catalogue, balance, orders, eSIMs, notifications, webhooks.

    Tests may call the business methods directly (`place_order`, `consume`,
    `recycle`, `topup`, ...) to arrange state, then exercise a client over HTTP.
    """

    provider = "airalo"

    def __init__(
        self,
        *,
        client_id: str = "sandbox-client-id",
        client_secret: str = "sandbox-client-secret",
        balance: Decimal | str | int = "1000.00",
        token_lifetime: float = 31622400.0,
        valid_for: float | None = None,
        rate_limit: int = 5,
        rate_window: float = 60.0,
        seed: int = 0,
        **options: Any,
    ) -> None:
        super().__init__(
            client_id=client_id,
            client_secret=client_secret,
            token_lifetime=token_lifetime,
            valid_for=valid_for,
            rate_limit=rate_limit,
            rate_window=rate_window,
            **options,
        )
        self.entries, self.packages = build_catalogue()
        self._balance = money(balance)
        self.currency = "USD"
        self.brands: set[str] = {"our perfect brand"}
        self.stock: dict[str, int] = {}  # package id -> sims left (absent: unlimited)
        self.orders: dict[int, Order] = {}
        self.sims: dict[str, Sim] = {}
        self.future_orders: dict[str, FutureOrder] = {}
        self.notifications: dict[str, dict[str, Any]] = {}  # type -> subscription, most recent last
        self.refunds: list[dict[str, Any]] = []
        self.vouchers: list[dict[str, Any]] = []
        self.emails: list[dict[str, Any]] = []  # sharing emails "sent"
        self.webhooks: list[WebhookDelivery] = []
        self.route_limits: list[tuple[str, RateLimiter]] = []
        #: Docs (sandbox mode) process future orders at once; False keeps them pending
        #: until their due date passes on `clock` (production behaviour).
        self.future_orders_immediate = False
        #: POST /v2/orders shows quantity as "1" (docs example); False gives 1 (newer captures).
        self.order_quantity_as_string = True
        #: Page >= 2 of GET /v2/packages as an object keyed by index (the documented Laravel quirk).
        self.object_pages = False
        self.verify_webhook_urls = False
        self.webhook_timeout = 5.0
        #: Airalo retries a delivery that does not get a 2xx, up to 20 attempts in all;
        #: `webhook_backoff` is the first delay in seconds (doubling, capped at 60 s).
        self.webhook_attempts = 20
        self.webhook_backoff = 1.0
        self._webhooks_closed = threading.Event()
        self._rng = random.Random(seed)
        self._next_order_id = 9700
        self._next_sim_id = 11100
        self._next_history_id = 700
        self._next_voucher_id = 1
        self._next_refund_id = 12345
        self._threads: list[threading.Thread] = []

    # ---- balance

    @property
    def balance(self) -> Decimal:
        with self.lock:
            return self._balance

    @balance.setter
    def balance(self, value: Decimal | str | int) -> None:
        try:
            amount = money(value)
        except InvalidOperation:
            raise ValueError(f"not an amount: {value!r}") from None
        with self.lock:
            self._balance = amount

    def _charge(self, amount: Decimal) -> None:
        with self.lock:
            if amount > self._balance:
                raise business_error(
                    11,
                    f"Insufficient Airalo credit (balance {self._balance} {self.currency}, "
                    f"order total {money(amount)} {self.currency}).",
                )
            self._balance -= amount

    # ---- ids

    def _order_id(self) -> int:
        self._next_order_id += 1
        return self._next_order_id

    def _request_id(self) -> str:
        return "".join(self._rng.choice(REQUEST_ID_ALPHABET) for _ in range(25))

    def _iccid(self) -> str:
        while True:
            iccid = "894446540000" + "".join(self._rng.choice(string.digits) for _ in range(7))
            if iccid not in self.sims:
                return iccid

    def _code(self, length: int = 8) -> str:
        return "".join(self._rng.choice(string.ascii_uppercase + string.digits) for _ in range(length))

    # ---- orders

    def package(self, package_id: Any, *, kind: str | None = "sim") -> Package | None:
        package = self.packages.get(package_id) if isinstance(package_id, str) else None
        if package is None or (kind is not None and package.type != kind):
            return None
        return package

    def place_order(
        self,
        package_id: str,
        quantity: int = 1,
        *,
        description: str | None = None,
        brand_settings_name: str | None = None,
        to_email: str | None = None,
        sharing_option: list[str] | None = None,
        copy_address: list[str] | None = None,
        request_id: str | None = None,
    ) -> Order:
        """Buy `quantity` eSIMs of a package: charge the net price, create the sims.

        Raises AiraloError with Airalo's answer when the order is refused.
        """
        package = self.package(package_id)
        if package is None:
            raise validation_error({"package_id": "The selected package is invalid."})
        forced = FORCED_CODES.get(package.id)
        if forced == 11:
            raise business_error(11, "Insufficient Airalo credit (sandbox test package).")
        if forced == 13:
            raise business_error(13, "The operator is currently under maintenance. Please try again later.")
        if forced == 23:
            raise business_error(23, "Top-up is disabled by the operator for this package.")
        if forced == 33:
            raise business_error(33, f"Not enough eSIM stock (requested {quantity}, available 0).")
        if forced == 34:
            raise business_error(
                34, "The requested eSIM package is invalid or it is currently out of stock. Please try again later."
            )
        with self.lock:
            left = self.stock.get(package.id)
            if left is not None and quantity > left:
                raise validation_error({"quantity": f"SIM quantity is not available. Available quantity: {left}."})
            self._charge(package.net_price * quantity)
            if left is not None:
                self.stock[package.id] = left - quantity
            now = self.clock.utcnow()
            order = Order(
                id=self._order_id(),
                code="",
                package=package,
                quantity=quantity,
                type="sim",
                description=description,
                brand_settings_name=brand_settings_name,
                created_at=now,
                unit_price=package.price,
                unit_net_price=package.net_price,
                request_id=request_id,
                to_email=to_email,
                sharing_option=list(sharing_option or []),
                copy_address=list(copy_address or []),
            )
            order.code = f"{now:%Y%m%d}-{order.id:06d}"
            for _ in range(quantity):
                order.sims.append(self._new_sim(order, package, now))
            self.orders[order.id] = order
            if to_email:
                self.emails.append(
                    {
                        "to": to_email,
                        "copy": order.copy_address,
                        "sharing_option": order.sharing_option,
                        "order_id": order.id,
                    }
                )
            return order

    def _new_sim(self, order: Order, package: Package, now: datetime) -> Sim:
        self._next_sim_id += 1
        iccid = self._iccid()
        sim = Sim(
            id=self._next_sim_id,
            iccid=iccid,
            created_at=now,
            order_id=order.id,
            operator=package.operator,
            lpa="lpa.airalo.com",
            matching_id="-".join(self._code(5) for _ in range(4)),
            brand_settings_name=order.brand_settings_name,
            msisdn=("88319" + iccid[-10:]) if package.voice else None,
            access_code="".join(self._rng.choice(string.digits) for _ in range(4)),
            share_token=f"{self._code(6).lower()}-{self._code(7).lower()}",
        )
        sim.packages.append(self._sim_package(package))
        self.sims[iccid] = sim
        return sim

    def _sim_package(self, package: Package) -> SimPackage:
        self._next_history_id += 1
        return SimPackage(self._next_history_id, package, package.amount, package.voice or 0, package.text or 0)

    def sim(self, iccid: str) -> Sim:
        with self.lock:
            sim = self.sims.get(iccid)
            if sim is None:
                raise not_found()
            return sim

    # ---- usage

    def _refresh(self, sim: Sim) -> None:
        now = self.clock.utcnow()
        for item in sim.packages:
            if item.status == "ACTIVE" and item.expired_at is not None and item.expired_at <= now:
                item.status = "EXPIRED"

    def _activate(self, item: SimPackage) -> None:
        now = self.clock.utcnow()
        item.status = "ACTIVE"
        item.activated_at = now
        item.expired_at = now + timedelta(days=item.package.day)

    def consume(self, iccid: str, mb: int, *, minutes: int = 0, sms: int = 0) -> dict[str, Any]:
        """The eSIM uses `mb` MB of data (and voice/SMS): activates packages as needed.

        Returns the usage as GET /v2/sims/{iccid}/usage would show it.
        """
        with self.lock:
            sim = self.sim(iccid)
            self._refresh(sim)
            left = mb
            for item in sim.packages:
                if item.status in ("FINISHED", "EXPIRED"):
                    continue
                if item.status == "NOT_ACTIVE":
                    self._activate(item)
                if item.package.is_unlimited:
                    left = 0
                else:
                    used = min(left, item.remaining)
                    item.remaining -= used
                    left -= used
                item.remaining_voice = max(0, item.remaining_voice - minutes)
                item.remaining_text = max(0, item.remaining_text - sms)
                minutes = sms = 0
                if not item.package.is_unlimited and item.remaining == 0:
                    item.status = "FINISHED"
                    item.finished_at = self.clock.utcnow()
                if left <= 0:
                    break
            return self.usage(iccid)

    def usage(self, iccid: str) -> dict[str, Any]:
        with self.lock:
            sim = self.sim(iccid)
            self._refresh(sim)
            unlimited = sim.packages[0].package.is_unlimited
            if sim.recycled_at is not None:
                return {
                    "remaining": 0,
                    "total": 0,
                    "expired_at": None,
                    "is_unlimited": None,
                    "status": "RECYCLED",
                    "remaining_voice": 0,
                    "remaining_text": 0,
                    "total_voice": 0,
                    "total_text": 0,
                }
            current = [p for p in sim.packages if p.status in ("ACTIVE", "NOT_ACTIVE")]
            if current:
                status = "ACTIVE" if any(p.status == "ACTIVE" for p in current) else "NOT_ACTIVE"
                expiries = [p.expired_at for p in current if p.expired_at is not None]
                expired_at = max(expiries) if expiries else None
            else:
                current = sim.packages[-1:]
                status, expired_at = current[0].status, current[0].expired_at
            return {
                "remaining": 0 if unlimited else sum(p.remaining for p in current),
                "total": 0 if unlimited else sum(p.package.amount for p in current),
                "expired_at": fmt(expired_at),
                "is_unlimited": unlimited,
                "status": status,
                "remaining_voice": sum(p.remaining_voice for p in current),
                "remaining_text": sum(p.remaining_text for p in current),
                "total_voice": sum(p.package.voice or 0 for p in current),
                "total_text": sum(p.package.text or 0 for p in current),
            }

    def recycle(self, iccid: str) -> None:
        """Airalo recycles the eSIM: usage says RECYCLED, top-ups answer code 73."""
        with self.lock:
            self.sim(iccid).recycled_at = self.clock.utcnow()

    # ---- top-ups

    def topup_packages(self, iccid: str) -> list[Package]:
        with self.lock:
            sim = self.sim(iccid)
            if sim.recycled_at is not None:
                raise self._recycled(iccid)
            if not sim.operator.rechargeable:
                return []
            return [p for p in self.packages.values() if p.type == "topup" and p.operator is sim.operator]

    def _recycled(self, iccid: str) -> AiraloError:
        return business_error(
            73, f"The eSIM with iccid {iccid} has been recycled. It can no longer be used or topped up."
        )

    def topup(self, iccid: str, package_id: str, description: str | None = None) -> Order:
        """Buy a top-up for an eSIM: charge it, add it to the eSIM's packages."""
        with self.lock:
            sim = self.sims.get(iccid)
            if sim is None:
                raise validation_error({"iccid": "The selected iccid is invalid."})
            if sim.recycled_at is not None:
                raise self._recycled(iccid)
            if not sim.operator.rechargeable:
                raise business_error(23, "Top-up is disabled by the operator for this eSIM.")
            package = self.package(package_id, kind="topup")
            if package is None or package.operator is not sim.operator:
                raise validation_error({"package_id": "invalid topup package"})
            self._charge(package.net_price)
            now = self.clock.utcnow()
            order = Order(
                id=self._order_id(),
                code="",
                package=package,
                quantity=1,
                type="topup",
                description=description or f"Topup ({iccid})",
                brand_settings_name=None,
                created_at=now,
                unit_price=package.price,
                unit_net_price=package.net_price,
            )
            order.code = f"{now:%Y%m%d}-{order.id:06d}"
            self.orders[order.id] = order
            sim.packages.append(self._sim_package(package))
            return order

    # ---- future orders

    def process_due_future_orders(self) -> None:
        with self.lock:
            now = self.clock.utcnow()
            for future in self.future_orders.values():
                if (
                    future.status == "pending"
                    and future.package.id not in FUTURE_STATUS_PACKAGES
                    and (self.future_orders_immediate or future.due_date <= now)
                ):
                    self._process_future(future)

    def _process_future(self, future: FutureOrder) -> None:
        try:
            order = self.place_order(
                future.package.id,
                future.quantity,
                description=future.description,
                brand_settings_name=future.brand_settings_name,
                to_email=future.to_email,
                sharing_option=future.sharing_option,
                copy_address=future.copy_address,
                request_id=future.request_id,
            )
        except AiraloError as exc:
            future.status = "failed"
            payload: dict[str, Any] = {"request_id": future.request_id, **_reason(exc)}
        else:
            future.status, future.order_id = "processed", order.id
            payload = {**self.order_json(order, created=True), "request_id": future.request_id}
        target = future.webhook_url or self._webhook_url("async_orders")
        if target:
            self.send_webhook(target, "async_order", async_order_message(payload))

    # ---- notifications and webhooks

    def _webhook_url(self, kind: str) -> str | None:
        subscription = self.notifications.get(kind)
        return subscription["contact_point"] if subscription else None

    def send_webhook(self, url: str, event: str, payload: Any) -> WebhookDelivery:
        """POST `payload` to `url` in a background thread, signed like Airalo does."""
        body = php_json(payload)
        delivery = WebhookDelivery(url, event, payload, body, sign_webhook(body, self.client_secret or ""))
        with self.lock:
            self.webhooks.append(delivery)

        headers = {"content-type": "application/json", "airalo-signature": delivery.signature}

        def record(outcome: int | str) -> None:
            delivery.attempts.append(outcome)
            if isinstance(outcome, int):
                delivery.status_code, delivery.error = outcome, None
            else:
                delivery.error = outcome

        def deliver() -> None:
            deliver_webhook(
                url,
                body,
                headers,
                attempts=self.webhook_attempts,
                backoff=self.webhook_backoff,
                timeout=self.webhook_timeout,
                stop=self._webhooks_closed,
                record=record,
            )

        thread = threading.Thread(target=deliver, name="airalo-webhook", daemon=True)
        with self.lock:
            self._threads.append(thread)
        thread.start()
        return delivery

    def close(self) -> None:
        """Stop retrying webhooks (the test's receiver is gone)."""
        self._webhooks_closed.set()

    def wait_for_webhooks(self, timeout: float = 10.0) -> list[WebhookDelivery]:
        """Wait until every webhook sent so far was delivered or given up; returns them all."""
        with self.lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(timeout)
        with self.lock:
            return list(self.webhooks)

    # ---- JSON shapes

    def order_json(
        self, order: Order, *, created: bool = False, includes: frozenset[str] = frozenset()
    ) -> dict[str, Any]:
        """An order as POST /v2/orders (`created`) or GET /v2/orders shows it.

        The two differ as the docs show: POST has quantity "1" (string), validity 7
        and price 9.5 (numbers); GET has quantity 1, validity "7" and price "9.50".
        """
        package = order.package
        result: dict[str, Any] = {
            "id": order.id,
            "code": order.code,
            "currency": self.currency,
            "package_id": package.id,
            "quantity": (str(order.quantity) if self.order_quantity_as_string else order.quantity)
            if created
            else order.quantity,
            "type": order.type,
            "description": order.description,
            "esim_type": "Prepaid",
            "validity": package.day if created else str(package.day),
            "package": package.order_title,
            "data": package.data,
            "price": num(order.unit_price) if created else f"{order.unit_price:.2f}",
            "net_price": num(order.unit_net_price) if created else f"{order.unit_net_price:.2f}",
            "pricing_model": "net_pricing",
            "created_at": fmt(order.created_at),
            "manual_installation": "" if order.type == "topup" else _installation_html(package, manual=True),
            "qrcode_installation": "" if order.type == "topup" else _installation_html(package, manual=False),
            "installation_guides": {"en": "https://sandbox.airalo.com/installation-guide"},
            "text": package.text,
            "voice": package.voice,
        }
        if order.type == "sim":
            result["brand_settings_name"] = order.brand_settings_name
        if created:
            if order.type == "sim":
                result["sims"] = [self.sim_json(s, in_order=True) for s in order.sims]
            return result
        if "sims" in includes:
            result["sims"] = [self.sim_json(s, in_order=True) for s in order.sims]
        if "user" in includes:
            result["user"] = USER
        if "status" in includes:
            result["status"] = {"name": order.status.capitalize(), "slug": order.status}
        return result

    def sim_json(self, sim: Sim, *, in_order: bool = False, includes: frozenset[str] = frozenset()) -> dict[str, Any]:
        """An eSIM inside an order (`in_order`) or as GET /v2/sims shows it."""
        op = sim.operator
        qrcode = f"LPA:1${sim.lpa}${sim.matching_id}"
        expires = int(sim.created_at.timestamp()) + 365 * 86400
        signature = hashlib.sha256(f"{sim.id}:{expires}".encode()).hexdigest()
        result: dict[str, Any] = {
            "id": sim.id,
            "created_at": fmt(sim.created_at),
            "iccid": sim.iccid,
            "lpa": sim.lpa,
            "imsis": None,
            "matching_id": sim.matching_id,
            "qrcode": qrcode,
            "qrcode_url": f"https://sandbox.airalo.com/qr?expires={expires}&id={sim.id}&signature={signature}",
            "direct_apple_installation_url": f"https://esimsetup.apple.com/esim_qrcode_provisioning?carddata={qrcode}",
            "airalo_code": None,
            "apn_type": op.apn_type,
            "apn_value": op.apn_value,
            "is_roaming": op.is_roaming,
            "confirmation_code": None,
            "apn": _apn(op),
            "msisdn": sim.msisdn,
        }
        if in_order:
            return result
        order = self.orders[sim.order_id]
        result.update(
            {
                "voucher_code": sim.voucher_code,
                "order": None,
                "brand_settings_name": sim.brand_settings_name,
                "recycled": sim.recycled_at is not None,
                "recycled_at": fmt(sim.recycled_at),
            }
        )
        if any(i == "order" or i.startswith("order.") or i == "share" for i in includes):
            simable = self.order_json(
                order,
                includes=frozenset({"status"} if "order.status" in includes else set())
                | ({"user"} if "order.user" in includes else set()),
            )
            if "share" in includes:
                brand = (sim.brand_settings_name or "airalo").lower().replace(" ", "-")
                simable["sharing"] = {
                    "link": f"https://esims.cloud/{brand}/{sim.share_token}",
                    "access_code": sim.access_code,
                }
            result["simable"] = simable
        return result

    # ---- settings

    def configure(self, **options: Any) -> dict[str, Any]:
        own = {
            "balance": lambda v: setattr(self, "balance", v),
            "client_id": lambda v: setattr(self, "client_id", str(v)),
            "client_secret": lambda v: setattr(self, "client_secret", str(v)),
            "future_orders_immediate": lambda v: setattr(self, "future_orders_immediate", bool(v)),
            "order_quantity_as_string": lambda v: setattr(self, "order_quantity_as_string", bool(v)),
            "object_pages": lambda v: setattr(self, "object_pages", bool(v)),
            "verify_webhook_urls": lambda v: setattr(self, "verify_webhook_urls", bool(v)),
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
            "balance": str(self.balance),
            "client_id": self.client_id,
            "future_orders_immediate": self.future_orders_immediate,
            "order_quantity_as_string": self.order_quantity_as_string,
            "object_pages": self.object_pages,
            "verify_webhook_urls": self.verify_webhook_urls,
        }

    def stats(self) -> dict[str, Any]:
        with self.lock:
            return {
                **super().stats(),
                "balance": str(self._balance),
                "orders": len(self.orders),
                "sims": sorted(self.sims),
                "webhooks": [
                    {"url": w.url, "event": w.event, "status_code": w.status_code, "error": w.error}
                    for w in self.webhooks
                ],
            }

    def add_rate_limit(self, path: str, limit: int, window: float = 60.0) -> None:
        """Limit requests to `path` (exact or glob, e.g. "/v2/sims/*/usage": per ICCID)."""
        self.route_limits.append((path, RateLimiter(limit, window, clock=self.clock)))

    # ---- provider error shapes

    def unauthenticated(self) -> Response:
        return JSONResponse(UNAUTHENTICATED, 401)

    def not_found(self, request: Request) -> Response:
        return JSONResponse(NOT_FOUND, 404)

    def bad_request(
        self, request: Request, operation: SpecOperation, problems: list[RequestProblem]
    ) -> Response | None:
        """Laravel's validation answer, one message per field; a malformed path segment finds no resource (404)."""
        if operation.documents(422):
            errors: dict[str, str] = {}
            for problem in problems:
                name = problem.field or "request"
                verb = "field is required" if problem.kind == "missing" else "is invalid"
                errors.setdefault(name, f"The {human(name)} {verb}.")
            return JSONResponse({"data": errors, "meta": INVALID}, 422)
        if operation.documents(404) and any(problem.location == "path" for problem in problems):
            return self.not_found(request)
        return None  # Airalo ignores what it does not validate

    def fault_body(self, status: int) -> Any:
        if status == 401:
            return UNAUTHENTICATED
        if status == 403:
            # §9: Airalo's 403 is business code 89 (caller IP not on the allowlist); the spec's
            # ForbiddenError has no `{data: [], meta}` form, so a client could not parse one.
            return {"code": 89, "reason": "Your IP address is not allowed to access this resource."}
        if status == 404:
            return NOT_FOUND
        if status == 422:
            return {"code": 53, "reason": "Unexpected error. Please try again later."}
        return super().fault_body(status)

    def control_routes(self) -> list[BaseRoute]:
        async def consume(request: Request) -> Response:
            body = json.loads(await request.body() or b"{}")
            try:
                usage = self.consume(
                    str(body["iccid"]),
                    int(body.get("mb", 0)),
                    minutes=int(body.get("minutes", 0)),
                    sms=int(body.get("sms", 0)),
                )
            except AiraloError as exc:
                return exc.response()
            return JSONResponse(usage)

        async def recycle(request: Request) -> Response:
            body = json.loads(await request.body() or b"{}")
            try:
                self.recycle(str(body["iccid"]))
            except AiraloError as exc:
                return exc.response()
            return JSONResponse({"recycled": body["iccid"]})

        async def webhooks(request: Request) -> Response:
            return JSONResponse(
                [
                    {
                        "url": w.url,
                        "event": w.event,
                        "payload": w.payload,
                        "signature": w.signature,
                        "status_code": w.status_code,
                        "error": w.error,
                    }
                    for w in self.wait_for_webhooks(2.0)
                ]
            )

        return [
            Route("/_sandbox/consume", consume, methods=["POST"]),
            Route("/_sandbox/recycle", recycle, methods=["POST"]),
            Route("/_sandbox/webhooks", webhooks, methods=["GET"]),
        ]


USER = {
    "id": 120,
    "created_at": "2023-02-20 08:41:57",
    "name": "Sandbox Partner",
    "email": "partner@example.com",
    "mobile": None,
    "address": None,
    "state": None,
    "city": None,
    "postal_code": None,
    "country_id": None,
    "company": "Sandbox Partner Ltd",
}


def async_order_message(order: dict[str, Any]) -> dict[str, Any]:
    """The async-order webhook body: "the same as the response of the regular order" plus
    `request_id` (docs, future orders page), i.e. `{"data": {...order, request_id}, "meta"}`
    as specs/airalo.yaml models it (AsyncOrderWebhook); a failure puts `reason` in `data`."""
    return {"data": order, "meta": SUCCESS}


def _reason(exc: AiraloError) -> dict[str, Any]:
    body = exc.body if isinstance(exc.body, dict) else {}
    if "reason" in body:
        return {"code": body.get("code"), "reason": body["reason"]}
    data = body.get("data")
    if isinstance(data, dict) and data:
        return {"reason": "; ".join(str(v) for v in data.values())}
    return {"reason": str((body.get("meta") or {}).get("message", "Unexpected error"))}


def _apn(op: Operator) -> dict[str, Any]:
    return {
        "ios": {"apn_type": "automatic", "apn_value": op.apn_value},
        "android": {"apn_type": op.apn_type, "apn_value": op.apn_value},
    }


def _coverage_title(package: Package) -> str:
    return ", ".join(COUNTRY_TITLES[c] for c in package.operator.country_codes[:4])


def _installation_html(package: Package, *, manual: bool) -> str:
    head = (
        f"<p><b>eSIM name:</b>\u00a0{package.operator.title}</p><p><b>Coverage:\u00a0</b>{_coverage_title(package)}</p>"
    )
    if manual:
        steps = (
            "Settings > Cellular/Mobile > Add Cellular/Mobile Plan.",
            "Manually enter the SM-DP+ Address and activation code.",
            "Confirm eSIM plan details.",
            "Label the eSIM.",
        )
        intro = "<p><b>To manually activate the eSIM on your eSIM capable device:</b></p>"
    else:
        steps = (
            "Settings > Cellular/Mobile > Add Cellular/Mobile Plan.",
            "Scan QR code.",
            "Confirm eSIM plan details.",
            "Label the eSIM.",
        )
        intro = (
            "<p><b>To activate the eSIM by scanning the QR code on your eSIM capable device you need to print "
            "or display this QR code on other device:</b></p>"
        )
    items = "".join(f"<li>{s}</li>" for s in steps)
    return f"{head}{intro}<ol>{items}</ol><p><b>To access Data:</b></p><ol><li>Enable data roaming.</li></ol>"


# --------------------------------------------------------------------------- catalogue JSON


def package_json(package: Package) -> dict[str, Any]:
    return {
        "id": package.id,
        "type": package.type,
        "price": num(package.price),
        "amount": package.amount,
        "day": package.day,
        "is_unlimited": package.is_unlimited,
        "title": package.title,
        "short_info": package.short_info,
        "qr_installation": _installation_html(package, manual=False),
        "manual_installation": _installation_html(package, manual=True),
        "is_fair_usage_policy": package.fair_usage_policy is not None,
        "fair_usage_policy": package.fair_usage_policy,
        "data": package.data,
        "voice": package.voice,
        "text": package.text,
        "net_price": num(package.net_price),
        "prices": {
            "net_price": currency_map(package.net_price),
            "recommended_retail_price": currency_map(package.price),
        },
    }


def topup_json(package: Package) -> dict[str, Any]:
    return {
        "id": package.id,
        "type": package.type,
        "price": num(package.price),
        "amount": package.amount,
        "day": package.day,
        "is_unlimited": package.is_unlimited,
        "title": package.title,
        "data": package.data,
        "short_info": package.short_info,
        "voice": package.voice,
        "text": package.text,
        "net_price": num(package.net_price),
    }


def operator_json(op: Operator, packages: list[Package]) -> dict[str, Any]:
    return {
        "id": op.id,
        "style": op.style,
        "gradient_start": op.gradient[0],
        "gradient_end": op.gradient[1],
        "type": op.type,
        "is_prepaid": False,
        "title": op.title,
        "esim_type": "Prepaid",
        "warning": None,
        "apn_type": op.apn_type,
        "apn_value": op.apn_value,
        "is_roaming": op.is_roaming,
        "info": [
            f"{op.networks[0][1]} {'Data-only' if op.plan_type == 'data' else 'Data, voice and text'} eSIM.",
            "Rechargeable online with no expiry." if op.rechargeable else "Not rechargeable.",
        ],
        "image": _image(f"operator-{op.slug}", 1035, 653),
        "plan_type": op.plan_type,
        "activation_policy": "first-usage",
        "is_kyc_verify": op.is_kyc_verify,
        "rechargeability": op.rechargeable,
        "other_info": op.other_info,
        "coverages": [
            {"name": cc, "code": cc, "networks": [{"name": n, "types": [t]} for n, t in op.networks]}
            for cc in op.country_codes
        ],
        "countries": [
            {"country_code": cc, "title": COUNTRY_TITLES[cc], "image": _image(f"country-{cc}")}
            for cc in op.country_codes
        ],
        "install_window_days": op.install_window_days,
        "topup_grace_window_days": op.topup_grace_window_days,
        "apn": _apn(op),
        "packages": [package_json(p) for p in packages],
    }


# --------------------------------------------------------------------------- HTTP helpers


Handler = Callable[[Request], Awaitable[Response]]


def _includes(request: Request) -> frozenset[str]:
    raw = request.query_params.get("include") or ""
    return frozenset(part.strip() for part in raw.split(",") if part.strip())


def _language(request: Request) -> str:
    header = request.headers.get("accept-language") or "en"
    first = header.split(",")[0].split(";")[0].strip()
    return first.split("-")[0].lower() or "en"


def _limit_page(request: Request, default_limit: int | None) -> tuple[int | None, int]:
    errors: dict[str, str] = {}
    values: dict[str, int | None] = {}
    for name in ("limit", "page"):
        raw = request.query_params.get(name)
        if raw is None or raw == "":
            values[name] = None
            continue
        value = as_int(raw)
        if value is None:
            errors[name] = f"The {name} must be an integer."
        elif value < 1:
            errors[name] = f"The {name} must be at least 1."
        values[name] = value
    if errors:
        raise validation_error(errors)
    return (values["limit"] or default_limit), (values["page"] or 1)


def paginate(
    request: Request, items: list[Any], limit: int | None, page: int, *, extra_query: dict[str, str] | None = None
) -> tuple[list[Any], dict[str, Any], dict[str, Any]]:
    """Laravel's length-aware paginator: (page items, links, meta) with absolute URLs."""
    total = len(items)
    per_page = limit or max(total, 1)
    last_page = max(1, math.ceil(total / per_page))
    start = (page - 1) * per_page
    chunk = items[start : start + per_page]
    base = str(request.base_url).rstrip("/") + request.url.path
    query = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]
    for key, value in (extra_query or {}).items():
        if all(k != key for k, _ in query):
            query.append((key, value))

    def link(number: int) -> str:
        return f"{base}?{urlencode([*query, ('page', str(number))])}"

    links = {
        "first": link(1),
        "last": link(last_page),
        "prev": link(page - 1) if 1 < page <= last_page + 1 else None,
        "next": link(page + 1) if page < last_page else None,
    }
    meta = {
        "message": "success",
        "current_page": page,
        "from": start + 1 if chunk else None,
        "last_page": last_page,
        "path": base,
        "per_page": str(per_page),
        "to": start + len(chunk) if chunk else None,
        "total": total,
    }
    return chunk, links, meta


def ok(data: Any, status: int = 200, message: str = "success") -> JSONResponse:
    return JSONResponse({"data": data, "meta": {"message": message}}, status)


def _text(fields: dict[str, Any], name: str) -> str | None:
    value = fields.get(name)
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)


def _list(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    return value if isinstance(value, list) else [value]


EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _check_quantity(fields: dict[str, Any], errors: dict[str, str], maximum: int = 50) -> int | None:
    if fields.get("quantity") in (None, ""):
        errors["quantity"] = "The quantity field is required."
        return None
    quantity = as_int(fields["quantity"])
    if quantity is None:
        errors["quantity"] = "The quantity must be an integer."
    elif quantity < 1:
        errors["quantity"] = "The quantity must be at least 1."
    elif quantity > maximum:
        errors["quantity"] = f"The quantity may not be greater than {maximum}."
    return quantity


def _check_sharing(fields: dict[str, Any], errors: dict[str, str]) -> tuple[str | None, list[str], list[str]]:
    to_email = _text(fields, "to_email")
    options = [str(o) for o in _list(fields.get("sharing_option"))]
    copies = [str(c) for c in _list(fields.get("copy_address"))]
    if to_email is not None and not EMAIL.match(to_email):
        errors["to_email"] = "The to email must be a valid email address."
    if to_email is not None and not options:
        errors["sharing_option"] = "The sharing option field is required when to email is present."
    for position, option in enumerate(options, 1):
        if option not in ("link", "pdf"):
            errors[f"sharing_option({position})"] = (
                f"Sharing option on position {position} is invalid. Available options are: 'link' and 'pdf'."
            )
    for index, address in enumerate(copies):
        if not EMAIL.match(address):
            errors[f"copy_address.{index}"] = f"The copy_address.{index} must be a valid email address."
    return to_email, options, copies


# --------------------------------------------------------------------------- the app


def create_app(sandbox: AiraloSandbox) -> SandboxApp:
    """The Airalo sandbox as a Starlette app (control routes under /_sandbox/ included)."""
    s = sandbox

    def endpoint(handler: Handler, *, auth: bool = True) -> Handler:
        async def wrapped(request: Request) -> Response:
            for pattern, limiter in s.route_limits:
                path = request.url.path
                if path == pattern or re.fullmatch(pattern.replace("*", "[^/]+"), path):
                    decision = limiter.hit(path)
                    if not decision.allowed:
                        return too_many_attempts(decision)
            if auth and not s.authenticated(request):
                return s.unauthenticated()
            try:
                return await handler(request)
            except AiraloError as exc:
                return exc.response()

        return wrapped

    async def fields_of(request: Request) -> dict[str, Any]:
        try:
            return await read_fields(request)
        except ValueError:
            return {}  # Laravel treats an unreadable body as empty: the validation errors follow

    # #1 -------------------------------------------------------------- token
    async def token(request: Request) -> Response:
        s.tokens.note_attempt()
        check_json_accept(s, request)  # seeds 000 and 001 send it
        decision = s.token_limiter.hit("token")
        if not decision.allowed:
            return too_many_attempts(decision)
        fields = await fields_of(request)
        errors = {
            name: f"The {human(name)} field is required."
            for name in ("client_id", "client_secret", "grant_type")
            if not _text(fields, name)
        }
        if not errors and fields["grant_type"] != "client_credentials":
            errors["grant_type"] = "The selected grant type is invalid."
        if not errors and fields["client_id"] != s.client_id:
            errors["client_id"] = "The selected client id is invalid."
        if errors:
            return JSONResponse({"data": errors, "meta": INVALID}, 422, headers=decision.headers)
        # UTF-8 bytes: compare_digest raises TypeError for a str with non-ASCII characters, and a client may send any.
        if not hmac.compare_digest(str(fields["client_secret"]).encode(), (s.client_secret or "").encode()):
            return JSONResponse(
                {"data": [], "meta": {"message": "Client authentication failed"}}, 401, headers=decision.headers
            )
        access_token, expires_in = s.tokens.issue()
        return JSONResponse(
            {"data": {"token_type": "Bearer", "expires_in": expires_in, "access_token": access_token}, "meta": SUCCESS},
            headers=decision.headers,
        )

    # #2 -------------------------------------------------------------- packages
    async def packages(request: Request) -> Response:
        params = request.query_params
        limit, page = _limit_page(request, None)
        kind = params.get("filter[type]")
        if kind is not None and kind not in ("local", "global"):
            raise validation_error({"filter.type": "The selected filter.type is invalid."})
        country = (params.get("filter[country]") or "").upper() or None
        with_topups = "topup" in _includes(request)
        items: list[dict[str, Any]] = []
        for entry in s.entries:
            operators = [op for op in entry.operators if kind is None or op.type == kind]
            if (
                country is not None
                and country != entry.country_code
                and not (kind == "global" and any(country in op.country_codes for op in operators))
            ):
                continue
            rendered = []
            for op in operators:
                pkgs = [
                    p
                    for p in s.packages.values()
                    if p.operator is op and p.listed and p.entry_slug == entry.slug and (p.type == "sim" or with_topups)
                ]
                if pkgs:
                    rendered.append(operator_json(op, pkgs))
            if not rendered:
                continue
            sims = [p for p in s.packages.values() if p.entry_slug == entry.slug and p.type == "sim" and p.listed]
            items.append(
                {
                    "slug": entry.slug,
                    "country_code": entry.country_code,
                    "title": entry.title,
                    "image": _image(f"entry-{entry.slug}"),
                    "min_price": {
                        "net_price": {c: num(min(convert(p.net_price, c) for p in sims)) for c in RATES},
                        "recommended_retail_price": {c: num(min(convert(p.price, c) for p in sims)) for c in RATES},
                    },
                    "operators": rendered,
                }
            )
        chunk, links, meta = paginate(request, items, limit, page, extra_query={"language": _language(request)})
        data: Any = chunk
        if s.object_pages and page >= 2:
            data = {str((page - 1) * (limit or 0) + i): item for i, item in enumerate(chunk)}
        return JSONResponse(
            {"pricing": {"model": "net_pricing", "discount_percentage": 0}, "data": data, "links": links, "meta": meta}
        )

    # #3 -------------------------------------------------------------- product information
    async def product_information(request: Request) -> Response:
        package = s.package(request.path_params["package_slug"], kind=None)
        if package is None or not package.listed:
            raise not_found()
        op = package.operator
        unlimited_word = {"de": "Unbegrenzt", "fr": "Illimité", "es": "Ilimitado"}.get(_language(request), "Unlimited")
        details = {
            "package_id": package.id,
            "product_name": f"{op.title} {package.title}",
            "product_description": f"Prepaid {package.data} eSIM data package valid for {package.day} days.",
            "date_marketed": "2024-01-15",
            "service_internet": True,
            "service_telephony": bool(package.voice),
            "service_sms": bool(package.text),
            "network_providers": [n for n, _ in op.networks],
            "network_technologies": sorted({t for _, t in op.networks}),
            "data_allowance_mb": "unlimited" if package.is_unlimited else str(package.amount),
            "data_allowance_display": unlimited_word if package.is_unlimited else package.data,
            "validity_days": package.day,
            "voice_minutes": package.voice or 0,
            "sms_included": package.text or 0,
            "retail_price_eur": f"{convert(package.price, 'EUR'):.2f}",
            "max_download_speed_mbit": "150",
            "max_upload_speed_mbit": "50",
            "throttled_download_speed_mbit": "1" if package.is_unlimited else None,
            "throttled_upload_speed_mbit": "1" if package.is_unlimited else None,
            "throttle_threshold_mb": 2048 if package.is_unlimited else None,
            "is_unlimited": package.is_unlimited,
            "is_fair_usage_policy": package.fair_usage_policy is not None,
            "fair_usage_policy": package.fair_usage_policy,
            "out_of_bundle_rate_eur_per_mb": "0.00",
            "activation_policy": "first-usage",
            "is_roaming": op.is_roaming,
            "auto_renewal": False,
            "terms_url": "https://www.airalo.com/more-info/terms-conditions",
            "partner_brand_name": "Sandbox Partner",
            "partner_logo_url": None,
            "legal_entity_name": "Airalo Pte. Ltd.",
            "legal_address": "1 Sandbox Road, Singapore",
        }
        version_hash = hashlib.sha256(json.dumps(details, sort_keys=True).encode()).hexdigest()[:16]
        details.update(
            {
                "pib_version": 1,
                "pib_version_date": "2024-01-15",
                "version_hash": version_hash,
                "pib_version_pdf_link": f"https://sandbox.airalo.com/pib/{package.id}-v1.pdf",
            }
        )
        return ok(details)

    # #4 -------------------------------------------------------------- orders
    def order_fields(fields: dict[str, Any], errors: dict[str, str]) -> tuple[Package | None, int | None]:
        package_id = fields.get("package_id")
        package = None
        if package_id in (None, ""):
            errors["package_id"] = "The package id field is required."
        else:
            package = s.package(package_id)
            if package is None:
                errors["package_id"] = "The selected package is invalid."
        quantity = _check_quantity(fields, errors)
        kind = fields.get("type")
        if kind not in (None, "", "sim"):
            errors["type"] = "The selected type is invalid."
        brand = fields.get("brand_settings_name")
        if brand not in (None, "") and brand not in s.brands:
            errors["brand_settings_name"] = "Brand settings name doesn't exist."
        return package, quantity

    async def submit_order(request: Request) -> Response:
        fields = await fields_of(request)
        errors: dict[str, str] = {}
        package, quantity = order_fields(fields, errors)
        to_email, options, copies = _check_sharing(fields, errors)
        if errors:
            raise validation_error(errors)
        assert package is not None and quantity is not None
        order = s.place_order(
            package.id,
            quantity,
            description=_text(fields, "description"),
            brand_settings_name=_text(fields, "brand_settings_name"),
            to_email=to_email,
            sharing_option=options,
            copy_address=copies,
        )
        return ok(s.order_json(order, created=True))

    # #5 -------------------------------------------------------------- async orders
    async def submit_order_async(request: Request) -> Response:
        fields = await fields_of(request)
        errors: dict[str, str] = {}
        package, quantity = order_fields(fields, errors)
        webhook_url = _text(fields, "webhook_url")
        if webhook_url is not None and not webhook_url.startswith(("http://", "https://")):
            errors["webhook_url"] = "The webhook url must be a valid URL."
        if errors:
            raise validation_error(errors)
        assert package is not None and quantity is not None
        target = webhook_url or s._webhook_url("async_orders")
        if not target:
            raise AiraloError(422, {"reason": "User is not opted in and no webhook URL provided."})
        with s.lock:
            request_id = s._request_id()
            accepted_at = s.clock.utcnow()
            try:
                order = s.place_order(
                    package.id,
                    quantity,
                    description=_text(fields, "description"),
                    brand_settings_name=_text(fields, "brand_settings_name"),
                    request_id=request_id,
                )
                payload: dict[str, Any] = {**s.order_json(order, created=True), "request_id": request_id}
            except AiraloError as exc:
                payload = {"request_id": request_id, **_reason(exc)}
        s.send_webhook(target, "async_order", async_order_message(payload))
        return ok({"request_id": request_id, "accepted_at": fmt(accepted_at)}, 202)

    # #6-#8 ----------------------------------------------------------- future orders
    def parse_due(raw: Any) -> datetime | None:
        if not isinstance(raw, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", raw):
            return None
        try:
            return datetime.strptime(raw, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
        except ValueError:
            return None

    async def create_future_order(request: Request) -> Response:
        fields = await fields_of(request)
        errors: dict[str, str] = {}
        package_id = fields.get("package_id")
        if package_id in (None, ""):
            errors["package_id"] = "The package id field is required."
        quantity = _check_quantity(fields, errors)
        due = parse_due(fields.get("due_date"))
        now = s.clock.utcnow()
        if fields.get("due_date") in (None, ""):
            errors["due_date"] = "The due date field is required."
        elif due is None:
            errors["due_date"] = "The due date does not match the format Y-m-d H:i."
        elif due.date() < (now + timedelta(days=2)).date():
            errors["due_date"] = "Minimum due date must be at least the day after tomorrow in UTC timezone."
        elif due > now + timedelta(days=365):
            errors["due_date"] = "Maximum due date must be within one year from now in UTC timezone."
        webhook_url = _text(fields, "webhook_url")
        if webhook_url is not None and not webhook_url.startswith(("http://", "https://")):
            errors["webhook_url"] = "The webhook url must be a valid URL."
        brand = fields.get("brand_settings_name")
        if brand not in (None, "") and brand not in s.brands:
            errors["brand_settings_name"] = "Brand settings name doesn't exist."
        to_email, options, copies = _check_sharing(fields, errors)
        if errors:
            raise validation_error(errors)
        package = s.package(package_id)
        if package is None or package.id in FORCED_CODES:
            raise business_error(
                34, "The requested eSIM package is invalid or it is currently out of stock. Please try again later."
            )
        if not (webhook_url or s._webhook_url("async_orders")):
            raise AiraloError(422, {"reason": "User is not opted in and no webhook URL provided."})
        assert quantity is not None and due is not None
        with s.lock:
            future = FutureOrder(
                request_id=s._request_id(),
                package=package,
                quantity=quantity,
                due_date=due,
                description=_text(fields, "description"),
                webhook_url=webhook_url,
                brand_settings_name=_text(fields, "brand_settings_name"),
                to_email=to_email,
                sharing_option=options,
                copy_address=copies,
                status=FUTURE_STATUS_PACKAGES.get(package.id, "pending"),
            )
            s.future_orders[future.request_id] = future
        s.process_due_future_orders()
        return ok(
            {
                "request_id": future.request_id,
                "due_date": future.due_date.strftime("%Y-%m-%d %H:%M"),
                "latest_cancellation_date": future.latest_cancellation_date.strftime("%Y-%m-%d %H:%M"),
            }
        )

    async def list_future_orders(request: Request) -> Response:
        s.process_due_future_orders()
        params = request.query_params
        limit, page = _limit_page(request, 25)
        status = params.get("status") or "pending"
        errors: dict[str, str] = {}
        if status not in ("pending", "failed", "retry"):
            errors["status"] = "The selected status is invalid."
        bounds: dict[str, datetime | None] = {}
        for name in ("from_due_date", "to_due_date"):
            raw = params.get(name)
            bounds[name] = parse_due(raw) if raw else None
            if raw and bounds[name] is None:
                errors[name] = f"The {human(name)} does not match the format Y-m-d H:i."
        if errors:
            raise validation_error(errors)
        with s.lock:
            rows = [
                f
                for f in s.future_orders.values()
                if f.status == status
                and (bounds["from_due_date"] is None or f.due_date >= bounds["from_due_date"])
                and (bounds["to_due_date"] is None or f.due_date <= bounds["to_due_date"])
            ]
        rows.sort(key=lambda f: f.due_date)
        chunk, links, meta = paginate(request, rows, limit, page)
        data = [
            {
                "request_id": f.request_id,
                "quantity": f.quantity,
                "description": f.description,
                "status": f.status,
                "package_id": f.package.id,
                "due_date": f.due_date.strftime("%Y-%m-%d %H:%M"),
                "latest_cancellation_date": f.latest_cancellation_date.strftime("%Y-%m-%d %H:%M"),
            }
            for f in chunk
        ]
        return JSONResponse({"data": data, "links": links, "meta": meta})

    async def cancel_future_orders(request: Request) -> Response:
        s.process_due_future_orders()
        fields = await fields_of(request)
        ids = fields.get("request_ids")
        errors: dict[str, str] = {}
        if ids in (None, "", []):
            raise validation_error({"request_ids": "The request ids field is required."})
        if not isinstance(ids, list):
            raise validation_error({"request_ids": "The request ids must be an array."})
        if len(ids) > 10:
            raise validation_error({"request_ids": "The request ids may not have more than 10 items."})
        now = s.clock.utcnow()
        with s.lock:
            for index, rid in enumerate(ids):
                key = f"request_ids.{index}"
                if not isinstance(rid, str) or len(rid) != 25:
                    errors[key] = "Each request ID must be exactly 25 characters long."
                elif ids.index(rid) != index:
                    errors[key] = f"The {key} field has a duplicate value."
                elif rid not in s.future_orders or s.future_orders[rid].status == "cancelled":
                    errors[key] = f"Request ID: {rid} does not exist."
                elif s.future_orders[rid].status == "processed":
                    errors[key] = f"Request ID: {rid} is already processed and can not be cancelled."
                elif now >= s.future_orders[rid].latest_cancellation_date:
                    errors[key] = f"Request ID: {rid} can not be cancelled less than 24 hours before its due date."
            if errors:
                raise validation_error(errors)
            for rid in ids:
                s.future_orders[rid].status = "cancelled"
        return ok([], message="Future orders cancelled successfully")

    # #9-#10 ---------------------------------------------------------- vouchers
    async def esim_vouchers(request: Request) -> Response:
        fields = await fields_of(request)
        vouchers = fields.get("vouchers")
        if not isinstance(vouchers, list) or not vouchers:
            raise validation_error({"vouchers": "The vouchers field is required."})
        errors: dict[str, str] = {}
        wanted: list[tuple[Package, int, Any]] = []
        for index, item in enumerate(vouchers):
            item = item if isinstance(item, dict) else {}
            package = s.package(item.get("package_id"))
            if package is None:
                errors[f"vouchers.{index}.package_id"] = f"The selected vouchers.{index}.package_id is invalid"
            quantity = as_int(item.get("quantity"))
            if quantity is None or quantity < 1:
                errors[f"vouchers.{index}.quantity"] = f"The vouchers.{index}.quantity must be at least 1."
            elif quantity > 100:
                errors[f"vouchers.{index}.quantity"] = f"The vouchers.{index}.quantity may not be greater than 100."
            if package is not None and quantity is not None:
                wanted.append((package, quantity, item.get("booking_reference")))
        if errors:
            raise validation_error(errors)
        with s.lock:
            s._charge(sum((p.net_price * q for p, q, _ in wanted), Decimal("0")))
            data = [
                {"package_id": p.id, "codes": [s._code() for _ in range(q)], "booking_reference": ref}
                for p, q, ref in wanted
            ]
            s.vouchers.extend(data)
        return ok(data)

    async def airmoney_voucher(request: Request) -> Response:
        fields = await fields_of(request)
        errors: dict[str, str] = {}
        limits = {"amount": (1, 100000, True), "quantity": (1, 100, True), "usage_limit": (1, 100000, False)}
        values: dict[str, int] = {}
        for name, (low, high, required) in limits.items():
            raw = fields.get(name)
            if raw in (None, ""):
                if required:
                    errors[name] = f"The {human(name)} field is required."
                continue
            value = as_int(raw)
            if value is None:
                errors[name] = f"The {human(name)} must be an integer."
            elif not low <= value <= high:
                errors[name] = f"The {human(name)} must be between {low} and {high}."
            else:
                values[name] = value
        code = _text(fields, "voucher_code")
        if code is not None and len(code) > 255:
            errors["voucher_code"] = "The voucher code may not be greater than 255 characters."
        if code is not None and values.get("quantity", 1) != 1:
            errors["quantity"] = "The quantity must be 1 when a voucher code is given."
        if errors:
            raise validation_error(errors)
        is_paid = fields.get("is_paid") in (True, "1", "true", 1)
        with s.lock:
            created = []
            for _ in range(values["quantity"]):
                s._next_voucher_id += 1
                created.append(
                    {
                        "id": s._next_voucher_id,
                        "code": code or s._code(6),
                        "usage_limit": values.get("usage_limit", 1),
                        "amount": values["amount"],
                        "is_paid": is_paid,
                        "created_at": fmt(s.clock.utcnow()),
                    }
                )
            s.vouchers.extend(created)
        # Several vouchers come as an array of arrays (the Node README); one as the voucher itself (PHP).
        return ok(created[0] if len(created) == 1 else [created])

    # #11-#12 --------------------------------------------------------- orders (read)
    async def list_orders(request: Request) -> Response:
        s.process_due_future_orders()
        params = request.query_params
        limit, page = _limit_page(request, 50)
        includes = _includes(request)
        created = params.get("filter[created_at]")
        span: tuple[datetime, datetime] | None = None
        if created:
            match = re.fullmatch(r"(\d{4}-\d{2}-\d{2}) - (\d{4}-\d{2}-\d{2})", created.strip())
            try:
                assert match is not None
                span = (
                    datetime.strptime(match[1], "%Y-%m-%d").replace(tzinfo=UTC),
                    datetime.strptime(match[2], "%Y-%m-%d").replace(tzinfo=UTC) + timedelta(days=1),
                )
            except (AssertionError, ValueError):
                raise validation_error(
                    {"filter.created_at": "The filter.created_at does not match the format Y-m-d - Y-m-d."}
                ) from None
        code = params.get("filter[code]")
        status = params.get("filter[order_status]")
        iccid = params.get("filter[iccid]")
        description = params.get("filter[description]")
        with s.lock:
            rows = [
                o
                for o in sorted(s.orders.values(), key=lambda o: o.id, reverse=True)
                if (span is None or span[0] <= o.created_at < span[1])
                and (not code or code in o.code)
                and (not status or o.status == status)
                and (not iccid or any(iccid in sim.iccid for sim in o.sims))
                and (not description or description.lower() in (o.description or "").lower())
            ]
            chunk, links, meta = paginate(request, rows, limit, page)
            data = [s.order_json(o, includes=includes) for o in chunk]
        return JSONResponse({"data": data, "links": links, "meta": meta})

    async def get_order(request: Request) -> Response:
        order_id = as_int(request.path_params["order_id"])
        with s.lock:
            order = s.orders.get(order_id) if order_id is not None else None
            if order is None:
                raise not_found()
            return ok(s.order_json(order, includes=_includes(request)))

    # #13-#15 --------------------------------------------------------- eSIMs
    async def list_sims(request: Request) -> Response:
        params = request.query_params
        limit, page = _limit_page(request, 50)
        includes = _includes(request)
        iccid = params.get("filter[iccid]")
        created = params.get("filter[created_at]")
        with s.lock:
            rows = [
                sim
                for sim in sorted(s.sims.values(), key=lambda x: x.id, reverse=True)
                if (not iccid or iccid in sim.iccid) and (not created or _in_span(sim.created_at, created))
            ]
            chunk, links, meta = paginate(request, rows, limit, page)
            data = [s.sim_json(sim, includes=includes) for sim in chunk]
        return JSONResponse({"data": data, "links": links, "meta": meta})

    async def get_sim(request: Request) -> Response:
        with s.lock:
            return ok(s.sim_json(s.sim(request.path_params["sim_iccid"]), includes=_includes(request)))

    async def update_brand(request: Request) -> Response:
        fields = await fields_of(request)
        sim = s.sim(request.path_params["sim_iccid"])
        if "brand_settings_name" not in fields:
            raise validation_error({"brand_settings_name": "The brand settings name field must be present."})
        brand = fields["brand_settings_name"]
        if brand in ("", None):
            brand = None
        elif brand not in s.brands:
            raise validation_error({"brand_settings_name": "Brand settings name doesn't exist."})
        with s.lock:
            sim.brand_settings_name = brand
        return ok({"brand_settings_name": brand}, message="succes")

    # #16 ------------------------------------------------------------- instructions
    async def instructions(request: Request) -> Response:
        sim = s.sim(request.path_params["sim_iccid"])
        language = _language(request)
        if language not in STEPS:
            language = "en"
        return ok({"instructions": _instructions(s.sim_json(sim, in_order=True), sim, language)})

    # #17-#20 --------------------------------------------------------- usage and top-ups
    async def usage(request: Request) -> Response:
        return ok(s.usage(request.path_params["sim_iccid"]), message="api.succes")

    async def sim_topups(request: Request) -> Response:
        return JSONResponse({"data": [topup_json(p) for p in s.topup_packages(request.path_params["iccid"])]})

    async def package_history(request: Request) -> Response:
        with s.lock:
            sim = s.sim(request.path_params["iccid"])
            s._refresh(sim)
            data = [
                {
                    "id": item.id,
                    "status": item.status,
                    "remaining": item.remaining,
                    "activated_at": iso(item.activated_at),
                    "expired_at": iso(item.expired_at),
                    "finished_at": iso(item.finished_at),
                    "package": {k: v for k, v in topup_json(item.package).items() if k not in ("voice", "text")},
                }
                for item in reversed(sim.packages)
            ]
        return JSONResponse({"data": data})

    async def submit_topup(request: Request) -> Response:
        fields = await fields_of(request)
        errors = {
            name: f"The {human(name)} field is required." for name in ("iccid", "package_id") if not _text(fields, name)
        }
        if errors:
            raise validation_error(errors)
        order = s.topup(str(fields["iccid"]), str(fields["package_id"]), _text(fields, "description"))
        return ok(s.order_json(order, created=True))

    # #21-#22 --------------------------------------------------------- devices
    async def devices(request: Request) -> Response:
        return JSONResponse({"data": [dict(zip(("model", "os", "brand", "name"), d, strict=True)) for d in DEVICES]})

    async def devices_lite(request: Request) -> Response:
        return JSONResponse({"data": [{"os": os_, "brand": brand, "name": name} for _, os_, brand, name in DEVICES]})

    # #23-#26 --------------------------------------------------------- notifications and simulator
    async def opt_in(request: Request) -> Response:
        fields = await fields_of(request)
        kind = fields.get("type")
        errors: dict[str, str] = {}
        if kind in (None, ""):
            raise validation_error({"type": "The type field is required."})
        if kind not in NOTIFICATION_TYPES:
            raise validation_error({"type": "The selected type is invalid."})
        subscription: dict[str, Any] = {"type": kind}
        if kind.startswith("email_"):
            email = _text(fields, "email")
            if email is None:
                errors["email"] = "The email field is required."
            elif not EMAIL.match(email):
                errors["email"] = "The email must be a valid email address."
            subscription["contact_point"] = email
            subscription["language"] = _text(fields, "language") or "en"
        else:
            url = _text(fields, "webhook_url")
            if url is None:
                errors["webhook_url"] = "The webhook url field is required."
            elif not url.startswith(("http://", "https://")):
                errors["webhook_url"] = "The webhook url must be a valid URL."
            elif s.verify_webhook_urls and not await _head_ok(url):
                errors["webhook_url"] = "The webhook url did not answer HEAD with 200 OK."
            subscription["contact_point"] = url
        if kind.endswith("credit_limit"):
            levels = [as_int(level) for level in _list(fields.get("levels"))] or [50, 70, 80, 90]
            if any(level not in (50, 70, 80, 90) for level in levels):
                errors["levels"] = "The selected levels is invalid. Allowed levels: 50, 70, 80, 90."
            subscription["levels"] = levels
        if errors:
            raise validation_error(errors)
        with s.lock:
            s.notifications.pop(kind, None)
            s.notifications[kind] = subscription
        return ok({"notification": subscription})

    async def get_opt_in(request: Request) -> Response:
        with s.lock:
            if not s.notifications:
                raise not_found()
            latest = list(s.notifications.values())[-1]
        return ok({"notification": {"type": latest["type"], "contact_point": latest["contact_point"]}})

    async def opt_out(request: Request) -> Response:
        fields = await fields_of(request)
        kind = fields.get("type")
        if kind in (None, ""):
            raise validation_error({"type": "The type field is required."})
        if kind not in NOTIFICATION_TYPES:
            raise validation_error({"type": "The selected type is invalid."})
        with s.lock:
            s.notifications.pop(kind, None)
        return Response(status_code=204)

    async def simulator(request: Request) -> Response:
        fields = await fields_of(request)
        event = fields.get("event")
        if event in (None, ""):
            raise validation_error({"event": "The event field is required."})
        if event not in SIMULATOR_EVENTS:
            raise validation_error({"event": "The selected event is invalid."})
        errors: dict[str, str] = {}
        if event == "low_data_notification" and fields.get("type") not in LOW_DATA_TYPES:
            errors["type"] = (
                "The type field is required when event is low_data_notification."
                if fields.get("type") in (None, "")
                else "The selected type is invalid."
            )
        level = as_int(fields.get("level"))
        if event == "credit_limit_notification" and level not in (50, 70, 80, 90):
            errors["level"] = (
                "The level field is required when event is credit_limit_notification."
                if fields.get("level") in (None, "")
                else "The selected level is invalid."
            )
        if errors:
            raise validation_error(errors)
        target = _text(fields, "webhook_url")
        if target is None:
            kind = SIMULATOR_EVENTS[event]
            email_kind = kind.replace("webhook_", "email_")
            target = s._webhook_url(kind)
            if target is None:
                message = (
                    "User is not configured for webhook push"
                    if email_kind in s.notifications
                    else ("User is not opted in")
                )
                return JSONResponse({"error": message}, 400)
        iccid = _text(fields, "iccid")
        with s.lock:
            if event == "low_data_notification":
                label, percentage = LOW_DATA_TYPES[fields["type"]]
                sim = s.sims.get(iccid or "")
                name = sim.packages[-1].package.id if sim else "bonbon-mobile-30days-3gb"
                payload: dict[str, Any] = {
                    "level": label,
                    "package_name": name,
                    "remaining_percentage": percentage,
                    "iccid": iccid or "8944465400000267221",
                }
            elif event == "credit_limit_notification":
                payload = {"message": f"Surpassed {level}% of the credit limit balance", "remaining": num(s._balance)}
            else:
                orders = sorted(s.orders.values(), key=lambda o: o.id)
                sample = next((o for o in reversed(orders) if o.type == "sim"), None)
                body = s.order_json(sample, created=True) if sample else _sample_order(s)
                payload = async_order_message(
                    {**body, "request_id": sample.request_id if sample and sample.request_id else s._request_id()}
                )
        s.send_webhook(target, event, payload)
        return JSONResponse({"success": "Notification sent"})

    # #27-#29 --------------------------------------------------------- balance, refund, FX
    async def balance(request: Request) -> Response:
        return ok(
            {"balances": {"name": "balance", "availableBalance": {"amount": num(s.balance), "currency": s.currency}}}
        )

    async def refund(request: Request) -> Response:
        fields = await fields_of(request)
        iccids = [str(i) for i in _list(fields.get("iccids"))]
        reason = fields.get("reason")
        if not iccids:
            raise validation_error({"iccids": "The iccids field is required."})
        if len(iccids) > 5:
            raise validation_error({"iccids": "The iccids may not have more than 5 items."})
        if reason in (None, ""):
            raise validation_error({"reason": "The reason field is required."})
        if reason not in REFUND_REASONS:
            raise message_error(
                422,
                "The selected reason is invalid. It must be one of the following: " + ", ".join(REFUND_REASONS[:23]),
            )
        notes = _text(fields, "notes")
        if reason == "OTHERS" and notes is None:
            raise validation_error({"notes": "The notes field is required when reason is OTHERS."})
        if notes is not None and len(notes) > 255:
            raise validation_error({"notes": "The notes may not be greater than 255 characters."})
        with s.lock:
            foreign = [i for i in iccids if i not in s.sims]
            if foreign:
                raise message_error(422, "The following ICCIDs do not belong to your company: " + ", ".join(foreign))
            s._next_refund_id += 1
            record = {"refund_id": str(s._next_refund_id), "created_at": s.clock.utcnow().strftime("%Y-%m-%d %H:%M")}
            s.refunds.append(
                {**record, "iccids": iccids, "reason": reason, "notes": notes, "email": _text(fields, "email")}
            )
        return ok(record, 202)

    async def exchange_rates(request: Request) -> Response:
        params = request.query_params
        raw_date = params.get("date")
        errors: dict[str, str] = {}
        day = s.clock.utcnow().date()
        if raw_date:
            try:
                day = datetime.strptime(raw_date, "%Y-%m-%d").date()
            except ValueError:
                errors["date"] = "The date does not match the format Y-m-d."
        wanted = [c.strip().upper() for c in (params.get("to") or "").split(",") if c.strip()] or [
            c for c in RATES if c != "USD"
        ]
        if any(c not in RATES for c in wanted):
            errors["to"] = "The selected to is invalid."
        if errors:
            raise validation_error(errors)
        rates = [{"from": "USD", "to": c, "mid": _mid(c, day.toordinal())} for c in wanted]
        return ok({"date": day.isoformat(), "rates": rates})

    async def catalog_overrides(request: Request) -> Response:
        # The PHP SDK's unpublished call: the sandbox has no overrides, as an account without any.
        return JSONResponse({"data": [], "meta": {"message": "success"}})

    def route(path: str, handler: Handler, method: str, *, auth: bool = True) -> Route:
        return Route(path, endpoint(handler, auth=auth), methods=[method])

    routes: list[BaseRoute] = [
        route("/v2/token", token, "POST", auth=False),
        route("/v2/packages", packages, "GET"),
        route("/v2/packages/overrides", catalog_overrides, "GET"),
        route("/v2/packages/{package_slug}/product-information", product_information, "GET"),
        route("/v2/orders", submit_order, "POST"),
        route("/v2/orders", list_orders, "GET"),
        route("/v2/orders-async", submit_order_async, "POST"),
        route("/v2/future-orders", create_future_order, "POST"),
        route("/v2/future-orders", list_future_orders, "GET"),
        route("/v2/cancel-future-orders", cancel_future_orders, "POST"),
        route("/v2/voucher/esim", esim_vouchers, "POST"),
        route("/v2/voucher/airmoney", airmoney_voucher, "POST"),
        route("/v2/orders/topups", submit_topup, "POST"),
        route("/v2/orders/{order_id}", get_order, "GET"),
        route("/v2/sims", list_sims, "GET"),
        route("/v2/sims/{sim_iccid}", get_sim, "GET"),
        route("/v2/sims/{sim_iccid}/brand", update_brand, "PUT"),
        route("/v2/sims/{sim_iccid}/instructions", instructions, "GET"),
        route("/v2/sims/{sim_iccid}/usage", usage, "GET"),
        route("/v2/sims/{iccid}/topups", sim_topups, "GET"),
        route("/v2/sims/{iccid}/packages", package_history, "GET"),
        route("/v2/compatible-devices", devices, "GET"),
        route("/v2/compatible-devices-lite", devices_lite, "GET"),
        route("/v2/notifications/opt-in", opt_in, "POST"),
        route("/v2/notifications/opt-in", get_opt_in, "GET"),
        route("/v2/notifications/opt-out", opt_out, "POST"),
        route("/v2/simulator/webhook", simulator, "POST"),
        route("/v2/balance", balance, "GET"),
        route("/v2/refund", refund, "POST"),
        route("/v2/finance/exchange-rates", exchange_rates, "GET"),
    ]
    return SandboxApp(sandbox, _merge_methods(routes))


def _merge_methods(routes: list[BaseRoute]) -> list[BaseRoute]:
    """One Route per path with every method (Starlette would answer 405 for the second)."""
    by_path: dict[str, dict[str, Any]] = {}
    for r in routes:
        assert isinstance(r, Route) and r.methods is not None
        method = next(m for m in r.methods if m != "HEAD")
        by_path.setdefault(r.path, {})[method] = r.endpoint
    merged: list[BaseRoute] = []
    for path, handlers in by_path.items():
        if len(handlers) == 1:
            method, handler = next(iter(handlers.items()))
            merged.append(Route(path, handler, methods=[method]))
        else:
            merged.append(Route(path, _dispatch(handlers), methods=list(handlers)))
    return merged


def _dispatch(handlers: dict[str, Any]) -> Handler:
    async def dispatch(request: Request) -> Response:
        return await handlers[request.method](request)  # type: ignore[no-any-return]

    return dispatch


def _in_span(moment: datetime, raw: str) -> bool:
    match = re.fullmatch(r"(\d{4}-\d{2}-\d{2}) - (\d{4}-\d{2}-\d{2})", raw.strip())
    if match is None:
        raise validation_error({"filter.created_at": "The filter.created_at does not match the format Y-m-d - Y-m-d."})
    start = datetime.strptime(match[1], "%Y-%m-%d").replace(tzinfo=UTC)
    end = datetime.strptime(match[2], "%Y-%m-%d").replace(tzinfo=UTC) + timedelta(days=1)
    return start <= moment < end


def _mid(currency: str, day: int) -> str:
    """A mid rate that moves a little from day to day (deterministic)."""
    wobble = Decimal(1) + Decimal((day * 7919 + sum(map(ord, currency))) % 200 - 100) / Decimal(100000)
    return f"{(RATES[currency] * wobble).quantize(Decimal('0.00000001'), ROUND_HALF_UP).normalize():f}"


async def _head_ok(url: str) -> bool:
    try:
        async with httpx.AsyncClient(timeout=5.0) as client:
            return (await client.head(url)).status_code == 200
    except httpx.HTTPError:
        return False


def _sample_order(s: AiraloSandbox) -> dict[str, Any]:
    """An order payload for the simulator when the account has no order yet (nothing is charged)."""
    package = s.packages["change-7days-1gb"]
    now = s.clock.utcnow()
    order = Order(
        id=0,
        code=f"{now:%Y%m%d}-000000",
        package=package,
        quantity=1,
        type="sim",
        description="Simulated async order",
        brand_settings_name=None,
        created_at=now,
        unit_price=package.price,
        unit_net_price=package.net_price,
    )
    sim = Sim(
        id=0,
        iccid="8944465400000267221",
        created_at=now,
        order_id=0,
        operator=package.operator,
        lpa="lpa.airalo.com",
        matching_id="TEST",
        brand_settings_name=None,
        msisdn=None,
        access_code="0000",
        share_token="sample",
    )
    order.sims.append(sim)
    return s.order_json(order, created=True)


DEVICES = (
    ("iPhone16,1", "ios", "Apple", "iPhone 15 Pro"),
    ("iPhone15,2", "ios", "Apple", "iPhone 14 Pro"),
    ("iPhone14,5", "ios", "Apple", "iPhone 13"),
    ("iPad13,1", "ios", "Apple", "iPad Air (4th generation)"),
    ("husky", "android", "Google", "Pixel 8 Pro"),
    ("redfin", "android", "Google", "Pixel 5"),
    ("b0q", "android", "Samsung", "Galaxy S22 Ultra"),
    ("zangya_sprout", "android", "bq", "Aquaris X2"),
    ("gila", "android", "Fossil", "Fossil Gen 5 LTE"),
    ("d-42A", "android", "Lenovo", "d-42A"),
)

STEPS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "ios_qr": (
            "Go to Settings > Cellular/Mobile > Add Cellular/Mobile Plan.",
            "Scan the QR Code.",
            "Tap on 'Add Cellular Plan'.",
            "Label the eSIM.",
            "Your eSIM has been installed successfully, please scroll down to see the settings for accessing data.",
        ),
        "ios_manual": (
            "Go to Settings > Cellular/Mobile > Add Cellular/Mobile Plan.",
            "Tap on 'Enter Details Manually'.",
            "Enter your SM-DP+ Address and Activation Code.",
            "Tap on 'Add Cellular Plan'.",
            "Label the eSIM.",
        ),
        "ios_network": (
            "Select your eSIM under 'Cellular Plans'.",
            "Ensure that 'Turn On This Line' is toggled on.",
            "Go to 'Network Selection' and select the supported network.",
            "Turn on the Data Roaming.",
        ),
        "android_qr": (
            "Go to Settings > Connections > SIM Card Manager.",
            "Tap on 'Add Mobile Plan'.",
            "Tap on 'Scan Carrier QR Code' and tap on 'Add'.",
            "When the plan has been registered, tap 'Ok' to turn on a new mobile plan.",
        ),
        "android_manual": (
            "Go to Settings > Connections > SIM Card Manager.",
            "Tap on 'Add Mobile Plan'.",
            "Tap on 'Scan Carrier QR Code' and tap on 'Enter code instead'.",
            "Enter the Activation Code (SM-DP+ Address & Activation Code).",
        ),
        "android_network": (
            "In the 'SIM Card Manager' select your eSIM.",
            "Enable the Mobile Data.",
            "Turn on the Data Roaming.",
        ),
    },
    "de": {
        "ios_qr": (
            "Gehe zu Einstellungen > Mobilfunk > Mobilfunktarif hinzufügen.",
            "Scanne den QR-Code.",
            "Tippe auf 'Mobilfunktarif hinzufügen'.",
            "Benenne die eSIM.",
        ),
        "ios_manual": (
            "Gehe zu Einstellungen > Mobilfunk > Mobilfunktarif hinzufügen.",
            "Tippe auf 'Details manuell eingeben'.",
            "Gib die SM-DP+-Adresse und den Aktivierungscode ein.",
        ),
        "ios_network": ("Wähle deine eSIM unter 'Mobilfunktarife'.", "Aktiviere Datenroaming."),
        "android_qr": (
            "Gehe zu Einstellungen > Verbindungen > SIM-Karten-Manager.",
            "Tippe auf 'Mobilfunktarif hinzufügen'.",
            "Scanne den QR-Code des Anbieters.",
        ),
        "android_manual": (
            "Gehe zu Einstellungen > Verbindungen > SIM-Karten-Manager.",
            "Tippe auf 'Code stattdessen eingeben'.",
            "Gib den Aktivierungscode ein.",
        ),
        "android_network": ("Wähle deine eSIM im 'SIM-Karten-Manager'.", "Aktiviere Datenroaming."),
    },
}


def _instructions(sim_data: dict[str, Any], sim: Sim, language: str) -> dict[str, Any]:
    steps = STEPS[language]

    def numbered(items: tuple[str, ...]) -> dict[str, str]:
        return {str(i): text for i, text in enumerate(items, 1)}

    def item(platform: str, version: str | None) -> dict[str, Any]:
        qr: dict[str, Any] = {
            "steps": numbered(steps[f"{platform}_qr"]),
            "qr_code_data": sim_data["qrcode"],
            "qr_code_url": sim_data["qrcode_url"],
        }
        if platform == "ios":
            qr["direct_apple_installation_url"] = sim_data["direct_apple_installation_url"]
        apn = sim_data["apn"][platform]
        return {
            "model": None,
            "version": version,
            "installation_via_qr_code": qr,
            "installation_manual": {
                "steps": numbered(steps[f"{platform}_manual"]),
                "smdp_address_and_activation_code": sim.lpa,
            },
            "network_setup": {
                "steps": numbered(steps[f"{platform}_network"]),
                "apn_type": apn["apn_type"],
                "apn_value": apn["apn_value"],
                "is_roaming": sim.operator.is_roaming,
            },
        }

    return {"language": language.upper(), "ios": [item("ios", "14,15,13")], "android": [item("android", None)]}


SANDBOX = AiraloSandbox
