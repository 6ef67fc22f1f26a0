"""What a user's type checker sees: tokenkeep's clients fit the generated operations without a cast."""

from __future__ import annotations

from pathlib import Path

from mypy import api as mypy

ROOT = Path(__file__).resolve().parents[2]

USER_CODE = """
import tokenkeep
import tokenkeep.airalo
import tokenkeep.gogox
from airalo_client.api.balance import get_balance
from airalo_client.models import BalanceResponse
from gogox_client.api.orders import get_order_v2

airalo = tokenkeep.airalo.client("id", "secret", store=tokenkeep.MemoryStore())
gogox = tokenkeep.gogox.client("id", "secret")
balance = get_balance.sync(client=airalo)
if isinstance(balance, BalanceResponse):
    reveal_type(balance.data)
order = get_order_v2.sync("uuid", client=gogox)
"""


def check(tmp_path: Path, code: str) -> tuple[str, int]:
    """mypy --strict on `code`, finding the packages where the project keeps them (the wheels add py.typed)."""
    user = tmp_path / "user_code.py"
    user.write_text(code)
    config = tmp_path / "mypy.ini"
    config.write_text(f"[mypy]\nmypy_path = {ROOT / 'overlay'}:{ROOT / 'generated'}\n")
    out, err, status = mypy.run(
        [
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / ".mypy_cache"),
            "--config-file",
            str(config),
            str(user),
        ]
    )
    return out + err, status


def test_secured_operations_accept_the_clients_tokenkeep_builds(tmp_path: Path) -> None:
    out, status = check(tmp_path, USER_CODE)
    assert status == 0, out
    assert 'Revealed type is "airalo_client.models.balance_data.BalanceData"' in out


def test_the_check_fails_for_a_client_of_another_provider(tmp_path: Path) -> None:
    """The test above can fail: a GoGoX client passed to an Airalo operation is a type error."""
    out, status = check(
        tmp_path, USER_CODE.replace("get_balance.sync(client=airalo)", "get_balance.sync(client=gogox)")
    )
    assert status == 1 and 'Argument "client" to "sync" has incompatible type' in out, out
