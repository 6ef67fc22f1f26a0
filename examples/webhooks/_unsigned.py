"""A receiver for a provider that does not sign its webhooks (GoGoX, Onlinesim).

Nothing can be verified, so the endpoint is hidden: it lives at /<provider>/<secret>, the
secret is long and random and compared in constant time, and a wrong one gets a 404. The
body is parsed into the generated model; each event is handled once by its key; a failure
of the handler answers 500 so that the provider delivers again.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from tokenkeep.webhooks import PayloadModel, WebhookError, parse_unsigned

from ._once import HandledOnce

Event = TypeVar("Event")


def create_unsigned_app(
    provider: str,
    url_secret: str,
    model: PayloadModel[Event],
    *,
    kind_of: Callable[[Event], str],
    key_of: Callable[[bytes, Event], str],
    handle: Callable[[str, Any], None],
) -> Starlette:
    if len(url_secret) < 16:
        raise ValueError("use a URL secret of at least 16 random characters (secrets.token_urlsafe())")
    logger = logging.getLogger(f"{provider}_receiver")
    once = HandledOnce(handle)

    async def receive(request: Request) -> Response:
        if not hmac.compare_digest(request.path_params["secret"].encode(), url_secret.encode()):
            return Response(status_code=404)
        body = await request.body()
        try:
            event = parse_unsigned(body, model=model)
        except WebhookError as exc:
            logger.warning("%s webhook refused: %s", provider, exc)
            return JSONResponse({"error": str(exc)}, status_code=400)
        kind = kind_of(event)
        try:
            handled = once(key_of(body, event), kind, event)
        except Exception:
            # A transient failure on our side may pass when the provider delivers again.
            logger.exception("%s webhook %s: handling failed", provider, kind)
            return JSONResponse({"status": "handling failed"}, status_code=500)
        return JSONResponse({"status": "handled" if handled else "duplicate"})

    app = Starlette(routes=[Route(f"/{provider}/{{secret}}", receive, methods=["POST"])])
    app.state.handled = once
    return app
