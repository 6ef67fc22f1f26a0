"""Build the wheels and sdists of every package into dist/, reproducibly, and check them.

Each package is staged (packages.stage) and built with `python -m build` (sdist, then the
wheel from the sdist, so the sdist is known to be complete) in an isolated environment
holding the pinned build backend. SOURCE_DATE_EPOCH is taken from the environment, else
from the last commit, else fixed, so the same inputs give the same bytes. After the build
every archive's file list and dependency metadata are compared with what was meant to ship,
and `twine check --strict` runs.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from email.parser import BytesParser
from pathlib import Path

from .packages import Layout, Package, ReleaseError, discover, requirements, select, shipped_files, stage
from .releasing import check

FALLBACK_EPOCH = "315532800"  # 1980-01-01T00:00:00Z, the earliest time a zip file can hold


@dataclass(frozen=True)
class Built:
    package: Package
    wheel: Path
    sdist: Path


def source_date_epoch(layout: Layout) -> str:
    """SOURCE_DATE_EPOCH if set, else the time of the last commit, else a fixed date."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        return os.environ["SOURCE_DATE_EPOCH"]
    if (layout.root / ".git").exists() and shutil.which("git"):
        result = subprocess.run(
            ["git", "-C", str(layout.root), "log", "-1", "--format=%ct"], capture_output=True, text=True, check=False
        )
        if result.returncode == 0 and result.stdout.strip().isdigit():
            return result.stdout.strip()
    return FALLBACK_EPOCH


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stale_generated(package: Package, layout: Layout) -> str | None:
    """Why generated/<provider>_client is not what `make generate` would make now, if it is not."""
    if package.provider is None:
        return None
    generate = layout.root / "scripts" / "generate.py"
    stamp = layout.generated / ".stamps" / f"{package.provider}.sha256"
    if not package.source.is_dir():
        return f"{package.source.relative_to(layout.root)} does not exist: run `make generate`"
    spec = importlib.util.spec_from_file_location("_release_generate", generate)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(generate.parent))  # generate.py may import its neighbours
    try:
        spec.loader.exec_module(module)
        digest = module.inputs_digest(package.provider)
    except Exception:  # generate.py's own business; `make drift` reports it properly
        return None
    finally:
        sys.path.remove(str(generate.parent))
    if not stamp.is_file() or stamp.read_text(encoding="utf-8").strip() != digest:
        return (
            f"{package.source.relative_to(layout.root)} was not generated from the current "
            f"specs/{package.provider}.yaml (or its generator config): run `make generate`"
        )
    return None


def _build_env(epoch: str, layout: Layout) -> tuple[dict[str, str], list[str]]:
    env = dict(os.environ, SOURCE_DATE_EPOCH=epoch, PYTHONHASHSEED="0")
    tools = layout.root / ".tools" / "bin"
    env["PATH"] = os.pathsep.join([str(tools), str(Path(sys.executable).parent), env.get("PATH", "")])
    uv = shutil.which("uv", path=env["PATH"])
    # uv makes the isolated build environments in a fraction of pip's time; same pinned backend.
    return env, (["--installer", "uv"] if uv else [])


def _requirement_key(text: str) -> tuple[str, str, str]:
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    req = Requirement(text)
    specifiers = ",".join(sorted(str(s) for s in req.specifier))
    return (canonicalize_name(req.name), specifiers, str(req.marker or ""))


def expected_requires(package: Package, packages: list[Package], layout: Layout) -> set[tuple[str, str, str]]:
    reqs = requirements(package, packages, layout)
    expected = {_requirement_key(r) for r in reqs.dependencies}
    for extra, items in reqs.extras.items():
        expected |= {_requirement_key(f'{r}; extra == "{extra}"') for r in items}
    return expected


def expected_wheel_files(package: Package) -> set[str]:
    info = f"{package.dist_name}-{package.version}.dist-info"
    files = {f"{package.import_name}/{rel}" for rel in shipped_files(package)}
    return files | {f"{info}/METADATA", f"{info}/WHEEL", f"{info}/RECORD", f"{info}/licenses/LICENSE"}


def expected_sdist_files(package: Package) -> set[str]:
    top = f"{package.dist_name}-{package.version}"
    files = {f"{top}/{package.import_name}/{rel}" for rel in shipped_files(package)}
    return files | {f"{top}/{name}" for name in ("PKG-INFO", "pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md")}


def wheel_metadata(wheel: Path) -> dict[str, list[str]]:
    """The wheel's METADATA headers, each name mapped to all its values."""
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        message = BytesParser().parsebytes(archive.read(name))
    headers: dict[str, list[str]] = {}
    for key, value in message.items():
        headers.setdefault(key, []).append(str(value))
    return headers


