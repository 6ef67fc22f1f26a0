"""Each sandbox, fuzzed with its spec by a tool we did not write: schemathesis (pinned in uv.lock).

Our specs, sandboxes and clients come from one reading of the docs, so the journeys only prove
that they agree with each other. Schemathesis generates requests from `specs/<provider>.yaml`
(valid ones, and deliberately invalid ones), sends them to the sandbox over a real socket and
checks every answer against the same spec: a documented status (ST103), a body that fits its
schema (ST108), a schema-valid request accepted (ST202), a missing Authorization refused
(ST203), an undeclared method answered 405 (ST204), no data without authentication (ST401).

Runs `st run` with `--checks all`, a fixed seed, 15 examples per operation and one worker; a
run takes 10-40 s per provider. Exclusions are listed below with their reasons.
"""

from __future__ import annotations

import base64
import importlib
import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.sandbox._common import SPECS_DIR, SandboxState, serve

SEED = 20  # the issue's number; any fixed value makes a failure reproducible with `st run --seed`
EXAMPLES = 15  # per operation and phase
RUN_TIMEOUT = 150  # seconds for one provider's run; a hang fails the test instead of the suite's 120 s default


@dataclass
class Setup:
    """What a run needs besides the spec: credentials, and every check relaxed or left out, with why."""

    token: str
    exclude: dict[str, str] = field(default_factory=dict)  # check name -> reason
    skip_paths: dict[str, str] = field(default_factory=dict)  # path -> reason it is not fuzzed
    #: operation -> token for its scope, when not `token`
    tokens: dict[str, str] = field(default_factory=dict)
    #: operation -> (statuses a schema-valid request may also get, why): refusals that depend on the
    #: sandbox's state (what exists, what is opted in), which no schema can express.
    refusals: dict[str, tuple[tuple[int, ...], str]] = field(default_factory=dict)

    def config(self, spec: dict[str, Any]) -> str:
        """schemathesis.toml: the token, and one `[[operations]]` block per operation that differs."""
        lines = [f'headers = {{ Authorization = "Bearer {self.token}" }}']
        for name, documented in _operations(spec).items():
            settings: list[str] = []
            if name in self.tokens:
                settings.append(f'headers = {{ Authorization = "Bearer {self.tokens[name]}" }}')
            if name in self.refusals:
                statuses = [*POSITIVE_ACCEPTED, *map(str, self.refusals[name][0])]
                settings.append(f"checks.positive_data_acceptance.expected-statuses = {json.dumps(statuses)}")
            if not documented & BAD_INPUT:
                # The provider documents no answer to bad input here: it ignores what it does not read
                # (so does the sandbox), and an invalid request gets the ordinary answer.
                settings.append("checks.negative_data_rejection.enabled = false")
            if settings:
                lines += ["", "[[operations]]", f'include-name = "{name}"', *settings]
        return "\n".join(lines) + "\n"


# schemathesis' default for ST202, to which an operation's own refusals are added.
POSITIVE_ACCEPTED = ["2xx", "3xx", "401", "403", "404", "409", "429", "5xx"]
BAD_INPUT = {"400", "422"}  # statuses a provider documents for a request it cannot use


def _operations(spec: dict[str, Any]) -> dict[str, set[str]]:
    """ "METHOD /path" -> the statuses it documents."""
    return {
        f"{method.upper()} {path}": set(operation.get("responses", {}))
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in {"get", "put", "post", "patch", "delete"}
    }


def _airalo(state: Any) -> Setup:
    token, _ = state.tokens.issue()
    return Setup(token, refusals=AIRALO_REFUSALS)


