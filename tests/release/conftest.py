"""Release tests: the `e2e` marker selects the end-to-end publish-and-install test."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "e2e: end to end through a real package index and fresh virtual environments (about a minute; "
        "deselect with -m 'not e2e')",
    )
