"""Receive Onlinesim's incoming-SMS webhook: check the URL secret, parse, handle each SMS once.

Onlinesim POSTs one JSON body per SMS that reaches a rented or single-service number, to
the URL set in the profile (`webhook_type`: `receiving_sms` or `rent_sms`), and wants a
200. It does not sign the webhook: register a URL holding a long random secret
(https://you.example/onlinesim/<secret>), compared here in constant time; anything else
gets a 404. The payload carries no event id, so an SMS is keyed by its operation and
text: a redelivery is recognised, and the same text twice on one operation counts once.

    ONLINESIM_WEBHOOK_SECRET=... uvicorn --factory examples.webhooks.onlinesim_receiver:app_from_env --port 8000 \\
        --no-access-log   # the URL holds the secret: keep it out of logs
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from typing import Any

from onlinesim_client.webhooks import IncomingSmsWebhook
from starlette.applications import Starlette

from ._body import MAX_BODY
from ._unsigned import create_unsigned_app

logger = logging.getLogger("onlinesim_receiver")


def event_key(body: bytes, sms: IncomingSmsWebhook) -> str:
    if sms.operation_id is not None and sms.message is not None:
        return f"{sms.webhook_type}:{sms.operation_id}:{hashlib.sha256(sms.message.encode()).hexdigest()}"
    return hashlib.sha256(body).hexdigest()


def create_app(url_secret: str, handle: Callable[[str, Any], None], *, max_body: int = MAX_BODY) -> Starlette:
    return create_unsigned_app(
        "onlinesim",
        url_secret,
        IncomingSmsWebhook,
        kind_of=lambda sms: sms.webhook_type or "receiving_sms",
        key_of=event_key,
        handle=handle,
        max_body=max_body,
    )


def app_from_env() -> Starlette:
    """The app uvicorn serves: the URL secret from ONLINESIM_WEBHOOK_SECRET, SMS logged."""
    secret = os.environ.get("ONLINESIM_WEBHOOK_SECRET")
    if not secret:
        raise SystemExit("set ONLINESIM_WEBHOOK_SECRET to the random part of the webhook URL in your profile")
    return create_app(secret, lambda kind, sms: logger.info("onlinesim %s: %r", kind, sms))
