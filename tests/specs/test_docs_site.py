"""The documentation site builds in strict mode (what `make docs` runs), and strict mode really
fails on a broken link or a reference to an object that does not exist."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROVIDERS = ("airalo", "onlinesim", "aeropay", "gogox")
BUILD_SECONDS = 400  # the whole site takes about a minute on the 2-core development machine


def _build(config_dir: Path, site: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=config_dir,
        capture_output=True,
        text=True,
        timeout=BUILD_SECONDS,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


@pytest.mark.timeout(BUILD_SECONDS + 20)
def test_the_site_builds_in_strict_mode_with_the_api_reference(tmp_path: Path) -> None:
    result = _build(ROOT, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    reference = tmp_path / "site" / "reference"
    assert 'id="tokenkeep.airalo.client"' in (reference / "tokenkeep" / "index.html").read_text(encoding="utf-8")
    for provider in PROVIDERS:
        page = (reference / f"{provider}_client" / "index.html").read_text(encoding="utf-8")
        assert f'id="{provider}_client.client.AuthenticatedClient"' in page, provider
        assert f'id="{provider}_client.api.' in page, provider  # the operations, not only the package
        assert f'id="{provider}_client.models.' in page, provider  # and the models, however they are exported
    for provider in PROVIDERS:
        assert (tmp_path / "site" / "providers" / provider / "index.html").is_file()


def _small_copy(tmp_path: Path) -> Path:
    """The site's configuration and pages, with the client references cut to one small module each."""
    copy = tmp_path / "repo"
    copy.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", copy)
    shutil.copytree(ROOT / "docs", copy / "docs")
    for name in ("overlay", "generated"):
        (copy / name).symlink_to(ROOT / name)
    for provider in PROVIDERS:
        (copy / "docs" / "reference" / f"{provider}_client.md").write_text(
            f"# {provider}_client\n\n::: {provider}_client.errors\n", encoding="utf-8"
        )
    return copy


@pytest.mark.timeout(BUILD_SECONDS + 20)
def test_a_broken_link_fails_the_build_and_is_named(tmp_path: Path) -> None:
    copy = _small_copy(tmp_path)
    with (copy / "docs" / "tokens.md").open("a", encoding="utf-8") as page:
        page.write("\nSee [the fleet](flet.md).\n")
    result = _build(copy, tmp_path / "site")
    assert result.returncode != 0
    assert "flet.md" in result.stderr


@pytest.mark.timeout(BUILD_SECONDS + 20)
def test_a_reference_to_a_missing_object_fails_the_build_and_is_named(tmp_path: Path) -> None:
    copy = _small_copy(tmp_path)
    with (copy / "docs" / "reference" / "gogox_client.md").open("a", encoding="utf-8") as page:
        page.write("\n::: gogox_client.no_such_module\n")
    result = _build(copy, tmp_path / "site")
    assert result.returncode != 0
    assert "gogox_client.no_such_module" in result.stderr
