"""Receive GoGoX's order webhooks: check the URL secret, parse, handle each event once.

GoGoX does not sign its webhooks. As its docs advise, register a URL that holds
a long random secret (https://you.example/gogox/<secret>) and, where you can,
accept only GoGoX's addresses at your edge. This receiver compares the secret in
constant time and answers 404 to anything else, so the endpoint cannot be found
by guessing. GoGoX expects a 200 and retries other answers up to 10 times; the
same event can therefore arrive more than once.

    GOGOX_WEBHOOK_SECRET=... uvicorn --factory examples.webhooks.gogox_receiver:app_from_env --port 8000
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from typing import Any

from gogox_client.webhooks import OrderWebhookEvent
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from tokenkeep.webhooks import WebhookError, parse_unsigned

from ._once import HandledOnce, require_url_secret, url_secret_matches

logger = logging.getLogger("gogox_receiver")


def event_key(body: bytes, event: OrderWebhookEvent) -> str:
    """One event per order, event kinds and time; the body's digest when the payload lacks them."""
    if event.data.uuid and event.created_at is not None:
        return f"{event.data.uuid}:{','.join(event.kinds)}:{event.created_at}"
    return hashlib.sha256(body).hexdigest()


def create_app(url_secret: str, handle: Callable[[str, Any], None]) -> Starlette:
    require_url_secret(url_secret)
    once = HandledOnce(handle)

    async def receive(request: Request) -> Response:
        if not url_secret_matches(request.path_params["secret"], url_secret):
            return Response(status_code=404)
        body = await request.body()
        try:
            event = parse_unsigned(body, model=OrderWebhookEvent)
        except WebhookError as exc:
            logger.warning("gogox webhook refused: %s", exc)
            return JSONResponse({"error": str(exc)}, status_code=400)
        kind = ",".join(event.kinds)
        try:
            handled = once(event_key(body, event), kind, event)
        except Exception:
            # Let GoGoX deliver it again: a transient failure on our side may pass next time.
            logger.exception("gogox webhook %s: handling failed", kind)
            return JSONResponse({"status": "handling failed"}, status_code=500)
        return JSONResponse({"status": "handled" if handled else "duplicate"})

    app = Starlette(routes=[Route("/gogox/{secret}", receive, methods=["POST"])])
    app.state.handled = once
    return app


def app_from_env() -> Starlette:
    """The app uvicorn serves: the URL secret from GOGOX_WEBHOOK_SECRET, events logged."""
    secret = os.environ.get("GOGOX_WEBHOOK_SECRET")
    if not secret:
        raise SystemExit("set GOGOX_WEBHOOK_SECRET to the random part of the webhook URL you registered")
    return create_app(secret, lambda kind, event: logger.info("gogox %s: %r", kind, event))
