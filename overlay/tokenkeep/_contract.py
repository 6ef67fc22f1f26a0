"""The client contract, run by the generated operations: a success model, or an error from one tree.

Each generated package has a `_contract.py` (written by scripts/generate.py) holding one
`Contract`: the operations' facts from the spec, the provider's error catalogue (its
`errors.py`) and, in `_schemas.json`, every success and error-model schema of every operation.
A generated `sync()`/`asyncio()` does::

    response = CONTRACT.send(httpx_client, kwargs, OPERATION)      # httpx errors -> APIConnectionError
    return CONTRACT.result(OPERATION, response, _parse_success, _parse_error)

`result` turns an error status into an `APIStatusError` subclass (with the provider's code,
when the body is one of the spec's error models), a 2xx body that is one of the spec's error
models (Onlinesim's `{"response": "NO_NUMBER"}`, Aeropay's `{"error": {...}}`) into the
provider's `ProviderError`, and a 2xx body that breaks the spec into
`APIResponseValidationError`, before the generated `from_dict` runs.

Validation uses jsonschema-rs (a compiled validator, many times faster than the pure-Python
jsonschema on large bodies), compiled lazily once per operation and status. The schemas were
loosened at generation time: enums dropped (an unknown enum value is kept, not refused) and
`additionalProperties: false` removed (unknown fields are kept).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping
from importlib import resources
from typing import Any, NoReturn, TypeVar

import httpx
import jsonschema_rs

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    Operation,
    ProviderError,
    RateLimitError,
    status_class,
    status_error_class,
)
from ._retry import retry_after

T = TypeVar("T")

#: At most this much of a body goes into a message (the whole body stays on `.body`).
SNIPPET = 1000
REDACTED = "[redacted]"
#: Query parameters and headers that carry credentials; never copied onto an error.
SECRET_PARAMS = frozenset({"apikey", "api_key", "key", "token", "access_token", "client_id", "client_secret"})
SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "x-api-key", "api-key", "apikey", "x-auth-token"}
)


def redacted_request(request: httpx.Request) -> httpx.Request:
    """A copy of `request` without credentials (headers, query) and without its body (it may hold a secret)."""
    url = request.url
    if any(name.lower() in SECRET_PARAMS for name in url.params):
        params = [(k, REDACTED if k.lower() in SECRET_PARAMS else v) for k, v in url.params.multi_items()]
        url = url.copy_with(params=params)
    headers = [(k, REDACTED if k.lower() in SECRET_HEADERS else v) for k, v in request.headers.multi_items()]
    copy = httpx.Request(request.method, url, headers=headers, extensions=dict(request.extensions))
    return copy


def _secrets(request: httpx.Request) -> list[str]:
    """The credential values a request carried, to keep them out of any message built from an echoed body."""
    found: list[str] = []
    for name, value in request.url.params.multi_items():
        if name.lower() in SECRET_PARAMS and len(value) >= 4:
            found.append(value)
    for name, value in request.headers.multi_items():
        if name.lower() in SECRET_HEADERS:
            found.extend(part for part in value.split() if len(part) >= 4)
    return found


def snippet(content: bytes, request: httpx.Request | None = None, limit: int = SNIPPET) -> str:
    """At most `limit` characters of a body, for a message; credentials of the request scrubbed."""
    text = content[: limit * 4].decode("utf-8", "replace")
    if request is not None:
        for secret in _secrets(request):
            text = text.replace(secret, REDACTED)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + f"... ({len(content)} bytes)"


def json_path(path: list[str | int]) -> str:
    """`$.data[0].iccid` from jsonschema-rs's instance path."""
    return "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)


def _pointer(data: Any, path: list[str]) -> Any:
    for part in path:
        if not isinstance(data, dict) or part not in data:
            return None
        data = data[part]
    return data


class Decoded:
    """What the generated `from_dict` code reads (`response.json()`...), decoded only once."""

    def __init__(self, response: httpx.Response, data: Any) -> None:
        self.status_code = response.status_code
        self.headers = response.headers
        self.content = response.content
        self._data = data

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")

    def json(self) -> Any:
        return self._data