AIRALO_REFUSALS: dict[str, tuple[tuple[int, ...], str]] = {
    "POST /v2/token": ((422,), "Laravel's `exists` rule: a client_id Airalo does not know is a 422"),
    "POST /v2/orders": ((422,), "package_id and brand_settings_name must exist (Laravel `exists`)"),
    "POST /v2/orders-async": ((422,), "package_id must exist; without a webhook_url the account must be opted in"),
    "POST /v2/future-orders": ((422,), "package_id must exist; the due date must be 2 days to 1 year from now"),
    "POST /v2/cancel-future-orders": ((422,), "the request ids must name this account's future orders"),
    "POST /v2/voucher/esim": ((422,), "each package_id must exist"),
    "POST /v2/voucher/airmoney": ((422,), "a custom voucher_code must be unused and forces quantity 1"),
    "POST /v2/orders/topups": ((422,), "the iccid must be this account's and the package a top-up for it"),
    "PUT /v2/sims/{sim_iccid}/brand": ((422,), "brand_settings_name must name a brand of the account"),
    "POST /v2/refund": ((422,), "the ICCIDs must be this account's"),
    "POST /v2/simulator/webhook": ((400,), "documented: 400 {error} while the account is not opted in"),
    "GET /v2/finance/exchange-rates": ((422,), "`to` must name currencies Airalo converts to"),
}


def _aeropay(state: Any) -> Setup:
    """A merchant token for the whole API, a userForMerchant one for the operations of that scope."""
    credentials = {"apiKey": state.api_key, "apiSecret": state.api_secret, "id": 1057}
    merchant = state.issue_token({**credentials, "scope": "merchant"})["token"]
    user = state.onboard_user(1057)
    for_user = state.issue_token({**credentials, "scope": "userForMerchant", "userId": user.id})["token"]
    spec = yaml.safe_load((SPECS_DIR / "aeropay.yaml").read_text())
    tokens = {
        f"{method.upper()} {path}": for_user
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and operation.get("x-token-scope") == "userForMerchant"
    }
    return Setup(merchant, tokens=tokens)


def _gogox(state: Any) -> Setup:
    token, _ = state.tokens.issue()
    return Setup(token)


def _onlinesim(state: Any) -> Setup:
    # Onlinesim answers every call HTTP 200, failures included: the body is {"response": "<CODE>"}
    # (documented, specs/onlinesim.yaml ApiError). Both checks below expect a 4xx status instead.
    http_200 = "Onlinesim answers HTTP 200 with an error code in the body ({0}), never a 4xx"
    return Setup(
        state.api_key,
        exclude={
            "ignored_auth": http_200.format("ERROR_NO_KEY / ERROR_WRONG_KEY for a missing or wrong key"),
            "negative_data_rejection": http_200.format("ERROR_PARAMS, ERROR_WRONG_TZID... for bad parameters"),
        },
        skip_paths={
            # The login-and-authorize HTML page and its form post, for a person's browser, not for clients;
            # tests/onlinesim/test_onlinesim_oauth_browser.py drives them with a real browser.
            "/oauth/authorize": "a person's HTML page, covered by the browser test",
        },
    )


#: A fuzzed order must not be refused for money (Airalo's code 11): that would hide what the run is for.
STATE_OPTIONS: dict[str, dict[str, Any]] = {"airalo": {"balance": "100000000.00"}}

SETUPS: dict[str, Callable[[Any], Setup]] = {
    "airalo": _airalo,
    "aeropay": _aeropay,
    "gogox": _gogox,
    "onlinesim": _onlinesim,
}


@dataclass
class Run:
    report: dict[str, Any]
    events: Path

    @property
    def failures(self) -> dict[str, int]:
        return {f"{f['code']} {f['title']}": int(f["count"]) for f in self.report["failures"]}

    def explain(self, limit: int = 40) -> str:
        """The failing checks, one line per request (at most two per check and operation)."""
        lines: list[str] = []
        shown: dict[tuple[str, str], int] = {}
        for line in self.events.read_text().splitlines():
            finished = json.loads(line).get("ScenarioFinished")
            recorder = (finished or {}).get("recorder") or {}
            for case_id, checks in recorder.get("checks", {}).items():
                for check in checks:
                    key = (check["name"], recorder["label"])
                    if check["status"] != "failure" or shown.get(key, 0) >= 2 or len(lines) >= limit:
                        continue
                    shown[key] = shown.get(key, 0) + 1
                    lines.append(_describe(check, recorder, case_id))
        return "\n".join(lines)


