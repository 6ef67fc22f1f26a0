from http import HTTPStatus
from typing import Any

import httpx
from tokenkeep._contract import lenient

from ..._contract import CONTRACT
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response

# contract: what the spec says about this operation (retries, the schemas of its answers).
_OPERATION = CONTRACT.operation("request_token")


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

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

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
def _parse_success(response: Any) -> TokenResponse:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    raise TypeError(f"no success model for HTTP {response.status_code}")


def _parse_error(client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    return lenient(lambda: _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TokenResponse]:
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
) -> Response[ErrorResponse | TokenResponse]:
    """Get a scoped access token

     Returns a JWT (HS256) sent as `authorization: Bearer <token>`. `TTL` is 1800 s; there is no refresh
    token: mint a new one. `scope` decides who acts: `merchant` (needs `id`) or `userForMerchant`
    (needs `id` and `userId`, the UUID of a user created by this merchant).

    Conflicts between sources:
    - HTTP status of AP002 (invalid key or secret, wrong environment, or userId not associated with the
      merchant): the seed (POST /v2/token docs page) says **400**, the v2 spec says **401**, older v1
      guides say 200. Both 400 and 401 are declared; clients must read the body code.
    - `id`: the seed types it as a String, the v2 spec and its examples as an integer; both accepted.
      The seed requires it "only for merchant & userForMerchant scope", the v2 spec always: the
      seed's rule is modelled (`TokenRequest`'s `if`/`then`), which the v2 spec's requests satisfy too.
    - `scope`: the seed also names a `user` scope and its example spells `userFormerchant`; the v2 spec
      has only `merchant` and `userForMerchant` (modelled).
    - AP006 (client not authorized for this scope) and AP101 are 401 in the v2 spec only.

    The seed's sample sends `accept: application/json` (and `Content-Type: application/json`);
    tokenkeep sends the same on every token request.

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP002, AP006, AP101,
    AP700,
    AP701.

    Args:
        body (TokenRequest): The seed's rule, modelled with `if`/`then`: `id` (the merchant id) is
            required only for the `merchant` and `userForMerchant` scopes, `userId` only for
            `userForMerchant`. The seed's `user` scope (apiKey/apiSecret = the user's email and
            password) needs neither; the v2 spec has no such scope and requires `id` always. Generated
            clients see `id` as optional; tokenkeep always sends it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[ErrorResponse | TokenResponse]: every answer, error statuses and error bodies
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
    """Get a scoped access token

     Returns a JWT (HS256) sent as `authorization: Bearer <token>`. `TTL` is 1800 s; there is no refresh
    token: mint a new one. `scope` decides who acts: `merchant` (needs `id`) or `userForMerchant`
    (needs `id` and `userId`, the UUID of a user created by this merchant).

    Conflicts between sources:
    - HTTP status of AP002 (invalid key or secret, wrong environment, or userId not associated with the
      merchant): the seed (POST /v2/token docs page) says **400**, the v2 spec says **401**, older v1
      guides say 200. Both 400 and 401 are declared; clients must read the body code.
    - `id`: the seed types it as a String, the v2 spec and its examples as an integer; both accepted.
      The seed requires it "only for merchant & userForMerchant scope", the v2 spec always: the
      seed's rule is modelled (`TokenRequest`'s `if`/`then`), which the v2 spec's requests satisfy too.
    - `scope`: the seed also names a `user` scope and its example spells `userFormerchant`; the v2 spec
      has only `merchant` and `userForMerchant` (modelled).
    - AP006 (client not authorized for this scope) and AP101 are 401 in the v2 spec only.

    The seed's sample sends `accept: application/json` (and `Content-Type: application/json`);
    tokenkeep sends the same on every token request.

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP002, AP006, AP101,
    AP700,
    AP701.

    Args:
        body (TokenRequest): The seed's rule, modelled with `if`/`then`: `id` (the merchant id) is
            required only for the `merchant` and `userForMerchant` scopes, `userId` only for
            `userForMerchant`. The seed's `user` scope (apiKey/apiSecret = the user's email and
            password) needs neither; the v2 spec has no such scope and requires `id` always. Generated
            clients see `id` as optional; tokenkeep always sends it.

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AeropayError: The provider's own error code (`.code`), whatever the HTTP status.
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
) -> Response[ErrorResponse | TokenResponse]:
    """Get a scoped access token

     Returns a JWT (HS256) sent as `authorization: Bearer <token>`. `TTL` is 1800 s; there is no refresh
    token: mint a new one. `scope` decides who acts: `merchant` (needs `id`) or `userForMerchant`
    (needs `id` and `userId`, the UUID of a user created by this merchant).

    Conflicts between sources:
    - HTTP status of AP002 (invalid key or secret, wrong environment, or userId not associated with the
      merchant): the seed (POST /v2/token docs page) says **400**, the v2 spec says **401**, older v1
      guides say 200. Both 400 and 401 are declared; clients must read the body code.
    - `id`: the seed types it as a String, the v2 spec and its examples as an integer; both accepted.
      The seed requires it "only for merchant & userForMerchant scope", the v2 spec always: the
      seed's rule is modelled (`TokenRequest`'s `if`/`then`), which the v2 spec's requests satisfy too.
    - `scope`: the seed also names a `user` scope and its example spells `userFormerchant`; the v2 spec
      has only `merchant` and `userForMerchant` (modelled).
    - AP006 (client not authorized for this scope) and AP101 are 401 in the v2 spec only.

    The seed's sample sends `accept: application/json` (and `Content-Type: application/json`);
    tokenkeep sends the same on every token request.

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP002, AP006, AP101,
    AP700,
    AP701.

    Args:
        body (TokenRequest): The seed's rule, modelled with `if`/`then`: `id` (the merchant id) is
            required only for the `merchant` and `userForMerchant` scopes, `userId` only for
            `userForMerchant`. The seed's `user` scope (apiKey/apiSecret = the user's email and
            password) needs neither; the v2 spec has no such scope and requires `id` always. Generated
            clients see `id` as optional; tokenkeep always sends it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[ErrorResponse | TokenResponse]: every answer, error statuses and error bodies
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
    """Get a scoped access token

     Returns a JWT (HS256) sent as `authorization: Bearer <token>`. `TTL` is 1800 s; there is no refresh
    token: mint a new one. `scope` decides who acts: `merchant` (needs `id`) or `userForMerchant`
    (needs `id` and `userId`, the UUID of a user created by this merchant).

    Conflicts between sources:
    - HTTP status of AP002 (invalid key or secret, wrong environment, or userId not associated with the
      merchant): the seed (POST /v2/token docs page) says **400**, the v2 spec says **401**, older v1
      guides say 200. Both 400 and 401 are declared; clients must read the body code.
    - `id`: the seed types it as a String, the v2 spec and its examples as an integer; both accepted.
      The seed requires it "only for merchant & userForMerchant scope", the v2 spec always: the
      seed's rule is modelled (`TokenRequest`'s `if`/`then`), which the v2 spec's requests satisfy too.
    - `scope`: the seed also names a `user` scope and its example spells `userFormerchant`; the v2 spec
      has only `merchant` and `userForMerchant` (modelled).
    - AP006 (client not authorized for this scope) and AP101 are 401 in the v2 spec only.

    The seed's sample sends `accept: application/json` (and `Content-Type: application/json`);
    tokenkeep sends the same on every token request.

    Error codes the reference lists for it (§4; meanings in `x-error-codes`): AP002, AP006, AP101,
    AP700,
    AP701.

    Args:
        body (TokenRequest): The seed's rule, modelled with `if`/`then`: `id` (the merchant id) is
            required only for the `merchant` and `userForMerchant` scopes, `userId` only for
            `userForMerchant`. The seed's `user` scope (apiKey/apiSecret = the user's email and
            password) needs neither; the v2 spec has no such scope and requires `id` always. Generated
            clients see `id` as optional; tokenkeep always sends it.

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.AeropayError: The provider's own error code (`.code`), whatever the HTTP status.
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
