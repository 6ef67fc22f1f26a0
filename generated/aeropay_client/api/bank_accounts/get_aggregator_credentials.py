from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.aggregator_credentials import AggregatorCredentials
from ...models.error_response import ErrorResponse
from ...models.flat_error import FlatError
from ...models.get_aggregator_credentials_aggregator import (
    GetAggregatorCredentialsAggregator,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    aggregator: GetAggregatorCredentialsAggregator,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_aggregator = aggregator.value
    params["aggregator"] = json_aggregator

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/aggregatorCredentials",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AggregatorCredentials | ErrorResponse | ErrorResponse | FlatError | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> AggregatorCredentials | ErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = AggregatorCredentials.from_dict(data)

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
        response_400 = FlatError.from_dict(response.json())

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
) -> Response[AggregatorCredentials | ErrorResponse | ErrorResponse | FlatError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    aggregator: GetAggregatorCredentialsAggregator,
) -> Response[AggregatorCredentials | ErrorResponse | ErrorResponse | FlatError]:
    """Get the Aerosync widget URL and token

     Launch data for the Aerosync bank-linking widget. `aggregator=aerosync` is the only value (v1 also
    took `redirectURI`). AP407/AP408/AP409 are HTTP 200. The 400 answer is a flat
    `{"code": "INVALID_FORMAT" | "MISSING_PARAMETER", "message"}` without the `error` wrapper.

    Args:
        aggregator (GetAggregatorCredentialsAggregator):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AggregatorCredentials | ErrorResponse | ErrorResponse | FlatError]
    """

    kwargs = _get_kwargs(
        aggregator=aggregator,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    aggregator: GetAggregatorCredentialsAggregator,
) -> AggregatorCredentials | ErrorResponse | ErrorResponse | FlatError | None:
    """Get the Aerosync widget URL and token

     Launch data for the Aerosync bank-linking widget. `aggregator=aerosync` is the only value (v1 also
    took `redirectURI`). AP407/AP408/AP409 are HTTP 200. The 400 answer is a flat
    `{"code": "INVALID_FORMAT" | "MISSING_PARAMETER", "message"}` without the `error` wrapper.

    Args:
        aggregator (GetAggregatorCredentialsAggregator):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AggregatorCredentials | ErrorResponse | ErrorResponse | FlatError
    """

    return sync_detailed(
        client=client,
        aggregator=aggregator,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    aggregator: GetAggregatorCredentialsAggregator,
) -> Response[AggregatorCredentials | ErrorResponse | ErrorResponse | FlatError]:
    """Get the Aerosync widget URL and token

     Launch data for the Aerosync bank-linking widget. `aggregator=aerosync` is the only value (v1 also
    took `redirectURI`). AP407/AP408/AP409 are HTTP 200. The 400 answer is a flat
    `{"code": "INVALID_FORMAT" | "MISSING_PARAMETER", "message"}` without the `error` wrapper.

    Args:
        aggregator (GetAggregatorCredentialsAggregator):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AggregatorCredentials | ErrorResponse | ErrorResponse | FlatError]
    """

    kwargs = _get_kwargs(
        aggregator=aggregator,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    aggregator: GetAggregatorCredentialsAggregator,
) -> AggregatorCredentials | ErrorResponse | ErrorResponse | FlatError | None:
    """Get the Aerosync widget URL and token

     Launch data for the Aerosync bank-linking widget. `aggregator=aerosync` is the only value (v1 also
    took `redirectURI`). AP407/AP408/AP409 are HTTP 200. The 400 answer is a flat
    `{"code": "INVALID_FORMAT" | "MISSING_PARAMETER", "message"}` without the `error` wrapper.

    Args:
        aggregator (GetAggregatorCredentialsAggregator):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AggregatorCredentials | ErrorResponse | ErrorResponse | FlatError
    """

    return (
        await asyncio_detailed(
            client=client,
            aggregator=aggregator,
        )
    ).parsed
