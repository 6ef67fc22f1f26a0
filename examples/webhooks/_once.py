"""Record each webhook event once, however often it is delivered.

Providers deliver at least once (Airalo retries up to 20 times, Aeropay 5, GoGoX 10),
so a receiver keys every event and ignores a key it has handled. This in-memory
version is for the examples and their tests; in production use a unique key in
your database, written in the same transaction as the event's effect.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Callable
from typing import Any


class HandledOnce:
    def __init__(self, handle: Callable[[str, Any], None]) -> None:
        self._handle = handle
        self._lock = threading.Lock()
        self._keys: set[str] = set()
        self.events: list[tuple[str, Any]] = []  # (kind, payload) in the order handled

    def __call__(self, key: str, kind: str, payload: Any) -> bool:
        """Handle the event unless its key was handled before; True if it was handled now."""
        with self._lock:
            if key in self._keys:
                return False
            # Handled under the lock: two concurrent deliveries of one event must not both run it.
            self._handle(kind, payload)
            self._keys.add(key)
            self.events.append((kind, payload))
            return True


def require_url_secret(url_secret: str) -> str:
    """For providers that do not sign: the secret part of the registered webhook URL must be long and random."""
    if len(url_secret) < 16:
        raise ValueError("use a URL secret of at least 16 random characters (secrets.token_urlsafe())")
    return url_secret


def url_secret_matches(given: str, url_secret: str) -> bool:
    # compare_digest: the time taken does not reveal how much of a guess was right.
    return hmac.compare_digest(given.encode(), url_secret.encode())
