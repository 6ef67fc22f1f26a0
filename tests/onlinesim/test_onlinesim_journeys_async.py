"""Onlinesim journeys over real HTTP with the generated client and an API key (async mirror)."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest
import tokenkeep.onlinesim
from onlinesim_client import Client
from onlinesim_client.api.account import get_balance
from onlinesim_client.api.free import get_free_list, get_free_message_list, get_free_phone_list
from onlinesim_client.api.rent import close_rent_num, extend_rent_state, get_rent_num, get_rent_state
from onlinesim_client.api.sms import get_num, set_operation_ok
from onlinesim_client.models import (
    Balance,
    FreeList,
    FreeMessageList,
    FreePhoneList,
    NumOrdered,
    OperationDone,
    OperationStatusType0,
    RentClosed,
    RentItemEnvelope,
    RentList,
    ZeroOne,
)

from tests.sandbox._common import ServedSandbox
from tests.sandbox.onlinesim import OnlinesimSandbox

API_KEY = "sandbox-api-key"  # OnlinesimSandbox's default key


async def test_buy_a_number_wait_for_the_sms_read_the_code_and_close(
    served: ServedSandbox[OnlinesimSandbox],
) -> None:
    """The buy/wait/confirm journey with awaits; the SMS arrives while the caller polls getState."""
    sandbox = served.state
    async with tokenkeep.onlinesim.client(API_KEY, base_url=served.base_url) as api:
        ordered = await get_num.asyncio(client=api, service="telegram", country=7, number=True)
        assert isinstance(ordered, NumOrdered)

        async def poll_for_code() -> str:
            while True:
                (item,) = await tokenkeep.onlinesim.aget_state(api, tzid=ordered.tzid, message_to_code=ZeroOne.VALUE_1)
                if item.response is OperationStatusType0.TZ_NUM_ANSWER:
                    assert isinstance(item.msg, str)
                    return item.msg
                await asyncio.sleep(0.01)

        poller = asyncio.create_task(poll_for_code())
        await asyncio.sleep(0.05)
        sandbox.deliver_sms(ordered.tzid, "Telegram code 90817")
        assert await asyncio.wait_for(poller, 10) == "90817"

        done = await set_operation_ok.asyncio(client=api, tzid=ordered.tzid)
        assert isinstance(done, OperationDone)
        assert await tokenkeep.onlinesim.aget_state(api) == []
    assert sandbox.operations[ordered.tzid].status == "TZ_OVER_OK"
    assert sandbox.balance == Decimal("1000.00") - Decimal("25.50")


async def test_rent_extend_read_messages_and_close(served: ServedSandbox[OnlinesimSandbox]) -> None:
    """Rent, extend, read a message, close - async."""
    async with tokenkeep.onlinesim.client(API_KEY, base_url=served.base_url) as api:
        rented = await get_rent_num.asyncio(client=api, country=46, days=7)
        assert isinstance(rented, RentItemEnvelope)
        tzid = rented.item.tzid
        extended = await extend_rent_state.asyncio(client=api, tzid=tzid, days=1)
        assert isinstance(extended, RentItemEnvelope) and extended.item.rent == 8
        served.state.rent_sms(tzid, "code 31337")
        state = await get_rent_state.asyncio(client=api, tzid=tzid)
        assert isinstance(state, RentList) and isinstance(state.list_[0].messages, list)
        assert state.list_[0].messages[0].code == "31337"
        closed = await close_rent_num.asyncio(client=api, tzid=tzid)
        assert isinstance(closed, RentClosed)


async def test_free_numbers_and_balance(served: ServedSandbox[OnlinesimSandbox]) -> None:
    """Free numbers (getFreeList without a key) and the balance string, async."""
    async with Client(base_url=served.base_url) as anonymous:
        assert isinstance(await get_free_list.asyncio(client=anonymous), FreeList)
    async with tokenkeep.onlinesim.client(API_KEY, base_url=served.base_url, placement="query") as api:
        phones = await get_free_phone_list.asyncio(client=api)
        assert isinstance(phones, FreePhoneList) and len(phones.numbers) == 2
        messages = await get_free_message_list.asyncio(client=api, phone="9099317316")
        assert isinstance(messages, FreeMessageList)
        balance = await get_balance.asyncio(client=api)
        assert isinstance(balance, Balance) and balance.balance == "1000.00"


async def test_errors_are_typed_in_async_code(served: ServedSandbox[OnlinesimSandbox]) -> None:
    """An HTTP-200 error body raises the same typed exception from async calls."""
    served.state.stock["vkcom"] = 0
    async with tokenkeep.onlinesim.client(API_KEY, base_url=served.base_url) as api:
        with pytest.raises(tokenkeep.onlinesim.NoNumbersError) as caught:
            await get_num.asyncio(client=api, service="vkcom", country=7)
    assert caught.value.code == "NO_NUMBER"
