from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.free_message_list import FreeMessageList
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    phone: str,
    page: int | Unset = 1,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["phone"] = phone

    params["page"] = page

    json_lang: str | Unset = UNSET
    if not isinstance(lang, Unset):
        json_lang = lang.value

    params["lang"] = json_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/getFreeMessageList.php",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | FreeMessageList | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ApiError | FreeMessageList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = FreeMessageList.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ApiError.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | FreeMessageList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    phone: str,
    page: int | Unset = 1,
    lang: Lang | Unset = UNSET,
) -> Response[ApiError | FreeMessageList]:
    """Messages received by a free number (paginated)

    Args:
        phone (str):
        page (int | Unset):  Default: 1.
        lang (Lang | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | FreeMessageList]
    """

    kwargs = _get_kwargs(
        phone=phone,
        page=page,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    phone: str,
    page: int | Unset = 1,
    lang: Lang | Unset = UNSET,
) -> ApiError | FreeMessageList | None:
    """Messages received by a free number (paginated)

    Args:
        phone (str):
        page (int | Unset):  Default: 1.
        lang (Lang | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | FreeMessageList
    """

    return sync_detailed(
        client=client,
        phone=phone,
        page=page,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    phone: str,
    page: int | Unset = 1,
    lang: Lang | Unset = UNSET,
) -> Response[ApiError | FreeMessageList]:
    """Messages received by a free number (paginated)

    Args:
        phone (str):
        page (int | Unset):  Default: 1.
        lang (Lang | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | FreeMessageList]
    """

    kwargs = _get_kwargs(
        phone=phone,
        page=page,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    phone: str,
    page: int | Unset = 1,
    lang: Lang | Unset = UNSET,
) -> ApiError | FreeMessageList | None:
    """Messages received by a free number (paginated)

    Args:
        phone (str):
        page (int | Unset):  Default: 1.
        lang (Lang | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | FreeMessageList
    """

    return (
        await asyncio_detailed(
            client=client,
            phone=phone,
            page=page,
            lang=lang,
        )
    ).parsed
