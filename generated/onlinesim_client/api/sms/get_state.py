from http import HTTPStatus
from typing import Any

import httpx
from tokenkeep._contract import lenient

from ..._contract import CONTRACT
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.get_state_orderby import GetStateOrderby
from ...models.get_state_type import GetStateType
from ...models.lang import Lang
from ...models.state_item import StateItem
from ...models.zero_one import ZeroOne
from ...types import UNSET, Response, Unset

# contract: what the spec says about this operation (retries, the schemas of its answers).
_OPERATION = CONTRACT.operation("get_state")


def _get_kwargs(
    *,
    tzid: int | Unset = UNSET,
    message_to_code: ZeroOne | Unset = UNSET,
    orderby: GetStateOrderby | Unset = UNSET,
    msg_list: ZeroOne | Unset = UNSET,
    clean: ZeroOne | Unset = UNSET,
    form: int | Unset = UNSET,
    type_: GetStateType | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["tzid"] = tzid

    json_message_to_code: int | Unset = UNSET
    if not isinstance(message_to_code, Unset):
        json_message_to_code = message_to_code.value

    params["message_to_code"] = json_message_to_code

    json_orderby: str | Unset = UNSET
    if not isinstance(orderby, Unset):
        json_orderby = orderby.value

    params["orderby"] = json_orderby

    json_msg_list: int | Unset = UNSET
    if not isinstance(msg_list, Unset):
        json_msg_list = msg_list.value

    params["msg_list"] = json_msg_list

    json_clean: int | Unset = UNSET
    if not isinstance(clean, Unset):
        json_clean = clean.value

    params["clean"] = json_clean

    params["form"] = form

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_lang: str | Unset = UNSET
    if not isinstance(lang, Unset):
        json_lang = lang.value

    params["lang"] = json_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/getState.php",
        "params": params,
        "extensions": {"tokenkeep.operation": _OPERATION},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[StateItem] | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ApiError | list[StateItem]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_0 = []
                _response_200_type_0 = data
                for response_200_type_0_item_data in _response_200_type_0:
                    response_200_type_0_item = StateItem.from_dict(
                        response_200_type_0_item_data
                    )

                    response_200_type_0.append(response_200_type_0_item)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ApiError.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        from ... import (
            errors,  # the error catalogue loads on the first error, not with every operation
        )

        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


# contract: the success answers only, from a body tokenkeep has decoded and checked against the spec.
def _parse_success(response: Any) -> list[StateItem]:
    if response.status_code == 200:

        def _build_1(response: Any) -> ApiError | list[StateItem]:
            def _parse_response_200(data: object) -> ApiError | list[StateItem]:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    response_200_type_0 = []
                    _response_200_type_0 = data
                    for response_200_type_0_item_data in _response_200_type_0:
                        response_200_type_0_item = StateItem.from_dict(
                            response_200_type_0_item_data
                        )

                        response_200_type_0.append(response_200_type_0_item)

                    return response_200_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = ApiError.from_dict(data)

                return response_200_type_1

            response_200 = _parse_response_200(response.json())

            return response_200

        parsed = _build_1(response)
        if isinstance(parsed, (ApiError)):
            raise TypeError("an error model where the success model was expected")
        return parsed
    raise TypeError(f"no success model for HTTP {response.status_code}")


def _parse_error(client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    return lenient(lambda: _parse_response(client=client, response=response))


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | list[StateItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    tzid: int | Unset = UNSET,
    message_to_code: ZeroOne | Unset = UNSET,
    orderby: GetStateOrderby | Unset = UNSET,
    msg_list: ZeroOne | Unset = UNSET,
    clean: ZeroOne | Unset = UNSET,
    form: int | Unset = UNSET,
    type_: GetStateType | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[ApiError | list[StateItem]]:
    """State of the active operations (and their SMS)

     Success is a bare JSON array (no envelope); failure is an `ApiError` object. `ERROR_NO_OPERATIONS`
    means
    "no active operations" and is best read as an empty list. Inside an item `response` is the operation
    status (`TZ_*`), not a success flag; `time` is seconds left; `number` is international (`+46...`).

    Args:
        tzid (int | Unset):
        message_to_code (ZeroOne | Unset):
        orderby (GetStateOrderby | Unset):
        msg_list (ZeroOne | Unset):
        clean (ZeroOne | Unset):
        form (int | Unset):
        type_ (GetStateType | Unset):
        lang (Lang | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[ApiError | list[StateItem]]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        tzid=tzid,
        message_to_code=message_to_code,
        orderby=orderby,
        msg_list=msg_list,
        clean=clean,
        form=form,
        type_=type_,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    tzid: int | Unset = UNSET,
    message_to_code: ZeroOne | Unset = UNSET,
    orderby: GetStateOrderby | Unset = UNSET,
    msg_list: ZeroOne | Unset = UNSET,
    clean: ZeroOne | Unset = UNSET,
    form: int | Unset = UNSET,
    type_: GetStateType | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> list[StateItem]:
    """State of the active operations (and their SMS)

     Success is a bare JSON array (no envelope); failure is an `ApiError` object. `ERROR_NO_OPERATIONS`
    means
    "no active operations" and is best read as an empty list. Inside an item `response` is the operation
    status (`TZ_*`), not a success flag; `time` is seconds left; `number` is international (`+46...`).

    Args:
        tzid (int | Unset):
        message_to_code (ZeroOne | Unset):
        orderby (GetStateOrderby | Unset):
        msg_list (ZeroOne | Unset):
        clean (ZeroOne | Unset):
        form (int | Unset):
        type_ (GetStateType | Unset):
        lang (Lang | Unset):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.OnlinesimError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        list[StateItem]: the success answer only.
    """

    kwargs = _get_kwargs(
        tzid=tzid,
        message_to_code=message_to_code,
        orderby=orderby,
        msg_list=msg_list,
        clean=clean,
        form=form,
        type_=type_,
        lang=lang,
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
    tzid: int | Unset = UNSET,
    message_to_code: ZeroOne | Unset = UNSET,
    orderby: GetStateOrderby | Unset = UNSET,
    msg_list: ZeroOne | Unset = UNSET,
    clean: ZeroOne | Unset = UNSET,
    form: int | Unset = UNSET,
    type_: GetStateType | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> Response[ApiError | list[StateItem]]:
    """State of the active operations (and their SMS)

     Success is a bare JSON array (no envelope); failure is an `ApiError` object. `ERROR_NO_OPERATIONS`
    means
    "no active operations" and is best read as an empty list. Inside an item `response` is the operation
    status (`TZ_*`), not a success flag; `time` is seconds left; `number` is international (`+46...`).

    Args:
        tzid (int | Unset):
        message_to_code (ZeroOne | Unset):
        orderby (GetStateOrderby | Unset):
        msg_list (ZeroOne | Unset):
        clean (ZeroOne | Unset):
        form (int | Unset):
        type_ (GetStateType | Unset):
        lang (Lang | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.HTTPError: If the request could not be sent or answered (not wrapped: this is the unchecked layer).

    Returns:
        Response[ApiError | list[StateItem]]: every answer, error statuses and error bodies
        included, parsed without checking it against the spec.
    """

    kwargs = _get_kwargs(
        tzid=tzid,
        message_to_code=message_to_code,
        orderby=orderby,
        msg_list=msg_list,
        clean=clean,
        form=form,
        type_=type_,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    tzid: int | Unset = UNSET,
    message_to_code: ZeroOne | Unset = UNSET,
    orderby: GetStateOrderby | Unset = UNSET,
    msg_list: ZeroOne | Unset = UNSET,
    clean: ZeroOne | Unset = UNSET,
    form: int | Unset = UNSET,
    type_: GetStateType | Unset = UNSET,
    lang: Lang | Unset = UNSET,
) -> list[StateItem]:
    """State of the active operations (and their SMS)

     Success is a bare JSON array (no envelope); failure is an `ApiError` object. `ERROR_NO_OPERATIONS`
    means
    "no active operations" and is best read as an empty list. Inside an item `response` is the operation
    status (`TZ_*`), not a success flag; `time` is seconds left; `number` is international (`+46...`).

    Args:
        tzid (int | Unset):
        message_to_code (ZeroOne | Unset):
        orderby (GetStateOrderby | Unset):
        msg_list (ZeroOne | Unset):
        clean (ZeroOne | Unset):
        form (int | Unset):
        type_ (GetStateType | Unset):
        lang (Lang | Unset):

    Raises:
        tokenkeep.APIStatusError: An error status (a subclass per status: BadRequestError, NotFoundError,
            RateLimitError with retry_after, InternalServerError...); `.model` is the spec's error model.
        errors.OnlinesimError: The provider's own error code (`.code`), whatever the HTTP status.
        tokenkeep.APIResponseValidationError: A success status whose body is not what the spec says.
        tokenkeep.APIConnectionError: The request could not be sent or answered (APITimeoutError on a timeout),
            after the retries the operation allows.

    Returns:
        list[StateItem]: the success answer only.
    """

    kwargs = _get_kwargs(
        tzid=tzid,
        message_to_code=message_to_code,
        orderby=orderby,
        msg_list=msg_list,
        clean=clean,
        form=form,
        type_=type_,
        lang=lang,
    )
    response = await CONTRACT.asend(client.get_async_httpx_client(), kwargs, _OPERATION)
    return CONTRACT.result(
        _OPERATION,
        response,
        _parse_success,
        lambda answer: _parse_error(client, answer),
    )
