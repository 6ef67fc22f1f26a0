from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from tokenkeep._contract import lenient

from ..._contract import CONTRACT
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.preauth_response import PreauthResponse
from ...types import Response

# contract: what the spec says about this operation (retries, the schemas of its answers).
_OPERATION = CONTRACT.operation("get_preauth_transaction")


def _get_kwargs(
    preauth_transaction_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/preauthTransaction/{preauth_transaction_id}".format(
            preauth_transaction_id=quote(str(preauth_transaction_id), safe=""),
        ),
        "extensions": {"tokenkeep.operation": _OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PreauthResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorResponse | PreauthResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PreauthResponse.from_dict(data)

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
def _parse_success(response: Any) -> PreauthResponse:
    if response.status_code == 200:

        def _build_1(response: Any) -> ErrorResponse | PreauthResponse:
            def _parse_response_200(data: object) -> ErrorResponse | PreauthResponse:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_type_0 = PreauthResponse.from_dict(data)

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
) -> Response[ErrorResponse | PreauthResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    preauth_transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | PreauthResponse]:
    """Get a preauthorization

     AP313 ("Preauth ineligible for capture") is also what an unknown id gets (HTTP 200).

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP009, AP101, AP313,
    AP700,
    AP701.

    Args:
        preauth_transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[ErrorResponse | PreauthResponse]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        preauth_transaction_id=preauth_transaction_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    preauth_transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PreauthResponse:
    """Get a preauthorization

     AP313 ("Preauth ineligible for capture") is also what an unknown id gets (HTTP 200).

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP009, AP101, AP313,
    AP700,
    AP701.

    Args:
        preauth_transaction_id (str):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AeropayError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        PreauthResponse: the success answer only.
    """

    kwargs = _get_kwargs(
        preauth_transaction_id=preauth_transaction_id,
    )
    response = CONTRACT.send(client.get_httpx_client(), kwargs, _OPERATION)
    return CONTRACT.result(
        _OPERATION,
        response,
        _parse_success,
        lambda answer: _parse_error(client, answer),
    )


async def asyncio_detailed(
    preauth_transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | PreauthResponse]:
    """Get a preauthorization

     AP313 ("Preauth ineligible for capture") is also what an unknown id gets (HTTP 200).

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP009, AP101, AP313,
    AP700,
    AP701.

    Args:
        preauth_transaction_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[ErrorResponse | PreauthResponse]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        preauth_transaction_id=preauth_transaction_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    preauth_transaction_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PreauthResponse:
    """Get a preauthorization

     AP313 ("Preauth ineligible for capture") is also what an unknown id gets (HTTP 200).

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP009, AP101, AP313,
    AP700,
    AP701.

    Args:
        preauth_transaction_id (str):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AeropayError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        PreauthResponse: the success answer only.
    """

    kwargs = _get_kwargs(
        preauth_transaction_id=preauth_transaction_id,
    )
    response = await CONTRACT.asend(client.get_async_httpx_client(), kwargs, _OPERATION)
    return CONTRACT.result(
        _OPERATION,
        response,
        _parse_success,
        lambda answer: _parse_error(client, answer),
    )
