from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.transaction_response import TransactionResponse
from ...types import Response


def _get_kwargs(
    transaction_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/transaction/{transaction_id}".format(
            transaction_id=quote(str(transaction_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | TransactionResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorResponse | TransactionResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TransactionResponse.from_dict(data)

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
) -> Response[ErrorResponse | ErrorResponse | TransactionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ErrorResponse | TransactionResponse]:
    """Get a transaction

     An unknown id is HTTP 200 `{"error": {"code": "ApError", "message": "Transaction <id> not found"}}`.
    On GET, `attributes` is usually an array of `{name, value, description}` (an object on create).

    Args:
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | TransactionResponse]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | ErrorResponse | TransactionResponse | None:
    """Get a transaction

     An unknown id is HTTP 200 `{"error": {"code": "ApError", "message": "Transaction <id> not found"}}`.
    On GET, `attributes` is usually an array of `{name, value, description}` (an object on create).

    Args:
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | TransactionResponse
    """

    return sync_detailed(
        transaction_id=transaction_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ErrorResponse | TransactionResponse]:
    """Get a transaction

     An unknown id is HTTP 200 `{"error": {"code": "ApError", "message": "Transaction <id> not found"}}`.
    On GET, `attributes` is usually an array of `{name, value, description}` (an object on create).

    Args:
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | TransactionResponse]
    """

    kwargs = _get_kwargs(
        transaction_id=transaction_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | ErrorResponse | TransactionResponse | None:
    """Get a transaction

     An unknown id is HTTP 200 `{"error": {"code": "ApError", "message": "Transaction <id> not found"}}`.
    On GET, `attributes` is usually an array of `{name, value, description}` (an object on create).

    Args:
        transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | TransactionResponse
    """

    return (
        await asyncio_detailed(
            transaction_id=transaction_id,
            client=client,
        )
    ).parsed
