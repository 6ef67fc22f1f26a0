"""Lazy iterators over Aeropay's paged search and lists (`aeropay_client.pagination`) against the sandbox."""

from __future__ import annotations

import pytest
import tokenkeep
from aeropay_client.api.preauth_transactions import create_preauth_transaction
from aeropay_client.api.transactions import create_transaction
from aeropay_client.models import (
    CreatePreauthRequest,
    CreateTransactionRequest,
    Money,
    PreauthTransaction,
    Transaction,
    TransactionResponse,
    TransactionSearchRequest,
    TransactionSearchRequestFilters,
)
from aeropay_client.pagination import iter_preauth_transactions, iter_transactions
from aeropay_support import MERCHANT_ID, Shop

from tests.sandbox._common import ServedSandbox
from tests.sandbox.aeropay import AeropaySandbox

Served = ServedSandbox[AeropaySandbox]
SEARCH = "/v2/transactionSearch"
PAYMENTS = (100, 200, 300, 400, 500)


def usd(cents: int) -> Money:
    return Money(amount=cents, currency="USD")


def pay_five(aeropay: Served, shop: Shop) -> str:
    user = aeropay.state.onboard_user()
    as_user = shop.user_client(user.id)
    for cents in PAYMENTS:
        paid = create_transaction.sync(
            client=as_user, body=CreateTransactionRequest(merchant_id=MERCHANT_ID, amount=usd(cents))
        )
        assert isinstance(paid, TransactionResponse)
    return user.id


def one_per_page() -> TransactionSearchRequest:
    """Page size as the string Aeropay's search wants; the iterator sets `page` ("1", "2", ...)."""
    return TransactionSearchRequest(
        per_page="1", order_by="asc", filters=TransactionSearchRequestFilters(payment_type="payment")
    )


def test_search_reads_five_pages_of_one_with_the_page_in_the_body(aeropay: Served, shop: Shop) -> None:
    """The page number travels in the JSON body as a string; paging.totalPages ends it after page 5."""
    pay_five(aeropay, shop)
    before = aeropay.state.requests[f"POST {SEARCH}"]
    found = list(iter_transactions(client=shop.client(), body=one_per_page()))
    assert all(isinstance(t, Transaction) for t in found)
    assert [t.amount.amount for t in found] == list(PAYMENTS)
    assert aeropay.state.requests[f"POST {SEARCH}"] - before == 5


async def test_search_reads_five_pages_async(aeropay: Served, ashop: Shop) -> None:
    """`async for` over the same search gives the same payments in order."""
    pay_five(aeropay, ashop)
    found = [t.amount.amount async for t in iter_transactions(client=ashop.client(), body=one_per_page())]
    assert found == list(PAYMENTS)


def test_an_error_answer_on_page_3_is_raised_mid_iteration(aeropay: Served, shop: Shop) -> None:
    """Aeropay's HTTP-200 error body on page 3 raises an APIError after the first two payments were yielded."""
    pay_five(aeropay, shop)
    pages = iter(iter_transactions(client=shop.client(), body=one_per_page()))
    seen = [next(pages).amount.amount, next(pages).amount.amount]
    body = {"error": {"code": "AP500", "message": "Search is unavailable", "help": "Try again later."}}
    aeropay.state.fail_next(200, body, path=SEARCH)
    with pytest.raises(tokenkeep.APIError) as caught:
        next(pages)
    assert seen == [100, 200]
    assert (caught.value.provider, caught.value.status_code, caught.value.code) == ("aeropay", 200, "AP500")


async def test_an_error_answer_on_page_3_is_raised_mid_iteration_async(aeropay: Served, ashop: Shop) -> None:
    """The same through `async for`."""
    pay_five(aeropay, ashop)
    seen = []
    body = {"error": {"code": "AP500", "message": "Search is unavailable", "help": "Try again later."}}
    with pytest.raises(tokenkeep.APIError) as caught:
        async for transaction in iter_transactions(client=ashop.client(), body=one_per_page()):
            seen.append(transaction.amount.amount)
            if len(seen) == 2:
                aeropay.state.fail_next(200, body, path=SEARCH)
    assert seen == [100, 200] and caught.value.code == "AP500"


def test_preauthorizations_page_by_one_over_four_pages(aeropay: Served, shop: Shop) -> None:
    """The preauth list's `page` query parameter walks four pages of one; max_pages stops early."""
    user = aeropay.state.onboard_user()
    as_user = shop.user_client(user.id)
    for cents in (100, 200, 300, 400):
        create_preauth_transaction.sync(
            client=as_user,
            body=CreatePreauthRequest(bank_account_id=user.accounts[0].id, merchant_id=MERCHANT_ID, amount=usd(cents)),
        )
    listed = list(iter_preauth_transactions(client=shop.client(), per_page=1, level="live"))
    assert all(isinstance(p, PreauthTransaction) for p in listed)
    assert sorted(p.amount.amount for p in listed) == [100, 200, 300, 400]
    assert len(list(iter_preauth_transactions(client=shop.client(), per_page=1, max_pages=3))) == 3
