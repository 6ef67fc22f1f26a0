"""What a token store is: four operations, in a sync and an async flavour.

Stores keep opaque strings (tokenkeep seals them before they get there) with a
time to live. `delete_if` is a compare-and-delete, so a worker that saw a token
rejected removes exactly that token and never a newer one another worker wrote.
`lock` serialises refreshes among everyone sharing the store (threads, processes
or a fleet, depending on the store) and must free itself if its holder dies.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Protocol, runtime_checkable


@runtime_checkable
class TokenStore(Protocol):
    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str, ttl: float | None) -> None: ...

    def delete_if(self, key: str, expected: str) -> bool: ...

    def lock(self, key: str, timeout: float) -> AbstractContextManager[None]: ...


@runtime_checkable
class AsyncTokenStore(Protocol):
    async def aget(self, key: str) -> str | None: ...

    async def aset(self, key: str, value: str, ttl: float | None) -> None: ...

    async def adelete_if(self, key: str, expected: str) -> bool: ...

    def alock(self, key: str, timeout: float) -> AbstractAsyncContextManager[None]: ...
