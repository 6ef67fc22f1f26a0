from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.link_account_request import LinkAccountRequest
from ...models.link_account_response import LinkAccountResponse
from ...types import Response


def _get_kwargs(
    *,
    body: LinkAccountRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/linkAccountFromAggregator",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | LinkAccountResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorResponse | LinkAccountResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = LinkAccountResponse.from_dict(data)

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
) -> Response[ErrorResponse | ErrorResponse | LinkAccountResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LinkAccountRequest,
) -> Response[ErrorResponse | ErrorResponse | LinkAccountResponse]:
    """Link the bank account chosen in the Aerosync widget

     Send the widget's `connectionId`. At most about 5 linked accounts (AP414). Failures are HTTP 200;
    the published failure example still uses the **legacy flat form**
    `{"success": false, "code": "AP300", "error": "<message>"}` (covered by `ErrorResponse`).
    Sandbox widget OTP `0000` (0001 expired, 0002 too many, 0003 not found, 0004 server error).

    Args:
        body (LinkAccountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | LinkAccountResponse]
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
    body: LinkAccountRequest,
) -> ErrorResponse | ErrorResponse | LinkAccountResponse | None:
    """Link the bank account chosen in the Aerosync widget

     Send the widget's `connectionId`. At most about 5 linked accounts (AP414). Failures are HTTP 200;
    the published failure example still uses the **legacy flat form**
    `{"success": false, "code": "AP300", "error": "<message>"}` (covered by `ErrorResponse`).
    Sandbox widget OTP `0000` (0001 expired, 0002 too many, 0003 not found, 0004 server error).

    Args:
        body (LinkAccountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | LinkAccountResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LinkAccountRequest,
) -> Response[ErrorResponse | ErrorResponse | LinkAccountResponse]:
    """Link the bank account chosen in the Aerosync widget

     Send the widget's `connectionId`. At most about 5 linked accounts (AP414). Failures are HTTP 200;
    the published failure example still uses the **legacy flat form**
    `{"success": false, "code": "AP300", "error": "<message>"}` (covered by `ErrorResponse`).
    Sandbox widget OTP `0000` (0001 expired, 0002 too many, 0003 not found, 0004 server error).

    Args:
        body (LinkAccountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | LinkAccountResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LinkAccountRequest,
) -> ErrorResponse | ErrorResponse | LinkAccountResponse | None:
    """Link the bank account chosen in the Aerosync widget

     Send the widget's `connectionId`. At most about 5 linked accounts (AP414). Failures are HTTP 200;
    the published failure example still uses the **legacy flat form**
    `{"success": false, "code": "AP300", "error": "<message>"}` (covered by `ErrorResponse`).
    Sandbox widget OTP `0000` (0001 expired, 0002 too many, 0003 not found, 0004 server error).

    Args:
        body (LinkAccountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | LinkAccountResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
