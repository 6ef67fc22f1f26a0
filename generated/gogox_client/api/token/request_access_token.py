from http import HTTPStatus
from typing import Any

import httpx
from tokenkeep._contract import lenient

from ..._contract import CONTRACT
from ...client import AuthenticatedClient, Client
from ...models.oauth_error import OAuthError
from ...models.token_request import TokenRequest
from ...models.token_request_form import TokenRequestForm
from ...models.token_response import TokenResponse
from ...types import UNSET, Response, Unset

# contract: what the spec says about this operation (retries, the schemas of its answers).
_OPERATION = CONTRACT.operation("request_access_token")


def _get_kwargs(
    *,
    body: TokenRequest | TokenRequestForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
        "extensions": {"tokenkeep.operation": _OPERATION},
    }

    if isinstance(body, TokenRequest):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, TokenRequestForm):
        if not isinstance(body, Unset):
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
    body: TokenRequest | TokenRequestForm | Unset = UNSET,
) -> Response[OAuthError | TokenResponse]:
    """Request an access token (OAuth 2.0 client credentials grant)

     Exchanges the client ID and client secret issued on registration for a bearer access token.
    There is no refresh token: when the token expires (`expires_in` seconds after `created_at`), call
    this endpoint again.

    Conflict: the docs' prose says `GET /oauth/token`, but all code samples on the same page (and all
    integrator code) send `POST` with a JSON body; RFC 6749 requires POST. Only POST is modelled.

    Client authentication (RFC 6749 §2.3.1): either `client_id` + `client_secret` in the body (what the
    docs show) or HTTP Basic (`basicAuth`, unverified for GoGoX) - never both in one request. The
    `application/x-www-form-urlencoded` body is the RFC 6749 §4.4.2 standard form; GoGoX's samples only
    use JSON (form support is inferred from the Doorkeeper server, unverified).

    `security` is empty rather than `[{}, {basicAuth: []}]` so that the generated operation accepts an
    unauthenticated `Client` (openapi-python-client requires `AuthenticatedClient` for any non-empty
    security list); HTTP Basic is sent by the caller's httpx auth (`httpx.BasicAuth`) when chosen.

    Headers: the docs' samples send `Content-Type: application/json` and `Accept: application/json`;
    tokenkeep sends the same.

    Args:
        body (TokenRequest | Unset): Client credentials grant (RFC 6749 §4.4.2).
            `client_id`/`client_secret` are optional in the schema
            because HTTP Basic client authentication is the alternative (RFC 6749 §2.3.1); send them
            in the body
            when not using Basic (that is what the GoGoX docs show).
        body (TokenRequestForm | Unset): The same `TokenRequest`, sent as `application/x-www-form-
            urlencoded` (RFC 6749 §4.4.2). A separate
            component only so that the generated client gets a distinct class to dispatch on: openapi-
            python-client
            0.29.1 picks the content type with `isinstance`, so one class for both content types would
            always
            send the form body (the JSON branch is overwritten).

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
    body: TokenRequest | TokenRequestForm | Unset = UNSET,
) -> TokenResponse:
    """Request an access token (OAuth 2.0 client credentials grant)

     Exchanges the client ID and client secret issued on registration for a bearer access token.
    There is no refresh token: when the token expires (`expires_in` seconds after `created_at`), call
    this endpoint again.

    Conflict: the docs' prose says `GET /oauth/token`, but all code samples on the same page (and all
    integrator code) send `POST` with a JSON body; RFC 6749 requires POST. Only POST is modelled.

    Client authentication (RFC 6749 §2.3.1): either `client_id` + `client_secret` in the body (what the
    docs show) or HTTP Basic (`basicAuth`, unverified for GoGoX) - never both in one request. The
    `application/x-www-form-urlencoded` body is the RFC 6749 §4.4.2 standard form; GoGoX's samples only
    use JSON (form support is inferred from the Doorkeeper server, unverified).

    `security` is empty rather than `[{}, {basicAuth: []}]` so that the generated operation accepts an
    unauthenticated `Client` (openapi-python-client requires `AuthenticatedClient` for any non-empty
    security list); HTTP Basic is sent by the caller's httpx auth (`httpx.BasicAuth`) when chosen.

    Headers: the docs' samples send `Content-Type: application/json` and `Accept: application/json`;
    tokenkeep sends the same.

    Args:
        body (TokenRequest | Unset): Client credentials grant (RFC 6749 §4.4.2).
            `client_id`/`client_secret` are optional in the schema
            because HTTP Basic client authentication is the alternative (RFC 6749 §2.3.1); send them
            in the body
            when not using Basic (that is what the GoGoX docs show).
        body (TokenRequestForm | Unset): The same `TokenRequest`, sent as `application/x-www-form-
            urlencoded` (RFC 6749 §4.4.2). A separate
            component only so that the generated client gets a distinct class to dispatch on: openapi-
            python-client
            0.29.1 picks the content type with `isinstance`, so one class for both content types would
            always
            send the form body (the JSON branch is overwritten).

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.GogoxError: The provider's own error code (`.code`), whatever the HTTP status.
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
    body: TokenRequest | TokenRequestForm | Unset = UNSET,
) -> Response[OAuthError | TokenResponse]:
    """Request an access token (OAuth 2.0 client credentials grant)

     Exchanges the client ID and client secret issued on registration for a bearer access token.
    There is no refresh token: when the token expires (`expires_in` seconds after `created_at`), call
    this endpoint again.

    Conflict: the docs' prose says `GET /oauth/token`, but all code samples on the same page (and all
    integrator code) send `POST` with a JSON body; RFC 6749 requires POST. Only POST is modelled.

    Client authentication (RFC 6749 §2.3.1): either `client_id` + `client_secret` in the body (what the
    docs show) or HTTP Basic (`basicAuth`, unverified for GoGoX) - never both in one request. The
    `application/x-www-form-urlencoded` body is the RFC 6749 §4.4.2 standard form; GoGoX's samples only
    use JSON (form support is inferred from the Doorkeeper server, unverified).

    `security` is empty rather than `[{}, {basicAuth: []}]` so that the generated operation accepts an
    unauthenticated `Client` (openapi-python-client requires `AuthenticatedClient` for any non-empty
    security list); HTTP Basic is sent by the caller's httpx auth (`httpx.BasicAuth`) when chosen.

    Headers: the docs' samples send `Content-Type: application/json` and `Accept: application/json`;
    tokenkeep sends the same.

    Args:
        body (TokenRequest | Unset): Client credentials grant (RFC 6749 §4.4.2).
            `client_id`/`client_secret` are optional in the schema
            because HTTP Basic client authentication is the alternative (RFC 6749 §2.3.1); send them
            in the body
            when not using Basic (that is what the GoGoX docs show).
        body (TokenRequestForm | Unset): The same `TokenRequest`, sent as `application/x-www-form-
            urlencoded` (RFC 6749 §4.4.2). A separate
            component only so that the generated client gets a distinct class to dispatch on: openapi-
            python-client
            0.29.1 picks the content type with `isinstance`, so one class for both content types would
            always
            send the form body (the JSON branch is overwritten).

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
    body: TokenRequest | TokenRequestForm | Unset = UNSET,
) -> TokenResponse:
    """Request an access token (OAuth 2.0 client credentials grant)

     Exchanges the client ID and client secret issued on registration for a bearer access token.
    There is no refresh token: when the token expires (`expires_in` seconds after `created_at`), call
    this endpoint again.

    Conflict: the docs' prose says `GET /oauth/token`, but all code samples on the same page (and all
    integrator code) send `POST` with a JSON body; RFC 6749 requires POST. Only POST is modelled.

    Client authentication (RFC 6749 §2.3.1): either `client_id` + `client_secret` in the body (what the
    docs show) or HTTP Basic (`basicAuth`, unverified for GoGoX) - never both in one request. The
    `application/x-www-form-urlencoded` body is the RFC 6749 §4.4.2 standard form; GoGoX's samples only
    use JSON (form support is inferred from the Doorkeeper server, unverified).

    `security` is empty rather than `[{}, {basicAuth: []}]` so that the generated operation accepts an
    unauthenticated `Client` (openapi-python-client requires `AuthenticatedClient` for any non-empty
    security list); HTTP Basic is sent by the caller's httpx auth (`httpx.BasicAuth`) when chosen.

    Headers: the docs' samples send `Content-Type: application/json` and `Accept: application/json`;
    tokenkeep sends the same.

    Args:
        body (TokenRequest | Unset): Client credentials grant (RFC 6749 §4.4.2).
            `client_id`/`client_secret` are optional in the schema
            because HTTP Basic client authentication is the alternative (RFC 6749 §2.3.1); send them
            in the body
            when not using Basic (that is what the GoGoX docs show).
        body (TokenRequestForm | Unset): The same `TokenRequest`, sent as `application/x-www-form-
            urlencoded` (RFC 6749 §4.4.2). A separate
            component only so that the generated client gets a distinct class to dispatch on: openapi-
            python-client
            0.29.1 picks the content type with `isinstance`, so one class for both content types would
            always
            send the form body (the JSON branch is overwritten).

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.GogoxError: The provider's own error code (`.code`), whatever the HTTP status.
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
