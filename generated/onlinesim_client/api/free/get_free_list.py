from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.free_list import FreeList
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    country: int | Unset = UNSET,
    number: str | Unset = UNSET,
    page: int | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["country"] = country

    params["number"] = number

    params["page"] = page

    json_lang: str | Unset = UNSET
    if not isinstance(lang, Unset):
        json_lang = lang.value

    params["lang"] = json_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/getFreeList.php",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | FreeList | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ApiError | FreeList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = FreeList.from_dict(data)

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
) -> Response[ApiError | FreeList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    country: int | Unset = UNSET,
    number: str | Unset = UNSET,
    page: int | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[ApiError | FreeList]:
    """Free numbers and the messages of one of them (public, no key)

     "All Onlinesim API requests (except for getFreeList) must contain an API key." The Go client calls
    `/api/getFreeList` without `.php` (unverified; not modelled). The published example (fixture 032)
    looks
    like a recorded live answer: numbers keyed by national number, a Laravel paginator in `messages`,
    `my_number` an integer, `in_number` with a trailing newline, an extra `ignore` field.

    Args:
        country (int | Unset):
        number (str | Unset):
        page (int | Unset):
        lang (Lang | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | FreeList]
    """

    kwargs = _get_kwargs(
        country=country,
        number=number,
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
    country: int | Unset = UNSET,
    number: str | Unset = UNSET,
    page: int | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> ApiError | FreeList | None:
    """Free numbers and the messages of one of them (public, no key)

     "All Onlinesim API requests (except for getFreeList) must contain an API key." The Go client calls
    `/api/getFreeList` without `.php` (unverified; not modelled). The published example (fixture 032)
    looks
    like a recorded live answer: numbers keyed by national number, a Laravel paginator in `messages`,
    `my_number` an integer, `in_number` with a trailing newline, an extra `ignore` field.

    Args:
        country (int | Unset):
        number (str | Unset):
        page (int | Unset):
        lang (Lang | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | FreeList
    """

    return sync_detailed(
        client=client,
        country=country,
        number=number,
        page=page,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    country: int | Unset = UNSET,
    number: str | Unset = UNSET,
    page: int | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[ApiError | FreeList]:
    """Free numbers and the messages of one of them (public, no key)

     "All Onlinesim API requests (except for getFreeList) must contain an API key." The Go client calls
    `/api/getFreeList` without `.php` (unverified; not modelled). The published example (fixture 032)
    looks
    like a recorded live answer: numbers keyed by national number, a Laravel paginator in `messages`,
    `my_number` an integer, `in_number` with a trailing newline, an extra `ignore` field.

    Args:
        country (int | Unset):
        number (str | Unset):
        page (int | Unset):
        lang (Lang | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | FreeList]
    """

    kwargs = _get_kwargs(
        country=country,
        number=number,
        page=page,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    country: int | Unset = UNSET,
    number: str | Unset = UNSET,
    page: int | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> ApiError | FreeList | None:
    """Free numbers and the messages of one of them (public, no key)

     "All Onlinesim API requests (except for getFreeList) must contain an API key." The Go client calls
    `/api/getFreeList` without `.php` (unverified; not modelled). The published example (fixture 032)
    looks
    like a recorded live answer: numbers keyed by national number, a Laravel paginator in `messages`,
    `my_number` an integer, `in_number` with a trailing newline, an extra `ignore` field.

    Args:
        country (int | Unset):
        number (str | Unset):
        page (int | Unset):
        lang (Lang | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | FreeList
    """

    return (
        await asyncio_detailed(
            client=client,
            country=country,
            number=number,
            page=page,
            lang=lang,
        )
    ).parsed
