from enum import StrEnum


class OperationStatusType0(StrEnum):
    TZ_INPOOL = "TZ_INPOOL"
    TZ_NUM_ANSWER = "TZ_NUM_ANSWER"
    TZ_NUM_WAIT = "TZ_NUM_WAIT"
    TZ_OVER_EMPTY = "TZ_OVER_EMPTY"
    TZ_OVER_OK = "TZ_OVER_OK"

    def __str__(self) -> str:
        return str(self.value)
