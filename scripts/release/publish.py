"""`make publish`: upload dist/ with twine, never a version the index already has.

Settings are twine's own environment variables:
  TWINE_REPOSITORY_URL   where to upload (https://upload.pypi.org/legacy/, a private index, ...)
  TWINE_USERNAME         (__token__ for a PyPI API token)
  TWINE_PASSWORD
and optionally
  PUBLISH_INDEX_URL      the index's simple page root, when it cannot be derived from the
                         upload URL (derived: upload.pypi.org/legacy/ -> pypi.org/simple/,
                         any other URL: <url without /legacy/>/simple/)
  PACKAGES               which packages to publish (space or comma separated; default: all);
                         also accepted as arguments: scripts/publish.py airalo-client

Before uploading anything, every selected package must be released (scripts/release.py:
its version, spec snapshot and CHANGELOG entry agree) and its version must be absent from
the index's simple page; otherwise nothing is uploaded. The password, and any credentials
written into a URL, never appear in anything this prints: twine's own output is filtered.

Credentials only travel over HTTPS (plain http:// is refused except to this machine, for a
local test index) and only to the host they were given for: reading the simple page, a
redirect to another scheme, host or port drops them (urllib would copy them along), and
twine refuses to follow a redirect of the upload at all.
"""

from __future__ import annotations

import base64
import ipaddress
import os
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from .packages import Layout, Package, ReleaseError, discover, select
from .releasing import check

TIMEOUT = 30.0


