"""make publish without an index: settings, simple-page parsing, redaction, refusals."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from scripts.release.packages import ReleaseError
from scripts.release.publish import Redactor, Settings, simple_index_url, versions_in_listing, without_credentials
from tests.release.release_helpers import copy_repository, script

PYPISERVER_PAGE = """<!DOCTYPE html><html><head><title>Links for airalo-client</title></head><body>
<h1>Links for airalo-client</h1>
<a href="../../packages/airalo_client-0.1.0-py3-none-any.whl#sha256=ab12">airalo_client-0.1.0-py3-none-any.whl</a><br>
<a href="../../packages/airalo_client-0.1.0.tar.gz#sha256=cd34">airalo_client-0.1.0.tar.gz</a><br>
<a href="../../packages/airalo_client-0.2.0rc1-py3-none-any.whl">airalo_client-0.2.0rc1-py3-none-any.whl</a><br>
<a href="../../packages/airalo_client_extra-9.0.0.tar.gz">not ours</a><br>
<a href="../../packages/README.txt">junk</a>
</body></html>"""


@pytest.mark.parametrize(
    ("upload", "simple"),
    [
        ("https://upload.pypi.org/legacy/", "https://pypi.org/simple/"),
        ("https://test.pypi.org/legacy/", "https://test.pypi.org/simple/"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080/simple/"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080/simple/"),
        ("https://pkgs.example.com/pypi/legacy/", "https://pkgs.example.com/pypi/simple/"),
    ],
)
def test_the_simple_index_is_derived_from_the_upload_url(upload: str, simple: str) -> None:
    assert simple_index_url(upload) == simple


def test_the_simple_index_can_be_named() -> None:
    assert simple_index_url("https://x/upload", "https://x/+simple") == "https://x/+simple/"


def test_versions_are_read_from_a_simple_page() -> None:
    found = versions_in_listing(PYPISERVER_PAGE, "airalo-client")
    assert found == {
        "0.1.0": ["airalo_client-0.1.0-py3-none-any.whl", "airalo_client-0.1.0.tar.gz"],
        "0.2.0rc1": ["airalo_client-0.2.0rc1-py3-none-any.whl"],
    }
    assert versions_in_listing(PYPISERVER_PAGE, "tokenkeep") == {}


def test_secrets_are_redacted_in_every_form() -> None:
    redact = Redactor(["p@ss word/1", None, ""])
    text = "a p@ss word/1 b p%40ss%20word%2F1 c p%40ss+word%2F1"
    assert redact(text) == "a **** b **** c ****"
    assert without_credentials("https://user:p%40ss@host:8443/legacy/") == "https://host:8443/legacy/"


def test_publishing_needs_an_explicit_repository() -> None:
    with pytest.raises(ReleaseError, match="set TWINE_REPOSITORY_URL"):
        Settings.from_env({"TWINE_USERNAME": "u", "TWINE_PASSWORD": "p"})
    with pytest.raises(ReleaseError, match="http"):
        Settings.from_env({"TWINE_REPOSITORY_URL": "file:///tmp/index"})


def test_a_refused_publish_never_shows_the_password(tmp_path: Path) -> None:
    """Nothing released in a fresh copy: refused before any network use, password not printed."""
    root = copy_repository(tmp_path / "repo")
    password = "Secret-Pass-0a9f"
    env = dict(os.environ, TWINE_USERNAME="me", TWINE_PASSWORD=password)
    env["TWINE_REPOSITORY_URL"] = f"http://me:{password}@127.0.0.1:9/"
    env.pop("PACKAGES", None)
    result = script(root, "publish.py", env=env)
    assert result.returncode == 1
    assert "refusing to publish" in result.stderr
    assert "has not been released" in result.stderr
    assert password not in result.stdout + result.stderr


def test_an_unknown_package_is_named(tmp_path: Path) -> None:
    root = copy_repository(tmp_path / "repo")
    env = dict(os.environ, TWINE_REPOSITORY_URL="http://127.0.0.1:9/", PACKAGES="nope-client")
    result = script(root, "publish.py", env=env)
    assert result.returncode == 1
    assert "unknown package(s) nope-client" in result.stderr


class _Index:
    """A tiny HTTP server on 127.0.0.1 that records each request's Authorization and answers with `answer`."""

    def __init__(self, answer: Any) -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        index = self
        self.seen: list[tuple[str, str | None]] = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                index.seen.append((self.path, self.headers.get("Authorization")))
                status, headers, body = answer(self.path, self.headers.get("Authorization"))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.parametrize("elsewhere", ["another port", "another host"])
