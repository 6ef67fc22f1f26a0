"""As a user would: release, build, publish to a password-protected local index, install from it.

In a copy of the repository every package is brought to a released state with
scripts/release.py (the version it has, or the next one the spec change needs), the wheels are
built with scripts/wheels.py and published with scripts/publish.py to pypiserver on 127.0.0.1
(htpasswd authentication, no fallback to PyPI). The index is seeded with the third-party wheels
our packages need (downloaded once with `pip download` and kept in the pytest cache). Then, for
each provider that has a `tokenkeep.<provider>` module, a fresh virtual environment with no pip
configuration installs `<provider>-client tokenkeep[<provider>]` from that index only and runs
the quick start against the provider's sandbox (scripts/sandbox.py).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from email.parser import BytesParser
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from scripts.release.changelog import PLACEHOLDER
from scripts.release.packages import Layout, Package, discover
from scripts.release.releasing import check, spec_change
from scripts.release.versions import allowed_level, covers, next_version
from scripts.release.wheels import source_date_epoch
from tests.release.release_helpers import (
    PYTHON,
    ROOT,
    PackageIndex,
    clean_env,
    copy_repository,
    free_port,
    package_index,
    run,
    script,
    stop,
    wait_for_port,
)

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(600)]

# ---------------------------------------------------------------------------------------------
# The quick starts, one per provider, run as written in the fresh environment with BASE_URL,
# CLIENT_ID, CLIENT_SECRET and API_KEY set to the sandbox's. Keep them in sync with docs/providers/<provider>.md.
#
QUICK_STARTS = {
    "airalo": """
import tokenkeep.airalo
from airalo_client.api.packages import get_packages
from airalo_client.api.balance import get_balance

api = tokenkeep.airalo.client(CLIENT_ID, CLIENT_SECRET, base_url=BASE_URL)
packages = get_packages.sync(client=api, limit=5)
print(len(packages.data), "countries;", get_balance.sync(client=api).data.balances.available_balance.amount, "USD")
""",
    "aeropay": """
import tokenkeep.aeropay
from aeropay_client.api.bank_accounts import link_account_from_aggregator
from aeropay_client.api.transactions import create_transaction, reverse_transaction
from aeropay_client.api.users import confirm_user, create_user
from aeropay_client.models import (ConfirmUserRequest, CreateTransactionRequest, CreateUserRequest,
                                   LinkAccountRequest, LinkAccountRequestAggregator, Money, ReverseTransactionRequest)

merchant = tokenkeep.aeropay.Merchant(API_KEY, CLIENT_SECRET, merchant_id=1057, base_url=BASE_URL)
api = merchant.client()
user = create_user.sync(client=api, body=CreateUserRequest("Ann", "Lee", "+13125550100", "ann@example.com")).user
confirm_user.sync(client=api, body=ConfirmUserRequest(user_id=user.id, code="000000", merchant_id=1057))
as_user = merchant.user_client(user.id)
link = LinkAccountRequest("conn-1", LinkAccountRequestAggregator.AEROSYNC)
link_account_from_aggregator.sync(client=as_user, body=link)
paid = create_transaction.sync(client=as_user, body=CreateTransactionRequest(1057, Money(2500, "USD"))).transaction
refund = reverse_transaction.sync(client=api, body=ReverseTransactionRequest(id=paid.id))
print(paid.id, paid.amount.amount, refund.message)
""",
    "gogox": """
import time
import tokenkeep.gogox
from gogox_client.api.orders import get_order_v2
from gogox_client.api.transport import create_transport_order, create_transport_quotation
from gogox_client.models import (DestinationInput, Location, PickupInput, TransportOrderRequest,
                                 TransportQuotationRequest)

api = tokenkeep.gogox.client(CLIENT_ID, CLIENT_SECRET, base_url=BASE_URL)
pickup = PickupInput(location=Location(lat=22.5029632, lng=114.1277213), schedule_at=int(time.time()) + 3600)
drop = [DestinationInput(location=Location(lat=22.3748365, lng=113.9931416))]
with api:
    quote = create_transport_quotation.sync(client=api, body=TransportQuotationRequest("van", pickup, drop))
    order = create_transport_order.sync(client=api, body=TransportOrderRequest("van", pickup, drop))
    print(quote.estimated_price.amount, get_order_v2.sync(order.uuid, client=api).status)
