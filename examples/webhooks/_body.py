"""Read a webhook body with a size cap, so that a large or endless upload cannot exhaust memory.

Starlette's `request.body()` reads whatever arrives. Webhook payloads are a few kilobytes;
anything far larger is refused with 413 before it is parsed (or even fully received).
Put the same limit at your proxy too (nginx `client_max_body_size`).
"""

from __future__ import annotations

from starlette.requests import Request

#: The largest webhook body the examples accept, in bytes.
MAX_BODY = 256 * 1024


async def read_body(request: Request, limit: int = MAX_BODY) -> bytes | None:
    """The body, or None if it is (or claims to be) larger than `limit` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return None
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            return None
    return bytes(body)
