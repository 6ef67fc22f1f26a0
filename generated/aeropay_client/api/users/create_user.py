from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_user_request import CreateUserRequest
from ...models.create_user_response import CreateUserResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/user",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateUserResponse | ErrorResponse | ErrorResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CreateUserResponse | ErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CreateUserResponse.from_dict(data)

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
) -> Response[CreateUserResponse | ErrorResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserRequest,
) -> Response[CreateUserResponse | ErrorResponse | ErrorResponse]:
    """Create a user for the merchant

     Creates (or, for a user already in the Aeropay network, returns) a consumer user. Always triggers
    MFA (`mfaType` says where the code went; `null` in some examples): the user is not linked to the
    merchant until POST /v2/confirmUser succeeds. phoneNumber must be a US mobile number in E.164.
    Business errors (AP102, AP105, AP106, AP115, AP118, AP119) are HTTP 200; AP700 is 400.
    Sandbox test emails: `no-authenticated-user@aeropay.com` AP101, `unable-to-create-user@…` AP102,
    `cannot-extract-user-info@…` AP104, `user-already-exists@…` AP107, `error-adding-user@…` AP108.

    Args:
        body (CreateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUserResponse | ErrorResponse | ErrorResponse]
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
    body: CreateUserRequest,
) -> CreateUserResponse | ErrorResponse | ErrorResponse | None:
    """Create a user for the merchant

     Creates (or, for a user already in the Aeropay network, returns) a consumer user. Always triggers
    MFA (`mfaType` says where the code went; `null` in some examples): the user is not linked to the
    merchant until POST /v2/confirmUser succeeds. phoneNumber must be a US mobile number in E.164.
    Business errors (AP102, AP105, AP106, AP115, AP118, AP119) are HTTP 200; AP700 is 400.
    Sandbox test emails: `no-authenticated-user@aeropay.com` AP101, `unable-to-create-user@…` AP102,
    `cannot-extract-user-info@…` AP104, `user-already-exists@…` AP107, `error-adding-user@…` AP108.

    Args:
        body (CreateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUserResponse | ErrorResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserRequest,
) -> Response[CreateUserResponse | ErrorResponse | ErrorResponse]:
    """Create a user for the merchant

     Creates (or, for a user already in the Aeropay network, returns) a consumer user. Always triggers
    MFA (`mfaType` says where the code went; `null` in some examples): the user is not linked to the
    merchant until POST /v2/confirmUser succeeds. phoneNumber must be a US mobile number in E.164.
    Business errors (AP102, AP105, AP106, AP115, AP118, AP119) are HTTP 200; AP700 is 400.
    Sandbox test emails: `no-authenticated-user@aeropay.com` AP101, `unable-to-create-user@…` AP102,
    `cannot-extract-user-info@…` AP104, `user-already-exists@…` AP107, `error-adding-user@…` AP108.

    Args:
        body (CreateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUserResponse | ErrorResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserRequest,
) -> CreateUserResponse | ErrorResponse | ErrorResponse | None:
    """Create a user for the merchant

     Creates (or, for a user already in the Aeropay network, returns) a consumer user. Always triggers
    MFA (`mfaType` says where the code went; `null` in some examples): the user is not linked to the
    merchant until POST /v2/confirmUser succeeds. phoneNumber must be a US mobile number in E.164.
    Business errors (AP102, AP105, AP106, AP115, AP118, AP119) are HTTP 200; AP700 is 400.
    Sandbox test emails: `no-authenticated-user@aeropay.com` AP101, `unable-to-create-user@…` AP102,
    `cannot-extract-user-info@…` AP104, `user-already-exists@…` AP107, `error-adding-user@…` AP108.

    Args:
        body (CreateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUserResponse | ErrorResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
