"""GoGoX journeys over real HTTP, sync: quote, order, poll, cancel through tokenkeep.gogox.client.

Every call goes through a generated operation and the sandbox checks each request
against specs/gogox.yaml; one token serves a whole journey.
"""

from __future__ import annotations

from typing import Any

import pytest
import tokenkeep
from gogox_client.api.delivery import create_delivery_order, create_delivery_quotation, get_delivery_order
from gogox_client.api.orders import get_order_v2
from gogox_client.api.transport import (
    cancel_transport_order,
    create_transport_order,
    create_transport_quotation,
    get_transport_order,
)
from gogox_client.models import DeliveryQuotation, OAuthError, Order, TransportQuotation
from gogox_client.types import Unset
from gogox_support import (
    DESTINATION,
    PICKUP,
    SECOND_DESTINATION,
    api,
    delivery_order_request,
    delivery_quotation_request,
    order_request,
    quotation_request,
)

from tests.sandbox._common import ServedSandbox
from tests.sandbox.gogox import VEHICLES, GogoxSandbox, haversine_km

Served = ServedSandbox[GogoxSandbox]


def quote(client: Any, body: Any) -> TransportQuotation:
    result = create_transport_quotation.sync(client=client, body=body)
    assert isinstance(result, TransportQuotation)
    return result


def amount(result: TransportQuotation) -> int:
    assert not isinstance(result.estimated_price, Unset)
    value = result.estimated_price.amount
    assert isinstance(value, int | float)
    return int(value)


def test_quote_order_poll_until_completed(gogox: Served) -> None:
    """A van is quoted, ordered at the quoted price, then polled pending -> active (courier) -> completed."""
    with api(gogox) as client:
        quoted = quote(client, quotation_request("van"))
        response = create_transport_order.sync_detailed(client=client, body=order_request("van"))
        assert response.status_code == 201
        order = response.parsed
        assert isinstance(order, Order) and isinstance(order.uuid, str)
        assert order.status == "pending" and order.courier is not None and order.courier.to_dict() == {}
        assert not isinstance(order.price, Unset) and order.price.amount == amount(quoted)
        assert order.price.currency == "HKD"
        assert order.note_to_courier == "Please call on arrival"

        polled = get_transport_order.sync(order.uuid, client=client)
        assert isinstance(polled, Order) and polled.status == "pending"

        gogox.state.advance_order(order.uuid)
        matched = get_order_v2.sync(order.uuid, client=client)
        assert isinstance(matched, Order) and matched.status == "active"
        assert not isinstance(matched.courier, Unset) and isinstance(matched.courier.name, str)
        assert not isinstance(matched.courier.location, Unset)
        assert matched.courier.location.lat == pytest.approx(PICKUP[0])

        gogox.state.advance_order(order.uuid)
        done = get_transport_order.sync(order.uuid, client=client)
        assert isinstance(done, Order) and done.status == "completed"
        assert not isinstance(done.pickup, Unset) and isinstance(done.pickup.arrived_at, int)
    assert gogox.state.token_requests == 1
    assert gogox.state.unauthorized == 0


def test_cancel_a_pending_order(gogox: Served) -> None:
    """Cancelling a pending order answers an empty 200; polling then shows it cancelled."""
    with api(gogox) as client:
        order = create_transport_order.sync(client=client, body=order_request())
        assert isinstance(order, Order) and isinstance(order.uuid, str)
        response = cancel_transport_order.sync_detailed(order.uuid, client=client)
        assert response.status_code == 200 and response.content == b"" and response.parsed is None
        polled = get_order_v2.sync(order.uuid, client=client)
        assert isinstance(polled, Order) and polled.status == "cancelled"


def test_a_matched_order_can_be_cancelled_but_a_completed_one_cannot(gogox: Served) -> None:
    """Cancel works after matching; a completed or already cancelled order is refused with 422."""
    with api(gogox) as client:
        first = create_transport_order.sync(client=client, body=order_request())
        second = create_transport_order.sync(client=client, body=order_request())
        assert isinstance(first, Order) and isinstance(first.uuid, str)
        assert isinstance(second, Order) and isinstance(second.uuid, str)
        gogox.state.advance_order(first.uuid)
        assert cancel_transport_order.sync_detailed(first.uuid, client=client).status_code == 200
        again = cancel_transport_order.sync_detailed(first.uuid, client=client)
        assert again.status_code == 422
        assert isinstance(again.parsed, OAuthError) and again.parsed.error == "order_not_cancellable"

        gogox.state.advance_order(second.uuid)
        gogox.state.advance_order(second.uuid)
        completed = cancel_transport_order.sync_detailed(second.uuid, client=client)
        assert completed.status_code == 422 and isinstance(completed.parsed, OAuthError)
        assert gogox.state.orders[second.uuid].status == "completed"


def test_orders_progress_by_the_sandbox_clock(gogox: Served) -> None:
    """With match_after/complete_after set, moving the sandbox clock matches and then completes an order."""
    gogox.state.configure(match_after=120, complete_after=1800)
    with api(gogox) as client:
        order = create_transport_order.sync(client=client, body=order_request())
        assert isinstance(order, Order) and isinstance(order.uuid, str)
        seen = []
        for seconds in (60, 61, 1000, 800):
            gogox.state.clock.advance(seconds)
            polled = get_order_v2.sync(order.uuid, client=client)
            assert isinstance(polled, Order)
            seen.append(polled.status)
        other = create_transport_order.sync(client=client, body=order_request())
        assert isinstance(other, Order) and isinstance(other.uuid, str)
        gogox.state.clock.advance(4000)  # both steps at once
        jumped = get_transport_order.sync(other.uuid, client=client)
        assert isinstance(jumped, Order) and jumped.status == "completed"
    assert seen == ["pending", "active", "active", "completed"]


