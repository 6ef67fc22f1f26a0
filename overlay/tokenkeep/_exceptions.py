"""Every error tokenkeep and the generated clients raise, as one tree::

    TokenkeepError
    ├── APIError                          an API call failed: .provider, .operation (id, method, path), .request
    │   ├── APIConnectionError            the request could not be sent or answered (httpx's error is __cause__)
    │   │   └── APITimeoutError           ... because a timeout ran out (also a TimeoutError)
    │   ├── APIResponseValidationError    a success status whose body is not what the spec says: .json_path,
    │   │                                 .status_code, .content_type, .snippet, .body (bytes)
    │   ├── OutcomeUnknown                a money move failed ambiguously and its outcome is still open:
    │   │                                 .reference, .known, resolve()/aresolve() (tokenkeep._money;
    │   │                                 PaymentOutcomeUnknown, OrderOutcomeUnknown, NumberOutcomeUnknown)
    │   └── APIStatusError                an error answer: .status_code, .headers, .body (bytes), .model, .request_id
    │       ├── BadRequestError           400
    │       ├── AuthenticationError       401
    │       ├── PermissionDeniedError     403
    │       ├── NotFoundError             404
    │       ├── ConflictError             409
    │       ├── UnprocessableEntityError  422
    │       ├── RateLimitError            429 (.retry_after)
    │       │   └── TokenRateLimitError   the token endpoint's rate limit (also a TokenError)
    │       ├── InternalServerError       >= 500
    │       └── ProviderError             the provider's own error code (.code), whatever the HTTP status
    │                                     (200 included); generated per provider from the spec's catalogue:
    │                                     airalo_client.errors.AiraloError, onlinesim_client.errors.OnlinesimError,
    │                                     aeropay_client.errors.AeropayError (one subclass per code family)
    ├── TokenError                        the token endpoint failed or answered something unusable
    │   ├── AuthError                     the provider rejected the credentials or a fresh token
    │   └── TokenRateLimitError           (see above)
    ├── WebhookError                      a webhook delivery cannot be accepted (tokenkeep.webhooks)
    ├── StoreError                        a token store could not be used
    ├── ScopeError                        an operation was called with a token of the wrong scope
    └── LockTimeout                       waiting for another worker's refresh took too long (also a TimeoutError)

A provider error sent with an error status is an instance of both classes: Aeropay's AP302
with HTTP 400 is caught by ``except aeropay_client.errors.AeropayTransactionError`` and by
``except tokenkeep.BadRequestError`` (see `status_error_class`).

The generated clients raise from this tree too (they import tokenkeep's small runtime), so a
bare generated `Client` keeps the same contract without tokenkeep's token management.

Messages say what went wrong and what to do, with at most about 1 KB of a body. They never
contain a token, a secret, an API key or a client id: the request kept on an error is a copy
whose credentials are redacted, and the response body kept on TokenError is the provider's
error body, never a successful token response.
"""

from __future__ import annotations

import threading
from typing import Any, ClassVar

import attrs
import httpx


class TokenkeepError(Exception):
    """Base class of every tokenkeep error."""

    #: The Idempotency-Key of the money move this error ended (Aeropay), None for other calls: send the
    #: same key again to resume the payment without paying twice.
    idempotency_key: str | None = None


@attrs.frozen
class Operation:
    """What the spec says about one operation; the generated code puts it on `request.extensions`.

    `idempotent`: repeating it is safe (`x-idempotent` in the spec, else the HTTP method's meaning).
    `idempotency_header`: a request carrying this header (Aeropay's Idempotency-Key, the same on every
    attempt) is safe to repeat too. `retry`: transport retries apply at all (`x-retry: false` for token
    requests, which tokenkeep's token manager retries itself within its rate-limit budget).
    """

    provider: str
    id: str
    method: str
    path: str
    idempotent: bool = True
    retry: bool = True
    idempotency_header: str | None = None

    def safe_to_repeat(self, request: httpx.Request) -> bool:
        return self.idempotent or (self.idempotency_header is not None and self.idempotency_header in request.headers)

    def __str__(self) -> str:
        return f"{self.id} ({self.method.upper()} {self.path})"


