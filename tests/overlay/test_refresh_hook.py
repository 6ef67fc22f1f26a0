"""on_refresh: one report per refresh, with its reason and outcome; a failing hook never costs the token."""

from __future__ import annotations

import logging

import pytest
from tokenkeep import MemoryStore, RefreshDetails, RefreshPolicy, TokenManager
from tokenkeep_fakes import FakeEndpoint


def manager(reports: list[RefreshDetails], endpoint: FakeEndpoint, store: MemoryStore) -> TokenManager:
    return TokenManager(endpoint, store, RefreshPolicy(on_refresh=reports.append))


def test_cold_fetch_rejection_and_adoption_are_each_reported_once() -> None:
    """missing -> fetched; rejected -> fetched; a second process finding the stored token -> adopted."""
    reports: list[RefreshDetails] = []
    endpoint, store = FakeEndpoint(), MemoryStore()
    first = manager(reports, endpoint, store)
    token = first.get()
    assert first.get() is token  # a fresh token is no refresh
    first.invalidate(token)
    first.get(rejected=token)
    other = manager(reports, endpoint, store)  # another process sharing the store: nothing in memory
    other.get()
    assert [(r.reason, r.outcome) for r in reports] == [
        ("missing", "fetched"),
        ("rejected", "fetched"),
        ("missing", "adopted"),
    ]
    assert all(r.provider == "fake" and 3500 < r.expires_in <= 3600 and r.waited == 0 for r in reports)
    assert len(endpoint.fetches) == 2


async def test_async_refreshes_are_reported_too() -> None:
    """The async driver runs the same flow and reports the same way."""
    reports: list[RefreshDetails] = []
    token = await manager(reports, FakeEndpoint(), MemoryStore()).aget()
    assert token.access_token and [(r.reason, r.outcome) for r in reports] == [("missing", "fetched")]


def test_a_hook_that_raises_is_logged_and_ignored(caplog: pytest.LogCaptureFixture) -> None:
    """The caller still gets its token; the failure is logged once, without the token."""

    def broken(details: RefreshDetails) -> None:
        raise RuntimeError("metrics backend down")

    endpoint = FakeEndpoint()
    with caplog.at_level(logging.ERROR, logger="tokenkeep"):
        token = TokenManager(endpoint, MemoryStore(), RefreshPolicy(on_refresh=broken)).get()
    assert token.access_token == "token-1"
    messages = [r.getMessage() for r in caplog.records]
    assert messages == ["fake: on_refresh hook failed; ignored"]
    assert all("token-1" not in m for m in messages)
