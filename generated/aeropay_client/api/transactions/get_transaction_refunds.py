from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.transaction_refunds_response import TransactionRefundsResponse
from ...types import Response


def _get_kwargs(
    transaction_uuid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/transaction/{transaction_uuid}/refunds".format(
            transaction_uuid=quote(str(transaction_uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | TransactionRefundsResponse | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> ErrorResponse | TransactionRefundsResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TransactionRefundsResponse.from_dict(data)

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
) -> Response[ErrorResponse | ErrorResponse | TransactionRefundsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transaction_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ErrorResponse | TransactionRefundsResponse]:
    """List a transaction's refunds

     `refunds`: processed or pending reversal transactions; `queuedRefunds`: requested but waiting for
    the original to clear (`queued`) or superseded (`abandoned`). A queued refund's `id` becomes the
    reversal transaction's id once processed. Both arrays are always present.

    Scope: the v2 spec asks for a userForMerchant token here although every other read of a transaction
    is merchant-scoped (modelled as the spec says).

    Args:
        transaction_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | TransactionRefundsResponse]
    """

    kwargs = _get_kwargs(
        transaction_uuid=transaction_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transaction_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | ErrorResponse | TransactionRefundsResponse | None:
    """List a transaction's refunds

     `refunds`: processed or pending reversal transactions; `queuedRefunds`: requested but waiting for
    the original to clear (`queued`) or superseded (`abandoned`). A queued refund's `id` becomes the
    reversal transaction's id once processed. Both arrays are always present.

    Scope: the v2 spec asks for a userForMerchant token here although every other read of a transaction
    is merchant-scoped (modelled as the spec says).

    Args:
        transaction_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | TransactionRefundsResponse
    """

    return sync_detailed(
        transaction_uuid=transaction_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    transaction_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ErrorResponse | TransactionRefundsResponse]:
    """List a transaction's refunds

     `refunds`: processed or pending reversal transactions; `queuedRefunds`: requested but waiting for
    the original to clear (`queued`) or superseded (`abandoned`). A queued refund's `id` becomes the
    reversal transaction's id once processed. Both arrays are always present.

    Scope: the v2 spec asks for a userForMerchant token here although every other read of a transaction
    is merchant-scoped (modelled as the spec says).

    Args:
        transaction_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | TransactionRefundsResponse]
    """

    kwargs = _get_kwargs(
        transaction_uuid=transaction_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transaction_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | ErrorResponse | TransactionRefundsResponse | None:
    """List a transaction's refunds

     `refunds`: processed or pending reversal transactions; `queuedRefunds`: requested but waiting for
    the original to clear (`queued`) or superseded (`abandoned`). A queued refund's `id` becomes the
    reversal transaction's id once processed. Both arrays are always present.

    Scope: the v2 spec asks for a userForMerchant token here although every other read of a transaction
    is merchant-scoped (modelled as the spec says).

    Args:
        transaction_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | TransactionRefundsResponse
    """

    return (
        await asyncio_detailed(
            transaction_uuid=transaction_uuid,
            client=client,
        )
    ).parsed
