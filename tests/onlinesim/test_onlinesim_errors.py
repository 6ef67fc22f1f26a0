"""Onlinesim error codes arrive as HTTP-200 bodies and leave tokenkeep as typed exceptions without secrets."""

from __future__ import annotations

import json
import logging

import pytest
import tokenkeep
import tokenkeep.onlinesim
from onlinesim_client import Client
from onlinesim_client import errors as onlinesim_errors
from onlinesim_client.api.account import get_balance
from onlinesim_client.api.rent import get_rent_num
from onlinesim_client.api.sms import get_num, set_operation_ok
from onlinesim_client.models import NumOrdered
from tokenkeep.onlinesim import (
    AccessError,
    InvalidRequestError,
    LowBalanceError,
    NoNumbersError,
    OnlinesimError,
    OperationStateError,
    TryAgainLaterError,
)

from tests.sandbox._common import ServedSandbox
from tests.sandbox.onlinesim import OnlinesimSandbox

API_KEY = "sandbox-api-key"

# The spec's whole catalogue (onlinesim_client.errors, generated from x-error-codes), and a code outside it.
CODES: dict[str, type[OnlinesimError]] = {code: cls for code, (cls, _, _) in onlinesim_errors.CODES.items()}
CODES["SOMETHING_NEW"] = OnlinesimError


def secrets_of(sandbox: OnlinesimSandbox) -> list[str]:
    return [sandbox.api_key, sandbox.client_secret or "", *sandbox.tokens.live_tokens, *sandbox.refresh_tokens]


@pytest.mark.parametrize(("code", "kind"), CODES.items(), ids=list(CODES))
def test_each_error_code_raises_its_typed_exception(
    served: ServedSandbox[OnlinesimSandbox],
    api: Client,
    code: str,
    kind: type[OnlinesimError],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Every catalogued code (and an unknown one) maps to its class, carries `.code`, and names no secret."""
    caplog.set_level(logging.DEBUG)
    served.state.fail_next_code(code)
    with pytest.raises(OnlinesimError) as caught:
        get_balance.sync(client=api)
    error = caught.value
    assert type(error) is kind
    assert isinstance(error, tokenkeep.APIError)
    assert error.code == code and error.status_code == 200 and json.loads(error.body) == {"response": code}
    assert code in str(error) and "/api/getBalance.php" in str(error)
    assert error.retryable is (kind is TryAgainLaterError)
    assert error.meaning == (onlinesim_errors.CODES[code][1] if code in onlinesim_errors.CODES else None)
    shown = str(error) + repr(error) + caplog.text
    assert not [s for s in secrets_of(served.state) if s in shown]


def test_typed_errors_come_from_real_state(served: ServedSandbox[OnlinesimSandbox], api: Client) -> None:
    """The sandbox's own refusals: no numbers, low balance, protective interval, unknown days."""
    sandbox = served.state
    sandbox.stock["telegram"] = 0
    with pytest.raises(NoNumbersError):
        get_num.sync(client=api, service="telegram", country=7)
    sandbox.protective_interval = 120
    ordered = get_num.sync(client=api, service="vkcom", country=7)
    assert isinstance(ordered, NumOrdered)
    with pytest.raises(OperationStateError) as early:
        set_operation_ok.sync(client=api, tzid=ordered.tzid)
    assert early.value.code == "NO_COMPLETE_TZID"
    sandbox.clock.advance(121)
    set_operation_ok.sync(client=api, tzid=ordered.tzid)
    with pytest.raises(InvalidRequestError) as days:
        get_rent_num.sync(client=api, country=7, days=2)
    assert days.value.code == "UNDEFINED_DAYS"
    sandbox.balance = sandbox.balance.__class__("1.00")
    with pytest.raises(LowBalanceError):
        get_num.sync(client=api, service="vkcom", country=7)


def test_no_operations_is_an_empty_list_not_an_error(api: Client) -> None:
    """getState's ERROR_NO_OPERATIONS passes the check and get_state() returns []."""
    assert tokenkeep.onlinesim.get_state(api) == []


@pytest.mark.parametrize("placement", ["bearer", "query"])
def test_wrong_api_key_names_the_problem_without_the_key(
    served: ServedSandbox[OnlinesimSandbox], placement: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A wrong key is an AccessError saying the key is wrong; neither key appears in errors or logs."""
    caplog.set_level(logging.DEBUG)
    wrong = "wrong-key-0123456789"
    api = tokenkeep.onlinesim.client(wrong, base_url=served.base_url, placement=placement)  # type: ignore[arg-type]
    with api, pytest.raises(AccessError) as caught:
        get_balance.sync(client=api)
    assert caught.value.code == "ERROR_WRONG_KEY"
    assert "Wrong API key" in str(caught.value)
    shown = str(caught.value) + repr(caught.value) + caplog.text
    assert wrong not in shown and API_KEY not in shown
    assert "getBalance.php" in caplog.text  # httpx did log the request, with the key redacted


def test_query_key_is_redacted_in_httpx_logs(
    served: ServedSandbox[OnlinesimSandbox], caplog: pytest.LogCaptureFixture
) -> None:
    """httpx logs request URLs at INFO; a query-string key shows as [redacted]."""
    caplog.set_level(logging.INFO, logger="httpx")
    with tokenkeep.onlinesim.client(API_KEY, base_url=served.base_url, placement="query") as api:
        get_balance.sync(client=api)
    assert "apikey=%5Bredacted%5D" in caplog.text or "apikey=[redacted]" in caplog.text
    assert API_KEY not in caplog.text


def test_api_key_auth_repr_hides_the_key() -> None:
    auth = tokenkeep.onlinesim.api_key_auth(API_KEY, placement="query", param="api_key")
    assert API_KEY not in repr(auth) and "api_key" in repr(auth)
    with pytest.raises(ValueError, match="API key"):
        tokenkeep.onlinesim.api_key_auth("")


def test_http_error_status_is_typed_too(served: ServedSandbox[OnlinesimSandbox], api: Client) -> None:
    """A non-200 answer (undocumented, but possible) is the status's class, not a parse error."""
    served.state.fail_next(status=502, body={"message": "Bad Gateway"}, times=3)
    with pytest.raises(tokenkeep.InternalServerError) as caught:
        get_balance.sync(client=api)
    assert caught.value.status_code == 502 and caught.value.code is None


def test_public_names_show_the_public_module() -> None:
    """tokenkeep's own classes show tokenkeep.onlinesim; the generated errors keep their module."""
    assert tokenkeep.onlinesim.ApiKeyAuth.__module__ == "tokenkeep.onlinesim"
    assert NoNumbersError.__module__ == "onlinesim_client.errors" and NoNumbersError is onlinesim_errors.NoNumbersError
    assert issubclass(tokenkeep.onlinesim.AuthorizationRequired, tokenkeep.AuthError)
    assert all(hasattr(tokenkeep.onlinesim, name) for name in tokenkeep.onlinesim.__all__)
