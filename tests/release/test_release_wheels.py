"""make wheels: reproducible archives holding exactly what ships, with dependencies read from the imports."""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from dataclasses import dataclass
from email.message import Message
from email.parser import BytesParser
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from scripts.release.packages import Layout, Package, ReleaseError, discover, requirements, shipped_files
from scripts.release.wheels import build_all, source_date_epoch
from tests.release.release_helpers import ROOT, copy_repository, sha256

pytestmark = pytest.mark.timeout(300)

DIST_INFO = ("METADATA", "WHEEL", "RECORD", "licenses/LICENSE")
SDIST_EXTRAS = ("PKG-INFO", "pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md")
TOKENKEEP_CORE = {"attrs", "cryptography", "filelock", "httpx", "jsonschema-rs", "platformdirs", "stamina"}


@dataclass
class Builds:
    packages: list[Package]
    first: Path
    second: Path


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> Builds:
    """The repository's packages built twice, into two directories, from two staging directories."""
    layout = Layout()
    epoch = source_date_epoch(layout)
    first, second = tmp_path_factory.mktemp("first"), tmp_path_factory.mktemp("second")
    # checks=False: this is about the archives, not about whether the versions are releasable now.
    build_all(layout, out=first, epoch=epoch, checks=False, log=lambda _: None)
    build_all(layout, out=second, epoch=epoch, checks=False, log=lambda _: None)
    return Builds(discover(layout), first, second)


def wheel_metadata(path: Path) -> Message:
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        return BytesParser().parsebytes(archive.read(name))


def source_files(package: Package) -> set[str]:
    """Independently of the build code: the .py files of the package directory, py.typed, and a client's schemas."""
    files = {"py.typed"}
    if (package.source / "_schemas.json").is_file():
        files.add("_schemas.json")
    for path in package.source.rglob("*.py"):
        rel = path.relative_to(package.source)
        if "__pycache__" not in rel.parts and not any(p.startswith(".") for p in rel.parts):
            files.add(rel.as_posix())
    return files


def test_building_twice_gives_identical_bytes(builds: Builds) -> None:
    first = {p.name: sha256(p) for p in builds.first.iterdir()}
    second = {p.name: sha256(p) for p in builds.second.iterdir()}
    assert first == second
    expected = {n for p in builds.packages for n in (p.wheel_name, p.sdist_name)}
    assert set(first) == expected
    assert len(builds.packages) == len(list((ROOT / "specs").glob("*.yaml"))) + 1


def test_wheels_hold_the_package_and_its_metadata_and_nothing_else(builds: Builds) -> None:
    for package in builds.packages:
        with zipfile.ZipFile(builds.first / package.wheel_name) as archive:
            names = set(archive.namelist())
        info = f"{package.dist_name}-{package.version}.dist-info"
        expected = {f"{package.import_name}/{f}" for f in source_files(package)} | {f"{info}/{f}" for f in DIST_INFO}
        assert names == expected, package.name
        assert f"{package.import_name}/py.typed" in names
        for forbidden in ("__pycache__", ".pyc", ".ruff_cache", ".mypy_cache", ".stamps", "tests/", "conftest"):
            assert not any(forbidden in n for n in names), (package.name, forbidden)


def test_sdists_hold_the_package_readme_license_and_changelog(builds: Builds) -> None:
    for package in builds.packages:
        top = f"{package.dist_name}-{package.version}"
        with tarfile.open(builds.first / package.sdist_name) as archive:
            names = {m.name for m in archive.getmembers() if m.isfile()}
            pyproject = tomllib.loads(archive.extractfile(f"{top}/pyproject.toml").read().decode())  # type: ignore[union-attr]
        expected = {f"{top}/{package.import_name}/{f}" for f in source_files(package)} | {
            f"{top}/{f}" for f in SDIST_EXTRAS
        }
        assert names == expected, package.name
        assert pyproject["build-system"]["requires"][0].startswith("hatchling==")
        assert all("==" in r for r in pyproject["build-system"]["requires"])