# -- the API errors --------------------------------------------------------------------------


class APIError(TokenkeepError):
    """An API call failed. `operation` is the spec's operation; `request` a copy without credentials.

    Provider errors (`ProviderError` subclasses) also carry `code`, the provider's own error code.
    """

    code: str | None = None
    #: Set when the error ended an `iter_*` iteration (tokenkeep._pagination): the page that failed and
    #: the items the iteration delivered before it; `iter_*(..., start_page=page)` resumes there.
    page: int | None = None
    items_before: int | None = None

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        operation: Operation | None = None,
        request: httpx.Request | None = None,
        code: str | None = None,
        status_code: int | None = None,
        body: Any = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.provider = provider
        self.operation = operation
        self.request = request
        if code is not None:
            self.code = code
        self.status_code = status_code
        self.body = body
        #: The answer, rebuilt from what the error kept: its request is the redacted copy, never the live one.
        self.response = response
        header = operation.idempotency_header if operation is not None else None
        if header is not None and request is not None and header in request.headers:
            self.idempotency_key = request.headers[header]

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""

    def __repr__(self) -> str:
        status = getattr(self, "status_code", None)
        return f"{type(self).__name__}({self.message!r}, provider={self.provider!r}, status_code={status!r})"


class APIConnectionError(APIError):
    """The request could not be sent, or no answer arrived (`__cause__` is httpx's error)."""


class APITimeoutError(APIConnectionError, TimeoutError):
    """A connect, read, write or pool timeout ran out."""


class APIResponseValidationError(APIError):
    """A success status with a body that is not what the spec says (not JSON, truncated, wrong type...).

    `json_path` points at the first problem (`$.data[0].iccid`); `snippet` is at most about 1 KB
    of the body; `body` holds all of it.
    """

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        operation: Operation | None = None,
        request: httpx.Request | None = None,
        status_code: int | None = None,
        headers: httpx.Headers | None = None,
        body: bytes = b"",
        json_path: str = "$",
        content_type: str | None = None,
        snippet: str = "",
    ) -> None:
        super().__init__(
            message, provider=provider, operation=operation, request=request, status_code=status_code, body=body
        )
        self.headers = headers if headers is not None else httpx.Headers()
        self.json_path = json_path
        self.content_type = content_type
        self.snippet = snippet


