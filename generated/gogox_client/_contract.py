"""The facts of each operation tokenkeep's contract acts on (generated from the spec).

OPERATIONS: the operation's Python name -> (operationId, method, path, safe to repeat, the header whose
value makes it safe to repeat (an idempotency key), transport retries apply).
"""

from tokenkeep import ProviderError
from tokenkeep._contract import Contract


def error_class(code: str | None) -> type[ProviderError]:
    """The class of a provider error code (errors.py, the whole catalogue, loads on the first error)."""
    from .errors import error_class as lookup

    return lookup(code)


OPERATIONS: dict[str, tuple[str, str, str, bool, str | None, bool]] = {
    "cancel_transport_order": (
        "cancelTransportOrder",
        "post",
        "/transport/orders/{order_uuid}/cancel",
        False,
        None,
        True,
    ),
    "create_delivery_order": (
        "createDeliveryOrder",
        "post",
        "/delivery/orders",
        False,
        None,
        True,
    ),
    "create_delivery_quotation": (
        "createDeliveryQuotation",
        "post",
        "/delivery/quotations",
        True,
        None,
        True,
    ),
    "create_transport_order": (
        "createTransportOrder",
        "post",
        "/transport/orders",
        False,
        None,
        True,
    ),
    "create_transport_quotation": (
        "createTransportQuotation",
        "post",
        "/transport/quotations",
        True,
        None,
        True,
    ),
    "get_delivery_order": (
        "getDeliveryOrder",
        "get",
        "/delivery/orders/{order_id}",
        True,
        None,
        True,
    ),
    "get_order_v2": (
        "getOrderV2",
        "get",
        "/api/v2/orders/{order_uuid}",
        True,
        None,
        True,
    ),
    "get_transport_order": (
        "getTransportOrder",
        "get",
        "/transport/orders/{order_uuid}",
        True,
        None,
        True,
    ),
    "request_access_token": (
        "requestAccessToken",
        "post",
        "/oauth/token",
        False,
        None,
        False,
    ),
}

CONTRACT = Contract(
    provider="gogox",
    package=__package__,
    operations=OPERATIONS,
    error_class=error_class,
)
