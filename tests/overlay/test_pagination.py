"""Unit tests of the pagination engine (tokenkeep._pagination): stop rules, keyed pages, the page argument."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest
import tokenkeep
from tokenkeep._pagination import PageRule, Pages, page_items


@attrs.define
class Meta:
    last_page: int | None = None


@attrs.define
class Keyed:
    additional_properties: dict[str, str]


@attrs.define
class Page:
    data: Any
    meta: Meta = attrs.field(factory=Meta)


@attrs.define
class Search:
    page: str | None = None
    size: str = "10"


RULE = PageRule(provider="demo", operation="listThings", success=Page, items=("data",), page="page",
                last_page=("meta", "last_page"))  # fmt: skip


def serving(pages: dict[int, Page | Exception], calls: list[dict[str, Any]]) -> Callable[..., Page]:
    """An operation's `sync`: the success model of each page, or the error the client contract raised."""

    def call(**arguments: Any) -> Page:
        calls.append(arguments)
        page = pages[arguments.get("page") or int(arguments["body"].page)]
        if isinstance(page, Exception):
            raise page
        return page

    return call


async def never(**arguments: Any) -> Page:
    raise AssertionError("the async path is not used here")


def test_keyed_pages_keep_the_providers_order_by_index() -> None:
    """{"10": c, "9": b, "8": a} reads as a, b, c: Laravel's keys are positions, sorted as numbers."""
    page = Page(data=Keyed({"10": "c", "9": "b", "8": "a"}))
    assert page_items(RULE, page) == ["a", "b", "c"]
    assert page_items(RULE, Page(data=None)) == []


def test_iteration_stops_at_the_last_page_the_body_names() -> None:
    """meta.last_page = 2 ends it after page 2 even though page 3 would answer."""
    calls: list[dict[str, Any]] = []
    pages = {n: Page([n], Meta(last_page=2)) for n in (1, 2, 3)}
    assert list(Pages(RULE, serving(pages, calls), never, {"client": None})) == [1, 2]
    assert [c["page"] for c in calls] == [1, 2]


def test_iteration_stops_at_an_empty_page_without_a_last_page() -> None:
    """With no last page in the body, the first empty page ends it."""
    calls: list[dict[str, Any]] = []
    pages = {1: Page(["a"]), 2: Page([])}
    assert list(Pages(RULE, serving(pages, calls), never, {})) == ["a"]
    assert len(calls) == 2


def test_max_pages_caps_the_requests_and_must_be_positive() -> None:
    """max_pages=2 fetches two pages of an endless list; zero is refused up front."""
    calls: list[dict[str, Any]] = []
    endless = {n: Page([n]) for n in range(1, 10)}
    assert list(Pages(RULE, serving(endless, calls), never, {}, max_pages=2)) == [1, 2]
    with pytest.raises(ValueError, match="max_pages must be at least 1"):
        Pages(RULE, serving(endless, calls), never, {}, max_pages=0)


def test_an_error_on_a_later_page_is_raised_where_iteration_reaches_it() -> None:
    """The operation's error (here a provider code sent with HTTP 200) reaches the caller after page 1's items."""
    calls: list[dict[str, Any]] = []
    problem = tokenkeep.ProviderError("demo listThings: code 34", provider="demo", code="34", body=b'{"code": 34}')
    pages: dict[int, Page | Exception] = {1: Page(["a"]), 2: problem}
    iterator = iter(Pages(RULE, serving(pages, calls), never, {}))
    assert next(iterator) == "a"
    with pytest.raises(tokenkeep.ProviderError) as caught:
        next(iterator)
    assert caught.value is problem and len(calls) == 2


def test_the_page_number_in_the_body_is_set_as_a_string_on_a_copy() -> None:
    """Aeropay's search: `page` is a body field sent as "1", "2"; the caller's body is not changed."""
    rule = attrs.evolve(RULE, page_in_body=Search, page_as_string=True, last_page=None)
    calls: list[dict[str, Any]] = []
    pages = {1: Page(["a"]), 2: Page([])}
    mine = Search(size="1")
    assert list(Pages(rule, serving(pages, calls), never, {"body": mine})) == ["a"]
    assert [c["body"] for c in calls] == [Search(page="1", size="1"), Search(page="2", size="1")]
    assert mine.page is None
    calls.clear()
    assert list(Pages(rule, serving(pages, calls), never, {"body": None})) == ["a"]
    assert calls[0]["body"] == Search(page="1")


async def test_async_iteration_follows_the_same_rules() -> None:
    """`async for` uses the operation's asyncio and stops at the last page as well."""
    pages = {n: Page([n], Meta(last_page=3)) for n in (1, 2, 3, 4)}

    async def call(**arguments: Any) -> Page:
        return pages[arguments["page"]]

    def no_sync(**arguments: Any) -> Page:
        raise AssertionError("the sync path is not used here")

    assert [n async for n in Pages(RULE, no_sync, call, {})] == [1, 2, 3]


def test_repr_names_the_operation_but_not_the_arguments() -> None:
    """Filters may be personal data (an email, an ICCID): the repr leaves them out."""
    pages = Pages(RULE, serving({}, []), never, {"filter_email": "ann@example.com"})
    assert "ann@example.com" not in repr(pages) and "listThings" in repr(pages)


def test_a_rule_naming_no_attribute_fails_loudly_instead_of_ending_the_list() -> None:
    """A wrong items path (camelCase where the model says snake_case) is a bug to see, not an empty page."""
    rule = attrs.evolve(RULE, items=("dataItems",))
    with pytest.raises(AttributeError, match="dataItems"):
        page_items(rule, Page(data=["a"]))
    assert page_items(attrs.evolve(RULE, items=("data", "inner")), Page(data=None)) == []


def test_an_object_with_named_fields_is_not_read_as_a_page_keyed_by_index() -> None:
    """Only digit keys mean Laravel's keyed page; any attrs model has additional_properties too."""
    assert page_items(RULE, Page(data=Keyed({"name": "x", "9": "y"}))) == []
