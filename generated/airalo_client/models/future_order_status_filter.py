from enum import StrEnum


class FutureOrderStatusFilter(StrEnum):
    FAILED = "failed"
    PENDING = "pending"
    RETRY = "retry"

    def __str__(self) -> str:
        return str(self.value)