def verify(built: Built, packages: list[Package], layout: Layout) -> list[str]:
    """Differences between what was built and what was meant to ship."""
    package = built.package
    problems = []
    with zipfile.ZipFile(built.wheel) as archive:
        wheel_files = set(archive.namelist())
    with tarfile.open(built.sdist) as archive:
        sdist_files = {m.name for m in archive.getmembers() if m.isfile()}
    for kind, found, wanted in (
        ("wheel", wheel_files, expected_wheel_files(package)),
        ("sdist", sdist_files, expected_sdist_files(package)),
    ):
        if found != wanted:
            extra, missing = sorted(found - wanted), sorted(wanted - found)
            problems.append(f"{package.name} {kind}: unexpected files {extra[:10]}, missing files {missing[:10]}")
    requires = {_requirement_key(r) for r in wheel_metadata(built.wheel).get("Requires-Dist", [])}
    wanted_requires = expected_requires(package, packages, layout)
    if requires != wanted_requires:
        problems.append(f"{package.name} wheel: Requires-Dist {sorted(requires)} != {sorted(wanted_requires)}")
    return problems


def build_package(
    package: Package, packages: list[Package], layout: Layout, out: Path, *, epoch: str, log: Callable[[str], None]
) -> Built:
    env, installer = _build_env(epoch, layout)
    with tempfile.TemporaryDirectory(prefix=f"wheels-{package.name}-") as tmp:
        staging = Path(tmp) / package.name
        stage(package, packages, layout, staging)
        target = Path(tmp) / "out"
        cmd = [sys.executable, "-m", "build", *installer, "--outdir", str(target), str(staging)]
        result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise ReleaseError(f"building {package.name} failed:\n{result.stdout}{result.stderr}")
        built = {p.name: p for p in target.iterdir()}
        if set(built) != {package.wheel_name, package.sdist_name}:
            raise ReleaseError(f"building {package.name} made {sorted(built)}, not {package.wheel_name} and sdist")
        out.mkdir(parents=True, exist_ok=True)
        for name, path in built.items():
            shutil.move(str(path), out / name)
    return Built(package, out / package.wheel_name, out / package.sdist_name)


def clean(out: Path, packages: list[Package]) -> None:
    """Remove earlier builds of these packages (any version) so publishing never sees stale files."""
    if not out.is_dir():
        return
    prefixes = tuple(f"{p.dist_name}-" for p in packages)
    for path in out.iterdir():
        if path.name.startswith(prefixes) and path.name.endswith((".whl", ".tar.gz")):
            path.unlink()


def twine_check(paths: list[Path]) -> None:
    cmd = [sys.executable, "-m", "twine", "check", "--strict", *map(str, paths)]
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise ReleaseError(f"twine check failed:\n{result.stdout}{result.stderr}")


def build_all(
    layout: Layout,
    names: list[str] | None = None,
    out: Path | None = None,
    *,
    epoch: str | None = None,
    checks: bool = True,
    log: Callable[[str], None] = print,
) -> list[Built]:
    """The whole of `make wheels`: refuse (ReleaseError) or build, verify and twine-check."""
    packages = discover(layout)
    chosen = select(packages, names or [])
    out = out or layout.dist
    problems = []
    for package in chosen:
        stale = stale_generated(package, layout)
        if stale:
            problems.append(stale)
        if checks:
            status = check(package, layout)
            problems.extend(status.problems)
            for note in status.notes:
                log(f"  {note}")
    if problems:
        raise ReleaseError("refusing to build:\n" + "\n".join(f"- {p}" for p in problems))
    epoch = epoch or source_date_epoch(layout)
    clean(out, chosen)
    built = []
    for package in chosen:
        started = time.perf_counter()
        result = build_package(package, packages, layout, out, epoch=epoch, log=log)
        mismatches = verify(result, packages, layout)
        if mismatches:
            raise ReleaseError("\n".join(mismatches))
        built.append(result)
        log(f"  built {package.name} {package.version} ({time.perf_counter() - started:.1f}s)")
    twine_check([p for b in built for p in (b.wheel, b.sdist)])
    return built


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="scripts/wheels.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("packages", nargs="*", help="packages to build (default: $PACKAGES, else all)")
    parser.add_argument("--out", type=Path, help="output directory (default: dist/)")
    args = parser.parse_args(argv)
    layout = Layout()
    started = time.perf_counter()
    # `make publish PACKAGES=airalo-client` builds (and checks) only what it publishes.
    names = args.packages or [n for n in re.split(r"[\s,]+", os.environ.get("PACKAGES", "")) if n]
    try:
        built = build_all(layout, names, args.out)
    except ReleaseError as exc:
        print(f"make wheels: {exc}", file=sys.stderr)
        return 1
    out = args.out or layout.dist
    print(f"{len(built)} package(s) built into {out} in {time.perf_counter() - started:.1f}s (twine check passed):")
    for b in built:
        for path in (b.wheel, b.sdist):
            print(f"  {sha256(path)}  {path.name}")
    return 0
