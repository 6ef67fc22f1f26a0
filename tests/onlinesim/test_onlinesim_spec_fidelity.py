"""What the sources say about Onlinesim and the spec now models (issue: spec fidelity pass).

Answers the sandbox does not produce by itself are injected with `fail_next(200, body=...)`: the
sandbox checks each injected answer against the spec, so a body the spec forbade would fail the test.
"""

from __future__ import annotations

from typing import Any

import pytest
import tokenkeep.onlinesim
from onlinesim_client import Client
from onlinesim_client.api.free import get_free_list, get_free_message_list
from onlinesim_client.api.sms import get_num, get_tariffs
from onlinesim_client.models import ApiError, FreeList, FreeMessageList, NumOrdered, StateItem, Tariffs
from onlinesim_client.types import Unset

from tests.onlinesim.conftest import API_KEY
from tests.sandbox._common import ServedSandbox, SpecValidator
from tests.sandbox.onlinesim import OnlinesimSandbox

Served = ServedSandbox[OnlinesimSandbox]
PARTIAL_TARIFFS = {"countries": {"7": {"name": "Russia", "code": 7}}, "services": [], "page": 1, "end": True}
RUST_GET_NUM = {
    "response": 1,
    "tzid": 1234567,
    "number": "+79001234567",
    "country": 7,
    "time": 900,
    "service": "telegram",
    "title": "Telegram",
    "response_text": "waiting",
    "guard_interval_remaining_seconds": 120,
}


def test_tariffs_without_the_envelope_parse_as_tariffs(served: Served, api: Client) -> None:
    """Q17: a partial getTariffs answer without `response` is Tariffs; an error code is still ApiError."""
    served.state.fail_next(200, body=PARTIAL_TARIFFS, path="/api/getTariffs.php")
    partial = get_tariffs.sync(client=api)
    assert isinstance(partial, Tariffs) and isinstance(partial.response, Unset) and partial.end is True
    served.state.fail_next(200, body={"response": "TRY_AGAIN_LATER"}, path="/api/getTariffs.php")
    with pytest.raises(tokenkeep.onlinesim.TryAgainLaterError):
        get_tariffs.sync(client=api)


async def test_free_list_without_the_envelope_parses_as_free_list(served: Served) -> None:
    """Q17 for the public getFreeList (async): no `response`, still FreeList."""
    served.state.fail_next(
        200, body={"countries": [{"country": 7, "country_text": "Russia"}]}, path="/api/getFreeList*"
    )
    async with Client(base_url=served.base_url) as anonymous:
        public = await get_free_list.asyncio(client=anonymous)
    assert isinstance(public, FreeList) and isinstance(public.response, Unset)
    assert [c.country for c in public.countries] == [7]  # type: ignore[union-attr]


@pytest.mark.parametrize("phone", [9099317316, "9099317316"])
def test_free_message_list_takes_the_phone_as_int_or_string(api: Client, phone: int | str) -> None:
    """The sources send `phone` both ways; the spec (and so the client and the sandbox) accept both."""
    messages = get_free_message_list.sync(client=api, phone=phone)
    assert isinstance(messages, FreeMessageList) and messages.messages.total == 1


async def test_free_message_list_phone_as_int_async(served: Served) -> None:
    """The same through the async client."""
    async with tokenkeep.onlinesim.client(API_KEY, base_url=served.base_url) as api:
        messages = await get_free_message_list.asyncio(client=api, phone=9099317316)
    assert isinstance(messages, FreeMessageList) and messages.messages.total == 1


def test_get_num_reads_the_rust_clients_extra_fields(served: Served, api: Client) -> None:
    """getNum's extra fields of the Rust client are typed attributes, not leftovers."""
    served.state.fail_next(200, body=RUST_GET_NUM, path="/api/getNum.php")
    ordered = get_num.sync(client=api, service="telegram", number=True)
    assert isinstance(ordered, NumOrdered)
    assert (ordered.country, ordered.time, ordered.title) == (7, 900, "Telegram")
    assert (ordered.response_text, ordered.guard_interval_remaining_seconds) == ("waiting", 120)
    assert ordered.additional_properties == {}


def test_get_state_items_read_the_rust_clients_extra_fields(served: Served, api: Client) -> None:
    """getState items carry response_text, title and guard_interval_remaining_seconds as attributes."""
    item: dict[str, Any] = {"tzid": 1, "response": "TZ_NUM_WAIT", "service": "telegram", "time": 600}
    item.update(response_text="waiting", title="Telegram", guard_interval_remaining_seconds=30)
    served.state.fail_next(200, body=[item], path="/api/getState.php")
    (state,) = tokenkeep.onlinesim.get_state(api)
    assert isinstance(state, StateItem)
    assert (state.response_text, state.title, state.guard_interval_remaining_seconds) == ("waiting", "Telegram", 30)


def test_the_host_is_a_server_variable_whose_default_the_sandbox_validates_against() -> None:
    """`https://{host}` with onlinesim.io by default; the sandbox's validator stands on the default host."""
    assert SpecValidator.for_provider("onlinesim").server_url == "https://onlinesim.io/"


def test_an_error_body_never_parses_as_an_envelope_less_success() -> None:
    """With `response` optional, Tariffs still refuses an error code there (the oneOf stays exclusive)."""
    with pytest.raises((TypeError, ValueError)):
        Tariffs.from_dict({"response": "ERROR_WRONG_KEY"})
    assert isinstance(ApiError.from_dict({"response": "ERROR_WRONG_KEY"}), ApiError)
