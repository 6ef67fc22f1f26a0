"""A forward HTTP proxy on 127.0.0.1, as a client configured by HTTP_PROXY talks to (proxy tests).

A client sends each request to the proxy in absolute form (`GET http://127.0.0.1:8123/v2/packages
HTTP/1.1`); the proxy forwards it to that origin and answers what the origin answered. Plain http
only: no CONNECT, since the sandboxes serve http on 127.0.0.1.

`log` records (method, url, fault) of every request that reached the proxy. `fail("GET /v2/packages",
"503", "503")` queues faults for the next requests to that method and path, in order:

- "503": answered by the proxy without forwarding, `Retry-After: 0` (a busy corporate proxy);
- "lost": forwarded, the origin acts on it, then the connection is dropped without an answer.

h11 (httpx's own HTTP/1.1 parser) reads the requests, so keep-alive works as with a real proxy;
httpx forwards them, with `trust_env=False` so that the proxy never sends through itself when a
test sets HTTP_PROXY. Answers are written and connections dropped as tests/support/faultproxy.py does.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import h11
import httpx

from tests.support.faultproxy import _drop, _respond, read_request, serving

FAULTS = ("503", "lost")
#: Request headers meant for the proxy hop only (RFC 9110 §7.6.1), not forwarded to the origin.
_HOP = frozenset({b"host", b"connection", b"proxy-connection", b"keep-alive", b"proxy-authorization", b"te"})


@dataclass(frozen=True)
class Passed:
    method: str
    url: str
    fault: str

    @property
    def path(self) -> str:
        return urlsplit(self.url).path

    @property
    def forwarded(self) -> bool:
        return self.fault != "503"


@dataclass
class ForwardProxy:
    """Forwards absolute-form requests to their origin; `fail` makes the next matching ones fail."""

    log: list[Passed] = field(default_factory=list)
    url: str = ""

    def __post_init__(self) -> None:
        self._faults: dict[str, list[str]] = {}
        self._lock = threading.Lock()

    def fail(self, what: str, *faults: str) -> None:
        """The next requests to `what` ("METHOD /path") get `faults`, one each, in order."""
        unknown = [fault for fault in faults if fault not in FAULTS]
        if unknown:
            raise ValueError(f"unknown faults {unknown}; known: {FAULTS}")
        with self._lock:
            self._faults.setdefault(what, []).extend(faults)

    def paths(self) -> list[str]:
        """Each request that reached the proxy, as "METHOD /path", in order."""
        return [f"{entry.method} {entry.path}" for entry in self.log]

    def _fault(self, method: str, url: str) -> str:
        with self._lock:
            queued = self._faults.get(f"{method} {urlsplit(url).path}")
            return queued.pop(0) if queued else "ok"

    async def _serve(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, upstream: httpx.AsyncClient
    ) -> None:
        conn = h11.Connection(h11.SERVER)
        try:
            while True:
                request, body = await read_request(conn, reader)
                if request is None:
                    return
                method, url = request.method.decode(), request.target.decode()
                if not url.startswith("http://"):
                    # An origin-form request: the client talks to the proxy as if it were the origin.
                    answer = httpx.Response(400, content=b"a forward proxy needs absolute-form requests")
                    self.log.append(Passed(method, url, "not-absolute"))
                else:
                    fault = self._fault(method, url)
                    self.log.append(Passed(method, url, fault))
                    if fault == "503":
                        answer = httpx.Response(503, headers={"retry-after": "0"}, content=b"<html>proxy busy</html>")
                    else:
                        headers = [(k.decode(), v.decode()) for k, v in request.headers if k.lower() not in _HOP]
                        answer = await upstream.request(method, url, headers=headers, content=body)
                        if fault == "lost":
                            return _drop(writer)
                writer.write(_respond(conn, answer))
                await writer.drain()
                if conn.our_state is h11.MUST_CLOSE:
                    return _drop(writer)
                conn.start_next_cycle()
        except (ConnectionError, h11.ProtocolError, asyncio.IncompleteReadError):
            _drop(writer)
        finally:
            writer.close()

    @contextlib.contextmanager
    def running(self) -> Iterator[ForwardProxy]:
        """Listen on a free port of 127.0.0.1 in a daemon thread until the block ends; `url` is set."""
        with serving("forward proxy", lambda: httpx.AsyncClient(timeout=30, trust_env=False), self._serve) as url:
            self.url = url
            yield self