class Contract:
    """One generated package's operations, schemas and error catalogue (see the module docstring)."""

    def __init__(
        self,
        *,
        provider: str,
        package: str,
        operations: Mapping[str, tuple[str, str, str, bool, str | None, bool]],
        error_class: Callable[[str | None], type[ProviderError]],
    ) -> None:
        self.provider = provider
        self.package = package
        self._operations = operations
        self._error_class = error_class
        self._schemas: dict[str, Any] | None = None
        self._validators: dict[tuple[str, str], Any] = {}
        self._lock = threading.Lock()

    def operation(self, name: str) -> Operation:
        """The facts of the operation whose generated module is `name`."""
        operation_id, method, path, idempotent, key_header, retry = self._operations[name]
        return Operation(self.provider, operation_id, method, path, idempotent, retry, key_header)

    # -- sending -------------------------------------------------------------------------------

    def _connection_error(self, operation: Operation, exc: httpx.HTTPError) -> APIConnectionError:
        try:
            request: httpx.Request | None = redacted_request(exc.request)
        except RuntimeError:  # an error raised before a request existed
            request = None
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        what = "timed out" if cls is APITimeoutError else "could not be completed"
        return cls(
            f"{self.provider}: {operation} {what}: {type(exc).__name__}"
            + ("" if cls is APITimeoutError else "; check the base URL and the network"),
            provider=self.provider,
            operation=operation,
            request=request,
        )

    def send(self, client: httpx.Client, kwargs: dict[str, Any], operation: Operation) -> httpx.Response:
        try:
            return client.request(**kwargs)
        except httpx.HTTPError as exc:
            raise self._connection_error(operation, exc) from exc

    async def asend(self, client: httpx.AsyncClient, kwargs: dict[str, Any], operation: Operation) -> httpx.Response:
        try:
            return await client.request(**kwargs)
        except httpx.HTTPError as exc:
            raise self._connection_error(operation, exc) from exc

    # -- schemas ---------------------------------------------------------------------------------

    def _load(self) -> dict[str, Any]:
        if self._schemas is None:
            with self._lock:
                if self._schemas is None:
                    text = resources.files(self.package).joinpath("_schemas.json").read_text("utf-8")
                    self._schemas = json.loads(text)
        return self._schemas

    def _entry(self, operation: Operation) -> dict[str, Any]:
        entry: dict[str, Any] = self._load()["operations"].get(operation.id, {})
        return entry

    def _validator(self, key: tuple[str, str], schema: dict[str, Any]) -> Any:
        validator = self._validators.get(key)
        if validator is None:
            root = {**schema, "components": self._load()["components"]}
            validator = jsonschema_rs.validator_for(root)
            self._validators[key] = validator
        return validator

    @staticmethod
    def _by_status(table: Mapping[str, Any], status: int) -> Any:
        for key in (str(status), f"{status // 100}XX", "default"):
            if key in table:
                return table[key]
        return None

    # -- answers ---------------------------------------------------------------------------------

    def result(
        self,
        operation: Operation,
        response: httpx.Response,
        parse_success: Callable[[Decoded], T],
        parse_error: Callable[[httpx.Response], Any],
    ) -> T:
        """The success model(s) of a 2xx answer; anything else raises (see the module docstring)."""
        status = response.status_code
        if not 200 <= status < 300:
            raise self.status_error(operation, response, parse_error(response))
        entry = self._entry(operation)
        success = self._by_status(entry.get("success", {}), status)
        if success is None:
            self._invalid(operation, response, f"HTTP {status} is not a success status of this operation")
        data: Any = None
        if success["json"]:
            data = self._decode(operation, response)
            self._raise_error_model(operation, response, data, self._by_status(entry.get("errors", {}), status))
            if success["schema"] is not None:
                self._check(operation, response, data, (operation.id, str(status)), success["schema"])
        try:
            return parse_success(Decoded(response, data))
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
            # The schema check passed but the generated model still refused the body: say where it failed.
            self._invalid(operation, response, f"the body does not fit the model ({type(exc).__name__}: {exc})")

    def _invalid(self, operation: Operation, response: httpx.Response, problem: str, path: str = "$") -> NoReturn:
        request = redacted_request(response.request)
        ctype = response.headers.get("content-type")
        text = snippet(response.content, response.request)
        raise APIResponseValidationError(
            f"{self.provider}: {operation} answered HTTP {response.status_code} with a body that breaks the spec "
            f"at {path}: {problem}" + (f"; body: {text}" if text else "; empty body"),
            provider=self.provider,
            operation=operation,
            request=request,
            status_code=response.status_code,
            headers=response.headers,
            body=response.content,
            json_path=path,
            content_type=ctype,
            snippet=text,
        )

    def _decode(self, operation: Operation, response: httpx.Response) -> Any:
        if not response.content.strip():
            self._invalid(operation, response, "the body is empty where JSON is promised")
        try:
            return json.loads(response.content)
        except (ValueError, RecursionError) as exc:
            ctype = response.headers.get("content-type") or "no content type"
            self._invalid(operation, response, f"the body is not JSON ({ctype}): {exc}")

    def _check(self, operation: Operation, response: httpx.Response, data: Any, key: Any, schema: Any) -> None:
        validator = self._validator(key, schema)
        if validator.is_valid(data):
            return
        error = next(iter(validator.iter_errors(data)))
        self._invalid(operation, response, error.message[:300], json_path(list(error.instance_path)))

    def _match_error_model(self, data: Any, specs: list[dict[str, Any]] | None) -> dict[str, Any] | None:
        """The first of the spec's error models that `data` is, with its code; None if none."""
        if not specs or not isinstance(data, dict):
            return None
        for spec in specs:
            if not self._validator(("error-model", spec["name"]), spec["schema"]).is_valid(data):
                continue
            code = next((c for c in (_pointer(data, p) for p in spec["code"]) if isinstance(c, (str, int))), None)
            if code is not None and str(code) in spec["except"]:
                continue
            message = next((m for m in (_pointer(data, p) for p in spec["message"]) if isinstance(m, str)), None)
            help_ = next((h for h in (_pointer(data, p) for p in spec["help"]) if isinstance(h, str)), None)
            return {"code": None if code is None else str(code), "message": message, "help": help_}
        return None

    def _raise_error_model(
        self, operation: Operation, response: httpx.Response, data: Any, specs: list[dict[str, Any]] | None
    ) -> None:
        found = self._match_error_model(data, specs)
        if found is not None:
            raise self._provider_error(operation, response, found, model=None)

    def _provider_error(
        self, operation: Operation, response: httpx.Response, found: dict[str, Any], model: Any
    ) -> ProviderError:
        code = found["code"]
        base = self._error_class(code)
        cls = status_error_class(base, response.status_code)
        _, meaning, retryable = base.codes.get(code, (base, None, None)) if code is not None else (base, None, None)
        said = found["message"] or meaning or "no message"
        text = f"{code}: {said}" if code else said
        status = response.status_code
        error = cls(
            f"{self.provider}: {operation} answered HTTP {status} with {text}"
            + (f" ({meaning})" if meaning and meaning != said else ""),
            **self._error_fields(operation, response, model),
            code=code,
            meaning=meaning,
            provider_message=found["message"],
            help=found["help"],
        )
        if retryable is not None:  # the catalogue's word on this code beats its family's
            error.retryable = retryable
        return error

    def _error_fields(self, operation: Operation, response: httpx.Response, model: Any) -> dict[str, Any]:
        request = redacted_request(response.request)
        content = response.content
        kept = httpx.Response(response.status_code, headers=response.headers, content=content, request=request)
        return {
            "provider": self.provider,
            "status_code": response.status_code,
            "operation": operation,
            "request": request,
            "headers": response.headers,
            "body": content,
            "model": model,
            "response": kept,
        }

    def status_error(self, operation: Operation, response: httpx.Response, model: Any) -> APIStatusError:
        """The typed error of an error answer: the provider's code where the body has one, else by status."""
        response.read()
        status = response.status_code
        data: Any = None
        try:
            data = json.loads(response.content) if response.content else None
        except (ValueError, RecursionError):
            data = None
        entry = self._entry(operation)
        found = self._match_error_model(data, self._by_status(entry.get("errors", {}), status))
        if found is None:
            found = self._match_error_model(data, self._load().get("error_models"))
        if found is not None:
            error = self._provider_error(operation, response, found, model)
            if isinstance(error, RateLimitError):
                error.retry_after = retry_after(response.headers)
            return error
        cls = status_class(status)
        text = snippet(response.content, response.request)
        message = f"{self.provider}: {operation} answered HTTP {status}" + (f"; body: {text}" if text else "")
        fields = self._error_fields(operation, response, model)
        if cls is RateLimitError:
            wait = retry_after(response.headers)
            return RateLimitError(
                message + (f"; retry after {wait:.0f}s" if wait is not None else ""), retry_after=wait, **fields
            )
        return cls(message, **fields)


def lenient(parse: Callable[[], T]) -> T | None:
    """The spec's error model of an error answer, or None when the body is not one (never raises)."""
    try:
        return parse()
    except Exception:  # a body of any shape: the status error is raised either way
        return None
