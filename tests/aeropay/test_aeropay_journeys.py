"""Aeropay journeys through the generated client and tokenkeep.aeropay, against the sandbox (sync).

Mirrored by test_aeropay_journeys_async.py.
"""

from __future__ import annotations

import uuid

import pytest
import tokenkeep
import tokenkeep.aeropay as ap
from aeropay_client.api.bank_accounts import (
    get_aggregator_credentials,
    link_account_from_aggregator,
    list_bank_accounts,
    select_bank_account,
)
from aeropay_client.api.preauth_transactions import (
    cancel_preauth_transaction,
    capture_preauth_transaction,
    create_preauth_transaction,
    list_preauth_transactions,
)
from aeropay_client.api.transactions import (
    create_payout_transaction,
    create_transaction,
    get_transaction,
    get_transaction_by_idempotency_key,
    get_transaction_refunds,
    reverse_transaction,
    search_transactions,
)
from aeropay_client.api.users import confirm_user, create_user, get_user
from aeropay_client.models import (
    AggregatorCredentials,
    CapturePreauthRequest,
    ConfirmUserRequest,
    CreatePreauthRequest,
    CreateTransactionRequest,
    CreateUserRequest,
    EmptyResponse,
    GetAggregatorCredentialsAggregator,
    LinkAccountRequest,
    LinkAccountRequestAggregator,
    Money,
    PayoutRequest,
    PreauthListResponse,
    PreauthResponse,
    ReverseTransactionRequest,
    ReverseTransactionResponse,
    TransactionListResponse,
    TransactionRefundsResponse,
    TransactionResponse,
    TransactionSearchRequest,
    TransactionSearchRequestFilters,
    UserResponse,
)
from aeropay_support import MERCHANT_ID, Shop

from tests.sandbox._common import ServedSandbox
from tests.sandbox.aeropay import AeropaySandbox

Served = ServedSandbox[AeropaySandbox]


def usd(cents: int) -> Money:
    return Money(amount=cents, currency="USD")


def pay(client: object, cents: int, **options: object) -> TransactionResponse:
    result = create_transaction.sync(
        client=client,  # type: ignore[arg-type]
        body=CreateTransactionRequest(merchant_id=MERCHANT_ID, amount=usd(cents)),
        **options,  # type: ignore[arg-type]
    )
    assert isinstance(result, TransactionResponse)
    return result


