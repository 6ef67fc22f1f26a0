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
    "cancel_future_orders": (
        "cancelFutureOrders",
        "post",
        "/v2/cancel-future-orders",
        False,
        None,
        True,
    ),
    "create_airmoney_voucher": (
        "createAirmoneyVoucher",
        "post",
        "/v2/voucher/airmoney",
        False,
        None,
        True,
    ),
    "create_esim_voucher": (
        "createEsimVoucher",
        "post",
        "/v2/voucher/esim",
        False,
        None,
        True,
    ),
    "create_future_order": (
        "createFutureOrder",
        "post",
        "/v2/future-orders",
        False,
        None,
        True,
    ),
    "get_balance": ("getBalance", "get", "/v2/balance", True, None, True),
    "get_catalog_overrides": (
        "getCatalogOverrides",
        "get",
        "/v2/packages/overrides",
        True,
        None,
        True,
    ),
    "get_exchange_rates": (
        "getExchangeRates",
        "get",
        "/v2/finance/exchange-rates",
        True,
        None,
        True,
    ),
    "get_installation_instructions": (
        "getInstallationInstructions",
        "get",
        "/v2/sims/{sim_iccid}/instructions",
        True,
        None,
        True,
    ),
    "get_notification_opt_in": (
        "getNotificationOptIn",
        "get",
        "/v2/notifications/opt-in",
        True,
        None,
        True,
    ),
    "get_order": ("getOrder", "get", "/v2/orders/{order_id}", True, None, True),
    "get_packages": ("getPackages", "get", "/v2/packages", True, None, True),
    "get_product_information": (
        "getProductInformation",
        "get",
        "/v2/packages/{package_slug}/product-information",
        True,
        None,
        True,
    ),
    "get_sim": ("getSim", "get", "/v2/sims/{sim_iccid}", True, None, True),
    "get_sim_package_history": (
        "getSimPackageHistory",
        "get",
        "/v2/sims/{sim_iccid}/packages",
        True,
        None,
        True,
    ),
    "get_usage": ("getUsage", "get", "/v2/sims/{sim_iccid}/usage", True, None, True),
    "list_compatible_devices": (
        "listCompatibleDevices",
        "get",
        "/v2/compatible-devices",
        True,
        None,
        True,
    ),
    "list_compatible_devices_lite": (
        "listCompatibleDevicesLite",
        "get",
        "/v2/compatible-devices-lite",
        True,
        None,
        True,
    ),
    "list_future_orders": (
        "listFutureOrders",
        "get",
        "/v2/future-orders",
        True,
        None,
        True,
    ),
    "list_orders": ("listOrders", "get", "/v2/orders", True, None, True),
    "list_sim_topups": (
        "listSimTopups",
        "get",
        "/v2/sims/{sim_iccid}/topups",
        True,
        None,
        True,
    ),
    "list_sims": ("listSims", "get", "/v2/sims", True, None, True),
    "opt_in_notification": (
        "optInNotification",
        "post",
        "/v2/notifications/opt-in",
        True,
        None,
        True,
    ),
    "opt_out_notification": (
        "optOutNotification",
        "post",
        "/v2/notifications/opt-out",
        True,
        None,
        True,
    ),
    "request_access_token": (
        "requestAccessToken",
        "post",
        "/v2/token",
        False,
        None,
        False,
    ),
    "request_refund": ("requestRefund", "post", "/v2/refund", False, None, True),
    "simulate_webhook": (
        "simulateWebhook",
        "post",
        "/v2/simulator/webhook",
        False,
        None,
        True,
    ),
    "submit_order": ("submitOrder", "post", "/v2/orders", False, None, True),
    "submit_order_async": (
        "submitOrderAsync",
        "post",
        "/v2/orders-async",
        False,
        None,
        True,
    ),
    "submit_topup_order": (
        "submitTopupOrder",
        "post",
        "/v2/orders/topups",
        False,
        None,
        True,
    ),
    "update_sim_brand": (
        "updateSimBrand",
        "put",
        "/v2/sims/{sim_iccid}/brand",
        True,
        None,
        True,
    ),
}

CONTRACT = Contract(
    provider="airalo",
    package=__package__,
    operations=OPERATIONS,
    error_class=error_class,
)
