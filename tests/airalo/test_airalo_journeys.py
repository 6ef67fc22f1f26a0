"""Airalo journeys against the stateful sandbox over real HTTP, through tokenkeep and the generated operations.

The main journey (browse the catalogue page by page, order an eSIM, read it back, watch its usage, buy a
top-up, check the balance and the order list) runs twice: through the generated `sync_detailed` functions
(httpx.Client, TokenAuth's sync flow) and through `asyncio_detailed` (httpx.AsyncClient, its async flow).
It is written once as a coroutine over a `call` that is either; the sync variant runs it with asyncio.run
but every HTTP call in it is a plain blocking `sync_detailed`.

The other journeys: future orders (create, list, cancel, processed at their due date and delivered by
webhook), vouchers, an async order whose signed webhook reaches our own receiver, refunds, compatible
devices, and notification opt-in/get/opt-out with the simulator.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, Protocol

import airalo_client
import httpx
import pytest
import tokenkeep
import tokenkeep.airalo
from airalo_client import models
from airalo_client.api.balance import get_balance
from airalo_client.api.devices import list_compatible_devices, list_compatible_devices_lite
from airalo_client.api.notifications import (
    get_notification_opt_in,
    opt_in_notification,
    opt_out_notification,
    simulate_webhook,
)
from airalo_client.api.orders import (
    cancel_future_orders,
    create_future_order,
    get_order,
    list_future_orders,
    list_orders,
    submit_order,
    submit_order_async,
)
from airalo_client.api.packages import get_packages
from airalo_client.api.refunds import request_refund
from airalo_client.api.sims import (
    get_installation_instructions,
    get_sim,
    get_sim_package_history,
    get_usage,
    list_sims,
    update_sim_brand,
)
from airalo_client.api.topups import list_sim_topups, submit_topup_order
from airalo_client.api.vouchers import create_airmoney_voucher, create_esim_voucher
from airalo_client.types import Response
from tokenkeep.webhooks import WebhookSignatureError, verify_airalo

from tests.sandbox._common import ServedSandbox
from tests.sandbox.airalo import AiraloSandbox

Served = ServedSandbox[AiraloSandbox]


class Delivery(Protocol):
    path: str
    headers: dict[str, str]
    body: bytes


class WebhookReceiver(Protocol):
    """The `receiver` fixture (tests/airalo/conftest.py): our own webhook endpoint."""

    heads: int

    def url(self, name: str) -> str: ...
    def wait_for(self, count: int, timeout: float = 10.0) -> list[Delivery]: ...


Call = Callable[..., Awaitable[Response[Any]]]

PACKAGE = "change-7days-1gb"  # United States, Change: a rechargeable data package


def money(value: float | str) -> Decimal:
    return Decimal(str(value))


def sync_caller(api: airalo_client.Client) -> Call:
    async def call(operation: Any, **kwargs: Any) -> Response[Any]:
        return operation.sync_detailed(client=api, **kwargs)  # type: ignore[no-any-return]

    return call


def async_caller(api: airalo_client.Client) -> Call:
    async def call(operation: Any, **kwargs: Any) -> Response[Any]:
        return await operation.asyncio_detailed(client=api, **kwargs)  # type: ignore[no-any-return]

    return call


def ok(response: Response[Any], model: type, status: int = 200) -> Any:
    """The parsed body, after checking the status and the model (with the body in the message if not)."""
    assert response.status_code == status, response.content[:300]
    assert isinstance(response.parsed, model), (type(response.parsed), response.content[:300])
    return response.parsed


async def balance(call: Call) -> Decimal:
    parsed = ok(await call(get_balance), models.BalanceResponse)
    assert isinstance(parsed.data.balances, models.Balance)
    assert parsed.data.balances.available_balance.currency == "USD"
    return money(parsed.data.balances.available_balance.amount)


async def browse_all(call: Call, limit: int, **filters: Any) -> list[models.PackageCountry]:
    """Every country/region of the catalogue, following Laravel pagination to the last page."""
    countries: list[models.PackageCountry] = []
    page, last_page = 1, None
    while last_page is None or page <= last_page:
        parsed = ok(await call(get_packages, limit=limit, page=page, **filters), models.PackageListResponse)
        meta, links = parsed.meta, parsed.links
        assert meta.per_page == str(limit)  # Laravel sends per_page as a string
        assert meta.current_page == page
        last_page = meta.last_page
        data = parsed.data
        # from page 2 on Laravel may send the page as an object keyed by index
        rows = list(data.additional_properties.values()) if isinstance(data, models.PackageCountriesByIndex) else data
        assert len(rows) <= limit
        assert (links.next_ is None) == (page == last_page)
        assert (links.prev is None) == (page == 1)
        countries.extend(rows)
        page += 1
    assert len(countries) == meta.total
    return countries


def catalogue_packages(countries: list[models.PackageCountry]) -> dict[str, models.Package]:
    return {p.id: p for c in countries for op in c.operators for p in op.packages}


# --- the main journey, sync and async ------------------------------------------------------------


async def main_journey(call: Call, served: Served) -> None:
    sandbox = served.state

    # browse: 3 countries/regions a page, every page, then local packages of one country
    countries = await browse_all(call, limit=3)
    assert len({c.slug for c in countries}) == len(countries) == 11
    packages = catalogue_packages(countries)
    assert all(p.type_ == "sim" for p in packages.values())  # no top-ups without include=topup
    with_topups = catalogue_packages(await browse_all(call, limit=4, include="topup"))
    assert {p.type_ for p in with_topups.values()} == {"sim", "topup"}
    us = await browse_all(call, limit=5, filtertype=models.PackageTypeFilter.LOCAL, filtercountry="US")
    assert [c.country_code for c in us] == ["US"]
    package = catalogue_packages(us)[PACKAGE]
    assert package.id in packages and package.amount == 1024 and package.day == 7

    # order one eSIM: the balance drops by the net price
    before = await balance(call)
    body = models.OrderRequest(package_id=package.id, quantity=1, description="journey order")
    created = ok(await call(submit_order, body=body), models.OrderResponse).data
    assert created.package_id == package.id and created.quantity == "1"  # POST shows quantity as a string
    assert money(created.net_price) == money(package.net_price)
    (sim,) = created.sims
    assert sim.qrcode == f"LPA:1${sim.lpa}${sim.matching_id}"
    after_order = await balance(call)
    assert after_order == before - money(package.net_price)

    # get it back: the order, the eSIM, its instructions
    order = ok(await call(get_order, order_id=created.id, include="sims,status"), models.OrderResponse).data
    assert (order.code, order.quantity, order.status.slug) == (created.code, 1, "completed")
    assert [s.iccid for s in order.sims] == [sim.iccid]
    esim = ok(await call(get_sim, sim_iccid=sim.iccid, include="order,order.status"), models.SimResponse).data
    assert esim.iccid == sim.iccid and esim.simable.id == created.id and esim.recycled is False
    instructions = ok(
        await call(get_installation_instructions, sim_iccid=sim.iccid, accept_language="en"),
        models.InstructionsResponse,
    ).data.instructions
    assert instructions.language == "EN" and instructions.ios and instructions.android

    # usage: untouched, then after the eSIM used 300 MB (the sandbox's control route)
    usage = ok(await call(get_usage, sim_iccid=sim.iccid), models.UsageResponse).data
    assert (usage.status, usage.remaining, usage.total) == ("NOT_ACTIVE", 1024, 1024)
    async with httpx.AsyncClient(timeout=5) as control:
        consumed = await control.post(served.url("/_sandbox/consume"), json={"iccid": sim.iccid, "mb": 300})
    assert consumed.status_code == 200 and consumed.json()["remaining"] == 724
    usage = ok(await call(get_usage, sim_iccid=sim.iccid), models.UsageResponse).data
    assert (usage.status, usage.remaining, usage.total) == ("ACTIVE", 724, 1024)
    assert usage.expired_at is not None

    # list and buy a top-up: the balance drops by its net price, the usage grows
    topups = ok(await call(list_sim_topups, sim_iccid=sim.iccid), models.TopupPackageListResponse).data
    assert topups and all(t.type_ == "topup" for t in topups)
    topup = next(t for t in topups if t.id == f"{PACKAGE}-topup")
    body = models.TopupOrderRequest(package_id=topup.id, iccid=sim.iccid)
    topup_order = ok(await call(submit_topup_order, body=body), models.OrderResponse).data
    assert topup_order.type_ == "topup" and isinstance(topup_order.sims, type(airalo_client.types.UNSET))
    assert await balance(call) == after_order - money(topup.net_price)
    usage = ok(await call(get_usage, sim_iccid=sim.iccid), models.UsageResponse).data
    assert (usage.remaining, usage.total) == (724 + 1024, 2048)
    history = ok(await call(get_sim_package_history, sim_iccid=sim.iccid), models.SimPackageHistoryResponse).data
    assert [h.package.id for h in history] == [topup.id, PACKAGE]

    # the order list, newest first, paginated; filters
    listed = ok(await call(list_orders, limit=1, include="sims"), models.OrderListResponse)
    assert listed.meta.per_page == "1" and listed.meta.total == 2 and listed.meta.last_page == 2
    assert [o.id for o in listed.data] == [topup_order.id]
    page2 = ok(await call(list_orders, limit=1, page=2, include="sims"), models.OrderListResponse)
    assert [o.id for o in page2.data] == [created.id] and page2.data[0].sims[0].iccid == sim.iccid
    assert page2.data[0].quantity == 1 and page2.data[0].price == f"{money(created.price):.2f}"  # GET: strings
    by_code = ok(await call(list_orders, filtercode=created.code), models.OrderListResponse)
    assert [o.id for o in by_code.data] == [created.id]
    sims = ok(await call(list_sims, filtericcid=sim.iccid), models.SimListResponse)
    assert [s.iccid for s in sims.data] == [sim.iccid]

    # one token for the whole journey
    assert sandbox.token_requests == 1
    assert sandbox.unauthorized == 0


def test_main_journey_sync(served: Served, api: airalo_client.Client) -> None:
    """Browse, order, get, usage, top-up, balance and order list through the sync generated operations."""
    asyncio.run(main_journey(sync_caller(api), served))


async def test_main_journey_async(served: Served, api: airalo_client.Client) -> None:
    """The same journey through the asyncio generated operations (httpx.AsyncClient, async auth flow)."""
    async with api:
        await main_journey(async_caller(api), served)


async def test_browsing_reads_later_pages_sent_as_objects(served: Served, api: airalo_client.Client) -> None:
    """With Laravel's object-keyed later pages the catalogue still reads in full."""
    served.state.object_pages = True
    async with api:
        countries = await browse_all(async_caller(api), limit=4)
    assert len(countries) == 11


