"""The loopback redirect of an OAuth authorization-code flow run for a person (RFC 8252 §7.3).

The person's browser is sent to the provider's authorize page; the provider redirects it
to http://127.0.0.1:<port>/callback, where this listener takes the first request and
hands its `code`, `state` or `error` to the waiting application.
"""

from __future__ import annotations

import html
import ipaddress
import secrets
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import attrs

__all__ = ["LoopbackListener", "Redirect"]


@attrs.define
class Redirect:
    """What arrived at the loopback redirect URI."""

    code: str | None = attrs.field(default=None, repr=False)
    state: str | None = attrs.field(default=None, repr=False)
    error: str | None = None
    error_description: str | None = None


_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
    "<body><h1>{title}</h1><p>{text}</p></body></html>"
)


class LoopbackListener:
    """An HTTP server on 127.0.0.1 that waits for the browser's redirect (RFC 8252 §7.3).

    It accepts the first request to `path` that carries the expected `state`; any other
    process on the machine can reach a loopback port, so a request with another state is
    answered 400 and does not end the wait (it is kept, to explain a wait that ends without
    a valid redirect). The port is ephemeral unless given (a registered Redirect URL may
    need a fixed one).
    """

    def __init__(self, *, state: str, host: str = "127.0.0.1", port: int = 0, path: str = "/callback") -> None:
        if not _is_loopback_address(host):
            # 0.0.0.0 or a LAN address would let other machines deliver (or probe) the redirect; RFC 8252 §8.3
            # also advises against "localhost", which name resolution could send elsewhere.
            raise ValueError(
                f"the redirect listener must listen on a loopback IP address (127.0.0.1, ::1), not {host!r}"
            )
        self.path = path
        self._state = state.encode()
        self._result: Redirect | None = None
        self._mismatched: Redirect | None = None
        self._arrived = threading.Event()
        self._accepting = threading.Lock()
        listener = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                url = urlsplit(self.path)
                if url.path != listener.path:
                    self._page(404, "Not found", "This is the redirect address of an authorization.")
                    return
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                outcome = listener._accept(
                    Redirect(query.get("code"), query.get("state"), query.get("error"), query.get("error_description"))
                )
                if outcome == "accepted":
                    self._page(200, "Done", "You can close this window and return to the application.")
                elif outcome == "mismatched":
                    self._page(400, "Not this authorization", "This redirect does not belong to the one in progress.")
                else:
                    self._page(409, "Already handled", "This authorization was already completed.")

            def _page(self, status: int, title: str, text: str) -> None:
                body = _PAGE.format(title=html.escape(title), text=html.escape(text)).encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the request line holds the authorization code: never log it

        server_class = _IPv6Server if ipaddress.ip_address(host).version == 6 else ThreadingHTTPServer
        self._server = server_class((host, port), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="tokenkeep-oauth-redirect",
            daemon=True,
        )
        self._thread.start()

    @property
    def redirect_uri(self) -> str:
        host, port = self._server.server_address[:2]
        host = f"[{host!s}]" if ":" in str(host) else str(host)
        return f"http://{host}:{port}{self.path}"

    def _accept(self, redirect: Redirect) -> str:
        with self._accepting:  # the server is threaded: only the first matching redirect counts
            if self._arrived.is_set():
                return "late"
            # compare_digest on bytes: a str with non-ASCII characters would raise TypeError.
            if not secrets.compare_digest((redirect.state or "").encode(), self._state):
                self._mismatched = redirect
                return "mismatched"
            self._result = redirect
            self._arrived.set()
            return "accepted"

    def wait(self, timeout: float) -> Redirect | None:
        """The redirect with our state; else the last one with another state; else None."""
        self._arrived.wait(timeout)
        with self._accepting:
            return self._result or self._mismatched

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


class _IPv6Server(ThreadingHTTPServer):
    address_family = socket.AF_INET6


def _is_loopback_address(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
