"""Record each webhook event once, however often it is delivered.

Providers deliver at least once (Airalo retries up to 20 times, Aeropay 5, GoGoX 10),
so a receiver keys every event and ignores a key it has handled. This in-memory
version is for the examples and their tests; in production use a unique key in
your database, written in the same transaction as the event's effect, and keep keys at
least as long as a replay could still be accepted (Aeropay: `max_age`, a day).
"""

from __future__ import annotations

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
