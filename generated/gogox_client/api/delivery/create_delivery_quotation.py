from http import HTTPStatus
from typing import Any

import httpx
from tokenkeep._contract import lenient

from ..._contract import CONTRACT
from ...client import AuthenticatedClient, Client
from ...models.delivery_quotation import DeliveryQuotation
from ...models.delivery_quotation_request import DeliveryQuotationRequest
from ...models.oauth_error import OAuthError
from ...types import Response

# contract: what the spec says about this operation (retries, the schemas of its answers).
_OPERATION = CONTRACT.operation("create_delivery_quotation")


def _get_kwargs(
    *,
    body: DeliveryQuotationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/delivery/quotations",
        "extensions": {"tokenkeep.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeliveryQuotation | OAuthError | None:
    if response.status_code == 200:
        response_200 = DeliveryQuotation.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OAuthError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = OAuthError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        from ... import (
            errors,  # the error catalogue loads on the first error, not with every operation
        )

        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


# contract: the success answers only, from a body tokenkeep has decoded and checked against the spec.
def _parse_success(response: Any) -> DeliveryQuotation:
    if response.status_code == 200:
        response_200 = DeliveryQuotation.from_dict(response.json())

        return response_200

    raise TypeError(f"no success model for HTTP {response.status_code}")


def _parse_error(client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    return lenient(lambda: _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeliveryQuotation | OAuthError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeliveryQuotationRequest,
) -> Response[DeliveryQuotation | OAuthError]:
    """Get a price quotation for a parcel delivery

    Args:
        body (DeliveryQuotationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[DeliveryQuotation | OAuthError]: every answer, error statuses and error bodies
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
    body: DeliveryQuotationRequest,
) -> DeliveryQuotation:
    """Get a price quotation for a parcel delivery

    Args:
        body (DeliveryQuotationRequest):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.GogoxError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        DeliveryQuotation: the success answer only.
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
    body: DeliveryQuotationRequest,
) -> Response[DeliveryQuotation | OAuthError]:
    """Get a price quotation for a parcel delivery

    Args:
        body (DeliveryQuotationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[DeliveryQuotation | OAuthError]: every answer, error statuses and error bodies
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
    body: DeliveryQuotationRequest,
) -> DeliveryQuotation:
    """Get a price quotation for a parcel delivery

    Args:
        body (DeliveryQuotationRequest):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.GogoxError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        DeliveryQuotation: the success answer only.
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
