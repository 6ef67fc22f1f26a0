from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.merchant_reputation import MerchantReputation
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["userId"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/merchantReputation",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | MerchantReputation | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorResponse | MerchantReputation:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = MerchantReputation.from_dict(data)

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
) -> Response[ErrorResponse | ErrorResponse | MerchantReputation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | MerchantReputation]:
    """A user's reputation with the merchant

     `userReputation` is 0, 1 or 2; the mapping to `standard`/`vip`/`blocked` (the webhook's
    `merchantUserReputation`) is **unverified**. `merchantId` comes back as a string here; `paging` is
    null.

    Args:
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | MerchantReputation]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | MerchantReputation | None:
    """A user's reputation with the merchant

     `userReputation` is 0, 1 or 2; the mapping to `standard`/`vip`/`blocked` (the webhook's
    `merchantUserReputation`) is **unverified**. `merchantId` comes back as a string here; `paging` is
    null.

    Args:
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | MerchantReputation
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | MerchantReputation]:
    """A user's reputation with the merchant

     `userReputation` is 0, 1 or 2; the mapping to `standard`/`vip`/`blocked` (the webhook's
    `merchantUserReputation`) is **unverified**. `merchantId` comes back as a string here; `paging` is
    null.

    Args:
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | MerchantReputation]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | MerchantReputation | None:
    """A user's reputation with the merchant

     `userReputation` is 0, 1 or 2; the mapping to `standard`/`vip`/`blocked` (the webhook's
    `merchantUserReputation`) is **unverified**. `merchantId` comes back as a string here; `paging` is
    null.

    Args:
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | MerchantReputation
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
        )
    ).parsed
