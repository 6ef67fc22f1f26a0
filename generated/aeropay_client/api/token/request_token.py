from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[ErrorResponse | TokenResponse]:
    """Get a scoped access token

     Returns a JWT (HS256) sent as `authorization: Bearer <token>`. `TTL` is 1800 s; there is no refresh
    token: mint a new one. `scope` decides who acts: `merchant` (needs `id`) or `userForMerchant`
    (needs `id` and `userId`, the UUID of a user created by this merchant).

    Conflicts between sources:
    - HTTP status of AP002 (invalid key or secret, wrong environment, or userId not associated with the
      merchant): the seed (POST /v2/token docs page) says **400**, the v2 spec says **401**, older v1
      guides say 200. Both 400 and 401 are declared; clients must read the body code.
    - `id`: the seed types it as a String, the v2 spec and its examples as an integer; both accepted.
    - `scope`: the seed also names a `user` scope and its example spells `userFormerchant`; the v2 spec
      has only `merchant` and `userForMerchant` (modelled).
    - AP006 (client not authorized for this scope) and AP101 are 401 in the v2 spec only.

    Args:
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TokenResponse]
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
    body: TokenRequest,
) -> ErrorResponse | TokenResponse | None:
    """Get a scoped access token

     Returns a JWT (HS256) sent as `authorization: Bearer <token>`. `TTL` is 1800 s; there is no refresh
    token: mint a new one. `scope` decides who acts: `merchant` (needs `id`) or `userForMerchant`
    (needs `id` and `userId`, the UUID of a user created by this merchant).

    Conflicts between sources:
    - HTTP status of AP002 (invalid key or secret, wrong environment, or userId not associated with the
      merchant): the seed (POST /v2/token docs page) says **400**, the v2 spec says **401**, older v1
      guides say 200. Both 400 and 401 are declared; clients must read the body code.
    - `id`: the seed types it as a String, the v2 spec and its examples as an integer; both accepted.
    - `scope`: the seed also names a `user` scope and its example spells `userFormerchant`; the v2 spec
      has only `merchant` and `userForMerchant` (modelled).
    - AP006 (client not authorized for this scope) and AP101 are 401 in the v2 spec only.

    Args:
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[ErrorResponse | TokenResponse]:
    """Get a scoped access token

     Returns a JWT (HS256) sent as `authorization: Bearer <token>`. `TTL` is 1800 s; there is no refresh
    token: mint a new one. `scope` decides who acts: `merchant` (needs `id`) or `userForMerchant`
    (needs `id` and `userId`, the UUID of a user created by this merchant).

    Conflicts between sources:
    - HTTP status of AP002 (invalid key or secret, wrong environment, or userId not associated with the
      merchant): the seed (POST /v2/token docs page) says **400**, the v2 spec says **401**, older v1
      guides say 200. Both 400 and 401 are declared; clients must read the body code.
    - `id`: the seed types it as a String, the v2 spec and its examples as an integer; both accepted.
    - `scope`: the seed also names a `user` scope and its example spells `userFormerchant`; the v2 spec
      has only `merchant` and `userForMerchant` (modelled).
    - AP006 (client not authorized for this scope) and AP101 are 401 in the v2 spec only.

    Args:
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> ErrorResponse | TokenResponse | None:
    """Get a scoped access token

     Returns a JWT (HS256) sent as `authorization: Bearer <token>`. `TTL` is 1800 s; there is no refresh
    token: mint a new one. `scope` decides who acts: `merchant` (needs `id`) or `userForMerchant`
    (needs `id` and `userId`, the UUID of a user created by this merchant).

    Conflicts between sources:
    - HTTP status of AP002 (invalid key or secret, wrong environment, or userId not associated with the
      merchant): the seed (POST /v2/token docs page) says **400**, the v2 spec says **401**, older v1
      guides say 200. Both 400 and 401 are declared; clients must read the body code.
    - `id`: the seed types it as a String, the v2 spec and its examples as an integer; both accepted.
    - `scope`: the seed also names a `user` scope and its example spells `userFormerchant`; the v2 spec
      has only `merchant` and `userForMerchant` (modelled).
    - AP006 (client not authorized for this scope) and AP101 are 401 in the v2 spec only.

    Args:
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
