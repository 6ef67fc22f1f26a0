"""Contains all the data models used in inputs/outputs (each loaded on first use)"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .contact import Contact
    from .courier import Courier
    from .courier_location import CourierLocation
    from .delivery_order_request import DeliveryOrderRequest
    from .delivery_package import DeliveryPackage
    from .delivery_quotation import DeliveryQuotation
    from .delivery_quotation_request import DeliveryQuotationRequest
    from .destination_input import DestinationInput
    from .extra_requirements import ExtraRequirements
    from .location import Location
    from .oauth_error import OAuthError
    from .order import Order
    from .order_destination import OrderDestination
    from .order_pickup import OrderPickup
    from .order_webhook_event import OrderWebhookEvent
    from .pickup_input import PickupInput
    from .price import Price
    from .price_breakdown_item import PriceBreakdownItem
    from .token_request import TokenRequest
    from .token_request_form import TokenRequestForm
    from .token_request_grant_type import TokenRequestGrantType
    from .token_response import TokenResponse
    from .transport_order_request import TransportOrderRequest
    from .transport_quotation import TransportQuotation
    from .transport_quotation_request import TransportQuotationRequest

__all__ = (
    "Contact",
    "Courier",
    "CourierLocation",
    "DeliveryOrderRequest",
    "DeliveryPackage",
    "DeliveryQuotation",
    "DeliveryQuotationRequest",
    "DestinationInput",
    "ExtraRequirements",
    "Location",
    "OAuthError",
    "Order",
    "OrderDestination",
    "OrderPickup",
    "OrderWebhookEvent",
    "PickupInput",
    "Price",
    "PriceBreakdownItem",
    "TokenRequest",
    "TokenRequestForm",
    "TokenRequestGrantType",
    "TokenResponse",
    "TransportOrderRequest",
    "TransportQuotation",
    "TransportQuotationRequest",
)

# class name -> its module in this package
_MODULES = {
    "Contact": ".contact",
    "Courier": ".courier",
    "CourierLocation": ".courier_location",
    "DeliveryOrderRequest": ".delivery_order_request",
    "DeliveryPackage": ".delivery_package",
    "DeliveryQuotation": ".delivery_quotation",
    "DeliveryQuotationRequest": ".delivery_quotation_request",
    "DestinationInput": ".destination_input",
    "ExtraRequirements": ".extra_requirements",
    "Location": ".location",
    "OAuthError": ".oauth_error",
    "Order": ".order",
    "OrderDestination": ".order_destination",
    "OrderPickup": ".order_pickup",
    "OrderWebhookEvent": ".order_webhook_event",
    "PickupInput": ".pickup_input",
    "Price": ".price",
    "PriceBreakdownItem": ".price_breakdown_item",
    "TokenRequest": ".token_request",
    "TokenRequestForm": ".token_request_form",
    "TokenRequestGrantType": ".token_request_grant_type",
    "TokenResponse": ".token_response",
    "TransportOrderRequest": ".transport_order_request",
    "TransportQuotation": ".transport_quotation",
    "TransportQuotationRequest": ".transport_quotation_request",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value  # later lookups skip __getattr__
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
