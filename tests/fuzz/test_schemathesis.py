"""Each sandbox, fuzzed with its spec by a tool we did not write: schemathesis (pinned in uv.lock).

Our specs, sandboxes and clients come from one reading of the docs, so the journeys only prove
that they agree with each other. Schemathesis generates requests from `specs/<provider>.yaml`
(valid ones, and deliberately invalid ones), sends them to the sandbox over a real socket and
checks every answer against the same spec: a documented status (ST103), a body that fits its
schema (ST108), a schema-valid request accepted (ST202), a missing Authorization refused
(ST203), an undeclared method answered 405 (ST204), no data without authentication (ST401).

Runs `st run` with every check, a fixed seed, 15 examples per operation and one worker per
provider, the four providers at once (about a minute on two idle cores). Every check left out
or relaxed is listed below with its reason.
"""

from __future__ import annotations

import base64
import contextlib
import importlib
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.sandbox._common import SPECS_DIR, SandboxState, serve
from tests.sandbox.aeropay import Grant

SEED = 20  # the issue's number; any fixed value makes a failure reproducible with `st run --seed`
EXAMPLES = 15  # per operation and phase
RUN_TIMEOUT = 420  # seconds for the four runs together: a hang guard (they need ~2 CPU-minutes in all)


@dataclass
class Setup:
    """What a run needs besides the spec: credentials, and every check relaxed or left out, with why."""

    token: str
    exclude: dict[str, str] = field(default_factory=dict)  # check name -> reason
    skip_paths: dict[str, str] = field(default_factory=dict)  # path -> reason it is not fuzzed
    #: operation -> token for its scope, when not `token`
    tokens: dict[str, str] = field(default_factory=dict)
    #: operation -> values always sent as given ("body.client_id", "path.transactionUUID"): a token
    #: endpoint's client credentials, an id that exists
    parameters: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: A body that refuses the request although the status is 2xx, which ST202 cannot see (Onlinesim)
    refusal_body: Callable[[Any], bool] | None = None
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
            if name in self.parameters:
                fields = ", ".join(f"{json.dumps(k)} = {json.dumps(v)}" for k, v in self.parameters[name].items())
                settings.append(f"parameters = {{ {fields} }}")
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


# Every built-in check of schemathesis 4.32 (what `--checks all` names); the run must have used them all.
ALL_CHECKS = {
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
    "positive_data_acceptance",
    "missing_required_header",
    "unsupported_method",
    "allow_header_conformance",
    "use_after_free",
    "ensure_resource_availability",
    "ignored_auth",
}

# schemathesis' default for ST202, to which an operation's own refusals are added.
POSITIVE_ACCEPTED = ["2xx", "3xx", "401", "403", "404", "409", "429", "5xx"]
BAD_INPUT = {"400", "422"}  # statuses a provider documents for a request it cannot use


def _operations(spec: dict[str, Any]) -> dict[str, set[str]]:
    """The statuses each operation ("METHOD /path") documents."""
    return {
        f"{method.upper()} {path}": set(operation.get("responses", {}))
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in {"get", "put", "post", "patch", "delete"}
    }


def _airalo(state: Any) -> Setup:
    token, _ = state.tokens.issue()
    credentials = {"body.client_id": state.client_id, "body.client_secret": state.client_secret}
    return Setup(token, parameters={"POST /v2/token": credentials}, refusals=AIRALO_REFUSALS)


