from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.oauth_error import OAuthError
from ...models.order import Order
from ...types import Response


def _get_kwargs(
    order_uuid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/orders/{order_uuid}".format(
            order_uuid=quote(str(order_uuid), safe=""),
        ),
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


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
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | Order]
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
) -> OAuthError | Order | None:
    """Get an order (v2 polling endpoint named on the webhooks page)

     Named on the current webhooks page as the endpoint to poll an order. Its response is assumed to be
    the same order object as the webhook `data` (unverified); other `/api/v2` paths are unknown.

    Args:
        order_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | Order
    """

    return sync_detailed(
        order_uuid=order_uuid,
        client=client,
    ).parsed


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
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | Order]
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
) -> OAuthError | Order | None:
    """Get an order (v2 polling endpoint named on the webhooks page)

     Named on the current webhooks page as the endpoint to poll an order. Its response is assumed to be
    the same order object as the webhook `data` (unverified); other `/api/v2` paths are unknown.

    Args:
        order_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | Order
    """

    return (
        await asyncio_detailed(
            order_uuid=order_uuid,
            client=client,
        )
    ).parsed
