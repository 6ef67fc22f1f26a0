from enum import StrEnum


class NotificationType(StrEnum):
    ASYNC_ORDERS = "async_orders"
    EMAIL_CREDIT_LIMIT = "email_credit_limit"
    EMAIL_LOW_DATA = "email_low_data"
    WEBHOOK_CREDIT_LIMIT = "webhook_credit_limit"
    WEBHOOK_LOW_DATA = "webhook_low_data"

    def __str__(self) -> str:
        return str(self.value)
