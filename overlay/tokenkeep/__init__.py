"""tokenkeep: get, cache, share and refresh partner API tokens for httpx clients.

Provider modules build ready clients: ``tokenkeep.airalo.client(id, secret)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._auth import AuthPolicy, TokenAuth
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    AuthError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    LockTimeout,
    NotFoundError,
    Operation,
    PermissionDeniedError,
    ProviderError,
    RateLimitError,
    ScopeError,
    StoreError,
    TokenError,
    TokenkeepError,
    TokenRateLimitError,
    UnprocessableEntityError,
)
from ._manager import RefreshDetails, RefreshHook, RefreshPolicy, Store, TokenManager
from ._money import OutcomeUnknown
from ._options import AuthOptions, ClientOptions
from ._ratelimit import RateLimit
from ._stores import AsyncTokenStore as AsyncTokenStore
from ._stores import FileStore, MemoryStore
from ._stores import TokenStore as TokenStore
from ._token import Token

if TYPE_CHECKING:
    from ._stores.redis import RedisStore

# TokenStore and AsyncTokenStore, the sync and async halves of Store, stay importable; the
# signatures take Store.
__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthError",
    "AuthOptions",
    "AuthPolicy",
    "AuthenticationError",
    "BadRequestError",
    "ClientOptions",
    "ConflictError",
    "FileStore",
    "InternalServerError",
    "LockTimeout",
    "MemoryStore",
    "NotFoundError",
    "Operation",
    "OutcomeUnknown",
    "PermissionDeniedError",
    "ProviderError",
    "RateLimit",
    "RateLimitError",
    "RedisStore",
    "RefreshDetails",
    "RefreshHook",
    "RefreshPolicy",
    "ScopeError",
    "Store",
    "StoreError",
    "Token",
    "TokenAuth",
    "TokenError",
    "TokenManager",
    "TokenRateLimitError",
    "TokenkeepError",
    "UnprocessableEntityError",
    "__version__",
]

# Reprs, tracebacks and docs show the public path, as httpx does.
for _name in (*__all__, "AsyncTokenStore", "TokenStore"):
    _obj = globals().get(_name)
    if isinstance(_obj, type):
        _obj.__module__ = "tokenkeep"


def __getattr__(name: str) -> Any:
    if name == "RedisStore":
        # Imported on first use: redis-py is the optional extra tokenkeep[redis].
        from ._stores.redis import RedisStore

        RedisStore.__module__ = "tokenkeep"
        return RedisStore
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("tokenkeep")
        except PackageNotFoundError:
            return "0+unknown"
    raise AttributeError(f"module 'tokenkeep' has no attribute {name!r}")