def test_quotes_are_priced_from_haversine_distance_and_vehicle(gogox: Served) -> None:
    """The fee is base + per-km x the great-circle route; bigger vehicles and longer routes cost more."""
    with api(gogox) as client:
        prices = {vehicle: amount(quote(client, quotation_request(vehicle))) for vehicle in VEHICLES}
        two_stops = quote(client, quotation_request("van", (DESTINATION, SECOND_DESTINATION)))
        helped = quote(client, quotation_request("van", extras={"need_help_moving": True}))
    assert prices["motorcycle"] < prices["van"] < prices["mudou"] < prices["mudou9"]
    base, per_km = VEHICLES["van"]
    km = round(haversine_km(PICKUP, DESTINATION), 1)
    assert km == pytest.approx(19.6, abs=0.5)  # the published route, ~HK$150 for a van
    assert prices["van"] == round((base + per_km * km) / 10) * 10
    assert amount(two_stops) > prices["van"]
    assert not isinstance(two_stops.estimated_price_breakdown, Unset)
    assert [item.key for item in two_stops.estimated_price_breakdown] == ["fee", "additional_stops"]
    assert amount(helped) == prices["van"] + 5000


def test_haversine_matches_known_distances() -> None:
    """One degree of latitude is ~111.2 km; a point is 0 km from itself."""
    assert haversine_km((0.0, 0.0), (1.0, 0.0)) == pytest.approx(111.195, abs=0.01)
    assert haversine_km(PICKUP, PICKUP) == 0.0
    assert haversine_km(PICKUP, DESTINATION) == pytest.approx(haversine_km(DESTINATION, PICKUP))


def test_business_errors_raise_the_status_class(gogox: Served) -> None:
    """An unknown vehicle type (422) and an unknown order (404) are not modelled by the spec: they raise by status."""
    with api(gogox) as client:
        with pytest.raises(tokenkeep.UnprocessableEntityError) as vehicle:
            create_transport_quotation.sync(client=client, body=quotation_request("hovercraft"))
        assert vehicle.value.status_code == 422 and b"invalid_vehicle_type" in vehicle.value.body
        assert "invalid_vehicle_type" in str(vehicle.value) and "createTransportQuotation" in str(vehicle.value)
        with pytest.raises(tokenkeep.NotFoundError) as unknown:
            get_order_v2.sync("00000000-0000-0000-0000-000000000000", client=client)
        assert unknown.value.status_code == 404
        with pytest.raises(tokenkeep.UnprocessableEntityError) as far:
            create_transport_quotation.sync(client=client, body=quotation_request("van", ((1.35, 103.82),)))
        assert far.value.status_code == 422 and b"out_of_service_area" in far.value.body


def test_delivery_quote_order_and_poll(gogox: Served) -> None:
    """A parcel is quoted (heavier costs more), ordered, and found by id, by uuid and on /api/v2."""
    with api(gogox) as client:
        light = create_delivery_quotation.sync(client=client, body=delivery_quotation_request(weight=1))
        heavy = create_delivery_quotation.sync(client=client, body=delivery_quotation_request(weight=12))
        assert isinstance(light, DeliveryQuotation) and isinstance(heavy, DeliveryQuotation)
        assert not isinstance(light.estimated_price, Unset) and not isinstance(heavy.estimated_price, Unset)
        assert light.delivery_type == "same_day_day"
        assert isinstance(light.estimated_price.amount, int | float)
        assert isinstance(heavy.estimated_price.amount, int | float)
        assert heavy.estimated_price.amount > light.estimated_price.amount

        order = create_delivery_order.sync(client=client, body=delivery_order_request("SO-42"))
        assert isinstance(order, Order) and isinstance(order.uuid, str) and isinstance(order.id, int)
        assert order.merchant_order_number == "SO-42" and order.delivery_type == "same_day_day"
        assert not isinstance(order.price, Unset) and order.price.amount == light.estimated_price.amount
        by_id = get_delivery_order.sync(str(order.id), client=client)
        by_uuid = get_delivery_order.sync(order.uuid, client=client)
        v2 = get_order_v2.sync(order.uuid, client=client)
        assert isinstance(by_id, Order) and isinstance(by_uuid, Order) and isinstance(v2, Order)
        assert by_id.uuid == by_uuid.uuid == v2.uuid == order.uuid
    assert gogox.state.token_requests == 1


def test_requests_the_spec_forbids_are_caught(gogox: Served) -> None:
    """A quotation without vehicle_type is recorded and answered RFC 6750 `invalid_request` (400), as GoGoX would."""
    import httpx

    gogox.expect_violations()
    token = httpx.post(
        gogox.url("/oauth/token"),
        json={"grant_type": "client_credentials", "client_id": gogox.client_id, "client_secret": gogox.client_secret},
    ).json()["access_token"]
    response = httpx.post(
        gogox.url("/transport/quotations"),
        headers={"Authorization": f"Bearer {token}"},
        json={"pickup": {"location": {"lat": 22.5, "lng": 114.1}}, "destinations": []},
    )
    assert response.status_code == 400 and response.json()["error"] == "invalid_request"
    assert "vehicle_type" in response.json()["error_description"]
    assert any("vehicle_type" in problem for problem in gogox.state.violations)
