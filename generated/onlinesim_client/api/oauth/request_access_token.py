from http import HTTPStatus
from typing import Any

import httpx
from tokenkeep._contract import lenient

from ..._contract import CONTRACT
from ...client import AuthenticatedClient, Client
from ...models.oauth_error import OAuthError
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
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
        "url": "/oauth/token",
        "extensions": {"tokenkeep.operation": _OPERATION},
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuthError | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OAuthError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(response.json())

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
) -> Response[OAuthError | TokenResponse]:
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
) -> Response[OAuthError | TokenResponse]:
    """Exchange an authorization code, or a refresh token, for tokens

     `grant_type=authorization_code` with `client_id`, `client_secret`, `redirect_uri`, `code` (and
    `code_verifier` when the authorization sent a PKCE `code_challenge`: not in the docs, see
    TokenRequest); or
    `grant_type=refresh_token` with `client_id`, `client_secret`, `refresh_token` (the docs' refresh
    table
    also lists `code`, apparently a copy error; it is not sent). The answer has `access_token`,
    `refresh_token` and `expires_in` (seconds); lifetimes are not published ("the refresh token lives
    much
    longer").

    The body encoding is not stated. `application/x-www-form-urlencoded` (RFC 6749 §4.1.3) is modelled;
    Laravel Passport also reads JSON (unverified). Error bodies follow Passport/league-oauth2-server
    (`error`, `error_description`, `hint`, `message`; 400 invalid_grant / invalid_request, 401
    invalid_client) - unverified for Onlinesim.

    Headers: the auth page's sample request shows `Accept: */*` (a Postman capture); tokenkeep sends
    `Accept: application/json`, as to every token endpoint, since the answer is JSON.

    Args:
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[OAuthError | TokenResponse]: every answer, error statuses and error bodies
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
    """Exchange an authorization code, or a refresh token, for tokens

     `grant_type=authorization_code` with `client_id`, `client_secret`, `redirect_uri`, `code` (and
    `code_verifier` when the authorization sent a PKCE `code_challenge`: not in the docs, see
    TokenRequest); or
    `grant_type=refresh_token` with `client_id`, `client_secret`, `refresh_token` (the docs' refresh
    table
    also lists `code`, apparently a copy error; it is not sent). The answer has `access_token`,
    `refresh_token` and `expires_in` (seconds); lifetimes are not published ("the refresh token lives
    much
    longer").

    The body encoding is not stated. `application/x-www-form-urlencoded` (RFC 6749 §4.1.3) is modelled;
    Laravel Passport also reads JSON (unverified). Error bodies follow Passport/league-oauth2-server
    (`error`, `error_description`, `hint`, `message`; 400 invalid_grant / invalid_request, 401
    invalid_client) - unverified for Onlinesim.

    Headers: the auth page's sample request shows `Accept: */*` (a Postman capture); tokenkeep sends
    `Accept: application/json`, as to every token endpoint, since the answer is JSON.

    Args:
        body (TokenRequest):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.OnlinesimError: The provider's own error code (`.code`), whatever the HTTP status.
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
) -> Response[OAuthError | TokenResponse]:
    """Exchange an authorization code, or a refresh token, for tokens

     `grant_type=authorization_code` with `client_id`, `client_secret`, `redirect_uri`, `code` (and
    `code_verifier` when the authorization sent a PKCE `code_challenge`: not in the docs, see
    TokenRequest); or
    `grant_type=refresh_token` with `client_id`, `client_secret`, `refresh_token` (the docs' refresh
    table
    also lists `code`, apparently a copy error; it is not sent). The answer has `access_token`,
    `refresh_token` and `expires_in` (seconds); lifetimes are not published ("the refresh token lives
    much
    longer").

    The body encoding is not stated. `application/x-www-form-urlencoded` (RFC 6749 §4.1.3) is modelled;
    Laravel Passport also reads JSON (unverified). Error bodies follow Passport/league-oauth2-server
    (`error`, `error_description`, `hint`, `message`; 400 invalid_grant / invalid_request, 401
    invalid_client) - unverified for Onlinesim.

    Headers: the auth page's sample request shows `Accept: */*` (a Postman capture); tokenkeep sends
    `Accept: application/json`, as to every token endpoint, since the answer is JSON.

    Args:
        body (TokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[OAuthError | TokenResponse]: every answer, error statuses and error bodies
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
    """Exchange an authorization code, or a refresh token, for tokens

     `grant_type=authorization_code` with `client_id`, `client_secret`, `redirect_uri`, `code` (and
    `code_verifier` when the authorization sent a PKCE `code_challenge`: not in the docs, see
    TokenRequest); or
    `grant_type=refresh_token` with `client_id`, `client_secret`, `refresh_token` (the docs' refresh
    table
    also lists `code`, apparently a copy error; it is not sent). The answer has `access_token`,
    `refresh_token` and `expires_in` (seconds); lifetimes are not published ("the refresh token lives
    much
    longer").

    The body encoding is not stated. `application/x-www-form-urlencoded` (RFC 6749 §4.1.3) is modelled;
    Laravel Passport also reads JSON (unverified). Error bodies follow Passport/league-oauth2-server
    (`error`, `error_description`, `hint`, `message`; 400 invalid_grant / invalid_request, 401
    invalid_client) - unverified for Onlinesim.

    Headers: the auth page's sample request shows `Accept: */*` (a Postman capture); tokenkeep sends
    `Accept: application/json`, as to every token endpoint, since the answer is JSON.

    Args:
        body (TokenRequest):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.OnlinesimError: The provider's own error code (`.code`), whatever the HTTP status.
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
