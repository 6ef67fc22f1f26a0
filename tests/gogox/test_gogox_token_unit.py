"""tokenkeep.gogox unit tests through the generated token operation (MockTransport; the sandbox tests are
test_gogox_token_errors.py and test_gogox_token_lifecycle.py)."""

from __future__ import annotations

import base64
import json

import httpx
import pytest
import tokenkeep.gogox
from gogox_client.api.transport import get_transport_order
from tokenkeep import AuthError, MemoryStore, TokenError

ORDER = {"uuid": "o-1", "status": "pending"}


class FakeGogox:
    def __init__(self) -> None:
        self.token_requests: list[httpx.Request] = []
        self.valid: set[str] = set()
        self.token_error: tuple[int, dict[str, str]] | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            self.token_requests.append(request)
            if self.token_error:
                return httpx.Response(self.token_error[0], json=self.token_error[1])
            token = f"tok-{len(self.token_requests)}"
            self.valid = {token}
            return httpx.Response(200, json={"access_token": token, "token_type": "Bearer", "expires_in": 7200,
                                             "created_at": 1700000000})  # fmt: skip
        if request.headers.get("authorization", "").removeprefix("Bearer ") not in self.valid:
            return httpx.Response(401, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
                                  json={"error": "invalid_token"})  # fmt: skip
        return httpx.Response(200, json=ORDER)


def api(fake: FakeGogox, **options: object) -> object:
    return tokenkeep.gogox.client("cid", "csecret", base_url="https://gogox.test", store=MemoryStore(),
                                  httpx_args={"transport": httpx.MockTransport(fake)}, **options)  # fmt: skip


def test_credentials_go_in_the_json_body_by_default() -> None:
    """The default token request is JSON with client_id and client_secret."""
    fake = FakeGogox()
    order = get_transport_order.sync("o-1", client=api(fake))  # type: ignore[arg-type]
    assert order is not None
    request = fake.token_requests[0]
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {"grant_type": "client_credentials", "client_id": "cid",
                                           "client_secret": "csecret"}  # fmt: skip


def test_http_basic_option_sends_a_form_body() -> None:
    """With credentials_in='basic' the secret travels in HTTP Basic and the body is the standard form."""
    fake = FakeGogox()
    get_transport_order.sync("o-1", client=api(fake, credentials_in="basic"))  # type: ignore[arg-type]
    request = fake.token_requests[0]
    assert request.headers["authorization"] == "Basic " + base64.b64encode(b"cid:csecret").decode()
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.content == b"grant_type=client_credentials"


def test_http_basic_form_encodes_id_and_secret_first() -> None:
    """RFC 6749 §2.3.1: ':' in the id and spaces in the secret are form-urlencoded before base64."""
    fake = FakeGogox()
    client = tokenkeep.gogox.client(
        "id:1",
        "se cret%",
        base_url="https://gogox.test",
        store=MemoryStore(),
        credentials_in="basic",
        httpx_args={"transport": httpx.MockTransport(fake)},
    )
    get_transport_order.sync("o-1", client=client)  # type: ignore[arg-type]
    encoded = base64.b64encode(b"id%3A1:se+cret%25").decode()
    assert fake.token_requests[0].headers["authorization"] == "Basic " + encoded


def test_invalid_token_triggers_one_refresh_and_replay() -> None:
    """A 401 with error=invalid_token costs one new token and one replay."""
    fake = FakeGogox()
    client = api(fake)
    get_transport_order.sync("o-1", client=client)  # type: ignore[arg-type]
    fake.valid = set()  # revoked
    response = get_transport_order.sync_detailed("o-1", client=client)  # type: ignore[arg-type]
    assert response.status_code == 200
    assert len(fake.token_requests) == 2


@pytest.mark.parametrize(
    ("status", "error", "kind"),
    [(401, "invalid_client", AuthError), (400, "unsupported_grant_type", TokenError),
     (400, "invalid_request", TokenError)],
)  # fmt: skip
def test_rfc6749_errors_are_typed(status: int, error: str, kind: type[TokenError]) -> None:
    """Token endpoint errors carry RFC 6749 error and error_description, never the secret."""
    fake = FakeGogox()
    fake.token_error = (status, {"error": error, "error_description": f"about {error}"})
    with pytest.raises(kind) as info:
        get_transport_order.sync("o-1", client=api(fake))  # type: ignore[arg-type]
    assert info.value.error == error
    assert info.value.error_description == f"about {error}"
    assert info.value.status_code == status
    assert "csecret" not in str(info.value) and "csecret" not in repr(info.value)
    if kind is TokenError:
        assert not isinstance(info.value, AuthError)


def test_region_hosts() -> None:
    """Regions and environments map to GoGoX's hosts; unknown regions are refused."""
    assert tokenkeep.gogox.base_url("sg", "production") == "https://sg-api.gogox.com"
    assert tokenkeep.gogox.base_url("hk") == "https://stag-hk-api.gogox.com"
    with pytest.raises(ValueError, match="unknown GoGoX region"):
        tokenkeep.gogox.base_url("xx")
