from http import HTTPStatus
from typing import Any

import httpx
from tokenkeep._contract import lenient

from ..._contract import CONTRACT
from ...client import AuthenticatedClient, Client
from ...models.create_transaction_request import CreateTransactionRequest
from ...models.error_response import ErrorResponse
from ...models.transaction_response import TransactionResponse
from ...types import UNSET, Response, Unset

# contract: what the spec says about this operation (retries, the schemas of its answers).
_OPERATION = CONTRACT.operation("create_transaction")


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
        "extensions": {"tokenkeep.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TransactionResponse | None:
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
        from ... import (
            errors,  # the error catalogue loads on the first error, not with every operation
        )

        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


# contract: the success answers only, from a body tokenkeep has decoded and checked against the spec.
def _parse_success(response: Any) -> TransactionResponse:
    if response.status_code == 200:

        def _build_1(response: Any) -> ErrorResponse | TransactionResponse:
            def _parse_response_200(
                data: object,
            ) -> ErrorResponse | TransactionResponse:
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

        parsed = _build_1(response)
        if isinstance(parsed, (ErrorResponse)):
            raise TypeError("an error model where the success model was expected")
        return parsed
    raise TypeError(f"no success model for HTTP {response.status_code}")


def _parse_error(client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    return lenient(lambda: _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TransactionResponse]:
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
) -> Response[ErrorResponse | TransactionResponse]:
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

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP101, AP103, AP109,
    AP110,
    AP114, AP201, AP203, AP205, AP206, AP300, AP302, AP303, AP304, AP306, AP307, AP308, AP314, AP315,
    AP400, AP401, AP402, AP403, AP404, AP411, AP412, AP700, AP701, AP1400, AP1401, AP1402.

    Args:
        idempotency_key (str | Unset):
        body (CreateTransactionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[ErrorResponse | TransactionResponse]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
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
) -> TransactionResponse:
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

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP101, AP103, AP109,
    AP110,
    AP114, AP201, AP203, AP205, AP206, AP300, AP302, AP303, AP304, AP306, AP307, AP308, AP314, AP315,
    AP400, AP401, AP402, AP403, AP404, AP411, AP412, AP700, AP701, AP1400, AP1401, AP1402.

    Args:
        idempotency_key (str | Unset):
        body (CreateTransactionRequest):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AeropayError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        TransactionResponse: the success answer only.
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )
    response = CONTRACT.send(client.get_httpx_client(), kwargs, _OPERATION)
    return CONTRACT.result(
        _OPERATION,
        response,
        _parse_success,
        lambda answer: _parse_error(client, answer),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTransactionRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | TransactionResponse]:
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

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP101, AP103, AP109,
    AP110,
    AP114, AP201, AP203, AP205, AP206, AP300, AP302, AP303, AP304, AP306, AP307, AP308, AP314, AP315,
    AP400, AP401, AP402, AP403, AP404, AP411, AP412, AP700, AP701, AP1400, AP1401, AP1402.

    Args:
        idempotency_key (str | Unset):
        body (CreateTransactionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[ErrorResponse | TransactionResponse]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
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
) -> TransactionResponse:
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

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP101, AP103, AP109,
    AP110,
    AP114, AP201, AP203, AP205, AP206, AP300, AP302, AP303, AP304, AP306, AP307, AP308, AP314, AP315,
    AP400, AP401, AP402, AP403, AP404, AP411, AP412, AP700, AP701, AP1400, AP1401, AP1402.

    Args:
        idempotency_key (str | Unset):
        body (CreateTransactionRequest):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AeropayError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        TransactionResponse: the success answer only.
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await CONTRACT.asend(client.get_async_httpx_client(), kwargs, _OPERATION)
    return CONTRACT.result(
        _OPERATION,
        response,
        _parse_success,
        lambda answer: _parse_error(client, answer),
    )
