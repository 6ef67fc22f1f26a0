"""The token endpoint's rate limit, counted in the token store.

Counting in the store, not in the process, is what lets every process sharing a
FileStore (or a fleet sharing a RedisStore) stay under the provider's limit
together. The log is small: the times of the recent token requests and, after a
429, the time the provider said to come back.
"""

from __future__ import annotations

import json

import attrs


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
    def parse(cls, raw: str | None) -> FetchLog:
        if not raw:
            return cls()
        try:
            data = json.loads(raw)
            return cls(
                times=tuple(float(t) for t in data.get("times", [])),
                blocked_until=float(data.get("blocked_until", 0.0)),
            )
        except (ValueError, TypeError, AttributeError):
            # A damaged log must not unblock the limit for good, nor block forever:
            # start a new one (at worst one window's worth of extra requests).
            return cls()

    def dump(self) -> str:
        return json.dumps({"times": list(self.times), "blocked_until": self.blocked_until})

    def wait(self, limit: RateLimit | None, now: float) -> float:
        """Seconds to wait before the next token request is allowed."""
        wait = max(0.0, self.blocked_until - now)
        if limit is not None:
            recent = sorted(t for t in self.times if t > now - limit.per)
            if len(recent) >= limit.requests:
                # The provider counts arrivals, we count departures: a request can
                # arrive sooner after an earlier one than it left. Keep a margin.
                margin = min(1.0, limit.per * 0.05)
                wait = max(wait, recent[-limit.requests] + limit.per + margin - now)
        return wait

    def record(self, now: float, limit: RateLimit | None) -> FetchLog:
        window = limit.per if limit is not None else 60.0
        return attrs.evolve(self, times=(*(t for t in self.times if t > now - window), now))

    def block(self, until: float) -> FetchLog:
        return attrs.evolve(self, blocked_until=max(self.blocked_until, until))

    def ttl(self, limit: RateLimit | None, now: float) -> float:
        window = limit.per if limit is not None else 60.0
        return max(window, self.blocked_until - now) + 1.0
