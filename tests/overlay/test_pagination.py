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
class Problem:
    code: int


@attrs.define
class Search:
    page: str | None = None
    size: str = "10"


@attrs.frozen
class FakeResponse:
    status_code: int
    parsed: Any
    content: bytes = b"{}"


RULE = PageRule(provider="demo", operation="listThings", success=Page, items=("data",), page="page",
                last_page=("meta", "last_page"))  # fmt: skip


def serving(pages: dict[int, FakeResponse], calls: list[dict[str, Any]]) -> Callable[..., FakeResponse]:
    def call(**arguments: Any) -> FakeResponse:
        calls.append(arguments)
        return pages[arguments.get("page") or int(arguments["body"].page)]

    return call


async def never(**arguments: Any) -> FakeResponse:
    raise AssertionError("the async path is not used here")


def test_keyed_pages_keep_the_providers_order_by_index() -> None:
    """{"10": c, "9": b, "8": a} reads as a, b, c: Laravel's keys are positions, sorted as numbers."""
    page = Page(data=Keyed({"10": "c", "9": "b", "8": "a"}))
    assert page_items(RULE, page) == ["a", "b", "c"]
    assert page_items(RULE, Page(data=None)) == []


def test_iteration_stops_at_the_last_page_the_body_names() -> None:
    """meta.last_page = 2 ends it after page 2 even though page 3 would answer."""
    calls: list[dict[str, Any]] = []
    pages = {n: FakeResponse(200, Page([n], Meta(last_page=2))) for n in (1, 2, 3)}
    assert list(Pages(RULE, serving(pages, calls), never, {"client": None})) == [1, 2]
    assert [c["page"] for c in calls] == [1, 2]


def test_iteration_stops_at_an_empty_page_without_a_last_page() -> None:
    """With no last page in the body, the first empty page ends it."""
    calls: list[dict[str, Any]] = []
    pages = {1: FakeResponse(200, Page(["a"])), 2: FakeResponse(200, Page([]))}
    assert list(Pages(RULE, serving(pages, calls), never, {})) == ["a"]
    assert len(calls) == 2


def test_max_pages_caps_the_requests_and_must_be_positive() -> None:
    """max_pages=2 fetches two pages of an endless list; zero is refused up front."""
    calls: list[dict[str, Any]] = []
    endless = {n: FakeResponse(200, Page([n])) for n in range(1, 10)}
    assert list(Pages(RULE, serving(endless, calls), never, {}, max_pages=2)) == [1, 2]
    with pytest.raises(ValueError, match="max_pages must be at least 1"):
        Pages(RULE, serving(endless, calls), never, {}, max_pages=0)


def test_an_error_model_even_with_http_200_raises_api_error_with_the_code() -> None:
    """A body that is not the success model is an error whatever the status; the code is carried."""
    calls: list[dict[str, Any]] = []
    pages = {1: FakeResponse(200, Page(["a"])), 2: FakeResponse(200, Problem(code=34), b'{"code": 34}')}
    iterator = iter(Pages(RULE, serving(pages, calls), never, {}))
    assert next(iterator) == "a"
    with pytest.raises(tokenkeep.APIError) as caught:
        next(iterator)
    assert (caught.value.code, caught.value.status_code, caught.value.body) == ("34", 200, {"code": 34})
    assert "listThings: page 2 failed" in str(caught.value)


def test_the_page_number_in_the_body_is_set_as_a_string_on_a_copy() -> None:
    """Aeropay's search: `page` is a body field sent as "1", "2"; the caller's body is not changed."""
    rule = attrs.evolve(RULE, page_in_body=Search, page_as_string=True, last_page=None)
    calls: list[dict[str, Any]] = []
    pages = {1: FakeResponse(200, Page(["a"])), 2: FakeResponse(200, Page([]))}
    mine = Search(size="1")
    assert list(Pages(rule, serving(pages, calls), never, {"body": mine})) == ["a"]
    assert [c["body"] for c in calls] == [Search(page="1", size="1"), Search(page="2", size="1")]
    assert mine.page is None
    calls.clear()
    assert list(Pages(rule, serving(pages, calls), never, {"body": None})) == ["a"]
    assert calls[0]["body"] == Search(page="1")


async def test_async_iteration_follows_the_same_rules() -> None:
    """`async for` uses asyncio_detailed and stops at the last page as well."""
    pages = {n: FakeResponse(200, Page([n], Meta(last_page=3))) for n in (1, 2, 3, 4)}

    async def call(**arguments: Any) -> FakeResponse:
        return pages[arguments["page"]]

    def no_sync(**arguments: Any) -> FakeResponse:
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
