from http import HTTPStatus
from typing import Any

import httpx
from tokenkeep._contract import lenient

from ..._contract import CONTRACT
from ...client import AuthenticatedClient, Client
from ...models.airmoney_voucher_request import AirmoneyVoucherRequest
from ...models.airmoney_voucher_response import AirmoneyVoucherResponse
from ...models.business_error import BusinessError
from ...models.error_with_empty_data import ErrorWithEmptyData
from ...models.message_error import MessageError
from ...models.rate_limit_error import RateLimitError
from ...models.validation_error import ValidationError
from ...types import Response

# contract: what the spec says about this operation (retries, the schemas of its answers).
_OPERATION = CONTRACT.operation("create_airmoney_voucher")


def _get_kwargs(
    *,
    body: AirmoneyVoucherRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/voucher/airmoney",
        "extensions": {"tokenkeep.operation": _OPERATION},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AirmoneyVoucherResponse
    | BusinessError
    | ErrorWithEmptyData
    | MessageError
    | RateLimitError
    | ValidationError
    | None
):
    if response.status_code == 200:
        response_200 = AirmoneyVoucherResponse.from_dict(response.json())

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
def _parse_success(response: Any) -> AirmoneyVoucherResponse:
    if response.status_code == 200:
        response_200 = AirmoneyVoucherResponse.from_dict(response.json())

        return response_200

    raise TypeError(f"no success model for HTTP {response.status_code}")


def _parse_error(client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    return lenient(lambda: _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AirmoneyVoucherResponse
    | BusinessError
    | ErrorWithEmptyData
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
    body: AirmoneyVoucherRequest,
) -> Response[
    AirmoneyVoucherResponse
    | BusinessError
    | ErrorWithEmptyData
    | MessageError
    | RateLimitError
    | ValidationError
]:
    """Create Airmoney voucher (SDK only)

     Airmoney (store credit) vouchers, called by the SDKs' `voucher()`; not in the public docs. A custom
    `voucher_code` forces quantity 1. Conflict: the PHP README shows `data` as one voucher object
    (`published_081`), the Node README as an array of arrays (`published_082`); both are accepted.
    Unverified.

    Args:
        body (AirmoneyVoucherRequest): SDK-only (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[AirmoneyVoucherResponse | BusinessError | ErrorWithEmptyData | MessageError | RateLimitError | ValidationError]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AirmoneyVoucherRequest,
) -> AirmoneyVoucherResponse:
    """Create Airmoney voucher (SDK only)

     Airmoney (store credit) vouchers, called by the SDKs' `voucher()`; not in the public docs. A custom
    `voucher_code` forces quantity 1. Conflict: the PHP README shows `data` as one voucher object
    (`published_081`), the Node README as an array of arrays (`published_082`); both are accepted.
    Unverified.

    Args:
        body (AirmoneyVoucherRequest): SDK-only (unverified).

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AiraloError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        AirmoneyVoucherResponse: the success answer only.
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: AirmoneyVoucherRequest,
) -> Response[
    AirmoneyVoucherResponse
    | BusinessError
    | ErrorWithEmptyData
    | MessageError
    | RateLimitError
    | ValidationError
]:
    """Create Airmoney voucher (SDK only)

     Airmoney (store credit) vouchers, called by the SDKs' `voucher()`; not in the public docs. A custom
    `voucher_code` forces quantity 1. Conflict: the PHP README shows `data` as one voucher object
    (`published_081`), the Node README as an array of arrays (`published_082`); both are accepted.
    Unverified.

    Args:
        body (AirmoneyVoucherRequest): SDK-only (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[AirmoneyVoucherResponse | BusinessError | ErrorWithEmptyData | MessageError | RateLimitError | ValidationError]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AirmoneyVoucherRequest,
) -> AirmoneyVoucherResponse:
    """Create Airmoney voucher (SDK only)

     Airmoney (store credit) vouchers, called by the SDKs' `voucher()`; not in the public docs. A custom
    `voucher_code` forces quantity 1. Conflict: the PHP README shows `data` as one voucher object
    (`published_081`), the Node README as an array of arrays (`published_082`); both are accepted.
    Unverified.

    Args:
        body (AirmoneyVoucherRequest): SDK-only (unverified).

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AiraloError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        AirmoneyVoucherResponse: the success answer only.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await CONTRACT.asend(client.get_async_httpx_client(), kwargs, _OPERATION)
    return CONTRACT.result(
        _OPERATION,
        response,
        _parse_success,
        lambda answer: _parse_error(client, answer),
    )
