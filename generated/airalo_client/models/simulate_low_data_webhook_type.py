from enum import StrEnum


class SimulateLowDataWebhookType(StrEnum):
    DATA_75 = "data_75"
    DATA_90 = "data_90"
    EXPIRE_1 = "expire_1"
    EXPIRE_3 = "expire_3"

    def __str__(self) -> str:
        return str(self.value)
