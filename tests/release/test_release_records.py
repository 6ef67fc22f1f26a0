"""Releasing: scripts/release.py records a release; make wheels refuses a bump too small for the spec change.

Every test works on a copy of the repository with an extra small provider, "shop", whose spec
is the synthetic one of test_release_specdiff.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from scripts.release import changelog
from scripts.release.packages import Layout, Package, ReleaseError, discover, select
from scripts.release.releasing import check, plan_release, release
from scripts.release.versions import load_versions, set_version
from tests.release.release_helpers import SHOP_SPEC, copy_repository, script


@pytest.fixture
def repo(tmp_path: Path) -> Layout:
    root = copy_repository(tmp_path / "repo")
    (root / "specs" / "shop.yaml").write_text(SHOP_SPEC)
    # A stand-in for its generated client (generating it would take long): a release records
    # the client's sources as the Python API baseline.
    (root / "generated" / "shop_client").mkdir()
    (root / "generated" / "shop_client" / "__init__.py").write_text('"""A client for the Shop API."""\n')
    layout = Layout(root)
    set_version("shop-client", "0.1.0", layout.versions_file)
    return layout


def shop(layout: Layout) -> Package:
    return select(discover(layout), ["shop-client"])[0]


def edit_spec(layout: Layout, edit: str) -> None:
    path = layout.specs / "shop.yaml"
    spec = yaml.safe_load(path.read_text())
    items = spec["components"]["schemas"]["Item"]["properties"]
    if edit == "remove price":
        items.pop("price")
    elif edit == "add colour":
        items["colour"] = {"type": "string"}
    elif edit == "describe id":
        items["id"]["description"] = "Stable id."
    path.write_text(yaml.safe_dump(spec, sort_keys=False))


def test_before_any_release_any_version_builds(repo: Layout) -> None:
    """No snapshot: nothing to compare with, no CHANGELOG to agree with."""
    status = check(shop(repo), repo)
    assert status.problems == []
    assert status.notes == [
        "shop-client 0.1.0: no release yet (nothing to compare the spec with)",
        "shop-client 0.1.0: no released API to compare with, the API gate passes",
    ]


def test_release_records_the_version_the_spec_and_the_changelog_entry(repo: Layout) -> None:
    result = script(repo.root, "release.py", "shop-client", "0.1.0")
    assert result.returncode == 0, result.stderr
    snapshot = repo.snapshot("shop-client", "0.1.0")
    assert snapshot.read_bytes() == (repo.specs / "shop.yaml").read_bytes()
    assert load_versions(repo.versions_file)["shop-client"] == "0.1.0"
    text = repo.changelog("shop-client").read_text()
    assert changelog.entry_versions(text) == ["0.1.0"]
    assert "First release, generated from `specs/shop.yaml` (3 operations, 1 webhook)" in text
    assert "- `POST /items` (createItem)" in text
    assert check(shop(repo), repo, publishing=True).problems == []


def test_make_wheels_refuses_a_bump_smaller_than_the_change_and_says_why(repo: Layout) -> None:
    release("shop-client", "0.1.0", repo)
    edit_spec(repo, "remove price")

    result = script(repo.root, "wheels.py")  # still 0.1.0
    assert result.returncode == 1
    assert "specs/shop.yaml changed since shop-client 0.1.0 was released (breaking change)" in result.stderr
    assert "run `scripts/release.py shop-client 0.2.0`" in result.stderr
    assert "`GET /items` (listItems): response 200 ItemList: field `data[].price` removed" in result.stderr

    set_version("shop-client", "0.1.1", repo.versions_file)  # a patch is too small for a breaking change
    result = script(repo.root, "wheels.py")
    assert result.returncode == 1
    assert "shop-client 0.1.1 is too small a bump from the released 0.1.0" in result.stderr
    assert "needs at least 0.2.0" in result.stderr
    assert "field `data[].price` removed" in result.stderr
    assert not (repo.root / "dist").exists()

    set_version("shop-client", "0.2.0", repo.versions_file)
    assert check(shop(repo), repo).problems == []  # a development build of the next version


def test_release_refuses_too_small_a_bump_then_records_the_breaking_change(repo: Layout) -> None:
    release("shop-client", "0.1.0", repo)
    edit_spec(repo, "remove price")
    refused = script(repo.root, "release.py", "shop-client", "0.1.1")
    assert refused.returncode == 1
    assert "too small a bump from 0.1.0: the spec change is breaking and needs at least 0.2.0" in refused.stderr
    assert not repo.snapshot("shop-client", "0.1.1").exists()
    assert load_versions(repo.versions_file)["shop-client"] == "0.1.0"

    result = script(repo.root, "release.py", "shop-client", "0.2.0")
    assert result.returncode == 0, result.stderr
    text = repo.changelog("shop-client").read_text()
    assert changelog.entry_versions(text) == ["0.2.0", "0.1.0"]
    entry = changelog.entry(text, "0.2.0") or ""
    assert "Compared with 0.1.0, the spec has a **breaking** change." in entry
    assert "### Breaking changes" in entry
    assert "field `data[].price` removed" in entry
    assert check(shop(repo), repo, publishing=True).problems == []


@pytest.mark.parametrize(("edit", "version"), [("add colour", "0.1.1"), ("describe id", "0.1.1")])
def test_features_and_fixes_need_a_patch_below_1_0(repo: Layout, edit: str, version: str) -> None:
    release("shop-client", "0.1.0", repo)
    edit_spec(repo, edit)
    plan = plan_release(shop(repo), version, repo)
    assert plan.diff is not None
    assert plan.diff.level == ("feature" if edit == "add colour" else "fix")
    section = "### Added" if edit == "add colour" else "### Fixed and documented"
    assert section in plan.entry


def test_features_need_a_minor_bump_from_1_0(repo: Layout) -> None:
    set_version("shop-client", "1.0.0", repo.versions_file)
    release("shop-client", "1.0.0", repo)
    edit_spec(repo, "add colour")
    with pytest.raises(ReleaseError, match=r"needs at least 1\.1\.0"):
        plan_release(shop(repo), "1.0.1", repo)
    assert plan_release(shop(repo), "1.1.0", repo).diff is not None


def test_version_and_changelog_must_agree(repo: Layout) -> None:
    release("shop-client", "0.1.0", repo)
    path = repo.changelog("shop-client")
    path.write_text(path.read_text().replace("## 0.1.0 (", "## 0.1.5 ("))
    problems = check(shop(repo), repo).problems
    assert any("says the latest release is 0.1.5, but versions.toml says shop-client is 0.1.0" in p for p in problems)


def test_an_unreleased_version_is_not_published(repo: Layout) -> None:
    problems = check(shop(repo), repo, publishing=True).problems
    assert any(
        "shop-client 0.1.0 has not been released: run `scripts/release.py shop-client 0.1.0`" in p for p in problems
    )


def test_release_refuses_a_version_already_released_or_lower(repo: Layout) -> None:
    release("shop-client", "0.2.0", repo)
    for version in ("0.2.0", "0.1.9"):
        with pytest.raises(ReleaseError):
            plan_release(shop(repo), version, repo)


def test_a_tokenkeep_entry_must_be_written_before_publishing(repo: Layout) -> None:
    """tokenkeep has no spec: its entry starts as a placeholder that publishing refuses."""
    tokenkeep = select(discover(repo), ["tokenkeep"])[0]
    plan = release("tokenkeep", tokenkeep.version, repo)
    assert changelog.PLACEHOLDER in plan.entry
    assert "`[shop]`" not in plan.entry  # no tokenkeep.shop module, so no extra
    problems = check(tokenkeep, repo, publishing=True).problems
    assert any("still says" in p for p in problems)
    path = repo.changelog("tokenkeep")
    path.write_text(path.read_text().replace(changelog.PLACEHOLDER, "Token caching for Airalo and GoGoX."))
    assert check(tokenkeep, repo, publishing=True).problems == []


def test_specdiff_command_compares_with_the_last_release(repo: Layout) -> None:
    release("shop-client", "0.1.0", repo)
    edit_spec(repo, "add colour")
    result = script(repo.root, "specdiff.py", "shop")
    assert result.returncode == 1  # versions.toml still says 0.1.0
    assert "specs/shop.yaml against shop-client 0.1.0: feature change" in result.stdout
    assert "release it as 0.1.1" in result.stdout
    files = script(repo.root, "specdiff.py", str(repo.snapshot("shop-client", "0.1.0")), str(repo.specs / "shop.yaml"))
    assert files.returncode == 0
    assert files.stdout.startswith("feature change:")


def test_tokenkeep_must_be_released_again_when_a_client_it_extends_breaks(repo: Layout) -> None:
    """tokenkeep[<provider>] pins the client's compatible series; a new series needs a new tokenkeep."""
    overlay = repo.overlay / "tokenkeep"
    client = next(p for p in discover(repo) if p.provider and (overlay / f"{p.provider}.py").is_file())
    tokenkeep = select(discover(repo), ["tokenkeep"])[0]
    release("tokenkeep", tokenkeep.version, repo)
    recorded = (repo.released / f"tokenkeep-{tokenkeep.version}.requires").read_text()
    assert f"{client.name}>={client.version},<" in recorded

    major, minor, patch = (int(x) for x in client.version.split("."))
    set_version(client.name, f"{major}.{minor}.{patch + 1}", repo.versions_file)  # same series: fine
    assert check(tokenkeep, repo).problems == []

    breaking = f"{major}.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"
    set_version(client.name, breaking, repo.versions_file)
    problems = check(tokenkeep, repo).problems
    assert len(problems) == 1
    assert f"{client.name}" in problems[0]
    assert "needs one too: run `scripts/release.py tokenkeep" in problems[0]
