from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.confirm_user_request import ConfirmUserRequest
from ...models.error_response import ErrorResponse
from ...models.user_response import UserResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ConfirmUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/confirmUser",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | UserResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorResponse | UserResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = UserResponse.from_dict(data)

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
) -> Response[ErrorResponse | ErrorResponse | UserResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConfirmUserRequest,
) -> Response[ErrorResponse | ErrorResponse | UserResponse]:
    """Confirm a user with the MFA code

     Links the user to the merchant with the one-time code sent on creation. AP111 (bad code), AP112
    (attempts exceeded), AP113 (no such user) are HTTP 200; AP700/AP701 are 400. Sandbox OTP: `000000`.
    The docs example sends `merchantId` as a string (`'1234'`) although the schema says integer;
    both accepted.

    Args:
        body (ConfirmUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | UserResponse]
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
    body: ConfirmUserRequest,
) -> ErrorResponse | ErrorResponse | UserResponse | None:
    """Confirm a user with the MFA code

     Links the user to the merchant with the one-time code sent on creation. AP111 (bad code), AP112
    (attempts exceeded), AP113 (no such user) are HTTP 200; AP700/AP701 are 400. Sandbox OTP: `000000`.
    The docs example sends `merchantId` as a string (`'1234'`) although the schema says integer;
    both accepted.

    Args:
        body (ConfirmUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | UserResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConfirmUserRequest,
) -> Response[ErrorResponse | ErrorResponse | UserResponse]:
    """Confirm a user with the MFA code

     Links the user to the merchant with the one-time code sent on creation. AP111 (bad code), AP112
    (attempts exceeded), AP113 (no such user) are HTTP 200; AP700/AP701 are 400. Sandbox OTP: `000000`.
    The docs example sends `merchantId` as a string (`'1234'`) although the schema says integer;
    both accepted.

    Args:
        body (ConfirmUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | UserResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ConfirmUserRequest,
) -> ErrorResponse | ErrorResponse | UserResponse | None:
    """Confirm a user with the MFA code

     Links the user to the merchant with the one-time code sent on creation. AP111 (bad code), AP112
    (attempts exceeded), AP113 (no such user) are HTTP 200; AP700/AP701 are 400. Sandbox OTP: `000000`.
    The docs example sends `merchantId` as a string (`'1234'`) although the schema says integer;
    both accepted.

    Args:
        body (ConfirmUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | UserResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
