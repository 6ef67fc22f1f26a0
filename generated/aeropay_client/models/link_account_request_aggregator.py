from enum import StrEnum


class LinkAccountRequestAggregator(StrEnum):
    AEROSYNC = "aerosync"

    def __str__(self) -> str:
        return str(self.value)
