"""The command lines of scripts/release.py and scripts/specdiff.py."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .packages import Layout, ReleaseError, discover, select
from .releasing import check, plan_release, release, released_versions, spec_change
from .specdiff import SpecError, compare_files
from .versions import VersionError, allowed_level, covers, next_version


def release_main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/release.py",
        description="Record a release: version, spec snapshot and CHANGELOG entry (then make wheels, make publish).",
    )
    parser.add_argument("package", help="airalo-client, ..., tokenkeep")
    parser.add_argument("version", help="the new version, MAJOR.MINOR.PATCH")
    parser.add_argument("--dry-run", action="store_true", help="check and show the CHANGELOG entry, write nothing")
    args = parser.parse_args(argv)
    layout = Layout()
    try:
        if args.dry_run:
            package = select(discover(layout), [args.package])[0]
            plan = plan_release(package, args.version, layout)
            print(plan.entry, end="")
            return 0
        plan = release(args.package, args.version, layout)
    except (ReleaseError, VersionError, SpecError) as exc:
        print(f"release refused: {exc}", file=sys.stderr)
        return 1
    name = plan.package.name
    print(plan.entry)
    print(f"recorded {name} {args.version}:")
    print(f"  {layout.versions_file.relative_to(layout.root)}: version = {args.version}")
    if plan.package.spec is not None:
        print(f"  {layout.snapshot(name, args.version).relative_to(layout.root)}: the released spec")
    print(f"  {layout.changelog(name).relative_to(layout.root)}: the entry above, to review and edit")
    print(f"next: edit the entry, commit, then `make wheels` and `make publish PACKAGES={name}`")
    return 0


def specdiff_main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/specdiff.py", description=__doc__)
    parser.add_argument("what", nargs="+", help="a package (airalo-client or airalo), or OLD.yaml NEW.yaml")
    args = parser.parse_args(argv)
    try:
        if len(args.what) == 2:
            diff = compare_files(Path(args.what[0]), Path(args.what[1]))
            print(f"{diff.level} change" + (f":\n{diff.describe()}" if diff.changes else ""))
            return 0
        if len(args.what) != 1:
            parser.error("give a package, or two spec files")
        layout = Layout()
        name = args.what[0] if "-" in args.what[0] or args.what[0] == "tokenkeep" else f"{args.what[0]}-client"
        package = select(discover(layout), [name])[0]
        if package.spec is None:
            print(f"{package.name} has no spec to compare")
            return 0
        released = released_versions(package, layout)
        previous = released[-1] if released else None
        diff = spec_change(package, layout, previous)
        against = f"{package.name} {previous}" if previous else "nothing (no release yet)"
        print(f"{package.spec.relative_to(layout.root)} against {against}: {diff.level} change")
        if diff.changes:
            print(diff.describe())
        if previous:
            if package.version == previous and diff.level != "none":
                print(f"versions.toml still says {previous}: release it as {next_version(previous, diff.level)}")
                return 1
            if not covers(allowed_level(previous, package.version), diff.level):
                print(f"versions.toml says {package.version}: too small, needs {next_version(previous, diff.level)}")
                return 1
        status = check(package, layout)
        for problem in status.problems:
            print(f"problem: {problem}")
        return 1 if status.problems else 0
    except (ReleaseError, VersionError, SpecError) as exc:
        print(f"specdiff: {exc}", file=sys.stderr)
        return 2