AIRALO_REFUSALS: dict[str, tuple[tuple[int, ...], str]] = {
    "POST /v2/token": ((422,), "the spec's examples carry placeholders for the credentials (Laravel `exists`: 422)"),
    "POST /v2/orders": ((422,), "package_id and brand_settings_name must exist (Laravel `exists`)"),
    "POST /v2/orders-async": ((422,), "package_id must exist; without a webhook_url the account must be opted in"),
    "POST /v2/future-orders": (
        (422,),
        "package_id must exist; the due date must be 2 days to 1 year from now; webhook_url must be a URL (not in "
        'the schema: the docs\' own example sends "string")',
    ),
    "POST /v2/cancel-future-orders": ((422,), "the request ids must name this account's future orders"),
    "POST /v2/voucher/esim": ((422,), "each package_id must exist"),
    "POST /v2/voucher/airmoney": ((422,), "quantity must be 1 with a voucher_code: a cross-field rule, not modelled"),
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
    # Aeropay answers a transaction that is not the caller's, or does not exist, 401 AP011, which would
    # read as failed authentication: the refund list is asked for a transaction of the user's.
    paid = state.create_transaction(
        Grant("userForMerchant", 1057, user.id), {"merchantId": 1057, "amount": {"amount": 100, "currency": "USD"}}
    )
    parameters = {
        "POST /v2/token": {f"body.{name}": value for name, value in credentials.items()},
        "GET /v2/transaction/{transactionUUID}/refunds": {"path.transactionUUID": paid["transaction"]["id"]},
    }
    return Setup(merchant, tokens=tokens, parameters=parameters, refusals=AEROPAY_REFUSALS)


def _aeropay_money(why: str) -> tuple[tuple[int, ...], str]:
    return (400,), f"an Idempotency-Key names one payload (AP1400); {why}"


AEROPAY_REFUSALS: dict[str, tuple[tuple[int, ...], str]] = {
    "POST /v2/token": (
        (400,),
        "a userForMerchant userId must be a user of the merchant (AP002); scope stays a plain string (the "
        "seed's spellings) and only merchant / userForMerchant exist (AP700)",
    ),
    "POST /v2/confirmUser": ((400,), "the user must wait for this merchant's one-time code, and the code match"),
    "POST /v2/transaction": _aeropay_money("the bank account must be the user's"),
    "POST /v2/preauthTransaction": _aeropay_money("the bank account must be the user's (AP401)"),
    "POST /v2/payoutTransaction": _aeropay_money("the user must belong to the merchant"),
    "POST /v2/reverseTransaction": _aeropay_money("the transaction must exist and be reversible"),
    "PATCH /v2/userBankAccount/{bankAccountId}": ((400,), "the account must be one of the user's (AP401)"),
    "DELETE /v2/webhook": ((400,), "topic or webhookId is required (AP1100): OpenAPI cannot require one of two"),
    "POST /v2/paymentLink": ((400,), "a phone or an email is required (AP700): one of two, as above"),
}


def _gogox(state: Any) -> Setup:
    token, _ = state.tokens.issue()
    credentials = {"body.client_id": state.client_id, "body.client_secret": state.client_secret}
    return Setup(token, parameters={"POST /oauth/token": credentials}, refusals=GOGOX_REFUSALS)


_GOGOX_ORDER = (
    (422,),
    "schedule_at must not be in the past (the clock moves), the route must be inside the service area, "
    "and vehicle_type is an open set (lorry variants unverified): GoGoX refuses the others",
)
GOGOX_REFUSALS: dict[str, tuple[tuple[int, ...], str]] = {
    "POST /transport/quotations": _GOGOX_ORDER,
    "POST /transport/orders": _GOGOX_ORDER,
    "POST /delivery/quotations": _GOGOX_ORDER,
    "POST /delivery/orders": _GOGOX_ORDER,
    "POST /transport/orders/{order_uuid}/cancel": ((422,), "only a pending or matched order can be cancelled"),
    # `requestBody.required` is false only to dodge an openapi-python-client bug (see the spec): a token
    # request without a body is refused as RFC 6749 says.
    "POST /oauth/token": ((400,), "grant_type is mandatory; the body is optional in the spec for the generator"),
}


def _onlinesim(state: Any) -> Setup:
    # Onlinesim answers every call HTTP 200, failures included: the body is {"response": "<CODE>"}
    # (documented, specs/onlinesim.yaml ApiError). Both checks below expect a 4xx status instead.
    http_200 = "Onlinesim answers HTTP 200 with an error code in the body ({0}), never a 4xx"
    credentials = {"body.client_id": state.client_id, "body.client_secret": state.client_secret}
    return Setup(
        state.api_key,
        parameters={"POST /oauth/token": credentials},  # for generated bodies (the examples are sent as they are)
        refusals={"POST /oauth/token": ((400,), "the code or refresh token must be one the sandbox issued")},
        exclude={
            "ignored_auth": http_200.format("ERROR_NO_KEY / ERROR_WRONG_KEY for a missing or wrong key"),
            "negative_data_rejection": http_200.format("ERROR_PARAMS, ERROR_WRONG_TZID... for bad parameters"),
        },
        # ... so ST202 is checked here instead: no schema-valid request may get ERROR_PARAMS, the code the
        # sandbox answers to a request its spec forbids.
        refusal_body=lambda body: isinstance(body, dict) and body.get("response") == "ERROR_PARAMS",
        skip_paths={
            # The login-and-authorize HTML page and its form post, for a person's browser, not for clients;
            # tests/onlinesim/test_onlinesim_oauth_browser.py drives them with a real browser.
            "/oauth/authorize": "a person's HTML page, covered by the browser test",
        },
    )


STATE_OPTIONS: dict[str, dict[str, Any]] = {
    # A fuzzed order must not be refused for money (Airalo's code 11): that would hide what the run is for.
    "airalo": {"balance": "100000000.00"},
    # The spec's token examples name OAuth client "7" with a placeholder secret, and schemathesis sends
    # examples as they are: with that client registered, they get past client authentication.
    "onlinesim": {"client_id": "7", "client_secret": "<client_secret>"},
}

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

    def checks_run(self) -> set[str]:
        """The names of the checks that ran on at least one answer."""
        names: set[str] = set()
        for line in self.events.read_text().splitlines():
            recorder = (json.loads(line).get("ScenarioFinished") or {}).get("recorder") or {}
            for checks in recorder.get("checks", {}).values():
                names.update(check["name"] for check in checks)
        return names

    def positive_answers(self) -> Iterator[tuple[str, int, bytes]]:
        """(request, status, body) of every schema-valid request sent."""
        for line in self.events.read_text().splitlines():
            recorder = (json.loads(line).get("ScenarioFinished") or {}).get("recorder") or {}
            for case_id, interaction in recorder.get("interactions", {}).items():
                case = recorder["cases"][case_id]["value"]
                response = interaction.get("response")
                if case.get("meta", {}).get("generation", {}).get("mode") != "positive" or not response:
                    continue
                content = base64.b64decode((response.get("content") or {}).get("$base64", ""))
                request = interaction["request"]
                yield f"{request['method']} {request['uri']}", response["status_code"], content

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


@dataclass
class Fuzzed:
    """One provider's run: the sandbox state after it, and schemathesis' report."""

    state: SandboxState
    setup: Setup
    run: Run | None = None
    output: str = ""


def _command(provider: str, base_url: str, setup: Setup, workdir: Path) -> list[str]:
    config = workdir / "schemathesis.toml"
    config.write_text(setup.config(yaml.safe_load((SPECS_DIR / f"{provider}.yaml").read_text())))
    # No `--checks all`: every check runs by default, and naming them on the command line would
    # override the per-operation settings of the config file.
    return [
        str(Path(sys.executable).with_name("st")),
        "--config-file",
        str(config),
        "--no-color",
        "run",
        str(SPECS_DIR / f"{provider}.yaml"),
        "--url",
        base_url,
        *(["--exclude-checks", ",".join(setup.exclude)] if setup.exclude else []),
        *(arg for path in setup.skip_paths for arg in ("--exclude-path", path)),
        "--max-examples",
        str(EXAMPLES),
        "--seed",
        str(SEED),
        "--workers",
        "1",
        "--request-timeout",
        "30",  # on a loaded machine a sandbox shares its process with three others
        "--generation-database",
        "none",
        "--report",
        "json,ndjson",
        "--report-json-path",
        str(workdir / "run.json"),
        "--report-ndjson-path",
        str(workdir / "events.ndjson"),
    ]


@pytest.fixture(scope="module")
def fuzzed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Fuzzed]]:
    """The providers selected, fuzzed at once (one schemathesis process each, so both cores work)."""
    selected = {
        item.callspec.params["provider"]
        for item in request.session.items
        if getattr(item, "originalname", "") == "test_schemathesis_finds_no_failure" and hasattr(item, "callspec")
    }
    results: dict[str, Fuzzed] = {}
    with contextlib.ExitStack() as stack:
        running: dict[str, tuple[subprocess.Popen[str], Path]] = {}
        for provider, make_setup in SETUPS.items():
            if provider not in selected:
                continue
            module = importlib.import_module(f"tests.sandbox.{provider}")
            state: SandboxState = module.SANDBOX(validate_responses=True, **STATE_OPTIONS.get(provider, {}))
            # Negative cases send what the spec forbids on purpose: recorded and answered as the provider
            # would, but not a failure here (schemathesis judges the answers; sandbox errors still fail).
            state.expect_violations()
            results[provider] = Fuzzed(state, make_setup(state))
            served = stack.enter_context(serve(module.create_app(state)))
            stack.callback(getattr(state, "close", lambda: None))  # stop webhook deliveries to fuzzed URLs
            workdir = tmp_path_factory.mktemp(provider)
            command = _command(provider, served.base_url, results[provider].setup, workdir)
            # cwd: schemathesis keeps a crash cache (.schemathesis/) in the working directory.
            process = subprocess.Popen(
                command, cwd=workdir, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
            )
            stack.callback(_stop, process)
            running[provider] = (process, workdir)
        deadline = time.monotonic() + RUN_TIMEOUT
        for provider, (process, workdir) in running.items():
            try:
                output, _ = process.communicate(timeout=max(1.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                output, _ = process.communicate()
                output += f"\n(killed after {RUN_TIMEOUT} s)"
            results[provider].output = output
            if (workdir / "run.json").exists():
                results[provider].run = Run(json.loads((workdir / "run.json").read_text()), workdir / "events.ndjson")
    yield results


def _json(content: bytes) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        return None


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.kill()
        process.wait()


@pytest.mark.timeout(RUN_TIMEOUT + 60)
@pytest.mark.parametrize("provider", sorted(SETUPS))
def test_schemathesis_finds_no_failure(provider: str, fuzzed: dict[str, Fuzzed]) -> None:
    """Every answer of the sandbox fits its spec, every schema-valid request is accepted, with a token per scope."""
    outcome = fuzzed[provider]
    if outcome.run is None:
        pytest.fail(f"schemathesis did not finish for {provider}:\n{outcome.output[-4000:]}")
    run, state = outcome.run, outcome.state
    report = run.report
    assert report["complete"], report["stop_reason"]
    assert report["operations"]["tested"] == report["operations"]["selected"] > 0
    assert run.checks_run() >= ALL_CHECKS - set(outcome.setup.exclude), run.checks_run()
    assert run.failures == {}, f"{provider}: {run.failures}\n{run.explain()}"
    refused = outcome.setup.refusal_body
    if refused is not None:
        in_body = [(r, b[:200]) for r, status, b in run.positive_answers() if status == 200 and refused(_json(b))]
        assert in_body == [], f"schema-valid requests refused in an HTTP-200 body: {in_body[:5]}"
    assert report["errors"] == [], report["errors"]
    # Every operation got an answer other than "authentication failed": a token exists for each scope.
    assert report["warnings"]["missing_auth"] == [], report["warnings"]["missing_auth"]
    assert state.errors == [], state.errors
    # The sandbox checks its own answers against the spec as well (validate_responses).
    assert [v for v in state.violations if v.startswith("response ")] == []
