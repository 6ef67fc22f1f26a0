from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.business_error import BusinessError
from ...models.error_with_empty_data import ErrorWithEmptyData
from ...models.message_error import MessageError
from ...models.rate_limit_error import RateLimitError
from ...models.sim_response import SimResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    sim_iccid: str,
    *,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/sims/{sim_iccid}".format(
            sim_iccid=quote(str(sim_iccid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BusinessError
    | MessageError
    | ErrorWithEmptyData
    | ErrorWithEmptyData
    | MessageError
    | RateLimitError
    | SimResponse
    | None
):
    if response.status_code == 200:
        response_200 = SimResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:

        def _parse_response_401(data: object) -> ErrorWithEmptyData | MessageError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_unauthorized_error_type_0 = (
                    ErrorWithEmptyData.from_dict(data)
                )

                return componentsschemas_unauthorized_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_unauthorized_error_type_1 = MessageError.from_dict(data)

            return componentsschemas_unauthorized_error_type_1

        response_401 = _parse_response_401(response.json())

        return response_401

    if response.status_code == 403:

        def _parse_response_403(data: object) -> BusinessError | MessageError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_forbidden_error_type_0 = BusinessError.from_dict(data)

                return componentsschemas_forbidden_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_forbidden_error_type_1 = MessageError.from_dict(data)

            return componentsschemas_forbidden_error_type_1

        response_403 = _parse_response_403(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorWithEmptyData.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = RateLimitError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BusinessError
    | MessageError
    | ErrorWithEmptyData
    | ErrorWithEmptyData
    | MessageError
    | RateLimitError
    | SimResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sim_iccid: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> Response[
    BusinessError
    | MessageError
    | ErrorWithEmptyData
    | ErrorWithEmptyData
    | MessageError
    | RateLimitError
    | SimResponse
]:
    """Get eSIM

     One eSIM (only eSIMs ordered through the API). Same `include` values as the list. The published
    example's `meta.message` is "succes" (as published).

    Args:
        sim_iccid (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessError | MessageError | ErrorWithEmptyData | ErrorWithEmptyData | MessageError | RateLimitError | SimResponse]
    """

    kwargs = _get_kwargs(
        sim_iccid=sim_iccid,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sim_iccid: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> (
    BusinessError
    | MessageError
    | ErrorWithEmptyData
    | ErrorWithEmptyData
    | MessageError
    | RateLimitError
    | SimResponse
    | None
):
    """Get eSIM

     One eSIM (only eSIMs ordered through the API). Same `include` values as the list. The published
    example's `meta.message` is "succes" (as published).

    Args:
        sim_iccid (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessError | MessageError | ErrorWithEmptyData | ErrorWithEmptyData | MessageError | RateLimitError | SimResponse
    """

    return sync_detailed(
        sim_iccid=sim_iccid,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    sim_iccid: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> Response[
    BusinessError
    | MessageError
    | ErrorWithEmptyData
    | ErrorWithEmptyData
    | MessageError
    | RateLimitError
    | SimResponse
]:
    """Get eSIM

     One eSIM (only eSIMs ordered through the API). Same `include` values as the list. The published
    example's `meta.message` is "succes" (as published).

    Args:
        sim_iccid (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessError | MessageError | ErrorWithEmptyData | ErrorWithEmptyData | MessageError | RateLimitError | SimResponse]
    """

    kwargs = _get_kwargs(
        sim_iccid=sim_iccid,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sim_iccid: str,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> (
    BusinessError
    | MessageError
    | ErrorWithEmptyData
    | ErrorWithEmptyData
    | MessageError
    | RateLimitError
    | SimResponse
    | None
):
    """Get eSIM

     One eSIM (only eSIMs ordered through the API). Same `include` values as the list. The published
    example's `meta.message` is "succes" (as published).

    Args:
        sim_iccid (str):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessError | MessageError | ErrorWithEmptyData | ErrorWithEmptyData | MessageError | RateLimitError | SimResponse
    """

    return (
        await asyncio_detailed(
            sim_iccid=sim_iccid,
            client=client,
            include=include,
        )
    ).parsed
