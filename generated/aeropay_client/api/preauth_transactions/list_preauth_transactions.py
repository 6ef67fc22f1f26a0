from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_preauth_transactions_order_by import ListPreauthTransactionsOrderBy
from ...models.preauth_list_response import PreauthListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    uuid: str | Unset = UNSET,
    level: str | Unset = UNSET,
    date_start: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    order_by: ListPreauthTransactionsOrderBy | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["uuid"] = uuid

    params["level"] = level

    params["dateStart"] = date_start

    params["dateEnd"] = date_end

    params["timezone"] = timezone

    params["page"] = page

    params["perPage"] = per_page

    params["sortBy"] = sort_by

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["orderBy"] = json_order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/preauthTransactions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | PreauthListResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorResponse | PreauthListResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PreauthListResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ErrorResponse.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ErrorResponse | PreauthListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    level: str | Unset = UNSET,
    date_start: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    order_by: ListPreauthTransactionsOrderBy | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | PreauthListResponse]:
    """List the merchant's preauthorizations

     Paged (`page`, `perPage`, default 50). `level` filters by status; dates are `MM-DD-YYYY HH:mm:ss`.
    The v2 spec declares the list items as the `{transaction}` wrapper while its examples show bare
    preauthorization objects (modelled: bare objects, as the examples).

    Args:
        uuid (str | Unset):
        level (str | Unset):
        date_start (str | Unset):
        date_end (str | Unset):
        timezone (str | Unset):
        page (int | Unset):
        per_page (int | Unset):
        sort_by (str | Unset):
        order_by (ListPreauthTransactionsOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | PreauthListResponse]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        level=level,
        date_start=date_start,
        date_end=date_end,
        timezone=timezone,
        page=page,
        per_page=per_page,
        sort_by=sort_by,
        order_by=order_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    level: str | Unset = UNSET,
    date_start: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    order_by: ListPreauthTransactionsOrderBy | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | PreauthListResponse | None:
    """List the merchant's preauthorizations

     Paged (`page`, `perPage`, default 50). `level` filters by status; dates are `MM-DD-YYYY HH:mm:ss`.
    The v2 spec declares the list items as the `{transaction}` wrapper while its examples show bare
    preauthorization objects (modelled: bare objects, as the examples).

    Args:
        uuid (str | Unset):
        level (str | Unset):
        date_start (str | Unset):
        date_end (str | Unset):
        timezone (str | Unset):
        page (int | Unset):
        per_page (int | Unset):
        sort_by (str | Unset):
        order_by (ListPreauthTransactionsOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | PreauthListResponse
    """

    return sync_detailed(
        client=client,
        uuid=uuid,
        level=level,
        date_start=date_start,
        date_end=date_end,
        timezone=timezone,
        page=page,
        per_page=per_page,
        sort_by=sort_by,
        order_by=order_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    level: str | Unset = UNSET,
    date_start: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    order_by: ListPreauthTransactionsOrderBy | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | PreauthListResponse]:
    """List the merchant's preauthorizations

     Paged (`page`, `perPage`, default 50). `level` filters by status; dates are `MM-DD-YYYY HH:mm:ss`.
    The v2 spec declares the list items as the `{transaction}` wrapper while its examples show bare
    preauthorization objects (modelled: bare objects, as the examples).

    Args:
        uuid (str | Unset):
        level (str | Unset):
        date_start (str | Unset):
        date_end (str | Unset):
        timezone (str | Unset):
        page (int | Unset):
        per_page (int | Unset):
        sort_by (str | Unset):
        order_by (ListPreauthTransactionsOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | PreauthListResponse]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        level=level,
        date_start=date_start,
        date_end=date_end,
        timezone=timezone,
        page=page,
        per_page=per_page,
        sort_by=sort_by,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    level: str | Unset = UNSET,
    date_start: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    order_by: ListPreauthTransactionsOrderBy | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | PreauthListResponse | None:
    """List the merchant's preauthorizations

     Paged (`page`, `perPage`, default 50). `level` filters by status; dates are `MM-DD-YYYY HH:mm:ss`.
    The v2 spec declares the list items as the `{transaction}` wrapper while its examples show bare
    preauthorization objects (modelled: bare objects, as the examples).

    Args:
        uuid (str | Unset):
        level (str | Unset):
        date_start (str | Unset):
        date_end (str | Unset):
        timezone (str | Unset):
        page (int | Unset):
        per_page (int | Unset):
        sort_by (str | Unset):
        order_by (ListPreauthTransactionsOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | PreauthListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            uuid=uuid,
            level=level,
            date_start=date_start,
            date_end=date_end,
            timezone=timezone,
            page=page,
            per_page=per_page,
            sort_by=sort_by,
            order_by=order_by,
        )
    ).parsed
