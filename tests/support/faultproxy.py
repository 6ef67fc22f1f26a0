"""A fault-injecting HTTP proxy on 127.0.0.1, between a client and a sandbox (issue 19's soak).

Each request the client sends is given a fault drawn from a seeded `random.Random` (the same seed,
the same faults in the same order for a sequential client):

- "ok": forwarded, answered as the sandbox answered;
- "lost": forwarded, the sandbox acts on it, then the connection is dropped without an answer;
- "slow": forwarded, the answer held past the client's read timeout, then the connection dropped;
- "500_after": forwarded, the sandbox acts on it, and the client gets a 500 page instead;
- "503" and "429": answered by the proxy without forwarding (`Retry-After: 0`);
- "reset": the connection is dropped before the request is read (nothing forwarded).

h11 (httpx's own HTTP/1.1 parser) reads the client's requests, so keep-alive works as with a real
server; httpx forwards them. `log` records (path, fault, forwarded) of every request.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import socket
import struct
import threading
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field

import h11
import httpx

FAULTS = ("lost", "slow", "500_after", "503", "429", "reset")
#: Faults after which the sandbox has acted on the request although the client got no usable answer.
PROCESSED = frozenset({"ok", "lost", "slow", "500_after"})
_HOP = frozenset({"connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"})


@dataclass
class Entry:
    method: str
    path: str
    fault: str

    @property
    def forwarded(self) -> bool:
        return self.fault in PROCESSED


@dataclass
class FaultProxy:
    """Forwards to `upstream`; `rate` of the requests whose path `applies` to get one of `faults`."""

    upstream: str
    seed: int
    rate: float = 0.3
    faults: tuple[str, ...] = FAULTS
    slow_seconds: float = 1.0
    applies: Callable[[str], bool] = lambda path: True
    #: Called (in the proxy's thread) once a faulty request was forwarded: a test's "meanwhile".
    meanwhile: Callable[[Entry], None] | None = None
    log: list[Entry] = field(default_factory=list)
    base_url: str = ""

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)
        self._lock = threading.Lock()

    def _fault(self, path: str) -> str:
        with self._lock:
            if not self.applies(path) or self._random.random() >= self.rate:
                return "ok"
            return self._random.choice(self.faults)

    def counts(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for entry in self.log:
            found[entry.fault] = found.get(entry.fault, 0) + 1
        return found

    async def _serve(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, upstream: httpx.AsyncClient
    ) -> None:
        conn = h11.Connection(h11.SERVER)
        try:
            while True:
                request, body, fault = await self._read(conn, reader)
                if request is None:
                    return
                path = request.target.decode()
                entry = Entry(request.method.decode(), path, fault)
                self.log.append(entry)
                if fault == "reset":
                    return _drop(writer)
                if fault in ("503", "429"):
                    answer = httpx.Response(int(fault), headers={"retry-after": "0"}, content=b"<html>busy</html>")
                else:
                    headers = [
                        (k.decode(), v.decode())
                        for k, v in request.headers
                        if k.lower() not in {b"host", b"connection"}
                    ]
                    answer = await upstream.request(request.method.decode(), path, headers=headers, content=body)
                    if fault != "ok" and self.meanwhile is not None:
                        self.meanwhile(entry)
                if fault == "lost":
                    return _drop(writer)
                if fault == "slow":
                    await asyncio.sleep(self.slow_seconds)
                    return _drop(writer)
                if fault == "500_after":
                    answer = httpx.Response(500, content=b"<html>500 Internal Server Error</html>")
                writer.write(_respond(conn, answer))
                await writer.drain()
                if conn.our_state is h11.MUST_CLOSE:
                    return _drop(writer)
                conn.start_next_cycle()
        except (ConnectionError, h11.ProtocolError, asyncio.IncompleteReadError):
            _drop(writer)
        finally:
            writer.close()

    async def _read(self, conn: h11.Connection, reader: asyncio.StreamReader) -> tuple[h11.Request | None, bytes, str]:
        request, body = await read_request(conn, reader)
        if request is None:
            return None, b"", "ok"
        return request, body, self._fault(request.target.decode().split("?")[0])

    @contextlib.contextmanager
    def running(self) -> Iterator[FaultProxy]:
        """Listen on a free port of 127.0.0.1 in a daemon thread until the block ends."""
        with serving("fault-proxy", lambda: httpx.AsyncClient(base_url=self.upstream, timeout=30), self._serve) as url:
            self.base_url = url
            yield self


Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter, httpx.AsyncClient], Awaitable[None]]


@contextlib.contextmanager
def serving(name: str, upstream: Callable[[], httpx.AsyncClient], handle: Handler) -> Iterator[str]:
    """Serve `handle` on a free port of 127.0.0.1 in a daemon thread until the block ends; yields its URL.

    `handle` gets each connection and one `upstream()` client, opened and closed on the server's loop.
    """
    loop = asyncio.new_event_loop()
    started = threading.Event()
    stop: asyncio.Future[None] | None = None
    url = ""

    async def main() -> None:
        nonlocal stop, url
        async with upstream() as client:
            server = await asyncio.start_server(lambda r, w: handle(r, w, client), "127.0.0.1", 0)
            url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
            stop = loop.create_future()
            started.set()
            async with server:
                await stop
            # Connections a client keeps alive would outlive the loop: end their handlers first.
            pending = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)

    thread = threading.Thread(target=loop.run_until_complete, args=(main(),), name=name, daemon=True)
    thread.start()
    if not started.wait(10):
        raise RuntimeError(f"the {name} did not start within 10 s")
    try:
        yield url
    finally:
        assert stop is not None
        loop.call_soon_threadsafe(stop.set_result, None)
        thread.join(10)
        loop.close()


async def read_request(conn: h11.Connection, reader: asyncio.StreamReader) -> tuple[h11.Request | None, bytes]:
    """The next request and its body on `conn`, or (None, b"") when the client closed the connection."""
    request: h11.Request | None = None
    body = bytearray()
    while True:
        event = conn.next_event()
        if event is h11.NEED_DATA:
            data = await reader.read(65536)
            if not data:
                return None, b""
            conn.receive_data(data)
        elif isinstance(event, h11.Request):
            request = event
        elif isinstance(event, h11.Data):
            body += event.data
        elif isinstance(event, h11.EndOfMessage):
            assert request is not None
            return request, bytes(body)
        elif isinstance(event, h11.ConnectionClosed):
            return None, b""


def _respond(conn: h11.Connection, answer: httpx.Response) -> bytes:
    headers = [(k, v) for k, v in answer.headers.items() if k.lower() not in _HOP]
    headers.append(("content-length", str(len(answer.content))))
    out = conn.send(h11.Response(status_code=answer.status_code, headers=headers)) or b""
    out += conn.send(h11.Data(data=answer.content)) or b""
    out += conn.send(h11.EndOfMessage()) or b""
    return out


def _drop(writer: asyncio.StreamWriter) -> None:
    """Close at once with a TCP reset (SO_LINGER 0), as a crashed server or a cut line does."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()
