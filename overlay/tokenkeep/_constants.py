"""Defaults, in one place so that users and tests can see what they are."""

from __future__ import annotations

import httpx

#: Every request gets a finite timeout: the generated clients default to none.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

#: Refresh this long before a token expires, capped at half its lifetime so that a
#: short-lived token is not refreshed on every call.
REFRESH_BUFFER = 300.0

#: A token is treated as expired this long before its stated expiry (clock skew and
#: time in flight), capped at a tenth of its lifetime.
EXPIRY_SKEW = 10.0

#: How long a caller waits for another thread, task or process to finish a refresh.
REFRESH_WAIT = 60.0

#: How long a refresh may be delayed to respect the token endpoint's rate limit
#: (including a Retry-After) before the caller gets RateLimitError instead.
RATE_LIMIT_WAIT = 90.0

#: A token endpoint that keeps answering 429 gets this many requests from one refresh, at most,
#: each after its Retry-After and at least a pause that doubles from TOKEN_429_BACKOFF seconds;
#: then RateLimitError (and earlier if the waits would exceed RATE_LIMIT_WAIT).
TOKEN_429_ATTEMPTS = 5
TOKEN_429_BACKOFF = 0.25

#: After a proactive refresh fails, the still-valid token is used and the next
#: attempt waits this long (at most) so the token endpoint is not hammered.
PROACTIVE_RETRY_DELAY = 30.0

#: Key prefix shared by every store; the version changes if the record format does.
KEY_PREFIX = "tokenkeep:v1"

#: A token request that could not connect never reached the provider (no rate-limit slot used
#: there): it is retried this many times in all, within this many seconds.
CONNECT_ATTEMPTS = 3
CONNECT_RETRY_TIMEOUT = 10.0
