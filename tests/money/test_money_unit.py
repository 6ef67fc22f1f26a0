"""Which failures leave a money move open, and how a reference is written (issue 19; no network)."""

from __future__ import annotations

import httpx
import pytest
import tokenkeep
import tokenkeep.airalo
from airalo_client.errors import AiraloCreditError
from airalo_client.models import Order
from airalo_client.types import UNSET
from tokenkeep._money import ambiguous, never_sent, replayable, still_open
from tokenkeep._money.airalo import with_reference

REQUEST = httpx.Request("POST", "https://example.test/v2/orders")


def _connection(cause: Exception, cls: type[tokenkeep.APIConnectionError] = tokenkeep.APIConnectionError) -> Exception:
    error = cls("lost", provider="airalo")
    error.__cause__ = cause
    return error


def _status(cls: type[tokenkeep.APIStatusError], status: int) -> tokenkeep.APIStatusError:
    return cls("answered", provider="airalo", status_code=status)


LOST = _connection(httpx.RemoteProtocolError("Server disconnected", request=REQUEST))
LATE = _connection(httpx.ReadTimeout("timed out", request=REQUEST), tokenkeep.APITimeoutError)
REFUSED = _connection(httpx.ConnectError("refused", request=REQUEST))
MANGLED = tokenkeep.APIResponseValidationError("truncated", provider="airalo", status_code=200)
SERVER = _status(tokenkeep.InternalServerError, 500)
BUSY = _status(tokenkeep.RateLimitError, 429)
INVALID = _status(tokenkeep.UnprocessableEntityError, 422)
CREDIT = AiraloCreditError("code 11", provider="airalo", status_code=422, code="11")
TOKEN = tokenkeep.TokenError("token endpoint down", provider="aeropay", status_code=503)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (LOST, True),
        (LATE, True),
        (MANGLED, True),
        (SERVER, True),
        (REFUSED, False),
        (BUSY, False),
        (INVALID, False),
        (CREDIT, False),
        (TOKEN, False),
    ],
)
def test_ambiguous_is_a_failure_after_which_the_provider_may_have_acted(error: Exception, expected: bool) -> None:
    """Lost, late, 5xx and mangled answers are ambiguous; a refused connection and every answer are not."""
    assert ambiguous(error) is expected


def test_never_sent_is_only_a_connection_that_could_not_be_made() -> None:
    """A connect error never reached the provider; a dropped answer may have."""
    assert never_sent(REFUSED) and not never_sent(LOST) and not never_sent(SERVER)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (LOST, True),
        (LATE, True),
        (REFUSED, True),
        (MANGLED, True),
        (SERVER, True),
        (BUSY, True),
        (INVALID, False),
        (CREDIT, False),
        (TOKEN, False),
    ],
)
def test_replayable_with_the_same_key_is_every_failure_that_is_not_an_answer(error: Exception, expected: bool) -> None:
    """With an idempotency key a 429 and a refused connection are replayed too; answers never are."""
    assert replayable(error) is expected


def test_a_token_failure_after_a_replay_leaves_the_payment_open() -> None:
    """Once an earlier send may have charged, a failure that is not Aeropay's answer settles nothing."""
    assert still_open(TOKEN, replayed=True)
    assert not still_open(TOKEN, replayed=False)
    assert not still_open(INVALID, replayed=True)


def test_the_reference_follows_the_callers_text_and_is_read_back_from_the_order() -> None:
    """`shop #42 [tk-...]`: the caller's description is kept, the reference found again in it."""
    reference = tokenkeep.airalo.new_reference()
    text = with_reference("shop #42", reference)
    assert text == f"shop #42 [{reference}]"
    assert with_reference(UNSET, reference) == reference
    assert tokenkeep.airalo.reference_of(Order(id=1, code="c", description=text)) == reference
    assert tokenkeep.airalo.reference_of(Order(id=2, code="c", description="tk-short")) is None


def test_an_api_error_carries_the_idempotency_key_its_request_was_sent_with() -> None:
    """Every error of a keyed request names the key (read from the redacted request it keeps)."""
    operation = tokenkeep.Operation(
        "aeropay", "createTransaction", "post", "/v2/transaction", False, True, "Idempotency-Key"
    )
    request = httpx.Request("POST", "https://example.test/v2/transaction", headers={"Idempotency-Key": "k-1"})
    error = tokenkeep.APIConnectionError("lost", provider="aeropay", operation=operation, request=request)
    assert error.idempotency_key == "k-1"
    plain = tokenkeep.APIConnectionError("lost", provider="aeropay", request=request)
    assert plain.idempotency_key is None
