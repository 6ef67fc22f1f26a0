"""Lazy iteration over a paginated operation, page by page, for `for` and `async for` alike.

The generated `<provider>_client.pagination` modules hold one typed function per operation the spec
marks with `x-pagination` (scripts/pagination.py writes them), e.g.::

    from airalo_client.pagination import iter_orders

    for order in iter_orders(client=api, limit=50):          # or: async for order in iter_orders(...)
        ...

Each returns a `Pages` that fetches a page only when the items of the previous one are used up,
through the operation's `*_detailed` function (so it sends what the operation sends, and the
client's auth, retries and transport apply). The rule of each operation is data (`PageRule`):
where the items sit, which argument numbers pages, where the body says which page is the last.

Iteration stops at the first empty page, at the last page the provider names, or after
`max_pages` pages, whichever comes first. A page answered with an error (any status that is
not 2xx, or a body that is not the operation's success model, as with errors sent with HTTP 200)
raises `APIError` at that point of the iteration; the items already yielded stay yielded.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, Generic, Protocol, TypeVar

import attrs

from ._exceptions import APIError

T = TypeVar("T")

#: Pages fetched at most unless the caller says otherwise: a guard against a provider that never
#: signals the end, large enough for any real list at the page sizes the providers allow.
DEFAULT_MAX_PAGES = 1000


class _Response(Protocol):
    """What the generated `Response` gives (`<provider>_client.types.Response`)."""

    @property
    def status_code(self) -> int: ...
    @property
    def content(self) -> bytes: ...
    @property
    def parsed(self) -> Any: ...


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


def _error(rule: PageRule, page: int, response: _Response) -> APIError:
    try:
        body: Any = json.loads(response.content)
    except ValueError:
        body = response.content
    # Where the provider's own code sits: Airalo {code, reason}; Aeropay {error: {code, message}}.
    code = getattr(response.parsed, "code", None)
    if code is None:
        code = getattr(getattr(response.parsed, "error", None), "code", None)
    status = int(response.status_code)
    detail = f" (provider code {code})" if isinstance(code, str | int) and not isinstance(code, bool) else ""
    return APIError(
        f"{rule.provider} {rule.operation}: page {page} failed with HTTP {status}{detail}; "
        "the items of the earlier pages were already returned",
        provider=rule.provider,
        code=None if code is None else str(code),
        status_code=status,
        body=body,
    )


class Pages(Generic[T]):
    """The items of every page of one operation call, fetched lazily; iterate with `for` or `async for`.

    Each iteration starts again from the first page.
    """

    def __init__(
        self,
        rule: PageRule,
        sync_detailed: Callable[..., _Response],
        asyncio_detailed: Callable[..., Awaitable[_Response]],
        arguments: Mapping[str, Any],
        *,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        if max_pages < 1:
            raise ValueError(f"max_pages must be at least 1, not {max_pages}")
        self._rule = rule
        self._sync = sync_detailed
        self._async = asyncio_detailed
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

    def _read(self, page: int, response: _Response) -> tuple[list[T], bool]:
        """The page's items, and whether another page may follow."""
        rule = self._rule
        if not 200 <= int(response.status_code) < 300 or not isinstance(response.parsed, rule.success):
            raise _error(rule, page, response)
        items = page_items(rule, response.parsed)
        last = _attribute(response.parsed, rule.last_page) if rule.last_page else None
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
