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
    "cancel_preauth_transaction": (
        "cancelPreauthTransaction",
        "delete",
        "/v2/preauthTransaction/{preauthTransactionId}",
        False,
        None,
        True,
    ),
    "capture_preauth_transaction": (
        "capturePreauthTransaction",
        "post",
        "/v2/capturePreauthTransaction",
        False,
        None,
        True,
    ),
    "confirm_user": ("confirmUser", "post", "/v2/confirmUser", False, None, True),
    "create_payout_transaction": (
        "createPayoutTransaction",
        "post",
        "/v2/payoutTransaction",
        False,
        "Idempotency-Key",
        True,
    ),
    "create_preauth_transaction": (
        "createPreauthTransaction",
        "post",
        "/v2/preauthTransaction",
        False,
        "Idempotency-Key",
        True,
    ),
    "create_transaction": (
        "createTransaction",
        "post",
        "/v2/transaction",
        False,
        "Idempotency-Key",
        True,
    ),
    "create_user": ("createUser", "post", "/v2/user", False, None, True),
    "create_webhook_signing_key": (
        "createWebhookSigningKey",
        "post",
        "/v2/createWebhookSigningKey",
        False,
        None,
        True,
    ),
    "delete_webhooks": ("deleteWebhooks", "delete", "/v2/webhook", True, None, True),
    "get_aggregator_credentials": (
        "getAggregatorCredentials",
        "get",
        "/v2/aggregatorCredentials",
        True,
        None,
        True,
    ),
    "get_merchant_reputation": (
        "getMerchantReputation",
        "get",
        "/v2/merchantReputation",
        True,
        None,
        True,
    ),
    "get_preauth_transaction": (
        "getPreauthTransaction",
        "get",
        "/v2/preauthTransaction/{preauthTransactionId}",
        True,
        None,
        True,
    ),
    "get_tip_configuration": (
        "getTipConfiguration",
        "get",
        "/v2/merchant/tipConfiguration",
        True,
        None,
        True,
    ),
    "get_transaction": (
        "getTransaction",
        "get",
        "/v2/transaction/{transactionId}",
        True,
        None,
        True,
    ),
    "get_transaction_batches": (
        "getTransactionBatches",
        "get",
        "/v2/reports/transactions/batches",
        True,
        None,
        True,
    ),
    "get_transaction_by_idempotency_key": (
        "getTransactionByIdempotencyKey",
        "get",
        "/v2/transaction/idempotency/{idempotencyKey}",
        True,
        None,
        True,
    ),
    "get_transaction_refunds": (
        "getTransactionRefunds",
        "get",
        "/v2/transaction/{transactionUUID}/refunds",
        True,
        None,
        True,
    ),
    "get_transaction_totals": (
        "getTransactionTotals",
        "get",
        "/v2/reports/transactions/totals",
        True,
        None,
        True,
    ),
    "get_user": ("getUser", "get", "/v2/user", True, None, True),
    "link_account_from_aggregator": (
        "linkAccountFromAggregator",
        "post",
        "/v2/linkAccountFromAggregator",
        False,
        None,
        True,
    ),
    "list_bank_accounts": (
        "listBankAccounts",
        "get",
        "/v2/bankAccounts",
        True,
        None,
        True,
    ),
    "list_preauth_transactions": (
        "listPreauthTransactions",
        "get",
        "/v2/preauthTransactions",
        True,
        None,
        True,
    ),
    "list_webhooks": ("listWebhooks", "get", "/v2/webhook", True, None, True),
    "request_token": ("requestToken", "post", "/v2/token", False, None, False),
    "request_transactions_csv": (
        "requestTransactionsCsv",
        "get",
        "/v2/reports/transactions/CSV",
        True,
        None,
        True,
    ),
    "reverse_transaction": (
        "reverseTransaction",
        "post",
        "/v2/reverseTransaction",
        False,
        "Idempotency-Key",
        True,
    ),
    "search_transactions": (
        "searchTransactions",
        "post",
        "/v2/transactionSearch",
        True,
        None,
        True,
    ),
    "select_bank_account": (
        "selectBankAccount",
        "patch",
        "/v2/userBankAccount/{bankAccountId}",
        True,
        None,
        True,
    ),
    "send_payment_link": (
        "sendPaymentLink",
        "post",
        "/v2/paymentLink",
        False,
        None,
        True,
    ),
    "set_merchant_reputation": (
        "setMerchantReputation",
        "post",
        "/v2/merchantReputation",
        False,
        None,
        True,
    ),
    "subscribe_webhook": ("subscribeWebhook", "post", "/v2/webhook", False, None, True),
    "update_preauth_transaction": (
        "updatePreauthTransaction",
        "patch",
        "/v2/preauthTransaction/{preauthTransactionId}",
        False,
        None,
        True,
    ),
}

CONTRACT = Contract(
    provider="aeropay",
    package=__package__,
    operations=OPERATIONS,
    error_class=error_class,
)