# --- more journeys -------------------------------------------------------------------------------


def due_date(days: float, served: Served) -> str:
    return (served.state.clock.utcnow() + timedelta(days=days)).strftime("%Y-%m-%d %H:%M")


def test_future_orders_create_list_cancel_and_deliver(
    served: Served, api: airalo_client.Client, receiver: WebhookReceiver
) -> None:
    """Future orders: created, listed as pending, one cancelled, the other processed at its due date by webhook."""
    call = sync_caller(api)
    hook = receiver.url("future")

    def create(package_id: str, days: float) -> models.FutureOrderCreated:
        body = models.FutureOrderRequest(package_id=package_id, quantity=1, due_date=due_date(days, served),
                                         webhook_url=hook, description=f"in {days} days")  # fmt: skip
        return ok(asyncio.run(call(create_future_order, body=body)), models.FutureOrderResponse).data

    keep, drop = create(PACKAGE, 3), create("elan-7days-1gb", 4)
    assert len(keep.request_id) == 25
    due = datetime.strptime(keep.due_date, "%Y-%m-%d %H:%M")
    assert datetime.strptime(keep.latest_cancellation_date, "%Y-%m-%d %H:%M") == due - timedelta(days=1)
    failed = create("test-create-failed-future-order-7days-1gb", 5)

    def pending(status: models.FutureOrderStatusFilter = models.FutureOrderStatusFilter.PENDING) -> list[str]:
        listed = ok(asyncio.run(call(list_future_orders, status=status)), models.FutureOrderListResponse)
        assert listed.meta.per_page == "25"
        return [f.request_id for f in listed.data]

    assert pending() == [keep.request_id, drop.request_id]
    assert pending(models.FutureOrderStatusFilter.FAILED) == [failed.request_id]

    body = models.CancelFutureOrdersRequest(request_ids=[drop.request_id])
    cancelled = ok(asyncio.run(call(cancel_future_orders, body=body)), models.CancelFutureOrdersResponse)
    assert cancelled.meta.message == "Future orders cancelled successfully"
    assert pending() == [keep.request_id]

    before = served.state.balance
    served.state.clock.advance(3 * 86400 + 60)  # the due date passes
    assert pending() == []
    (delivery,) = receiver.wait_for(1)
    assert served.state.client_secret
    verify_airalo(body=delivery.body, signature=delivery.headers.get("airalo-signature"),
                  secret=served.state.client_secret)  # fmt: skip
    result = models.AsyncOrderWebhook.from_dict(json.loads(delivery.body)).data
    assert isinstance(result, models.AsyncOrderResult)
    assert result.request_id == keep.request_id and result.package_id == PACKAGE and len(result.sims) == 1
    assert served.state.balance == before - Decimal("2.70")
    listed = ok(asyncio.run(call(list_orders, filterdescription="in 3 days")), models.OrderListResponse)
    assert [o.id for o in listed.data] == [result.id]


