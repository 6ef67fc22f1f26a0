"""Lazy iterators over the paginated operations (written by scripts/pagination.py from x-pagination)."""

from typing import Any

from tokenkeep._pagination import DEFAULT_MAX_PAGES, PageRule, Pages

from .api.preauth_transactions import list_preauth_transactions
from .api.reports import get_transaction_batches
from .api.transactions import search_transactions
from .client import AuthenticatedClient, Client
from .models.batch import Batch
from .models.batch_list_response import BatchListResponse
from .models.list_preauth_transactions_order_by import ListPreauthTransactionsOrderBy
from .models.preauth_list_response import PreauthListResponse
from .models.preauth_transaction import PreauthTransaction
from .models.transaction import Transaction
from .models.transaction_list_response import TransactionListResponse
from .models.transaction_search_request import TransactionSearchRequest
from .types import UNSET, Unset

_LIST_PREAUTH_TRANSACTIONS = PageRule(
    provider="aeropay",
    operation="listPreauthTransactions",
    success=PreauthListResponse,
    items=("transactions",),
    page="page",
    page_in_body=None,
    page_as_string=False,
    last_page=("paging", "total_pages"),
    iterator="iter_preauth_transactions",
)


def iter_preauth_transactions(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    level: str | Unset = UNSET,
    date_start: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    order_by: ListPreauthTransactionsOrderBy | Unset = UNSET,
    max_pages: int = DEFAULT_MAX_PAGES,
    start_page: int = 1,
) -> Pages[PreauthTransaction]:
    """PreauthTransaction items of `listPreauthTransactions` (GET /v2/preauthTransactions), fetched page by page as you iterate.

    Use `for` or `async for`. Pages are numbered by `page`; iteration stops at an empty page, at `paging.totalPages`,
    or after `max_pages` pages from `start_page`. A failed page raises the operation's error
    (a tokenkeep.APIError) where iteration reached it, with `.page` and `.items_before` set and a note;
    `start_page=error.page` resumes there.
    """
    arguments: dict[str, Any] = {
        "client": client,
        "uuid": uuid,
        "level": level,
        "date_start": date_start,
        "date_end": date_end,
        "timezone": timezone,
        "per_page": per_page,
        "sort_by": sort_by,
        "order_by": order_by,
    }
    return Pages(
        _LIST_PREAUTH_TRANSACTIONS,
        list_preauth_transactions.sync,
        list_preauth_transactions.asyncio,
        arguments,
        max_pages=max_pages,
        start_page=start_page,
    )


_GET_TRANSACTION_BATCHES = PageRule(
    provider="aeropay",
    operation="getTransactionBatches",
    success=BatchListResponse,
    items=("data",),
    page="page",
    page_in_body=None,
    page_as_string=False,
    last_page=("paging", "total_pages"),
    iterator="iter_transaction_batches",
)


def iter_transaction_batches(
    *,
    client: AuthenticatedClient | Client,
    merchant_id: str | Unset = UNSET,
    date_begin: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    size: int | Unset = UNSET,
    max_pages: int = DEFAULT_MAX_PAGES,
    start_page: int = 1,
) -> Pages[Batch]:
    """Batch items of `getTransactionBatches` (GET /v2/reports/transactions/batches), fetched page by page as you iterate.

    Use `for` or `async for`. Pages are numbered by `page`; iteration stops at an empty page, at `paging.totalPages`,
    or after `max_pages` pages from `start_page`. A failed page raises the operation's error
    (a tokenkeep.APIError) where iteration reached it, with `.page` and `.items_before` set and a note;
    `start_page=error.page` resumes there.
    """
    arguments: dict[str, Any] = {
        "client": client,
        "merchant_id": merchant_id,
        "date_begin": date_begin,
        "date_end": date_end,
        "timezone": timezone,
        "size": size,
    }
    return Pages(
        _GET_TRANSACTION_BATCHES,
        get_transaction_batches.sync,
        get_transaction_batches.asyncio,
        arguments,
        max_pages=max_pages,
        start_page=start_page,
    )


_SEARCH_TRANSACTIONS = PageRule(
    provider="aeropay",
    operation="searchTransactions",
    success=TransactionListResponse,
    items=("transactions",),
    page="page",
    page_in_body=TransactionSearchRequest,
    page_as_string=True,
    last_page=("paging", "total_pages"),
    iterator="iter_transactions",
)


def iter_transactions(
    *,
    client: AuthenticatedClient | Client,
    body: TransactionSearchRequest | Unset = UNSET,
    max_pages: int = DEFAULT_MAX_PAGES,
    start_page: int = 1,
) -> Pages[Transaction]:
    """Transaction items of `searchTransactions` (POST /v2/transactionSearch), fetched page by page as you iterate.

    Use `for` or `async for`. Pages are numbered by `page` in the body; iteration stops at an empty page, at `paging.totalPages`,
    or after `max_pages` pages from `start_page`. A failed page raises the operation's error
    (a tokenkeep.APIError) where iteration reached it, with `.page` and `.items_before` set and a note;
    `start_page=error.page` resumes there.
    """
    arguments: dict[str, Any] = {"client": client, "body": body}
    return Pages(
        _SEARCH_TRANSACTIONS,
        search_transactions.sync,
        search_transactions.asyncio,
        arguments,
        max_pages=max_pages,
        start_page=start_page,
    )


__all__ = ["iter_preauth_transactions", "iter_transaction_batches", "iter_transactions"]
