"""Onlinesim numbers as far as the API allows: getNum has no client reference to find it again by.

getNum is a GET that charges (x-idempotent: false), and nothing in it names the operation before
the answer does. What the account shows is its active operations (getState). So `buy_number`
notes them before the call; after an ambiguous failure it looks again (grace period, a few
lookups within a bound) and returns the one new operation for the same service as if getNum had
answered. No new operation, or more than one (another buyer on the same account, the same service,
at the same time), raises `NumberOutcomeUnknown` with what is known: the candidates' tzids.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import onlinesim_client
from onlinesim_client.api.sms import get_num
from onlinesim_client.api.sms import get_state as get_state_operation
from onlinesim_client.errors import NoOperationsError
from onlinesim_client.models import NumOrdered, StateItem, SuccessFlagType0

from .._exceptions import TokenkeepError
from . import (
    DEFAULT_POLICY,
    MovePolicy,
    OutcomeUnknown,
    Resolver,
    ambiguous,
    apoll,
    areplay,
    describe,
    logger,
    operation_of,
    poll,
    replay,
)

Api = onlinesim_client.Client | onlinesim_client.AuthenticatedClient  # the generated functions accept either

PROVIDER = "onlinesim"


class NumberOutcomeUnknown(OutcomeUnknown[NumOrdered]):
    """getNum failed ambiguously and the account's operations did not say which number it bought.

    `reference` names the service; `known["candidates"]` lists the tzids of the new operations for
    that service (none: perhaps nothing was bought; several: other purchases on the same account
    happened meanwhile). `known["before"]` holds the tzids active before the call; `resolve()`
    compares against them again.
    """


def _active(api: Api) -> list[StateItem]:
    try:
        return get_state_operation.sync(client=api)
    except NoOperationsError:
        return []


async def _aactive(api: Api) -> list[StateItem]:
    try:
        return await get_state_operation.asyncio(client=api)
    except NoOperationsError:
        return []


class _Several(Exception):
    """More than one new operation for the service: which one is ours cannot be told."""

    def __init__(self, candidates: list[int]) -> None:
        super().__init__(candidates)
        self.candidates = candidates


def _new_one(items: Iterable[StateItem], before: frozenset[int], service: str) -> NumOrdered | None:
    new = [
        item for item in items if item.tzid not in before and isinstance(item.service, str) and item.service == service
    ]
    if len(new) > 1:
        raise _Several(sorted(item.tzid for item in new))
    if not new:
        return None
    item = new[0]
    ordered = NumOrdered(response=SuccessFlagType0.VALUE_1, tzid=item.tzid)
    if isinstance(item.number, str):
        ordered.number = item.number
    return ordered


def _unknown(
    service: str,
    before: frozenset[int],
    candidates: list[int],
    lookups: int,
    error: BaseException,
    api: Api,
    policy: MovePolicy,
) -> NumberOutcomeUnknown:
    if candidates:
        said = f"{len(candidates)} new {service} operations appeared meanwhile (tzid {', '.join(map(str, candidates))})"
    else:
        said = f"no new {service} operation appeared within {lookups} lookup(s) in {policy.bound:g}s"
    return NumberOutcomeUnknown(
        f"onlinesim: getNum for {service} failed ambiguously ({describe(error)}) and {said}; getNum has no "
        "reference, so which number (if any) this call bought cannot be told. Check getState before buying "
        "again, or call error.resolve() later",
        provider=PROVIDER,
        reference=service,
        resolver=Resolver(
            lambda other: _resolve(other or api, service, before, policy),
            lambda other: _aresolve(other or api, service, before, policy),
        ),
        operation=operation_of(error),
        known={"service": service, "before": sorted(before), "candidates": candidates, "lookups": lookups},
    )


class _StillUnknown(Exception):
    """resolve() looked and still could not tell (the cause of its OutcomeUnknown)."""


def _resolve(api: Api, service: str, before: frozenset[int], policy: MovePolicy) -> NumOrdered:
    try:
        found = _new_one(_active(api), before, service)
    except _Several as several:
        raise _unknown(service, before, several.candidates, 1, several, api, policy) from several
    except TokenkeepError as error:
        raise _unknown(service, before, [], 1, error, api, policy) from error
    if found is None:
        raise _unknown(service, before, [], 1, _StillUnknown(service), api, policy)
    return found


async def _aresolve(api: Api, service: str, before: frozenset[int], policy: MovePolicy) -> NumOrdered:
    try:
        found = _new_one(await _aactive(api), before, service)
    except _Several as several:
        raise _unknown(service, before, several.candidates, 1, several, api, policy) from several
    except TokenkeepError as error:
        raise _unknown(service, before, [], 1, error, api, policy) from error
    if found is None:
        raise _unknown(service, before, [], 1, _StillUnknown(service), api, policy)
    return found


def buy_number(api: Api, service: str, *, policy: MovePolicy = DEFAULT_POLICY, **params: Any) -> NumOrdered:
    """getNum for `service` (`params`: country, number, reject...) whose outcome is never left open.

    Costs one getState before the purchase. After an ambiguous failure, returns the one new operation
    for `service` if the account shows exactly one; otherwise raises NumberOutcomeUnknown. Definite
    errors (NO_NUMBER, WARNING_LOW_BALANCE...) raise as they are.
    """
    # The snapshot is a read: replayed like a lost answer, and nothing is bought if it fails.
    before = frozenset(item.tzid for item in replay(lambda: _active(api), policy)[0])
    try:
        return get_num.sync(client=api, service=service, **params)
    except TokenkeepError as error:
        if not ambiguous(error):
            raise
        try:
            found, lookups, _ = poll(lambda: _new_one(_active(api), before, service), policy)
        except _Several as several:
            raise _unknown(service, before, several.candidates, 1, error, api, policy) from error
        if found is None:
            raise _unknown(service, before, [], lookups, error, api, policy) from error
        logger.debug(
            "onlinesim: getNum for %s found by getState (tzid %d) after %s", service, found.tzid, describe(error)
        )
        return found


async def abuy_number(api: Api, service: str, *, policy: MovePolicy = DEFAULT_POLICY, **params: Any) -> NumOrdered:
    """As `buy_number`, async."""
    before = frozenset(item.tzid for item in (await areplay(lambda: _aactive(api), policy))[0])
    try:
        return await get_num.asyncio(client=api, service=service, **params)
    except TokenkeepError as error:
        if not ambiguous(error):
            raise

        async def look() -> NumOrdered | None:
            return _new_one(await _aactive(api), before, service)

        try:
            found, lookups, _ = await apoll(look, policy)
        except _Several as several:
            raise _unknown(service, before, several.candidates, 1, error, api, policy) from error
        if found is None:
            raise _unknown(service, before, [], lookups, error, api, policy) from error
        logger.debug(
            "onlinesim: getNum for %s found by getState (tzid %d) after %s", service, found.tzid, describe(error)
        )
        return found


# Tracebacks show the public path, as tokenkeep's own classes do.
NumberOutcomeUnknown.__module__ = "tokenkeep.onlinesim"
