from http import HTTPStatus
from typing import Any

import httpx
from tokenkeep._contract import lenient

from ..._contract import CONTRACT
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.webhook_list_response import WebhookListResponse
from ...models.webhook_topic import WebhookTopic
from ...types import UNSET, Response, Unset

# contract: what the spec says about this operation (retries, the schemas of its answers).
_OPERATION = CONTRACT.operation("delete_webhooks")


def _get_kwargs(
    *,
    topic: WebhookTopic | Unset = UNSET,
    webhook_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_topic: str | Unset = UNSET
    if not isinstance(topic, Unset):
        json_topic = topic.value

    params["topic"] = json_topic

    params["webhookId"] = webhook_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/webhook",
        "params": params,
        "extensions": {"tokenkeep.operation": _OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WebhookListResponse | None:
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
        from ... import (
            errors,  # the error catalogue loads on the first error, not with every operation
        )

        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


# contract: the success answers only, from a body tokenkeep has decoded and checked against the spec.
def _parse_success(response: Any) -> WebhookListResponse:
    if response.status_code == 200:

        def _build_1(response: Any) -> ErrorResponse | WebhookListResponse:
            def _parse_response_200(
                data: object,
            ) -> ErrorResponse | WebhookListResponse:
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

        parsed = _build_1(response)
        if isinstance(parsed, (ErrorResponse)):
            raise TypeError("an error model where the success model was expected")
        return parsed
    raise TypeError(f"no success model for HTTP {response.status_code}")


def _parse_error(client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    return lenient(lambda: _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | WebhookListResponse]:
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
    webhook_id: str | Unset = UNSET,
) -> Response[ErrorResponse | WebhookListResponse]:
    """Delete subscriptions by topic and/or id

     Needs `topic` or `webhookId`: without both it is AP1100, HTTP 200 like the other AP11xx business
    errors (an earlier version of this spec said 400 with no source; typed from the body code either
    way). Deleted subscriptions come back with **string** ids (`"247"`).

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP009, AP101, AP1000,
    AP1100, AP1101, AP1106, AP1107.

    Args:
        topic (WebhookTopic | Unset):
        webhook_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[ErrorResponse | WebhookListResponse]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        topic=topic,
        webhook_id=webhook_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    topic: WebhookTopic | Unset = UNSET,
    webhook_id: str | Unset = UNSET,
) -> WebhookListResponse:
    """Delete subscriptions by topic and/or id

     Needs `topic` or `webhookId`: without both it is AP1100, HTTP 200 like the other AP11xx business
    errors (an earlier version of this spec said 400 with no source; typed from the body code either
    way). Deleted subscriptions come back with **string** ids (`"247"`).

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP009, AP101, AP1000,
    AP1100, AP1101, AP1106, AP1107.

    Args:
        topic (WebhookTopic | Unset):
        webhook_id (str | Unset):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AeropayError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        WebhookListResponse: the success answer only.
    """

    kwargs = _get_kwargs(
        topic=topic,
        webhook_id=webhook_id,
    )
    response = CONTRACT.send(client.get_httpx_client(), kwargs, _OPERATION)
    return CONTRACT.result(
        _OPERATION,
        response,
        _parse_success,
        lambda answer: _parse_error(client, answer),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    topic: WebhookTopic | Unset = UNSET,
    webhook_id: str | Unset = UNSET,
) -> Response[ErrorResponse | WebhookListResponse]:
    """Delete subscriptions by topic and/or id

     Needs `topic` or `webhookId`: without both it is AP1100, HTTP 200 like the other AP11xx business
    errors (an earlier version of this spec said 400 with no source; typed from the body code either
    way). Deleted subscriptions come back with **string** ids (`"247"`).

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP009, AP101, AP1000,
    AP1100, AP1101, AP1106, AP1107.

    Args:
        topic (WebhookTopic | Unset):
        webhook_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[ErrorResponse | WebhookListResponse]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        topic=topic,
        webhook_id=webhook_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    topic: WebhookTopic | Unset = UNSET,
    webhook_id: str | Unset = UNSET,
) -> WebhookListResponse:
    """Delete subscriptions by topic and/or id

     Needs `topic` or `webhookId`: without both it is AP1100, HTTP 200 like the other AP11xx business
    errors (an earlier version of this spec said 400 with no source; typed from the body code either
    way). Deleted subscriptions come back with **string** ids (`"247"`).

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP009, AP101, AP1000,
    AP1100, AP1101, AP1106, AP1107.

    Args:
        topic (WebhookTopic | Unset):
        webhook_id (str | Unset):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AeropayError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        WebhookListResponse: the success answer only.
    """

    kwargs = _get_kwargs(
        topic=topic,
        webhook_id=webhook_id,
    )
    response = await CONTRACT.asend(client.get_async_httpx_client(), kwargs, _OPERATION)
    return CONTRACT.result(
        _OPERATION,
        response,
        _parse_success,
        lambda answer: _parse_error(client, answer),
    )
