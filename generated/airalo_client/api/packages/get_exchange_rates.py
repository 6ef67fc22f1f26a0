from http import HTTPStatus
from typing import Any

import httpx
from tokenkeep._contract import lenient

from ..._contract import CONTRACT
from ...client import AuthenticatedClient, Client
from ...models.business_error import BusinessError
from ...models.error_with_empty_data import ErrorWithEmptyData
from ...models.exchange_rates_response import ExchangeRatesResponse
from ...models.message_error import MessageError
from ...models.rate_limit_error import RateLimitError
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset

# contract: what the spec says about this operation (retries, the schemas of its answers).
_OPERATION = CONTRACT.operation("get_exchange_rates")


def _get_kwargs(
    *,
    date: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["date"] = date

    params["to"] = to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/finance/exchange-rates",
        "params": params,
        "extensions": {"tokenkeep.operation": _OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BusinessError
    | ErrorWithEmptyData
    | ExchangeRatesResponse
    | MessageError
    | RateLimitError
    | ValidationError
    | None
):
    if response.status_code == 200:
        response_200 = ExchangeRatesResponse.from_dict(response.json())

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
def _parse_success(response: Any) -> ExchangeRatesResponse:
    if response.status_code == 200:
        response_200 = ExchangeRatesResponse.from_dict(response.json())

        return response_200

    raise TypeError(f"no success model for HTTP {response.status_code}")


def _parse_error(client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    return lenient(lambda: _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BusinessError
    | ErrorWithEmptyData
    | ExchangeRatesResponse
    | MessageError
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
    date: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> Response[
    BusinessError
    | ErrorWithEmptyData
    | ExchangeRatesResponse
    | MessageError
    | RateLimitError
    | ValidationError
]:
    """Get exchange rates (SDK only)

     USD-based FX rates, documented in the SDK READMEs (`getExchangeRates`, cached 5 min); must be
    enabled per account. Not in the public endpoint list. Unverified. `mid` is a decimal string.
    Tagged Browse packages (it serves converting package prices); the docs have no section for it.

    Args:
        date (str | Unset):
        to (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[BusinessError | ErrorWithEmptyData | ExchangeRatesResponse | MessageError | RateLimitError | ValidationError]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        date=date,
        to=to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    date: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> ExchangeRatesResponse:
    """Get exchange rates (SDK only)

     USD-based FX rates, documented in the SDK READMEs (`getExchangeRates`, cached 5 min); must be
    enabled per account. Not in the public endpoint list. Unverified. `mid` is a decimal string.
    Tagged Browse packages (it serves converting package prices); the docs have no section for it.

    Args:
        date (str | Unset):
        to (str | Unset):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AiraloError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        ExchangeRatesResponse: the success answer only.
    """

    kwargs = _get_kwargs(
        date=date,
        to=to,
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
    date: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> Response[
    BusinessError
    | ErrorWithEmptyData
    | ExchangeRatesResponse
    | MessageError
    | RateLimitError
    | ValidationError
]:
    """Get exchange rates (SDK only)

     USD-based FX rates, documented in the SDK READMEs (`getExchangeRates`, cached 5 min); must be
    enabled per account. Not in the public endpoint list. Unverified. `mid` is a decimal string.
    Tagged Browse packages (it serves converting package prices); the docs have no section for it.

    Args:
        date (str | Unset):
        to (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[BusinessError | ErrorWithEmptyData | ExchangeRatesResponse | MessageError | RateLimitError | ValidationError]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        date=date,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    date: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> ExchangeRatesResponse:
    """Get exchange rates (SDK only)

     USD-based FX rates, documented in the SDK READMEs (`getExchangeRates`, cached 5 min); must be
    enabled per account. Not in the public endpoint list. Unverified. `mid` is a decimal string.
    Tagged Browse packages (it serves converting package prices); the docs have no section for it.

    Args:
        date (str | Unset):
        to (str | Unset):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AiraloError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        ExchangeRatesResponse: the success answer only.
    """

    kwargs = _get_kwargs(
        date=date,
        to=to,
    )
    response = await CONTRACT.asend(client.get_async_httpx_client(), kwargs, _OPERATION)
    return CONTRACT.result(
        _OPERATION,
        response,
        _parse_success,
        lambda answer: _parse_error(client, answer),
    )