class APIStatusError(APIError):
    """The provider answered an error: `status_code`, `headers`, `body` (bytes) and `model`.

    `model` is the spec's error model parsed from the body (None where the spec has none, or
    the body is not one); `request_id` the provider's request id header, when it sends one.
    """

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        status_code: int,
        operation: Operation | None = None,
        request: httpx.Request | None = None,
        headers: httpx.Headers | None = None,
        body: Any = b"",
        model: Any = None,
        code: str | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(
            message,
            provider=provider,
            operation=operation,
            request=request,
            code=code,
            status_code=status_code,
            body=body,
            response=response,
        )
        self.headers = headers if headers is not None else httpx.Headers()
        self.model = model

    @property
    def request_id(self) -> str | None:
        for name in ("x-request-id", "request-id", "x-amzn-requestid", "cf-ray"):
            if name in self.headers:
                return self.headers[name]
        return None


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the credentials or token were refused (after tokenkeep's one refresh, if any)."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422."""


class RateLimitError(APIStatusError):
    """HTTP 429, from an API operation or from the token endpoint; `retry_after` in seconds, if sent."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("status_code", 429)
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """HTTP 500 or above."""


class ProviderError(APIStatusError):
    """The provider's own error code (`code`), whatever the HTTP status was (200 included).

    Generated per provider from the spec's `x-error-codes` catalogue. `meaning` is the
    catalogue's explanation of the code, `provider_message` the provider's own message and
    `help` its hint, where sent; `retryable` says whether the same call may succeed later.
    """

    #: The same call may succeed later (the family's default; a catalogue entry may say otherwise).
    retryable: bool = False
    #: The catalogue: code -> (class, meaning, retryable or None for the family's); set on each provider's base.
    codes: ClassVar[dict[str, tuple[type[ProviderError], str, bool | None]]] = {}

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        status_code: int = 200,
        code: str | None = None,
        meaning: str | None = None,
        provider_message: str | None = None,
        help: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(message, provider=provider, status_code=status_code, code=code, **kwargs)
        self.meaning = meaning
        self.provider_message = provider_message
        self.help = help

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, provider={self.provider!r}, code={self.code!r})"


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_class(status_code: int) -> type[APIStatusError]:
    """The class of an error answer with this status and no provider code."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


_combined: dict[tuple[type[ProviderError], type[APIStatusError]], type[ProviderError]] = {}
_combined_lock = threading.Lock()


def status_error_class(provider_class: type[ProviderError], status_code: int) -> type[ProviderError]:
    """`provider_class`, also an instance of the status's class (AP302 with HTTP 400: a BadRequestError too).

    One class per pair, made once and cached, so that `type(a) is type(b)` holds for equal pairs.
    """
    by_status = status_class(status_code)
    if by_status is APIStatusError or issubclass(provider_class, by_status):
        return provider_class
    key = (provider_class, by_status)
    with _combined_lock:
        cls = _combined.get(key)
        if cls is None:
            cls = type(provider_class.__name__, (provider_class, by_status), {"__module__": provider_class.__module__})
            cls.__qualname__ = provider_class.__qualname__
            _combined[key] = cls
        return cls


# -- the token side and the rest ----------------------------------------------------------------


class TokenError(TokenkeepError):
    """The token endpoint failed, or its answer could not be used."""

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        status_code: int | None = None,
        body: Any = None,
        response: httpx.Response | None = None,
        error: str | None = None,
        error_description: str | None = None,
    ) -> None:
        # Not super(): in TokenRateLimitError the next class would be RateLimitError, an API error's
        # constructor; the fields that one sets are set by TokenRateLimitError itself.
        Exception.__init__(self, message)
        self.provider = provider
        self.status_code = status_code
        self.body = body
        self.response = response
        #: RFC 6749 §5.2 `error` and `error_description`, where the provider sends them
        self.error = error
        self.error_description = error_description

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.args[0]!r}, provider={self.provider!r}, status_code={self.status_code!r})"


class AuthError(TokenError):
    """The provider rejected the credentials, a refresh token, or a token it just issued."""


# TokenError.status_code is optional (a token request that never got an answer), an API error's is not.
class TokenRateLimitError(TokenError, RateLimitError):  # type: ignore[misc]
    """A token request would break the token endpoint's rate limit for longer than allowed.

    A TokenError and a RateLimitError: ``except tokenkeep.RateLimitError`` catches every 429.
    `status_code` is 429 when the endpoint answered so, None when tokenkeep's own count of the
    endpoint's limit stopped the request before it was sent.
    """

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        retry_after: float | None = None,
        status_code: int | None = None,
        **kwargs: Any,
    ) -> None:
        TokenError.__init__(self, message, provider=provider, status_code=status_code, **kwargs)
        self.retry_after = retry_after
        self.operation = None
        self.request = None
        self.headers = httpx.Headers()
        self.model = None

    def __repr__(self) -> str:
        return TokenError.__repr__(self)


class StoreError(TokenkeepError):
    """A token store could not be read or written."""


class ScopeError(TokenkeepError):
    """An operation needs a token of another scope than the client was built with."""


class LockTimeout(TokenkeepError, TimeoutError):
    """Another worker's refresh did not finish within the bounded wait."""

    def __init__(self, message: str, *, key_hint: str = "") -> None:
        super().__init__(message)
        self.key_hint = key_hint