""",
    "onlinesim": """
import tokenkeep.onlinesim
from onlinesim_client.api.account import get_balance
from onlinesim_client.api.sms import get_num

api = tokenkeep.onlinesim.client(API_KEY, base_url=BASE_URL)
ordered = get_num.sync(client=api, service="telegram", country=7, number=True)
print(ordered.number, get_balance.sync(client=api).balance)
""",
}
SANDBOX_CREDENTIALS = ("sandbox-client-id", "sandbox-client-secret")  # unless the sandbox prints others
# ---------------------------------------------------------------------------------------------

PROVIDERS = sorted(
    path.stem
    for path in (ROOT / "overlay" / "tokenkeep").glob("*.py")
    if not path.stem.startswith("_") and (ROOT / "specs" / f"{path.stem}.yaml").is_file()
)


@dataclass
class Released:
    root: Path
    packages: list[Package]
    dist: Path
    versions: dict[str, str]
    release_output: str


@dataclass
class Published:
    index: PackageIndex
    released: Released
    wrong_password: str
    failed: subprocess.CompletedProcess[str]
    succeeded: subprocess.CompletedProcess[str]
    seeded: list[str]


def _version_to_release(package: Package, layout: Layout) -> str | None:
    """The version `scripts/release.py` should record now (None: already released as it is)."""
    status = check(package, layout)
    if status.is_released and not status.problems:
        return None
    if package.spec is not None and status.released:
        last = status.released[-1]
        level = spec_change(package, layout, last).level
        if package.version != last and covers(allowed_level(last, package.version), level):
            return package.version
        return next_version(last, "fix" if level == "none" else level)
    if package.spec is None and status.entries and package.version == status.entries[0]:
        return next_version(package.version, "breaking")  # released, but its extras moved on
    return package.version


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Released:
    root = copy_repository(tmp_path_factory.mktemp("released") / "repo")
    layout = Layout(root)
    output = []
    for package in discover(layout):
        version = _version_to_release(package, layout)
        if version is not None:
            result = script(root, "release.py", package.name, version)
            assert result.returncode == 0, result.stdout + result.stderr
            output.append(result.stdout)
        changelog = layout.changelog(package.name)
        changelog.write_text(changelog.read_text().replace(PLACEHOLDER, "Released by the end-to-end test."))
    epoch = source_date_epoch(Layout())
    env = dict(os.environ, SOURCE_DATE_EPOCH=epoch)
    env.pop("PACKAGES", None)
    result = script(root, "wheels.py", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    packages = discover(layout)
    return Released(root, packages, layout.dist, {p.name: p.version for p in packages}, "\n".join(output))


def _third_party_requirements(dist: Path, ours: set[str]) -> list[str]:
    wanted = set()
    for wheel in sorted(dist.glob("*.whl")):
        with zipfile.ZipFile(wheel) as archive:
            name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
            metadata = BytesParser().parsebytes(archive.read(name))
        for line in metadata.get_all("Requires-Dist") or []:
            requirement = Requirement(line)
            if canonicalize_name(requirement.name) not in ours:
                wanted.add(f"{canonicalize_name(requirement.name)}{requirement.specifier}")
    return sorted(wanted)


def wheel_cache_base(pytestconfig: pytest.Config, tmp: Path) -> Path:
    """The pytest cache's directory for downloaded wheels, or one under `tmp` when the cache is off.

    With `-p no:cacheprovider` the config has no `cache` attribute at all (not None): ask with getattr.
    """
    cache = getattr(pytestconfig, "cache", None)
    return Path(cache.mkdir("release-e2e-wheels")) if cache is not None else tmp / "wheel-cache"


def _third_party_wheels(requirements: list[str], pytestconfig: pytest.Config, tmp: Path) -> Path:
    """The wheels of everything our packages need, downloaded once and kept in the pytest cache."""
    key = json.dumps([requirements, sys.version_info[:2], sys.platform])
    digest = __import__("hashlib").sha256(key.encode()).hexdigest()[:16]
    target = wheel_cache_base(pytestconfig, tmp) / digest
    if (target / ".complete").is_file():
        return target
    download = tmp / "download"
    cmd = [PYTHON, "-m", "pip", "download", "--quiet", "--only-binary=:all:", "--dest", str(download), *requirements]
    result = run(cmd, cwd=tmp, timeout=300)
    assert result.returncode == 0, f"pip download failed:\n{result.stdout}{result.stderr}"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(download, target)
    (target / ".complete").write_text("\n".join(requirements) + "\n")
    return target


@pytest.fixture(scope="module")
def published(
    released: Released, tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config
) -> Iterator[Published]:
    tmp = tmp_path_factory.mktemp("index")
    packages_dir = tmp / "packages"
    packages_dir.mkdir()
    ours = {canonicalize_name(p.name) for p in released.packages}
    requirements = _third_party_requirements(released.dist, ours)
    wheels = _third_party_wheels(requirements, pytestconfig, tmp)
    seeded = []
    for wheel in sorted(wheels.glob("*.whl")):
        shutil.copyfile(wheel, packages_dir / wheel.name)
        seeded.append(wheel.name)
    password = "pw-" + secrets.token_urlsafe(18)
    wrong = "wrong-" + secrets.token_urlsafe(18)
    with package_index(packages_dir, "release-bot", password) as index:
        env = dict(os.environ, TWINE_REPOSITORY_URL=index.url, TWINE_USERNAME="release-bot", TWINE_PASSWORD=wrong)
        env.pop("PACKAGES", None)
        failed = script(released.root, "publish.py", env=env)
        env["TWINE_PASSWORD"] = password
        succeeded = script(released.root, "publish.py", env=env)
        yield Published(index, released, wrong, failed, succeeded, seeded)


def _publish_env(published: Published, **extra: str) -> dict[str, str]:
    index = published.index
    env = dict(os.environ, TWINE_REPOSITORY_URL=index.url, TWINE_USERNAME=index.username)
    env["TWINE_PASSWORD"] = index.password
    env.pop("PACKAGES", None)
    env.update(extra)
    return env


def test_publish_uploads_every_package_once_and_never_prints_the_password(published: Published) -> None:
    """A wrong password uploads nothing, the right one uploads all, a second publish is refused."""
    index, released = published.index, published.released
    expected = sorted(f for p in released.packages for f in (p.wheel_name, p.sdist_name))

    failed = published.failed
    assert failed.returncode != 0, failed.stdout + failed.stderr
    assert published.wrong_password not in failed.stdout + failed.stderr
    assert "403" in failed.stdout + failed.stderr or "401" in failed.stdout + failed.stderr

    succeeded = published.succeeded
    assert succeeded.returncode == 0, succeeded.stdout + succeeded.stderr
    assert index.password not in succeeded.stdout + succeeded.stderr
    on_disk = sorted(p.name for p in index.directory.iterdir() if p.name not in published.seeded)
    assert on_disk == expected

    again = script(released.root, "publish.py", env=_publish_env(published))
    assert again.returncode == 1
    assert "already on the index" in again.stderr
    for package in released.packages:
        assert f"{package.name} {package.version} is already on the index" in again.stderr
    assert index.password not in again.stdout + again.stderr

    # One package alone, and the password in the URL too: still refused, still never shown.
    url = index.url.replace("http://", f"http://{index.username}:{index.password}@")
    alone = script(released.root, "publish.py", "tokenkeep", env=_publish_env(published, TWINE_REPOSITORY_URL=url))
    assert alone.returncode == 1
    assert f"tokenkeep {released.versions['tokenkeep']} is already on the index" in alone.stderr
    assert index.password not in alone.stdout + alone.stderr
    assert sorted(p.name for p in index.directory.iterdir() if p.name not in published.seeded) == expected


def test_publish_refuses_a_package_that_was_not_released(published: Published, tmp_path: Path) -> None:
    """Without scripts/release.py's records (fresh repository copy), nothing is checked against the index."""
    root = copy_repository(tmp_path / "repo")
    for package in discover(Layout(root)):
        dist = root / "dist"
        dist.mkdir(exist_ok=True)
        for name in (package.wheel_name, package.sdist_name):
            source = published.released.dist / name
            if source.is_file():
                shutil.copyfile(source, dist / name)
    layout = Layout(root)
    if all(check(p, layout, publishing=True).problems == [] for p in discover(layout)):
        pytest.fail("every package of the repository is released and publishable: this test needs an unreleased one")
    result = script(root, "publish.py", env=_publish_env(published))
    assert result.returncode == 1
    assert "has not been released" in result.stderr or "CHANGELOG" in result.stderr
    assert published.index.password not in result.stdout + result.stderr


