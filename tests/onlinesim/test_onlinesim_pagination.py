"""The free-number message iterator (`onlinesim_client.pagination`) against the sandbox, sync and async."""

from __future__ import annotations

from onlinesim_client import Client
from onlinesim_client.models import FreeMessage
from onlinesim_client.pagination import iter_free_messages

from tests.sandbox._common import ServedSandbox
from tests.sandbox.onlinesim import OnlinesimSandbox

PATH = "GET /api/getFreeMessageList.php"


def test_free_messages_stop_at_the_last_page_the_paginator_names(
    api: Client, served: ServedSandbox[OnlinesimSandbox]
) -> None:
    """The sandbox's one page (messages.last_page = 1) is read once; items are typed FreeMessage."""
    messages = list(iter_free_messages(client=api, phone="9099317316"))
    assert [m.text for m in messages] == ["Your code 1234"]
    assert all(isinstance(m, FreeMessage) for m in messages)
    assert served.state.requests[PATH] == 1


async def test_free_messages_async(api: Client) -> None:
    """`async for` gives the same messages."""
    async with api:
        assert [m.text async for m in iter_free_messages(client=api, phone="9099317316")] == ["Your code 1234"]