def test_onboard_a_user_then_pay_refund_partly_void_preauth_capture_and_payout(aeropay: Served, shop: Shop) -> None:
    """The whole merchant journey moves integer cents between the user's bank and the merchant."""
    s = aeropay.state
    api = shop.client()

    created = create_user.sync(
        client=api,
        body=CreateUserRequest(first_name="Ann", last_name="Lee", phone_number="+13125550100", email="ann@example.com"),
    )
    assert created is not None and not isinstance(created, ap.AeropayError)
    user_id = created.user.id
    assert created.mfa_type == "sms"
    with pytest.raises(ap.AeropayUserError) as bad_otp:  # HTTP 200 AP111
        confirm_user.sync(client=api, body=ConfirmUserRequest(user_id=user_id, code="123456", merchant_id=MERCHANT_ID))
    assert (bad_otp.value.code, bad_otp.value.status_code) == ("AP111", 200)
    confirmed = confirm_user.sync(
        client=api, body=ConfirmUserRequest(user_id=user_id, code="000000", merchant_id=MERCHANT_ID)
    )
    assert isinstance(confirmed, UserResponse) and confirmed.user.user_status == "Active"

    as_user = shop.user_client(user_id)
    me = get_user.sync(client=as_user)
    assert isinstance(me, UserResponse) and me.user.email == "ann@example.com"
    widget = get_aggregator_credentials.sync(client=as_user, aggregator=GetAggregatorCredentialsAggregator.AEROSYNC)
    assert isinstance(widget, AggregatorCredentials) and widget.fastlink_url.startswith("https://")
    linked = link_account_from_aggregator.sync(
        client=as_user,
        body=LinkAccountRequest(connection_id=str(uuid.uuid4()), aggregator=LinkAccountRequestAggregator.AEROSYNC),
    )
    assert linked is not None and not isinstance(linked, ap.AeropayError)
    account_id = linked.user_bank_info.bank_account_id
    accounts = list_bank_accounts.sync(client=as_user)
    assert accounts is not None and [a.bank_account_id for a in accounts.bank_accounts] == [account_id]  # type: ignore[union-attr]
    assert select_bank_account.sync(client=as_user, bank_account_id=account_id) is not None

    start_bank, start_merchant = s.bank_balance_of(user_id), s.merchants[MERCHANT_ID].balance

    # Pay 25.00, two days later refund 10.00 of it (a reversal: the payment has been batched).
    paid = pay(as_user, 2500).transaction
    assert (paid.status, paid.amount.amount) == ("pending", 2500)
    s.clock.advance(2 * 86400)
    refund = reverse_transaction.sync(
        client=api, body=ReverseTransactionRequest(id=paid.id, amount=usd(1000), reference_id="partial-1")
    )
    assert isinstance(refund, ReverseTransactionResponse)
    assert refund.refund_transaction.payment_type == "reversal"
    assert refund.refund_transaction.amount.amount == 1000
    refunds = get_transaction_refunds.sync(client=as_user, transaction_uuid=paid.id)
    assert isinstance(refunds, TransactionRefundsResponse) and [r.amount.amount for r in refunds.refunds] == [1000]

    # Pay 7.77 and void it the same day: no money moves.
    to_void = pay(as_user, 777).transaction
    voided = reverse_transaction.sync(client=api, body=ReverseTransactionRequest(id=to_void.id))
    assert isinstance(voided, ReverseTransactionResponse)
    assert (voided.refund_transaction.status, voided.message) == ("void", "Transaction has been voided")

    # Preauthorize 50.00, lower it is not needed; capture it.
    preauth = create_preauth_transaction.sync(
        client=as_user,
        body=CreatePreauthRequest(bank_account_id=account_id, merchant_id=MERCHANT_ID, amount=usd(5000)),
    )
    assert isinstance(preauth, PreauthResponse) and preauth.transaction.status == "live"
    captured = capture_preauth_transaction.sync(client=api, body=CapturePreauthRequest(id=preauth.transaction.id))
    assert isinstance(captured, PreauthResponse) and captured.transaction.status == "completed"
    with pytest.raises(ap.AeropayTransactionError) as again:  # AP312, HTTP 200
        capture_preauth_transaction.sync(client=api, body=CapturePreauthRequest(id=preauth.transaction.id))
    assert again.value.code == "AP312"

    # Pay out 3.00 to the user.
    payout = create_payout_transaction.sync(
        client=api, body=PayoutRequest(user_id=user_id, amount=usd(300), merchant_id=MERCHANT_ID)
    )
    assert isinstance(payout, TransactionResponse) and payout.transaction.payment_type == "payout"

    moved = 2500 - 1000 + 5000 - 300
    assert s.bank_balance_of(user_id) == start_bank - moved
    assert s.merchants[MERCHANT_ID].balance == start_merchant + moved

    fetched = get_transaction.sync(client=api, transaction_id=paid.id)
    assert isinstance(fetched, TransactionResponse) and fetched.transaction.status == "processed"
    # The two-day clock jump expired both tokens on the sandbox side: each scope refreshed once.
    assert s.token_requests_for(f"merchant:{MERCHANT_ID}") == 2
    assert s.token_requests_for(f"userForMerchant:{MERCHANT_ID}:{user_id}") == 2


