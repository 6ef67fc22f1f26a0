from http import HTTPStatus
from typing import Any

import httpx
from tokenkeep._contract import lenient

from ..._contract import CONTRACT
from ...client import AuthenticatedClient, Client
from ...models.get_authorize_page_code_challenge_method import (
    GetAuthorizePageCodeChallengeMethod,
)
from ...models.get_authorize_page_response_type import GetAuthorizePageResponseType
from ...models.oauth_error import OAuthError
from ...types import UNSET, Response, Unset

# contract: what the spec says about this operation (retries, the schemas of its answers).
_OPERATION = CONTRACT.operation("get_authorize_page")


def _get_kwargs(
    *,
    client_id: str,
    redirect_uri: str,
    response_type: GetAuthorizePageResponseType,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
    code_challenge: str | Unset = UNSET,
    code_challenge_method: GetAuthorizePageCodeChallengeMethod | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["client_id"] = client_id

    params["redirect_uri"] = redirect_uri

    json_response_type = response_type.value
    params["response_type"] = json_response_type

    params["scope"] = scope

    params["state"] = state

    params["code_challenge"] = code_challenge

    json_code_challenge_method: str | Unset = UNSET
    if not isinstance(code_challenge_method, Unset):
        json_code_challenge_method = code_challenge_method.value

    params["code_challenge_method"] = json_code_challenge_method

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/oauth/authorize",
        "params": params,
        "extensions": {"tokenkeep.operation": _OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuthError | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = OAuthError.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        from ... import (
            errors,  # the error catalogue loads on the first error, not with every operation
        )

        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


# contract: the success answers only, from a body tokenkeep has decoded and checked against the spec.
def _parse_success(response: Any) -> str:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    raise TypeError(f"no success model for HTTP {response.status_code}")


def _parse_error(client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    return lenient(lambda: _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OAuthError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    redirect_uri: str,
    response_type: GetAuthorizePageResponseType,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
    code_challenge: str | Unset = UNSET,
    code_challenge_method: GetAuthorizePageCodeChallengeMethod | Unset = UNSET,
) -> Response[OAuthError | str]:
    """Authorization page for a person (log in, then Authorize)

     Opened in the person's browser, not called by a client. On approval the browser is redirected to
    `redirect_uri` with `code` and `state` (code flow) or with `access_token` (implicit flow). The page
    is
    HTML. The register-client UI ("Create New Client", Name, Redirect URL, Confidential) is Laravel
    Passport's, so Passport's behaviour is assumed where the docs are silent (unverified).

    Args:
        client_id (str):
        redirect_uri (str):
        response_type (GetAuthorizePageResponseType):
        scope (str | Unset):
        state (str | Unset):
        code_challenge (str | Unset):
        code_challenge_method (GetAuthorizePageCodeChallengeMethod | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[OAuthError | str]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        redirect_uri=redirect_uri,
        response_type=response_type,
        scope=scope,
        state=state,
        code_challenge=code_challenge,
        code_challenge_method=code_challenge_method,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    redirect_uri: str,
    response_type: GetAuthorizePageResponseType,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
    code_challenge: str | Unset = UNSET,
    code_challenge_method: GetAuthorizePageCodeChallengeMethod | Unset = UNSET,
) -> str:
    """Authorization page for a person (log in, then Authorize)

     Opened in the person's browser, not called by a client. On approval the browser is redirected to
    `redirect_uri` with `code` and `state` (code flow) or with `access_token` (implicit flow). The page
    is
    HTML. The register-client UI ("Create New Client", Name, Redirect URL, Confidential) is Laravel
    Passport's, so Passport's behaviour is assumed where the docs are silent (unverified).

    Args:
        client_id (str):
        redirect_uri (str):
        response_type (GetAuthorizePageResponseType):
        scope (str | Unset):
        state (str | Unset):
        code_challenge (str | Unset):
        code_challenge_method (GetAuthorizePageCodeChallengeMethod | Unset):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.OnlinesimError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        str: the success answer only.
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        redirect_uri=redirect_uri,
        response_type=response_type,
        scope=scope,
        state=state,
        code_challenge=code_challenge,
        code_challenge_method=code_challenge_method,
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
    client_id: str,
    redirect_uri: str,
    response_type: GetAuthorizePageResponseType,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
    code_challenge: str | Unset = UNSET,
    code_challenge_method: GetAuthorizePageCodeChallengeMethod | Unset = UNSET,
) -> Response[OAuthError | str]:
    """Authorization page for a person (log in, then Authorize)

     Opened in the person's browser, not called by a client. On approval the browser is redirected to
    `redirect_uri` with `code` and `state` (code flow) or with `access_token` (implicit flow). The page
    is
    HTML. The register-client UI ("Create New Client", Name, Redirect URL, Confidential) is Laravel
    Passport's, so Passport's behaviour is assumed where the docs are silent (unverified).

    Args:
        client_id (str):
        redirect_uri (str):
        response_type (GetAuthorizePageResponseType):
        scope (str | Unset):
        state (str | Unset):
        code_challenge (str | Unset):
        code_challenge_method (GetAuthorizePageCodeChallengeMethod | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[OAuthError | str]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        redirect_uri=redirect_uri,
        response_type=response_type,
        scope=scope,
        state=state,
        code_challenge=code_challenge,
        code_challenge_method=code_challenge_method,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    redirect_uri: str,
    response_type: GetAuthorizePageResponseType,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
    code_challenge: str | Unset = UNSET,
    code_challenge_method: GetAuthorizePageCodeChallengeMethod | Unset = UNSET,
) -> str:
    """Authorization page for a person (log in, then Authorize)

     Opened in the person's browser, not called by a client. On approval the browser is redirected to
    `redirect_uri` with `code` and `state` (code flow) or with `access_token` (implicit flow). The page
    is
    HTML. The register-client UI ("Create New Client", Name, Redirect URL, Confidential) is Laravel
    Passport's, so Passport's behaviour is assumed where the docs are silent (unverified).

    Args:
        client_id (str):
        redirect_uri (str):
        response_type (GetAuthorizePageResponseType):
        scope (str | Unset):
        state (str | Unset):
        code_challenge (str | Unset):
        code_challenge_method (GetAuthorizePageCodeChallengeMethod | Unset):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.OnlinesimError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        str: the success answer only.
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        redirect_uri=redirect_uri,
        response_type=response_type,
        scope=scope,
        state=state,
        code_challenge=code_challenge,
        code_challenge_method=code_challenge_method,
    )
    response = await CONTRACT.asend(client.get_async_httpx_client(), kwargs, _OPERATION)
    return CONTRACT.result(
        _OPERATION,
        response,
        _parse_success,
        lambda answer: _parse_error(client, answer),
    )
