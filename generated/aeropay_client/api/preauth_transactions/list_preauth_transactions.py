from http import HTTPStatus
from typing import Any

import httpx
from tokenkeep._contract import lenient

from ..._contract import CONTRACT
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_preauth_transactions_order_by import ListPreauthTransactionsOrderBy
from ...models.preauth_list_response import PreauthListResponse
from ...types import UNSET, Response, Unset

# contract: what the spec says about this operation (retries, the schemas of its answers).
_OPERATION = CONTRACT.operation("list_preauth_transactions")


def _get_kwargs(
    *,
    uuid: str | Unset = UNSET,
    level: str | Unset = UNSET,
    date_start: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    order_by: ListPreauthTransactionsOrderBy | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["uuid"] = uuid

    params["level"] = level

    params["dateStart"] = date_start

    params["dateEnd"] = date_end

    params["timezone"] = timezone

    params["page"] = page

    params["perPage"] = per_page

    params["sortBy"] = sort_by

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["orderBy"] = json_order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/preauthTransactions",
        "params": params,
        "extensions": {"tokenkeep.operation": _OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PreauthListResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorResponse | PreauthListResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PreauthListResponse.from_dict(data)

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
def _parse_success(response: Any) -> PreauthListResponse:
    if response.status_code == 200:

        def _build_1(response: Any) -> ErrorResponse | PreauthListResponse:
            def _parse_response_200(
                data: object,
            ) -> ErrorResponse | PreauthListResponse:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_type_0 = PreauthListResponse.from_dict(data)

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
) -> Response[ErrorResponse | PreauthListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    level: str | Unset = UNSET,
    date_start: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    order_by: ListPreauthTransactionsOrderBy | Unset = UNSET,
) -> Response[ErrorResponse | PreauthListResponse]:
    """List the merchant's preauthorizations

     Paged (`page`, `perPage`, default 50). `level` filters by status; dates are `MM-DD-YYYY HH:mm:ss`.
    The v2 spec declares the list items as the `{transaction}` wrapper while its examples show bare
    preauthorization objects (modelled: bare objects, as the examples).

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP008, AP009, AP101,
    AP313,
    AP700, AP701.

    Args:
        uuid (str | Unset):
        level (str | Unset):
        date_start (str | Unset):
        date_end (str | Unset):
        timezone (str | Unset):
        page (int | Unset):
        per_page (int | Unset):
        sort_by (str | Unset):
        order_by (ListPreauthTransactionsOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[ErrorResponse | PreauthListResponse]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        level=level,
        date_start=date_start,
        date_end=date_end,
        timezone=timezone,
        page=page,
        per_page=per_page,
        sort_by=sort_by,
        order_by=order_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    level: str | Unset = UNSET,
    date_start: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    order_by: ListPreauthTransactionsOrderBy | Unset = UNSET,
) -> PreauthListResponse:
    """List the merchant's preauthorizations

     Paged (`page`, `perPage`, default 50). `level` filters by status; dates are `MM-DD-YYYY HH:mm:ss`.
    The v2 spec declares the list items as the `{transaction}` wrapper while its examples show bare
    preauthorization objects (modelled: bare objects, as the examples).

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP008, AP009, AP101,
    AP313,
    AP700, AP701.

    Args:
        uuid (str | Unset):
        level (str | Unset):
        date_start (str | Unset):
        date_end (str | Unset):
        timezone (str | Unset):
        page (int | Unset):
        per_page (int | Unset):
        sort_by (str | Unset):
        order_by (ListPreauthTransactionsOrderBy | Unset):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AeropayError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        PreauthListResponse: the success answer only.
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        level=level,
        date_start=date_start,
        date_end=date_end,
        timezone=timezone,
        page=page,
        per_page=per_page,
        sort_by=sort_by,
        order_by=order_by,
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
    uuid: str | Unset = UNSET,
    level: str | Unset = UNSET,
    date_start: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    order_by: ListPreauthTransactionsOrderBy | Unset = UNSET,
) -> Response[ErrorResponse | PreauthListResponse]:
    """List the merchant's preauthorizations

     Paged (`page`, `perPage`, default 50). `level` filters by status; dates are `MM-DD-YYYY HH:mm:ss`.
    The v2 spec declares the list items as the `{transaction}` wrapper while its examples show bare
    preauthorization objects (modelled: bare objects, as the examples).

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP008, AP009, AP101,
    AP313,
    AP700, AP701.

    Args:
        uuid (str | Unset):
        level (str | Unset):
        date_start (str | Unset):
        date_end (str | Unset):
        timezone (str | Unset):
        page (int | Unset):
        per_page (int | Unset):
        sort_by (str | Unset):
        order_by (ListPreauthTransactionsOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[ErrorResponse | PreauthListResponse]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        level=level,
        date_start=date_start,
        date_end=date_end,
        timezone=timezone,
        page=page,
        per_page=per_page,
        sort_by=sort_by,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    uuid: str | Unset = UNSET,
    level: str | Unset = UNSET,
    date_start: str | Unset = UNSET,
    date_end: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    order_by: ListPreauthTransactionsOrderBy | Unset = UNSET,
) -> PreauthListResponse:
    """List the merchant's preauthorizations

     Paged (`page`, `perPage`, default 50). `level` filters by status; dates are `MM-DD-YYYY HH:mm:ss`.
    The v2 spec declares the list items as the `{transaction}` wrapper while its examples show bare
    preauthorization objects (modelled: bare objects, as the examples).

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP008, AP009, AP101,
    AP313,
    AP700, AP701.

    Args:
        uuid (str | Unset):
        level (str | Unset):
        date_start (str | Unset):
        date_end (str | Unset):
        timezone (str | Unset):
        page (int | Unset):
        per_page (int | Unset):
        sort_by (str | Unset):
        order_by (ListPreauthTransactionsOrderBy | Unset):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AeropayError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        PreauthListResponse: the success answer only.
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        level=level,
        date_start=date_start,
        date_end=date_end,
        timezone=timezone,
        page=page,
        per_page=per_page,
        sort_by=sort_by,
        order_by=order_by,
    )
    response = await CONTRACT.asend(client.get_async_httpx_client(), kwargs, _OPERATION)
    return CONTRACT.result(
        _OPERATION,
        response,
        _parse_success,
        lambda answer: _parse_error(client, answer),
    )
