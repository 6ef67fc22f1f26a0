"""The token record that stores keep, and the arithmetic of when to refresh it."""

from __future__ import annotations

import enum
import json
from typing import Any

import attrs

from ._constants import EXPIRY_SKEW, REFRESH_BUFFER


@attrs.frozen
class Token:
    """An access token and what is known about its life.

    Times are wall-clock epoch seconds, because a shared store is read by other
    processes and machines; each process turns them into monotonic deadlines.
    """

    access_token: str = attrs.field(repr=False)
    expires_at: float
    issued_at: float
    token_type: str = "Bearer"
    refresh_token: str | None = attrs.field(default=None, repr=False)
    scope: str | None = None

    @property
    def lifetime(self) -> float:
        return max(0.0, self.expires_at - self.issued_at)

    def refresh_at(self, buffer: float = REFRESH_BUFFER) -> float:
        """When to start refreshing: a buffer before expiry, at most half the lifetime."""
        return self.expires_at - min(buffer, self.lifetime / 2)

    def usable_until(self) -> float:
        """When to stop sending it: a little before expiry, for skew and time in flight."""
        return self.expires_at - min(EXPIRY_SKEW, self.lifetime / 10)

    def to_json(self) -> str:
        return json.dumps(attrs.asdict(self), separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_json(cls, text: str | bytes) -> Token:
        """Parse a stored record; raises ValueError on anything that is not one."""
        data: Any = json.loads(text)
        if not isinstance(data, dict) or not isinstance(data.get("access_token"), str):
            raise ValueError("not a token record")
        try:
            return cls(
                access_token=data["access_token"],
                expires_at=float(data["expires_at"]),
                issued_at=float(data["issued_at"]),
                token_type=str(data.get("token_type") or "Bearer"),
                refresh_token=data.get("refresh_token"),
                scope=data.get("scope"),
            )
        except (KeyError, TypeError) as exc:
            raise ValueError("not a token record") from exc

    def same_as(self, other: Token | None) -> bool:
        return other is not None and other.access_token == self.access_token


class Freshness(enum.Enum):
    FRESH = "fresh"  # use it
    STALE = "stale"  # still valid: use it, but one caller should refresh now
    EXPIRED = "expired"  # do not send it


def freshness(token: Token | None, now: float, buffer: float = REFRESH_BUFFER) -> Freshness:
    if token is None or now >= token.usable_until():
        return Freshness.EXPIRED
    if now >= token.refresh_at(buffer):
        return Freshness.STALE
    return Freshness.FRESH


def token_from_response(
    *,
    access_token: str,
    expires_in: float | str | None,
    issued_at: float,
    max_lifetime: float | None,
    default_lifetime: float,
    token_type: str | None = None,
    refresh_token: str | None = None,
    scope: str | None = None,
) -> Token:
    """Build a Token, capping the stated lifetime by what the provider's docs promise.

    `expires_in` may come as a number or a numeric string (providers send both); a missing,
    unreadable or non-positive one means the provider's documented default.
    """
    if not isinstance(access_token, str) or not access_token:
        raise ValueError("the token response holds no access token")
    try:
        stated = float(expires_in) if expires_in is not None and not isinstance(expires_in, bool) else 0.0
    except ValueError:
        stated = 0.0
    lifetime = stated if stated > 0 and stated == stated and stated != float("inf") else default_lifetime
    if max_lifetime is not None:
        lifetime = min(lifetime, max_lifetime)
    return Token(
        access_token=access_token,
        expires_at=issued_at + lifetime,
        issued_at=issued_at,
        token_type=token_type or "Bearer",
        refresh_token=refresh_token,
        scope=scope,
    )