def test_vouchers_cost_their_net_price(served: Served, api: airalo_client.Client) -> None:
    """eSIM vouchers return one code per unit and echo the booking reference; Airmoney vouchers too."""
    before = served.state.balance
    body = models.EsimVoucherRequest(vouchers=[
        models.EsimVoucherItem(package_id=PACKAGE, quantity=3, booking_reference="booking-1"),
        models.EsimVoucherItem(package_id="elan-7days-1gb", quantity=1),
    ])  # fmt: skip
    vouchers = ok(create_esim_voucher.sync_detailed(client=api, body=body), models.EsimVoucherResponse).data
    assert [(v.package_id, len(v.codes), v.booking_reference) for v in vouchers] == [
        (PACKAGE, 3, "booking-1"),
        ("elan-7days-1gb", 1, None),
    ]
    assert len({c for v in vouchers for c in v.codes}) == 4
    assert served.state.balance == before - 4 * Decimal("2.70")

    body = models.AirmoneyVoucherRequest(amount=25, quantity=1, usage_limit=3, voucher_code="WELCOME25")
    airmoney = ok(create_airmoney_voucher.sync_detailed(client=api, body=body), models.AirmoneyVoucherResponse).data
    assert isinstance(airmoney, models.AirmoneyVoucher)
    assert (airmoney.code, airmoney.amount, airmoney.usage_limit) == ("WELCOME25", 25, 3)