def test_a_payment_before_the_original_clears_is_queued_and_released_when_it_settles(
    aeropay: Served, shop: Shop
) -> None:
    """A refund of a still-pending payment on a later day is queued, then becomes a reversal."""
    s = aeropay.state
    s.settle_after = 3 * 86400
    user = s.onboard_user()
    paid = pay(shop.user_client(user.id), 4000).transaction
    s.clock.advance(86400)
    queued = reverse_transaction.sync(
        client=shop.client(), body=ReverseTransactionRequest(id=paid.id, amount=usd(1500))
    )
    assert isinstance(queued, ReverseTransactionResponse)
    assert "queued" in (queued.message or "")
    refunds = get_transaction_refunds.sync(client=shop.user_client(user.id), transaction_uuid=paid.id)
    assert isinstance(refunds, TransactionRefundsResponse)
    assert ([q.status for q in refunds.queued_refunds], refunds.refunds) == (["queued"], [])
    s.clock.advance(3 * 86400)
    refunds = get_transaction_refunds.sync(client=shop.user_client(user.id), transaction_uuid=paid.id)
    assert isinstance(refunds, TransactionRefundsResponse)
    assert ([r.amount.amount for r in refunds.refunds], refunds.queued_refunds) == ([1500], [])


def test_lists_are_paged(aeropay: Served, shop: Shop) -> None:
    """Search and the preauth list answer `paging` and honour page/perPage."""
    s = aeropay.state
    user = s.onboard_user()
    as_user = shop.user_client(user.id)
    for cents in (100, 200, 300):
        pay(as_user, cents)
    page = search_transactions.sync(
        client=shop.client(),
        body=TransactionSearchRequest(
            page="2", per_page="2", filters=TransactionSearchRequestFilters(payment_type="payment")
        ),
    )
    assert isinstance(page, TransactionListResponse)
    assert (page.paging.total_items, page.paging.total_pages, page.paging.current_page) == (3, 2, 2)
    assert [t.amount.amount for t in page.transactions] == [300]
    account = user.accounts[0].id
    for cents in (100, 200):
        create_preauth_transaction.sync(
            client=as_user,
            body=CreatePreauthRequest(bank_account_id=account, merchant_id=MERCHANT_ID, amount=usd(cents)),
        )
    listed = list_preauth_transactions.sync(client=shop.client(), per_page=1, level="live")
    assert isinstance(listed, PreauthListResponse) and listed.paging.total_pages == 2
    cancelled = cancel_preauth_transaction.sync(client=shop.client(), preauth_transaction_id=listed.transactions[0].id)
    assert isinstance(cancelled, PreauthResponse) and cancelled.transaction.status == "canceled"


def test_many_users_share_one_merchant_token_and_never_each_others(aeropay: Served, shop: Shop) -> None:
    """Calls for 3 users and the merchant make one token request per scope key, each user acting as itself."""
    s = aeropay.state
    users = [s.onboard_user() for _ in range(3)]
    for _ in range(2):
        for user in users:
            me = get_user.sync(client=shop.user_client(user.id))
            assert isinstance(me, UserResponse) and me.user.id == user.id
            assert (
                get_transaction_by_idempotency_key.sync(client=shop.client(), idempotency_key=str(uuid.uuid4()))
                is not None
            )
    assert s.token_requests_for(f"merchant:{MERCHANT_ID}") == 1
    assert all(s.token_requests_for(f"userForMerchant:{MERCHANT_ID}:{u.id}") == 1 for u in users)
    assert s.token_requests == 4


def test_wrong_scope_is_refused_before_anything_is_sent(aeropay: Served, shop: Shop) -> None:
    """A merchant call on a user client (and the reverse) raises ScopeError; the sandbox sees nothing."""
    s = aeropay.state
    user = s.onboard_user()
    with pytest.raises(tokenkeep.ScopeError, match="needs a merchant token"):
        get_transaction.sync(client=shop.user_client(user.id), transaction_id=str(uuid.uuid4()))
    with pytest.raises(tokenkeep.ScopeError, match="needs a userForMerchant token"):
        pay(shop.client(), 100)
    assert s.token_attempts == 0
    assert sum(s.requests.values()) == 0