def test_metadata_is_complete(builds: Builds) -> None:
    for package in builds.packages:
        meta = wheel_metadata(builds.first / package.wheel_name)
        assert meta["Name"] == package.name
        assert meta["Version"] == package.version
        assert meta["Requires-Python"] == ">=3.11"
        assert meta["License-Expression"] == "MIT"
        assert meta["License-File"] == "LICENSE"
        assert meta["Description-Content-Type"] == "text/markdown"
        assert "Typing :: Typed" in (meta.get_all("Classifier") or [])
        urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL") or [])
        assert {"Homepage", "Source", "Issues", "Changelog"} <= set(urls)
        assert urls["Changelog"].endswith(f"/scripts/release/changelog/{package.name}.md")
        readme = meta.get_payload()
        assert isinstance(readme, str)
        assert readme.startswith(f"# {package.name}\n")
        assert "pip install" in readme
        assert "tokenkeep" in readme  # every quick start goes through tokenkeep (or names it)
        assert "MIT" in readme


def test_twine_check_passes(builds: Builds) -> None:
    files = sorted(str(p) for p in builds.first.iterdir())
    result = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *files], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("PASSED") == len(files)


def requires(meta: Message) -> list[Requirement]:
    return [Requirement(r) for r in meta.get_all("Requires-Dist") or []]


def test_generated_clients_depend_only_on_what_they_import(builds: Builds) -> None:
    """Core dependencies from the imports; pydantic (webhook models only) behind the [webhooks] extra."""
    for package in (p for p in builds.packages if p.provider):
        code = "\n".join(path.read_text() for path in package.source.rglob("*.py"))
        expected = {"httpx", "attrs", "tokenkeep"}  # tokenkeep: the contract's errors and retries
        if re.search(r"^\s*(import|from) dateutil", code, re.MULTILINE):
            expected.add("python-dateutil")
        if re.search(r"^\s*(import|from) tokenkeep", code, re.MULTILINE):
            expected.add("tokenkeep")
        meta = wheel_metadata(builds.first / package.wheel_name)
        found = requires(meta)
        assert {r.name for r in found if r.marker is None} == expected, package.name
        extras = {(r.name, str(r.marker)) for r in found if r.marker is not None}
        webhooks = re.search(r"^\s*(import|from) pydantic", (package.source / "webhooks.py").read_text(), re.MULTILINE)
        assert extras == ({("pydantic", 'extra == "webhooks"')} if webhooks else set()), package.name
        assert (meta.get_all("Provides-Extra") or []) == (["webhooks"] if webhooks else [])
        httpx = next(r for r in found if r.name == "httpx")
        assert httpx.specifier.contains(metadata.version("httpx"))
        assert not httpx.specifier.contains("1.0.0")
        overlay = next(r for r in found if r.name == "tokenkeep")
        version = next(p.version for p in builds.packages if p.name == "tokenkeep")
        assert overlay.specifier.contains(version) and not overlay.specifier.contains("99.0.0")


def test_tokenkeep_depends_on_the_clients_only_through_its_extras(builds: Builds) -> None:
    tokenkeep = next(p for p in builds.packages if p.name == "tokenkeep")
    meta = wheel_metadata(builds.first / tokenkeep.wheel_name)
    found = requires(meta)
    assert {r.name for r in found if r.marker is None} == TOKENKEEP_CORE
    by_extra: dict[str, set[str]] = {}
    for r in found:
        if r.marker is not None:
            extra = re.search(r"extra == ['\"]([^'\"]+)", str(r.marker))
            assert extra, r
            by_extra.setdefault(extra.group(1), set()).add(str(r).split(";")[0].strip())
    clients = {p.provider: p for p in builds.packages if p.provider}
    modules = {p.stem for p in (ROOT / "overlay" / "tokenkeep").glob("*.py") if p.stem in clients}
    expected = {"redis": {"redis>=6"}}
    for provider in modules:
        client = clients[provider]
        major, minor, _patch = (int(x) for x in client.version.split("."))
        upper = f"0.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"
        expected[provider] = {f"{client.name}<{upper},>={client.version}"}
    assert by_extra == expected
    assert sorted(meta.get_all("Provides-Extra") or []) == sorted(expected)


