"""Release records and the checks `make wheels`, `make publish` and scripts/release.py make.

A release of a package is recorded by three files, all written by `scripts/release.py`:
  scripts/release/versions.toml               its version
  scripts/release/released/<pkg>-<ver>.yaml   a byte copy of the spec it was built from
                                              (generated clients only)
  scripts/release/changelog/<pkg>.md          its entry, newest first
  scripts/release/released/<pkg>-<ver>.requires  its dependencies (tokenkeep, which has no spec:
                                              a client's breaking release changes its extras)
  scripts/release/released/<pkg>-<ver>.api.tar.gz  its shipped sources: the Python API baseline
                                              (every package; see apigate.py)

The last released spec of a package is the snapshot with the highest version. Until a
package's first release there is nothing to compare with, and any version may be built.
"""

from __future__ import annotations

import datetime as _dt
import shutil
from dataclasses import dataclass

from . import changelog
from .apigate import check_api, record_api
from .packages import Layout, Package, ReleaseError, discover, requirements, select
from .specdiff import SpecDiff, compare_specs, load_spec
from .versions import SemVer, VersionError, allowed_level, covers, next_version, set_version


def released_versions(package: Package, layout: Layout) -> list[str]:
    """Versions with a spec snapshot, oldest first (always empty for tokenkeep)."""
    if package.spec is None or not layout.released.is_dir():
        return []
    prefix = f"{package.name}-"
    found = []
    for path in layout.released.glob(f"{prefix}*.yaml"):
        candidate = path.name[len(prefix) : -len(".yaml")]
        try:
            SemVer.parse(candidate)
        except VersionError:  # another package's snapshot whose name starts the same way
            pass
        else:
            found.append(candidate)
    return sorted(found, key=SemVer.parse)


def spec_change(package: Package, layout: Layout, since: str | None) -> SpecDiff:
    """The change from the snapshot of `since` (or from nothing) to the current spec."""
    assert package.spec is not None
    old = load_spec(layout.snapshot(package.name, since)) if since else {}
    return compare_specs(old, load_spec(package.spec))


@dataclass
class Status:
    package: Package
    released: list[str]  # snapshot versions, oldest first
    entries: list[str]  # CHANGELOG versions, newest first
    problems: list[str]
    notes: list[str]

    @property
    def is_released(self) -> bool:
        """Whether the recorded version is a release (not a development version)."""
        if self.package.spec is not None:
            return self.package.version in self.released
        return self.package.version in self.entries


def check(package: Package, layout: Layout, *, publishing: bool = False) -> Status:
    """What stops building (or publishing) `package` at its recorded version."""
    name, version = package.name, package.version
    current = SemVer.parse(version)
    released = released_versions(package, layout)
    entries = changelog.read_versions(layout.changelog(name))
    status = Status(package, released, entries, [], [])
    problems, notes = status.problems, status.notes
    release_cmd = "scripts/release.py"

    if package.spec is not None:
        spec = package.spec.relative_to(layout.root)
        if released and current < SemVer.parse(released[-1]):
            problems.append(f"{name} {version} is older than its last release, {released[-1]}")
        elif version in released:
            diff = spec_change(package, layout, version)
            if diff.changes:
                suggestion = next_version(version, diff.level)
                problems.append(
                    f"{spec} changed since {name} {version} was released ({diff.level} change), so it cannot be "
                    f"built as {version} again: run `{release_cmd} {name} {suggestion}`\n{diff.describe(limit=20)}"
                )
        elif released:
            previous = released[-1]
            diff = spec_change(package, layout, previous)
            allowed = allowed_level(previous, version)
            if not covers(allowed, diff.level):
                needed = next_version(previous, diff.level)
                problems.append(
                    f"{name} {version} is too small a bump from the released {previous}: the change to {spec} is "
                    f"{diff.level} and needs at least {needed} (the bump {previous} -> {version} allows only "
                    f"{allowed} changes). Why:\n{diff.describe(limit=20)}"
                )
            else:
                notes.append(f"{name} {version}: unreleased, {diff.level} change since {previous}")
        else:
            notes.append(f"{name} {version}: no release yet (nothing to compare the spec with)")

    api = check_api(package, layout, version)  # the Python API, whatever changed it
    problems.extend(api.problems)
    notes.extend(api.notes)

    if entries and entries[0] != version:
        newer = SemVer.parse(entries[0]) > current
        if newer or status.is_released or publishing:
            problems.append(
                f"the CHANGELOG ({layout.changelog(name).relative_to(layout.root)}) says the latest release is "
                f"{entries[0]}, but versions.toml says {name} is {version}: they must agree"
            )
    if package.spec is None and status.is_released:
        recorded = layout.released / f"{name}-{version}.requires"
        if recorded.is_file():
            now = _series(requires_lines(package, layout))
            then = _series(recorded.read_text(encoding="utf-8").splitlines())
            if now != then:
                changed = sorted(now ^ then)
                problems.append(
                    f"{name} {version} was released with other dependencies than it would have now "
                    f"({', '.join(changed)}): a client it depends on had a breaking release, so {name} needs "
                    f"one too: run `{release_cmd} {name} {next_version(version, 'breaking')}`"
                )
    if publishing:
        if not status.is_released or version not in entries:
            problems.append(
                f"{name} {version} has not been released: run `{release_cmd} {name} {version}` (it records the "
                "version, the spec and the CHANGELOG entry), review the entry, then publish"
            )
        else:
            text = layout.changelog(name).read_text(encoding="utf-8")
            body = changelog.entry(text, version) or ""
            if changelog.PLACEHOLDER in body:
                problems.append(
                    f"the CHANGELOG entry of {name} {version} still says {changelog.PLACEHOLDER!r}: write it first"
                )
    return status


