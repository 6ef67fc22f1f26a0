"""Contains all the data models used in inputs/outputs (each loaded on first use)"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .airmoney_voucher import AirmoneyVoucher
    from .airmoney_voucher_request import AirmoneyVoucherRequest
    from .airmoney_voucher_response import AirmoneyVoucherResponse
    from .apn_setting import ApnSetting
    from .apn_settings import ApnSettings
    from .async_order_accepted import AsyncOrderAccepted
    from .async_order_accepted_response import AsyncOrderAcceptedResponse
    from .async_order_failure import AsyncOrderFailure
    from .async_order_request import AsyncOrderRequest
    from .async_order_result import AsyncOrderResult
    from .async_order_webhook import AsyncOrderWebhook
    from .async_orders_opt_in import AsyncOrdersOptIn
    from .balance import Balance
    from .balance_amount import BalanceAmount
    from .balance_data import BalanceData
    from .balance_response import BalanceResponse
    from .business_error import BusinessError
    from .cancel_future_orders_request import CancelFutureOrdersRequest
    from .cancel_future_orders_response import CancelFutureOrdersResponse
    from .catalog_override import CatalogOverride
    from .catalog_overrides_response import CatalogOverridesResponse
    from .compatible_device import CompatibleDevice
    from .compatible_device_list_response import CompatibleDeviceListResponse
    from .coverage import Coverage
    from .credit_limit_email_opt_in import CreditLimitEmailOptIn
    from .credit_limit_level import CreditLimitLevel
    from .credit_limit_webhook import CreditLimitWebhook
    from .credit_limit_webhook_opt_in import CreditLimitWebhookOptIn
    from .currency_map import CurrencyMap
    from .empty_object import EmptyObject
    from .error_with_empty_data import ErrorWithEmptyData
    from .esim_voucher import EsimVoucher
    from .esim_voucher_item import EsimVoucherItem
    from .esim_voucher_request import EsimVoucherRequest
    from .esim_voucher_response import EsimVoucherResponse
    from .exchange_rate import ExchangeRate
    from .exchange_rates import ExchangeRates
    from .exchange_rates_response import ExchangeRatesResponse
    from .future_order import FutureOrder
    from .future_order_created import FutureOrderCreated
    from .future_order_list_response import FutureOrderListResponse
    from .future_order_request import FutureOrderRequest
    from .future_order_response import FutureOrderResponse
    from .future_order_status_filter import FutureOrderStatusFilter
    from .image import Image
    from .installation_guides import InstallationGuides
    from .installation_instruction import InstallationInstruction
    from .instruction_steps import InstructionSteps
    from .instructions import Instructions
    from .instructions_data import InstructionsData
    from .instructions_response import InstructionsResponse
    from .low_data_email_opt_in import LowDataEmailOptIn
    from .low_data_webhook import LowDataWebhook
    from .low_data_webhook_opt_in import LowDataWebhookOptIn
    from .manual_installation import ManualInstallation
    from .message_error import MessageError
    from .meta import Meta
    from .min_price import MinPrice
    from .network import Network
    from .network_setup import NetworkSetup
    from .notification_data import NotificationData
    from .notification_opt_out_request import NotificationOptOutRequest
    from .notification_response import NotificationResponse
    from .notification_subscription import NotificationSubscription
    from .notification_type import NotificationType
    from .operator import Operator
    from .operator_country import OperatorCountry
    from .order import Order
    from .order_list_response import OrderListResponse
    from .order_request import OrderRequest
    from .order_response import OrderResponse
    from .order_status import OrderStatus
    from .order_user import OrderUser
    from .package import Package
    from .package_countries_by_index import PackageCountriesByIndex
    from .package_country import PackageCountry
    from .package_list_response import PackageListResponse
    from .package_prices import PackagePrices
    from .package_summary import PackageSummary
    from .package_type_filter import PackageTypeFilter
    from .pagination_links import PaginationLinks
    from .pagination_meta import PaginationMeta
    from .pricing_info import PricingInfo
    from .product_information import ProductInformation
    from .product_information_response import ProductInformationResponse
    from .qr_code_installation import QrCodeInstallation
    from .rate_limit_error import RateLimitError
    from .reason_only_error import ReasonOnlyError
    from .refund import Refund
    from .refund_reason import RefundReason
    from .refund_request import RefundRequest
    from .refund_request_form import RefundRequestForm
    from .refund_response import RefundResponse
    from .sharing_option import SharingOption
    from .sim import Sim
    from .sim_brand import SimBrand
    from .sim_brand_response import SimBrandResponse
    from .sim_list_response import SimListResponse
    from .sim_order_type import SimOrderType
    from .sim_package_history_item import SimPackageHistoryItem
    from .sim_package_history_response import SimPackageHistoryResponse
    from .sim_response import SimResponse
    from .sim_sharing import SimSharing
    from .simple_error import SimpleError
    from .simulate_async_order_webhook import SimulateAsyncOrderWebhook
    from .simulate_credit_limit_webhook import SimulateCreditLimitWebhook
    from .simulate_low_data_webhook import SimulateLowDataWebhook
    from .simulate_low_data_webhook_type import SimulateLowDataWebhookType
    from .simulator_response import SimulatorResponse
    from .token_data import TokenData
    from .token_request import TokenRequest
    from .token_request_grant_type import TokenRequestGrantType
    from .token_response import TokenResponse
    from .topup_order_request import TopupOrderRequest
    from .topup_package_list_response import TopupPackageListResponse
    from .update_sim_brand_request import UpdateSimBrandRequest
    from .usage import Usage
    from .usage_response import UsageResponse
    from .validation_error import ValidationError
    from .validation_error_fields import ValidationErrorFields

__all__ = (
    "AirmoneyVoucher",
    "AirmoneyVoucherRequest",
    "AirmoneyVoucherResponse",
    "ApnSetting",
    "ApnSettings",
    "AsyncOrderAccepted",
    "AsyncOrderAcceptedResponse",
    "AsyncOrderFailure",
    "AsyncOrderRequest",
    "AsyncOrderResult",
    "AsyncOrdersOptIn",
    "AsyncOrderWebhook",
    "Balance",
    "BalanceAmount",
    "BalanceData",
    "BalanceResponse",
    "BusinessError",
    "CancelFutureOrdersRequest",
    "CancelFutureOrdersResponse",
    "CatalogOverride",
    "CatalogOverridesResponse",
    "CompatibleDevice",
    "CompatibleDeviceListResponse",
    "Coverage",
    "CreditLimitEmailOptIn",
    "CreditLimitLevel",
    "CreditLimitWebhook",
    "CreditLimitWebhookOptIn",
    "CurrencyMap",
    "EmptyObject",
    "ErrorWithEmptyData",
    "EsimVoucher",
    "EsimVoucherItem",
    "EsimVoucherRequest",
    "EsimVoucherResponse",
    "ExchangeRate",
    "ExchangeRates",
    "ExchangeRatesResponse",
    "FutureOrder",
    "FutureOrderCreated",
    "FutureOrderListResponse",
    "FutureOrderRequest",
    "FutureOrderResponse",
    "FutureOrderStatusFilter",
    "Image",
    "InstallationGuides",
    "InstallationInstruction",
    "Instructions",
    "InstructionsData",
    "InstructionsResponse",
    "InstructionSteps",
    "LowDataEmailOptIn",
    "LowDataWebhook",
    "LowDataWebhookOptIn",
    "ManualInstallation",
    "MessageError",
    "Meta",
    "MinPrice",
    "Network",
    "NetworkSetup",
    "NotificationData",
    "NotificationOptOutRequest",
    "NotificationResponse",
    "NotificationSubscription",
    "NotificationType",
    "Operator",
    "OperatorCountry",
    "Order",
    "OrderListResponse",
    "OrderRequest",
    "OrderResponse",
    "OrderStatus",
    "OrderUser",
    "Package",
    "PackageCountriesByIndex",
    "PackageCountry",
    "PackageListResponse",
    "PackagePrices",
    "PackageSummary",
    "PackageTypeFilter",
    "PaginationLinks",
    "PaginationMeta",
    "PricingInfo",
    "ProductInformation",
    "ProductInformationResponse",
    "QrCodeInstallation",
    "RateLimitError",
    "ReasonOnlyError",
    "Refund",
    "RefundReason",
    "RefundRequest",
    "RefundRequestForm",
    "RefundResponse",
    "SharingOption",
    "Sim",
    "SimBrand",
    "SimBrandResponse",
    "SimListResponse",
    "SimOrderType",
    "SimPackageHistoryItem",
    "SimPackageHistoryResponse",
    "SimpleError",
    "SimResponse",
    "SimSharing",
    "SimulateAsyncOrderWebhook",
    "SimulateCreditLimitWebhook",
    "SimulateLowDataWebhook",
    "SimulateLowDataWebhookType",
    "SimulatorResponse",
    "TokenData",
    "TokenRequest",
    "TokenRequestGrantType",
    "TokenResponse",
    "TopupOrderRequest",
    "TopupPackageListResponse",
    "UpdateSimBrandRequest",
    "Usage",
    "UsageResponse",
    "ValidationError",
    "ValidationErrorFields",
)

# class name -> its module in this package
_MODULES = {
    "AirmoneyVoucher": ".airmoney_voucher",
    "AirmoneyVoucherRequest": ".airmoney_voucher_request",
    "AirmoneyVoucherResponse": ".airmoney_voucher_response",
    "ApnSetting": ".apn_setting",
    "ApnSettings": ".apn_settings",
    "AsyncOrderAccepted": ".async_order_accepted",
    "AsyncOrderAcceptedResponse": ".async_order_accepted_response",
    "AsyncOrderFailure": ".async_order_failure",
    "AsyncOrderRequest": ".async_order_request",
    "AsyncOrderResult": ".async_order_result",
    "AsyncOrderWebhook": ".async_order_webhook",
    "AsyncOrdersOptIn": ".async_orders_opt_in",
    "Balance": ".balance",
    "BalanceAmount": ".balance_amount",
    "BalanceData": ".balance_data",
    "BalanceResponse": ".balance_response",
    "BusinessError": ".business_error",
    "CancelFutureOrdersRequest": ".cancel_future_orders_request",
    "CancelFutureOrdersResponse": ".cancel_future_orders_response",
    "CatalogOverride": ".catalog_override",
    "CatalogOverridesResponse": ".catalog_overrides_response",
    "CompatibleDevice": ".compatible_device",
    "CompatibleDeviceListResponse": ".compatible_device_list_response",
    "Coverage": ".coverage",
    "CreditLimitEmailOptIn": ".credit_limit_email_opt_in",
    "CreditLimitLevel": ".credit_limit_level",
    "CreditLimitWebhook": ".credit_limit_webhook",
    "CreditLimitWebhookOptIn": ".credit_limit_webhook_opt_in",
    "CurrencyMap": ".currency_map",
    "EmptyObject": ".empty_object",
    "ErrorWithEmptyData": ".error_with_empty_data",
    "EsimVoucher": ".esim_voucher",
    "EsimVoucherItem": ".esim_voucher_item",
    "EsimVoucherRequest": ".esim_voucher_request",
    "EsimVoucherResponse": ".esim_voucher_response",
    "ExchangeRate": ".exchange_rate",
    "ExchangeRates": ".exchange_rates",
    "ExchangeRatesResponse": ".exchange_rates_response",
    "FutureOrder": ".future_order",
    "FutureOrderCreated": ".future_order_created",
    "FutureOrderListResponse": ".future_order_list_response",
    "FutureOrderRequest": ".future_order_request",
    "FutureOrderResponse": ".future_order_response",
    "FutureOrderStatusFilter": ".future_order_status_filter",
    "Image": ".image",
    "InstallationGuides": ".installation_guides",
    "InstallationInstruction": ".installation_instruction",
    "InstructionSteps": ".instruction_steps",
    "Instructions": ".instructions",
    "InstructionsData": ".instructions_data",
    "InstructionsResponse": ".instructions_response",
    "LowDataEmailOptIn": ".low_data_email_opt_in",
    "LowDataWebhook": ".low_data_webhook",
    "LowDataWebhookOptIn": ".low_data_webhook_opt_in",
    "ManualInstallation": ".manual_installation",
    "MessageError": ".message_error",
    "Meta": ".meta",
    "MinPrice": ".min_price",
    "Network": ".network",
    "NetworkSetup": ".network_setup",
    "NotificationData": ".notification_data",
    "NotificationOptOutRequest": ".notification_opt_out_request",
    "NotificationResponse": ".notification_response",
    "NotificationSubscription": ".notification_subscription",
    "NotificationType": ".notification_type",
    "Operator": ".operator",
    "OperatorCountry": ".operator_country",
    "Order": ".order",
    "OrderListResponse": ".order_list_response",
    "OrderRequest": ".order_request",
    "OrderResponse": ".order_response",
    "OrderStatus": ".order_status",
    "OrderUser": ".order_user",
    "Package": ".package",
    "PackageCountriesByIndex": ".package_countries_by_index",
    "PackageCountry": ".package_country",
    "PackageListResponse": ".package_list_response",
    "PackagePrices": ".package_prices",
    "PackageSummary": ".package_summary",
    "PackageTypeFilter": ".package_type_filter",
    "PaginationLinks": ".pagination_links",
    "PaginationMeta": ".pagination_meta",
    "PricingInfo": ".pricing_info",
    "ProductInformation": ".product_information",
    "ProductInformationResponse": ".product_information_response",
    "QrCodeInstallation": ".qr_code_installation",
    "RateLimitError": ".rate_limit_error",
    "ReasonOnlyError": ".reason_only_error",
    "Refund": ".refund",
    "RefundReason": ".refund_reason",
    "RefundRequest": ".refund_request",
    "RefundRequestForm": ".refund_request_form",
    "RefundResponse": ".refund_response",
    "SharingOption": ".sharing_option",
    "Sim": ".sim",
    "SimBrand": ".sim_brand",
    "SimBrandResponse": ".sim_brand_response",
    "SimListResponse": ".sim_list_response",
    "SimOrderType": ".sim_order_type",
    "SimPackageHistoryItem": ".sim_package_history_item",
    "SimPackageHistoryResponse": ".sim_package_history_response",
    "SimResponse": ".sim_response",
    "SimSharing": ".sim_sharing",
    "SimpleError": ".simple_error",
    "SimulateAsyncOrderWebhook": ".simulate_async_order_webhook",
    "SimulateCreditLimitWebhook": ".simulate_credit_limit_webhook",
    "SimulateLowDataWebhook": ".simulate_low_data_webhook",
    "SimulateLowDataWebhookType": ".simulate_low_data_webhook_type",
    "SimulatorResponse": ".simulator_response",
    "TokenData": ".token_data",
    "TokenRequest": ".token_request",
    "TokenRequestGrantType": ".token_request_grant_type",
    "TokenResponse": ".token_response",
    "TopupOrderRequest": ".topup_order_request",
    "TopupPackageListResponse": ".topup_package_list_response",
    "UpdateSimBrandRequest": ".update_sim_brand_request",
    "Usage": ".usage",
    "UsageResponse": ".usage_response",
    "ValidationError": ".validation_error",
    "ValidationErrorFields": ".validation_error_fields",
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
