"""Lazy iteration over a paginated operation, page by page, for `for` and `async for` alike.

The generated `<provider>_client.pagination` modules hold one typed function per operation the spec
marks with `x-pagination` (scripts/pagination.py writes them), e.g.::

    from airalo_client.pagination import iter_orders

    for order in iter_orders(client=api, limit=50):          # or: async for order in iter_orders(...)
        ...

Each returns a `Pages` that fetches a page only when the items of the previous one are used up,
through the operation's `sync`/`asyncio` function (so it sends what the operation sends, and the
client's auth, retries, transport and the client contract apply). The rule of each operation is data (`PageRule`):
where the items sit, which argument numbers pages, where the body says which page is the last.

Iteration starts at `start_page` (the first page by default) and stops at the first empty page,
at the last page the provider names, or after `max_pages` pages, whichever comes first. A page
answered with an error raises the client contract's error (an `APIError`: `APIStatusError`, the
provider's `ProviderError` for an error sent with HTTP 200, `APIConnectionError`...) at that point
of the iteration, of the same class as a direct call would raise; the items already yielded stay
yielded. The error says which page failed: `.page`, `.items_before` (the items this iteration
delivered before it) and a note (PEP 678) naming the iterator and how to resume::

    getPackages: HTTP 403 ...
    while fetching page 3 of iter_package_countries (6 items delivered, from pages 1-2);
    resume with iter_package_countries(..., start_page=3)

so that `iter_package_countries(..., start_page=error.page)` yields the rest without repeating what
was delivered (as long as the list itself did not change meanwhile). Errors of the token rather
than of the page (`TokenError`, `TokenRateLimitError`, `LockTimeout`...) are raised as they are:
one refresh's error is the same object for every caller that waited for it, so it cannot carry one
iteration's page.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, Generic, TypeVar

import attrs

from ._exceptions import APIError, TokenError

T = TypeVar("T")

#: Pages fetched at most unless the caller says otherwise: a guard against a provider that never
#: signals the end, large enough for any real list at the page sizes the providers allow.
DEFAULT_MAX_PAGES = 1000


@attrs.frozen
class PageRule:
    """How one operation pages, as the spec's `x-pagination` says."""

    provider: str
    operation: str  # operationId, for messages
    success: type[Any]  # the parsed model of a successful page
    items: tuple[str, ...]  # attribute path from that model to the page's items
    page: str  # the argument of the generated function (or of its `body`) that numbers pages
    page_in_body: type[Any] | None = None  # the body model, when the page number travels in the body
    page_as_string: bool = False  # Aeropay's search takes "2", not 2
    last_page: tuple[str, ...] | None = None  # attribute path to the number of the last page
    first_page: int = 1
    iterator: str = ""  # the generated function (iter_orders), named in the note of a failed page


def _attribute(value: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        if not attrs.has(type(value)):  # UNSET or None on the way: absent from this body
            return None
        # No default: a path that names no attribute is a bug of the rule, not an empty page that ends the list.
        value = getattr(value, name)
    return value


def page_items(rule: PageRule, parsed: Any) -> list[Any]:
    """The items of one parsed page: a list, or (Airalo, later catalogue pages) an object keyed by index."""
    items = _attribute(parsed, rule.items)
    if isinstance(items, list):
        return items
    keyed = getattr(items, "additional_properties", None)
    if isinstance(keyed, Mapping) and all(isinstance(k, str) and k.isdigit() for k in keyed):
        # Laravel sends a non-sequential array as {"25": ..., "26": ...}: keep the provider's order by index.
        return [keyed[key] for key in sorted(keyed, key=int)]
    return []  # absent (UNSET) or null: nothing on this page


class Pages(Generic[T]):
    """The items of every page of one operation call, fetched lazily; iterate with `for` or `async for`.

    Each iteration starts again from `start_page` (the rule's first page when None); `max_pages`
    counts the pages fetched from there.
    """

    def __init__(
        self,
        rule: PageRule,
        sync: Callable[..., Any],
        asyncio: Callable[..., Awaitable[Any]],
        arguments: Mapping[str, Any],
        *,
        max_pages: int = DEFAULT_MAX_PAGES,
        start_page: int | None = None,
    ) -> None:
        if max_pages < 1:
            raise ValueError(f"max_pages must be at least 1, not {max_pages}")
        if start_page is None:
            start_page = rule.first_page
        if start_page < rule.first_page:
            raise ValueError(f"start_page must be at least {rule.first_page}, not {start_page}")
        self._rule = rule
        self._sync = sync
        self._async = asyncio
        self._arguments = dict(arguments)
        self.max_pages = max_pages
        self.start_page = start_page

    def __repr__(self) -> str:  # arguments are left out: a filter may be personal data
        return (
            f"Pages({self._rule.provider}.{self._rule.operation}, start_page={self.start_page},"
            f" max_pages={self.max_pages})"
        )

    def _arguments_for(self, page: int) -> dict[str, Any]:
        rule, arguments = self._rule, dict(self._arguments)
        number: Any = str(page) if rule.page_as_string else page
        if rule.page_in_body is None:
            arguments[rule.page] = number
        else:
            body = arguments.get("body")
            if not isinstance(body, rule.page_in_body):  # UNSET or None: an empty search
                body = rule.page_in_body()
            arguments["body"] = attrs.evolve(body, **{rule.page: number})
        return arguments

    def _read(self, page: int, parsed: Any) -> tuple[list[T], bool]:
        """The page's items, and whether another page may follow (the operation raised any error)."""
        rule = self._rule
        items = page_items(rule, parsed)
        last = _attribute(parsed, rule.last_page) if rule.last_page else None
        more = bool(items) and not (isinstance(last, int) and page >= last)
        return items, more

    def _numbers(self) -> range:
        return range(self.start_page, self.start_page + self.max_pages)

    def _failed(self, error: APIError, page: int, delivered: int) -> None:
        """Name the failed page on the operation's own error (its class stays: callers catch the contract's)."""
        if isinstance(error, TokenError):
            return  # TokenRateLimitError: shared by every caller waiting for one refresh (see the module docstring)
        error.page, error.items_before = page, delivered
        name = self._rule.iterator or self._rule.operation
        before = f"page {self.start_page}" if page - 1 == self.start_page else f"pages {self.start_page}-{page - 1}"
        so_far = f"{delivered} items delivered, from {before}" if page > self.start_page else "no items delivered yet"
        # Only the iterator's name and numbers: the arguments (filters, a search body) may be personal data.
        error.add_note(f"while fetching page {page} of {name} ({so_far}); resume with {name}(..., start_page={page})")

    def __iter__(self) -> Iterator[T]:
        delivered = 0
        for page in self._numbers():
            try:
                parsed = self._sync(**self._arguments_for(page))
            except APIError as error:
                self._failed(error, page, delivered)
                raise
            items, more = self._read(page, parsed)
            yield from items
            delivered += len(items)
            if not more:
                return

    async def __aiter__(self) -> AsyncIterator[T]:
        delivered = 0
        for page in self._numbers():
            try:
                parsed = await self._async(**self._arguments_for(page))
            except APIError as error:
                self._failed(error, page, delivered)
                raise
            items, more = self._read(page, parsed)
            for item in items:
                yield item
            delivered += len(items)
            if not more:
                return
