from http import HTTPStatus
from typing import Any

import httpx
from tokenkeep._contract import lenient

from ..._contract import CONTRACT
from ...client import AuthenticatedClient, Client
from ...models.business_error import BusinessError
from ...models.error_with_empty_data import ErrorWithEmptyData
from ...models.message_error import MessageError
from ...models.rate_limit_error import RateLimitError
from ...models.refund_request import RefundRequest
from ...models.refund_request_form import RefundRequestForm
from ...models.refund_response import RefundResponse
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset

# contract: what the spec says about this operation (retries, the schemas of its answers).
_OPERATION = CONTRACT.operation("request_refund")


def _get_kwargs(
    *,
    body: RefundRequestForm | RefundRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/refund",
        "extensions": {"tokenkeep.operation": _OPERATION},
    }

    if isinstance(body, RefundRequestForm):
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"
    if isinstance(body, RefundRequest):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BusinessError
    | ErrorWithEmptyData
    | MessageError
    | RateLimitError
    | RefundResponse
    | ValidationError
    | None
):
    if response.status_code == 202:
        response_202 = RefundResponse.from_dict(response.json())

        return response_202

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
        response_422 = ValidationError.from_dict(response.json())

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
def _parse_success(response: Any) -> RefundResponse:
    if response.status_code == 202:
        response_202 = RefundResponse.from_dict(response.json())

        return response_202

    raise TypeError(f"no success model for HTTP {response.status_code}")


def _parse_error(client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    return lenient(lambda: _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BusinessError
    | ErrorWithEmptyData
    | MessageError
    | RateLimitError
    | RefundResponse
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
    body: RefundRequestForm | RefundRequest | Unset = UNSET,
) -> Response[
    BusinessError
    | ErrorWithEmptyData
    | MessageError
    | RateLimitError
    | RefundResponse
    | ValidationError
]:
    """Request refund

     Ask for a refund of up to 5 eSIMs; every request is reviewed manually and approved refunds come back
    as Airalo credit. Answers 202.

    Conflicts: the older docs send the body as `text/plain` containing JSON (`published_068`), the newer
    docs as `multipart/form-data`. Both are declared: `RefundRequestForm` (multipart, array as
    `iccids[]` as PHP needs it) and `RefundRequest` (JSON; Laravel parses JSON bodies, a text/plain body
    would not be parsed). The reason list changed: older INVALID_ACTIVATION, DUPLICATE_ORDER,
    SERVICE_ISSUES, OTHERS; newer the 23 values of `RefundReason`; both sets are accepted here (the
    server decides; `published_071` is the server rejecting a value with the older list). Rate limit:
    one docs version says 1 per 5 min per IP, the latest 5 per minute per IP. The docs list error
    bodies among the 202 examples; errors are 422 `{data: [] | {reason: msg}, meta}`.

    Args:
        body (RefundRequestForm | Unset): POST /v2/refund body as multipart (newer docs); the
            ICCID array is sent as repeated `iccids[]` parts.
        body (RefundRequest | Unset): POST /v2/refund body as JSON (older docs show it as
            text/plain JSON).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[BusinessError | ErrorWithEmptyData | MessageError | RateLimitError | RefundResponse | ValidationError]: every answer, error statuses and error bodies
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
    body: RefundRequestForm | RefundRequest | Unset = UNSET,
) -> RefundResponse:
    """Request refund

     Ask for a refund of up to 5 eSIMs; every request is reviewed manually and approved refunds come back
    as Airalo credit. Answers 202.

    Conflicts: the older docs send the body as `text/plain` containing JSON (`published_068`), the newer
    docs as `multipart/form-data`. Both are declared: `RefundRequestForm` (multipart, array as
    `iccids[]` as PHP needs it) and `RefundRequest` (JSON; Laravel parses JSON bodies, a text/plain body
    would not be parsed). The reason list changed: older INVALID_ACTIVATION, DUPLICATE_ORDER,
    SERVICE_ISSUES, OTHERS; newer the 23 values of `RefundReason`; both sets are accepted here (the
    server decides; `published_071` is the server rejecting a value with the older list). Rate limit:
    one docs version says 1 per 5 min per IP, the latest 5 per minute per IP. The docs list error
    bodies among the 202 examples; errors are 422 `{data: [] | {reason: msg}, meta}`.

    Args:
        body (RefundRequestForm | Unset): POST /v2/refund body as multipart (newer docs); the
            ICCID array is sent as repeated `iccids[]` parts.
        body (RefundRequest | Unset): POST /v2/refund body as JSON (older docs show it as
            text/plain JSON).

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AiraloError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        RefundResponse: the success answer only.
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
    body: RefundRequestForm | RefundRequest | Unset = UNSET,
) -> Response[
    BusinessError
    | ErrorWithEmptyData
    | MessageError
    | RateLimitError
    | RefundResponse
    | ValidationError
]:
    """Request refund

     Ask for a refund of up to 5 eSIMs; every request is reviewed manually and approved refunds come back
    as Airalo credit. Answers 202.

    Conflicts: the older docs send the body as `text/plain` containing JSON (`published_068`), the newer
    docs as `multipart/form-data`. Both are declared: `RefundRequestForm` (multipart, array as
    `iccids[]` as PHP needs it) and `RefundRequest` (JSON; Laravel parses JSON bodies, a text/plain body
    would not be parsed). The reason list changed: older INVALID_ACTIVATION, DUPLICATE_ORDER,
    SERVICE_ISSUES, OTHERS; newer the 23 values of `RefundReason`; both sets are accepted here (the
    server decides; `published_071` is the server rejecting a value with the older list). Rate limit:
    one docs version says 1 per 5 min per IP, the latest 5 per minute per IP. The docs list error
    bodies among the 202 examples; errors are 422 `{data: [] | {reason: msg}, meta}`.

    Args:
        body (RefundRequestForm | Unset): POST /v2/refund body as multipart (newer docs); the
            ICCID array is sent as repeated `iccids[]` parts.
        body (RefundRequest | Unset): POST /v2/refund body as JSON (older docs show it as
            text/plain JSON).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[BusinessError | ErrorWithEmptyData | MessageError | RateLimitError | RefundResponse | ValidationError]: every answer, error statuses and error bodies
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
    body: RefundRequestForm | RefundRequest | Unset = UNSET,
) -> RefundResponse:
    """Request refund

     Ask for a refund of up to 5 eSIMs; every request is reviewed manually and approved refunds come back
    as Airalo credit. Answers 202.

    Conflicts: the older docs send the body as `text/plain` containing JSON (`published_068`), the newer
    docs as `multipart/form-data`. Both are declared: `RefundRequestForm` (multipart, array as
    `iccids[]` as PHP needs it) and `RefundRequest` (JSON; Laravel parses JSON bodies, a text/plain body
    would not be parsed). The reason list changed: older INVALID_ACTIVATION, DUPLICATE_ORDER,
    SERVICE_ISSUES, OTHERS; newer the 23 values of `RefundReason`; both sets are accepted here (the
    server decides; `published_071` is the server rejecting a value with the older list). Rate limit:
    one docs version says 1 per 5 min per IP, the latest 5 per minute per IP. The docs list error
    bodies among the 202 examples; errors are 422 `{data: [] | {reason: msg}, meta}`.

    Args:
        body (RefundRequestForm | Unset): POST /v2/refund body as multipart (newer docs); the
            ICCID array is sent as repeated `iccids[]` parts.
        body (RefundRequest | Unset): POST /v2/refund body as JSON (older docs show it as
            text/plain JSON).

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AiraloError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        RefundResponse: the success answer only.
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
