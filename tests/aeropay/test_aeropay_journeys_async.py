"""Aeropay journeys with the async generated client (mirror of test_aeropay_journeys.py)."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest
import tokenkeep
import tokenkeep.aeropay as ap
from aeropay_client.api.bank_accounts import link_account_from_aggregator
from aeropay_client.api.preauth_transactions import capture_preauth_transaction, create_preauth_transaction
from aeropay_client.api.transactions import (
    create_payout_transaction,
    create_transaction,
    get_transaction,
    reverse_transaction,
)
from aeropay_client.api.users import confirm_user, create_user, get_user
from aeropay_client.api.webhooks import list_webhooks
from aeropay_client.models import (
    CapturePreauthRequest,
    ConfirmUserRequest,
    CreatePreauthRequest,
    CreateTransactionRequest,
    CreateUserRequest,
    CreateUserResponse,
    LinkAccountRequest,
    LinkAccountRequestAggregator,
    LinkAccountResponse,
    Money,
    PayoutRequest,
    PreauthResponse,
    ReverseTransactionRequest,
    ReverseTransactionResponse,
    TransactionResponse,
    UserResponse,
    WebhookListResponse,
)
from aeropay_support import MERCHANT_ID, Shop

from tests.sandbox._common import ServedSandbox
from tests.sandbox.aeropay import AeropaySandbox

Served = ServedSandbox[AeropaySandbox]


def usd(cents: int) -> Money:
    return Money(amount=cents, currency="USD")


async def pay(client: Any, cents: int, **options: Any) -> TransactionResponse:
    result = await create_transaction.asyncio(
        client=client, body=CreateTransactionRequest(merchant_id=MERCHANT_ID, amount=usd(cents)), **options
    )
    assert isinstance(result, TransactionResponse)
    return result


async def test_onboard_a_user_then_pay_refund_partly_void_preauth_capture_and_payout(
    aeropay: Served, ashop: Shop
) -> None:
    """The whole merchant journey, async: integer cents move between the user's bank and the merchant."""
    s = aeropay.state
    api = ashop.client()
    created = await create_user.asyncio(
        client=api,
        body=CreateUserRequest(first_name="Bo", last_name="Kim", phone_number="+13125550101", email="bo@example.com"),
    )
    assert isinstance(created, CreateUserResponse)
    user_id = created.user.id
    confirmed = await confirm_user.asyncio(
        client=api, body=ConfirmUserRequest(user_id=user_id, code="000000", merchant_id=MERCHANT_ID)
    )
    assert isinstance(confirmed, UserResponse)
    as_user = ashop.user_client(user_id)
    linked = await link_account_from_aggregator.asyncio(
        client=as_user,
        body=LinkAccountRequest(connection_id=str(uuid.uuid4()), aggregator=LinkAccountRequestAggregator.AEROSYNC),
    )
    assert isinstance(linked, LinkAccountResponse)
    account_id = linked.user_bank_info.bank_account_id
    start_bank, start_merchant = s.bank_balance_of(user_id), s.merchants[MERCHANT_ID].balance

    paid = (await pay(as_user, 2500)).transaction
    s.clock.advance(2 * 86400)
    refund = await reverse_transaction.asyncio(client=api, body=ReverseTransactionRequest(id=paid.id, amount=usd(1000)))
    assert isinstance(refund, ReverseTransactionResponse) and refund.refund_transaction.payment_type == "reversal"

    to_void = (await pay(as_user, 777)).transaction
    voided = await reverse_transaction.asyncio(client=api, body=ReverseTransactionRequest(id=to_void.id))
    assert isinstance(voided, ReverseTransactionResponse) and voided.refund_transaction.status == "void"

    preauth = await create_preauth_transaction.asyncio(
        client=as_user,
        body=CreatePreauthRequest(bank_account_id=account_id, merchant_id=MERCHANT_ID, amount=usd(5000)),
    )
    assert isinstance(preauth, PreauthResponse)
    captured = await capture_preauth_transaction.asyncio(
        client=api, body=CapturePreauthRequest(id=preauth.transaction.id)
    )
    assert isinstance(captured, PreauthResponse) and captured.transaction.status == "completed"

    payout = await create_payout_transaction.asyncio(
        client=api, body=PayoutRequest(user_id=user_id, amount=usd(300), merchant_id=MERCHANT_ID)
    )
    assert isinstance(payout, TransactionResponse) and payout.transaction.payment_type == "payout"

    moved = 2500 - 1000 + 5000 - 300
    assert s.bank_balance_of(user_id) == start_bank - moved
    assert s.merchants[MERCHANT_ID].balance == start_merchant + moved


