"""A client secret with non-ASCII characters gets Airalo's 401 from the sandbox, never a crash.

`hmac.compare_digest` raises TypeError for a `str` with non-ASCII characters, so the sandbox compares
UTF-8 bytes; a wrong secret like "sécret" must be refused like any wrong secret.
"""

from __future__ import annotations

import pytest
import tokenkeep.airalo
from airalo_client.api.balance import get_balance
from tokenkeep import AuthError, MemoryStore

from tests.sandbox._common import ServedSandbox
from tests.sandbox.airalo import AiraloSandbox

Served = ServedSandbox[AiraloSandbox]
NON_ASCII = "sécret-ключ-🔑"


def _assert_refused(served: Served, exc: AuthError) -> None:
    assert exc.status_code == 401 and NON_ASCII not in str(exc) and NON_ASCII not in repr(exc)
    assert served.state.errors == [] and served.state.requests_to("/v2/balance") == 0


def test_a_non_ascii_wrong_secret_is_refused_with_401(served: Served) -> None:
    """A wrong client secret with non-ASCII characters is Airalo's 401: AuthError, the secret nowhere in it."""
    assert served.client_id
    api = tokenkeep.airalo.client(served.client_id, NON_ASCII, base_url=served.base_url, store=MemoryStore())
    with api, pytest.raises(AuthError) as info:
        get_balance.sync(client=api)
    _assert_refused(served, info.value)


async def test_a_non_ascii_wrong_secret_is_refused_with_401_async(served: Served) -> None:
    """As the sync case, through the async token request."""
    assert served.client_id
    api = tokenkeep.airalo.client(served.client_id, NON_ASCII, base_url=served.base_url, store=MemoryStore())
    async with api:
        with pytest.raises(AuthError) as info:
            await get_balance.asyncio(client=api)
    _assert_refused(served, info.value)


def test_a_non_ascii_secret_that_matches_gets_a_token(served: Served) -> None:
    """Compared as UTF-8 bytes, a non-ASCII secret the partner really has is accepted."""
    assert served.client_id
    served.state.client_secret = NON_ASCII
    with tokenkeep.airalo.client(served.client_id, NON_ASCII, base_url=served.base_url, store=MemoryStore()) as api:
        get_balance.sync(client=api)
    assert served.state.token_requests == 1 and served.state.errors == []
