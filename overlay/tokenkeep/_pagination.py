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

Iteration stops at the first empty page, at the last page the provider names, or after
`max_pages` pages, whichever comes first. A page answered with an error raises the client
contract's error (an `APIError`: `APIStatusError`, the provider's `ProviderError` for an error
sent with HTTP 200, `APIConnectionError`...) at that point of the iteration; the items already
yielded stay yielded.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, Generic, TypeVar

import attrs

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

    Each iteration starts again from the first page.
    """

    def __init__(
        self,
        rule: PageRule,
        sync: Callable[..., Any],
        asyncio: Callable[..., Awaitable[Any]],
        arguments: Mapping[str, Any],
        *,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        if max_pages < 1:
            raise ValueError(f"max_pages must be at least 1, not {max_pages}")
        self._rule = rule
        self._sync = sync
        self._async = asyncio
        self._arguments = dict(arguments)
        self.max_pages = max_pages

    def __repr__(self) -> str:  # arguments are left out: a filter may be personal data
        return f"Pages({self._rule.provider}.{self._rule.operation}, max_pages={self.max_pages})"

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
        first = self._rule.first_page
        return range(first, first + self.max_pages)

    def __iter__(self) -> Iterator[T]:
        for page in self._numbers():
            items, more = self._read(page, self._sync(**self._arguments_for(page)))
            yield from items
            if not more:
                return

    async def __aiter__(self) -> AsyncIterator[T]:
        for page in self._numbers():
            items, more = self._read(page, await self._async(**self._arguments_for(page)))
            for item in items:
                yield item
            if not more:
                return
