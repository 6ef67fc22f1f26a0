"""Each wheel's page on the index is its own provider's documentation page; tokenkeep's links them all."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from scripts.release.packages import Layout, discover, readme, readme_quick_start

ROOT = Path(__file__).resolve().parents[2]
PROVIDERS = ("airalo", "onlinesim", "aeropay", "gogox")
SOURCE = "https://github.com/partner-clients/partner-clients/blob/main/"


def _readmes(layout: Layout) -> dict[str, str]:
    packages = discover(layout)
    return {package.name: readme(package, packages, layout) for package in packages}


@pytest.fixture(scope="module")
def readmes() -> dict[str, str]:
    return _readmes(Layout())


def test_each_client_readme_is_its_provider_page_and_no_other(readmes: dict[str, str]) -> None:
    for provider in PROVIDERS:
        text = readmes[f"{provider}-client"]
        page = (ROOT / "docs" / "providers" / f"{provider}.md").read_text(encoding="utf-8")
        assert text.startswith(f"# {provider}-client\n")
        for heading in re.findall(r"^## .+$", page, re.MULTILINE):
            assert heading in text, (provider, heading)
        quick_start = readme_quick_start(Layout(), provider)
        assert quick_start and quick_start in text, provider
        for other in set(PROVIDERS) - {provider}:
            assert f"import tokenkeep.{other}" not in text, (provider, other)
        assert "MIT licensed" in text


def test_links_between_pages_point_into_the_repository(readmes: dict[str, str]) -> None:
    for name, text in readmes.items():
        targets = re.findall(r"\]\(([^)]+)\)", text)
        assert targets, name
        for target in targets:
            assert target.startswith("https://"), (name, target)  # the index shows a page alone
            assert "/docs/reference/" not in target, (name, target)  # the reference exists on the site only
    airalo = readmes["airalo-client"]
    assert f"[Errors and retries]({SOURCE}docs/errors.md)" in airalo
    assert f"[Webhooks]({SOURCE}docs/webhooks.md)" in airalo


def test_tokenkeep_readme_shows_the_shortest_quick_start_and_links_every_provider_page(
    readmes: dict[str, str],
) -> None:
    text = readmes["tokenkeep"]
    quick_starts = [readme_quick_start(Layout(), provider) or "" for provider in PROVIDERS]
    assert min(quick_starts, key=len) in text
    for provider in PROVIDERS:
        assert f"{SOURCE}docs/providers/{provider}.md" in text, provider


def test_a_client_without_a_provider_page_gets_a_generated_page(tmp_path: Path) -> None:
    for name in ("specs", "generated", "overlay", "scripts"):
        (tmp_path / name).symlink_to(ROOT / name)
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    (tmp_path / "docs" / "providers" / "gogox.md").unlink()
    text = _readmes(Layout(tmp_path))["gogox-client"]
    assert "## Install" in text
    assert 'pip install gogox-client "tokenkeep[gogox]"' in text
    assert "api = tokenkeep.gogox.client(CLIENT_ID, CLIENT_SECRET)" in text
