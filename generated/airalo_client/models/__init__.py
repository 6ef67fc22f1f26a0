"""Contains all the data models used in inputs/outputs"""

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
