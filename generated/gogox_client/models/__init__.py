"""Contains all the data models used in inputs/outputs"""

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
from .o_auth_error import OAuthError
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
