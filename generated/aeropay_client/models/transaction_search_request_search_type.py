from enum import StrEnum


class TransactionSearchRequestSearchType(StrEnum):
    DEFAULT = "default"
    EMAIL = "email"
    LOCATIONID = "locationId"
    MERCHANTID = "merchantId"
    NAME = "name"
    PHONE = "phone"
    TRANSACTIONID = "transactionId"
    USERID = "userId"
    UUID = "uuid"

    def __str__(self) -> str:
        return str(self.value)
