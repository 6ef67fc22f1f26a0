"""Receive Aeropay's webhooks: verify `ap-signature`, parse by topic, handle each event once.

Aeropay signs every delivery with the signing key from POST /v2/createWebhookSigningKey:
HMAC-SHA256 over the JSON body with the subscribed URL added, so the receiver must know
the exact public URL it was subscribed with (behind a proxy, not the URL it sees).
Aeropay wants a 200 within 3 seconds and retries up to 5 times otherwise: handle quickly
(store the event, do slow work elsewhere). A delivery whose handling fails gets a 500 so
that Aeropay tries again; a repeated delivery is recognised and answered 200.

    AEROPAY_SIGNING_KEY=... AEROPAY_WEBHOOK_URL=https://you.example/aeropay \\
        uvicorn --factory examples.webhooks.aeropay_receiver:app_from_env --port 8000
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from typing import Any

import tokenkeep.aeropay
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from tokenkeep.webhooks import WebhookError, WebhookSignatureError

from ._once import HandledOnce

logger = logging.getLogger("aeropay_receiver")


def create_app(signing_key: str, webhook_url: str, handle: Callable[[str, Any], None]) -> Starlette:
    once = HandledOnce(handle)

    async def receive(request: Request) -> Response:
        body = await request.body()
        try:
            event = tokenkeep.aeropay.parse_webhook(
                body=body,
                signature=request.headers.get("ap-signature"),
                signing_key=signing_key,
                webhook_url=webhook_url,
            )
        except WebhookSignatureError as exc:
            logger.warning("aeropay webhook refused: %s", exc)
            return JSONResponse({"error": str(exc)}, status_code=401)
        except WebhookError as exc:
            logger.warning("aeropay webhook unreadable: %s", exc)
            return JSONResponse({"error": str(exc)}, status_code=400)
        # Aeropay sends no event id; a redelivery repeats the body, signature and all.
        key = f"{event.topic}:{hashlib.sha256(body).hexdigest()}"
        try:
            handled = once(key, event.topic, event)
        except Exception:
            logger.exception("aeropay webhook %s: handling failed", event.topic)
            return JSONResponse({"status": "handling failed"}, status_code=500)
        return JSONResponse({"status": "handled" if handled else "duplicate"})

    app = Starlette(routes=[Route("/aeropay", receive, methods=["POST"])])
    app.state.handled = once
    return app


def app_from_env() -> Starlette:
    """The app uvicorn serves: key and subscribed URL from the environment, events logged."""
    key, url = os.environ.get("AEROPAY_SIGNING_KEY"), os.environ.get("AEROPAY_WEBHOOK_URL")
    if not key or not url:
        raise SystemExit("set AEROPAY_SIGNING_KEY and AEROPAY_WEBHOOK_URL (the URL you subscribed)")
    return create_app(key, url, lambda topic, event: logger.info("aeropay %s: %r", topic, event))
