"""Unit tests of what a failed page says (tokenkeep._pagination): start_page, the note, token errors left alone."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
import tokenkeep
from tokenkeep._pagination import PageRule, Pages


@attrs.define
class Page:
    data: list[int]


RULE = PageRule(provider="demo", operation="listThings", success=Page, items=("data",), page="page",
                iterator="iter_things")  # fmt: skip


def failing_on(page: int, error: Exception) -> Any:
    """An operation's `sync` whose pages hold two items each, until `page` raises `error`."""

    def call(**arguments: Any) -> Page:
        if arguments["page"] == page:
            raise error
        return Page([arguments["page"] * 10, arguments["page"] * 10 + 1])

    return call


async def never(**arguments: Any) -> Page:
    raise AssertionError("the async path is not used here")


def problem() -> tokenkeep.ProviderError:
    return tokenkeep.ProviderError("demo listThings: code 34", provider="demo", code="34", body=b'{"code": 34}')


def test_a_failed_first_page_says_nothing_was_delivered() -> None:
    """The first page of an iteration fails: page 1, no items, and resuming means starting again."""
    error = problem()
    with pytest.raises(tokenkeep.ProviderError) as caught:
        list(Pages(RULE, failing_on(1, error), never, {}))
    assert caught.value is error and (error.page, error.items_before) == (1, 0)
    assert error.__notes__ == [
        "while fetching page 1 of iter_things (no items delivered yet); resume with iter_things(..., start_page=1)"
    ]


def test_start_page_starts_there_and_counts_max_pages_from_there() -> None:
    """start_page=3 asks pages 3 and 4 with max_pages=2; a failure on page 5 counts pages 3-4 only."""
    assert list(Pages(RULE, failing_on(99, problem()), never, {}, start_page=3, max_pages=2)) == [30, 31, 40, 41]
    error = problem()
    with pytest.raises(tokenkeep.ProviderError):
        list(Pages(RULE, failing_on(5, error), never, {}, start_page=3))
    assert (error.page, error.items_before) == (5, 4)
    assert "(4 items delivered, from pages 3-4)" in error.__notes__[0]


def test_start_page_before_the_first_page_is_refused() -> None:
    """Page 0 of a list numbered from 1 is a caller's mistake, said up front."""
    with pytest.raises(ValueError, match="start_page must be at least 1, not 0"):
        Pages(RULE, failing_on(1, problem()), never, {}, start_page=0)


def test_a_token_rate_limit_shared_by_waiters_is_raised_untouched() -> None:
    """TokenRateLimitError is an APIError too, but one refresh's error is shared: no page, no note."""
    error = tokenkeep.TokenRateLimitError("demo: token endpoint busy", provider="demo", status_code=429)
    with pytest.raises(tokenkeep.TokenRateLimitError) as caught:
        list(Pages(RULE, failing_on(2, error), never, {}))
    assert caught.value is error and error.page is None and error.items_before is None
    assert not hasattr(error, "__notes__")


async def test_async_iteration_names_the_failed_page_too() -> None:
    """`async for` sets the same page, count and note."""
    error = problem()

    async def call(**arguments: Any) -> Page:
        if arguments["page"] == 2:
            raise error
        return Page([1, 2, 3])

    def no_sync(**arguments: Any) -> Page:
        raise AssertionError("the sync path is not used here")

    seen = []
    with pytest.raises(tokenkeep.ProviderError):
        async for item in Pages(RULE, no_sync, call, {}):
            seen.append(item)
    assert seen == [1, 2, 3] and (error.page, error.items_before) == (2, 3)
    assert error.__notes__ == [
        "while fetching page 2 of iter_things (3 items delivered, from page 1);"
        " resume with iter_things(..., start_page=2)"
    ]


def test_the_repr_shows_the_start_page_but_not_the_arguments() -> None:
    """start_page is a number, not personal data; the filters stay out as before."""
    pages = Pages(RULE, never, never, {"filter_email": "ann@example.com"}, start_page=4)
    assert "start_page=4" in repr(pages) and "ann@example.com" not in repr(pages)
