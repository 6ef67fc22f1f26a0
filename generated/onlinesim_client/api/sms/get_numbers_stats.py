from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.country_stats import CountryStats
from ...models.country_stats_map import CountryStatsMap
from ...models.get_numbers_stats_country_type_1 import GetNumbersStatsCountryType1
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    country: GetNumbersStatsCountryType1 | int | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_country: int | str | Unset
    if isinstance(country, Unset):
        json_country = UNSET
    elif isinstance(country, GetNumbersStatsCountryType1):
        json_country = country.value
    else:
        json_country = country
    params["country"] = json_country

    json_lang: str | Unset = UNSET
    if not isinstance(lang, Unset):
        json_lang = lang.value

    params["lang"] = json_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/getNumbersStats.php",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | CountryStats | CountryStatsMap | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> ApiError | CountryStats | CountryStatsMap:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CountryStats.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = CountryStatsMap.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_2 = ApiError.from_dict(data)

            return response_200_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | CountryStats | CountryStatsMap]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    country: GetNumbersStatsCountryType1 | int | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[ApiError | CountryStats | CountryStatsMap]:
    """Available numbers and prices per service for one country or all

     Legacy catalogue, still referenced by the rent docs. `country=all` answers a map of dialling code to
    the
    same object; behaviour with `country` omitted is undocumented. `services` is `[]` when empty;
    `price` may
    be a formatted string; `id`/`service`/`slug` are typed string-or-integer in the JS wrapper.

    Args:
        country (GetNumbersStatsCountryType1 | int | Unset):
        lang (Lang | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CountryStats | CountryStatsMap]
    """

    kwargs = _get_kwargs(
        country=country,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    country: GetNumbersStatsCountryType1 | int | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> ApiError | CountryStats | CountryStatsMap | None:
    """Available numbers and prices per service for one country or all

     Legacy catalogue, still referenced by the rent docs. `country=all` answers a map of dialling code to
    the
    same object; behaviour with `country` omitted is undocumented. `services` is `[]` when empty;
    `price` may
    be a formatted string; `id`/`service`/`slug` are typed string-or-integer in the JS wrapper.

    Args:
        country (GetNumbersStatsCountryType1 | int | Unset):
        lang (Lang | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CountryStats | CountryStatsMap
    """

    return sync_detailed(
        client=client,
        country=country,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    country: GetNumbersStatsCountryType1 | int | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[ApiError | CountryStats | CountryStatsMap]:
    """Available numbers and prices per service for one country or all

     Legacy catalogue, still referenced by the rent docs. `country=all` answers a map of dialling code to
    the
    same object; behaviour with `country` omitted is undocumented. `services` is `[]` when empty;
    `price` may
    be a formatted string; `id`/`service`/`slug` are typed string-or-integer in the JS wrapper.

    Args:
        country (GetNumbersStatsCountryType1 | int | Unset):
        lang (Lang | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | CountryStats | CountryStatsMap]
    """

    kwargs = _get_kwargs(
        country=country,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    country: GetNumbersStatsCountryType1 | int | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> ApiError | CountryStats | CountryStatsMap | None:
    """Available numbers and prices per service for one country or all

     Legacy catalogue, still referenced by the rent docs. `country=all` answers a map of dialling code to
    the
    same object; behaviour with `country` omitted is undocumented. `services` is `[]` when empty;
    `price` may
    be a formatted string; `id`/`service`/`slug` are typed string-or-integer in the JS wrapper.

    Args:
        country (GetNumbersStatsCountryType1 | int | Unset):
        lang (Lang | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | CountryStats | CountryStatsMap
    """

    return (
        await asyncio_detailed(
            client=client,
            country=country,
            lang=lang,
        )
    ).parsed
