"""The end-to-end release test finds a place for its downloaded wheels with or without pytest's cache plugin."""

from __future__ import annotations

import types
from pathlib import Path

from tests.release.test_release_e2e import wheel_cache_base


def test_without_the_cache_plugin_the_wheels_go_under_the_test_directory(tmp_path: Path) -> None:
    """Under `-p no:cacheprovider` the config has no `cache` attribute at all: a directory under tmp is used."""
    config_without_cache = types.SimpleNamespace()  # what pytest.Config lacks when the plugin is off
    assert wheel_cache_base(config_without_cache, tmp_path) == tmp_path / "wheel-cache"  # type: ignore[arg-type]


def test_with_the_cache_plugin_the_wheels_are_kept_in_the_pytest_cache(tmp_path: Path) -> None:
    """With the cache plugin on, downloads are kept across runs in the cache's own directory."""
    kept = tmp_path / "cache" / "d" / "release-e2e-wheels"
    asked: list[str] = []

    def mkdir(name: str) -> Path:
        asked.append(name)
        return kept

    config_with_cache = types.SimpleNamespace(cache=types.SimpleNamespace(mkdir=mkdir))
    assert wheel_cache_base(config_with_cache, tmp_path / "run") == kept  # type: ignore[arg-type]
    assert asked == ["release-e2e-wheels"]
