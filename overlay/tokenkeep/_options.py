"""The options every provider entry point takes, typed once.

Each entry point spells them `**options: Unpack[ClientOptions]` (or `AuthOptions`), so a
type checker catches a misspelt or mistyped option, and at run time an unknown one is a
TypeError naming it, as for any keyword. Adding an option is one line in one of these
TypedDicts: an option of the generated `Client` (`_ClientExtras`) is passed to it as is.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

import attrs
import httpx

from ._constants import DEFAULT_TIMEOUT, RATE_LIMIT_WAIT, REFRESH_BUFFER, REFRESH_WAIT
from ._manager import RefreshHook, RefreshPolicy, Store
from ._ratelimit import RateLimit
from ._stores import FileStore


class HTTPOptions(TypedDict, total=False):
    """How requests are sent, to the API and to the token endpoint alike."""

    #: seconds or an httpx.Timeout; default DEFAULT_TIMEOUT (30 s, connect 10 s)
    timeout: httpx.Timeout | float | None
    #: more httpx.Client arguments (transport, proxy, verify, event_hooks...); `auth` is ignored
    httpx_args: dict[str, Any] | None


class AuthOptions(HTTPOptions, total=False):
    """Where tokens are kept and when they are refreshed (see RefreshPolicy)."""

    #: default: a FileStore in the user cache directory
    store: Store | None
    #: the token endpoint's rate limit; each provider's documented one by default (None: no limit)
    rate_limit: RateLimit | None
    refresh_buffer: float
    rate_limit_wait: float
    refresh_wait: float
    on_refresh: RefreshHook | None


class _ClientExtras(TypedDict, total=False):
    """Options of the generated `Client` itself, passed to it unchanged."""

    raise_on_unexpected_status: bool
    #: How often the client contract retries what is safe to retry (0 disables; the generated default is 2).
    max_retries: int


class ClientOptions(AuthOptions, _ClientExtras, total=False):
    """Everything `client()` takes: the auth's options and the generated client's."""


class KeyClientOptions(HTTPOptions, _ClientExtras, total=False):
    """A client with a fixed API key (Onlinesim): nothing to cache or refresh."""


#: tokenkeep's defaults for the generated Client's own options (the generator's differ).
CLIENT_DEFAULTS: dict[str, Any] = {"raise_on_unexpected_status": True}

_AUTH_KEYS = AuthOptions.__required_keys__ | AuthOptions.__optional_keys__
_CLIENT_KEYS = _ClientExtras.__required_keys__ | _ClientExtras.__optional_keys__


@attrs.frozen
class Settings:
    """The options of one call, read and completed with defaults."""

    store: Store
    policy: RefreshPolicy
    timeout: httpx.Timeout
    httpx_args: dict[str, Any]
    client_args: dict[str, Any]

    @classmethod
    def read(
        cls,
        where: str,
        options: Mapping[str, Any],
        *,
        accepted: frozenset[str],
        rate_limit: RateLimit | None = None,
    ) -> Settings:
        unknown = sorted(set(options) - accepted)
        if unknown:
            raise TypeError(f"{where}() got an unexpected keyword argument {unknown[0]!r}")
        store = options.get("store")
        httpx_args = dict(options.get("httpx_args") or {})
        httpx_args.pop("auth", None)  # the auth is ours
        return cls(
            store=store if store is not None else FileStore(),
            policy=RefreshPolicy(
                buffer=options.get("refresh_buffer", REFRESH_BUFFER),
                rate_limit=options.get("rate_limit", rate_limit),
                rate_limit_wait=options.get("rate_limit_wait", RATE_LIMIT_WAIT),
                refresh_wait=options.get("refresh_wait", REFRESH_WAIT),
                on_refresh=options.get("on_refresh"),
            ),
            timeout=timeout_or_default(options.get("timeout")),
            httpx_args=httpx_args,
            client_args={**CLIENT_DEFAULTS, **{k: v for k, v in options.items() if k in _CLIENT_KEYS}},
        )


AUTH = frozenset(_AUTH_KEYS)
CLIENT = frozenset(_AUTH_KEYS | _CLIENT_KEYS)
KEY_CLIENT = frozenset(HTTPOptions.__optional_keys__ | _CLIENT_KEYS)


def timeout_or_default(timeout: httpx.Timeout | float | None) -> httpx.Timeout:
    if timeout is None:
        return DEFAULT_TIMEOUT
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
