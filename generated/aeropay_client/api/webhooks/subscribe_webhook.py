from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.webhook_subscribe_request import WebhookSubscribeRequest
from ...models.webhook_subscribe_response import WebhookSubscribeResponse
from ...types import Response


def _get_kwargs(
    *,
    body: WebhookSubscribeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/webhook",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | WebhookSubscribeResponse | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> ErrorResponse | WebhookSubscribeResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = WebhookSubscribeResponse.from_dict(data)

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
) -> Response[ErrorResponse | ErrorResponse | WebhookSubscribeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookSubscribeRequest,
) -> Response[ErrorResponse | ErrorResponse | WebhookSubscribeResponse]:
    """Subscribe a URL to a topic

     Creates or replaces the merchant's subscription for `topic`. Sandbox and production subscriptions
    are
    separate. The AP11xx errors (AP1102 no topic, AP1103 bad or missing url, AP1104 unknown topic,
    AP1105
    create failed, AP1107 merchant required) are business errors, HTTP 200 as the reference (§3) and the
    error glossary give them. Earlier versions of this spec said HTTP 400 for AP1102-AP1104 and AP1107;
    no source shows that (`x-unverified` in `x-error-codes`), and clients type the error from the body
    code under either status.

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP009, AP101, AP1000,
    AP1102, AP1103, AP1104, AP1105, AP1107.

    Args:
        body (WebhookSubscribeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | WebhookSubscribeResponse]
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
    body: WebhookSubscribeRequest,
) -> ErrorResponse | ErrorResponse | WebhookSubscribeResponse | None:
    """Subscribe a URL to a topic

     Creates or replaces the merchant's subscription for `topic`. Sandbox and production subscriptions
    are
    separate. The AP11xx errors (AP1102 no topic, AP1103 bad or missing url, AP1104 unknown topic,
    AP1105
    create failed, AP1107 merchant required) are business errors, HTTP 200 as the reference (§3) and the
    error glossary give them. Earlier versions of this spec said HTTP 400 for AP1102-AP1104 and AP1107;
    no source shows that (`x-unverified` in `x-error-codes`), and clients type the error from the body
    code under either status.

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP009, AP101, AP1000,
    AP1102, AP1103, AP1104, AP1105, AP1107.

    Args:
        body (WebhookSubscribeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | WebhookSubscribeResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookSubscribeRequest,
) -> Response[ErrorResponse | ErrorResponse | WebhookSubscribeResponse]:
    """Subscribe a URL to a topic

     Creates or replaces the merchant's subscription for `topic`. Sandbox and production subscriptions
    are
    separate. The AP11xx errors (AP1102 no topic, AP1103 bad or missing url, AP1104 unknown topic,
    AP1105
    create failed, AP1107 merchant required) are business errors, HTTP 200 as the reference (§3) and the
    error glossary give them. Earlier versions of this spec said HTTP 400 for AP1102-AP1104 and AP1107;
    no source shows that (`x-unverified` in `x-error-codes`), and clients type the error from the body
    code under either status.

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP009, AP101, AP1000,
    AP1102, AP1103, AP1104, AP1105, AP1107.

    Args:
        body (WebhookSubscribeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | WebhookSubscribeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookSubscribeRequest,
) -> ErrorResponse | ErrorResponse | WebhookSubscribeResponse | None:
    """Subscribe a URL to a topic

     Creates or replaces the merchant's subscription for `topic`. Sandbox and production subscriptions
    are
    separate. The AP11xx errors (AP1102 no topic, AP1103 bad or missing url, AP1104 unknown topic,
    AP1105
    create failed, AP1107 merchant required) are business errors, HTTP 200 as the reference (§3) and the
    error glossary give them. Earlier versions of this spec said HTTP 400 for AP1102-AP1104 and AP1107;
    no source shows that (`x-unverified` in `x-error-codes`), and clients type the error from the body
    code under either status.

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP009, AP101, AP1000,
    AP1102, AP1103, AP1104, AP1105, AP1107.

    Args:
        body (WebhookSubscribeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | WebhookSubscribeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
