"""Contains all the data models used in inputs/outputs (each loaded on first use)"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .account_holder import AccountHolder
    from .account_holder_name import AccountHolderName
    from .aggregator_credentials import AggregatorCredentials
    from .api_error_detail import ApiErrorDetail
    from .attribute_item import AttributeItem
    from .attribute_value import AttributeValue
    from .bank_account import BankAccount
    from .bank_account_response import BankAccountResponse
    from .bank_accounts_response import BankAccountsResponse
    from .batch import Batch
    from .batch_list_response import BatchListResponse
    from .batch_transaction import BatchTransaction
    from .capture_preauth_request import CapturePreauthRequest
    from .confirm_user_request import ConfirmUserRequest
    from .create_preauth_request import CreatePreauthRequest
    from .create_transaction_request import CreateTransactionRequest
    from .create_transaction_request_exception_scenario import (
        CreateTransactionRequestExceptionScenario,
    )
    from .create_user_request import CreateUserRequest
    from .create_user_response import CreateUserResponse
    from .csv_report_response import CsvReportResponse
    from .empty_response import EmptyResponse
    from .error_response import ErrorResponse
    from .flat_error import FlatError
    from .get_aggregator_credentials_aggregator import (
        GetAggregatorCredentialsAggregator,
    )
    from .link_account_request import LinkAccountRequest
    from .link_account_request_aggregator import LinkAccountRequestAggregator
    from .link_account_response import LinkAccountResponse
    from .list_preauth_transactions_order_by import ListPreauthTransactionsOrderBy
    from .merchant_reputation import MerchantReputation
    from .money import Money
    from .paging import Paging
    from .payment_link_request import PaymentLinkRequest
    from .payment_link_response import PaymentLinkResponse
    from .payout_request import PayoutRequest
    from .preauth_created_webhook import PreauthCreatedWebhook
    from .preauth_list_response import PreauthListResponse
    from .preauth_response import PreauthResponse
    from .preauth_transaction import PreauthTransaction
    from .queued_refund import QueuedRefund
    from .refund_transaction import RefundTransaction
    from .reputation_webhook import ReputationWebhook
    from .reverse_transaction_request import ReverseTransactionRequest
    from .reverse_transaction_response import ReverseTransactionResponse
    from .set_reputation_request import SetReputationRequest
    from .set_reputation_response import SetReputationResponse
    from .signing_key_request import SigningKeyRequest
    from .signing_key_response import SigningKeyResponse
    from .tip_attribute import TipAttribute
    from .tip_configuration import TipConfiguration
    from .tip_configuration_response import TipConfigurationResponse
    from .tip_option import TipOption
    from .token_request import TokenRequest
    from .token_response import TokenResponse
    from .transaction import Transaction
    from .transaction_attributes import TransactionAttributes
    from .transaction_list_response import TransactionListResponse
    from .transaction_refunded_data import TransactionRefundedData
    from .transaction_refunded_webhook import TransactionRefundedWebhook
    from .transaction_refunds_response import TransactionRefundsResponse
    from .transaction_response import TransactionResponse
    from .transaction_search_request import TransactionSearchRequest
    from .transaction_search_request_filters import TransactionSearchRequestFilters
    from .transaction_search_request_search_type import (
        TransactionSearchRequestSearchType,
    )
    from .transaction_totals import TransactionTotals
    from .transaction_totals_returns import TransactionTotalsReturns
    from .transaction_webhook import TransactionWebhook
    from .update_preauth_request import UpdatePreauthRequest
    from .user import User
    from .user_bank_info import UserBankInfo
    from .user_reputation import UserReputation
    from .user_reputation_reputation import UserReputationReputation
    from .user_response import UserResponse
    from .user_webhook import UserWebhook
    from .user_webhook_data import UserWebhookData
    from .webhook_list_response import WebhookListResponse
    from .webhook_subscribe_request import WebhookSubscribeRequest
    from .webhook_subscribe_response import WebhookSubscribeResponse
    from .webhook_subscription import WebhookSubscription
    from .webhook_topic import WebhookTopic

__all__ = (
    "AccountHolder",
    "AccountHolderName",
    "AggregatorCredentials",
    "ApiErrorDetail",
    "AttributeItem",
    "AttributeValue",
    "BankAccount",
    "BankAccountResponse",
    "BankAccountsResponse",
    "Batch",
    "BatchListResponse",
    "BatchTransaction",
    "CapturePreauthRequest",
    "ConfirmUserRequest",
    "CreatePreauthRequest",
    "CreateTransactionRequest",
    "CreateTransactionRequestExceptionScenario",
    "CreateUserRequest",
    "CreateUserResponse",
    "CsvReportResponse",
    "EmptyResponse",
    "ErrorResponse",
    "FlatError",
    "GetAggregatorCredentialsAggregator",
    "LinkAccountRequest",
    "LinkAccountRequestAggregator",
    "LinkAccountResponse",
    "ListPreauthTransactionsOrderBy",
    "MerchantReputation",
    "Money",
    "Paging",
    "PaymentLinkRequest",
    "PaymentLinkResponse",
    "PayoutRequest",
    "PreauthCreatedWebhook",
    "PreauthListResponse",
    "PreauthResponse",
    "PreauthTransaction",
    "QueuedRefund",
    "RefundTransaction",
    "ReputationWebhook",
    "ReverseTransactionRequest",
    "ReverseTransactionResponse",
    "SetReputationRequest",
    "SetReputationResponse",
    "SigningKeyRequest",
    "SigningKeyResponse",
    "TipAttribute",
    "TipConfiguration",
    "TipConfigurationResponse",
    "TipOption",
    "TokenRequest",
    "TokenResponse",
    "Transaction",
    "TransactionAttributes",
    "TransactionListResponse",
    "TransactionRefundedData",
    "TransactionRefundedWebhook",
    "TransactionRefundsResponse",
    "TransactionResponse",
    "TransactionSearchRequest",
    "TransactionSearchRequestFilters",
    "TransactionSearchRequestSearchType",
    "TransactionTotals",
    "TransactionTotalsReturns",
    "TransactionWebhook",
    "UpdatePreauthRequest",
    "User",
    "UserBankInfo",
    "UserReputation",
    "UserReputationReputation",
    "UserResponse",
    "UserWebhook",
    "UserWebhookData",
    "WebhookListResponse",
    "WebhookSubscribeRequest",
    "WebhookSubscribeResponse",
    "WebhookSubscription",
    "WebhookTopic",
)

# class name -> its module in this package
_MODULES = {
    "AccountHolder": ".account_holder",
    "AccountHolderName": ".account_holder_name",
    "AggregatorCredentials": ".aggregator_credentials",
    "ApiErrorDetail": ".api_error_detail",
    "AttributeItem": ".attribute_item",
    "AttributeValue": ".attribute_value",
    "BankAccount": ".bank_account",
    "BankAccountResponse": ".bank_account_response",
    "BankAccountsResponse": ".bank_accounts_response",
    "Batch": ".batch",
    "BatchListResponse": ".batch_list_response",
    "BatchTransaction": ".batch_transaction",
    "CapturePreauthRequest": ".capture_preauth_request",
    "ConfirmUserRequest": ".confirm_user_request",
    "CreatePreauthRequest": ".create_preauth_request",
    "CreateTransactionRequest": ".create_transaction_request",
    "CreateTransactionRequestExceptionScenario": ".create_transaction_request_exception_scenario",
    "CreateUserRequest": ".create_user_request",
    "CreateUserResponse": ".create_user_response",
    "CsvReportResponse": ".csv_report_response",
    "EmptyResponse": ".empty_response",
    "ErrorResponse": ".error_response",
    "FlatError": ".flat_error",
    "GetAggregatorCredentialsAggregator": ".get_aggregator_credentials_aggregator",
    "LinkAccountRequest": ".link_account_request",
    "LinkAccountRequestAggregator": ".link_account_request_aggregator",
    "LinkAccountResponse": ".link_account_response",
    "ListPreauthTransactionsOrderBy": ".list_preauth_transactions_order_by",
    "MerchantReputation": ".merchant_reputation",
    "Money": ".money",
    "Paging": ".paging",
    "PaymentLinkRequest": ".payment_link_request",
    "PaymentLinkResponse": ".payment_link_response",
    "PayoutRequest": ".payout_request",
    "PreauthCreatedWebhook": ".preauth_created_webhook",
    "PreauthListResponse": ".preauth_list_response",
    "PreauthResponse": ".preauth_response",
    "PreauthTransaction": ".preauth_transaction",
    "QueuedRefund": ".queued_refund",
    "RefundTransaction": ".refund_transaction",
    "ReputationWebhook": ".reputation_webhook",
    "ReverseTransactionRequest": ".reverse_transaction_request",
    "ReverseTransactionResponse": ".reverse_transaction_response",
    "SetReputationRequest": ".set_reputation_request",
    "SetReputationResponse": ".set_reputation_response",
    "SigningKeyRequest": ".signing_key_request",
    "SigningKeyResponse": ".signing_key_response",
    "TipAttribute": ".tip_attribute",
    "TipConfiguration": ".tip_configuration",
    "TipConfigurationResponse": ".tip_configuration_response",
    "TipOption": ".tip_option",
    "TokenRequest": ".token_request",
    "TokenResponse": ".token_response",
    "Transaction": ".transaction",
    "TransactionAttributes": ".transaction_attributes",
    "TransactionListResponse": ".transaction_list_response",
    "TransactionRefundedData": ".transaction_refunded_data",
    "TransactionRefundedWebhook": ".transaction_refunded_webhook",
    "TransactionRefundsResponse": ".transaction_refunds_response",
    "TransactionResponse": ".transaction_response",
    "TransactionSearchRequest": ".transaction_search_request",
    "TransactionSearchRequestFilters": ".transaction_search_request_filters",
    "TransactionSearchRequestSearchType": ".transaction_search_request_search_type",
    "TransactionTotals": ".transaction_totals",
    "TransactionTotalsReturns": ".transaction_totals_returns",
    "TransactionWebhook": ".transaction_webhook",
    "UpdatePreauthRequest": ".update_preauth_request",
    "User": ".user",
    "UserBankInfo": ".user_bank_info",
    "UserReputation": ".user_reputation",
    "UserReputationReputation": ".user_reputation_reputation",
    "UserResponse": ".user_response",
    "UserWebhook": ".user_webhook",
    "UserWebhookData": ".user_webhook_data",
    "WebhookListResponse": ".webhook_list_response",
    "WebhookSubscribeRequest": ".webhook_subscribe_request",
    "WebhookSubscribeResponse": ".webhook_subscribe_response",
    "WebhookSubscription": ".webhook_subscription",
    "WebhookTopic": ".webhook_topic",
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