async def test_fifty_concurrent_user_calls_for_five_users_make_five_token_requests(
    aeropay: Served, ashop: Shop
) -> None:
    """50 concurrent userForMerchant calls (5 users) fetch 5 tokens; 10 merchant calls alongside fetch 1."""
    s = aeropay.state
    users = [s.onboard_user() for _ in range(5)]
    clients = {u.id: ashop.user_client(u.id) for u in users}
    merchant_api = ashop.client()

    async def as_user(user_id: str) -> str:
        me = await get_user.asyncio(client=clients[user_id])
        assert isinstance(me, UserResponse)
        return me.user.id

    async def as_merchant() -> None:
        assert isinstance(await list_webhooks.asyncio(client=merchant_api), WebhookListResponse)

    calls = [as_user(u.id) for u in users for _ in range(10)]
    results = await asyncio.gather(*calls, *(as_merchant() for _ in range(10)))
    assert results[:50] == [u.id for u in users for _ in range(10)]  # nobody got another user's token
    assert [s.token_requests_for(f"userForMerchant:{MERCHANT_ID}:{u.id}") for u in users] == [1] * 5
    assert s.token_requests_for(f"merchant:{MERCHANT_ID}") == 1
    assert s.token_requests == 6


async def test_wrong_scope_is_refused_before_anything_is_sent(aeropay: Served, ashop: Shop) -> None:
    """ScopeError before sending, async: no token request, no API request."""
    s = aeropay.state
    user = s.onboard_user()
    with pytest.raises(tokenkeep.ScopeError):
        await get_transaction.asyncio(client=ashop.user_client(user.id), transaction_id=str(uuid.uuid4()))
    with pytest.raises(tokenkeep.ScopeError):
        await pay(ashop.client(), 100)
    assert s.token_attempts == 0 and sum(s.requests.values()) == 0


async def test_a_lost_payment_response_retried_with_the_same_key_charges_once(aeropay: Served, ashop: Shop) -> None:
    """Committed then dropped: the client's async retry resends the caller's key and gets the stored payment."""
    s = aeropay.state
    user = s.onboard_user()
    as_user = ashop.user_client(user.id)
    before = s.bank_balance_of(user.id)
    key = ap.new_idempotency_key()
    s.fail_next(path="/v2/transaction", method="POST", drop_connection=True)
    retried = (await pay(as_user, 1999, idempotency_key=key)).transaction
    assert s.bank_balance_of(user.id) == before - 1999
    assert [t.id for t in s.transactions.values()] == [retried.id]


async def test_a_token_revoked_mid_payment_is_refreshed_once_and_the_replay_keeps_the_key(
    aeropay: Served, ashop: Shop
) -> None:
    """401 AP008, async: one new token, the replay carries the same Idempotency-Key, one charge."""
    s = aeropay.state
    user = s.onboard_user()
    as_user = ashop.user_client(user.id)
    await pay(as_user, 100)
    before, tokens = s.bank_balance_of(user.id), s.token_requests
    s.revoke_tokens()
    await pay(as_user, 2222)
    assert s.token_requests == tokens + 1
    assert s.bank_balance_of(user.id) == before - 2222
    keys = [k for path, k in s.keys_seen if path == "/v2/transaction"][1:]
    assert len(keys) == 2 and keys[0] == keys[1] and keys[0] is not None