def test_dependency_ranges_admit_the_versions_we_test_with() -> None:
    config = tomllib.loads((ROOT / "scripts" / "release" / "dependencies.toml").read_text())
    for module, requirement in config["imports"].items():
        req = Requirement(requirement)
        assert req.specifier.contains(metadata.version(req.name), prereleases=True), (module, requirement)
    assert all(re.fullmatch(r"[A-Za-z0-9_.-]+==[0-9][^,;]*", r) for r in config["build-system"]["requires"])


def test_runtime_imports_are_found_and_type_checking_ones_ignored(tmp_path: Path) -> None:
    source = tmp_path / "demo_client"
    (source / "sub").mkdir(parents=True)
    (source / "__init__.py").write_text(
        "from __future__ import annotations\nimport json\nfrom typing import TYPE_CHECKING\nimport httpx\n"
        "from . import sub\nif TYPE_CHECKING:\n    import pydantic\nelse:\n    import attrs\n"
    )
    (source / "sub" / "__init__.py").write_text("def f():\n    import dateutil.parser\n    return dateutil\n")
    package = Package("demo-client", "0.1.0", "demo_client", source, "demo")
    reqs = requirements(package, [package], Layout())
    assert [Requirement(r).name for r in reqs.dependencies] == ["attrs", "httpx", "python-dateutil"]


def test_an_import_without_a_known_range_stops_the_build(tmp_path: Path) -> None:
    source = tmp_path / "demo_client"
    source.mkdir()
    (source / "__init__.py").write_text("import requests\n")
    package = Package("demo-client", "0.1.0", "demo_client", source, "demo")
    with pytest.raises(ReleaseError, match=r"demo_client/__init__.py imports requests: add its distribution"):
        requirements(package, [package], Layout())


def test_a_webhooks_module_importing_pydantic_adds_the_webhooks_extra(tmp_path: Path) -> None:
    """The generated webhook models (datamodel-code-generator, pydantic v2) need pydantic only through [webhooks]."""
    layout = Layout(copy_repository(tmp_path / "repo"))
    package = next(p for p in discover(layout) if p.provider)
    (package.source / "webhooks.py").write_text(
        "from pydantic import BaseModel\n\n\nclass Event(BaseModel):\n    id: str\n"
    )
    reqs = requirements(package, discover(layout), layout)
    assert reqs.extras["webhooks"] == ["pydantic>=2.7,<3"]
    assert not [r for r in reqs.dependencies if r.startswith("pydantic")]
    assert "webhooks.py" in shipped_files(package)


def test_pydantic_imported_outside_the_webhooks_module_stops_the_build(tmp_path: Path) -> None:
    """An API module needing pydantic would break `pip install <client>` without the extra: refused."""
    layout = Layout(copy_repository(tmp_path / "repo"))
    package = next(p for p in discover(layout) if p.provider)
    (package.source / "models" / "extra_model.py").write_text("import pydantic\n")
    with pytest.raises(ReleaseError, match=r"models/extra_model.py imports pydantic, which only the \[webhooks\]"):
        requirements(package, discover(layout), layout)


def test_only_code_and_py_typed_ship(tmp_path: Path) -> None:
    source = tmp_path / "demo_client"
    for rel in ("a.py", "sub/b.py", "__pycache__/a.cpython-311.pyc", ".ruff_cache/x", "tests/test_a.py", "notes.txt"):
        (source / rel).parent.mkdir(parents=True, exist_ok=True)
        (source / rel).write_text("")
    package = Package("demo-client", "0.1.0", "demo_client", source, "demo")
    assert shipped_files(package) == ["a.py", "py.typed", "sub/b.py"]
