from enum import StrEnum


class TokenRequestScope(StrEnum):
    MERCHANT = "merchant"
    USERFORMERCHANT = "userForMerchant"

    def __str__(self) -> str:
        return str(self.value)
