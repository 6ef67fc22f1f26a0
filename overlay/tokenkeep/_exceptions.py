"""Every error tokenkeep raises, as one tree::

    TokenkeepError
    ├── TokenError            the token endpoint failed or answered something unusable
    │   ├── AuthError         the provider rejected the credentials or a fresh token
    │   └── RateLimitError    the token endpoint's rate limit does not allow a request in time
    ├── APIError              an API call answered with the provider's error (HTTP 200 included)
    ├── StoreError            a token store could not be used
    ├── ScopeError            an operation was called with a token of the wrong scope
    └── LockTimeout           waiting for another worker's refresh took too long (also a TimeoutError)

Messages say what went wrong and what to do. They never contain a token, a secret
or a client id: the response body kept on TokenError is the provider's error body,
never a successful token response.
"""

from __future__ import annotations

from typing import Any

import httpx


class TokenkeepError(Exception):
    """Base class of every tokenkeep error."""


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
        super().__init__(message)
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


class RateLimitError(TokenError):
    """A token request would break the token endpoint's rate limit for longer than allowed."""

    def __init__(self, message: str, *, provider: str, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, provider=provider, **kwargs)
        self.retry_after = retry_after


class APIError(TokenkeepError):
    """An API call was answered with the provider's error, whatever its HTTP status.

    Provider modules raise subclasses (e.g. one per error code family); `code`
    is the provider's own error code as text, `body` the decoded error body.
    """

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        code: str | None = None,
        status_code: int | None = None,
        body: Any = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.provider = provider
        self.code = code
        self.status_code = status_code
        self.body = body
        self.response = response

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.args[0]!r}, provider={self.provider!r}, code={self.code!r})"


class StoreError(TokenkeepError):
    """A token store could not be read or written."""


class ScopeError(TokenkeepError):
    """An operation needs a token of another scope than the client was built with."""


class LockTimeout(TokenkeepError, TimeoutError):
    """Another worker's refresh did not finish within the bounded wait."""

    def __init__(self, message: str, *, key_hint: str = "") -> None:
        super().__init__(message)
        self.key_hint = key_hint
