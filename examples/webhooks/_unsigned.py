"""A receiver for a provider that does not sign its webhooks (GoGoX, Onlinesim).

Nothing can be verified, so the endpoint is hidden: it lives at /<provider>/<secret>, the
secret is long and random and compared in constant time, and a wrong one gets a 404. The
body is parsed into the generated model; each event is handled once by its key; a failure
of the handler answers 500 so that the provider delivers again.

The secret is in the URL, and URLs get logged: uvicorn's access log prints each request's
path. The app hides the secret in uvicorn's access log (`HideUrlSecret`), but run with
`--no-access-log` where you can, and keep it out of proxy and load-balancer logs as well
(nginx: `access_log off` for this location, or a log format without `$request_uri`).
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

from ._body import MAX_BODY, read_body
from ._once import HandledOnce

Event = TypeVar("Event")


class HideUrlSecret(logging.Filter):
    """Replace the secret part of `/<provider>/<secret>` in uvicorn's access-log lines with `<secret>`.

    uvicorn logs `'%s - "%s %s HTTP/%s" %d'` with (client, method, path, version, status) as arguments.
    """

    def __init__(self, provider: str) -> None:
        super().__init__()
        self.prefix = f"/{provider}/"

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str) and args[2].startswith(self.prefix):
            record.args = (*args[:2], self.prefix + "<secret>", *args[3:])
        return True


def hide_url_secret_in_access_log(provider: str) -> None:
    """Install HideUrlSecret on uvicorn's access logger (once per provider)."""
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, HideUrlSecret) and f.prefix == f"/{provider}/" for f in access.filters):
        access.addFilter(HideUrlSecret(provider))


def create_unsigned_app(
    provider: str,
    url_secret: str,
    model: PayloadModel[Event],
    *,
    kind_of: Callable[[Event], str],
    key_of: Callable[[bytes, Event], str],
    handle: Callable[[str, Any], None],
    max_body: int = MAX_BODY,
) -> Starlette:
    if len(url_secret) < 16:
        raise ValueError("use a URL secret of at least 16 random characters (secrets.token_urlsafe())")
    logger = logging.getLogger(f"{provider}_receiver")
    hide_url_secret_in_access_log(provider)
    once = HandledOnce(handle)

    async def receive(request: Request) -> Response:
        if not hmac.compare_digest(request.path_params["secret"].encode(), url_secret.encode()):
            return Response(status_code=404)
        body = await read_body(request, max_body)
        if body is None:
            return JSONResponse({"error": f"body larger than {max_body} bytes"}, status_code=413)
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