class Redactor:
    """Replaces every secret (and its URL-encoded forms) with ****."""

    def __init__(self, secrets: Iterable[str | None]) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if secret and len(secret) >= 1:
                forms |= {secret, urllib.parse.quote(secret, safe=""), urllib.parse.quote_plus(secret)}
        self._forms = sorted(forms, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for form in self._forms:
            text = text.replace(form, "****")
        return text


def url_secrets(url: str) -> list[str]:
    parts = urllib.parse.urlsplit(url)
    return [s for s in (parts.password, urllib.parse.unquote(parts.password or "")) if s]


def without_credentials(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def simple_index_url(repository_url: str, override: str | None = None) -> str:
    """The simple-index root that lists what `repository_url` has received."""
    if override:
        return override.rstrip("/") + "/"
    parts = urllib.parse.urlsplit(repository_url)
    host = (parts.hostname or "").lower()
    if host == "upload.pypi.org":
        return "https://pypi.org/simple/"
    if host == "test.pypi.org" and parts.path.rstrip("/").endswith("/legacy"):
        return "https://test.pypi.org/simple/"
    path = parts.path.rstrip("/")
    path = path.removesuffix("/legacy")
    return urllib.parse.urlunsplit(parts._replace(path=f"{path}/simple/", query="", fragment=""))


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.hrefs.extend(value for name, value in attrs if name == "href" and value)


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def versions_in_listing(html: str, project: str) -> dict[str, list[str]]:
    """{version: [file names]} of `project`'s files linked from a simple-index page."""
    from packaging.utils import InvalidSdistFilename, InvalidWheelFilename, parse_sdist_filename, parse_wheel_filename

    parser = _Links()
    parser.feed(html)
    found: dict[str, list[str]] = {}
    for href in parser.hrefs:
        filename = urllib.parse.unquote(urllib.parse.urlsplit(href).path.rsplit("/", 1)[-1])
        try:
            if filename.endswith(".whl"):
                name, version, *_ = parse_wheel_filename(filename)
            elif filename.endswith((".tar.gz", ".zip")):
                name, version = parse_sdist_filename(filename)
            else:
                continue
        except (InvalidWheelFilename, InvalidSdistFilename):
            continue
        if normalize(str(name)) == normalize(project):
            found.setdefault(str(version), []).append(filename)
    return found


def _same_host(a: str, b: str) -> bool:
    pa, pb = urllib.parse.urlsplit(a), urllib.parse.urlsplit(b)
    return (pa.hostname, pa.port) == (pb.hostname, pb.port)


def origin(url: str) -> tuple[str, str, int | None]:
    """(scheme, host, port), the port made explicit: what credentials are bound to."""
    parts = urllib.parse.urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), parts.port or {"http": 80, "https": 443}.get(scheme)


def is_loopback(url: str) -> bool:
    host = (urllib.parse.urlsplit(url).hostname or "").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class CredentialsStayHome(urllib.request.HTTPRedirectHandler):
    """Follows redirects, dropping Authorization when the scheme, host or port changes.

    urllib's own handler copies every header but Content-* onto the redirected request,
    so a simple page that redirects elsewhere would receive the index password.
    """

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and origin(newurl) != origin(req.full_url):
            new.remove_header("Authorization")
        return new


_OPENER = urllib.request.build_opener(CredentialsStayHome)


def fetch_listing(
    simple_url: str, project: str, *, repository_url: str, username: str | None, password: str | None
) -> str | None:
    """The project's simple page (None when the index has no such project)."""
    url = urllib.parse.urljoin(simple_url, f"{normalize(project)}/")
    headers = {"Accept": "text/html", "User-Agent": "partner-clients-publish"}
    parts = urllib.parse.urlsplit(url)
    if parts.username or parts.password:  # credentials written into PUBLISH_INDEX_URL
        username, password = urllib.parse.unquote(parts.username or ""), urllib.parse.unquote(parts.password or "")
        url = without_credentials(url)
    for attempt in ("anonymous", "authenticated"):
        if attempt == "authenticated":
            # Only to the host we upload to: the password is never sent anywhere else.
            if not (username and password and (_same_host(url, repository_url) or parts.password)):
                break
            token = base64.b64encode(f"{username}:{password}".encode()).decode()
            headers["Authorization"] = f"Basic {token}"
        request = urllib.request.Request(url, headers=headers)  # noqa: S310 (http(s) URL from the settings)
        try:
            with _OPENER.open(request, timeout=TIMEOUT) as response:
                return str(response.read().decode("utf-8", "replace"))
        except urllib.error.HTTPError as exc:
            if exc.code == 404:
                return None
            if exc.code in (401, 403) and attempt == "anonymous":
                continue
            raise ReleaseError(f"the index answered {exc.code} for {without_credentials(url)}") from exc
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise ReleaseError(f"cannot read {without_credentials(url)}: {exc}") from exc
    raise ReleaseError(f"{without_credentials(url)} needs credentials (TWINE_USERNAME, TWINE_PASSWORD) to be read")


@dataclass(frozen=True)
class Settings:
    repository_url: str
    simple_url: str
    username: str | None
    password: str | None

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        url = env.get("TWINE_REPOSITORY_URL", "").strip()
        if not url:
            raise ReleaseError(
                "set TWINE_REPOSITORY_URL (e.g. https://upload.pypi.org/legacy/), TWINE_USERNAME and TWINE_PASSWORD: "
                "publishing never falls back to a default index"
            )
        simple = simple_index_url(url, env.get("PUBLISH_INDEX_URL"))
        for name, value in (("TWINE_REPOSITORY_URL", url), ("PUBLISH_INDEX_URL", simple)):
            scheme = urllib.parse.urlsplit(value).scheme.lower()
            if scheme not in ("http", "https"):
                raise ReleaseError(f"{name} must be an https URL")
            if scheme == "http" and not is_loopback(value):
                # The password would cross the network in clear (and the upload could be altered).
                raise ReleaseError(f"{name} must be https:// (http:// only for an index on this machine)")
        return cls(url, simple, env.get("TWINE_USERNAME"), env.get("TWINE_PASSWORD"))

    def redactor(self, env: Mapping[str, str]) -> Redactor:
        secrets = [self.password, *url_secrets(self.repository_url), *url_secrets(self.simple_url)]
        secrets += url_secrets(env.get("PUBLISH_INDEX_URL", ""))
        return Redactor(secrets)


def dist_files(package: Package, dist: Path) -> list[Path]:
    files = [dist / package.wheel_name, dist / package.sdist_name]
    missing = [f.name for f in files if not f.is_file()]
    if missing:
        raise ReleaseError(f"{', '.join(missing)} not in {dist}: run `make wheels`")
    return files


def publish(
    layout: Layout,
    names: list[str],
    env: Mapping[str, str],
    *,
    dist: Path | None = None,
    say: Callable[[str], None] = print,
) -> int:
    """Refuse (ReleaseError) or upload; returns twine's exit status."""
    settings = Settings.from_env(env)
    redact = settings.redactor(env)

    def show(text: str) -> None:
        say(redact(text))

    packages = select(discover(layout), names)
    dist = dist or layout.dist
    problems: list[str] = []
    files: list[Path] = []
    for package in packages:
        problems.extend(check(package, layout, publishing=True).problems)
        try:
            files.extend(dist_files(package, dist))
        except ReleaseError as exc:
            problems.append(str(exc))
    if problems:
        raise ReleaseError(redact("refusing to publish:\n" + "\n".join(f"- {p}" for p in problems)))

    show(f"checking {without_credentials(settings.simple_url)} for versions already published")
    taken = []
    for package in packages:
        listing = fetch_listing(
            settings.simple_url,
            package.name,
            repository_url=settings.repository_url,
            username=settings.username,
            password=settings.password,
        )
        existing = versions_in_listing(listing, package.name) if listing is not None else {}
        if package.version in existing or any(_same_version(v, package.version) for v in existing):
            listed = ", ".join(existing.get(package.version, []))
            taken.append(f"{package.name} {package.version} is already on the index ({listed})")
    if taken:
        others = [p.name for p in packages if not any(t.startswith(f"{p.name} ") for t in taken)]
        hint = f'publish only the others with `make publish PACKAGES="{" ".join(others)}"`, or ' if others else ""
        raise ReleaseError(
            redact(
                "refusing to publish: a version on an index is final.\n"
                + "\n".join(f"- {t}" for t in taken)
                + f"\n{hint}release a new version with scripts/release.py"
            )
        )

    show(f"uploading {len(files)} files to {without_credentials(settings.repository_url)}")
    cmd = [sys.executable, "-m", "twine", "upload", "--non-interactive", "--disable-progress-bar"]
    cmd += [str(f) for f in files]
    twine_env = dict(env)
    twine_env["TWINE_REPOSITORY_URL"] = settings.repository_url
    result = subprocess.run(cmd, env=twine_env, capture_output=True, text=True, check=False)
    for line in (result.stdout + result.stderr).splitlines():
        show(line)
    if result.returncode != 0:
        return result.returncode
    for package in packages:
        show(f"published {package.name} {package.version}")
    return 0


def _same_version(a: str, b: str) -> bool:
    from packaging.version import InvalidVersion, Version

    try:
        return Version(a) == Version(b)
    except InvalidVersion:
        return False


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="scripts/publish.py", description="Upload dist/ with twine (see its docstring)."
    )
    parser.add_argument("packages", nargs="*", help="packages to publish (default: $PACKAGES, else all)")
    args = parser.parse_args(argv)
    names = args.packages or re.split(r"[\s,]+", os.environ.get("PACKAGES", "").strip())
    names = [n for n in names if n]
    env = dict(os.environ)
    redact = Redactor([env.get("TWINE_PASSWORD"), *url_secrets(env.get("TWINE_REPOSITORY_URL", ""))])
    try:
        return publish(Layout(), names, env)
    except ReleaseError as exc:
        print(f"make publish: {redact(str(exc))}", file=sys.stderr)
        return 1