def test_a_lost_payment_response_retried_with_the_same_key_charges_once(aeropay: Served, shop: Shop) -> None:
    """The sandbox commits the payment then drops the connection; the client's retry resends the same key."""
    s = aeropay.state
    user = s.onboard_user()
    as_user = shop.user_client(user.id)
    before = s.bank_balance_of(user.id)
    key = ap.new_idempotency_key()
    s.fail_next(path="/v2/transaction", method="POST", drop_connection=True)
    retried = pay(as_user, 1999, idempotency_key=key).transaction  # the keyed payment is safe to repeat
    assert s.bank_balance_of(user.id) == before - 1999
    assert [t.id for t in s.transactions.values()] == [retried.id]
    assert [k for path, k in s.keys_seen if path == "/v2/transaction"] == [key, key]
    stored = get_transaction_by_idempotency_key.sync(client=shop.client(), idempotency_key=key)
    assert isinstance(stored, TransactionResponse) and stored.transaction.id == retried.id
    unknown = get_transaction_by_idempotency_key.sync(client=shop.client(), idempotency_key=str(uuid.uuid4()))
    assert isinstance(unknown, EmptyResponse)


def test_the_same_key_with_another_body_is_refused_with_ap1400(aeropay: Served, shop: Shop) -> None:
    """Reusing a key for a different payment raises AeropayIdempotencyError (AP1400, HTTP 400), no charge."""
    s = aeropay.state
    user = s.onboard_user()
    as_user = shop.user_client(user.id)
    key = ap.new_idempotency_key()
    pay(as_user, 500, idempotency_key=key)
    before = s.bank_balance_of(user.id)
    with pytest.raises(ap.AeropayIdempotencyError) as reused:
        pay(as_user, 501, idempotency_key=key)
    assert (reused.value.code, reused.value.status_code) == ("AP1400", 400)
    aeropay.expect_violations()  # the spec's Idempotency-Key is a UUID: this one is malformed on purpose
    with pytest.raises(ap.AeropayIdempotencyError) as malformed:
        pay(as_user, 501, idempotency_key="not-a-uuid")
    assert malformed.value.code == "AP1402"
    assert s.bank_balance_of(user.id) == before


def test_a_token_revoked_mid_payment_is_refreshed_once_and_the_replay_keeps_the_key(
    aeropay: Served, shop: Shop
) -> None:
    """401 AP008 on the payment: one new token, the same Idempotency-Key on the replay, one charge."""
    s = aeropay.state
    user = s.onboard_user()
    as_user = shop.user_client(user.id)
    pay(as_user, 100)
    before, tokens = s.bank_balance_of(user.id), s.token_requests
    s.revoke_tokens()
    paid = pay(as_user, 2222).transaction
    assert s.token_requests == tokens + 1
    assert s.bank_balance_of(user.id) == before - 2222
    keys = [k for path, k in s.keys_seen if path == "/v2/transaction"][1:]
    assert len(keys) == 2 and keys[0] == keys[1] and keys[0] is not None
    assert s.idempotency[(MERCHANT_ID, keys[0])].body["transaction"]["id"] == paid.id


def test_an_expired_token_is_refreshed_with_ap007(aeropay: Served, shop: Shop) -> None:
    """401 AP007 (expired) leads to one refresh and a successful replay."""
    s = aeropay.state
    user = s.onboard_user()
    as_user = shop.user_client(user.id)
    assert isinstance(get_user.sync(client=as_user), UserResponse)
    s.expire_tokens()
    assert isinstance(get_user.sync(client=as_user), UserResponse)
    assert s.token_requests == 2 and s.unauthorized == 1


def test_token_lifetime_comes_from_the_token_response(aeropay: Served) -> None:
    """The cached token lives TTL seconds (1800 by default; whatever the response says otherwise)."""
    s = aeropay.state
    s.tokens.lifetime = 1200
    auth = ap.auth(s.api_key, s.api_secret, MERCHANT_ID, base_url=aeropay.base_url, store=tokenkeep.MemoryStore())
    token = auth.manager.get()
    assert token.lifetime == 1200
    # Proactive refresh starts REFRESH_BUFFER (300 s) before expiry: at most half the lifetime.
    assert token.refresh_at(300.0) == token.expires_at - 300.0
    assert token.scope == "merchant"
    assert s.api_secret not in auth.manager.key and s.api_key not in auth.manager.key
