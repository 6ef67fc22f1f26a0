"""GoGoX journeys over real HTTP, async: the mirror of test_gogox_journeys.py."""

from __future__ import annotations

from gogox_client.api.delivery import create_delivery_order, get_delivery_order
from gogox_client.api.orders import get_order_v2
from gogox_client.api.transport import (
    cancel_transport_order,
    create_transport_order,
    create_transport_quotation,
    get_transport_order,
)
from gogox_client.models import OAuthError, Order, TransportQuotation
from gogox_client.types import Unset
from gogox_support import api, delivery_order_request, order_request, quotation_request

from tests.sandbox._common import ServedSandbox
from tests.sandbox.gogox import GogoxSandbox

Served = ServedSandbox[GogoxSandbox]


async def test_quote_order_poll_until_completed(gogox: Served) -> None:
    """A van is quoted, ordered at the quoted price, then polled pending -> active (courier) -> completed."""
    async with api(gogox) as client:
        quoted = await create_transport_quotation.asyncio(client=client, body=quotation_request("van"))
        assert isinstance(quoted, TransportQuotation) and not isinstance(quoted.estimated_price, Unset)
        response = await create_transport_order.asyncio_detailed(client=client, body=order_request("van"))
        assert response.status_code == 201
        order = response.parsed
        assert isinstance(order, Order) and isinstance(order.uuid, str) and order.status == "pending"
        assert not isinstance(order.price, Unset) and order.price.amount == quoted.estimated_price.amount

        statuses = []
        for _ in range(3):
            polled = await get_transport_order.asyncio(order.uuid, client=client)
            assert isinstance(polled, Order)
            statuses.append(polled.status)
            if polled.status != "completed":
                gogox.state.advance_order(order.uuid)
        assert statuses == ["pending", "active", "completed"]
    assert gogox.state.token_requests == 1


async def test_cancel_a_pending_order(gogox: Served) -> None:
    """Cancelling a pending order answers an empty 200; a second cancel is refused with 422."""
    async with api(gogox) as client:
        order = await create_transport_order.asyncio(client=client, body=order_request())
        assert isinstance(order, Order) and isinstance(order.uuid, str)
        response = await cancel_transport_order.asyncio_detailed(order.uuid, client=client)
        assert response.status_code == 200 and response.content == b""
        polled = await get_order_v2.asyncio(order.uuid, client=client)
        assert isinstance(polled, Order) and polled.status == "cancelled"
        again = await cancel_transport_order.asyncio_detailed(order.uuid, client=client)
        assert again.status_code == 422
        assert isinstance(again.parsed, OAuthError) and again.parsed.error == "order_not_cancellable"


async def test_delivery_order_is_found_by_id(gogox: Served) -> None:
    """A parcel order is created (201) and read back by its numeric id."""
    async with api(gogox) as client:
        order = await create_delivery_order.asyncio(client=client, body=delivery_order_request())
        assert isinstance(order, Order) and isinstance(order.id, int)
        found = await get_delivery_order.asyncio(str(order.id), client=client)
        assert isinstance(found, Order) and found.uuid == order.uuid and found.merchant_order_number == "SO-1001"


async def test_one_client_serves_sync_and_async_calls_with_one_token(gogox: Served) -> None:
    """The same generated Client is used sync and async; both share one cached token."""
    client = api(gogox)
    with client:
        order = create_transport_order.sync(client=client, body=order_request())
    assert isinstance(order, Order) and isinstance(order.uuid, str)
    async with client:
        polled = await get_order_v2.asyncio(order.uuid, client=client)
    assert isinstance(polled, Order) and polled.uuid == order.uuid
    assert gogox.state.token_requests == 1
