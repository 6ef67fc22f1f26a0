"""A fake token endpoint for unit tests of the manager (no network)."""

from __future__ import annotations

import asyncio
import itertools
import threading
import time

from tokenkeep import Token, TokenRateLimitError

_counter = itertools.count()


class FakeEndpoint:
    provider = "fake"

    def __init__(self, *, lifetime: float = 3600.0, delay: float = 0.0, secret: str = "s3cret-value") -> None:
        self.lifetime = lifetime
        self.delay = delay
        self._secret = secret
        self.fetches: list[float] = []
        self.failures: list[BaseException] = []
        self._lock = threading.Lock()
        self.ident = f"id-{next(_counter)}"

    def identity(self) -> tuple[str, ...]:
        return (self.ident, self._secret)

    def secret(self) -> bytes:
        return self._secret.encode()

    def fail_next(self, error: BaseException) -> None:
        self.failures.append(error)

    def _issue(self) -> Token:
        with self._lock:
            self.fetches.append(time.time())
            if self.failures:
                raise self.failures.pop(0)
            n = len(self.fetches)
        now = time.time()
        return Token(access_token=f"token-{n}", expires_at=now + self.lifetime, issued_at=now)

    def fetch(self, previous: Token | None) -> Token:
        time.sleep(self.delay)
        return self._issue()

    async def afetch(self, previous: Token | None) -> Token:
        await asyncio.sleep(self.delay)
        return self._issue()


def busy(retry_after: float) -> TokenRateLimitError:
    return TokenRateLimitError("429", provider="fake", status_code=429, retry_after=retry_after)
