"""The facts of each operation tokenkeep's contract acts on (generated from the spec).

OPERATIONS: the operation's Python name -> (operationId, method, path, safe to repeat, the header whose
value makes it safe to repeat (an idempotency key), transport retries apply).
"""

from tokenkeep._contract import Contract

from .errors import error_class

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
