"""Aeropay money moves, exactly once: one Idempotency-Key per move, replayed until Aeropay answers.

Aeropay stores the answer of a money-moving POST per (merchant, Idempotency-Key) for a day and
answers a repeated key with it (a different body with the same key is AP1400). So a move whose
answer was lost is sent again with the same key, within `MovePolicy.budget`, until an answer
arrives: the payment is made at most once, and the caller learns whether it was. Once the budget
ends, `PaymentOutcomeUnknown` says the key and how to resume with it.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import TypeVar

import aeropay_client
from aeropay_client.api.preauth_transactions import create_preauth_transaction
from aeropay_client.api.transactions import create_payout_transaction, create_transaction, reverse_transaction
from aeropay_client.models import (
    CreatePreauthRequest,
    CreateTransactionRequest,
    PayoutRequest,
    PreauthResponse,
    ReverseTransactionRequest,
    ReverseTransactionResponse,
    TransactionResponse,
)

from .._exceptions import TokenkeepError
from . import (
    DEFAULT_POLICY,
    MovePolicy,
    OutcomeUnknown,
    Receipt,
    Resolver,
    areplay,
    describe,
    logger,
    operation_of,
    replay,
    still_open,
)

T = TypeVar("T")
Api = aeropay_client.Client | aeropay_client.AuthenticatedClient  # the generated functions accept either

PROVIDER = "aeropay"


class PaymentOutcomeUnknown(OutcomeUnknown[Receipt[T]]):
    """No answer from Aeropay within the budget: the payment may or may not have been made.

    `idempotency_key` (also `reference`) is the key every attempt carried. `resolve()` sends the same
    move with the same key again: Aeropay answers with the original transaction if it was made, and
    makes it now if it was not; never twice. A new key would be a new payment.
    """


def _key(idempotency_key: str | None) -> str:
    return idempotency_key if idempotency_key is not None else str(uuid.uuid4())


def _unknown(
    name: str, key: str, sends: int, error: TokenkeepError, policy: MovePolicy, again: Resolver[Receipt[T]]
) -> PaymentOutcomeUnknown[T]:
    unknown: PaymentOutcomeUnknown[T] = PaymentOutcomeUnknown(
        f"aeropay: {name} got no answer within {policy.budget:g}s ({sends} sends, the last ended with "
        f"{describe(error)}); the payment may or may not have been made. Resume it with the same "
        f"Idempotency-Key {key}: call error.resolve(), or tokenkeep.aeropay.{name}(..., idempotency_key={key!r}) "
        "with the same body. Aeropay answers a repeated key with the original transaction, so this cannot pay "
        "twice; a new key would be a new payment",
        provider=PROVIDER,
        reference=key,
        resolver=again,
        operation=operation_of(error),
        known={"idempotency_key": key, "sends": sends},
    )
    unknown.idempotency_key = key
    return unknown


def _move(
    name: str,
    send: Callable[[Api, str], T],
    asend: Callable[[Api, str], Awaitable[T]],
    api: Api,
    key: str,
    policy: MovePolicy,
) -> Receipt[T]:
    sends = 0

    def once() -> T:
        nonlocal sends
        sends += 1
        return send(api, key)

    try:
        result, _ = replay(once, policy)
    except TokenkeepError as error:
        error.idempotency_key = key
        if isinstance(error, OutcomeUnknown) or not still_open(error, replayed=sends > 1):
            raise  # an answer: Aeropay said what it did
        again = Resolver(
            lambda other: _move(name, send, asend, other or api, key, policy),
            lambda other: _amove(name, send, asend, other or api, key, policy),
        )
        raise _unknown(name, key, sends, error, policy, again) from error
    if sends > 1:
        logger.debug("aeropay: %s answered after %d sends with Idempotency-Key %s", name, sends, key)
    return Receipt(result, key, sends)


async def _amove(
    name: str,
    send: Callable[[Api, str], T],
    asend: Callable[[Api, str], Awaitable[T]],
    api: Api,
    key: str,
    policy: MovePolicy,
) -> Receipt[T]:
    sends = 0

    async def once() -> T:
        nonlocal sends
        sends += 1
        return await asend(api, key)

    try:
        result, _ = await areplay(once, policy)
    except TokenkeepError as error:
        error.idempotency_key = key
        if isinstance(error, OutcomeUnknown) or not still_open(error, replayed=sends > 1):
            raise  # an answer: Aeropay said what it did
        again = Resolver(
            lambda other: _move(name, send, asend, other or api, key, policy),
            lambda other: _amove(name, send, asend, other or api, key, policy),
        )
        raise _unknown(name, key, sends, error, policy, again) from error
    if sends > 1:
        logger.debug("aeropay: %s answered after %d sends with Idempotency-Key %s", name, sends, key)
    return Receipt(result, key, sends)


def pay(
    api: Api, body: CreateTransactionRequest, *, idempotency_key: str | None = None, policy: MovePolicy = DEFAULT_POLICY
) -> Receipt[TransactionResponse]:
    """Pay (POST /v2/transaction) at most once; the receipt carries the Idempotency-Key.

    Raises the call's typed error (with `.idempotency_key`) when Aeropay answers one, and
    PaymentOutcomeUnknown when no answer arrived within `policy.budget`.
    """
    return _move(
        "pay",
        lambda client, key: create_transaction.sync(client=client, body=body, idempotency_key=key),
        lambda client, key: create_transaction.asyncio(client=client, body=body, idempotency_key=key),
        api,
        _key(idempotency_key),
        policy,
    )


async def apay(
    api: Api, body: CreateTransactionRequest, *, idempotency_key: str | None = None, policy: MovePolicy = DEFAULT_POLICY
) -> Receipt[TransactionResponse]:
    """As `pay`, async."""
    return await _amove(
        "pay",
        lambda client, key: create_transaction.sync(client=client, body=body, idempotency_key=key),
        lambda client, key: create_transaction.asyncio(client=client, body=body, idempotency_key=key),
        api,
        _key(idempotency_key),
        policy,
    )


def preauthorize(
    api: Api, body: CreatePreauthRequest, *, idempotency_key: str | None = None, policy: MovePolicy = DEFAULT_POLICY
) -> Receipt[PreauthResponse]:
    """Pre-authorize (POST /v2/preauthTransaction) at most once; see `pay`."""
    return _move(
        "preauthorize",
        lambda client, key: create_preauth_transaction.sync(client=client, body=body, idempotency_key=key),
        lambda client, key: create_preauth_transaction.asyncio(client=client, body=body, idempotency_key=key),
        api,
        _key(idempotency_key),
        policy,
    )


async def apreauthorize(
    api: Api, body: CreatePreauthRequest, *, idempotency_key: str | None = None, policy: MovePolicy = DEFAULT_POLICY
) -> Receipt[PreauthResponse]:
    """As `preauthorize`, async."""
    return await _amove(
        "preauthorize",
        lambda client, key: create_preauth_transaction.sync(client=client, body=body, idempotency_key=key),
        lambda client, key: create_preauth_transaction.asyncio(client=client, body=body, idempotency_key=key),
        api,
        _key(idempotency_key),
        policy,
    )


def payout(
    api: Api, body: PayoutRequest, *, idempotency_key: str | None = None, policy: MovePolicy = DEFAULT_POLICY
) -> Receipt[TransactionResponse]:
    """Pay out (POST /v2/payoutTransaction) at most once; see `pay`."""
    return _move(
        "payout",
        lambda client, key: create_payout_transaction.sync(client=client, body=body, idempotency_key=key),
        lambda client, key: create_payout_transaction.asyncio(client=client, body=body, idempotency_key=key),
        api,
        _key(idempotency_key),
        policy,
    )


async def apayout(
    api: Api, body: PayoutRequest, *, idempotency_key: str | None = None, policy: MovePolicy = DEFAULT_POLICY
) -> Receipt[TransactionResponse]:
    """As `payout`, async."""
    return await _amove(
        "payout",
        lambda client, key: create_payout_transaction.sync(client=client, body=body, idempotency_key=key),
        lambda client, key: create_payout_transaction.asyncio(client=client, body=body, idempotency_key=key),
        api,
        _key(idempotency_key),
        policy,
    )


def reverse(
    api: Api,
    body: ReverseTransactionRequest,
    *,
    idempotency_key: str | None = None,
    policy: MovePolicy = DEFAULT_POLICY,
) -> Receipt[ReverseTransactionResponse]:
    """Reverse (POST /v2/reverseTransaction) at most once; see `pay`."""
    return _move(
        "reverse",
        lambda client, key: reverse_transaction.sync(client=client, body=body, idempotency_key=key),
        lambda client, key: reverse_transaction.asyncio(client=client, body=body, idempotency_key=key),
        api,
        _key(idempotency_key),
        policy,
    )


async def areverse(
    api: Api,
    body: ReverseTransactionRequest,
    *,
    idempotency_key: str | None = None,
    policy: MovePolicy = DEFAULT_POLICY,
) -> Receipt[ReverseTransactionResponse]:
    """As `reverse`, async."""
    return await _amove(
        "reverse",
        lambda client, key: reverse_transaction.sync(client=client, body=body, idempotency_key=key),
        lambda client, key: reverse_transaction.asyncio(client=client, body=body, idempotency_key=key),
        api,
        _key(idempotency_key),
        policy,
    )


# Tracebacks show the public path, as tokenkeep's own classes do.
PaymentOutcomeUnknown.__module__ = "tokenkeep.aeropay"
