"""What every example receiver does before it trusts a body: cap its size, and keep URL secrets out of logs."""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
import uvicorn
from starlette.applications import Starlette

from examples.webhooks import aeropay_receiver, airalo_receiver, gogox_receiver, onlinesim_receiver
from tests.sandbox._common import serve

URL_SECRET = secrets.token_urlsafe(24)

RECEIVERS: dict[str, tuple[Callable[[int], Starlette], str]] = {
    "airalo": (lambda cap: airalo_receiver.create_app("s" * 32, _ignore, max_body=cap), "/airalo/low-data"),
    "aeropay": (
        lambda cap: aeropay_receiver.create_app("k" * 64, "https://shop.example/aeropay", _ignore, max_body=cap),
        "/aeropay",
    ),
    "gogox": (lambda cap: gogox_receiver.create_app(URL_SECRET, _ignore, max_body=cap), f"/gogox/{URL_SECRET}"),
    "onlinesim": (
        lambda cap: onlinesim_receiver.create_app(URL_SECRET, _ignore, max_body=cap),
        f"/onlinesim/{URL_SECRET}",
    ),
}


def _ignore(kind: str, event: Any) -> None:
    pass


@pytest.mark.parametrize("provider", sorted(RECEIVERS))
def test_a_body_over_the_cap_is_refused_with_413_before_it_is_read_whole(provider: str) -> None:
    """Declared or streamed, a body larger than max_body gets 413 and is never parsed or handled."""
    build, path = RECEIVERS[provider]
    app = build(1024)
    with serve(app) as partner:
        declared = httpx.post(partner.url(path), content=b"{" + b" " * 2000 + b"}")
        assert declared.status_code == 413

        def chunks() -> Iterator[bytes]:  # no Content-Length: chunked, counted as it arrives
            for _ in range(64):
                yield b" " * 256

        streamed = httpx.post(partner.url(path), content=chunks())
        assert streamed.status_code == 413
        assert app.state.handled.events == []
        small = httpx.post(partner.url(path), content=b"{}")
        assert small.status_code != 413


def test_the_default_cap_is_256_kib() -> None:
    from examples.webhooks._body import MAX_BODY

    assert MAX_BODY == 256 * 1024


@contextmanager
def serve_with_access_log(app: Any) -> Iterator[str]:
    """uvicorn as `uvicorn --factory ...` runs it: access log on, logging left to the caller (caplog)."""
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_config=None, access_log=True, lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.005)
    try:
        yield f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.mark.parametrize("provider", ["gogox", "onlinesim"])
def test_the_url_secret_never_reaches_uvicorns_access_log(provider: str, caplog: pytest.LogCaptureFixture) -> None:
    """Deliveries and guesses alike are logged with the secret replaced by <secret>."""
    build, path = RECEIVERS[provider]
    with caplog.at_level(logging.INFO, logger="uvicorn.access"), serve_with_access_log(build(1024)) as base:
        httpx.post(base + path, json={})
        httpx.post(base + f"/{provider}/{URL_SECRET[:-1]}x", json={})
        httpx.get(base + "/elsewhere")
    lines = [r.getMessage() for r in caplog.records if r.name == "uvicorn.access"]
    assert len(lines) == 3, lines
    assert not any(URL_SECRET in line or URL_SECRET[:-1] in line for line in lines)
    assert sum(f"/{provider}/<secret>" in line for line in lines) == 2
    assert "/elsewhere" in lines[2]
