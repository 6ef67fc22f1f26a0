from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bank_account_response import BankAccountResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    bank_account_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/userBankAccount/{bank_account_id}".format(
            bank_account_id=quote(str(bank_account_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BankAccountResponse | ErrorResponse | ErrorResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> BankAccountResponse | ErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = BankAccountResponse.from_dict(data)

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
) -> Response[BankAccountResponse | ErrorResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bank_account_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BankAccountResponse | ErrorResponse | ErrorResponse]:
    """Select the user's default bank account

     Makes the account the default for transactions without `bankAccountId` (no body). AP401 is HTTP 400;
    AP400/AP412 are 200.

    Args:
        bank_account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankAccountResponse | ErrorResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        bank_account_id=bank_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bank_account_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> BankAccountResponse | ErrorResponse | ErrorResponse | None:
    """Select the user's default bank account

     Makes the account the default for transactions without `bankAccountId` (no body). AP401 is HTTP 400;
    AP400/AP412 are 200.

    Args:
        bank_account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankAccountResponse | ErrorResponse | ErrorResponse
    """

    return sync_detailed(
        bank_account_id=bank_account_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    bank_account_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BankAccountResponse | ErrorResponse | ErrorResponse]:
    """Select the user's default bank account

     Makes the account the default for transactions without `bankAccountId` (no body). AP401 is HTTP 400;
    AP400/AP412 are 200.

    Args:
        bank_account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankAccountResponse | ErrorResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        bank_account_id=bank_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bank_account_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> BankAccountResponse | ErrorResponse | ErrorResponse | None:
    """Select the user's default bank account

     Makes the account the default for transactions without `bankAccountId` (no body). AP401 is HTTP 400;
    AP400/AP412 are 200.

    Args:
        bank_account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankAccountResponse | ErrorResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            bank_account_id=bank_account_id,
            client=client,
        )
    ).parsed