async def test_async_order_is_delivered_to_our_webhook_signed(
    served: Served, api: airalo_client.Client, receiver: WebhookReceiver
) -> None:
    """202 with a request_id; the order arrives at our receiver signed with the client secret, also via opt-in."""
    secret = served.state.client_secret
    assert secret
    async with api:
        body = models.AsyncOrderRequest(package_id=PACKAGE, quantity=2, webhook_url=receiver.url("orders"))
        accepted = ok(await submit_order_async.asyncio_detailed(client=api, body=body),
                      models.AsyncOrderAcceptedResponse, 202).data  # fmt: skip
        assert len(accepted.request_id) == 25 and accepted.accepted_at

        # the second goes to the URL opted in for async_orders
        opt_in = models.AsyncOrdersOptIn(webhook_url=receiver.url("opted-in"))
        ok(await opt_in_notification.asyncio_detailed(client=api, body=opt_in), models.NotificationResponse)
        body = models.AsyncOrderRequest(package_id="elan-7days-1gb", quantity=1)
        second = ok(await submit_order_async.asyncio_detailed(client=api, body=body),
                    models.AsyncOrderAcceptedResponse, 202).data  # fmt: skip

        first_delivery, second_delivery = await asyncio.to_thread(receiver.wait_for, 2)
        deliveries = {d.path: d for d in (first_delivery, second_delivery)}
        assert set(deliveries) == {"/hooks/orders", "/hooks/opted-in"}
        for delivery, request_id, quantity in (
            (deliveries["/hooks/orders"], accepted.request_id, 2),
            (deliveries["/hooks/opted-in"], second.request_id, 1),
        ):
            verify_airalo(body=delivery.body, signature=delivery.headers["airalo-signature"], secret=secret)
            result = models.AsyncOrderWebhook.from_dict(json.loads(delivery.body)).data
            assert isinstance(result, models.AsyncOrderResult)
            assert result.request_id == request_id and len(result.sims) == quantity
            order = ok(await get_order.asyncio_detailed(client=api, order_id=result.id), models.OrderResponse).data
            assert order.code == result.code

    tampered = first_delivery.body.replace(b'"quantity"', b'"Quantity"', 1)
    assert tampered != first_delivery.body
    with pytest.raises(WebhookSignatureError):
        verify_airalo(body=tampered, signature=first_delivery.headers["airalo-signature"], secret=secret)
    with pytest.raises(WebhookSignatureError):
        verify_airalo(body=first_delivery.body, signature=first_delivery.headers["airalo-signature"], secret="other")


