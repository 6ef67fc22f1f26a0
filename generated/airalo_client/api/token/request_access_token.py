from http import HTTPStatus
from typing import Any

import httpx
from tokenkeep._contract import lenient

from ..._contract import CONTRACT
from ...client import AuthenticatedClient, Client
from ...models.error_with_empty_data import ErrorWithEmptyData
from ...models.rate_limit_error import RateLimitError
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...models.validation_error import ValidationError
from ...types import Response

# contract: what the spec says about this operation (retries, the schemas of its answers).
_OPERATION = CONTRACT.operation("request_access_token")


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/token",
        "extensions": {"tokenkeep.operation": _OPERATION},
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorWithEmptyData | RateLimitError | TokenResponse | ValidationError | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorWithEmptyData.from_dict(response.json())

        return response_401

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
def _parse_success(response: Any) -> TokenResponse:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    raise TypeError(f"no success model for HTTP {response.status_code}")


def _parse_error(client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    return lenient(lambda: _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorWithEmptyData | RateLimitError | TokenResponse | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[ErrorWithEmptyData | RateLimitError | TokenResponse | ValidationError]:
    """Request access token

     OAuth2 client-credentials exchange; the returned token is sent as `Authorization: Bearer <token>`
    on every other endpoint. No scopes: one credential pair has full access.

    Encoding: the docs show `multipart/form-data` (modelled here). The PHP and Python SDKs send
    `application/x-www-form-urlencoded` and the Node SDK sends JSON, so all three work; they are not
    declared as alternative content types because the generator would then emit three
    indistinguishable `TokenRequest` bodies. The SDKs also send an `airalo-signature` header (HMAC-
    SHA512
    of the payload keyed with client_secret) that does not appear to be required (unverified).

    Lifetime conflict: the prose says the token is valid for 24 hours (cache and reuse it) and also
    "valid for a year"; the example `expires_in` is 31622400 s (~366 days). Honour `expires_in` and
    refresh at least daily.

    The Apidog export files the 401 example under a second 422 slot ("Request Access Token (401)");
    it is modelled as 401 here.

    Headers: the docs' samples (seeds 000 and 001) send `Accept: application/json`, as every other call
    must; tokenkeep sends it on the token request too.

    Args:
        body (TokenRequest): Client-credentials grant. Keep the client id and secret secret
            (encrypted at rest).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[ErrorWithEmptyData | RateLimitError | TokenResponse | ValidationError]: every answer, error statuses and error bodies
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
    body: TokenRequest,
) -> TokenResponse:
    """Request access token

     OAuth2 client-credentials exchange; the returned token is sent as `Authorization: Bearer <token>`
    on every other endpoint. No scopes: one credential pair has full access.

    Encoding: the docs show `multipart/form-data` (modelled here). The PHP and Python SDKs send
    `application/x-www-form-urlencoded` and the Node SDK sends JSON, so all three work; they are not
    declared as alternative content types because the generator would then emit three
    indistinguishable `TokenRequest` bodies. The SDKs also send an `airalo-signature` header (HMAC-
    SHA512
    of the payload keyed with client_secret) that does not appear to be required (unverified).

    Lifetime conflict: the prose says the token is valid for 24 hours (cache and reuse it) and also
    "valid for a year"; the example `expires_in` is 31622400 s (~366 days). Honour `expires_in` and
    refresh at least daily.

    The Apidog export files the 401 example under a second 422 slot ("Request Access Token (401)");
    it is modelled as 401 here.

    Headers: the docs' samples (seeds 000 and 001) send `Accept: application/json`, as every other call
    must; tokenkeep sends it on the token request too.

    Args:
        body (TokenRequest): Client-credentials grant. Keep the client id and secret secret
            (encrypted at rest).

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AiraloError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        TokenResponse: the success answer only.
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
    body: TokenRequest,
) -> Response[ErrorWithEmptyData | RateLimitError | TokenResponse | ValidationError]:
    """Request access token

     OAuth2 client-credentials exchange; the returned token is sent as `Authorization: Bearer <token>`
    on every other endpoint. No scopes: one credential pair has full access.

    Encoding: the docs show `multipart/form-data` (modelled here). The PHP and Python SDKs send
    `application/x-www-form-urlencoded` and the Node SDK sends JSON, so all three work; they are not
    declared as alternative content types because the generator would then emit three
    indistinguishable `TokenRequest` bodies. The SDKs also send an `airalo-signature` header (HMAC-
    SHA512
    of the payload keyed with client_secret) that does not appear to be required (unverified).

    Lifetime conflict: the prose says the token is valid for 24 hours (cache and reuse it) and also
    "valid for a year"; the example `expires_in` is 31622400 s (~366 days). Honour `expires_in` and
    refresh at least daily.

    The Apidog export files the 401 example under a second 422 slot ("Request Access Token (401)");
    it is modelled as 401 here.

    Headers: the docs' samples (seeds 000 and 001) send `Accept: application/json`, as every other call
    must; tokenkeep sends it on the token request too.

    Args:
        body (TokenRequest): Client-credentials grant. Keep the client id and secret secret
            (encrypted at rest).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[ErrorWithEmptyData | RateLimitError | TokenResponse | ValidationError]: every answer, error statuses and error bodies
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
    body: TokenRequest,
) -> TokenResponse:
    """Request access token

     OAuth2 client-credentials exchange; the returned token is sent as `Authorization: Bearer <token>`
    on every other endpoint. No scopes: one credential pair has full access.

    Encoding: the docs show `multipart/form-data` (modelled here). The PHP and Python SDKs send
    `application/x-www-form-urlencoded` and the Node SDK sends JSON, so all three work; they are not
    declared as alternative content types because the generator would then emit three
    indistinguishable `TokenRequest` bodies. The SDKs also send an `airalo-signature` header (HMAC-
    SHA512
    of the payload keyed with client_secret) that does not appear to be required (unverified).

    Lifetime conflict: the prose says the token is valid for 24 hours (cache and reuse it) and also
    "valid for a year"; the example `expires_in` is 31622400 s (~366 days). Honour `expires_in` and
    refresh at least daily.

    The Apidog export files the 401 example under a second 422 slot ("Request Access Token (401)");
    it is modelled as 401 here.

    Headers: the docs' samples (seeds 000 and 001) send `Accept: application/json`, as every other call
    must; tokenkeep sends it on the token request too.

    Args:
        body (TokenRequest): Client-credentials grant. Keep the client id and secret secret
            (encrypted at rest).

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AiraloError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        TokenResponse: the success answer only.
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
