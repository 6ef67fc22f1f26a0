from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.payout_request import PayoutRequest
from ...models.transaction_response import TransactionResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PayoutRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/payoutTransaction",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: PayoutRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | TransactionResponse]:
    """Pay out from the merchant to a user

     `paymentType` `payout`; ACH unless `rtp: true`. Errors as POST /v2/transaction plus AP305 (user
    blocked) and AP900 (external API). Money-moving: send an `Idempotency-Key`.

    Args:
        idempotency_key (str | Unset):
        body (PayoutRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | TransactionResponse]
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
    body: PayoutRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | TransactionResponse | None:
    """Pay out from the merchant to a user

     `paymentType` `payout`; ACH unless `rtp: true`. Errors as POST /v2/transaction plus AP305 (user
    blocked) and AP900 (external API). Money-moving: send an `Idempotency-Key`.

    Args:
        idempotency_key (str | Unset):
        body (PayoutRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | TransactionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayoutRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | TransactionResponse]:
    """Pay out from the merchant to a user

     `paymentType` `payout`; ACH unless `rtp: true`. Errors as POST /v2/transaction plus AP305 (user
    blocked) and AP900 (external API). Money-moving: send an `Idempotency-Key`.

    Args:
        idempotency_key (str | Unset):
        body (PayoutRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | TransactionResponse]
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
    body: PayoutRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | TransactionResponse | None:
    """Pay out from the merchant to a user

     `paymentType` `payout`; ACH unless `rtp: true`. Errors as POST /v2/transaction plus AP305 (user
    blocked) and AP900 (external API). Money-moving: send an `Idempotency-Key`.

    Args:
        idempotency_key (str | Unset):
        body (PayoutRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | TransactionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
