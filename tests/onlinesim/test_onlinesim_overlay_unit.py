"""tokenkeep.onlinesim pieces without a network: body checks, rejection, key placement, state checks."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from onlinesim_client import Client
from onlinesim_client.api.sms import get_num
from tokenkeep._providers import onlinesim as provider
from tokenkeep.onlinesim import AuthorizationFailed, NoNumbersError, OnlinesimError, api_key_auth, get_state


def answer(body: Any, *, path: str = "/api/getNum.php", status: int = 200) -> httpx.Response:
    request = httpx.Request("GET", f"https://onlinesim.io{path}?apikey=secret-key")
    content = body if isinstance(body, bytes) else None
    if content is not None:
        return httpx.Response(status, content=content, request=request)
    return httpx.Response(status, json=body, request=request)


@pytest.mark.parametrize(
    "body",
    [{"response": 1, "tzid": 5}, {"response": "1"}, {"response": True}, [], [{"tzid": 1}], b"<html>ok</html>"],
    ids=["one", "string-one", "true", "empty-array", "array", "not-json"],
)
def test_success_shapes_have_no_error_code(body: Any) -> None:
    """1, "1", true, bare arrays and non-JSON bodies are not error answers (so not a refused token)."""
    assert provider.error_code(answer(body)) is None


def mocked(body: Any) -> Client:
    """A bare generated client whose every answer is `body` with HTTP 200, the API key in the query."""
    transport = httpx.MockTransport(lambda request: answer(body, path=request.url.path))
    return Client(
        base_url="https://onlinesim.io", httpx_args={"params": {"apikey": "secret-key"}, "transport": transport}
    )


def test_error_string_raises_and_no_operations_is_only_empty_for_get_state() -> None:
    """An error string raises its class from the generated operation; ERROR_NO_OPERATIONS is [] for get_state only."""
    with pytest.raises(NoNumbersError) as caught:
        get_num.sync(client=mocked({"response": "NO_NUMBER"}), service="telegram")
    assert "secret-key" not in str(caught.value) and caught.value.code == "NO_NUMBER"
    assert get_state(mocked({"response": "ERROR_NO_OPERATIONS"})) == []
    with pytest.raises(OnlinesimError):
        get_num.sync(client=mocked({"response": "ERROR_NO_OPERATIONS"}), service="telegram")


@pytest.mark.parametrize(
    ("body", "status", "rejected"),
    [
        ({"response": "ERROR_WRONG_KEY"}, 200, True),
        ({"response": "ERROR_NO_KEY"}, 200, True),
        ({"response": "NO_NUMBER"}, 200, False),
        ({"response": 1}, 200, False),
        ({"message": "Unauthenticated."}, 401, True),
    ],
)
def test_rejection_is_read_from_the_body(body: Any, status: int, rejected: bool) -> None:
    """OAuth mode treats HTTP-200 ERROR_WRONG_KEY / ERROR_NO_KEY (and a 401) as a refused token."""
    assert provider.is_rejection(answer(body, status=status)) is rejected


def run_auth(auth: httpx.Auth, url: str) -> httpx.Request:
    flow = auth.sync_auth_flow(httpx.Request("GET", url))
    request = next(flow)
    with pytest.raises(StopIteration):
        flow.send(httpx.Response(200, json={"response": 1}, request=request))
    return request


def test_api_key_placements() -> None:
    """Bearer header, ?apikey= or ?api_key=; existing query parameters are kept."""
    url = "https://onlinesim.io/api/getState.php?tzid=7"
    bearer = run_auth(api_key_auth("k1"), url)
    assert bearer.headers["authorization"] == "Bearer k1" and "k1" not in str(bearer.url)
    query = run_auth(api_key_auth("k1", placement="query"), url)
    assert query.url.params["apikey"] == "k1" and query.url.params["tzid"] == "7"
    assert "authorization" not in query.headers
    other = run_auth(api_key_auth("k1", placement="query", param="api_key"), url)
    assert other.url.params["api_key"] == "k1" and "apikey" not in other.url.params


def test_redacted_url_hides_both_key_names() -> None:
    url = httpx.URL("https://onlinesim.io/api/getNum.php?service=vkcom&apikey=a&api_key=b")
    shown = str(provider.redacted(url))
    assert "=a" not in shown and "=b" not in shown and "service=vkcom" in shown


@pytest.mark.parametrize(
    ("redirect", "message"),
    [
        (None, "no redirect arrived"),
        (provider.Redirect(code="c", state="other"), "does not match"),
        (provider.Redirect(code=None, state="s", error="access_denied"), "access_denied"),
        (provider.Redirect(code=None, state="s"), "no authorization code"),
    ],
)
def test_redirect_checks(redirect: provider.Redirect | None, message: str) -> None:
    """Only a redirect with our state and a code yields the code."""
    with pytest.raises(AuthorizationFailed, match=message):
        provider.checked_code(redirect, "s", 1.0)
    assert provider.checked_code(provider.Redirect(code="c", state="s"), "s", 1.0) == "c"


def test_state_is_random_and_long() -> None:
    states = {provider.new_state() for _ in range(20)}
    assert len(states) == 20 and all(len(s) >= 40 for s in states)
