from enum import StrEnum


class SimOrderType(StrEnum):
    SIM = "sim"

    def __str__(self) -> str:
        return str(self.value)
