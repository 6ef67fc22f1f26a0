from enum import StrEnum


class GetAggregatorCredentialsAggregator(StrEnum):
    AEROSYNC = "aerosync"

    def __str__(self) -> str:
        return str(self.value)
