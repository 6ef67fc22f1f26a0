"""The release gate on the Python API: what code written against the last release can no longer do.

The spec comparison (specdiff.py) judges a client by its spec, so it cannot see a change that
comes from a template, a generator upgrade or the overlay, and tokenkeep has no spec at all.
This gate compares the Python API itself: griffe loads the public API of the package as released
and as it is now, and `griffe.find_breaking_changes` lists every break (an object removed, a
parameter removed, made required, moved or given another kind or default, a required parameter
added, a base class removed). A break needs a breaking bump.

The baseline is recorded by scripts/release.py with every release of every package:
  scripts/release/released/<pkg>-<ver>.api.tar.gz   the package's shipped sources at that release
It is an archive of the sources, not a dump of griffe's model, so that both sides are loaded the
same way by the same griffe (its JSON form does not round-trip aliases). Until a package's first
release there is no baseline, and the gate passes, saying so.

griffe does not compare annotations (return or attribute types): a type narrowed or widened in
the spec is the spec comparison's business.
"""

from __future__ import annotations

import gzip
import io
import re
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

import griffe

from .packages import Layout, Package, shipped_files
from .versions import SemVer, VersionError, allowed_level, covers, next_version

SUFFIX = ".api.tar.gz"


def record_path(layout: Layout, name: str, version: str) -> Path:
    return layout.released / f"{name}-{version}{SUFFIX}"


def record_api(package: Package, layout: Layout, version: str) -> Path:
    """Archive the shipped sources of `package` as the API baseline of `version` (reproducibly)."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as archive:
        for rel in shipped_files(package):
            source = package.source / rel
            data = source.read_bytes() if source.is_file() else b""
            info = tarfile.TarInfo(f"{package.import_name}/{rel}")
            info.size, info.mode, info.mtime = len(data), 0o644, 0
            archive.addfile(info, io.BytesIO(data))
    target = record_path(layout, package.name, version)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(gzip.compress(buffer.getvalue(), mtime=0))
    return target


def recorded_versions(package: Package, layout: Layout) -> list[str]:
    """Versions with an API baseline, oldest first."""
    prefix = f"{package.name}-"
    found = []
    for path in layout.released.glob(f"{prefix}*{SUFFIX}") if layout.released.is_dir() else []:
        candidate = path.name[len(prefix) : -len(SUFFIX)]
        try:
            SemVer.parse(candidate)
        except VersionError:  # another package whose name starts the same way
            continue
        found.append(candidate)
    return sorted(found, key=SemVer.parse)


def _load(import_name: str, search_path: Path) -> griffe.Module:
    # Static analysis only (nothing is imported or run); docstrings are not parsed, since
    # documentation is never a break.
    module = griffe.load(
        import_name,
        search_paths=[str(search_path)],
        docstring_parser=None,
        allow_inspection=False,
        resolve_aliases=True,
        resolve_external=False,
    )
    assert isinstance(module, griffe.Module)
    return module


def breaking_changes(package: Package, layout: Layout, since: str) -> list[str]:
    """Every break of the current API against the baseline of `since`, one line each, sorted."""
    with tempfile.TemporaryDirectory(prefix=f"api-{package.name}-") as tmp:
        with tarfile.open(record_path(layout, package.name, since)) as archive:
            archive.extractall(tmp, filter="data")
        old = _load(package.import_name, Path(tmp))
        new = _load(package.import_name, package.source.parent)
        found = griffe.find_breaking_changes(old, new)
        return sorted({_describe(breakage) for breakage in found})


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _describe(breakage: griffe.Breakage) -> str:
    """One line per break, the object's dotted path first.

    `airalo_client.models.order.Order.code: Public object was removed`; a parameter's break names the
    parameter: `tokenkeep.airalo.client(client_id): Parameter was removed`. griffe's own explanation
    starts with a file location, here a temporary directory's, so the dotted path replaces it."""
    explanation = _ANSI.sub("", breakage.explain(griffe.ExplanationStyle.ONE_LINE))
    _location, _title, rest = explanation.split(": ", 2)
    parameter = next((v for v in (breakage.old_value, breakage.new_value) if isinstance(v, griffe.Parameter)), None)
    where = f"{breakage.obj.path}({parameter.name})" if parameter is not None else breakage.obj.path
    return f"{where}: {rest}"


@dataclass
class Verdict:
    problems: list[str]
    notes: list[str]


def check_api(package: Package, layout: Layout, version: str) -> Verdict:
    """Whether `version` of `package` may carry the API change since its last release."""
    verdict = Verdict([], [])
    recorded = recorded_versions(package, layout)
    current = SemVer.parse(version)
    baseline = next((v for v in reversed(recorded) if SemVer.parse(v) <= current), None)
    if baseline is None:
        verdict.notes.append(f"{package.name} {version}: no released API to compare with, the API gate passes")
        return verdict
    breaks = breaking_changes(package, layout, baseline)
    if not breaks:
        verdict.notes.append(f"{package.name} {version}: no break in the Python API since {baseline}")
        return verdict
    listed = "\n".join(f"  - {line}" for line in breaks[:40])
    more = f"\n  ... and {len(breaks) - 40} more" if len(breaks) > 40 else ""
    if baseline == version:
        verdict.problems.append(
            f"the Python API of {package.name} changed since {version} was released, so it cannot be built as "
            f"{version} again: release {next_version(version, 'breaking')}. Breaks:\n{listed}{more}"
        )
    elif not covers(allowed_level(baseline, version), "breaking"):
        verdict.problems.append(
            f"{package.name} {version} is too small a bump from the released {baseline}: its Python API has "
            f"{len(breaks)} breaking change(s) and needs at least {next_version(baseline, 'breaking')}. "
            f"Breaks:\n{listed}{more}"
        )
    else:
        verdict.notes.append(f"{package.name} {version}: {len(breaks)} break(s) since {baseline}, a breaking bump")
    return verdict
