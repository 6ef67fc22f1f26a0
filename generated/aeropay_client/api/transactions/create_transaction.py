from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_transaction_request import CreateTransactionRequest
from ...models.error_response import ErrorResponse
from ...models.transaction_response import TransactionResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateTransactionRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/transaction",
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
    body: CreateTransactionRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | TransactionResponse]:
    """Pay a merchant from the user's bank account

     Moves `amount` (integer cents) from the user of the userForMerchant token to `merchantId`. Without
    `bankAccountId` the user's selected account is used. Tip attributes are added on top of `amount`;
    mismatched tip math answers `{"error": {"code": "ApError", "message": "Invalid total amount
    calculation: ..."}}`. The transaction starts `pending` (approved and guaranteed, awaiting batch).
    Business errors are HTTP 200; AP401, AP700, AP701 and AP1400-AP1402 are 400.

    Money-moving: send an `Idempotency-Key` so that a retry after a lost response cannot charge twice.

    Sandbox test triggers (`exceptionScenario`): `returnInsufficient` (R01), `returnAccount` (R02),
    `returnDispute` (R07) answer 200 `pending` and a `transaction_declined` webhook follows;
    `delinquent` → AP109, `riskEngine` → AP307, `balanceInsufficient` → AP302.

    Args:
        idempotency_key (str | Unset):
        body (CreateTransactionRequest):

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
    body: CreateTransactionRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | TransactionResponse | None:
    """Pay a merchant from the user's bank account

     Moves `amount` (integer cents) from the user of the userForMerchant token to `merchantId`. Without
    `bankAccountId` the user's selected account is used. Tip attributes are added on top of `amount`;
    mismatched tip math answers `{"error": {"code": "ApError", "message": "Invalid total amount
    calculation: ..."}}`. The transaction starts `pending` (approved and guaranteed, awaiting batch).
    Business errors are HTTP 200; AP401, AP700, AP701 and AP1400-AP1402 are 400.

    Money-moving: send an `Idempotency-Key` so that a retry after a lost response cannot charge twice.

    Sandbox test triggers (`exceptionScenario`): `returnInsufficient` (R01), `returnAccount` (R02),
    `returnDispute` (R07) answer 200 `pending` and a `transaction_declined` webhook follows;
    `delinquent` → AP109, `riskEngine` → AP307, `balanceInsufficient` → AP302.

    Args:
        idempotency_key (str | Unset):
        body (CreateTransactionRequest):

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
    body: CreateTransactionRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | TransactionResponse]:
    """Pay a merchant from the user's bank account

     Moves `amount` (integer cents) from the user of the userForMerchant token to `merchantId`. Without
    `bankAccountId` the user's selected account is used. Tip attributes are added on top of `amount`;
    mismatched tip math answers `{"error": {"code": "ApError", "message": "Invalid total amount
    calculation: ..."}}`. The transaction starts `pending` (approved and guaranteed, awaiting batch).
    Business errors are HTTP 200; AP401, AP700, AP701 and AP1400-AP1402 are 400.

    Money-moving: send an `Idempotency-Key` so that a retry after a lost response cannot charge twice.

    Sandbox test triggers (`exceptionScenario`): `returnInsufficient` (R01), `returnAccount` (R02),
    `returnDispute` (R07) answer 200 `pending` and a `transaction_declined` webhook follows;
    `delinquent` → AP109, `riskEngine` → AP307, `balanceInsufficient` → AP302.

    Args:
        idempotency_key (str | Unset):
        body (CreateTransactionRequest):

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
    body: CreateTransactionRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | TransactionResponse | None:
    """Pay a merchant from the user's bank account

     Moves `amount` (integer cents) from the user of the userForMerchant token to `merchantId`. Without
    `bankAccountId` the user's selected account is used. Tip attributes are added on top of `amount`;
    mismatched tip math answers `{"error": {"code": "ApError", "message": "Invalid total amount
    calculation: ..."}}`. The transaction starts `pending` (approved and guaranteed, awaiting batch).
    Business errors are HTTP 200; AP401, AP700, AP701 and AP1400-AP1402 are 400.

    Money-moving: send an `Idempotency-Key` so that a retry after a lost response cannot charge twice.

    Sandbox test triggers (`exceptionScenario`): `returnInsufficient` (R01), `returnAccount` (R02),
    `returnDispute` (R07) answer 200 `pending` and a `transaction_declined` webhook follows;
    `delinquent` → AP109, `riskEngine` → AP307, `balanceInsufficient` → AP302.

    Args:
        idempotency_key (str | Unset):
        body (CreateTransactionRequest):

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
