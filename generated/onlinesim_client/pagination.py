"""Lazy iterators over the paginated operations (written by scripts/pagination.py from x-pagination)."""

from typing import Any

from tokenkeep._pagination import DEFAULT_MAX_PAGES, PageRule, Pages

from .api.free import get_free_message_list
from .client import AuthenticatedClient, Client
from .models.free_message import FreeMessage
from .models.free_message_list import FreeMessageList
from .models.lang import Lang
from .types import UNSET, Unset

_GET_FREE_MESSAGE_LIST = PageRule(
    provider="onlinesim",
    operation="getFreeMessageList",
    success=FreeMessageList,
    items=("messages", "data"),
    page="page",
    page_in_body=None,
    page_as_string=False,
    last_page=("messages", "last_page"),
    iterator="iter_free_messages",
)


def iter_free_messages(
    *,
    client: AuthenticatedClient | Client,
    phone: int | str,
    lang: Lang | Unset = UNSET,
    max_pages: int = DEFAULT_MAX_PAGES,
    start_page: int = 1,
) -> Pages[FreeMessage]:
    """FreeMessage items of `getFreeMessageList` (GET /api/getFreeMessageList.php), fetched page by page as you iterate.

    Use `for` or `async for`. Pages are numbered by `page`; iteration stops at an empty page, at `messages.last_page`,
    or after `max_pages` pages from `start_page`. A failed page raises the operation's error
    (a tokenkeep.APIError) where iteration reached it, with `.page` and `.items_before` set and a note;
    `start_page=error.page` resumes there.
    """
    arguments: dict[str, Any] = {"client": client, "phone": phone, "lang": lang}
    return Pages(
        _GET_FREE_MESSAGE_LIST,
        get_free_message_list.sync,
        get_free_message_list.asyncio,
        arguments,
        max_pages=max_pages,
        start_page=start_page,
    )


__all__ = ["iter_free_messages"]
