"""Helpers for the release tests: repository copies, a local package index, fresh venvs."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
COPIED = ("specs", "generated", "overlay", "scripts", "README.md", "docs")

# A small synthetic spec: the spec comparison tests edit it, the release tests release it.
SHOP_SPEC = """
openapi: 3.1.0
info: {title: Shop API, version: "1.0"}
servers: [{url: "https://shop.example"}]
paths:
  /items:
    get:
      operationId: listItems
      tags: [Items]
      summary: List items
      parameters:
        - {name: limit, in: query, schema: {type: integer, maximum: 100}}
        - {name: status, in: query, schema: {type: string, enum: [active, inactive]}}
      responses:
        "200":
          description: The items.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ItemList'}
              examples:
                one: {value: {data: [{id: "1", name: Pen}]}}
        "404":
          description: No items.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
    post:
      operationId: createItem
      tags: [Items]
      summary: Create an item
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/NewItem'}
      responses:
        "201":
          description: Created.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Item'}
  /items/{item_id}:
    get:
      operationId: getItem
      tags: [Items]
      summary: One item
      parameters:
        - {name: item_id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: The item.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Item'}
webhooks:
  itemChanged:
    post:
      operationId: itemChangedWebhook
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/ItemEvent'}
      responses:
        "200": {description: Received.}
components:
  schemas:
    ItemList:
      type: object
      required: [data]
      properties:
        data:
          type: array
          items: {$ref: '#/components/schemas/Item'}
    Item:
      type: object
      required: [id]
      properties:
        id: {type: string, description: The id.}
        name: {type: string}
        price: {type: number}
        status: {type: string, description: "active, inactive (may grow)"}
        description: {type: string}
        category: {$ref: '#/components/schemas/Category'}
    Category:
      type: object
      properties:
        name: {type: string}
        parent: {$ref: '#/components/schemas/Category'}
    NewItem:
      type: object
      required: [name]
      properties:
        name: {type: string, maxLength: 80}
        price: {type: number}
        kind: {type: string, enum: [physical, digital]}
    ItemEvent:
      type: object
      required: [event]
      properties:
        event: {type: string}
        item_id: {type: string}
    Error:
      type: object
      properties:
        message: {type: string}
"""


def copy_repository(target: Path) -> Path:
    """What the release scripts read, copied to `target` (the scripts work on the copy they run from)."""
    target.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".ruff_cache", ".mypy_cache")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        elif source.is_file():
            shutil.copyfile(source, target / name)
    if (ROOT / ".tools").is_dir():  # the pinned uv, which makes isolated builds fast
        (target / ".tools").symlink_to(ROOT / ".tools")
    return target


def run(
    args: list[str], *, cwd: Path, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False)


def script(root: Path, name: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run scripts/<name> of the repository (copy) at `root` with the project's Python."""
    if env is None:  # a PACKAGES selection in the caller's shell would change what the scripts do
        env = {k: v for k, v in os.environ.items() if k != "PACKAGES"}
    return run([PYTHON, str(root / "scripts" / name), *args], cwd=root, env=env)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
        time.sleep(0.1)
    return False


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """An environment like a new user's: no pip configuration, no PIP_* or PYTHON* settings."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "PIP_CONFIG_FILE": os.devnull,  # pip then reads no configuration file at all
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "LANG": "C.UTF-8",
    }
    env.update(extra)
    return env


@dataclass
class PackageIndex:
    """pypiserver on 127.0.0.1: uploads need the password, downloads do not, no fallback to PyPI."""

    directory: Path
    username: str
    password: str
    port: int = 0
    process: subprocess.Popen[bytes] | None = None
    log: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def simple(self) -> str:
        return f"{self.url}simple/"

    def start(self, workdir: Path) -> None:
        htpasswd = workdir / "htpasswd"
        # passlib imports the deprecated `crypt` module: do it in a child, away from -W error.
        code = (
            "import sys; from passlib.apache import HtpasswdFile; "
            "f = HtpasswdFile(sys.argv[1], new=True); f.set_password(sys.argv[2], sys.argv[3]); f.save()"
        )
        result = run(
            [PYTHON, "-W", "ignore", "-c", code, str(htpasswd), self.username, self.password], cwd=workdir, timeout=60
        )
        assert result.returncode == 0, result.stderr
        server = Path(PYTHON).parent / "pypi-server"
        self.log = workdir / "pypiserver.log"
        for _attempt in range(3):
            self.port = free_port()
            cmd = [str(server), "run", "-i", "127.0.0.1", "-p", str(self.port), "-P", str(htpasswd), "-a", "update"]
            cmd += ["--disable-fallback", "--server", "wsgiref", str(self.directory)]
            with self.log.open("ab") as log:
                self.process = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
            if wait_for_port(self.port, self.process) and self._healthy():
                return
            stop(self.process)
        raise AssertionError(f"pypiserver did not start:\n{self.log.read_text(errors='replace')[-3000:]}")

    def _healthy(self) -> bool:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with (
                contextlib.suppress(OSError),
                urllib.request.urlopen(f"{self.url}health", timeout=2) as response,  # noqa: S310
            ):
                if response.status == 200:
                    return True
            time.sleep(0.1)
        return False

    def stop(self) -> None:
        if self.process is not None:
            stop(self.process)


@contextlib.contextmanager
def package_index(directory: Path, username: str, password: str) -> Iterator[PackageIndex]:
    index = PackageIndex(directory, username, password)
    with tempfile.TemporaryDirectory(prefix="pypiserver-") as tmp:
        index.start(Path(tmp))
        try:
            yield index
        finally:
            index.stop()
