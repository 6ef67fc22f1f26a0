"""Money moves the caller can trust (issue 19): no double charge, and no "maybe" left to the caller.

A call that spends money can fail *after* the provider acted on it: the answer was lost, came
after the read timeout, or was a 5xx sent once the body had arrived. Sending it again may pay
twice; giving up leaves the caller unable to tell "failed" from "happened". What each API offers
decides what the thin layers over the generated operations do (see docs/money-moves.md):

- Aeropay (`tokenkeep.aeropay.create_transaction`...): an Idempotency-Key, chosen before the first
  attempt and kept on the result and on every error. The move is replayed with that key until
  Aeropay answers or the budget ends (`replay`); Aeropay answers a repeated key with the original
  transaction, so a replay cannot pay twice.
- Airalo (`tokenkeep.airalo.place_order`...): a client reference in the order's `description`. An
  ambiguous failure is followed by a lookup (`GET /v2/orders?filter[description]=`) after a grace
  period (`poll`); the order is never sent again, since a slow order may still land.
- Onlinesim (`tokenkeep.onlinesim.buy_number`): no reference at all; the account's active
  operations before and after the call are compared.

What stays open raises `OutcomeUnknown` (a `tokenkeep.APIError`) carrying what is known and
`resolve()`/`aresolve()`, which look again.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, TypeVar

import attrs
import stamina

from .._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    InternalServerError,
    Operation,
    ProviderError,
    RateLimitError,
    TokenkeepError,
)
from .._retry import NEVER_SENT

T = TypeVar("T")
logger = logging.getLogger("tokenkeep")


@attrs.frozen
class MovePolicy:
    """How long a money move may take to find out what happened.

    `budget`: seconds within which an Aeropay move is replayed with its key. `wait_initial`/`wait_max`:
    the backoff between those replays (stamina's, with jitter). `grace`: seconds before the first
    lookup of an Airalo order or Onlinesim number after an ambiguous failure, and between lookups;
    `lookups`: how many; `bound`: seconds all lookups together may take.
    """

    budget: float = 60.0
    wait_initial: float = 0.5
    wait_max: float = 5.0
    grace: float = 1.0
    lookups: int = 3
    bound: float = 15.0


DEFAULT_POLICY = MovePolicy()


@attrs.frozen
class Receipt(Generic[T]):
    """A money move that happened: the provider's answer and the Idempotency-Key it was sent with.

    `attempts` counts the sends of this call (replays after a lost answer included); the key is what
    a later call passes to find the same move again, or to make sure it is not made twice.
    """

    result: T
    idempotency_key: str
    attempts: int = 1


@attrs.frozen
class Resolver(Generic[T]):
    """How an `OutcomeUnknown` looks again: the same lookup, sync or async, with the call's client or another."""

    sync: Callable[[Any], T]
    asynchronous: Callable[[Any], Awaitable[T]]


class OutcomeUnknown(APIError, Generic[T]):
    """A money move failed ambiguously, and what is known did not settle whether it happened.

    `reference` names the move (Airalo's client reference, Aeropay's Idempotency-Key, Onlinesim's
    service); `known` holds the rest of what is known (candidates, lookups made). `resolve()` (or
    `aresolve()`) looks again: it returns what the move produced once it is found, and raises
    another OutcomeUnknown while it is not. `__cause__` is the failure that left the outcome open.
    """

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        reference: str,
        resolver: Resolver[T],
        operation: Operation | None = None,
        known: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message, provider=provider, operation=operation)
        self.reference = reference
        self.known: dict[str, Any] = dict(known or {})
        self._resolver = resolver

    def resolve(self, client: Any = None) -> T:
        """Look again (sync): the move's result, or another OutcomeUnknown.

        `client`: the generated client to look with; by default the call's own, which must still be open.
        """
        return self._resolver.sync(client)

    async def aresolve(self, client: Any = None) -> T:
        """Look again (async): the move's result, or another OutcomeUnknown (`client` as for `resolve`)."""
        return await self._resolver.asynchronous(client)


def never_sent(error: BaseException) -> bool:
    """The request cannot have reached the provider (no connection could be made)."""
    return isinstance(error, APIConnectionError) and isinstance(error.__cause__, NEVER_SENT)


def ambiguous(error: BaseException) -> bool:
    """The provider may have acted on the request although the caller got no usable answer.

    A lost or late answer, a dropped connection after the request left, a 5xx without the provider's
    own error code, or a success status whose body arrived mangled. A 429, a 4xx and a provider
    error code are answers: the provider says what it did (nothing, for a 429).
    """
    if isinstance(error, ProviderError):
        return False
    if isinstance(error, APIConnectionError):
        return not never_sent(error)
    return isinstance(error, (APIResponseValidationError, InternalServerError))


