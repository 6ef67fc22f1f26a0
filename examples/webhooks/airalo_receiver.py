"""Receive Airalo's webhooks: verify `airalo-signature`, parse, handle each event once.

Airalo sends each kind of notification to the URL you opted in for it
(POST /v2/notifications/opt-in), so each kind gets its own path here:

    /airalo/async-orders   async and future order results   AsyncOrderWebhook
    /airalo/low-data       data and expiry thresholds        LowDataWebhook
    /airalo/credit-limit   credit limit thresholds           CreditLimitWebhook

What Airalo expects: a HEAD request answered 200 when you opt in (its liveness
check); 200 for every delivery it should not repeat, also when your own
handling fails (log it and fix it on your side: Airalo retries non-2xx answers
up to 20 times, and a retry will not fix your bug); a 401 for a bad signature is
fine, since nothing signed by Airalo gets one.

    AIRALO_CLIENT_SECRET=... uvicorn --factory examples.webhooks.airalo_receiver:app_from_env --port 8000
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from typing import Any

from airalo_client.webhooks import AsyncOrderWebhook, CreditLimitWebhook, LowDataWebhook
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from tokenkeep.webhooks import WebhookError, parse_airalo

from ._body import MAX_BODY, read_body
from ._once import HandledOnce

logger = logging.getLogger("airalo_receiver")

MODELS: dict[str, Any] = {
    "async-orders": AsyncOrderWebhook,
    "low-data": LowDataWebhook,
    "credit-limit": CreditLimitWebhook,
}


def event_key(kind: str, body: bytes, event: Any) -> str:
    """An async order result is one per request_id; other notifications are keyed by their content."""
    if kind == "async-orders":
        data = getattr(event, "data", None)
        request_id = getattr(event, "request_id", None) or getattr(data, "request_id", None)
        if request_id:
            return f"{kind}:{request_id}"
    return f"{kind}:{hashlib.sha256(body).hexdigest()}"


def create_app(client_secret: str, handle: Callable[[str, Any], None], *, max_body: int = MAX_BODY) -> Starlette:
    once = HandledOnce(handle)

    async def receive(request: Request) -> Response:
        kind = request.path_params["kind"]
        if kind not in MODELS:
            return JSONResponse({"error": f"no webhook {kind!r} here"}, status_code=404)
        if request.method == "HEAD":
            return Response(status_code=200)  # Airalo's liveness check at opt-in
        body = await read_body(request, max_body)
        if body is None:
            return JSONResponse({"error": f"body larger than {max_body} bytes"}, status_code=413)
        try:
            # The signature covers the raw bytes: it is checked before the body is parsed.
            event = parse_airalo(
                body, signature=request.headers.get("airalo-signature"), secret=client_secret, model=MODELS[kind]
            )
        except WebhookError as exc:
            logger.warning("airalo webhook refused: %s", exc)
            return JSONResponse({"error": str(exc)}, status_code=401)
        try:
            handled = once(event_key(kind, body, event), kind, event)
        except Exception:
            # 200 all the same: Airalo would resend the same event, and the same bug would fail it again.
            logger.exception("airalo webhook %s: handling failed", kind)
            return JSONResponse({"status": "accepted, handling failed"})
        return JSONResponse({"status": "handled" if handled else "duplicate"})

    app = Starlette(routes=[Route("/airalo/{kind}", receive, methods=["POST", "HEAD"])])
    app.state.handled = once
    return app


def app_from_env() -> Starlette:
    """The app uvicorn serves: the secret from AIRALO_CLIENT_SECRET, events logged."""
    secret = os.environ.get("AIRALO_CLIENT_SECRET")
    if not secret:
        raise SystemExit("set AIRALO_CLIENT_SECRET: Airalo signs webhooks with your client secret")
    return create_app(secret, lambda kind, event: logger.info("airalo %s: %r", kind, event))
