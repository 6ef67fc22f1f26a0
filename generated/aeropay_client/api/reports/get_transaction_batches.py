from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_list_response import BatchListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    merchant_id: str | Unset = UNSET,
    date_begin: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["merchantId"] = merchant_id

    params["dateBegin"] = date_begin

    params["dateEnd"] = date_end

    params["timezone"] = timezone

    params["page"] = page

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/reports/transactions/batches",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchListResponse | ErrorResponse | ErrorResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> BatchListResponse | ErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = BatchListResponse.from_dict(data)

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
) -> Response[BatchListResponse | ErrorResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    merchant_id: str | Unset = UNSET,
    date_begin: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[BatchListResponse | ErrorResponse | ErrorResponse]:
    """ACH batches and their transactions

     Paged with `page` + `size`; the list is under `data` (not `transactions`).

    Args:
        merchant_id (str | Unset):
        date_begin (str | Unset):
        date_end (str | Unset):
        timezone (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchListResponse | ErrorResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        date_begin=date_begin,
        date_end=date_end,
        timezone=timezone,
        page=page,
        size=size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    merchant_id: str | Unset = UNSET,
    date_begin: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> BatchListResponse | ErrorResponse | ErrorResponse | None:
    """ACH batches and their transactions

     Paged with `page` + `size`; the list is under `data` (not `transactions`).

    Args:
        merchant_id (str | Unset):
        date_begin (str | Unset):
        date_end (str | Unset):
        timezone (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchListResponse | ErrorResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        merchant_id=merchant_id,
        date_begin=date_begin,
        date_end=date_end,
        timezone=timezone,
        page=page,
        size=size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    merchant_id: str | Unset = UNSET,
    date_begin: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[BatchListResponse | ErrorResponse | ErrorResponse]:
    """ACH batches and their transactions

     Paged with `page` + `size`; the list is under `data` (not `transactions`).

    Args:
        merchant_id (str | Unset):
        date_begin (str | Unset):
        date_end (str | Unset):
        timezone (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchListResponse | ErrorResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        date_begin=date_begin,
        date_end=date_end,
        timezone=timezone,
        page=page,
        size=size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    merchant_id: str | Unset = UNSET,
    date_begin: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> BatchListResponse | ErrorResponse | ErrorResponse | None:
    """ACH batches and their transactions

     Paged with `page` + `size`; the list is under `data` (not `transactions`).

    Args:
        merchant_id (str | Unset):
        date_begin (str | Unset):
        date_end (str | Unset):
        timezone (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchListResponse | ErrorResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            merchant_id=merchant_id,
            date_begin=date_begin,
            date_end=date_end,
            timezone=timezone,
            page=page,
            size=size,
        )
    ).parsed
