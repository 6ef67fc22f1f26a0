"""Credentials with non-ASCII characters get Aeropay's AP002 from the sandbox, never a crash.

`hmac.compare_digest` raises TypeError for a `str` with non-ASCII characters, so the sandbox compares
UTF-8 bytes; a wrong secret like "sécret" must be refused like any wrong secret.
"""

from __future__ import annotations

import pytest
import tokenkeep
import tokenkeep.aeropay as ap
from aeropay_client.api.merchant import get_tip_configuration
from aeropay_support import Shop

from tests.sandbox._common import ServedSandbox
from tests.sandbox.aeropay import AeropaySandbox

Served = ServedSandbox[AeropaySandbox]
TIP = "/v2/merchant/tipConfiguration"
WRONG = {"api_secret": "sécret-ключ-🔑"}, {"api_key": "clé-de-l'API"}


def _assert_ap002(aeropay: Served, exc: ap.AeropayTokenRejected, sent: str) -> None:
    assert isinstance(exc, tokenkeep.AuthError) and isinstance(exc, ap.AeropayAuthError)
    assert (exc.code, exc.status_code) == ("AP002", aeropay.state.ap002_status)
    assert exc.provider_message == "Invalid API key or secret key"
    assert sent not in str(exc) and sent not in repr(exc)
    assert aeropay.state.errors == [] and aeropay.state.requests_to(TIP) == 0


@pytest.mark.parametrize("wrong", WRONG, ids=["secret", "api key"])
def test_a_non_ascii_wrong_credential_is_ap002(aeropay: Served, wrong: dict[str, str]) -> None:
    """A wrong secret or key with non-ASCII characters is Aeropay's AP002: a typed AuthError without the secret."""
    shop = Shop(aeropay, **wrong)
    try:
        with pytest.raises(ap.AeropayTokenRejected) as caught:
            get_tip_configuration.sync(client=shop.client())
    finally:
        shop.close()
    _assert_ap002(aeropay, caught.value, *wrong.values())


async def test_a_non_ascii_wrong_secret_is_ap002_async(aeropay: Served) -> None:
    """As the sync case, through the async token request."""
    (wrong,) = WRONG[:1]
    shop = Shop(aeropay, **wrong)
    try:
        with pytest.raises(ap.AeropayTokenRejected) as caught:
            await get_tip_configuration.asyncio(client=shop.client())
    finally:
        await shop.aclose()
    _assert_ap002(aeropay, caught.value, wrong["api_secret"])


def test_a_non_ascii_secret_that_matches_gets_a_token(aeropay: Served) -> None:
    """Compared as UTF-8 bytes, a non-ASCII secret the merchant really has is accepted."""
    aeropay.state.api_secret = "sécret-ключ-🔑"
    shop = Shop(aeropay)  # the sandbox's own credentials, now non-ASCII
    try:
        get_tip_configuration.sync(client=shop.client())
    finally:
        shop.close()
    assert aeropay.state.token_requests == 1 and aeropay.state.errors == []
