"""The token endpoint's rate limit, counted in the token store.

Counting in the store, not in the process, is what lets every process sharing a
FileStore (or a fleet sharing a RedisStore) stay under the provider's limit
together. The log is small: the times of the recent token requests and, after a
429, the time the provider said to come back.

Anyone who can write the store could otherwise stop token fetching for everyone by
writing a `blocked_until` far in the future, so the log is sealed like the tokens
(a log that does not open with the credentials reads as empty), request times in
the future are ignored, and no log can ask for a wait longer than MAX_BLOCK.
"""

from __future__ import annotations

import json
from typing import Protocol

import attrs

#: The longest wait a log can impose, whatever it says (a Retry-After of a day included):
#: callers give up after `rate_limit_wait` anyway, and a later caller asks the provider again.
MAX_BLOCK = 3600.0

#: Request times up to this far ahead of our clock are another machine's clock, not a forgery.
CLOCK_SKEW = 5.0


class _Sealer(Protocol):
    def seal(self, plaintext: str) -> str: ...

    def open(self, sealed: str) -> str: ...


@attrs.frozen
class RateLimit:
    """At most `requests` token requests in any `per` seconds."""

    requests: int
    per: float = 60.0

    def __attrs_post_init__(self) -> None:
        if self.requests < 1 or self.per <= 0:
            raise ValueError("a rate limit needs requests >= 1 and per > 0")


@attrs.frozen
class FetchLog:
    times: tuple[float, ...] = ()
    blocked_until: float = 0.0

    @classmethod
    def parse(cls, raw: str | None, sealer: _Sealer) -> FetchLog:
        """The log stored as `raw`; an empty one if there is none or it does not open with `sealer`."""
        if not raw:
            return cls()
        try:
            data = json.loads(sealer.open(raw))
            times = data["times"]
            if not isinstance(times, list):
                raise TypeError("times")
            return cls(times=tuple(float(t) for t in times), blocked_until=float(data["blocked_until"]))
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
            # A damaged, unsealed or foreign log must not block forever: start a new one
            # (at worst one window's worth of extra requests, which the provider answers with 429).
            return cls()

    def dump(self, sealer: _Sealer) -> str:
        return sealer.seal(json.dumps({"times": list(self.times), "blocked_until": self.blocked_until}))

    def wait(self, limit: RateLimit | None, now: float) -> float:
        """Seconds to wait before the next token request is allowed (never more than MAX_BLOCK)."""
        wait = min(max(0.0, self.blocked_until - now), MAX_BLOCK)
        if limit is not None:
            recent = sorted(t for t in self.times if now - limit.per < t <= now + CLOCK_SKEW)
            if len(recent) >= limit.requests:
                # The provider counts arrivals, we count departures: a request can
                # arrive sooner after an earlier one than it left. Keep a margin.
                margin = min(1.0, limit.per * 0.05)
                wait = max(wait, recent[-limit.requests] + limit.per + margin - now)
        return wait

    def record(self, now: float, limit: RateLimit | None) -> FetchLog:
        window = limit.per if limit is not None else 60.0
        return attrs.evolve(self, times=(*(t for t in self.times if now - window < t <= now + CLOCK_SKEW), now))

    def block(self, until: float) -> FetchLog:
        return attrs.evolve(self, blocked_until=max(self.blocked_until, until))

    def ttl(self, limit: RateLimit | None, now: float) -> float:
        window = limit.per if limit is not None else 60.0
        return max(window, min(self.blocked_until - now, MAX_BLOCK)) + 1.0
