from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.webhook_list_response import WebhookListResponse
from ...models.webhook_topic import WebhookTopic
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    topic: WebhookTopic | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_topic: str | Unset = UNSET
    if not isinstance(topic, Unset):
        json_topic = topic.value

    params["topic"] = json_topic

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/webhook",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | WebhookListResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorResponse | WebhookListResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = WebhookListResponse.from_dict(data)

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
) -> Response[ErrorResponse | ErrorResponse | WebhookListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    topic: WebhookTopic | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | WebhookListResponse]:
    """List the merchant's webhook subscriptions

     Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP008, AP009, AP101,
    AP1000,
    AP1101, AP1107.

    Args:
        topic (WebhookTopic | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | WebhookListResponse]
    """

    kwargs = _get_kwargs(
        topic=topic,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    topic: WebhookTopic | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | WebhookListResponse | None:
    """List the merchant's webhook subscriptions

     Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP008, AP009, AP101,
    AP1000,
    AP1101, AP1107.

    Args:
        topic (WebhookTopic | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | WebhookListResponse
    """

    return sync_detailed(
        client=client,
        topic=topic,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    topic: WebhookTopic | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | WebhookListResponse]:
    """List the merchant's webhook subscriptions

     Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP008, AP009, AP101,
    AP1000,
    AP1101, AP1107.

    Args:
        topic (WebhookTopic | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | WebhookListResponse]
    """

    kwargs = _get_kwargs(
        topic=topic,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    topic: WebhookTopic | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | WebhookListResponse | None:
    """List the merchant's webhook subscriptions

     Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP008, AP009, AP101,
    AP1000,
    AP1101, AP1107.

    Args:
        topic (WebhookTopic | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | WebhookListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            topic=topic,
        )
    ).parsed
