from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.oauth_error import OAuthError
from ...types import Response


def _get_kwargs(
    order_uuid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transport/orders/{order_uuid}/cancel".format(
            order_uuid=quote(str(order_uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | OAuthError | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | OAuthError]:
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
) -> Response[Any | OAuthError]:
    """Cancel a transport order

     No request body. On success the body is empty (integrators treat an empty/nil body as "cancelled");
    the exact success status (200 or 204) is not documented.

    Args:
        order_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OAuthError]
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
) -> Any | OAuthError | None:
    """Cancel a transport order

     No request body. On success the body is empty (integrators treat an empty/nil body as "cancelled");
    the exact success status (200 or 204) is not documented.

    Args:
        order_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OAuthError
    """

    return sync_detailed(
        order_uuid=order_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    order_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | OAuthError]:
    """Cancel a transport order

     No request body. On success the body is empty (integrators treat an empty/nil body as "cancelled");
    the exact success status (200 or 204) is not documented.

    Args:
        order_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OAuthError]
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
) -> Any | OAuthError | None:
    """Cancel a transport order

     No request body. On success the body is empty (integrators treat an empty/nil body as "cancelled");
    the exact success status (200 or 204) is not documented.

    Args:
        order_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OAuthError
    """

    return (
        await asyncio_detailed(
            order_uuid=order_uuid,
            client=client,
        )
    ).parsed
