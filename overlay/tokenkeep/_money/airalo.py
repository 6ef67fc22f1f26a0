"""Airalo orders without unknown outcomes: a client reference in `description`, found again by it.

Airalo has no idempotency key. Its orders keep a free-text `description`, and GET /v2/orders can
filter on it (`filter[description]`, a substring match), so each order and top-up carries a client
reference there (`tk-<32 hex>`, after the caller's own text). When the order call fails ambiguously
(`ambiguous`: answer lost or late, 5xx, mangled body), the order is looked up by that reference
after a grace period, a few times within a bound: found, it is returned as if nothing had failed;
not found, `OrderOutcomeUnknown` carries the reference and looks again on `resolve()`. The order is
never sent again: a slow order can still land, and a second one would be charged too.

eSIM vouchers (`booking_reference` is echoed, but no endpoint lists vouchers) and Airmoney vouchers
(no reference at all) cannot be found again; they are left to the generated operations.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

import airalo_client
import attrs
from airalo_client.api.orders import list_orders, submit_order
from airalo_client.api.topups import submit_topup_order
from airalo_client.models import Order, OrderRequest, OrderResponse, TopupOrderRequest
from airalo_client.types import Unset

from .._exceptions import TokenkeepError
from . import (
    DEFAULT_POLICY,
    MovePolicy,
    OutcomeUnknown,
    Resolver,
    ambiguous,
    apoll,
    describe,
    logger,
    operation_of,
    poll,
)

Api = airalo_client.Client | airalo_client.AuthenticatedClient  # the generated functions accept either

PROVIDER = "airalo"
#: `tk-` and a UUID4 in hex: unique, and no character that a substring filter or a form would alter.
REFERENCE_RE = re.compile(r"\btk-[0-9a-f]{32}\b")


class OrderOutcomeUnknown(OutcomeUnknown[OrderResponse]):
    """An Airalo order (or top-up) failed ambiguously and was not found by its reference in time.

    `reference` is the client reference in the order's description. `resolve()`/`aresolve()` look it
    up again: the order if it landed meanwhile, else another OrderOutcomeUnknown. Do not re-submit
    the order until a lookup later than any plausible delay still finds nothing.
    """


def new_reference() -> str:
    """A client reference for one order: `tk-` and 32 hex digits."""
    return "tk-" + uuid.uuid4().hex


def with_reference(description: str | Unset, reference: str) -> str:
    """The caller's description (if any) with the reference after it, as the order will carry it."""
    text = description if isinstance(description, str) else ""
    return f"{text} [{reference}]" if text else reference


def reference_of(order: Order) -> str | None:
    """The client reference an order carries in its description, if any."""
    found = REFERENCE_RE.search(order.description) if isinstance(order.description, str) else None
    return found.group(0) if found else None


def _referenced(body: Any, reference: str | None) -> tuple[Any, str]:
    reference = reference or new_reference()
    if not REFERENCE_RE.fullmatch(reference):
        raise ValueError(
            f"an Airalo client reference looks like tk-<32 hex digits> (new_reference()), not {reference!r}"
        )
    tagged = attrs.evolve(body, description=with_reference(body.description, reference))
    tagged.additional_properties = dict(body.additional_properties)
    return tagged, reference


def _found(page: Any, reference: str) -> OrderResponse | None:
    # The filter matches substrings: keep only orders that carry exactly this reference.
    matches = [order for order in page.data if reference_of(order) == reference]
    if not matches:
        return None
    return OrderResponse(data=min(matches, key=lambda order: order.id))


def find_order(api: Api, reference: str) -> OrderResponse | None:
    """The order (with its eSIMs) that carries `reference`, or None (GET /v2/orders, one lookup)."""
    page = list_orders.sync(client=api, filterdescription=reference, include="sims", limit=50)
    return _found(page, reference)


async def afind_order(api: Api, reference: str) -> OrderResponse | None:
    """As `find_order`, async."""
    page = await list_orders.asyncio(client=api, filterdescription=reference, include="sims", limit=50)
    return _found(page, reference)


