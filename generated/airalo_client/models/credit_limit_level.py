from enum import IntEnum


class CreditLimitLevel(IntEnum):
    VALUE_50 = 50
    VALUE_70 = 70
    VALUE_80 = 80
    VALUE_90 = 90

    def __str__(self) -> str:
        return str(self.value)
