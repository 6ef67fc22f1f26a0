from enum import StrEnum


class GetStateType(StrEnum):
    INDEX = "index"
    REPEAT = "repeat"

    def __str__(self) -> str:
        return str(self.value)
