from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from tokenkeep._contract import lenient

from ..._contract import CONTRACT
from ...client import AuthenticatedClient, Client
from ...models.business_error import BusinessError
from ...models.error_with_empty_data import ErrorWithEmptyData
from ...models.message_error import MessageError
from ...models.order_response import OrderResponse
from ...models.rate_limit_error import RateLimitError
from ...types import UNSET, Response, Unset

# contract: what the spec says about this operation (retries, the schemas of its answers).
_OPERATION = CONTRACT.operation("get_order")


def _get_kwargs(
    order_id: int,
    *,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/orders/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
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
    | OrderResponse
    | RateLimitError
    | None
):
    if response.status_code == 200:
        response_200 = OrderResponse.from_dict(response.json())

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
        from ... import (
            errors,  # the error catalogue loads on the first error, not with every operation
        )

        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


# contract: the success answers only, from a body tokenkeep has decoded and checked against the spec.
def _parse_success(response: Any) -> OrderResponse:
    if response.status_code == 200:
        response_200 = OrderResponse.from_dict(response.json())

        return response_200

    raise TypeError(f"no success model for HTTP {response.status_code}")


def _parse_error(client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    return lenient(lambda: _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BusinessError | ErrorWithEmptyData | MessageError | OrderResponse | RateLimitError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> Response[
    BusinessError | ErrorWithEmptyData | MessageError | OrderResponse | RateLimitError
]:
    """Get order

     One order; `include=sims,user,status` adds the relations. An order that is not yours answers 401
    `{data: [], meta: {message: "This action is unauthorized."}}` (inferred from the docs example).

    Args:
        order_id (int):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[BusinessError | ErrorWithEmptyData | MessageError | OrderResponse | RateLimitError]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> OrderResponse:
    """Get order

     One order; `include=sims,user,status` adds the relations. An order that is not yours answers 401
    `{data: [], meta: {message: "This action is unauthorized."}}` (inferred from the docs example).

    Args:
        order_id (int):
        include (str | Unset):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AiraloError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        OrderResponse: the success answer only.
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        include=include,
    )
    response = CONTRACT.send(client.get_httpx_client(), kwargs, _OPERATION)
    return CONTRACT.result(
        _OPERATION,
        response,
        _parse_success,
        lambda answer: _parse_error(client, answer),
    )


async def asyncio_detailed(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> Response[
    BusinessError | ErrorWithEmptyData | MessageError | OrderResponse | RateLimitError
]:
    """Get order

     One order; `include=sims,user,status` adds the relations. An order that is not yours answers 401
    `{data: [], meta: {message: "This action is unauthorized."}}` (inferred from the docs example).

    Args:
        order_id (int):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[BusinessError | ErrorWithEmptyData | MessageError | OrderResponse | RateLimitError]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> OrderResponse:
    """Get order

     One order; `include=sims,user,status` adds the relations. An order that is not yours answers 401
    `{data: [], meta: {message: "This action is unauthorized."}}` (inferred from the docs example).

    Args:
        order_id (int):
        include (str | Unset):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AiraloError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        OrderResponse: the success answer only.
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        include=include,
    )
    response = await CONTRACT.asend(client.get_async_httpx_client(), kwargs, _OPERATION)
    return CONTRACT.result(
        _OPERATION,
        response,
        _parse_success,
        lambda answer: _parse_error(client, answer),
    )
