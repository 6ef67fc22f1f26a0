"""A real redis-server on 127.0.0.1 for the tests (installed by scripts/install-services.sh)."""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import redis


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RedisServer:
    """Starts, stops and restarts one redis-server on a fixed free port."""

    def __init__(self, *, requirepass: str | None = None, user: tuple[str, str] | None = None) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError("redis-server is not installed: run scripts/install-services.sh")
        self.binary = binary
        self.port = free_port()
        self.requirepass = requirepass
        self.user = user
        self.dir = Path(tempfile.mkdtemp(prefix="tokenkeep-redis-"))
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        if self.user:
            return f"redis://{self.user[0]}:{self.user[1]}@127.0.0.1:{self.port}/0"
        if self.requirepass:
            return f"redis://:{self.requirepass}@127.0.0.1:{self.port}/0"
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        args = [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                "--appendonly", "no", "--dir", str(self.dir)]  # fmt: skip
        if self.requirepass:
            args += ["--requirepass", self.requirepass]
        if self.user:
            args += ["--user", "default", "off", "--user", self.user[0], "on", f">{self.user[1]}", "~*", "&*", "+@all"]
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis.from_url(self.url, socket_connect_timeout=0.2)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                break
            except redis.exceptions.ConnectionError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError("redis-server did not start") from None
                time.sleep(0.02)
        client.close()

    def stop(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(10)
            self.process = None

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url)

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)
