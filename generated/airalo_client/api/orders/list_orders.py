from http import HTTPStatus
from typing import Any

import httpx
from tokenkeep._contract import lenient

from ..._contract import CONTRACT
from ...client import AuthenticatedClient, Client
from ...models.business_error import BusinessError
from ...models.error_with_empty_data import ErrorWithEmptyData
from ...models.message_error import MessageError
from ...models.order_list_response import OrderListResponse
from ...models.rate_limit_error import RateLimitError
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset

# contract: what the spec says about this operation (retries, the schemas of its answers).
_OPERATION = CONTRACT.operation("list_orders")


def _get_kwargs(
    *,
    include: str | Unset = UNSET,
    filtercreated_at: str | Unset = UNSET,
    filtercode: str | Unset = UNSET,
    filterorder_status: str | Unset = UNSET,
    filtericcid: str | Unset = UNSET,
    filterdescription: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params["filter[created_at]"] = filtercreated_at

    params["filter[code]"] = filtercode

    params["filter[order_status]"] = filterorder_status

    params["filter[iccid]"] = filtericcid

    params["filter[description]"] = filterdescription

    params["limit"] = limit

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/orders",
        "params": params,
        "extensions": {"tokenkeep.operation": _OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BusinessError
    | ErrorWithEmptyData
    | MessageError
    | OrderListResponse
    | RateLimitError
    | ValidationError
    | None
):
    if response.status_code == 200:
        response_200 = OrderListResponse.from_dict(response.json())

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

    if response.status_code == 422:

        def _parse_response_422(data: object) -> BusinessError | ValidationError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_validation_or_business_error_type_0 = (
                    BusinessError.from_dict(data)
                )

                return componentsschemas_validation_or_business_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_validation_or_business_error_type_1 = (
                ValidationError.from_dict(data)
            )

            return componentsschemas_validation_or_business_error_type_1

        response_422 = _parse_response_422(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RateLimitError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        from ... import (
            errors,  # the error catalogue loads on the first error, not with every operation
        )

        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


# contract: the success answers only, from a body tokenkeep has decoded and checked against the spec.
def _parse_success(response: Any) -> OrderListResponse:
    if response.status_code == 200:
        response_200 = OrderListResponse.from_dict(response.json())

        return response_200

    raise TypeError(f"no success model for HTTP {response.status_code}")


def _parse_error(client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    return lenient(lambda: _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BusinessError
    | ErrorWithEmptyData
    | MessageError
    | OrderListResponse
    | RateLimitError
    | ValidationError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    filtercreated_at: str | Unset = UNSET,
    filtercode: str | Unset = UNSET,
    filterorder_status: str | Unset = UNSET,
    filtericcid: str | Unset = UNSET,
    filterdescription: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[
    BusinessError
    | ErrorWithEmptyData
    | MessageError
    | OrderListResponse
    | RateLimitError
    | ValidationError
]:
    """Get order list

     Orders, paginated (Laravel envelope). `include=sims,user,status` adds the relations. Filters use
    bracketed keys (`filter[code]`, sent percent-encoded as `filter%5Bcode%5D`). The published example's
    links point at the old v1 sandbox host (as published).

    Args:
        include (str | Unset):
        filtercreated_at (str | Unset):
        filtercode (str | Unset):
        filterorder_status (str | Unset):
        filtericcid (str | Unset):
        filterdescription (str | Unset):
        limit (int | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[BusinessError | ErrorWithEmptyData | MessageError | OrderListResponse | RateLimitError | ValidationError]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        include=include,
        filtercreated_at=filtercreated_at,
        filtercode=filtercode,
        filterorder_status=filterorder_status,
        filtericcid=filtericcid,
        filterdescription=filterdescription,
        limit=limit,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    filtercreated_at: str | Unset = UNSET,
    filtercode: str | Unset = UNSET,
    filterorder_status: str | Unset = UNSET,
    filtericcid: str | Unset = UNSET,
    filterdescription: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> OrderListResponse:
    """Get order list

     Orders, paginated (Laravel envelope). `include=sims,user,status` adds the relations. Filters use
    bracketed keys (`filter[code]`, sent percent-encoded as `filter%5Bcode%5D`). The published example's
    links point at the old v1 sandbox host (as published).

    Args:
        include (str | Unset):
        filtercreated_at (str | Unset):
        filtercode (str | Unset):
        filterorder_status (str | Unset):
        filtericcid (str | Unset):
        filterdescription (str | Unset):
        limit (int | Unset):
        page (int | Unset):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AiraloError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        OrderListResponse: the success answer only.
    """

    kwargs = _get_kwargs(
        include=include,
        filtercreated_at=filtercreated_at,
        filtercode=filtercode,
        filterorder_status=filterorder_status,
        filtericcid=filtericcid,
        filterdescription=filterdescription,
        limit=limit,
        page=page,
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
    include: str | Unset = UNSET,
    filtercreated_at: str | Unset = UNSET,
    filtercode: str | Unset = UNSET,
    filterorder_status: str | Unset = UNSET,
    filtericcid: str | Unset = UNSET,
    filterdescription: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[
    BusinessError
    | ErrorWithEmptyData
    | MessageError
    | OrderListResponse
    | RateLimitError
    | ValidationError
]:
    """Get order list

     Orders, paginated (Laravel envelope). `include=sims,user,status` adds the relations. Filters use
    bracketed keys (`filter[code]`, sent percent-encoded as `filter%5Bcode%5D`). The published example's
    links point at the old v1 sandbox host (as published).

    Args:
        include (str | Unset):
        filtercreated_at (str | Unset):
        filtercode (str | Unset):
        filterorder_status (str | Unset):
        filtericcid (str | Unset):
        filterdescription (str | Unset):
        limit (int | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[BusinessError | ErrorWithEmptyData | MessageError | OrderListResponse | RateLimitError | ValidationError]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        include=include,
        filtercreated_at=filtercreated_at,
        filtercode=filtercode,
        filterorder_status=filterorder_status,
        filtericcid=filtericcid,
        filterdescription=filterdescription,
        limit=limit,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
    filtercreated_at: str | Unset = UNSET,
    filtercode: str | Unset = UNSET,
    filterorder_status: str | Unset = UNSET,
    filtericcid: str | Unset = UNSET,
    filterdescription: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> OrderListResponse:
    """Get order list

     Orders, paginated (Laravel envelope). `include=sims,user,status` adds the relations. Filters use
    bracketed keys (`filter[code]`, sent percent-encoded as `filter%5Bcode%5D`). The published example's
    links point at the old v1 sandbox host (as published).

    Args:
        include (str | Unset):
        filtercreated_at (str | Unset):
        filtercode (str | Unset):
        filterorder_status (str | Unset):
        filtericcid (str | Unset):
        filterdescription (str | Unset):
        limit (int | Unset):
        page (int | Unset):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AiraloError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        OrderListResponse: the success answer only.
    """

    kwargs = _get_kwargs(
        include=include,
        filtercreated_at=filtercreated_at,
        filtercode=filtercode,
        filterorder_status=filterorder_status,
        filtericcid=filtericcid,
        filterdescription=filterdescription,
        limit=limit,
        page=page,
    )
    response = await CONTRACT.asend(client.get_async_httpx_client(), kwargs, _OPERATION)
    return CONTRACT.result(
        _OPERATION,
        response,
        _parse_success,
        lambda answer: _parse_error(client, answer),
    )