def test_refund_request_json_and_multipart(served: Served, api: airalo_client.Client) -> None:
    """A refund of our own eSIMs is accepted (202) as JSON (older docs) and as multipart (newer docs)."""
    iccids = [s.iccid for s in served.state.place_order(PACKAGE, 2).sims]
    json_body = models.RefundRequest(iccids=iccids[:1], reason=models.RefundReason.NO_COVERAGE, email="ops@example.com")
    first = ok(request_refund.sync_detailed(client=api, body=json_body), models.RefundResponse, 202).data
    form_body = models.RefundRequestForm(iccids=iccids, reason=models.RefundReason.OTHERS, notes="Trip cancelled")
    second = ok(request_refund.sync_detailed(client=api, body=form_body), models.RefundResponse, 202).data
    assert first.refund_id != second.refund_id
    recorded = [(r["iccids"], r["reason"], r["notes"]) for r in served.state.refunds]
    assert recorded == [(iccids[:1], "NO_COVERAGE", None), (iccids, "OTHERS", "Trip cancelled")]


def test_compatible_devices(served: Served, api: airalo_client.Client) -> None:
    """Both device lists answer; the lite one has no model, the deprecated one has."""
    full = ok(list_compatible_devices.sync_detailed(client=api), models.CompatibleDeviceListResponse).data
    lite = ok(list_compatible_devices_lite.sync_detailed(client=api), models.CompatibleDeviceListResponse).data
    assert full and len(full) == len(lite)
    assert {d.os for d in lite} == {"android", "ios"}
    assert all(isinstance(d.model, str) for d in full)
    assert all(isinstance(d.model, type(airalo_client.types.UNSET)) for d in lite)
    assert [(d.brand, d.name) for d in full] == [(d.brand, d.name) for d in lite]


