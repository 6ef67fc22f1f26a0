from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.preauth_response import PreauthResponse
from ...types import Response


def _get_kwargs(
    preauth_transaction_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/preauthTransaction/{preauth_transaction_id}".format(
            preauth_transaction_id=quote(str(preauth_transaction_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | PreauthResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorResponse | PreauthResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PreauthResponse.from_dict(data)

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
) -> Response[ErrorResponse | ErrorResponse | PreauthResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    preauth_transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ErrorResponse | PreauthResponse]:
    """Get a preauthorization

     AP313 ("Preauth ineligible for capture") is also what an unknown id gets (HTTP 200).

    Args:
        preauth_transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | PreauthResponse]
    """

    kwargs = _get_kwargs(
        preauth_transaction_id=preauth_transaction_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    preauth_transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | ErrorResponse | PreauthResponse | None:
    """Get a preauthorization

     AP313 ("Preauth ineligible for capture") is also what an unknown id gets (HTTP 200).

    Args:
        preauth_transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | PreauthResponse
    """

    return sync_detailed(
        preauth_transaction_id=preauth_transaction_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    preauth_transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ErrorResponse | PreauthResponse]:
    """Get a preauthorization

     AP313 ("Preauth ineligible for capture") is also what an unknown id gets (HTTP 200).

    Args:
        preauth_transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | PreauthResponse]
    """

    kwargs = _get_kwargs(
        preauth_transaction_id=preauth_transaction_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    preauth_transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | ErrorResponse | PreauthResponse | None:
    """Get a preauthorization

     AP313 ("Preauth ineligible for capture") is also what an unknown id gets (HTTP 200).

    Args:
        preauth_transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | PreauthResponse
    """

    return (
        await asyncio_detailed(
            preauth_transaction_id=preauth_transaction_id,
            client=client,
        )
    ).parsed
