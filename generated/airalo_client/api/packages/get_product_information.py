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
from ...models.product_information_response import ProductInformationResponse
from ...models.rate_limit_error import RateLimitError
from ...types import Response

# contract: what the spec says about this operation (retries, the schemas of its answers).
_OPERATION = CONTRACT.operation("get_product_information")


def _get_kwargs(
    package_slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/packages/{package_slug}/product-information".format(
            package_slug=quote(str(package_slug), safe=""),
        ),
        "extensions": {"tokenkeep.operation": _OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BusinessError
    | ErrorWithEmptyData
    | MessageError
    | ProductInformationResponse
    | RateLimitError
    | None
):
    if response.status_code == 200:
        response_200 = ProductInformationResponse.from_dict(response.json())

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
def _parse_success(response: Any) -> ProductInformationResponse:
    if response.status_code == 200:
        response_200 = ProductInformationResponse.from_dict(response.json())

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
    | ProductInformationResponse
    | RateLimitError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    package_slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    BusinessError
    | ErrorWithEmptyData
    | MessageError
    | ProductInformationResponse
    | RateLimitError
]:
    """Get product information (PIB)

     Standardised Product Information Brochure for one package (newer docs, captured by
    api-evangelist/airalo; not in the esim-go export). The version is idempotent: unchanged package
    details keep the same `pib_version` and `version_hash`. For unlimited packages the allowance fields
    carry a localised word (e.g. "Unbegrenzt") instead of a number. An unknown slug returns 404.
    The docs file this under its own "Product Information" section; it is tagged with Browse packages
    here.

    Args:
        package_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[BusinessError | ErrorWithEmptyData | MessageError | ProductInformationResponse | RateLimitError]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        package_slug=package_slug,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    package_slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> ProductInformationResponse:
    """Get product information (PIB)

     Standardised Product Information Brochure for one package (newer docs, captured by
    api-evangelist/airalo; not in the esim-go export). The version is idempotent: unchanged package
    details keep the same `pib_version` and `version_hash`. For unlimited packages the allowance fields
    carry a localised word (e.g. "Unbegrenzt") instead of a number. An unknown slug returns 404.
    The docs file this under its own "Product Information" section; it is tagged with Browse packages
    here.

    Args:
        package_slug (str):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AiraloError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        ProductInformationResponse: the success answer only.
    """

    kwargs = _get_kwargs(
        package_slug=package_slug,
    )
    response = CONTRACT.send(client.get_httpx_client(), kwargs, _OPERATION)
    return CONTRACT.result(
        _OPERATION,
        response,
        _parse_success,
        lambda answer: _parse_error(client, answer),
    )


async def asyncio_detailed(
    package_slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    BusinessError
    | ErrorWithEmptyData
    | MessageError
    | ProductInformationResponse
    | RateLimitError
]:
    """Get product information (PIB)

     Standardised Product Information Brochure for one package (newer docs, captured by
    api-evangelist/airalo; not in the esim-go export). The version is idempotent: unchanged package
    details keep the same `pib_version` and `version_hash`. For unlimited packages the allowance fields
    carry a localised word (e.g. "Unbegrenzt") instead of a number. An unknown slug returns 404.
    The docs file this under its own "Product Information" section; it is tagged with Browse packages
    here.

    Args:
        package_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[BusinessError | ErrorWithEmptyData | MessageError | ProductInformationResponse | RateLimitError]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        package_slug=package_slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    package_slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> ProductInformationResponse:
    """Get product information (PIB)

     Standardised Product Information Brochure for one package (newer docs, captured by
    api-evangelist/airalo; not in the esim-go export). The version is idempotent: unchanged package
    details keep the same `pib_version` and `version_hash`. For unlimited packages the allowance fields
    carry a localised word (e.g. "Unbegrenzt") instead of a number. An unknown slug returns 404.
    The docs file this under its own "Product Information" section; it is tagged with Browse packages
    here.

    Args:
        package_slug (str):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AiraloError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        ProductInformationResponse: the success answer only.
    """

    kwargs = _get_kwargs(
        package_slug=package_slug,
    )
    response = await CONTRACT.asend(client.get_async_httpx_client(), kwargs, _OPERATION)
    return CONTRACT.result(
        _OPERATION,
        response,
        _parse_success,
        lambda answer: _parse_error(client, answer),
    )
