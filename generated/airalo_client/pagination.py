"""Lazy iterators over the paginated operations (written by scripts/pagination.py from x-pagination)."""

from typing import Any

from tokenkeep._pagination import DEFAULT_MAX_PAGES, PageRule, Pages

from .api.orders import list_future_orders, list_orders
from .api.packages import get_packages
from .api.sims import list_sims
from .client import AuthenticatedClient, Client
from .models.future_order import FutureOrder
from .models.future_order_list_response import FutureOrderListResponse
from .models.future_order_status_filter import FutureOrderStatusFilter
from .models.order import Order
from .models.order_list_response import OrderListResponse
from .models.package_country import PackageCountry
from .models.package_list_response import PackageListResponse
from .models.package_type_filter import PackageTypeFilter
from .models.sim import Sim
from .models.sim_list_response import SimListResponse
from .types import UNSET, Unset

_LIST_FUTURE_ORDERS = PageRule(
    provider="airalo",
    operation="listFutureOrders",
    success=FutureOrderListResponse,
    items=("data",),
    page="page",
    page_in_body=None,
    page_as_string=False,
    last_page=("meta", "last_page"),
    iterator="iter_future_orders",
)


def iter_future_orders(
    *,
    client: AuthenticatedClient | Client,
    status: FutureOrderStatusFilter | Unset = UNSET,
    limit: int | Unset = UNSET,
    from_due_date: str | Unset = UNSET,
    to_due_date: str | Unset = UNSET,
    max_pages: int = DEFAULT_MAX_PAGES,
    start_page: int = 1,
) -> Pages[FutureOrder]:
    """FutureOrder items of `listFutureOrders` (GET /v2/future-orders), fetched page by page as you iterate.

    Use `for` or `async for`. Pages are numbered by `page`; iteration stops at an empty page, at `meta.last_page`,
    or after `max_pages` pages from `start_page`. A failed page raises the operation's error
    (a tokenkeep.APIError) where iteration reached it, with `.page` and `.items_before` set and a note;
    `start_page=error.page` resumes there.
    """
    arguments: dict[str, Any] = {
        "client": client,
        "status": status,
        "limit": limit,
        "from_due_date": from_due_date,
        "to_due_date": to_due_date,
    }
    return Pages(
        _LIST_FUTURE_ORDERS,
        list_future_orders.sync,
        list_future_orders.asyncio,
        arguments,
        max_pages=max_pages,
        start_page=start_page,
    )


_LIST_ORDERS = PageRule(
    provider="airalo",
    operation="listOrders",
    success=OrderListResponse,
    items=("data",),
    page="page",
    page_in_body=None,
    page_as_string=False,
    last_page=("meta", "last_page"),
    iterator="iter_orders",
)


def iter_orders(
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    filtercreated_at: str | Unset = UNSET,
    filtercode: str | Unset = UNSET,
    filterorder_status: str | Unset = UNSET,
    filtericcid: str | Unset = UNSET,
    filterdescription: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    max_pages: int = DEFAULT_MAX_PAGES,
    start_page: int = 1,
) -> Pages[Order]:
    """Order items of `listOrders` (GET /v2/orders), fetched page by page as you iterate.

    Use `for` or `async for`. Pages are numbered by `page`; iteration stops at an empty page, at `meta.last_page`,
    or after `max_pages` pages from `start_page`. A failed page raises the operation's error
    (a tokenkeep.APIError) where iteration reached it, with `.page` and `.items_before` set and a note;
    `start_page=error.page` resumes there.
    """
    arguments: dict[str, Any] = {
        "client": client,
        "include": include,
        "filtercreated_at": filtercreated_at,
        "filtercode": filtercode,
        "filterorder_status": filterorder_status,
        "filtericcid": filtericcid,
        "filterdescription": filterdescription,
        "limit": limit,
    }
    return Pages(
        _LIST_ORDERS, list_orders.sync, list_orders.asyncio, arguments, max_pages=max_pages, start_page=start_page
    )


_GET_PACKAGES = PageRule(
    provider="airalo",
    operation="getPackages",
    success=PackageListResponse,
    items=("data",),
    page="page",
    page_in_body=None,
    page_as_string=False,
    last_page=("meta", "last_page"),
    iterator="iter_package_countries",
)


def iter_package_countries(
    *,
    client: AuthenticatedClient | Client,
    filtertype: PackageTypeFilter | Unset = UNSET,
    filtercountry: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    include: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    max_pages: int = DEFAULT_MAX_PAGES,
    start_page: int = 1,
) -> Pages[PackageCountry]:
    """PackageCountry items of `getPackages` (GET /v2/packages), fetched page by page as you iterate.

    Use `for` or `async for`. Pages are numbered by `page`; iteration stops at an empty page, at `meta.last_page`,
    or after `max_pages` pages from `start_page`. A failed page raises the operation's error
    (a tokenkeep.APIError) where iteration reached it, with `.page` and `.items_before` set and a note;
    `start_page=error.page` resumes there.
    """
    arguments: dict[str, Any] = {
        "client": client,
        "filtertype": filtertype,
        "filtercountry": filtercountry,
        "limit": limit,
        "include": include,
        "accept_language": accept_language,
    }
    return Pages(
        _GET_PACKAGES, get_packages.sync, get_packages.asyncio, arguments, max_pages=max_pages, start_page=start_page
    )


_LIST_SIMS = PageRule(
    provider="airalo",
    operation="listSims",
    success=SimListResponse,
    items=("data",),
    page="page",
    page_in_body=None,
    page_as_string=False,
    last_page=("meta", "last_page"),
    iterator="iter_sims",
)


def iter_sims(
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    filtercreated_at: str | Unset = UNSET,
    filtericcid: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    max_pages: int = DEFAULT_MAX_PAGES,
    start_page: int = 1,
) -> Pages[Sim]:
    """Sim items of `listSims` (GET /v2/sims), fetched page by page as you iterate.

    Use `for` or `async for`. Pages are numbered by `page`; iteration stops at an empty page, at `meta.last_page`,
    or after `max_pages` pages from `start_page`. A failed page raises the operation's error
    (a tokenkeep.APIError) where iteration reached it, with `.page` and `.items_before` set and a note;
    `start_page=error.page` resumes there.
    """
    arguments: dict[str, Any] = {
        "client": client,
        "include": include,
        "filtercreated_at": filtercreated_at,
        "filtericcid": filtericcid,
        "limit": limit,
    }
    return Pages(_LIST_SIMS, list_sims.sync, list_sims.asyncio, arguments, max_pages=max_pages, start_page=start_page)


__all__ = ["iter_future_orders", "iter_orders", "iter_package_countries", "iter_sims"]
