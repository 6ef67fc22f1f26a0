from http import HTTPStatus
from typing import Any

import httpx
from tokenkeep._contract import lenient

from ..._contract import CONTRACT
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.payment_link_request import PaymentLinkRequest
from ...models.payment_link_response import PaymentLinkResponse
from ...types import Response

# contract: what the spec says about this operation (retries, the schemas of its answers).
_OPERATION = CONTRACT.operation("send_payment_link")


def _get_kwargs(
    *,
    body: PaymentLinkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/paymentLink",
        "extensions": {"tokenkeep.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaymentLinkResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorResponse | PaymentLinkResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PaymentLinkResponse.from_dict(data)

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
def _parse_success(response: Any) -> PaymentLinkResponse:
    if response.status_code == 200:

        def _build_1(response: Any) -> ErrorResponse | PaymentLinkResponse:
            def _parse_response_200(
                data: object,
            ) -> ErrorResponse | PaymentLinkResponse:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_type_0 = PaymentLinkResponse.from_dict(data)

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
) -> Response[ErrorResponse | PaymentLinkResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentLinkRequest,
) -> Response[ErrorResponse | PaymentLinkResponse]:
    """Send a payment link by SMS or email

     One of `phone` or `email` (phone wins if both). Legacy fields (`uuid`, `transaction_uuid`,
    `locationId`, `subscriptionId`) are rejected with AP701. `merchantId` is a string in the v2 spec
    (an integer everywhere else); both accepted. AP201/AP203/AP204/AP208 are HTTP 200.

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP009, AP101, AP201,
    AP203,
    AP204, AP208, AP700, AP701.

    Args:
        body (PaymentLinkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[ErrorResponse | PaymentLinkResponse]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentLinkRequest,
) -> PaymentLinkResponse:
    """Send a payment link by SMS or email

     One of `phone` or `email` (phone wins if both). Legacy fields (`uuid`, `transaction_uuid`,
    `locationId`, `subscriptionId`) are rejected with AP701. `merchantId` is a string in the v2 spec
    (an integer everywhere else); both accepted. AP201/AP203/AP204/AP208 are HTTP 200.

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP009, AP101, AP201,
    AP203,
    AP204, AP208, AP700, AP701.

    Args:
        body (PaymentLinkRequest):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AeropayError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        PaymentLinkResponse: the success answer only.
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: PaymentLinkRequest,
) -> Response[ErrorResponse | PaymentLinkResponse]:
    """Send a payment link by SMS or email

     One of `phone` or `email` (phone wins if both). Legacy fields (`uuid`, `transaction_uuid`,
    `locationId`, `subscriptionId`) are rejected with AP701. `merchantId` is a string in the v2 spec
    (an integer everywhere else); both accepted. AP201/AP203/AP204/AP208 are HTTP 200.

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP009, AP101, AP201,
    AP203,
    AP204, AP208, AP700, AP701.

    Args:
        body (PaymentLinkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[ErrorResponse | PaymentLinkResponse]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PaymentLinkRequest,
) -> PaymentLinkResponse:
    """Send a payment link by SMS or email

     One of `phone` or `email` (phone wins if both). Legacy fields (`uuid`, `transaction_uuid`,
    `locationId`, `subscriptionId`) are rejected with AP701. `merchantId` is a string in the v2 spec
    (an integer everywhere else); both accepted. AP201/AP203/AP204/AP208 are HTTP 200.

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP009, AP101, AP201,
    AP203,
    AP204, AP208, AP700, AP701.

    Args:
        body (PaymentLinkRequest):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AeropayError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        PaymentLinkResponse: the success answer only.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await CONTRACT.asend(client.get_async_httpx_client(), kwargs, _OPERATION)
    return CONTRACT.result(
        _OPERATION,
        response,
        _parse_success,
        lambda answer: _parse_error(client, answer),
    )
