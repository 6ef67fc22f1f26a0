"""Aeropay tokens end to end over time: refreshed before their TTL runs out, per scope, with no 401."""

from __future__ import annotations

import time

from aeropay_client.api.users import get_user
from aeropay_client.api.webhooks import list_webhooks
from aeropay_support import Shop

from tests.sandbox._common import ServedSandbox
from tests.sandbox.aeropay import AeropaySandbox


def test_short_ttl_tokens_are_refreshed_before_expiry_in_both_scopes(
    aeropay: ServedSandbox[AeropaySandbox], shop: Shop
) -> None:
    """With 2 s tokens, merchant and user calls for 2.2 s refresh at half life: several tokens each, zero 401s."""
    aeropay.state.configure(token_lifetime=2)
    user = aeropay.state.onboard_user()
    merchant_api, user_api = shop.client(), shop.user_client(user.id)
    calls = 0
    deadline = time.monotonic() + 2.2
    while time.monotonic() < deadline:
        assert list_webhooks.sync_detailed(client=merchant_api).status_code == 200
        assert get_user.sync_detailed(client=user_api).status_code == 200
        calls += 2
        time.sleep(0.02)
    assert aeropay.state.unauthorized == 0  # never a 401, AP007 included: every refresh came first
    assert aeropay.state.token_requests >= 4  # at least two per scope
    assert calls > aeropay.state.token_requests