def test_notifications_opt_in_simulate_and_opt_out(
    served: Served, api: airalo_client.Client, receiver: WebhookReceiver
) -> None:
    """Opt in to low data and credit limit, fire both through the simulator, read the subscription, opt out."""
    secret = served.state.client_secret
    assert secret
    served.state.verify_webhook_urls = True  # Airalo sends HEAD to a webhook URL before accepting it
    low = ok(opt_in_notification.sync_detailed(client=api, body=models.LowDataWebhookOptIn(
        webhook_url=receiver.url("low-data"))), models.NotificationResponse).data.notification  # fmt: skip
    assert (low.type_, low.contact_point) == ("webhook_low_data", receiver.url("low-data"))
    assert receiver.heads == 1
    dead = models.LowDataWebhookOptIn(webhook_url=receiver.url("low-data").replace("/hooks/", "/nowhere/"))
    refused = opt_in_notification.sync_detailed(client=api, body=dead)
    assert isinstance(refused.parsed, models.ValidationError)
    assert refused.parsed.data["webhook_url"] == "The webhook url did not answer HEAD with 200 OK."
    credit_body = models.CreditLimitWebhookOptIn(webhook_url=receiver.url("credit"),
                                                 levels=[models.CreditLimitLevel.VALUE_80])  # fmt: skip
    credit = ok(opt_in_notification.sync_detailed(client=api, body=credit_body), models.NotificationResponse)
    assert credit.data.notification.levels == [80]
    email = models.LowDataEmailOptIn(email="ops@example.com", language="de")
    by_mail = ok(opt_in_notification.sync_detailed(client=api, body=email), models.NotificationResponse)
    assert (by_mail.data.notification.contact_point, by_mail.data.notification.language) == ("ops@example.com", "de")

    current = ok(get_notification_opt_in.sync_detailed(client=api), models.NotificationResponse).data.notification
    assert (current.type_, current.contact_point) == ("email_low_data", "ops@example.com")

    iccid = served.state.place_order(PACKAGE).sims[0].iccid
    fire_low = models.SimulateLowDataWebhook(type_=models.SimulateLowDataWebhookType.DATA_90, iccid=iccid)
    sent = ok(simulate_webhook.sync_detailed(client=api, body=fire_low), models.SimulatorResponse)
    assert sent.success == "Notification sent"
    fire_credit = models.SimulateCreditLimitWebhook(level=models.CreditLimitLevel.VALUE_80)
    ok(simulate_webhook.sync_detailed(client=api, body=fire_credit), models.SimulatorResponse)
    deliveries = {d.path: d for d in receiver.wait_for(2)}
    for delivery in deliveries.values():
        verify_airalo(body=delivery.body, signature=delivery.headers["airalo-signature"], secret=secret)
    low_data = models.LowDataWebhook.from_dict(json.loads(deliveries["/hooks/low-data"].body))
    assert (low_data.level, low_data.iccid, low_data.package_name) == ("90%", iccid, PACKAGE)
    limit = models.CreditLimitWebhook.from_dict(json.loads(deliveries["/hooks/credit"].body))
    assert limit.message == "Surpassed 80% of the credit limit balance"
    assert money(limit.remaining) == served.state.balance

    for kind in ("email_low_data", "webhook_low_data", "webhook_credit_limit"):
        body = models.NotificationOptOutRequest(type_=models.NotificationType(kind))
        response = opt_out_notification.sync_detailed(client=api, body=body)
        assert response.status_code == 204 and response.parsed is None
    gone = get_notification_opt_in.sync_detailed(client=api)
    assert gone.status_code == 404 and isinstance(gone.parsed, models.ErrorWithEmptyData)
    not_opted = simulate_webhook.sync_detailed(client=api, body=fire_low)
    assert isinstance(not_opted.parsed, models.SimpleError) and not_opted.parsed.error == "User is not opted in"


def test_brand_update_sets_and_clears_the_brand(served: Served, api: airalo_client.Client) -> None:
    """PUT brand (multipart) sets a brand the account has, and an empty value unbrands the eSIM."""
    iccid = served.state.place_order(PACKAGE).sims[0].iccid
    body = models.UpdateSimBrandRequest(brand_settings_name="our perfect brand")
    set_ = ok(update_sim_brand.sync_detailed(client=api, sim_iccid=iccid, body=body), models.SimBrandResponse)
    assert set_.data.brand_settings_name == "our perfect brand" and set_.meta.message == "succes"  # sic
    body = models.UpdateSimBrandRequest(brand_settings_name="")
    cleared = ok(update_sim_brand.sync_detailed(client=api, sim_iccid=iccid, body=body), models.SimBrandResponse)
    assert cleared.data.brand_settings_name is None
    assert served.state.sims[iccid].brand_settings_name is None


def test_one_line_client_and_tokens_are_shared_between_sync_and_async(served: Served) -> None:
    """One `tokenkeep.airalo.client(...)` serves sync and async calls with a single token request."""
    assert served.client_id and served.client_secret
    api = tokenkeep.airalo.client(served.client_id, served.client_secret, base_url=served.base_url,
                                  store=tokenkeep.MemoryStore())  # fmt: skip

    async def both() -> None:
        async with api:
            ok(await get_balance.asyncio_detailed(client=api), models.BalanceResponse)

    with api:
        ok(get_balance.sync_detailed(client=api), models.BalanceResponse)
        asyncio.run(both())
    assert served.state.token_requests == 1