def _start_sandbox(provider: str, workdir: Path) -> tuple[subprocess.Popen[bytes], int, Path]:
    port = free_port()
    out = workdir / f"sandbox-{provider}.out"
    with out.open("wb") as log:
        process = subprocess.Popen(
            [PYTHON, "scripts/sandbox.py", provider, "--port", str(port)],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=dict(os.environ, PYTHONUNBUFFERED="1"),
        )
    return process, port, out


def _credentials(sandbox_output: str) -> dict[str, str]:
    """CLIENT_ID, CLIENT_SECRET and API_KEY as the sandbox printed them (scripts/sandbox.py)."""
    found = {"CLIENT_ID": SANDBOX_CREDENTIALS[0], "CLIENT_SECRET": SANDBOX_CREDENTIALS[1], "API_KEY": ""}
    for name in found:
        match = re.search(rf"{name.lower()}=(\S+)", sandbox_output)
        if match:
            found[name] = match.group(1)
    return found


@pytest.mark.parametrize("provider", PROVIDERS)
def test_fresh_environment_installs_from_the_index_and_runs_the_quick_start(
    provider: str, published: Published, tmp_path: Path
) -> None:
    """pip install <provider>-client tokenkeep[<provider>] from our index only, then the quick start."""
    released, index = published.released, published.index
    client = f"{provider}-client"
    home, work, venv = tmp_path / "home", tmp_path / "work", tmp_path / "venv"
    home.mkdir()
    work.mkdir()
    started = time.monotonic()
    result = run([PYTHON, "-m", "venv", str(venv)], cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    python = str(venv / "bin" / "python")
    env = clean_env(home)
    pip = [python, "-m", "pip", "install", "--no-input", "--index-url", index.simple]

    # tokenkeep alone brings no generated client: those come only through its extras.
    result = run([*pip, "tokenkeep"], cwd=work, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    probe = (
        "import importlib.util, tokenkeep; "
        f"print(tokenkeep.__version__, importlib.util.find_spec({provider + '_client'!r}) is None)"
    )
    result = run([python, "-c", probe], cwd=work, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [released.versions["tokenkeep"], "True"]

    result = run([*pip, client, f"tokenkeep[{provider}]"], cwd=work, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    probe = (
        "import importlib.metadata as m, importlib.util as u, tokenkeep, "
        f"{provider}_client as c; "
        f"print(m.version({client!r}), m.version('tokenkeep'), u.find_spec('redis') is None, c.__file__)"
    )
    result = run([python, "-c", probe], cwd=work, env=env)
    assert result.returncode == 0, result.stderr
    client_version, tokenkeep_version, no_redis, location = result.stdout.split()
    assert (client_version, tokenkeep_version) == (released.versions[client], released.versions["tokenkeep"])
    assert no_redis == "True"  # the redis extra was not asked for
    assert location.startswith(str(venv))
    installed_in = time.monotonic() - started

    sandbox, port, out = _start_sandbox(provider, tmp_path)
    try:
        if not wait_for_port(port, sandbox):
            text = out.read_text(errors="replace")
            pytest.fail(
                f"installed from the index in {installed_in:.0f}s, but the {provider} sandbox did not start:\n"
                f"{text[-3000:]}"
            )
        assert provider in QUICK_STARTS, f"add the {provider} quick start to QUICK_STARTS in {__file__}"
        settings = {"BASE_URL": f"http://127.0.0.1:{port}", **_credentials(out.read_text(errors="replace"))}
        prelude = "".join(f"{name} = {value!r}\n" for name, value in settings.items())
        result = run([python, "-c", prelude + QUICK_STARTS[provider]], cwd=work, env=env, timeout=60)
        assert result.returncode == 0, f"the {provider} quick start failed:\n{result.stdout}{result.stderr}"
        assert result.stdout.strip(), "the quick start printed nothing"
    finally:
        stop(sandbox)
