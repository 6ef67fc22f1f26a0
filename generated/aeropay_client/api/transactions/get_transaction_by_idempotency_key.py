from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty_response import EmptyResponse
from ...models.error_response import ErrorResponse
from ...models.transaction_response import TransactionResponse
from ...types import Response


def _get_kwargs(
    idempotency_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/transaction/idempotency/{idempotency_key}".format(
            idempotency_key=quote(str(idempotency_key), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmptyResponse | TransactionResponse | ErrorResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> EmptyResponse | TransactionResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TransactionResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = EmptyResponse.from_dict(data)

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
) -> Response[EmptyResponse | TransactionResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    idempotency_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmptyResponse | TransactionResponse | ErrorResponse]:
    """Read back the response stored for an idempotency key

     The response first stored for the key (kept 1 day), or `{}` for an unknown key **and** for another
    merchant's key (indistinguishable on purpose). A missing key is AP700 (HTTP 400).

    Args:
        idempotency_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | TransactionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    idempotency_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> EmptyResponse | TransactionResponse | ErrorResponse | None:
    """Read back the response stored for an idempotency key

     The response first stored for the key (kept 1 day), or `{}` for an unknown key **and** for another
    merchant's key (indistinguishable on purpose). A missing key is AP700 (HTTP 400).

    Args:
        idempotency_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | TransactionResponse | ErrorResponse
    """

    return sync_detailed(
        idempotency_key=idempotency_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    idempotency_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmptyResponse | TransactionResponse | ErrorResponse]:
    """Read back the response stored for an idempotency key

     The response first stored for the key (kept 1 day), or `{}` for an unknown key **and** for another
    merchant's key (indistinguishable on purpose). A missing key is AP700 (HTTP 400).

    Args:
        idempotency_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyResponse | TransactionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    idempotency_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> EmptyResponse | TransactionResponse | ErrorResponse | None:
    """Read back the response stored for an idempotency key

     The response first stored for the key (kept 1 day), or `{}` for an unknown key **and** for another
    merchant's key (indistinguishable on purpose). A missing key is AP700 (HTTP 400).

    Args:
        idempotency_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyResponse | TransactionResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            idempotency_key=idempotency_key,
            client=client,
        )
    ).parsed
