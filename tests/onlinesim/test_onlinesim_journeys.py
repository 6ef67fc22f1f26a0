"""Onlinesim journeys over real HTTP with the generated client and an API key (sync)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
import tokenkeep.onlinesim
import tokenkeep.webhooks
from onlinesim_client import Client
from onlinesim_client.api.account import get_balance, get_profile
from onlinesim_client.api.free import get_free_country_list, get_free_list, get_free_message_list, get_free_phone_list
from onlinesim_client.api.rent import (
    close_rent_num,
    extend_rent_state,
    get_rent_num,
    get_rent_state,
    get_rent_tariffs,
    reload_rent_port,
)
from onlinesim_client.api.sms import (
    get_num,
    get_numbers_stats,
    get_price,
    get_tariffs,
    set_operation_ok,
    set_operation_revise,
)
from onlinesim_client.models import (
    Balance,
    CountryStats,
    CountryStatsMap,
    FreeCountryList,
    FreeList,
    FreeMessageList,
    FreePhoneList,
    IncomingSmsWebhook,
    NumOrdered,
    OperationDone,
    OperationStatusType0,
    Price,
    ProfileResult,
    RentClosed,
    RentItemEnvelope,
    RentList,
    RentMessagePage,
    RentTariff,
    StateItem,
    Tariffs,
    ZeroOne,
)
from onlinesim_client.webhooks import WEBHOOKS

from tests.sandbox._common import ServedSandbox
from tests.sandbox.onlinesim import OnlinesimSandbox

API_KEY = "sandbox-api-key"  # OnlinesimSandbox's default key


def test_buy_a_number_wait_for_the_sms_read_the_code_and_close(api: Client, sandbox: OnlinesimSandbox) -> None:
    """getNum charges the price; getState shows TZ_NUM_WAIT, then the delivered SMS; setOperationOk closes."""
    ordered = get_num.sync(client=api, service="telegram", country=7, number=True)
    assert isinstance(ordered, NumOrdered)
    assert isinstance(ordered.number, str) and ordered.number.startswith("+7")
    assert sandbox.balance == Decimal("1000.00") - Decimal("25.50")

    (waiting,) = tokenkeep.onlinesim.get_state(api, tzid=ordered.tzid)
    assert waiting.response is OperationStatusType0.TZ_NUM_WAIT
    assert waiting.number == ordered.number

    sandbox.deliver_sms(ordered.tzid, "Telegram code 48213. Do not give it to anyone")
    (answered,) = tokenkeep.onlinesim.get_state(api, tzid=ordered.tzid, message_to_code=ZeroOne.VALUE_1)
    assert answered.response is OperationStatusType0.TZ_NUM_ANSWER
    assert answered.msg == "48213"

    done = set_operation_ok.sync(client=api, tzid=ordered.tzid)
    assert isinstance(done, OperationDone) and done.tzid == ordered.tzid
    assert tokenkeep.onlinesim.get_state(api) == []  # ERROR_NO_OPERATIONS is an empty list
    assert sandbox.operations[ordered.tzid].status == "TZ_OVER_OK"


def test_full_message_list_and_revise(api: Client, sandbox: OnlinesimSandbox) -> None:
    """msg_list=1 gives every message as {service, msg}; setOperationRevise asks for the next SMS."""
    ordered = get_num.sync(client=api, service="vkcom", country=46)
    assert isinstance(ordered, NumOrdered)
    sandbox.deliver_sms(ordered.tzid, "VK 1111")
    assert isinstance(set_operation_revise.sync(client=api, tzid=ordered.tzid), OperationDone)
    (item,) = tokenkeep.onlinesim.get_state(api, tzid=ordered.tzid)
    assert item.response is OperationStatusType0.TZ_NUM_WAIT
    sandbox.deliver_sms(ordered.tzid, "VK 2222")
    (item,) = tokenkeep.onlinesim.get_state(api, msg_list=ZeroOne.VALUE_1)
    assert isinstance(item, StateItem) and isinstance(item.msg, list)
    assert [(m.service, m.msg) for m in item.msg] == [("vkcom", "VK 1111"), ("vkcom", "VK 2222")]


def test_closing_without_sms_refunds(api: Client, sandbox: OnlinesimSandbox) -> None:
    """An operation closed before any SMS ends TZ_OVER_EMPTY and gives the money back."""
    ordered = get_num.sync(client=api, service="whatsapp", country=1)
    assert isinstance(ordered, NumOrdered)
    assert isinstance(set_operation_ok.sync(client=api, tzid=ordered.tzid), OperationDone)
    assert sandbox.balance == Decimal("1000.00")
    assert sandbox.operations[ordered.tzid].status == "TZ_OVER_EMPTY"


def test_rent_extend_read_messages_and_close(api: Client, sandbox: OnlinesimSandbox) -> None:
    """Rent for a day, extend by a week, read a message (paginated too), close."""
    tariff = get_rent_tariffs.sync(client=api, country="7")
    assert isinstance(tariff, RentTariff)
    assert tariff.days.additional_properties == {"1": 30, "7": 210, "15": 450, "30": 900}  # type: ignore[union-attr]

    rented = get_rent_num.sync(client=api, country=7, days=1, extension=True)
    assert isinstance(rented, RentItemEnvelope)
    tzid = rented.item.tzid
    assert rented.item.rent == 1 and rented.item.messages == []

    extended = extend_rent_state.sync(client=api, tzid=tzid, days=7)
    assert isinstance(extended, RentItemEnvelope)
    assert extended.item.rent == 8 and extended.item.sum_ == "240.00"

    sandbox.rent_sms(tzid, "Telegram code 55120")
    state = get_rent_state.sync(client=api, tzid=tzid)
    assert isinstance(state, RentList)
    (item,) = state.list_
    assert isinstance(item.messages, list)
    assert [(m.text, m.code) for m in item.messages] == [("Telegram code 55120", "55120")]
    paged = get_rent_state.sync(client=api, pagination=True)
    assert isinstance(paged, RentList) and isinstance(paged.list_[0].messages, RentMessagePage)
    assert paged.list_[0].messages.total == 1

    assert reload_rent_port.sync(client=api, tzid=tzid) is not None
    closed = close_rent_num.sync(client=api, tzid=tzid)
    assert isinstance(closed, RentClosed) and closed.response is True
    state = get_rent_state.sync(client=api)
    assert isinstance(state, RentList) and state.list_ == []
    assert sandbox.balance == Decimal("1000.00") - 240


def test_free_numbers_without_and_with_a_key(served: ServedSandbox[OnlinesimSandbox], api: Client) -> None:
    """getFreeList works without any key; the other free-number calls with one."""
    with Client(base_url=served.base_url) as anonymous:
        public = get_free_list.sync(client=anonymous)
    assert isinstance(public, FreeList)
    assert public.numbers is not None and "9099317316" in public.numbers.additional_properties  # type: ignore[union-attr]
    assert public.messages.data[0].text == "Your code 1234"  # type: ignore[union-attr]

    countries = get_free_country_list.sync(client=api)
    assert isinstance(countries, FreeCountryList)
    assert [c.country for c in countries.countries] == [7, 46]
    phones = get_free_phone_list.sync(client=api, country=46)
    assert isinstance(phones, FreePhoneList)
    assert [p.full_number for p in phones.numbers] == ["+46769438275"]
    messages = get_free_message_list.sync(client=api, phone="9099317316")
    assert isinstance(messages, FreeMessageList) and messages.messages.total == 1


def test_balance_is_a_numeric_string_and_catalogue_calls(api: Client) -> None:
    """getBalance answers the balance as a string; catalogue calls parse (one country, all, [])."""
    balance = get_balance.sync(client=api)
    assert isinstance(balance, Balance)
    assert balance.balance == "1000.00"
    assert Decimal(str(balance.balance)) == Decimal("1000.00")
    assert isinstance(get_profile.sync(client=api), ProfileResult)
    assert isinstance(get_tariffs.sync(client=api, country=7), Tariffs)
    filtered = get_tariffs.sync(client=api, filter_="vk")
    assert isinstance(filtered, Tariffs) and filtered.services == []
    assert isinstance(get_numbers_stats.sync(client=api, country=7), CountryStats)
    assert isinstance(get_numbers_stats.sync(client=api, country="all"), CountryStatsMap)  # type: ignore[arg-type]
    price = get_price.sync(client=api, service="telegram", country=7)
    assert isinstance(price, Price) and price.price == "25.50"


@pytest.mark.parametrize(("placement", "param"), [("bearer", "apikey"), ("query", "apikey"), ("query", "api_key")])
def test_api_key_in_the_header_or_either_query_name(
    served: ServedSandbox[OnlinesimSandbox], placement: str, param: str
) -> None:
    """The key works as Bearer, ?apikey= and ?api_key= (both readings of the docs)."""
    with tokenkeep.onlinesim.client(API_KEY, base_url=served.base_url, placement=placement, param=param) as api:  # type: ignore[arg-type]
        assert isinstance(get_balance.sync(client=api), Balance)
    assert served.state.requests_to("/api/getBalance.php") == 1


def test_key_sent_where_the_server_does_not_look_is_no_key(served: ServedSandbox[OnlinesimSandbox]) -> None:
    """If /api/*.php only read `apikey`, a key in `api_key` would be ERROR_NO_KEY: a typed AccessError."""
    served.state.key_params = {"apikey"}
    api = tokenkeep.onlinesim.client(API_KEY, base_url=served.base_url, placement="query", param="api_key")
    with api, pytest.raises(tokenkeep.onlinesim.AccessError) as caught:
        get_balance.sync(client=api)
    assert caught.value.code == "ERROR_NO_KEY"


def test_incoming_sms_webhook_is_delivered(
    api: Client, sandbox: OnlinesimSandbox, hook_receiver: tuple[str, list[bytes]]
) -> None:
    """With a webhook URL set, each SMS (single-service and rent) is POSTed there and parses into the models."""
    url, received = hook_receiver
    sandbox.webhook_url = url
    ordered = get_num.sync(client=api, service="vkcom", country=7)
    assert isinstance(ordered, NumOrdered)
    sandbox.deliver_sms(ordered.tzid, "VK: 59212")
    rented = get_rent_num.sync(client=api, country=7, days=1)
    assert isinstance(rented, RentItemEnvelope)
    sandbox.rent_sms(rented.item.tzid, "Code 777")
    deliveries = sandbox.wait_for_webhooks()
    assert [d.status_code for d in deliveries] == [200, 200]
    events = [tokenkeep.webhooks.parse_unsigned(body, model=WEBHOOKS["newSms"]) for body in received]
    assert sorted((e.webhook_type, e.operation_id, e.code) for e in events) == [  # type: ignore[attr-defined]
        ("receiving_sms", ordered.tzid, "59212"),
        ("rent_sms", rented.item.tzid, "777"),
    ]
    for body in received:  # the attrs model of the spec schema reads them without loss too
        payload = json.loads(body)
        assert IncomingSmsWebhook.from_dict(payload).to_dict() == payload
