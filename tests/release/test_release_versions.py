"""versions.toml: one version per package, semantic bumps, rewritten in place."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.release.versions import (
    VERSIONS_FILE,
    VersionError,
    allowed_level,
    covers,
    load_versions,
    next_version,
    package_for_provider,
    provider_version,
    set_version,
)

ROOT = Path(__file__).resolve().parents[2]


def test_every_spec_and_tokenkeep_have_a_version() -> None:
    """make generate and make wheels read the same file; every spec's package is in it."""
    versions = load_versions()
    assert VERSIONS_FILE == ROOT / "scripts" / "release" / "versions.toml"
    for spec in (ROOT / "specs").glob("*.yaml"):
        assert package_for_provider(spec.stem) in versions, spec.name
        assert provider_version(spec.stem) == versions[package_for_provider(spec.stem)]
    assert "tokenkeep" in versions


def test_versions_are_not_copied_into_generated_code() -> None:
    """The version lives in versions.toml only: generated/ does not carry it."""
    for package, version in load_versions().items():
        directory = ROOT / "generated" / package.replace("-", "_")
        if directory.is_dir():
            for path in directory.rglob("*.py"):
                assert f'__version__ = "{version}"' not in path.read_text(), path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[airalo-client]\nversion = "1.0"\n', "MAJOR.MINOR.PATCH"),
        ('[airalo-client]\nversion = "01.0.0"\n', "MAJOR.MINOR.PATCH"),
        ("[airalo-client]\nversion = 1\n", "exactly one key"),
        ('[airalo-client]\nversion = "1.0.0"\nname = "x"\n', "exactly one key"),
        ('[Airalo_Client]\nversion = "1.0.0"\n', "normalized package name"),
        ("[airalo-client\n", "not valid TOML"),
    ],
)
def test_malformed_files_are_refused_with_the_reason(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "versions.toml"
    path.write_text(text)
    with pytest.raises(VersionError, match=message):
        load_versions(path)


def test_a_provider_without_a_table_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "versions.toml"
    path.write_text('[tokenkeep]\nversion = "0.1.0"\n')
    with pytest.raises(VersionError, match=r"no \[airalo-client\] table"):
        provider_version("airalo", path)


def test_set_version_keeps_comments_and_other_tables(tmp_path: Path) -> None:
    path = tmp_path / "versions.toml"
    path.write_text('# head\n[a-client]\n# why\nversion = "0.1.0"\n\n[b-client]\nversion = "0.3.0"\n')
    set_version("a-client", "0.2.0", path)
    assert path.read_text() == '# head\n[a-client]\n# why\nversion = "0.2.0"\n\n[b-client]\nversion = "0.3.0"\n'
    set_version("c-client", "1.0.0", path)
    assert load_versions(path) == {"a-client": "0.2.0", "b-client": "0.3.0", "c-client": "1.0.0"}


@pytest.mark.parametrize(
    ("old", "new", "allowed"),
    [
        ("1.2.3", "1.2.3", "none"),
        ("1.2.3", "1.2.2", "none"),
        ("1.2.3", "1.2.4", "fix"),
        ("1.2.3", "1.3.0", "feature"),
        ("1.2.3", "2.0.0", "breaking"),
        ("0.1.0", "0.1.1", "feature"),  # below 1.0 a patch carries features and fixes
        ("0.1.0", "0.2.0", "breaking"),  # and a minor may break
        ("0.9.3", "1.0.0", "breaking"),
        ("1.0.0rc1", "1.0.0", "breaking"),
    ],
)
def test_what_a_bump_allows(old: str, new: str, allowed: str) -> None:
    assert allowed_level(old, new) == allowed


@pytest.mark.parametrize(
    ("old", "level", "new"),
    [
        ("1.2.3", "fix", "1.2.4"),
        ("1.2.3", "feature", "1.3.0"),
        ("1.2.3", "breaking", "2.0.0"),
        ("0.1.4", "fix", "0.1.5"),
        ("0.1.4", "feature", "0.1.5"),
        ("0.1.4", "breaking", "0.2.0"),
    ],
)
def test_the_smallest_sufficient_next_version(old: str, level: str, new: str) -> None:
    assert next_version(old, level) == new
    assert covers(allowed_level(old, new), level)


def test_a_too_small_bump_does_not_cover_the_change() -> None:
    assert not covers(allowed_level("1.2.3", "1.2.4"), "feature")
    assert not covers(allowed_level("0.1.0", "0.1.1"), "breaking")
    assert covers(allowed_level("0.1.0", "0.1.0"), "none")