def test_a_redirect_to_another_origin_never_carries_the_password(elsewhere: str) -> None:
    """The index password goes to the upload host only: a redirect to another host or port drops it."""
    from scripts.release.publish import fetch_listing

    other = _Index(lambda path, auth: (200, {"Content-Type": "text/html"}, PYPISERVER_PAGE.encode()))
    target = other.url if elsewhere == "another port" else other.url.replace("127.0.0.1", "localhost")

    def answer(path: str, auth: str | None) -> tuple[int, dict[str, str], bytes]:
        if auth is None:
            return 401, {"WWW-Authenticate": 'Basic realm="pypi"'}, b""
        return 302, {"Location": target + path}, b""

    index = _Index(answer)
    try:
        listing = fetch_listing(
            index.url + "/simple/", "airalo-client", repository_url=index.url + "/", username="u", password="pw"
        )
    finally:
        index.close()
        other.close()
    assert listing is not None and "airalo_client-0.1.0" in listing
    assert [auth is not None for _, auth in index.seen] == [False, True]  # asked anonymously first, then with it
    assert other.seen == [("/simple/airalo-client/", None)]


def test_a_redirect_within_the_index_keeps_the_credentials() -> None:
    """A redirect on the same scheme, host and port (a missing slash, say) still authenticates."""
    from scripts.release.publish import fetch_listing

    def answer(path: str, auth: str | None) -> tuple[int, dict[str, str], bytes]:
        if auth is None:
            return 401, {}, b""
        if path == "/simple/airalo-client/":
            return 301, {"Location": "/packages/airalo-client/"}, b""
        return 200, {"Content-Type": "text/html"}, PYPISERVER_PAGE.encode()

    index = _Index(answer)
    try:
        listing = fetch_listing(
            index.url + "/simple/", "airalo-client", repository_url=index.url + "/", username="u", password="pw"
        )
    finally:
        index.close()
    assert listing is not None
    assert [(path, auth is not None) for path, auth in index.seen][-1] == ("/packages/airalo-client/", True)


@pytest.mark.parametrize(
    ("env", "refused"),
    [
        ({"TWINE_REPOSITORY_URL": "http://pkgs.example.com/legacy/"}, "TWINE_REPOSITORY_URL must be https"),
        ({"TWINE_REPOSITORY_URL": "ftp://pkgs.example.com/"}, "TWINE_REPOSITORY_URL must be an https URL"),
        (
            {"TWINE_REPOSITORY_URL": "https://pkgs.example.com/", "PUBLISH_INDEX_URL": "http://mirror.example/simple"},
            "PUBLISH_INDEX_URL must be https",
        ),
        ({"TWINE_REPOSITORY_URL": "http://127.0.0.1:8080/"}, None),
        ({"TWINE_REPOSITORY_URL": "http://localhost:8080/"}, None),
        ({"TWINE_REPOSITORY_URL": "http://[::1]:8080/"}, None),
        ({"TWINE_REPOSITORY_URL": "https://pkgs.example.com/legacy/"}, None),
    ],
)
def test_plain_http_is_refused_except_to_this_machine(env: dict[str, str], refused: str | None) -> None:
    """The password never crosses the network in clear: http:// only for a loopback index."""
    env = {**env, "TWINE_USERNAME": "u", "TWINE_PASSWORD": "pw"}
    if refused is None:
        assert Settings.from_env(env).repository_url == env["TWINE_REPOSITORY_URL"]
    else:
        with pytest.raises(ReleaseError, match=refused) as info:
            Settings.from_env(env)
        assert "pw" not in str(info.value)
