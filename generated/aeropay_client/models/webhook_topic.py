from enum import StrEnum


class WebhookTopic(StrEnum):
    MERCHANT_REPUTATION_UPDATED = "merchant_reputation_updated"
    PREAUTHORIZED_TRANSACTION_CREATED = "preauthorized_transaction_created"
    TRANSACTION_COMPLETED = "transaction_completed"
    TRANSACTION_DECLINED = "transaction_declined"
    TRANSACTION_REFUNDED = "transaction_refunded"
    TRANSACTION_RESOLVED = "transaction_resolved"
    TRANSACTION_VOIDED = "transaction_voided"
    USER_ACTIVE = "user_active"
    USER_SUSPENDED = "user_suspended"

    def __str__(self) -> str:
        return str(self.value)