def still_open(error: BaseException, replayed: bool) -> bool:
    """Does the last failure of a replayed move leave its outcome open?

    Open: no answer (`replayable`), or, once an earlier send may have reached the provider, a failure
    that is not the provider's answer to the move (the token endpoint failed, say). An error status is
    the provider's word on the move (for Aeropay, the stored answer to its key).
    """
    return replayable(error) or (replayed and not isinstance(error, APIStatusError))


def replayable(error: BaseException) -> bool:
    """Worth sending again with the same Idempotency-Key: no answer, a 5xx, a 429, a mangled body."""
    if isinstance(error, ProviderError):
        return False
    return isinstance(error, (APIConnectionError, APIResponseValidationError, InternalServerError, RateLimitError))


class NotYet(Exception):
    """A lookup that did not find the move yet (carried through stamina like a failure)."""


def _retrying(on: Callable[[Exception], bool], attempts: int | None, timeout: float, policy: MovePolicy) -> Any:
    return stamina.retry_context(
        on=on,
        attempts=attempts,
        timeout=timeout,
        wait_initial=policy.wait_initial,
        wait_max=policy.wait_max,
        wait_jitter=policy.wait_initial,
    )


def _lookup_failed(error: Exception) -> bool:
    # A lookup that failed (its own lost answer, even a token failure) is as good as "not found yet":
    # look again, and never let it hide the reference of the move it was looking for.
    return isinstance(error, (NotYet, TokenkeepError))


def _poll_policy(policy: MovePolicy) -> MovePolicy:
    return attrs.evolve(policy, wait_initial=policy.grace, wait_max=policy.grace)


def poll(look: Callable[[], T | None], policy: MovePolicy) -> tuple[T | None, int, Exception | None]:
    """`look()` after `policy.grace`, up to `policy.lookups` times within `policy.bound` seconds.

    Returns (what was found or None, lookups made, the last lookup's error). stamina spaces the
    lookups (grace seconds, with jitter) and bounds them; a lookup's own error is not raised.
    """
    time.sleep(policy.grace)
    made, last = 0, None
    try:
        for attempt in _retrying(_lookup_failed, policy.lookups, policy.bound, _poll_policy(policy)):
            with attempt:
                made += 1
                found = look()
                if found is None:
                    raise NotYet
                return found, made, None
    except (NotYet, TokenkeepError) as error:
        last = None if isinstance(error, NotYet) else error
    return None, made, last


async def apoll(look: Callable[[], Awaitable[T | None]], policy: MovePolicy) -> tuple[T | None, int, Exception | None]:
    """As `poll`, async."""
    await asyncio.sleep(policy.grace)
    made, last = 0, None
    try:
        async for attempt in _retrying(_lookup_failed, policy.lookups, policy.bound, _poll_policy(policy)):
            with attempt:
                made += 1
                found = await look()
                if found is None:
                    raise NotYet
                return found, made, None
    except (NotYet, TokenkeepError) as error:
        last = None if isinstance(error, NotYet) else error
    return None, made, last


def replay(send: Callable[[], T], policy: MovePolicy) -> tuple[T, int]:
    """`send()` until it answers, replaying what `replayable` allows within `policy.budget` seconds.

    Returns (the answer, sends made). The last error is raised when the budget ends; the caller
    decides what it means. Only for sends that carry the same idempotency key on every attempt.
    """
    answers: list[T] = []
    for attempt in _retrying(replayable, None, policy.budget, policy):
        with attempt:
            answers.append(send())
    # stamina stops after the first attempt that did not raise, and re-raises the last error otherwise.
    return answers[0], attempt.num


async def areplay(send: Callable[[], Awaitable[T]], policy: MovePolicy) -> tuple[T, int]:
    """As `replay`, async."""
    answers: list[T] = []
    async for attempt in _retrying(replayable, None, policy.budget, policy):
        with attempt:
            answers.append(await send())
    return answers[0], attempt.num


def operation_of(error: BaseException) -> Operation | None:
    return error.operation if isinstance(error, APIError) else None


def describe(error: BaseException | None) -> str:
    """A short name of a failure for a message (the full error is `__cause__`)."""
    if error is None:
        return "nothing"
    if isinstance(error, APIError) and error.status_code is not None:
        return f"{type(error).__name__} (HTTP {error.status_code})"
    cause = error.__cause__
    return type(error).__name__ + (f" ({type(cause).__name__})" if cause is not None else "")
