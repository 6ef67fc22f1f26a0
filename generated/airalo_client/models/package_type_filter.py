from enum import StrEnum


class PackageTypeFilter(StrEnum):
    GLOBAL = "global"
    LOCAL = "local"

    def __str__(self) -> str:
        return str(self.value)
