"""Receive GoGoX's order webhooks: check the URL secret, parse, handle each event once.

GoGoX does not sign its webhooks. As its docs advise, register a URL that holds
a long random secret (https://you.example/gogox/<secret>) and, where you can,
accept only GoGoX's addresses at your edge. This receiver compares the secret in
constant time and answers 404 to anything else, so the endpoint cannot be found
by guessing. GoGoX expects a 200 and retries other answers up to 10 times; the
same event can therefore arrive more than once.

    GOGOX_WEBHOOK_SECRET=... uvicorn --factory examples.webhooks.gogox_receiver:app_from_env --port 8000 --no-access-log
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from typing import Any

from gogox_client.webhooks import OrderWebhookEvent
from starlette.applications import Starlette

from ._body import MAX_BODY
from ._unsigned import create_unsigned_app

logger = logging.getLogger("gogox_receiver")


def event_key(body: bytes, event: OrderWebhookEvent) -> str:
    """One event per order, event kinds and time; the body's digest when the payload lacks them."""
    if event.data.uuid and event.created_at is not None:
        return f"{event.data.uuid}:{','.join(event.kinds)}:{event.created_at}"
    return hashlib.sha256(body).hexdigest()


def create_app(url_secret: str, handle: Callable[[str, Any], None], *, max_body: int = MAX_BODY) -> Starlette:
    return create_unsigned_app(
        "gogox",
        url_secret,
        OrderWebhookEvent,
        kind_of=lambda event: ",".join(event.kinds),
        key_of=event_key,
        handle=handle,
        max_body=max_body,
    )


def app_from_env() -> Starlette:
    """The app uvicorn serves: the URL secret from GOGOX_WEBHOOK_SECRET, events logged."""
    secret = os.environ.get("GOGOX_WEBHOOK_SECRET")
    if not secret:
        raise SystemExit("set GOGOX_WEBHOOK_SECRET to the random part of the webhook URL you registered")
    return create_app(secret, lambda kind, event: logger.info("gogox %s: %r", kind, event))
