from http import HTTPStatus
from typing import Any

import httpx
from tokenkeep._contract import lenient

from ..._contract import CONTRACT
from ...client import AuthenticatedClient, Client
from ...models.csv_report_response import CsvReportResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset

# contract: what the spec says about this operation (retries, the schemas of its answers).
_OPERATION = CONTRACT.operation("request_transactions_csv")


def _get_kwargs(
    *,
    merchant_id: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    gmt_offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    refunds: bool | Unset = UNSET,
    voids: bool | Unset = UNSET,
    version: str | Unset = UNSET,
    email: str | Unset = UNSET,
    date_begin: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["merchantId"] = merchant_id

    params["timezone"] = timezone

    params["gmtOffset"] = gmt_offset

    params["page"] = page

    params["size"] = size

    params["refunds"] = refunds

    params["voids"] = voids

    params["version"] = version

    params["email"] = email

    params["dateBegin"] = date_begin

    params["dateEnd"] = date_end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/reports/transactions/CSV",
        "params": params,
        "extensions": {"tokenkeep.operation": _OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CsvReportResponse | ErrorResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CsvReportResponse | ErrorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ErrorResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = CsvReportResponse.from_dict(data)

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
def _parse_success(response: Any) -> CsvReportResponse:
    if response.status_code == 200:

        def _build_1(response: Any) -> CsvReportResponse | ErrorResponse:
            def _parse_response_200(data: object) -> CsvReportResponse | ErrorResponse:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_type_0 = ErrorResponse.from_dict(data)

                    return response_200_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = CsvReportResponse.from_dict(data)

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
) -> Response[CsvReportResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    merchant_id: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    gmt_offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    refunds: bool | Unset = UNSET,
    voids: bool | Unset = UNSET,
    version: str | Unset = UNSET,
    email: str | Unset = UNSET,
    date_begin: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
) -> Response[CsvReportResponse | ErrorResponse]:
    """Email a CSV of the merchant's transactions

     Queues the report and answers at once (`{"success": true, "message"}`); the CSV is emailed later.
    Dates `MM-DD-YYYY`.

    Args:
        merchant_id (str | Unset):
        timezone (str | Unset):
        gmt_offset (int | Unset):
        page (int | Unset):
        size (int | Unset):
        refunds (bool | Unset):
        voids (bool | Unset):
        version (str | Unset):
        email (str | Unset):
        date_begin (str | Unset):
        date_end (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[CsvReportResponse | ErrorResponse]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        timezone=timezone,
        gmt_offset=gmt_offset,
        page=page,
        size=size,
        refunds=refunds,
        voids=voids,
        version=version,
        email=email,
        date_begin=date_begin,
        date_end=date_end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    merchant_id: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    gmt_offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    refunds: bool | Unset = UNSET,
    voids: bool | Unset = UNSET,
    version: str | Unset = UNSET,
    email: str | Unset = UNSET,
    date_begin: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
) -> CsvReportResponse:
    """Email a CSV of the merchant's transactions

     Queues the report and answers at once (`{"success": true, "message"}`); the CSV is emailed later.
    Dates `MM-DD-YYYY`.

    Args:
        merchant_id (str | Unset):
        timezone (str | Unset):
        gmt_offset (int | Unset):
        page (int | Unset):
        size (int | Unset):
        refunds (bool | Unset):
        voids (bool | Unset):
        version (str | Unset):
        email (str | Unset):
        date_begin (str | Unset):
        date_end (str | Unset):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AeropayError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        CsvReportResponse: the success answer only.
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        timezone=timezone,
        gmt_offset=gmt_offset,
        page=page,
        size=size,
        refunds=refunds,
        voids=voids,
        version=version,
        email=email,
        date_begin=date_begin,
        date_end=date_end,
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
    merchant_id: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    gmt_offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    refunds: bool | Unset = UNSET,
    voids: bool | Unset = UNSET,
    version: str | Unset = UNSET,
    email: str | Unset = UNSET,
    date_begin: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
) -> Response[CsvReportResponse | ErrorResponse]:
    """Email a CSV of the merchant's transactions

     Queues the report and answers at once (`{"success": true, "message"}`); the CSV is emailed later.
    Dates `MM-DD-YYYY`.

    Args:
        merchant_id (str | Unset):
        timezone (str | Unset):
        gmt_offset (int | Unset):
        page (int | Unset):
        size (int | Unset):
        refunds (bool | Unset):
        voids (bool | Unset):
        version (str | Unset):
        email (str | Unset):
        date_begin (str | Unset):
        date_end (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[CsvReportResponse | ErrorResponse]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        timezone=timezone,
        gmt_offset=gmt_offset,
        page=page,
        size=size,
        refunds=refunds,
        voids=voids,
        version=version,
        email=email,
        date_begin=date_begin,
        date_end=date_end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    merchant_id: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    gmt_offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    refunds: bool | Unset = UNSET,
    voids: bool | Unset = UNSET,
    version: str | Unset = UNSET,
    email: str | Unset = UNSET,
    date_begin: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
) -> CsvReportResponse:
    """Email a CSV of the merchant's transactions

     Queues the report and answers at once (`{"success": true, "message"}`); the CSV is emailed later.
    Dates `MM-DD-YYYY`.

    Args:
        merchant_id (str | Unset):
        timezone (str | Unset):
        gmt_offset (int | Unset):
        page (int | Unset):
        size (int | Unset):
        refunds (bool | Unset):
        voids (bool | Unset):
        version (str | Unset):
        email (str | Unset):
        date_begin (str | Unset):
        date_end (str | Unset):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AeropayError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        CsvReportResponse: the success answer only.
    """

    kwargs = _get_kwargs(
        merchant_id=merchant_id,
        timezone=timezone,
        gmt_offset=gmt_offset,
        page=page,
        size=size,
        refunds=refunds,
        voids=voids,
        version=version,
        email=email,
        date_begin=date_begin,
        date_end=date_end,
    )
    response = await CONTRACT.asend(client.get_async_httpx_client(), kwargs, _OPERATION)
    return CONTRACT.result(
        _OPERATION,
        response,
        _parse_success,
        lambda answer: _parse_error(client, answer),
    )