def _series(lines: list[str]) -> set[str]:
    """Requirements without the lower bounds of our clients' ranges: a client's feature or fix
    release raises the lower bound (fine), a breaking one moves the upper bound (not fine)."""
    from packaging.requirements import Requirement

    out = set()
    for line in lines:
        req = Requirement(line)
        if req.name.endswith("-client"):
            kept = ",".join(sorted(str(s) for s in req.specifier if s.operator != ">="))
            out.add(f"{req.name}{kept}" + (f"; {req.marker}" if req.marker else ""))
        else:
            out.add(str(req))
    return out


def requires_lines(package: Package, layout: Layout) -> list[str]:
    """The package's Requires-Dist, one a line: recorded at release for packages without a spec."""
    reqs = requirements(package, discover(layout), layout)
    lines = list(reqs.dependencies)
    lines += [f'{r}; extra == "{extra}"' for extra, items in reqs.extras.items() for r in items]
    return lines


@dataclass
class Plan:
    package: Package
    previous: str | None
    diff: SpecDiff | None
    entry: str


def plan_release(package: Package, new_version: str, layout: Layout, *, date: str | None = None) -> Plan:
    """Check that `package` may be released as `new_version` and compose its CHANGELOG entry."""
    name = package.name
    new = SemVer.parse(new_version)
    entries = changelog.read_versions(layout.changelog(name))
    if new_version in entries:
        raise ReleaseError(f"the CHANGELOG of {name} already has an entry for {new_version}: it was released")
    if entries and SemVer.parse(entries[0]) >= new:
        raise ReleaseError(f"{name} {new_version} must be greater than its last release, {entries[0]}")
    if SemVer.parse(package.version) > new:
        raise ReleaseError(f"versions.toml already says {name} is {package.version}, which is above {new_version}")
    date = date or _dt.datetime.now(_dt.UTC).date().isoformat()
    api = check_api(package, layout, new_version)
    if api.problems:
        raise ReleaseError("\n".join(api.problems))
    if package.spec is None:
        previous = entries[0] if entries else None
        reqs = requirements(package, discover(layout), layout)
        extras = [f"`[{extra}]`: {', '.join(f'`{r}`' for r in items)}" for extra, items in reqs.extras.items()]
        notes = ["First release." if previous is None else f"Previous release: {previous}."]
        notes += [f"Extras: {'; '.join(extras)}."] if extras else []
        return Plan(package, previous, None, changelog.render(new_version, date, None, previous=previous, notes=notes))

    released = released_versions(package, layout)
    if new_version in released:
        raise ReleaseError(f"{layout.snapshot(name, new_version)} exists: {name} {new_version} was released")
    previous = released[-1] if released else None
    if previous is not None and SemVer.parse(previous) >= new:
        raise ReleaseError(f"{name} {new_version} must be greater than its last release, {previous}")
    diff = spec_change(package, layout, previous)
    if previous is not None:
        allowed = allowed_level(previous, new_version)
        if not covers(allowed, diff.level):
            raise ReleaseError(
                f"{name} {new_version} is too small a bump from {previous}: the spec change is {diff.level} "
                f"and needs at least {next_version(previous, diff.level)}. Why:\n{diff.describe()}"
            )
    spec_name = package.spec.relative_to(layout.root).as_posix()
    text = changelog.render(new_version, date, diff, previous=previous, spec_name=spec_name)
    return Plan(package, previous, diff, text)


def release(package_name: str, new_version: str, layout: Layout | None = None, *, date: str | None = None) -> Plan:
    """Record a release: the version in versions.toml, the spec snapshot, the CHANGELOG entry."""
    layout = layout or Layout()
    package = select(discover(layout), [package_name])[0]
    plan = plan_release(package, new_version, layout, date=date)
    set_version(package.name, new_version, layout.versions_file)
    layout.released.mkdir(parents=True, exist_ok=True)
    if package.spec is not None:
        shutil.copyfile(package.spec, layout.snapshot(package.name, new_version))
    else:  # no spec: record what it depends on, so that a client's breaking release is noticed
        package = select(discover(layout), [package_name])[0]  # at its new version
        requires = layout.released / f"{package.name}-{new_version}.requires"
        requires.write_text("\n".join(requires_lines(package, layout)) + "\n", encoding="utf-8")
    record_api(package, layout, new_version)  # the next release's API baseline
    changelog.prepend(layout.changelog(package.name), package.name, plan.entry)
    return plan
