"""Facts from the source documents that live only in the specs' text and extensions (issue 17).

Each test names the source section; it fails if an edit drops the fact from the spec.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]


def load(provider: str) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((ROOT / "specs" / f"{provider}.yaml").read_text(encoding="utf-8"))
    return spec


def test_gogox_webhook_acknowledgement_is_unverified_and_no_signature_scheme_is_claimed() -> None:
    """Reference §7: no source says which statuses acknowledge a delivery, and no signature scheme exists."""
    spec = load("gogox")
    for name, item in spec["webhooks"].items():
        for status, response in item["post"]["responses"].items():
            assert status == "200" and response.get("x-unverified"), name
            assert "any 2xx" not in response["description"].replace("that any 2xx counts is an assumption", "")
    assert "no signature scheme is documented" in spec["info"]["description"]


def test_airalo_info_describes_sandbox_mode_ip_allow_list_and_v1() -> None:
    """Reference §10 (sandbox behaviour), §2 (IP allow-list, code 89) and §1 (v1 deprecated)."""
    text = " ".join(load("airalo")["info"]["description"].split())
    for fact in ("no balance is deducted", "webhooks do not fire", "test-out-of-stock-7days-1gb",
                 "IP allow-list", "business code 89", "`/v1/...` is deprecated"):  # fmt: skip
        assert fact in text, fact


def test_airalo_simulator_accepts_iccid_for_every_event() -> None:
    """Reference §8: `iccid` is optional on every simulator body."""
    schemas = load("airalo")["components"]["schemas"]
    for name in ("SimulateLowDataWebhook", "SimulateCreditLimitWebhook", "SimulateAsyncOrderWebhook"):
        assert "iccid" in schemas[name]["properties"] and "iccid" not in schemas[name]["required"], name


def test_onlinesim_hosts_lang_and_pacing() -> None:
    """Reference §1 and Q16 (a {host} variable), §1 (lang defaults to ru), Q15 (about one request a second)."""
    spec = load("onlinesim")
    (server,) = spec["servers"]
    host = server["variables"]["host"]
    assert server["url"] == "https://{host}" and host["default"] == "onlinesim.io"
    assert set(host["enum"]) == {"onlinesim.io", "onlinesim.host", "onlinesim.ru"}
    assert "onlinesim.live" in server["description"] and "virtual-test-server.on-mail.ru" in server["description"]
    assert spec["components"]["parameters"]["Lang"]["schema"]["default"] == "ru"
    assert "one request per" in " ".join(spec["info"]["description"].split())
    assert spec["info"]["x-rate-limit"][0]["requests"] == 1
