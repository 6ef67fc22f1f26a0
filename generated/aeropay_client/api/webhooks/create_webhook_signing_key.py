from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.signing_key_request import SigningKeyRequest
from ...models.signing_key_response import SigningKeyResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SigningKeyRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/createWebhookSigningKey",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | SigningKeyResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorResponse | SigningKeyResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SigningKeyResponse.from_dict(data)

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
) -> Response[ErrorResponse | ErrorResponse | SigningKeyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SigningKeyRequest | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | SigningKeyResponse]:
    """Create the webhook signing key

     Returns a 64-hex-character `signingKey`, **shown once**, shared by every topic. From then on each
    delivery carries `ap-signature` (see `webhooks:`). Calling again replaces the key (unverified).
    The docs describe the optional body as "create a webhook" (copy-paste in the v2 spec).

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP008, AP009, AP101,
    AP1000,
    AP1107.

    Args:
        body (SigningKeyRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | SigningKeyResponse]
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
    body: SigningKeyRequest | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | SigningKeyResponse | None:
    """Create the webhook signing key

     Returns a 64-hex-character `signingKey`, **shown once**, shared by every topic. From then on each
    delivery carries `ap-signature` (see `webhooks:`). Calling again replaces the key (unverified).
    The docs describe the optional body as "create a webhook" (copy-paste in the v2 spec).

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP008, AP009, AP101,
    AP1000,
    AP1107.

    Args:
        body (SigningKeyRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | SigningKeyResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SigningKeyRequest | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | SigningKeyResponse]:
    """Create the webhook signing key

     Returns a 64-hex-character `signingKey`, **shown once**, shared by every topic. From then on each
    delivery carries `ap-signature` (see `webhooks:`). Calling again replaces the key (unverified).
    The docs describe the optional body as "create a webhook" (copy-paste in the v2 spec).

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP008, AP009, AP101,
    AP1000,
    AP1107.

    Args:
        body (SigningKeyRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | SigningKeyResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SigningKeyRequest | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | SigningKeyResponse | None:
    """Create the webhook signing key

     Returns a 64-hex-character `signingKey`, **shown once**, shared by every topic. From then on each
    delivery carries `ap-signature` (see `webhooks:`). Calling again replaces the key (unverified).
    The docs describe the optional body as "create a webhook" (copy-paste in the v2 spec).

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP008, AP009, AP101,
    AP1000,
    AP1107.

    Args:
        body (SigningKeyRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | SigningKeyResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