def _describe(check: dict[str, Any], recorder: dict[str, Any], case_id: str) -> str:
    interaction = recorder.get("interactions", {}).get(case_id) or {}
    request, response = interaction.get("request") or {}, interaction.get("response") or {}
    body = base64.b64decode((response.get("content") or {}).get("$base64", "")).decode(errors="replace")
    sent = (request.get("body") or {}).get("$base64", "") if isinstance(request.get("body"), dict) else ""
    mode = recorder["cases"][case_id]["value"].get("meta", {}).get("generation", {}).get("mode")
    return (
        f"{check['name']} [{mode}] {request.get('method')} {request.get('uri', '')[:200]}"
        f" body={base64.b64decode(sent)[:200]!r} -> {response.get('status_code')} {body[:300]}"
    )


def fuzz(provider: str, tmp_path: Path) -> tuple[Run, SandboxState, Setup]:
    """Serve a fresh sandbox on 127.0.0.1 and run schemathesis against it; returns its JSON report."""
    module = importlib.import_module(f"tests.sandbox.{provider}")
    state: SandboxState = module.SANDBOX(validate_responses=True, **STATE_OPTIONS.get(provider, {}))
    # Negative cases send what the spec forbids on purpose: recorded, answered as the provider would,
    # but not a failure of this test (schemathesis judges the answers; sandbox errors still fail it).
    state.expect_violations()
    setup = SETUPS[provider](state)
    config = tmp_path / "schemathesis.toml"
    config.write_text(setup.config(yaml.safe_load((SPECS_DIR / f"{provider}.yaml").read_text())))
    reports = tmp_path / "report"
    st = Path(sys.executable).with_name("st")
    with serve(module.create_app(state)) as served:
        command = [
            str(st),
            "--config-file",
            str(config),
            "--no-color",
            "run",
            str(SPECS_DIR / f"{provider}.yaml"),
            "--url",
            served.base_url,
            "--checks",
            "all",
            *(["--exclude-checks", ",".join(setup.exclude)] if setup.exclude else []),
            *(arg for path in setup.skip_paths for arg in ("--exclude-path", path)),
            "--max-examples",
            str(EXAMPLES),
            "--seed",
            str(SEED),
            "--workers",
            "1",
            "--request-timeout",
            "10",
            "--generation-database",
            "none",
            "--report",
            "json,ndjson",
            "--report-json-path",
            str(reports / "run.json"),
            "--report-ndjson-path",
            str(reports / "events.ndjson"),
        ]
        # cwd: schemathesis keeps a crash cache (.schemathesis/) in the working directory.
        try:
            done = subprocess.run(
                command, cwd=tmp_path, capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False
            )
        finally:
            getattr(state, "close", lambda: None)()  # stop webhook deliveries to the fuzzed URLs
    if not (reports / "run.json").exists():
        pytest.fail(f"schemathesis did not finish ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return Run(json.loads((reports / "run.json").read_text()), reports / "events.ndjson"), state, setup


@pytest.mark.timeout(RUN_TIMEOUT + 30)
@pytest.mark.parametrize("provider", sorted(SETUPS))
def test_schemathesis_finds_no_failure(provider: str, tmp_path: Path) -> None:
    """Every answer of the sandbox fits its spec, every schema-valid request is accepted, with a token per scope."""
    run, state, _ = fuzz(provider, tmp_path)
    report = run.report
    assert report["complete"], report["stop_reason"]
    assert report["operations"]["tested"] == report["operations"]["selected"] > 0
    assert run.failures == {}, f"{provider}: {run.failures}\n{run.explain()}"
    assert report["errors"] == [], report["errors"]
    # Every operation got a 2xx/4xx other than "authentication failed": a token exists for each scope.
    assert report["warnings"]["missing_auth"] == [], report["warnings"]["missing_auth"]
    assert state.errors == [], state.errors
    # The sandbox checks its own answers against the spec as well (validate_responses).
    assert [v for v in state.violations if v.startswith("response ")] == []