def _unknown(
    what: str, reference: str, lookups: int, error: BaseException, last: Exception | None, api: Api, policy: MovePolicy
) -> OrderOutcomeUnknown:
    resolver = Resolver(
        lambda other: _resolve(other or api, what, reference, policy),
        lambda other: _aresolve(other or api, what, reference, policy),
    )
    return OrderOutcomeUnknown(
        f"airalo: the {what} with reference {reference} failed ambiguously ({describe(error)}) and was not found "
        f"by {lookups} lookup(s) within {policy.bound:g}s"
        + (f" (last lookup: {describe(last)})" if last else "")
        + "; it may still land. Call error.resolve() later, or look for the reference in GET /v2/orders "
        "(filter[description]); do not submit it again before that",
        provider=PROVIDER,
        reference=reference,
        resolver=resolver,
        operation=operation_of(error),
        known={"what": what, "lookups": lookups},
    )


def _resolve(api: Api, what: str, reference: str, policy: MovePolicy) -> OrderResponse:
    try:
        found = find_order(api, reference)
    except TokenkeepError as error:
        raise _unknown(what, reference, 1, error, error, api, policy) from error
    if found is None:
        raise _unknown(what, reference, 1, _NotFound(reference), None, api, policy)
    return found


async def _aresolve(api: Api, what: str, reference: str, policy: MovePolicy) -> OrderResponse:
    try:
        found = await afind_order(api, reference)
    except TokenkeepError as error:
        raise _unknown(what, reference, 1, error, error, api, policy) from error
    if found is None:
        raise _unknown(what, reference, 1, _NotFound(reference), None, api, policy)
    return found


class _NotFound(Exception):
    """The reference was looked up and not found (the cause of a resolve() that found nothing)."""


def _place(api: Api, what: str, send: Any, body: Any, reference: str | None, policy: MovePolicy) -> OrderResponse:
    tagged, reference = _referenced(body, reference)
    try:
        answer: OrderResponse = send(client=api, body=tagged)
        return answer
    except TokenkeepError as error:
        if not ambiguous(error):
            raise
        found, lookups, last = poll(lambda: find_order(api, reference), policy)
        if found is None:
            raise _unknown(what, reference, lookups, error, last, api, policy) from error
        logger.debug("airalo: %s %s found by its reference after %s", what, reference, describe(error))
        return found


async def _aplace(
    api: Api, what: str, send: Any, body: Any, reference: str | None, policy: MovePolicy
) -> OrderResponse:
    tagged, reference = _referenced(body, reference)
    try:
        answer: OrderResponse = await send(client=api, body=tagged)
        return answer
    except TokenkeepError as error:
        if not ambiguous(error):
            raise
        found, lookups, last = await apoll(lambda: afind_order(api, reference), policy)
        if found is None:
            raise _unknown(what, reference, lookups, error, last, api, policy) from error
        logger.debug("airalo: %s %s found by its reference after %s", what, reference, describe(error))
        return found


def place_order(
    api: Api, body: OrderRequest, *, reference: str | None = None, policy: MovePolicy = DEFAULT_POLICY
) -> OrderResponse:
    """Submit an order (POST /v2/orders) whose outcome is never left open.

    The order's description gets a client reference (`reference`, or a new one) after the caller's
    text. After an ambiguous failure the order is looked up by it and returned if found; otherwise
    OrderOutcomeUnknown is raised. Definite errors (422, business codes, 429) raise as they are.
    """
    return _place(api, "order", submit_order.sync, body, reference, policy)


async def aplace_order(
    api: Api, body: OrderRequest, *, reference: str | None = None, policy: MovePolicy = DEFAULT_POLICY
) -> OrderResponse:
    """As `place_order`, async."""
    return await _aplace(api, "order", submit_order.asyncio, body, reference, policy)


def place_topup(
    api: Api, body: TopupOrderRequest, *, reference: str | None = None, policy: MovePolicy = DEFAULT_POLICY
) -> OrderResponse:
    """Submit a top-up (POST /v2/orders/topups) the same way: a top-up is an order, listed and filtered alike."""
    return _place(api, "top-up", submit_topup_order.sync, body, reference, policy)


async def aplace_topup(
    api: Api, body: TopupOrderRequest, *, reference: str | None = None, policy: MovePolicy = DEFAULT_POLICY
) -> OrderResponse:
    """As `place_topup`, async."""
    return await _aplace(api, "top-up", submit_topup_order.asyncio, body, reference, policy)


__all__ = [
    "OrderOutcomeUnknown",
    "afind_order",
    "aplace_order",
    "aplace_topup",
    "find_order",
    "new_reference",
    "place_order",
    "place_topup",
    "reference_of",
    "with_reference",
]


# Tracebacks show the public path, as tokenkeep's own classes do.
OrderOutcomeUnknown.__module__ = "tokenkeep.airalo"
