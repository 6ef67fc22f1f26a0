"""Package versions: read from scripts/release/versions.toml, compared as semantic versions.

    from release.versions import load_versions, provider_version
    load_versions()                 # {"airalo-client": "0.1.0", ..., "tokenkeep": "0.1.0"}
    provider_version("airalo")      # "0.1.0" (the version of airalo-client), or VersionError

Standard library only: scripts/generate.py imports this before anything is built.

Bumps follow semantic versioning. Below 1.0.0 the MINOR number plays the role of MAJOR (as
Cargo and most Python projects read 0.x): a breaking change needs 0.y -> 0.(y+1), a feature
or a fix needs at least a PATCH bump.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

VERSIONS_FILE = Path(__file__).resolve().parent / "versions.toml"

# How much a change needs, least to most. "none": nothing observable changed.
LEVELS = ("none", "fix", "feature", "breaking")

_VERSION = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:(a|b|rc)(0|[1-9]\d*))?$")
_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class VersionError(Exception):
    """versions.toml is missing, malformed, or has no entry for a package."""


@dataclass(frozen=True, order=True)
class SemVer:
    """MAJOR.MINOR.PATCH with an optional PEP 440 pre-release (a, b, rc); ordered."""

    major: int
    minor: int
    patch: int
    # (1, "", 0) for a final release sorts after every (0, kind, n) pre-release.
    final: int = 1
    pre_kind: str = ""
    pre_number: int = 0

    @classmethod
    def parse(cls, text: str) -> SemVer:
        match = _VERSION.match(text)
        if not match:
            raise VersionError(f"{text!r} is not a version of the form MAJOR.MINOR.PATCH (optionally a1, b1, rc1)")
        major, minor, patch, kind, number = match.groups()
        if kind:
            return cls(int(major), int(minor), int(patch), 0, kind, int(number))
        return cls(int(major), int(minor), int(patch))

    def __str__(self) -> str:
        pre = f"{self.pre_kind}{self.pre_number}" if not self.final else ""
        return f"{self.major}.{self.minor}.{self.patch}{pre}"

    @property
    def release(self) -> tuple[int, int, int]:
        return (self.major, self.minor, self.patch)


def load_versions(path: Path | None = None) -> dict[str, str]:
    """Every package's version from versions.toml, validated: {"airalo-client": "0.1.0", ...}."""
    path = path or VERSIONS_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise VersionError(f"{path} is missing: it records the version of every package") from exc
    except tomllib.TOMLDecodeError as exc:
        raise VersionError(f"{path} is not valid TOML: {exc}") from exc
    versions: dict[str, str] = {}
    for name, table in data.items():
        if not _NAME.match(name):
            raise VersionError(f"{path}: [{name}] is not a normalized package name (lowercase, dashes)")
        if not isinstance(table, dict) or set(table) != {"version"} or not isinstance(table["version"], str):
            raise VersionError(f'{path}: [{name}] must hold exactly one key, version = "MAJOR.MINOR.PATCH"')
        try:
            SemVer.parse(table["version"])
        except VersionError as exc:
            raise VersionError(f"{path}: [{name}] version: {exc}") from exc
        versions[name] = table["version"]
    return versions


def package_for_provider(provider: str) -> str:
    """The distribution generated from specs/<provider>.yaml: airalo -> airalo-client."""
    return f"{provider.replace('_', '-')}-client"


def provider_version(provider: str, path: Path | None = None) -> str:
    """The version of the package generated from specs/<provider>.yaml; VersionError if none is recorded."""
    package = package_for_provider(provider)
    versions = load_versions(path)
    if package not in versions:
        raise VersionError(
            f"{path or VERSIONS_FILE} has no [{package}] table for specs/{provider}.yaml: "
            'add one, e.g. version = "0.1.0"'
        )
    return versions[package]


def set_version(package: str, version: str, path: Path | None = None) -> None:
    """Rewrite one package's version in place, keeping the file's comments and order."""
    path = path or VERSIONS_FILE
    SemVer.parse(version)
    text = path.read_text(encoding="utf-8")
    header = re.compile(rf"^\[{re.escape(package)}\][ \t]*$", re.MULTILINE)
    match = header.search(text)
    if match is None:
        text = text.rstrip("\n") + f'\n\n[{package}]\nversion = "{version}"\n'
    else:
        end = re.compile(r"^\[", re.MULTILINE).search(text, match.end())
        stop = end.start() if end else len(text)
        line = re.compile(r'^version[ \t]*=[ \t]*"[^"]*"', re.MULTILINE)
        body, count = line.subn(f'version = "{version}"', text[match.end() : stop], count=1)
        if count != 1:
            raise VersionError(f"{path}: [{package}] has no version line to rewrite")
        text = text[: match.end()] + body + text[stop:]
    path.write_text(text, encoding="utf-8")
    if load_versions(path).get(package) != version:  # never leave a file that says something else
        raise VersionError(f"{path}: rewriting [{package}] failed")


def allowed_level(old: str, new: str) -> str:
    """The largest change the bump old -> new may carry ("none" if new is not greater)."""
    before, after = SemVer.parse(old), SemVer.parse(new)
    if after <= before:
        return "none"
    if after.release == before.release:  # 1.0.0rc1 -> 1.0.0rc2 or 1.0.0: pre-releases promise nothing
        return "breaking"
    if after.major > before.major:
        return "breaking"
    if before.major == 0:
        return "breaking" if after.minor > before.minor else "feature"
    if after.minor > before.minor:
        return "feature"
    return "fix"


def next_version(old: str, level: str) -> str:
    """The smallest version after `old` that may carry a change of `level`."""
    v = SemVer.parse(old)
    if level not in LEVELS[1:]:
        raise ValueError(f"level must be one of {LEVELS[1:]}, not {level!r}")
    if v.major == 0:
        return f"0.{v.minor + 1}.0" if level == "breaking" else f"0.{v.minor}.{v.patch + 1}"
    if level == "breaking":
        return f"{v.major + 1}.0.0"
    if level == "feature":
        return f"{v.major}.{v.minor + 1}.0"
    return f"{v.major}.{v.minor}.{v.patch + 1}"


def covers(allowed: str, required: str) -> bool:
    """Whether a bump that allows `allowed` is enough for a change of level `required`."""
    return LEVELS.index(allowed) >= LEVELS.index(required)
