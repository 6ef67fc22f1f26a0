from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from tokenkeep._contract import lenient

from ..._contract import CONTRACT
from ...client import AuthenticatedClient, Client
from ...models.oauth_error import OAuthError
from ...models.order import Order
from ...types import Response

# contract: what the spec says about this operation (retries, the schemas of its answers).
_OPERATION = CONTRACT.operation("get_order_v2")


def _get_kwargs(
    order_uuid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/orders/{order_uuid}".format(
            order_uuid=quote(str(order_uuid), safe=""),
        ),
        "extensions": {"tokenkeep.operation": _OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuthError | Order | None:
    if response.status_code == 200:
        response_200 = Order.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = OAuthError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        from ... import (
            errors,  # the error catalogue loads on the first error, not with every operation
        )

        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


# contract: the success answers only, from a body tokenkeep has decoded and checked against the spec.
def _parse_success(response: Any) -> Order:
    if response.status_code == 200:
        response_200 = Order.from_dict(response.json())

        return response_200

    raise TypeError(f"no success model for HTTP {response.status_code}")


def _parse_error(client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    return lenient(lambda: _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OAuthError | Order]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[OAuthError | Order]:
    """Get an order (v2 polling endpoint named on the webhooks page)

     Named on the current webhooks page as the endpoint to poll an order. Its response is assumed to be
    the same order object as the webhook `data` (unverified); other `/api/v2` paths are unknown.

    Args:
        order_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[OAuthError | Order]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        order_uuid=order_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Order:
    """Get an order (v2 polling endpoint named on the webhooks page)

     Named on the current webhooks page as the endpoint to poll an order. Its response is assumed to be
    the same order object as the webhook `data` (unverified); other `/api/v2` paths are unknown.

    Args:
        order_uuid (str):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.GogoxError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        Order: the success answer only.
    """

    kwargs = _get_kwargs(
        order_uuid=order_uuid,
    )
    response = CONTRACT.send(client.get_httpx_client(), kwargs, _OPERATION)
    return CONTRACT.result(
        _OPERATION,
        response,
        _parse_success,
        lambda answer: _parse_error(client, answer),
    )


async def asyncio_detailed(
    order_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[OAuthError | Order]:
    """Get an order (v2 polling endpoint named on the webhooks page)

     Named on the current webhooks page as the endpoint to poll an order. Its response is assumed to be
    the same order object as the webhook `data` (unverified); other `/api/v2` paths are unknown.

    Args:
        order_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[OAuthError | Order]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        order_uuid=order_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Order:
    """Get an order (v2 polling endpoint named on the webhooks page)

     Named on the current webhooks page as the endpoint to poll an order. Its response is assumed to be
    the same order object as the webhook `data` (unverified); other `/api/v2` paths are unknown.

    Args:
        order_uuid (str):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.GogoxError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        Order: the success answer only.
    """

    kwargs = _get_kwargs(
        order_uuid=order_uuid,
    )
    response = await CONTRACT.asend(client.get_async_httpx_client(), kwargs, _OPERATION)
    return CONTRACT.result(
        _OPERATION,
        response,
        _parse_success,
        lambda answer: _parse_error(client, answer),
    )
