"""The release gate on the Python API: griffe compares each package with the API recorded at its
last release, and a break without a breaking bump stops `make wheels`, naming each break.

The baseline is recorded from the current tree in a copy of the repository, then the copy is
changed the way a spec, a template or the overlay could change it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scripts.release import apigate
from scripts.release.packages import Layout, Package, ReleaseError, discover, select
from scripts.release.releasing import plan_release, release
from scripts.release.wheels import build_all
from tests.release.release_helpers import copy_repository


@pytest.fixture
def layout(tmp_path: Path) -> Layout:
    return Layout(copy_repository(tmp_path / "repo"))


def _package(layout: Layout, name: str) -> Package:
    return select(discover(layout), [name])[0]


def _record(layout: Layout, name: str, version: str = "0.1.0") -> Package:
    package = _package(layout, name)
    apigate.record_api(package, layout, version)
    return package


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not exactly once in {path}: update this test"
    path.write_text(text.replace(old, new), encoding="utf-8")


def _problem(layout: Layout, package: Package, version: str = "0.1.1") -> str:
    verdict = apigate.check_api(package, layout, version)
    assert len(verdict.problems) == 1, verdict
    return verdict.problems[0]


def test_without_a_released_api_the_gate_passes_and_says_so(layout: Layout) -> None:
    verdict = apigate.check_api(_package(layout, "tokenkeep"), layout, "0.1.0")
    assert verdict.problems == []
    assert verdict.notes == ["tokenkeep 0.1.0: no released API to compare with, the API gate passes"]


def test_an_unchanged_tree_has_no_break(layout: Layout) -> None:
    package = _record(layout, "gogox-client")
    verdict = apigate.check_api(package, layout, "0.1.1")
    assert verdict.problems == []
    assert verdict.notes == ["gogox-client 0.1.1: no break in the Python API since 0.1.0"]


def test_a_docs_only_change_is_not_a_break(layout: Layout) -> None:
    client, overlay = _record(layout, "airalo-client"), _record(layout, "tokenkeep")
    _edit(client.source / "models" / "order.py", "    code: str\n", "    code: str  # the order's reference\n")
    for path in [*(client.source / "api" / "orders").glob("*.py"), overlay.source / "airalo.py"]:
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r'""".*?"""', '"""Reworded."""', text, count=0, flags=re.S), encoding="utf-8")
    for package in (client, overlay):
        assert apigate.check_api(package, layout, "0.1.1").problems == [], package.name


def test_a_renamed_model_field_is_caught_and_named(layout: Layout) -> None:
    package = _record(layout, "airalo-client")
    _edit(package.source / "models" / "order.py", "    code: str\n", "    order_code: str\n")
    problem = _problem(layout, package)
    assert "airalo-client 0.1.1 is too small a bump from the released 0.1.0" in problem
    assert "needs at least 0.2.0" in problem
    assert "airalo_client.models.order.Order.code: Public object was removed" in problem


def test_a_removed_operation_is_caught_and_named(layout: Layout) -> None:
    package = _record(layout, "airalo-client")
    (package.source / "api" / "orders" / "submit_order.py").unlink()
    assert "airalo_client.api.orders.submit_order: Public object was removed" in _problem(layout, package)


def test_an_optional_parameter_made_required_is_caught_and_named(layout: Layout) -> None:
    package = _record(layout, "airalo-client")
    head = "def sync(\n    *,\n    client: AuthenticatedClient | Client,\n"
    _edit(
        package.source / "api" / "packages" / "get_packages.py",
        head + "    filtertype: PackageTypeFilter | Unset = UNSET,",
        head + "    filtertype: PackageTypeFilter,",
    )
    problem = _problem(layout, package)
    assert "airalo_client.api.packages.get_packages.sync(filtertype): Parameter is now required" in problem
    assert "sync_detailed(filtertype)" not in problem  # only what changed


def test_a_changed_tokenkeep_signature_is_caught_and_named(layout: Layout) -> None:
    package = _record(layout, "tokenkeep")
    _edit(package.source / "airalo.py", "def client(\n    client_id: str,", "def client(\n    client_key: str,")
    problem = _problem(layout, package)
    assert "tokenkeep.airalo.client(client_id): Parameter was removed" in problem
    assert "tokenkeep.airalo.client(client_key): Parameter was added as required" in problem


def test_a_breaking_bump_lets_the_break_through(layout: Layout) -> None:
    package = _record(layout, "tokenkeep")
    _edit(package.source / "airalo.py", "def client(\n    client_id: str,", "def client(\n    client_key: str,")
    verdict = apigate.check_api(package, layout, "0.2.0")
    assert verdict.problems == []
    assert verdict.notes == ["tokenkeep 0.2.0: 2 break(s) since 0.1.0, a breaking bump"]


def test_make_wheels_refuses_a_break_without_a_breaking_bump(layout: Layout) -> None:
    package = _record(layout, "tokenkeep")  # released as 0.1.0; versions.toml says 0.1.0
    _edit(package.source / "airalo.py", "def client(\n    client_id: str,", "def client(\n    client_key: str,")
    with pytest.raises(ReleaseError) as caught:
        build_all(layout, ["tokenkeep"], layout.root / "dist", log=lambda _: None)
    message = str(caught.value)
    assert "the Python API of tokenkeep changed since 0.1.0 was released" in message
    assert "tokenkeep.airalo.client(client_id): Parameter was removed" in message
    assert not (layout.root / "dist").exists()


def test_release_records_the_baseline_and_refuses_a_too_small_bump(layout: Layout) -> None:
    release("tokenkeep", "0.1.1", layout, date="2026-12-01")
    record = apigate.record_path(layout, "tokenkeep", "0.1.1")
    first = record.read_bytes()
    apigate.record_api(_package(layout, "tokenkeep"), layout, "0.1.1")
    assert record.read_bytes() == first  # reproducible: the same sources give the same bytes
    package = _package(layout, "tokenkeep")
    _edit(package.source / "gogox.py", "def client(\n    client_id: str,", "def client(\n    client_key: str,")
    with pytest.raises(ReleaseError, match=r"tokenkeep\.gogox\.client\(client_id\): Parameter was removed"):
        plan_release(_package(layout, "tokenkeep"), "0.1.2", layout)
    assert plan_release(_package(layout, "tokenkeep"), "0.2.0", layout).previous == "0.1.1"
