"""Receive Aeropay's webhooks: verify `ap-signature`, parse by topic, handle each event once.

Aeropay signs every delivery with the signing key from POST /v2/createWebhookSigningKey:
HMAC-SHA256 over the JSON body with the subscribed URL added, so the receiver must know
the exact public URL it was subscribed with (behind a proxy, not the URL it sees).
Aeropay wants a 200 within 3 seconds and retries up to 5 times otherwise: handle quickly
(store the event, do slow work elsewhere). A delivery whose handling fails gets a 500 so
that Aeropay tries again; a repeated delivery is recognised and answered 200.

The signature covers a re-serialisation of the body, so one captured delivery can be
re-encoded (whitespace, escapes, duplicate keys) and still verify: a delivery is therefore
keyed by what its signature covers (`verify_aeropay`'s key), never by its raw bytes, and
a delivery signed more than a day ago is refused (`max_age`), so keys need be kept only
that long. Bodies over 256 KiB are refused before they are parsed.

    AEROPAY_SIGNING_KEY=... AEROPAY_WEBHOOK_URL=https://you.example/aeropay \\
        uvicorn --factory examples.webhooks.aeropay_receiver:app_from_env --port 8000
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any

import tokenkeep.aeropay
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from tokenkeep.webhooks import AEROPAY_MAX_AGE, WebhookError, WebhookSignatureError, verify_aeropay

from ._body import MAX_BODY, read_body
from ._once import HandledOnce

logger = logging.getLogger("aeropay_receiver")


def create_app(
    signing_key: str,
    webhook_url: str,
    handle: Callable[[str, Any], None],
    *,
    max_age: float | None = AEROPAY_MAX_AGE,
    max_body: int = MAX_BODY,
) -> Starlette:
    once = HandledOnce(handle)

    async def receive(request: Request) -> Response:
        body = await read_body(request, max_body)
        if body is None:
            return JSONResponse({"error": f"body larger than {max_body} bytes"}, status_code=413)
        signature = request.headers.get("ap-signature")
        try:
            # The key: a digest of the signed text, the same for every re-encoding of this delivery.
            key = verify_aeropay(
                body=body, signature=signature, signing_key=signing_key, webhook_url=webhook_url, max_age=max_age
            )
            event = tokenkeep.aeropay.parse_webhook(
                body=body, signature=signature, signing_key=signing_key, webhook_url=webhook_url, max_age=max_age
            )
        except WebhookSignatureError as exc:
            logger.warning("aeropay webhook refused: %s", exc)
            return JSONResponse({"error": str(exc)}, status_code=401)
        except WebhookError as exc:
            logger.warning("aeropay webhook unreadable: %s", exc)
            return JSONResponse({"error": str(exc)}, status_code=400)
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
