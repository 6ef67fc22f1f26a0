from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.reverse_transaction_request import ReverseTransactionRequest
from ...models.reverse_transaction_response import ReverseTransactionResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ReverseTransactionRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/reverseTransaction",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | ReverseTransactionResponse | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> ErrorResponse | ReverseTransactionResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ReverseTransactionResponse.from_dict(data)

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
) -> Response[ErrorResponse | ErrorResponse | ReverseTransactionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReverseTransactionRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | ReverseTransactionResponse]:
    """Void or refund a transaction

     Same business day → **void** (status `void`, no money moves, message "Transaction has been voided");
    later → a new `reversal` transaction (`pending`, 2-3 business days); original not cleared yet → the
    refund is **queued** (`refundTransaction` without `id`). `amount` makes it partial; several partial
    reversals are allowed up to the original amount (AP1300 fully refunded, AP1302 more than the
    original, AP1303 not positive, AP1305 RTP cannot be voided, AP1306 status not reversible, AP316 not
    found). `uuid` names the reversal (AP314 if it collides). Money-moving: send an `Idempotency-Key`.
    v1 used GET /reverseTransaction.

    Args:
        idempotency_key (str | Unset):
        body (ReverseTransactionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | ReverseTransactionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ReverseTransactionRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | ReverseTransactionResponse | None:
    """Void or refund a transaction

     Same business day → **void** (status `void`, no money moves, message "Transaction has been voided");
    later → a new `reversal` transaction (`pending`, 2-3 business days); original not cleared yet → the
    refund is **queued** (`refundTransaction` without `id`). `amount` makes it partial; several partial
    reversals are allowed up to the original amount (AP1300 fully refunded, AP1302 more than the
    original, AP1303 not positive, AP1305 RTP cannot be voided, AP1306 status not reversible, AP316 not
    found). `uuid` names the reversal (AP314 if it collides). Money-moving: send an `Idempotency-Key`.
    v1 used GET /reverseTransaction.

    Args:
        idempotency_key (str | Unset):
        body (ReverseTransactionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | ReverseTransactionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReverseTransactionRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | ReverseTransactionResponse]:
    """Void or refund a transaction

     Same business day → **void** (status `void`, no money moves, message "Transaction has been voided");
    later → a new `reversal` transaction (`pending`, 2-3 business days); original not cleared yet → the
    refund is **queued** (`refundTransaction` without `id`). `amount` makes it partial; several partial
    reversals are allowed up to the original amount (AP1300 fully refunded, AP1302 more than the
    original, AP1303 not positive, AP1305 RTP cannot be voided, AP1306 status not reversible, AP316 not
    found). `uuid` names the reversal (AP314 if it collides). Money-moving: send an `Idempotency-Key`.
    v1 used GET /reverseTransaction.

    Args:
        idempotency_key (str | Unset):
        body (ReverseTransactionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | ReverseTransactionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReverseTransactionRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | ReverseTransactionResponse | None:
    """Void or refund a transaction

     Same business day → **void** (status `void`, no money moves, message "Transaction has been voided");
    later → a new `reversal` transaction (`pending`, 2-3 business days); original not cleared yet → the
    refund is **queued** (`refundTransaction` without `id`). `amount` makes it partial; several partial
    reversals are allowed up to the original amount (AP1300 fully refunded, AP1302 more than the
    original, AP1303 not positive, AP1305 RTP cannot be voided, AP1306 status not reversible, AP316 not
    found). `uuid` names the reversal (AP314 if it collides). Money-moving: send an `Idempotency-Key`.
    v1 used GET /reverseTransaction.

    Args:
        idempotency_key (str | Unset):
        body (ReverseTransactionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | ReverseTransactionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
