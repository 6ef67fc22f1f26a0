"""The sandbox machinery itself: injected error answers are held to the spec where it documents them."""

from __future__ import annotations

import httpx

from tests.sandbox._common import serve
from tests.sandbox.airalo import AiraloSandbox, create_app


def token(base_url: str, state: AiraloSandbox) -> str:
    form = {"client_id": state.client_id, "client_secret": state.client_secret, "grant_type": "client_credentials"}
    answer = httpx.post(
        f"{base_url}/v2/token",
        files={k: (None, str(v)) for k, v in form.items()},
        headers={"Accept": "application/json"},
    )
    return str(answer.json()["data"]["access_token"])


def test_an_injected_answer_the_spec_forbids_is_recorded() -> None:
    state = AiraloSandbox(validate_responses=True)
    state.expect_violations()  # this test provokes one on purpose
    with serve(create_app(state)) as served:
        headers = {"Authorization": f"Bearer {token(served.base_url, state)}", "Accept": "application/json"}
        state.fail_next(401, body={"not": "an Airalo error"}, path="/v2/balance")
        assert httpx.get(f"{served.base_url}/v2/balance", headers=headers).status_code == 401
    assert any(v.startswith("injected response 401 to GET /v2/balance") for v in state.violations), state.violations


def test_provider_shaped_and_undocumented_injected_answers_pass() -> None:
    state = AiraloSandbox(validate_responses=True)
    with serve(create_app(state)) as served:
        headers = {"Authorization": f"Bearer {token(served.base_url, state)}", "Accept": "application/json"}
        state.fail_next(401, path="/v2/balance")  # the sandbox's own 401 body: Airalo's envelope
        state.fail_next(503, body="upstream down", path="/v2/balance")  # a status the spec does not document
        assert httpx.get(f"{served.base_url}/v2/balance", headers=headers).status_code == 401
        assert httpx.get(f"{served.base_url}/v2/balance", headers=headers).status_code == 503
    assert state.violations == []
